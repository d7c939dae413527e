"""Where the graph lives, behind one interface (:class:`GraphStore`), opened by one function
(:func:`open_store`): rdflib's memory store for a few documents, Oxigraph on disk for anything
persistent, a SPARQL 1.1 server (:mod:`kg.graph.remote`) for a team.

Every document is one named graph; the union of the named graphs is the knowledge graph.

Why the Oxigraph store also keeps the union in its *default graph*: Oxigraph 0.5 evaluates
"default graph = union of named graphs" as a bag (oxigraph#1919), and in our layout every entity
is described again in each document graph, so counts and plain SELECTs would repeat rows. Query
rewriting cannot fix that in general (a non-DISTINCT SELECT may legitimately repeat rows), and
copying the union into memory costs seconds per 100k triples on every open. So kg maintains the
deduplicated union as the default graph, in the same transaction as each document write or
removal; queries then run on the store, with no copy, and ``GRAPH ?g`` still reaches documents.
Exports of named graphs (.nq, .trig) skip the default graph.

Every write of one document is one Oxigraph transaction (``Store.load`` of its N-Quads, or one
SPARQL update request): a process killed mid-ingest leaves the store as it was before that
document. The write path hands Oxigraph N-Quads text (parsed in Rust), with no rdflib store and
no per-term Python objects in between: rdflib's Oxigraph adapter converts and inserts term by
term, about 8x slower than Oxigraph's own loader (BENCHMARKS.md).

Batches (:meth:`OxigraphGraphStore.batch`, what ``kg build`` uses) group commit: whole documents
are gathered and written together by Oxigraph's bulk loader, which writes sorted table files
(one per column family) and ingests them in one RocksDB ``IngestExternalFiles`` call, atomic
across the column families, as long as the input stays under its own batch of 1M quads. Why:
transactions insert quad by quad, 2-3x slower than the bulk loader even with many documents in
one transaction (measured); a group smaller than ``BULK_MIN_QUADS`` is one transaction
instead. A group is written when it holds ``GROUP_QUADS`` (200k) quads,
when :func:`group_seconds` have passed, before any removal or replacement, and when the batch
ends; a document too big for a group is its own transaction. A process killed mid-batch loses
the documents of the open group (``--resume`` redoes them), never part of one, and
:meth:`GraphStore.pending` tells a caller which documents are not yet written. Readers see a
group's documents once it is written.
"""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol, runtime_checkable

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.paths import Path as RdfPath
from rdflib.term import Node

from kg.errors import StoreError
from kg.graph import remote
from kg.graph.iri import candidates_iri, is_candidates_iri
from kg.graph.layout import (
    OX_FORMATS,
    UNION_FROM_GRAPHS,
    as_graph,
    as_ntriples,
    document_nquads,
    drop_update,
    graph_nquads,
    remove_present,
)
from kg.graph.namespace import KG, RDF, bind_namespaces, sparql_namespaces
from kg.graph.readonly import open_read_only
from kg.graph.sink import NTriples

__all__ = [
    "DocumentDataset",
    "GraphStore",
    "MemoryGraphStore",
    "OxigraphGraphStore",
    "open_store",
    "load_store",
    "open_dataset",
    "load_graph",
    "union_graph",
    "open_read_only",
    "oxigraph_behind",
]

Triple = tuple[Node, Node, Node]

# The pyoxigraph store behind each rdflib store kg wraps around one: oxrdflib keeps it in a
# private attribute, so kg records it where it builds the wrapper (see oxigraph_behind).
_BEHIND: weakref.WeakKeyDictionary[OxigraphStore, ox.Store] = weakref.WeakKeyDictionary()


def _wrap(inner: ox.Store) -> OxigraphStore:
    store = OxigraphStore(store=inner)
    _BEHIND[store] = inner
    return store


