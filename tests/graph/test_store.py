"""The stores: one transaction per document, a deduplicated union, exact removal, the lock.

These tests build small document graphs by hand (no NLP), so they run in a second and test
the store layer alone; tests/api/test_incremental.py covers the same through real articles.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.graph.namespace import KG, KGR, RDF, RDFS
from kg.graph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
KZ = KGR["country/KZ"]


def doc_graph(name: str, source: str, *extra: tuple) -> tuple[URIRef, Graph]:
    """A minimal document graph: its node, a shared entity (Kazakhstan) and extra triples."""
    doc = KGR[f"doc/{name}"]
    g = Graph()
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.source, Literal(source)))
    g.add((KZ, RDF.type, KG.Country))
    g.add((KZ, RDFS.label, Literal("Kazakhstan")))
    for t in extra:
        g.add(t)
    return doc, g


@pytest.fixture(params=["memory", "oxigraph"])
def ds(request, tmp_path):
    store = open_store(None if request.param == "memory" else tmp_path / "db")
    yield store
    store.close()


def count(ds, sparql: str) -> int:
    view = ds.union()
    return int(next(iter(view.query(sparql)))[0])


def test_union_length_counts_each_triple_once(ds):
    """len() of the union: Oxigraph counts its default graph (no set of every triple in
    memory, issue 11), and the number is the distinct triples, as in the memory store."""
    docs = [
        doc_graph("a", "src-a", (KGR["city/astana"], RDFS.label, Literal("Astana"))),
        doc_graph("b", "src-b"),
    ]
    for doc in docs:
        ds.write(*doc)
    union = ds.union()
    distinct = {(s, p, o) for s, p, o in union}
    assert len(union) == len(distinct) == 7  # Kazakhstan's type and label once
    assert sum(len(g) for _, g in docs) == 9  # positive control: both documents state them


def test_union_is_a_set_not_a_bag(ds):
    """Two documents describing the same country: one label row, not two (oxigraph#1919)."""
    for name in ("a", "b"):
        ds.write(*doc_graph(name, f"src-{name}"))
    assert count(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }") == 1
    assert ds.document_count() == 2
    assert len(ds.union()) == 2 + 2 * 2  # shared Kazakhstan (2) + 2 x document (2)


def test_removal_keeps_what_other_documents_state(ds):
    tokayev = KGR["person/kassym-jomart-tokayev"]
    ds.write(*doc_graph("a", "src-a", (tokayev, KG.officialOf, KZ)))
    ds.write(*doc_graph("b", "src-b"))
    assert ds.remove(ds.documents(source="src-a")) == 1
    view = ds.union()
    assert (KZ, RDFS.label, Literal("Kazakhstan")) in view  # still stated by b
    assert (tokayev, KG.officialOf, KZ) not in view  # only a said it
    assert ds.documents() == [KGR["doc/b"]]
    assert ds.remove([KGR["doc/nope"]]) == 0


def test_replace_swaps_graphs_in_one_write(ds):
    old, g_old = doc_graph("v1", "wire-1", (KZ, KG.borders, KGR["country/UZ"]))
    ds.write(old, g_old)
    new, g_new = doc_graph("v2", "wire-1", (KZ, KG.borders, KGR["country/KG"]))
    ds.write(new, g_new, replace=[old])
    view = ds.union()
    assert ds.documents(source="wire-1") == [new]
    assert (KZ, KG.borders, KGR["country/KG"]) in view
    assert (KZ, KG.borders, KGR["country/UZ"]) not in view
    assert (KZ, RDFS.label, Literal("Kazakhstan")) in view  # in both versions: kept


def test_named_graph_exports_have_one_graph_per_document_and_no_union_copy(ds):
    for name in ("a", "b"):
        ds.write(*doc_graph(name, f"src-{name}"))
    buf = io.BytesIO()
    ds.dump(buf, "nquads")
    lines = [ln for ln in buf.getvalue().decode().splitlines() if ln.strip()]
    assert len(lines) == 8  # 4 per document graph, none in the default graph
    assert all(ln.rstrip(" .").endswith((f"<{KGR}doc/a>", f"<{KGR}doc/b>")) for ln in lines)


def test_reopen_store_and_migrate_old_layout(tmp_path):
    """A store written without the union (kg 0.1) gets it built once on the first write-open."""
    path = tmp_path / "db"
    raw = ox.Store(str(path))
    raw.load(
        input=f'<{KGR}doc/a> {{ <{KZ}> <{RDFS.label}> "Kazakhstan" . }}\n'
        f'<{KGR}doc/b> {{ <{KZ}> <{RDFS.label}> "Kazakhstan" . }}',
        format=ox.RdfFormat.TRIG,
    )
    del raw
    ds = open_store(path)
    assert count(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }") == 1
    ds.close()


def test_bad_store_paths_are_one_line_errors(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not an Oxigraph store folder"):
        open_store(tmp_path / "file")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("x")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path / "notes")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path / "missing", read_only=True)


