"""Extraction quality floors, measured with the project's scorer (../shared/eval/score.py).

The dev articles (37 since the set grew) are what the rules are tuned on; tests/fixtures/heldout,
written for kg's tests, is dev data too now (rules were read against it). A drop below these
floors means a rule change broke something the numbers in the closing notes rely on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCORER.is_file(), reason=f"scorer not found at {SCORER}"),
]

# Floors and ceilings re-set from measured numbers (``make eval`` prints the same TOTAL); raise
# them when the numbers rise. Precision has its own floor: a wrong edge costs more than a
# missing one.
FLOORS = {
    "dev": {
        "gold": ROOT.parent / "shared" / "eval" / "dev",
        # Measured at stop 21: entity F1 0.886, relations P/R/F1 0.981/0.736/0.841, 2
        # boilerplate entities, 0 negatives hit, 9 duplicates. Two of the 9 false relations are
        # addresses read right that the gold does not list ("Kabupaten Badung, Bali": region
        # containment, optional in the eval's definition); see kg/extract/models/MODEL_CARD.md
        # for the learned layer's share.
        "min": {"entity_f1": 0.88, "relation_p": 0.98, "relation_f1": 0.84},
        "max": {"boilerplate_fp": 2, "negatives_hit": 0, "duplicates": 9},
    },
    "heldout": {
        "gold": ROOT / "tests" / "fixtures" / "heldout",
        # Measured at stop 21: entity F1 0.926, relations P/R/F1 0.987/0.780/0.872. "Ketua
        # DPR Australia X" gives X officialOf the Australian House (optional in this gold,
        # which wants Australia; the dev gold wants the institution for "juru bicara
        # Kementerian Luar Negeri India X").
        "min": {"entity_f1": 0.92, "relation_p": 0.98, "relation_f1": 0.87},
        "max": {"boilerplate_fp": 0, "negatives_hit": 0, "duplicates": 0},
    },
    "unseen": {
        # Packed articles nobody tuning kg reads (tests/fixtures/unseen/README.md): unpacked
        # into the test's temporary folder, scored by totals only.
        "archive": ROOT / "tests" / "fixtures" / "unseen" / "articles.tar.xz",
        "min": {"entity_f1": 0.85, "relation_p": 0.89, "relation_f1": 0.67},
        "max": {"boilerplate_fp": 18, "negatives_hit": 3, "duplicates": 21},
    },
}


def _unpacked(archive: Path, tmp: Path) -> Path:
    import tarfile

    gold = tmp / "gold"
    gold.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(gold, filter="data")
    return gold


def _score(gold: Path, tmp: Path) -> dict:
    import kg

    out = tmp / "pred"
    out.mkdir()
    for article in sorted(gold.glob("*.txt")):
        g = kg.KnowledgeGraph()
        g.add_file(article)
        g.save(out / f"{article.stem}.ttl")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(run.stdout)["total"]


def _metrics(total: dict) -> dict[str, float]:
    ents, rels = total["entities"], total["relations"]
    return {
        "entity_f1": ents["f1"],
        "relation_p": rels["precision"],
        "relation_f1": rels["f1"],
        "boilerplate_fp": ents["boilerplate_fp"],
        "duplicates": ents["duplicates"],
        "negatives_hit": rels["negatives_hit"],
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_floor(name, tmp_path):
    spec = FLOORS[name]
    gold = _unpacked(spec["archive"], tmp_path) if "archive" in spec else spec["gold"]
    if not gold.is_dir():
        pytest.skip(f"{gold} not found")
    got = _metrics(_score(gold, tmp_path))
    low = {k: (got[k], v) for k, v in spec["min"].items() if got[k] < v}
    high = {k: (got[k], v) for k, v in spec["max"].items() if got[k] > v}
    assert not low and not high, f"below floor: {low}; above ceiling: {high}; all: {got}"