class _UnionView(Graph):
    """The rdflib view of an Oxigraph store's default graph (the maintained union), counted by
    Oxigraph without a set of every triple.

    Why: rdflib's ``len`` reaches oxrdflib, which counts ``DISTINCT TRIPLE(?s, ?p, ?o)``: a hash
    set of the whole union in Oxigraph's memory, released to the allocator, not to the system.
    ``kg build`` counts the triples for its summary, so a 2,000-article batch ended 440 MB above
    its steady state (BENCHMARKS.md, memory). A graph holds each triple once, so ``COUNT(*)``
    over the default graph is the same number.
    """

    def __init__(self, store: OxigraphStore, inner: ox.Store) -> None:
        super().__init__(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
        self._inner = inner

    def __len__(self) -> int:
        (row,) = self._inner.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(row[0].value)


def oxigraph_behind(graph: Graph) -> ox.Store | None:
    """The pyoxigraph store an rdflib graph from kg reads (``KnowledgeGraph.rdf``/``dataset``
    on a store folder), or None: lets a reader query it directly instead of through rdflib."""
    return _BEHIND.get(graph.store) if isinstance(graph.store, OxigraphStore) else None
_LOCKED = "store is locked by another process"


# -- the interface ------------------------------------------------------------------------
@runtime_checkable
class GraphStore(Protocol):
    """What kg needs from a place that holds documents' named graphs and their union.

    Implementations: :class:`MemoryGraphStore`, :class:`OxigraphGraphStore` and
    :class:`kg.graph.remote.RemoteGraphStore`. ``dataset`` is the rdflib view of the same
    data, for users of the rdflib API (``KnowledgeGraph.dataset``).
    """

    dataset: Dataset
    read_only: bool

    def documents(
        self, *, source: str | None = None, doc_iri: URIRef | None = None
    ) -> list[URIRef]:
        """Document graphs holding their own document node, by source or IRI (sorted)."""
        ...

    def document_count(self) -> int:
        """Number of documents."""
        ...

    def write(
        self,
        doc_iri: URIRef,
        triples: Iterable[Triple] | NTriples,
        *,
        replace: Sequence[URIRef] = (),
    ) -> None:
        """Store one document's graph and add it to the union, dropping the graphs in
        ``replace``, as one transaction. ``triples``: rdflib triples (a Graph) or the
        document's N-Triples text (:func:`kg.graph.build.document_ntriples`, which the
        Oxigraph and remote stores load without building rdflib terms)."""
        ...

    def write_candidates(self, doc_iri: URIRef, triples: Iterable[Triple] | NTriples) -> None:
        """Store a document's candidate graph (``kg.graph.iri.candidates_iri``) beside it,
        never in the union; written with the document inside a batch."""
        ...

    def remove(self, doc_iris: Sequence[URIRef]) -> int:
        """Drop these document graphs and their candidate graphs (one transaction); what only
        they stated leaves the union. Returns how many were present."""
        ...

    def batch(self) -> AbstractContextManager[None]:
        """A context for many writes, which the store may commit in groups of whole
        documents (see :meth:`OxigraphGraphStore.batch`); every write is done when it ends."""
        ...

    def pending(self) -> set[URIRef]:
        """Documents written inside the open batch but not yet committed (a crash would lose
        them): what a caller must not yet report as stored."""
        ...

    def union(self) -> Graph:
        """The union of all documents as an rdflib Graph (a live view where the store has one)."""
        ...

    def dump(self, stream: IO[bytes], fmt: str) -> None:
        """Write every document graph (not the union) as ``nquads`` or ``trig``."""
        ...

    def close(self) -> None:
        """Release the store and its lock."""
        ...


def open_store(
    store: str | Path | None = None, *, read_only: bool = False, **server: Any
) -> GraphStore:
    """The store named by ``store``: ``None`` (or "Memory") in memory, a folder path for
    Oxigraph on disk, an ``http(s)://`` URL for a SPARQL server (``server`` holds the keyword
    arguments of :func:`kg.graph.remote.open_remote`).

    ``read_only=True`` opens an existing store without its write lock (RocksDB secondary
    mode), so queries work while another process writes; it sees the store as it was when
    opened. A second writer gets ``StoreError("...: store is locked by another process")``.
    """
    if remote.is_url(store):
        return remote.open_remote(str(store), read_only=read_only, **server)
    if store is None or str(store) in ("", "Memory", ":memory:"):
        return MemoryGraphStore(read_only=read_only)
    return OxigraphGraphStore.open(Path(store), read_only=read_only)


def open_dataset(
    store: str | Path | None = None, *, read_only: bool = False, **server: Any
) -> Dataset:
    """The rdflib Dataset of :func:`open_store` (for callers that want rdflib only)."""
    return open_store(store, read_only=read_only, **server).dataset


# -- memory -------------------------------------------------------------------------------
class DocumentDataset(Dataset):
    """rdflib's Dataset whose default union leaves out candidate graphs.

    Why: with ``default_union=True`` rdflib's default graph is every named graph together, so
    a document's candidate graph (weaker relations kept apart) would join the graph that
    queries without ``GRAPH`` read. Named graphs, candidate ones included, stay reachable with
    ``GRAPH ?g`` and :meth:`graph`. Triples that only candidate graphs hold are skipped: a look
    at the graphs of each triple found (usually one), not at every graph of the dataset per
    pattern, which a SPARQL join asks for once per binding.
    """

    def triples(self, triple_or_quad, context=None):  # noqa: ANN001, ANN201 - rdflib's signature
        s, p, o, c = self._spoc(triple_or_quad)
        chosen = self._graph(context or c)
        union = self.default_union and (chosen is None or chosen == self.default_context)
        if not union or isinstance(p, RdfPath):
            yield from super().triples(triple_or_quad, context)
            return
        for triple, graphs in self.store.triples((s, p, o), context=None):
            if any(not is_candidates_iri(_context_id(g)) for g in graphs):
                yield triple


class MemoryGraphStore:
    """rdflib's memory Dataset, union by default (without candidate graphs:
    :class:`DocumentDataset`); for a few documents, notebooks, tests."""

    def __init__(self, dataset: Dataset | None = None, *, read_only: bool = False) -> None:
        self.dataset = dataset if dataset is not None else DocumentDataset(default_union=True)
        bind_namespaces(self.dataset)
        self.read_only = read_only

    def documents(
        self, *, source: str | None = None, doc_iri: URIRef | None = None
    ) -> list[URIRef]:
        ds = self.dataset
        if doc_iri is not None:
            # A lookup never writes: ``ds.graph(doc_iri)`` would create the graph it asks about.
            quad = (doc_iri, RDF.type, KG.Document, doc_iri)
            found = any(_context_id(c) == doc_iri for *_, c in ds.quads(quad))
            return [doc_iri] if found else []
        pattern = (
            (None, RDF.type, KG.Document) if source is None else (None, KG.source, Literal(source))
        )
        return sorted({s for s, _, _, ctx in ds.quads((*pattern, None)) if _context_id(ctx) == s})

    def document_count(self) -> int:
        return len(self.documents())

    def write(
        self,
        doc_iri: URIRef,
        triples: Iterable[Triple] | NTriples,
        *,
        replace: Sequence[URIRef] = (),
    ) -> None:
        self._drop(replace)
        self._fill(doc_iri, triples)

    def write_candidates(self, doc_iri: URIRef, triples: Iterable[Triple] | NTriples) -> None:
        self._fill(candidates_iri(doc_iri), triples)

    def _fill(self, name: URIRef, triples: Iterable[Triple] | NTriples) -> None:
        target = self.dataset.graph(name)
        if isinstance(triples, NTriples):  # from a worker process: parsed once, here
            triples = as_graph(triples)
        target.addN((s, p, o, target) for s, p, o in triples)

    def remove(self, doc_iris: Sequence[URIRef]) -> int:
        present = [d for d in doc_iris if self.documents(doc_iri=d)]
        self._drop(present)
        return len(present)

    def batch(self) -> AbstractContextManager[None]:
        """Nothing to group in memory: each write is done at once."""
        return nullcontext()

    def pending(self) -> set[URIRef]:
        return set()

    def _drop(self, doc_iris: Iterable[URIRef]) -> None:
        for d in doc_iris:
            self.dataset.remove_graph(self.dataset.graph(d))
            self.dataset.remove_graph(self.dataset.graph(candidates_iri(d)))

    def union(self) -> Graph:
        """A deduplicated copy of every document's triples, candidate graphs left out (the
        caller caches it)."""
        g = bind_namespaces(Graph())
        for ctx in self.dataset.graphs():
            if is_candidates_iri(ctx.identifier):
                continue
            if isinstance(ctx.identifier, URIRef) or len(ctx):
                g.addN((s, p, o, g) for s, p, o in ctx)
        return g

    def dump(self, stream: IO[bytes], fmt: str) -> None:
        self.dataset.serialize(destination=stream, format=fmt)

    def close(self) -> None:
        self.dataset.close()


def _context_id(ctx: object) -> object:
    return getattr(ctx, "identifier", ctx)


# -- Oxigraph on disk ---------------------------------------------------------------------
class OxigraphGraphStore:
    """An Oxigraph store folder; the union is maintained in its default graph (see above).

    Reads and writes go to pyoxigraph directly; ``dataset`` (through oxrdflib) is only the
    rdflib view for API users.
    """

    def __init__(
        self, inner: ox.Store, *, read_only: bool = False, path: Path | None = None
    ) -> None:
        self.inner = inner
        self.read_only = read_only
        self.path = path
        self._rdflib = _wrap(inner)
        # default graph = the maintained union (no candidate graphs, no repeated rows)
        self.dataset = bind_namespaces(Dataset(store=self._rdflib, default_union=False))
        self._writes_since_flush = 0
        self._group: _Group | None = None

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> OxigraphGraphStore:
        """Open (or create, unless ``read_only``) the store folder ``path``."""
        inner = _open_oxigraph(path, read_only=read_only)
        if not read_only:
            _ensure_union(inner)
        return cls(inner, read_only=read_only, path=path)

    def documents(
        self, *, source: str | None = None, doc_iri: URIRef | None = None
    ) -> list[URIRef]:
        pending = self._group.documents(source, doc_iri) if self._group is not None else set()
        if doc_iri is not None:
            node = ox.NamedNode(str(doc_iri))
            found = self.inner.quads_for_pattern(node, _OX_TYPE, _OX_DOCUMENT, node)
            return [doc_iri] if pending or next(found, None) is not None else []
        if source is None:
            quads = self.inner.quads_for_pattern(None, _OX_TYPE, _OX_DOCUMENT, None)
        else:
            quads = self.inner.quads_for_pattern(None, _OX_SOURCE, ox.Literal(source), None)
        stored = {URIRef(q.subject.value) for q in quads if q.subject == q.graph_name}
        return sorted(stored | pending)

    def document_count(self) -> int:
        return len(self.documents())

    def write(
        self,
        doc_iri: URIRef,
        triples: Iterable[Triple] | NTriples,
        *,
        replace: Sequence[URIRef] = (),
    ) -> None:
        nt = as_ntriples(triples)
        if replace:
            self.commit()
            self.inner.update(
                f"{drop_update(replace)} ;\n"
                f"INSERT DATA {{ GRAPH <{doc_iri}> {{ {nt.text} }} }} ;\n"
                f"INSERT DATA {{ {nt.text} }}"
            )
            return
        data = document_nquads(doc_iri, nt)
        if self._group is None or 2 * len(nt) > self._group.max_quads:
            self.commit()  # a document too big for a group is its own transaction
            self._load(data)
            self._flush_now_and_then()
            return
        self._group.add(doc_iri, nt, data)
        if self._group.full():
            self.commit()

    def write_candidates(self, doc_iri: URIRef, triples: Iterable[Triple] | NTriples) -> None:
        """Into the candidate graph only (not the default graph): in the open group with its
        document when batching, else one transaction."""
        nt = as_ntriples(triples)
        name = candidates_iri(doc_iri)
        data = graph_nquads(name, nt)
        if self._group is None:
            self._load(data)
            return
        self._group.add(name, nt, data)
        if self._group.full():
            self.commit()

    def _load(self, data: bytes) -> None:
        """One document's quads in one transaction."""
        self.inner.load(data, format=ox.RdfFormat.N_QUADS)

    @contextmanager
    def batch(
        self, *, max_quads: int | None = None, max_seconds: float | None = None
    ) -> Iterator[None]:
        """Group commit for a batch of writes (see the module docstring): documents written
        inside are committed in groups of whole documents by Oxigraph's bulk loader, and
        the last group when the batch ends, even on an error (each is a whole document).

        max_quads (int): quads (each triple counts twice: its graph and the union) that
            close a group. Defaults to ``GROUP_QUADS``.
        max_seconds (float): age that closes a group, so readers see new documents soon;
            0 turns grouping off (one transaction per document). Defaults to
            :func:`group_seconds`.
        """
        seconds = max_seconds if max_seconds is not None else group_seconds()
        if self._group is not None or seconds <= 0:  # nested (the outer batch commits) or off
            yield
            return
        self._group = _Group(max_quads=max_quads or self.GROUP_QUADS, max_seconds=seconds)
        try:
            yield
        finally:
            try:
                self.commit()
            finally:
                self._group = None

    def pending(self) -> set[URIRef]:
        return set(self._group.iris) if self._group is not None else set()

    GROUP_QUADS = 200_000

    BULK_MIN_QUADS = 20_000
    """A smaller group is one transaction: the bulk loader writes a set of table files per
    call (about 0.2 s however small, and files RocksDB must later merge), so it pays only
    for large groups; documents that arrive slowly make small, time-closed groups."""

    def commit(self) -> None:
        """Write the open group of a batch, if any (one atomic ingestion or transaction)."""
        group = self._group
        if group is None or not group.data:
            return
        data, quads, group.data, group.sources = group.data, group.quads, [], {}
        group.docs, group.iris = set(), set()
        group.quads, group.started = 0, time.monotonic()
        try:
            if quads >= self.BULK_MIN_QUADS:
                self.inner.bulk_load(b"".join(data), format=ox.RdfFormat.N_QUADS)
            else:
                self._load(b"".join(data))
                self._flush_now_and_then(len(data))
        except (SyntaxError, ValueError, OSError):
            # One document Oxigraph cannot read spoils the group: write the others one
            # transaction each, so the error names the document it belongs to.
            for one in data:
                try:
                    self._load(one)
                except (SyntaxError, ValueError, OSError) as err:
                    raise StoreError(f"cannot store a document: {_first_line(err)}") from None

    _FLUSH_EVERY = 100

    def _flush_now_and_then(self, documents: int = 1) -> None:
        """Flush RocksDB's write buffers every ``_FLUSH_EVERY`` documents. Without it a long
        batch grows the process by ~0.9 MB per document (measured: 504 MB flat over 400
        documents with a flush every 50, 787 MB and rising without); the data is durable
        either way."""
        self._writes_since_flush += documents
        if self._writes_since_flush >= self._FLUSH_EVERY:
            self.inner.flush()
            self._writes_since_flush = 0

    def remove(self, doc_iris: Sequence[URIRef]) -> int:
        self.commit()
        return remove_present(self.documents, self.inner.update, doc_iris)

    def union(self) -> Graph:
        """A live view of the store's default graph (the maintained union); queries on it run
        inside Oxigraph. Read-only by convention: writing to it would desynchronise the union
        from the documents. A read-only store written by an old kg (no union yet) is copied
        into an in-memory Oxigraph store once."""
        self.commit()
        store = self._rdflib  # the dataset's own wrapper: closing the dataset releases it
        inner = self.inner
        if not inner.query("ASK { ?s ?p ?o }") and inner.query("ASK { GRAPH ?g { ?s ?p ?o } }"):
            copy = ox.Store()
            copy.extend(q for q in inner if not isinstance(q.graph_name, ox.DefaultGraph))
            _ensure_union(copy)
            store = _wrap(copy)
        return bind_namespaces(_UnionView(store, _BEHIND[store]))

    def dump(self, stream: IO[bytes], fmt: str) -> None:
        """Streamed from Oxigraph (rdflib's serialisers are 10-40x slower at 1M triples)."""
        self.commit()
        inner = self.inner

        def quads() -> Iterator[ox.Quad]:
            for name in inner.named_graphs():
                yield from inner.quads_for_pattern(None, None, None, name)

        ox.serialize(quads(), stream, format=OX_FORMATS[fmt], prefixes=sparql_namespaces())

    def close(self) -> None:
        """Write the open group, flush (so the next reader has no write-ahead log to replay:
        a read-only open of a 1M-triple store took 5.9 s unflushed and 0.06 s flushed), and
        release the store."""
        self.commit()
        if not self.read_only:
            self.inner.flush()
        _BEHIND.pop(self._rdflib, None)  # the registry must not hold the store (and its lock)
        self.dataset.close()


_OX_TYPE = ox.NamedNode(str(RDF.type))
_OX_DOCUMENT = ox.NamedNode(str(KG.Document))
_OX_SOURCE = ox.NamedNode(str(KG.source))


GROUP_SECONDS = 2.0
"""Default age (s) at which a batch's open group is written (``KG_STORE_GROUP_SECONDS``)."""


def group_seconds() -> float:
    """How long a batch may hold written documents before committing them:
    ``KG_STORE_GROUP_SECONDS`` if set (0: one transaction per document, each durable before
    it is reported), else ``GROUP_SECONDS``."""
    raw = os.environ.get("KG_STORE_GROUP_SECONDS", "")
    try:
        return max(0.0, float(raw)) if raw.strip() else GROUP_SECONDS
    except ValueError:
        raise StoreError(f"KG_STORE_GROUP_SECONDS={raw!r}: not a number of seconds") from None


@dataclass
class _Group:
    """Whole documents of a batch not yet written (:meth:`OxigraphGraphStore.batch`), with
    what :meth:`OxigraphGraphStore.documents` must see of them meanwhile."""

    max_quads: int
    max_seconds: float
    data: list[bytes] = field(default_factory=list)
    iris: set[URIRef] = field(default_factory=set)
    docs: set[URIRef] = field(default_factory=set)
    sources: dict[str, set[URIRef]] = field(default_factory=dict)
    quads: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, doc_iri: URIRef, triples: NTriples, data: bytes) -> None:
        if not self.data:
            self.started = time.monotonic()
        self.data.append(data)
        self.iris.add(doc_iri)
        self.quads += 2 * len(triples)
        if f"<{doc_iri}> <{RDF.type}> <{KG.Document}> .\n" in triples.text:
            self.docs.add(doc_iri)
            for source in _objects(triples, doc_iri, KG.source):
                self.sources.setdefault(source, set()).add(doc_iri)

    def full(self) -> bool:
        return self.quads >= self.max_quads or time.monotonic() - self.started >= self.max_seconds

    def documents(self, source: str | None, doc_iri: URIRef | None) -> set[URIRef]:
        """Pending documents matching a :meth:`GraphStore.documents` lookup."""
        if doc_iri is not None:
            return {doc_iri} & self.docs
        return set(self.docs) if source is None else set(self.sources.get(source, ()))


