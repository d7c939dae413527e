"""Where the graph lives: rdflib's memory store for a few documents, Oxigraph on disk (through
oxrdflib, so the rdflib API stays) for anything persistent.

Every document is one named graph; the union of the named graphs is the knowledge graph.

Why the Oxigraph store also keeps the union in its *default graph*: Oxigraph 0.5 evaluates
"default graph = union of named graphs" as a bag (oxigraph#1919), and in our layout every entity
is described again in each document graph, so counts and plain SELECTs would repeat rows. Query
rewriting cannot fix that in general (a non-DISTINCT SELECT may legitimately repeat rows), and
copying the union into memory costs seconds per 100k triples on every open. So kg maintains the
deduplicated union as the default graph, in the same transaction as each document write or
removal; queries then run on the store, with no copy, and ``GRAPH ?g`` still reaches documents.
Exports of named graphs (.nq, .trig) skip the default graph.

Every write of one document is one Oxigraph transaction (``Store.extend`` or one SPARQL update
request): a process killed mid-ingest leaves the store as it was before that document.

A ``store`` that is an ``http(s)://`` URL is a SPARQL 1.1 server with the same layout; each
function below hands such a dataset to :mod:`kg.graph.remote` in its first lines ("remote:").
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from oxrdflib._converter import to_ox
from oxrdflib.store import OxigraphStore
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import StoreError
from kg.graph import remote
from kg.graph.namespace import KG, RDF, bind_namespaces, sparql_namespaces

__all__ = [
    "open_dataset",
    "union_graph",
    "union_view",
    "load_graph",
    "oxigraph_of",
    "open_read_only",
    "find_documents",
    "document_count",
    "write_document",
    "remove_documents",
    "dump_named_graphs",
]

_LOCKED = "store is locked by another process"


# -- opening ------------------------------------------------------------------------------
def open_dataset(
    store: str | Path | None = None, *, read_only: bool = False, **server: Any
) -> Dataset:
    """A union-default Dataset in memory (``store=None``) or in an Oxigraph folder.

    ``read_only=True`` opens an existing store without its write lock (RocksDB secondary
    mode), so queries work while another process writes; it sees the store as it was when
    opened. A second writer gets ``StoreError("...: store is locked by another process")``.
    An ``http(s)://`` store is a SPARQL server; ``server`` holds the keyword arguments of
    :func:`kg.graph.remote.open_remote` (endpoints, timeout).
    """
    if remote.is_url(store):  # remote:
        return remote.open_remote(str(store), read_only=read_only, **server)
    if store is None or str(store) in ("", "Memory", ":memory:"):
        return bind_namespaces(Dataset(default_union=True))
    inner = _open_oxigraph(Path(store), read_only=read_only)
    ds = Dataset(store=OxigraphStore(store=inner), default_union=True)
    bind_namespaces(ds)
    if not read_only:
        _ensure_union(inner)
    return ds


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


def open_read_only(path: str | Path, attempts: int = 5) -> ox.Store:
    """Open an Oxigraph store without taking its write lock, so a writer can keep it.

    The one read-only opener for every reader (query, view, serve). A read-only open can
    catch a writer rewriting its file list (RocksDB reports "Corruption ... No such file");
    the next attempt reads the new list.
    """
    path = Path(path)
    if not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: not an Oxigraph store (no such store folder)")
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as err:
            if attempt == attempts - 1:
                raise StoreError(f"{path}: cannot open store read-only ({err})") from None
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def oxigraph_of(ds: Graph) -> ox.Store | None:
    """The pyoxigraph Store behind an oxrdflib-backed Dataset/Graph, else ``None``."""
    inner = getattr(ds.store, "_store", None)
    return inner if isinstance(inner, ox.Store) else None


def _ensure_union(inner: ox.Store) -> None:
    """Stores written by kg < 0.2 have no union in the default graph: build it once."""
    has_default = inner.query("ASK { ?s ?p ?o }")
    has_named = inner.query("ASK { GRAPH ?g { ?s ?p ?o } }")
    if not has_default and has_named:
        inner.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


# -- the union ----------------------------------------------------------------------------
def union_graph(ds: Dataset) -> Graph:
    """All triples of all documents copied into one in-memory rdflib Graph (deduplicated).

    Costs a full copy; for an Oxigraph store prefer :func:`union_view`.
    """
    g = Graph()
    bind_namespaces(g)
    inner = oxigraph_of(ds)
    if inner is not None or remote.remote_of(ds) is not None:
        g += union_view(ds)
        return g
    for ctx in ds.graphs():
        if isinstance(ctx.identifier, URIRef) or len(ctx):
            for triple in ctx:
                g.add(triple)
    return g


def union_view(ds: Dataset) -> Graph:
    """The union as an rdflib Graph, without copying when the store can avoid it.

    Oxigraph: a live view of the store's default graph (the maintained union); queries on it
    run inside Oxigraph. It is read-only by convention: writing to it would desynchronise the
    union from the documents. A read-only store written by an old kg (no union yet) is copied
    into an in-memory Oxigraph store once. Memory: a copy (see :func:`union_graph`).
    """
    if (server := remote.remote_of(ds)) is not None:  # remote:
        return remote.union_view(server)
    inner = oxigraph_of(ds)
    if inner is None:
        return union_graph(ds)
    store = ds.store  # the dataset's own wrapper: closing the dataset releases the store
    if not inner.query("ASK { ?s ?p ?o }") and inner.query("ASK { GRAPH ?g { ?s ?p ?o } }"):
        copy = ox.Store()
        copy.extend(q for q in inner if not isinstance(q.graph_name, ox.DefaultGraph))
        _ensure_union(copy)
        store = OxigraphStore(store=copy)
    view = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    return bind_namespaces(view)


# -- documents ----------------------------------------------------------------------------
def find_documents(
    ds: Dataset, *, source: str | None = None, doc_iri: URIRef | None = None
) -> list[URIRef]:
    """Document graphs holding a complete document node, by source or by IRI (sorted)."""
    if (server := remote.remote_of(ds)) is not None:  # remote:
        return remote.find_documents(server, source=source, doc_iri=doc_iri)
    if doc_iri is not None:
        return [doc_iri] if _has_document(ds, doc_iri) else []
    if source is None:
        return sorted(_all_documents(ds))
    found = {
        s
        for s, _, _, ctx in ds.quads((None, KG.source, Literal(source), None))
        if _context_id(ctx) == s
    }
    return sorted(found)


def document_count(ds: Dataset) -> int:
    """Number of documents (named graphs with their kg:Document node)."""
    if (server := remote.remote_of(ds)) is not None:  # remote:
        return remote.document_count(server)
    return len(_all_documents(ds))


def _all_documents(ds: Dataset) -> set[URIRef]:
    return {
        s for s, _, _, ctx in ds.quads((None, RDF.type, KG.Document, None)) if _context_id(ctx) == s
    }


def _has_document(ds: Dataset, doc_iri: URIRef) -> bool:
    return (doc_iri, RDF.type, KG.Document) in ds.graph(doc_iri)


def _context_id(ctx: object) -> object:
    return getattr(ctx, "identifier", ctx)


def write_document(
    ds: Dataset, doc_iri: URIRef, triples: Graph, *, replace: Sequence[URIRef] = ()
) -> None:
    """Store one document's graph, dropping the graphs in ``replace``, as one transaction."""
    if (server := remote.remote_of(ds)) is not None:  # remote: one update request
        remote.write_document(server, doc_iri, triples, _drop_update(replace) if replace else "")
        return
    inner = oxigraph_of(ds)
    if inner is None:
        _drop_memory(ds, replace)
        target = ds.graph(doc_iri)
        target.addN((s, p, o, target) for s, p, o in triples)
        return
    graph = to_ox(doc_iri)
    ox_triples = [to_ox(t) for t in triples]
    if not replace:
        inner.extend(_quads(ox_triples, graph))
        _flush_now_and_then(inner)
        return
    body = " .\n".join(str(t) for t in ox_triples)
    inner.update(
        f"{_drop_update(replace)} ;\n"
        f"INSERT DATA {{ GRAPH {graph} {{ {body} }} }} ;\n"
        f"INSERT DATA {{ {body} }}"
    )


