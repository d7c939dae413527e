"""Weaker relations kept apart (issue 9, item 1): ``min_confidence`` / ``--min-confidence``.

A relation below the graph's threshold but at least the floor asked for becomes a
``kg:CandidateAssertion`` in its document's candidate graph; it never enters the union, the
NetworkX view, the default graph of a query or an export of the union, and it goes with its
document. Texts written for these tests: in ``TEXT`` the visit is read from the clause's own
subject (0.9, asserted); the second sentence has no subject of its own, so the meeting takes
the previous sentence's subject and scores 0.7 x 0.8 = 0.56 (a candidate at 0.5).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

import kg
from kg.cli import main
from kg.extract.model import DEFAULT_MIN_CONFIDENCE
from kg.graph.integrity import verify_store
from kg.graph.iri import candidates_iri
from kg.graph.namespace import KG, PROV, RDFS
from tests.conftest import ROOT, labels_of

pytestmark = pytest.mark.slow

TEXT = (
    "Presiden Kenya William Ruto tiba di Jakarta pada Senin. Kemudian menyampaikan kepada "
    "Menteri Luar Negeri Portugal Paulo Rangel bahwa kerja sama harus diperkuat.\n"
)
OTHER = (
    "Perdana Menteri Fiji Sitiveni Rabuka tiba di Canberra pada Selasa. Kemudian mengatakan "
    "kepada Menteri Luar Negeri Samoa Toeolesulusulu Cedric Schuster bahwa pasifik harus "
    "bersatu.\n"
)
CANDIDATES_RQ = ROOT / "examples" / "queries" / "candidates.rq"

_IN_GRAPHS = """SELECT ?g ?s ?p ?o ?conf ?rule ?sentence ?anchor ?begin ?end ?doc WHERE {
  GRAPH ?g { ?g kg:candidatesOf ?doc .
    ?a a kg:CandidateAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       kg:confidence ?conf ; kg:rule ?rule ; kg:sentence ?sentence ; nif:anchorOf ?anchor ;
       nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?doc } }"""
_IN_DEFAULT = "SELECT ?a WHERE { ?a a kg:CandidateAssertion }"


def _without_clock(graph: Graph) -> set:
    """The triples but the extraction time, which differs between two builds."""
    return {t for t in graph if t[1] != PROV.endedAtTime}


def _graph_names(g: kg.KnowledgeGraph) -> set[str]:
    return {str(c.identifier) for c in g.dataset.graphs()}


def test_default_build_has_no_candidate_graph_and_the_option_changes_nothing_else():
    plain = kg.KnowledgeGraph()
    report = plain.add_text(TEXT, source="wire-1")
    looser = kg.KnowledgeGraph(min_confidence=0.5)
    looser.add_text(TEXT, source="wire-1")
    cand = str(candidates_iri(URIRef(report.document)))
    assert report.candidates == 0 and cand not in _graph_names(plain)
    assert not list(plain.dataset.query(_IN_GRAPHS))
    assert cand in _graph_names(looser)  # positive control: the same text with the option
    assert _without_clock(plain.rdf) == _without_clock(looser.rdf)
    doc = URIRef(report.document)
    assert _without_clock(plain.dataset.graph(doc)) == _without_clock(looser.dataset.graph(doc))
    assert plain.documents() == looser.documents() == [report.document]
    assert plain.document_count == looser.document_count == 1


def test_weak_relation_is_a_candidate_with_its_evidence_and_no_edge():
    g = kg.KnowledgeGraph(min_confidence=0.5)
    report = g.add_text(TEXT, source="wire-1")
    assert report.candidates == 1 and report.relations >= 1
    rows = list(g.dataset.query(_IN_GRAPHS))
    assert len(rows) == 1
    row = rows[0]
    assert row.g == candidates_iri(URIRef(report.document)) and str(row.doc) == report.document
    assert row.p == KG.met
    assert 0.5 <= float(row.conf) < DEFAULT_MIN_CONFIDENCE
    assert str(row.rule).startswith("id.met.")
    assert str(row.sentence).startswith("Kemudian menyampaikan kepada")
    assert TEXT[int(row.begin) : int(row.end)] == str(row.anchor)
    labels = {str(g.rdf.value(node, RDFS.label)) for node in (row.s, row.o)}
    assert labels == {"William Ruto", "Paulo Rangel"}  # met is stored one way
    # not an edge anywhere the graph is read, while the strong relation is
    assert labels_of(g, "met") == set()
    assert ("William Ruto", "Jakarta") in labels_of(g, "visited")
    assert (row.s, KG.met, row.o) not in g.rdf and (row.o, KG.met, row.s) not in g.rdf
    assert not list(g.query(_IN_DEFAULT)) and not list(g.dataset.query(_IN_DEFAULT))
    nx_graph = g.to_networkx()
    keys = {k for _, _, k in nx_graph.edges(keys=True)}
    assert "visited" in keys and "met" not in keys


def test_candidates_travel_from_a_worker_as_text():
    # --workers/--dask send each document's graphs as N-Triples: the candidate graph too
    from kg.graph.layout import as_graph
    from kg.ingest import read_text
    from kg.parallel import run_stages

    document = read_text(TEXT, source="wire-1")
    here = run_stages(document, min_confidence=0.5)
    sent = run_stages(document, as_text=True, min_confidence=0.5)
    assert sent.candidates is None and sent.candidate_ntriples  # it did travel as text
    assert here.candidate_count == sent.candidate_count == 1
    assert set(as_graph(sent.candidate_triples())) == set(here.candidate_triples())
    plain = run_stages(document, as_text=True)
    assert plain.candidate_triples() is None and plain.candidate_count == 0


def test_min_confidence_at_or_above_the_threshold_raises_it():
    strict = kg.KnowledgeGraph(min_confidence=0.95)
    report = strict.add_text(TEXT, source="wire-1")
    assert report.candidates == 0 and labels_of(strict, "visited") == set()
    plain = kg.KnowledgeGraph()
    plain.add_text(TEXT, source="wire-1")
    assert ("William Ruto", "Jakarta") in labels_of(plain, "visited")  # positive control


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), True, "0.5"])
def test_bad_min_confidence_is_refused(bad):
    with pytest.raises(kg.InputError, match="min_confidence"):
        kg.KnowledgeGraph(min_confidence=bad)


def test_memory_store_removal_and_replacement_take_the_candidates_along():
    g = kg.KnowledgeGraph(min_confidence=0.5)
    first = g.add_text(TEXT, source="wire-1")
    other = g.add_text(OTHER, source="wire-2")
    names = _graph_names(g)
    assert {str(candidates_iri(URIRef(r.document))) for r in (first, other)} <= names
    edited = g.add_text(TEXT.replace("Senin", "Rabu"), source="wire-1")
    assert edited.status == "replaced"
    names = _graph_names(g)
    assert str(candidates_iri(URIRef(first.document))) not in names
    assert str(candidates_iri(URIRef(edited.document))) in names
    assert g.remove("wire-2") == 1
    names = _graph_names(g)
    assert str(candidates_iri(URIRef(other.document))) not in names
    assert str(candidates_iri(URIRef(edited.document))) in names  # the other one stays
    assert g.document_count == 1


def _build_store(path: Path, *texts: str) -> list[kg.AddReport]:
    """Add the texts (sources wire-1, wire-2...) to a store with candidates at 0.5, checking
    on the way that the open store keeps them out of the union; the store is released on
    return (its lock goes with the last reference)."""
    with kg.KnowledgeGraph(store=path, min_confidence=0.5) as g:
        reports = [g.add_text(t, source=f"wire-{i}") for i, t in enumerate(texts, 1)]
        assert g.document_count == len(texts) and len(g.documents()) == len(texts)
        assert not list(g.query(_IN_DEFAULT)) and not list(g.dataset.query(_IN_DEFAULT))
        assert len(list(g.query(_IN_GRAPHS))) == len(texts)  # GRAPH ?g reaches them
        assert labels_of(g, "met") == set() and labels_of(g, "visited")
    return reports


def _remove(path: Path, source: str) -> int:
    with kg.KnowledgeGraph(store=path) as g:
        return g.remove(source)


def test_oxigraph_store_keeps_candidates_out_of_the_union(tmp_path):
    path = tmp_path / "graph.db"
    first, other = _build_store(path, TEXT, OTHER)
    report = verify_store(path)
    assert report.ok and report.candidate_graphs == 2 and report.documents == 2
    assert _remove(path, "wire-1") == 1
    store = ox.Store.read_only(str(path))
    names = {n.value for n in store.named_graphs()}
    assert str(candidates_iri(URIRef(first.document))) not in names
    assert str(candidates_iri(URIRef(other.document))) in names
    assert not store.query(f"ASK {{ ?a a <{KG.CandidateAssertion}> }}")  # default graph
    del store
    after = verify_store(path)
    assert after.ok and after.candidate_graphs == 1 and after.documents == 1


def _replace(path: Path, text: str, source: str) -> kg.AddReport:
    with kg.KnowledgeGraph(store=path, min_confidence=0.5) as g:
        return g.add_text(text, source=source)


def test_oxigraph_replacement_replaces_the_candidates(tmp_path):
    path = tmp_path / "graph.db"
    (first,) = _build_store(path, TEXT)
    edited = _replace(path, TEXT.replace("Senin", "Rabu"), "wire-1")
    assert edited.status == "replaced" and edited.candidates == 1
    store = ox.Store.read_only(str(path))
    names = {n.value for n in store.named_graphs()}
    del store
    assert str(candidates_iri(URIRef(edited.document))) in names
    assert str(candidates_iri(URIRef(first.document))) not in names
    assert verify_store(path).ok


def test_verify_reports_a_candidate_graph_whose_document_is_gone(tmp_path):
    path = tmp_path / "graph.db"
    (report,) = _build_store(path, TEXT)
    assert verify_store(path).ok  # positive control
    store = ox.Store(str(path))
    store.update(f"DROP GRAPH <{report.document}>")
    del store
    damaged = verify_store(path)
    assert damaged.orphan_candidates == 1 and not damaged.ok


def test_cli_build_query_and_exports(tmp_path):
    article = tmp_path / "ruto.txt"
    article.write_text(TEXT, encoding="utf-8")
    store, ttl, trig = tmp_path / "graph.db", tmp_path / "g.ttl", tmp_path / "g.trig"
    runner = CliRunner()
    args = ["build", str(article), "--store", str(store), "-o", str(ttl), "-o", str(trig)]
    built = runner.invoke(main, [*args, "--min-confidence", "0.5"])
    assert built.exit_code == 0, built.output
    assert "candidates=1" in built.output and "candidates: 1 relations kept apart" in built.output
    listed = runner.invoke(
        main, ["query", str(store), "-f", str(CANDIDATES_RQ), "--format", "json"]
    )
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert [(r["relation"], {r["subjectName"], r["objectName"]}) for r in rows] == [
        ("met", {"William Ruto", "Paulo Rangel"})
    ]
    assert rows[0]["sentence"].startswith("Kemudian") and rows[0]["confidence"] < 0.7
    default = runner.invoke(main, ["query", str(store), _IN_DEFAULT, "--format", "json"])
    assert default.exit_code == 0 and json.loads(default.output) == []
    assert runner.invoke(main, ["verify", str(store)]).exit_code == 0
    # exports: the union (.ttl) has none; the named-graph export (.trig) keeps the candidate
    # graph, and reading it back leaves it out of the union again
    assert not list(Graph().parse(ttl).query(_IN_DEFAULT, initNs={"kg": str(KG)}))
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(trig, format="trig")
    assert any(str(c.identifier).endswith("/candidates") for c in ds.graphs())
    reread = kg.KnowledgeGraph.open(trig)
    assert not list(reread.query(_IN_DEFAULT)) and labels_of(reread, "visited")
    assert len(list(reread.dataset.query(_IN_GRAPHS))) == 1
    from_file = runner.invoke(main, ["query", str(trig), _IN_DEFAULT, "--format", "json"])
    assert from_file.exit_code == 0 and json.loads(from_file.output) == []
    folder = runner.invoke(main, ["query", str(tmp_path), _IN_DEFAULT, "--format", "json"])
    assert folder.exit_code == 0 and json.loads(folder.output) == []


def test_endpoint_source_leaves_candidates_out_of_its_default_graph(tmp_path):
    from kg.serve.engine import as_source

    trig = tmp_path / "g.trig"
    g = kg.KnowledgeGraph(min_confidence=0.5)
    g.add_text(TEXT, source="wire-1")
    g.save(trig)
    snapshot = as_source(trig).snapshot
    assert not snapshot.query(f"ASK {{ ?a a <{KG.CandidateAssertion}> }}")
    assert snapshot.query(f"ASK {{ GRAPH ?g {{ ?a a <{KG.CandidateAssertion}> }} }}")
    assert snapshot.query(f"ASK {{ ?s <{KG.visited}> ?o }}")  # positive control


@pytest.mark.parametrize("bad", ["1.5", "-0.1", "nan", "abc"])
def test_cli_refuses_a_bad_min_confidence_before_writing(tmp_path, bad):
    article = tmp_path / "ruto.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(
        main, ["build", str(article), "-o", str(out), "--min-confidence", bad]
    )
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "--min-confidence" in errors[0]
    assert "Traceback" not in result.output and not out.exists()


def test_help_names_the_threshold():
    result = CliRunner().invoke(main, ["build", "--help"])
    assert f"< {DEFAULT_MIN_CONFIDENCE}" in " ".join(result.output.split())