def _objects(triples: NTriples, subject: URIRef, predicate: URIRef) -> list[str]:
    """The values of ``subject``'s ``predicate`` in N-Triples text, read by Oxigraph's parser
    (only the matching lines: a document's source, not its whole graph)."""
    start = f"<{subject}> <{predicate}> "
    lines = [line for line in triples.text.split("\n") if line.startswith(start)]
    found = ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES) if lines else ()
    return [t.object.value for t in found]


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _open_oxigraph(path: Path, *, read_only: bool) -> ox.Store:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: exists and is not an Oxigraph store folder")
    if read_only and not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: not an Oxigraph store (no such store folder)")
    if not read_only and path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        raise StoreError(f"{path}: folder is not empty and is not an Oxigraph store")
    try:
        if read_only:
            return open_read_only(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as err:
        msg = str(err)
        if "lock" in msg.lower():
            raise StoreError(f"{path}: {_LOCKED}") from None
        raise StoreError(f"{path}: cannot open store ({msg.splitlines()[0]})") from None


def _ensure_union(inner: ox.Store) -> None:
    """A store written by another tool has no union in its default graph: build it once."""
    has_default = inner.query("ASK { ?s ?p ?o }")
    has_named = inner.query("ASK { GRAPH ?g { ?s ?p ?o } }")
    if not has_default and has_named:
        inner.update(UNION_FROM_GRAPHS)


# -- files --------------------------------------------------------------------------------
_PARSE_FORMATS = {
    ".ttl": "ox-turtle",
    ".nt": "ox-nt",
    ".nq": "ox-nquads",
    ".trig": "ox-trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def load_store(path: str | Path, *, read_only: bool = True) -> GraphStore:
    """Open a saved graph: an RDF file (by suffix, parsed into memory), an Oxigraph store
    folder (read-only unless ``read_only=False``), or a SPARQL server's URL."""
    if remote.is_url(path):
        return open_store(path, read_only=read_only)
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{p}: no such graph file or store")
    if p.is_dir():
        return open_store(p, read_only=read_only)
    fmt = _PARSE_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(
            f"{p}: unknown graph format {p.suffix or '(none)'}; "
            f"use one of {', '.join(_PARSE_FORMATS)} or a store folder"
        )
    store = MemoryGraphStore(read_only=read_only)
    try:
        if fmt in ("ox-nquads", "ox-trig"):
            store.dataset.parse(p, format=fmt)
        else:
            store.dataset.default_graph.parse(p, format=fmt)
    except Exception as err:  # rdflib and pyoxigraph raise many parser exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"{p}: not valid {fmt.removeprefix('ox-')} ({first})") from None
    return store


def load_graph(path: str | Path, *, read_only: bool = True) -> Dataset:
    """The rdflib Dataset of :func:`load_store`."""
    return load_store(path, read_only=read_only).dataset


def union_graph(store: GraphStore | Dataset) -> Graph:
    """All triples of all documents copied into one in-memory rdflib Graph (deduplicated).

    Costs a full copy; :meth:`GraphStore.union` is a live view where the store has one.
    """
    if isinstance(store, Dataset):
        store = MemoryGraphStore(store)
    g = bind_namespaces(Graph())
    g += store.union()
    return g
