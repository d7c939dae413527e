"""Where the graph lives: rdflib's memory store for a few documents, Oxigraph on disk (through
oxrdflib, so the rdflib API stays) for anything persistent.

Every document is one named graph; the union of the named graphs is the knowledge graph.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.errors import StoreError
from kg.graph.namespace import bind_namespaces

__all__ = ["open_dataset", "union_graph", "load_graph"]


def open_dataset(store: str | Path | None = None) -> Dataset:
    """A union-default Dataset in memory (``store=None``) or in an Oxigraph folder."""
    if store is None or str(store) in ("", "Memory", ":memory:"):
        ds = Dataset(default_union=True)
    else:
        path = Path(store)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: exists and is not an Oxigraph store folder")
        try:
            ds = Dataset(store="Oxigraph", default_union=True)
            ds.open(str(path), create=True)
        except OSError as err:
            msg = str(err)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: store is locked by another process") from None
            raise StoreError(f"{path}: cannot open store ({msg})") from None
    return bind_namespaces(ds)


def union_graph(ds: Dataset) -> Graph:
    """All triples of all documents in one rdflib Graph (duplicates across documents merged)."""
    g = Graph()
    bind_namespaces(g)
    for ctx in ds.graphs():
        if isinstance(ctx.identifier, URIRef) or len(ctx):
            for triple in ctx:
                g.add(triple)
    return g


_PARSE_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def load_graph(path: str | Path) -> Dataset:
    """Open a saved graph: an RDF file (by suffix) or an Oxigraph store folder."""
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{p}: no such graph file or store")
    if p.is_dir():
        return open_dataset(p)
    fmt = _PARSE_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(
            f"{p}: unknown graph format {p.suffix or '(none)'}; "
            f"use one of {', '.join(_PARSE_FORMATS)} or a store folder"
        )
    ds = open_dataset(None)
    try:
        if fmt in ("nquads", "trig"):
            ds.parse(p, format=fmt)
        else:
            ds.default_graph.parse(p, format=fmt)
    except Exception as err:  # rdflib raises many parser exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"{p}: not valid {fmt} ({first})") from None
    return ds
