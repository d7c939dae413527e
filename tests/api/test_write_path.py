"""Issue 11 through the pipeline: invented Indonesian and English articles analysed as
``kg build`` does, written once through the N-Triples path and once through rdflib Graphs,
give stores with the same quads; and the API sends a store text, not Graphs, where it can.

The articles are short texts written for these tests (not from the evaluation set), with
quotes, a backslash and CR/LF in the sentences that become evidence literals.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pyoxigraph as ox
import pytest

import kg
import kg.graph.build
from kg.graph.sink import NTriples
from kg.graph.store import OxigraphGraphStore, open_store
from kg.graph.terms import TermConverter
from kg.ingest import read_text
from kg.parallel import run_stages

pytestmark = pytest.mark.slow

ARTICLES = [
    (
        "id",
        "JAKARTA - Menteri Luar Negeri Retno Marsudi tiba di Canberra pada Senin (4/3/2024) "
        'untuk bertemu Perdana Menteri Australia Anthony Albanese.\r\nRetno menyebut "kerja '
        'sama maritim" sebagai prioritas \\ utama 😀.\r\n',
    ),
    (
        "en",
        'NAIROBI, June 4, 2024 - Kenyan President William Ruto visited Jakarta and met "the '
        'President" Joko Widodo.\nRuto said Kenya and Indonesia share "a long history".\n',
    ),
]


@pytest.fixture(autouse=True)
def held_clock(monkeypatch):
    monkeypatch.setattr(kg.graph.build, "_now", lambda: datetime(2026, 12, 2, 3, 4, 5, tzinfo=UTC))


def test_store_from_pipeline_text_equals_store_from_pipeline_graphs(tmp_path):
    quads = []
    for as_text in (False, True):
        store = open_store(tmp_path / f"db-{as_text}")
        try:
            with store.batch():
                for i, (lang, text) in enumerate(ARTICLES):
                    analysis = run_stages(
                        read_text(text, lang=lang, source=f"a{i}"), as_text=as_text
                    )
                    triples = analysis.triples()
                    assert isinstance(triples, NTriples) == as_text
                    store.write(analysis.doc_iri, triples)
            quads.append(set(store.inner))
        finally:
            store.close()
    assert quads[1] == quads[0]
    relations = {q.predicate.value.rsplit("#", 1)[-1] for q in quads[1]}
    assert {"visited", "met"} <= relations  # real relations were extracted and stored
    sentences = {q.object.value for q in quads[1] if q.predicate.value.endswith("#sentence")}
    assert any('"' in s for s in sentences)  # a quoted sentence became an evidence literal


def test_api_writes_text_to_an_oxigraph_store_and_graphs_to_memory(tmp_path, monkeypatch):
    """The same two articles through KnowledgeGraph: an Oxigraph store is given N-Triples
    text (issue 11), the memory store rdflib Graphs; both hold the same union."""
    given: list[type] = []
    real = OxigraphGraphStore.write

    def spy(self, doc_iri, triples, **kw):  # noqa: ANN001
        given.append(type(triples))
        return real(self, doc_iri, triples, **kw)

    monkeypatch.setattr(OxigraphGraphStore, "write", spy)
    on_disk = kg.KnowledgeGraph(store=tmp_path / "db")
    memory = kg.KnowledgeGraph()
    try:
        for graph in (on_disk, memory):
            for i, (lang, text) in enumerate(ARTICLES):
                graph.add_text(text, lang=lang, source=f"a{i}")
        assert given == [NTriples, NTriples]
        assert _triples(on_disk._store.inner) == _triples(_in_oxigraph(memory.rdf))
        assert len(_triples(on_disk._store.inner)) > 50
    finally:
        on_disk.close()
        memory.close()


def _in_oxigraph(graph) -> ox.Store:  # noqa: ANN001
    """An rdflib graph's triples in an Oxigraph default graph, for comparing like with like
    (Oxigraph stores derived integer types as xsd:integer, whoever writes them)."""
    store = ox.Store()
    store.extend(
        ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
        for t in TermConverter().triples(graph)
    )
    return store


def _triples(store: ox.Store) -> set[ox.Triple]:
    """The default graph (the union) of an Oxigraph store."""
    quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