_HOLDER = """
import sys, time
from kg.graph.store import open_store
ds = open_store(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


def test_second_writer_is_refused_while_readers_work(tmp_path):
    path = tmp_path / "db"
    ds = open_store(path)
    ds.write(*doc_graph("a", "src-a"))
    ds.close()
    del ds
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as err:
            open_store(path)
        assert str(err.value) == f"{path}: store is locked by another process"
        reader = open_store(path, read_only=True)
        assert reader.document_count() == 1
        reader.close()
    finally:
        holder.kill()
        holder.wait()


_KILLED_MID_WRITE = """
import sys
import kg.graph.store as store
from kg.graph.namespace import KGR, RDFS
from rdflib import Literal
from tests.graph.test_store import doc_graph

# A document big enough that Oxigraph is still inside the write when the kill arrives.
doc, g = doc_graph("b", "src-b")
for i in range(120_000):
    g.add((KGR[f"mention/b/{i}"], RDFS.comment, Literal(f"text {i}")))
ds = store.open_store(sys.argv[1])
if sys.argv[2] == "single":
    original = store.OxigraphGraphStore._load

    def announced(self, data):
        print("writing", flush=True)
        original(self, data)

    store.OxigraphGraphStore._load = announced
    ds.write(doc, g)
else:  # a batch: the group is written by the bulk loader when the batch ends
    with ds.batch(max_quads=10**6):  # one group, written on leaving the batch
        ds.write(doc, g)
        print("writing", flush=True)
