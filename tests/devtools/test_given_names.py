"""The shipped given-name list is reproducible from its package and keeps out what it must."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHIPPED = Path(__file__).resolve().parents[2] / "ontology" / "people" / "given-names.txt"


def _names() -> set[str]:
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_list_holds_first_names_and_no_common_words_or_places() -> None:
    names = _names()
    assert {"Lucas", "Sonia", "Maria"} <= names  # positive control
    assert not {"Mark", "Will", "Grant", "Hope", "Young"} & names  # English words
    assert not {"Austin", "Georgia", "Paris"} & names  # places the gazetteer knows


@pytest.mark.skipif(
    any(importlib.util.find_spec(name) is None for name in ("names", "spacy_lookups_data")),
    reason="regenerating needs the dev extras: names, spacy-lookups-data",
)
def test_generator_reproduces_shipped_file(tmp_path: Path) -> None:
    from kg.devtools.given_names import main

    out = tmp_path / "given-names.txt"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == SHIPPED.read_bytes()
