"""Extraction quality floors, measured with the project's scorer (../shared/eval/score.py).

The dev articles are what the rules were tuned on; tests/fixtures/heldout are articles written
for kg's tests on other events and people, used to watch generalisation. A drop below these
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

FLOORS = {
    # set: (gold dir, typed entity F1, relation F1)
    "dev": (ROOT.parent / "shared" / "eval" / "dev", 0.95, 0.95),
    "heldout": (ROOT / "tests" / "fixtures" / "heldout", 0.88, 0.85),
}


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


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_floor(name, tmp_path):
    gold, entity_floor, relation_floor = FLOORS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} not found")
    total = _score(gold, tmp_path)
    assert total["entities"]["f1"] >= entity_floor, total["entities"]
    assert total["relations"]["f1"] >= relation_floor, total["relations"]
    assert total["entities"]["boilerplate_fp"] == 0
    assert total["relations"]["negatives_hit"] == 0
