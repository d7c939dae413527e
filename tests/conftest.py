"""Shared fixtures: the real pipelines (loaded once per session) and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-blinken-astana.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_graph():
    """The seed article's graph, built once through the public API."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_file(SEED)
    return g


def labels_of(graph, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) pairs of a relation in a KnowledgeGraph."""
    from kg.graph.namespace import KG

    rows = graph.query(
        "SELECT ?a ?b WHERE { ?s ?p ?o . ?s rdfs:label ?a . ?o rdfs:label ?b }",
        p=KG[predicate],
    )
    return {(str(a), str(b)) for a, b in rows}


def labels_in(text: str, lang: str) -> set[str]:
    """The labels of the entities kg finds in a small text."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    return {str(row[0]) for row in g.query("SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l }")}


def met_between(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """``met`` is symmetric: stored in one direction, either way round."""
    return (a, "met", b) in rels or (b, "met", a) in rels


def borders_between(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """``borders`` is symmetric too: either way round."""
    return (a, "borders", b) in rels or (b, "borders", a) in rels


def types_in(text: str, lang: str) -> dict[str, set[str]]:
    """label -> local names of its rdf:types, for the entities kg finds in a small text."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    found: dict[str, set[str]] = {}
    for label, kind in g.query("SELECT ?l ?t WHERE { ?e a ?t ; rdfs:label ?l }"):
        found.setdefault(str(label), set()).add(str(kind).rsplit("#", 1)[-1])
    return found


def span_labels_in(text: str, lang: str) -> dict[str, str]:
    """entity text -> kg label of the spans the pipeline leaves (before resolve merges them)."""
    from kg.ingest.document import read_text
    from kg.nlp import analyze

    return {e.text: e.label_ for e in analyze(read_text(text, source="t", lang=lang)).ents}


def relations_in(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) extracted from a small text."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    rows = g.query(
        """SELECT ?a ?p ?b WHERE { ?s ?p ?o . ?s rdfs:label ?a . ?o rdfs:label ?b .
           FILTER(STRSTARTS(STR(?p), STR(kg:))) }"""
    )
    return {(str(a), str(p).rsplit("#", 1)[-1], str(b)) for a, p, b in rows}
