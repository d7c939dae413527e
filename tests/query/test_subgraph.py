"""Subgraph views cut out by a query (kg view --query)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.graph import to_networkx, union_graph
from kg.graph.namespace import KG
from kg.query.subgraph import subgraph

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mini.trig"


def _graph():
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    return union_graph(ds)


def test_select_keeps_bound_entities_and_their_edges_with_evidence():
    g = _graph()
    sub = subgraph(g, "SELECT ?p ?c WHERE { ?p kg:visited ?c }")
    nxg = to_networkx(sub)
    visits = [d for *_, k, d in nxg.edges(keys=True, data=True) if k == "visited"]
    assert len(visits) == len(set(g.subject_objects(KG.visited)))
    assert all(d["evidence"] and d["evidence"][0]["sentence"] for d in visits)
    assert len(sub) < len(g)


def test_construct_is_taken_as_is():
    g = _graph()
    sub = subgraph(g, "CONSTRUCT { ?s kg:met ?o } WHERE { ?s kg:met ?o }")
    assert set(sub) == set(g.triples((None, KG.met, None)))
