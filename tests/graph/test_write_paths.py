"""A store written through the N-Triples path (kg.graph.build.document_ntriples, issue 11)
holds exactly what the rdflib path (document_graph, serialised by rdflib) wrote: the same
quads in the same named graphs and the same union in the default graph, on every way a store
takes a document (one transaction, a group, the bulk loader, a replacement).

The document is built by hand (no model) with hostile strings everywhere a literal comes from
the article or its metadata: quotes, backslashes, CR/LF, tabs, non-BMP characters, control
characters and a very long alias. tests/api/test_write_path.py does the same through the
pipeline on invented articles.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from rdflib import Dataset, URIRef

import kg.graph.build
from kg.extract.model import Extraction, Mention, Relation
from kg.graph.build import document_graph, document_ntriples
from kg.graph.namespace import RDFS
from kg.graph.sink import NTriples
from kg.graph.store import open_store
from kg.ingest import Document, read_text
from kg.resolve import Entity, Resolved, ResolvedRelation

TEXT = (
    'Menlu "Ana" Lestari\\ tiba di Tashkent 😀 pada Senin (20/2/2023).\r\n'
    "Ana Lestari bertemu Shavkat Mirziyoyev di Tashkent\tkemarin.\n"
)
SOURCE = 'wire "7"\\\n\x0b 𝔘'
LONG_ALIAS = "Ана " * 50_000


@pytest.fixture(autouse=True)
def held_clock(monkeypatch):
    """Both paths stamp the extraction's end; one clock makes them comparable."""
    monkeypatch.setattr(kg.graph.build, "_now", lambda: datetime(2026, 12, 2, 3, 4, 5, tzinfo=UTC))


def _evidence(text: str, anchor: str, predicate: str, conf: float, date: str | None) -> Relation:
    start = text.index(anchor)
    line_start = text.rfind("\n", 0, start) + 1
    return Relation(
        0, predicate, 1, f'id.{predicate}."rule"\\', conf, start, start + len(anchor),
        line_start, text.index("\n", start), title="Menteri\r\nLuar Negeri", date=date,
    )  # fmt: skip


def hostile_document(version: int = 0) -> tuple[Document, Extraction, Resolved]:
    """An article (a version number changes its text, not its source) and its analysis."""
    text = TEXT + f"Versi {version}.\n"
    doc = replace(
        read_text(text, lang="id", source=SOURCE), title='Judul \x00\x1f "q"\r', date="2023-02-20"
    )
    visited = _evidence(text, "Lestari\\ tiba di Tashkent", "visited", 0.85, "2023-02-20")
    met = _evidence(text, "Ana Lestari bertemu Shavkat", "met", 0.7000000000000001, None)
    ana = Entity("person:ana", "Person", 'Ana "Lestari"\\', aliases={"Ana\nL", "𝔄𝔫𝔞", LONG_ALIAS})
    entities = {
        "person:ana": ana,
        "person:shavkat": Entity("person:shavkat", "Person", "Shavkat\tMirziyoyev"),
        "city:tashkent": Entity(
            "city:tashkent", "City", "Tashkent", kb_id="geonames:1512569", geonames="1512569"
        ),
    }
    start = text.index("Ana Lestari bertemu")
    mentions = (
        Mention(0, start, start + 11, "Ana Lestari", "Person", 0, 2, 1),
        Mention(1, text.index("Tashkent"), text.index("Tashkent") + 8, "Tashkent", "City", 5, 6, 0),
    )
    resolved = Resolved(
        entities=entities,
        relations=[
            ResolvedRelation("person:ana", "visited", "city:tashkent", [visited]),
            ResolvedRelation("person:ana", "met", "person:shavkat", [met]),
        ],
        mention_entity={0: "person:ana", 1: "city:tashkent"},
        reasons={0: 'same name as "Ana" Lestari\\\r\n\x01'},
    )
    return doc, Extraction(lang="id", mentions=mentions, relations=(visited, met)), resolved


def _write(store, version: int, as_text: bool, replace_old: bool = False) -> URIRef:  # noqa: ANN001
    built = hostile_document(version)
    doc_iri, triples = (document_ntriples if as_text else document_graph)(*built)
    if as_text:
        assert isinstance(triples, NTriples)  # the path under test, not the rdflib one
    old = store.documents(source=SOURCE) if replace_old else []
    store.write(doc_iri, triples, replace=old)
    return doc_iri


def _oxigraph_pair(tmp_path, mode: str, monkeypatch) -> tuple[set, set]:  # noqa: ANN001
    """All quads (named graphs and default graph) of two stores given the same documents,
    one through each path."""
    out = []
    for as_text in (False, True):
        store = open_store(tmp_path / f"{mode}-{as_text}")
        if mode == "bulk":  # every group through the bulk loader, however small
            monkeypatch.setattr(store, "BULK_MIN_QUADS", 0)
        try:
            if mode == "transaction":
                _write(store, 0, as_text)
                _write(store, 1, as_text)
            elif mode == "replace":
                _write(store, 0, as_text)
                _write(store, 1, as_text, replace_old=True)
            else:
                with store.batch(max_seconds=3600):
                    _write(store, 0, as_text)
                    _write(store, 1, as_text)
                    assert len(store.pending()) == 2  # both still in the open group
            out.append(set(store.inner))
        finally:
            store.close()
    return out[0], out[1]


@pytest.mark.parametrize("mode", ["transaction", "group", "bulk", "replace"])
def test_oxigraph_store_written_from_text_equals_one_written_from_graphs(
    tmp_path, mode, monkeypatch
):
    old, new = _oxigraph_pair(tmp_path, mode, monkeypatch)
    assert new == old
    graphs = {q.graph_name.value for q in new if hasattr(q.graph_name, "value")}
    assert len(graphs) == (1 if mode == "replace" else 2)
    union = {(q.subject, q.predicate, q.object) for q in new if not hasattr(q.graph_name, "value")}
    named = {(q.subject, q.predicate, q.object) for q in new if hasattr(q.graph_name, "value")}
    assert union == named  # the default graph is the union of the documents
    values = {q.object.value for q in new}
    assert {LONG_ALIAS, SOURCE, 'Ana "Lestari"\\', "0.7000000000000001"} <= values


def test_memory_store_given_text_holds_what_it_holds_given_the_graph():
    """rdflib's memory store keeps the Graph path in kg; given text (from a worker process)
    it must end up the same."""
    quads = []
    for as_text in (False, True):
        store = open_store(None)
        _write(store, 0, as_text)
        ds: Dataset = store.dataset
        quads.append({(s, p, o, getattr(c, "identifier", c)) for s, p, o, c in ds.quads()})
    assert quads[0] == quads[1]
    assert any(p == RDFS.label and str(o) == 'Ana "Lestari"\\' for _, p, o, _ in quads[1])


def test_a_pending_document_is_found_by_its_source_before_its_group_is_written(tmp_path):
    """The open group answers documents(source=...) from the text itself (issue 11): the
    source, with its quote, backslash and line feed, is read back from the N-Triples."""
    store = open_store(tmp_path / "db")
    try:
        with store.batch(max_seconds=3600):
            doc_iri = _write(store, 0, as_text=True)
            assert store.pending() == {doc_iri}
            assert store.documents(source=SOURCE) == [doc_iri]
            assert store.documents(source="wire") == []  # positive control above
            assert store.documents(doc_iri=doc_iri) == [doc_iri]
        assert store.pending() == set()
        assert store.documents(source=SOURCE) == [doc_iri]
    finally:
        store.close()