print("written", flush=True)
"""


@pytest.mark.parametrize("mode", ["single", "batch"])
def test_kill_during_a_write_leaves_the_store_as_before(tmp_path, mode):
    """Killed inside Oxigraph's transaction (one write) or its bulk ingestion (a batch's
    group): the store is as before that document, and the killed process had not finished."""
    path = tmp_path / "db"
    ds = open_store(path)
    ds.write(*doc_graph("a", "src-a"))
    before = {str(q) for q in ds.inner}
    ds.close()
    del ds
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_KILLED_MID_WRITE), str(path), mode],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert writer.stdout.readline().strip() == "writing"
    writer.send_signal(signal.SIGKILL)
    rest = writer.stdout.read()
    writer.wait()
    assert "written" not in rest  # the kill did land inside the write
    ds = open_store(path)
    assert {str(q) for q in ds.inner} == before
    assert ds.documents() == [KGR["doc/a"]]
    ds.close()


# -- the union under a sequence of writes, and the write path against rdflib's ------------------
def _random_documents(n: int, seed: int = 5) -> dict[URIRef, Graph]:
    """Documents drawing triples from a small shared pool, so many triples are in several."""
    import random

    rng = random.Random(seed)
    pool = [
        (KGR[f"person/p{i % 7}"], KG.met if i % 2 else KG.visited, KGR[f"country/C{i % 5}"])
        for i in range(30)
    ] + [(KGR[f"country/C{i}"], RDFS.label, Literal(f"Country {i}", lang="en")) for i in range(5)]
    docs = {}
    for d in range(n):
        doc, g = doc_graph(f"r{d}", f"src-r{d}")
        for t in rng.sample(pool, 6):
            g.add(t)
        docs[doc] = g
    return docs


def _plain(triples) -> set[tuple]:
    """Triples with ``xsd:string`` literals as plain ones (RDF 1.1: the same literal; rdflib
    compares them as different, and Oxigraph returns the typed form)."""
    from rdflib.namespace import XSD

    def term(t):
        return (
            Literal(str(t), lang=t.language)
            if isinstance(t, Literal) and t.datatype in (None, XSD.string)
            else t
        )

    return {tuple(term(t) for t in triple) for triple in triples}


def _named_union(ds, docs: dict[URIRef, Graph], present: list[URIRef]) -> None:
    expected = set().union(*(set(docs[d]) for d in present)) if present else set()
    assert _plain(ds.union()) == _plain(expected)
    assert ds.documents() == sorted(present)


def test_union_is_the_set_union_of_the_documents_after_adds_readds_and_removes(ds):
    docs = _random_documents(6)
    order = list(docs)
    present: list[URIRef] = []
    for doc in order[:4]:
        ds.write(doc, docs[doc])
        present.append(doc)
        _named_union(ds, docs, present)
    ds.write(order[1], docs[order[1]])  # a re-add of the same graph changes nothing
    _named_union(ds, docs, present)
    for doc in (order[0], order[2]):
        assert ds.remove([doc]) == 1
        present.remove(doc)
        _named_union(ds, docs, present)
    ds.write(order[4], docs[order[4]], replace=[order[3]])
    present = [d for d in present if d != order[3]] + [order[4]]
    _named_union(ds, docs, present)
    assert ds.remove([order[0]]) == 0  # already gone
    # positive control: the union differs from any single document's graph
    assert _plain(ds.union()) != _plain(docs[order[4]])


def test_oxigraph_write_equals_rdflib_adapter_write(tmp_path):
    """The direct pyoxigraph write path stores what writing through rdflib's Oxigraph adapter
    (the former path) stores: the same quads in every named graph and in the union."""
    from oxrdflib.store import OxigraphStore
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    docs = _random_documents(4)
    docs[KGR["doc/typed"]] = doc_graph(
        "typed", "src-typed", (KZ, KG.charCount, Literal(7)), (KZ, KG.confidence, Literal(0.5))
    )[1]
    new = open_store(tmp_path / "new")
    for doc, g in docs.items():
        new.write(doc, g)
    old_store = ox.Store(str(tmp_path / "old"))
    old = Dataset(store=OxigraphStore(store=old_store), default_union=False)
    for doc, g in docs.items():
        target = old.graph(doc)
        target.addN((s, p, o, target) for s, p, o in g)
        old.default_graph.addN((s, p, o, old.default_graph) for s, p, o in g)
    for doc in docs:
        assert isomorphic(new.dataset.graph(doc), old.graph(doc)), doc
        assert len(new.dataset.graph(doc)) == len(docs[doc]) > 0
    assert set(new.union()) == set(old.default_graph)
    assert {str(q) for q in new.inner} == {str(q) for q in old_store}


def test_a_reader_opened_after_a_write_sees_the_new_document(tmp_path):
    path = tmp_path / "db"
    writer = open_store(path)
    writer.write(*doc_graph("a", "src-a"))
    first = open_store(path, read_only=True)
    assert first.documents() == [KGR["doc/a"]]
    writer.write(*doc_graph("b", "src-b"))  # the writer keeps the store open
    second = open_store(path, read_only=True)
    assert second.documents() == [KGR["doc/a"], KGR["doc/b"]]
    assert count(second, "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }") == 1
    for store in (first, second, writer):
        store.close()


# -- batches: group commit by Oxigraph's bulk loader ------------------------------------------
@pytest.mark.parametrize("bulk_min", [0, 10**9], ids=["bulk-loaded", "one-transaction"])
def test_batch_writes_equal_one_transaction_per_document(tmp_path, monkeypatch, bulk_min):
    """Documents written in a batch (groups of a few documents, bulk loaded or each group one
    transaction) make the very store that one transaction per document makes: same quads,
    graph by graph and in the union; the union is the set-union of the documents."""
    from rdflib.compare import isomorphic

    from kg.graph.store import OxigraphGraphStore

    monkeypatch.setattr(OxigraphGraphStore, "BULK_MIN_QUADS", bulk_min)

    docs = _random_documents(7)
    single = open_store(tmp_path / "single")
    for doc, g in docs.items():
        single.write(doc, g)
    batched = open_store(tmp_path / "batched")
    with batched.batch(max_quads=40):  # ~2 documents per group
        for doc, g in docs.items():
            batched.write(doc, g)
    assert {str(q) for q in batched.inner} == {str(q) for q in single.inner}
    for doc in docs:
        assert isomorphic(batched.dataset.graph(doc), single.dataset.graph(doc)), doc
    _named_union(batched, docs, list(docs))
    assert len(batched.union()) < sum(len(g) for g in docs.values())  # shared triples: a set
    single.close()
    batched.close()


def test_batch_documents_are_seen_by_the_writer_at_once_and_by_readers_when_written(tmp_path):
    path = tmp_path / "db"
    docs = _random_documents(3)
    a, b, c = docs
    writer = open_store(path)
    writer.write(a, docs[a])
    with writer.batch(max_quads=10**6, max_seconds=3600):
        writer.write(b, docs[b])
        assert writer.documents(doc_iri=b) == [b]  # the writer's duplicate check sees it
        assert writer.documents(source="src-r1") == [b]
        assert writer.documents() == [a, b]
        reader = open_store(path, read_only=True)
        assert reader.documents() == [a]  # not written yet: the group is open
        reader.close()
        writer.write(c, docs[c], replace=[b])  # a replacement writes the group first
        assert writer.documents() == [a, c]
    reader = open_store(path, read_only=True)
    assert reader.documents() == [a, c]
    _named_union(reader, docs, [a, c])
    reader.close()
    writer.close()


def test_add_many_reports_a_document_only_once_its_group_is_written(tmp_path, monkeypatch):
    """kg build's loop: with documents gathered into groups, each outcome is reported after
    its group is committed, in input order, so a reported document survives a kill."""
    import kg.api
    from kg.ingest import read_text
    from kg.parallel import Analysis

    def fake_analyses(items, **_):  # the stages after ingest, replaced by hand-made graphs
        for document, doc in items:
            iri = URIRef(kg.api.document_iri(doc.content_hash))
            g = doc_graph("x", doc.source)[1]
            g.add((iri, RDF.type, KG.Document))
            g.add((iri, KG.source, Literal(doc.source)))
            yield document, Analysis(doc_iri=str(iri), entities=1, relations=0, graph=g)

    monkeypatch.setattr(kg.api, "analyses", fake_analyses)
    texts = [read_text(f"Article number {i} about Jakarta.", source=f"s{i}") for i in range(7)]
    graph = kg.api.KnowledgeGraph(store=tmp_path / "db")
    seen: list[tuple[str, bool]] = []

    def on_result(result, words):
        reader = open_store(tmp_path / "db", read_only=True)
        durable = URIRef(result.document) in reader.documents()
        reader.close()
        seen.append((result.source, durable))

    monkeypatch.setattr(type(graph._store), "GROUP_QUADS", 60)  # groups of a few documents
    monkeypatch.setenv("KG_STORE_GROUP_SECONDS", "3600")
    graph.add_many(texts, on_result=on_result)
    assert seen == [(f"s{i}", True) for i in range(7)]
    assert graph.document_count == 7
    graph.close()


def test_the_pyoxigraph_store_behind_a_store_folders_graph_is_found(tmp_path):
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.graph.store import OxigraphGraphStore, oxigraph_behind

    store = OxigraphGraphStore.open(tmp_path / "db")
    assert isinstance(oxigraph_behind(store.dataset), ox.Store)
    assert oxigraph_behind(store.dataset) is store.inner
    assert oxigraph_behind(Graph()) is None  # an in-memory rdflib graph has none