_FLUSH_EVERY = 100
_writes_since_flush: dict[int, int] = {}


def _flush_now_and_then(inner: ox.Store) -> None:
    """Flush RocksDB's write buffers every ``_FLUSH_EVERY`` documents. Without it a long batch
    grows the process by ~0.9 MB per document (measured: 504 MB flat over 400 documents with
    a flush every 50, 787 MB and rising without); the data is already durable either way."""
    key = id(inner)
    _writes_since_flush[key] = _writes_since_flush.get(key, 0) + 1
    if _writes_since_flush[key] >= _FLUSH_EVERY:
        inner.flush()
        _writes_since_flush[key] = 0


def _quads(triples: list[ox.Triple], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Each triple into its document graph and into the union (the default graph)."""
    default = ox.DefaultGraph()
    for t in triples:
        yield ox.Quad(t.subject, t.predicate, t.object, graph)
        yield ox.Quad(t.subject, t.predicate, t.object, default)


def remove_documents(ds: Dataset, doc_iris: Sequence[URIRef]) -> int:
    """Drop the named graphs ``doc_iris`` (one transaction); triples that only they supported
    leave the union. Returns how many document graphs were dropped."""
    present = [d for d in doc_iris if find_documents(ds, doc_iri=d)]
    if not present:
        return 0
    inner = oxigraph_of(ds)
    if (server := remote.remote_of(ds)) is not None:  # remote:
        server.update(_drop_update(present))
    elif inner is None:
        _drop_memory(ds, present)
    else:
        inner.update(_drop_update(present))
    return len(present)


def _drop_memory(ds: Dataset, doc_iris: Iterable[URIRef]) -> None:
    for d in doc_iris:
        ds.remove_graph(ds.graph(d))


def _drop_update(doc_iris: Sequence[URIRef]) -> str:
    """SPARQL update: remove from the union what no other document states, then the graphs."""
    listed = ", ".join(f"<{d}>" for d in doc_iris)
    parts = [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{d}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({listed})) }} }}"
        for d in doc_iris
    ]
    parts += [f"DROP SILENT GRAPH <{d}>" for d in doc_iris]
    return " ;\n".join(parts)


# -- files --------------------------------------------------------------------------------
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def dump_named_graphs(ds: Dataset, stream: IO[bytes], fmt: str) -> None:
    """Write every document graph (not the union copy in the default graph) as N-Quads or
    TriG, streaming from Oxigraph (rdflib's serialisers are 10-40x slower at 1M triples)."""
    if (server := remote.remote_of(ds)) is not None:  # remote:
        remote.dump_named_graphs(server, stream, _OX_FORMATS[fmt])
        return
    inner = oxigraph_of(ds)
    if inner is None:
        ds.serialize(destination=stream, format=fmt)
        return

    def quads() -> Iterator[ox.Quad]:
        for name in inner.named_graphs():
            yield from inner.quads_for_pattern(None, None, None, name)

    ox.serialize(quads(), stream, format=_OX_FORMATS[fmt], prefixes=sparql_namespaces())


_PARSE_FORMATS = {
    ".ttl": "ox-turtle",
    ".nt": "ox-nt",
    ".nq": "ox-nquads",
    ".trig": "ox-trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def load_graph(path: str | Path, *, read_only: bool = True) -> Dataset:
    """Open a saved graph: an RDF file (by suffix, parsed into memory) or an Oxigraph store
    folder (read-only unless ``read_only=False``), or a SPARQL server's URL."""
    if remote.is_url(path):  # remote:
        return open_dataset(path, read_only=read_only)
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{p}: no such graph file or store")
    if p.is_dir():
        return open_dataset(p, read_only=read_only)
    fmt = _PARSE_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(
            f"{p}: unknown graph format {p.suffix or '(none)'}; "
            f"use one of {', '.join(_PARSE_FORMATS)} or a store folder"
        )
    ds = open_dataset(None)
    try:
        if fmt in ("ox-nquads", "ox-trig"):
            ds.parse(p, format=fmt)
        else:
            ds.default_graph.parse(p, format=fmt)
    except Exception as err:  # rdflib and pyoxigraph raise many parser exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"{p}: not valid {fmt.removeprefix('ox-')} ({first})") from None
    return ds
