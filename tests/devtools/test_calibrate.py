"""``python -m kg.devtools.calibrate GOLD STORE --candidates``: the candidates of a store built
with ``--min-confidence``, scored with the eval's scorer as if they were the graph (issue 9).

The article and its gold are written for the test (``tests/api/test_candidates.TEXT``: a
visit asserted at 0.9, a meeting kept apart at 0.56). The scorer is the shared eval's
``score.py``; the test that needs it is skipped where it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.devtools.calibrate import main, store_articles, with_candidates
from kg.graph.namespace import KG, RDF
from tests.api.test_candidates import TEXT
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = {
    "id": "ruto-visit",
    "lang": "id",
    "text_file": "ruto-visit.txt",
    "entities": [
        {"name": "William Ruto", "type": "Person", "aliases": ["Ruto"]},
        {"name": "Paulo Rangel", "type": "Person", "aliases": []},
        {"name": "Kenya", "type": "Country", "aliases": []},
        {"name": "Portugal", "type": "Country", "aliases": []},
        {"name": "Jakarta", "type": "City", "aliases": []},
    ],
    "relations": [
        {"s": "William Ruto", "p": "visited", "o": "Jakarta"},
        {"s": "William Ruto", "p": "officialOf", "o": "Kenya"},
        {"s": "Paulo Rangel", "p": "officialOf", "o": "Portugal"},
        {"s": "William Ruto", "p": "met", "o": "Paulo Rangel"},
    ],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("calibrate") / "graph.db"
    with kg.KnowledgeGraph(store=path, min_confidence=0.5) as g:
        g.add_text(TEXT, source="news/ruto-visit.txt")
    return path


def test_store_articles_pairs_each_document_with_its_candidates(store):
    ((stem, (graph, candidates)),) = store_articles(store).items()
    assert stem == "ruto-visit"
    assert len(set(candidates.subjects(RDF.type, KG.CandidateAssertion))) == 1
    assert not set(graph.subjects(RDF.type, KG.CandidateAssertion))
    assert set(graph.subjects(RDF.type, KG.Assertion))  # the asserted evidence is there
    assert not list(graph.triples((None, KG.met, None)))
    edges = list(with_candidates(graph, candidates).triples((None, KG.met, None)))
    assert len(edges) == 1 and len(with_candidates(graph, candidates)) == len(graph) + 1


def test_candidates_scored_as_the_graph(store, tmp_path, capsys):
    if not SCORER.is_file():
        pytest.skip(f"the eval's scorer is not at {SCORER}")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "ruto-visit.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert main([str(gold), str(store), "--candidates"]) == 0
    out = capsys.readouterr().out
    band = next(line for line in out.splitlines() if line.startswith("[0.5, 0.6)"))
    assert band.split()[2:] == ["1", "0", "1.00"]  # the meeting, right
    graph_line = next(line for line in out.splitlines() if "graph   " in line)
    both_line = next(line for line in out.splitlines() if "candidates as edges" in line)
    assert "fn    1" in graph_line and "R 0.750" in graph_line
    assert "fn    0" in both_line and "R 1.000" in both_line
