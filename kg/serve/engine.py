"""What the endpoint queries, and how one query is evaluated under the endpoint's limits.

Two kinds of source (see :func:`as_source`):

* an on-disk Oxigraph store written by kg, served **in place**: its default graph already is
  the deduplicated union of the document graphs (kg writes it in the same transaction as
  each document, kg.graph.store), so nothing is copied at start-up, and each worker
  process opens it read-only itself and reopens it when the store's files change, which is
  how documents written after start become visible (Oxigraph's read-only mode is a
  snapshot, and pyoxigraph 0.5 offers no secondary mode that follows a writer);
* anything else (an RDF file, an rdflib Graph/Dataset, a pyoxigraph Store object): copied
  once into an in-memory store whose default graph is the merge of all graphs, which the
  worker processes inherit.

:func:`evaluate` is the body of one request inside a worker: the query gate
(:func:`kg.query.guard.check_query`, with kg's prefixes), content negotiation, evaluation
with a result-size cap, serialisation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import QueryError, StoreError
from kg.graph.layout import UNION_FROM_GRAPHS
from kg.graph.namespace import sparql_namespaces
from kg.graph.store import load_graph, open_read_only, oxigraph_behind
from kg.query.guard import check_query

__all__ = [
    "Limits",
    "Outcome",
    "Source",
    "EndpointError",
    "as_source",
    "evaluate",
    "open_store_readonly",
]


class EndpointError(QueryError):
    """A query the endpoint answers with an HTTP error; ``status`` is that HTTP code."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status


@dataclass(frozen=True)
class Limits:
    """Per-query guards (see kg/serve/README.md, "Errors and limits").

    timeout (float): seconds of wall time before the worker is killed. Defaults to 10.
    max_results (int): rows or triples in one answer. Defaults to 10,000.
    max_running (int): worker processes, i.e. queries evaluated at once. Defaults to the
        CPU count, at least 2.
    max_memory_mb (int): address space a worker may add to what it had at start. 1024.
    """

    timeout: float = 10.0
    max_results: int = 10_000
    max_running: int = max(2, os.cpu_count() or 2)
    max_memory_mb: int = 1024

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise EndpointError(f"timeout must be more than 0 seconds (got {self.timeout:g})")
        if self.max_results < 1 or self.max_running < 1 or self.max_memory_mb < 16:
            raise EndpointError(
                "max_results and max_running must be at least 1, max_memory_mb at least 16"
            )


@dataclass
class Outcome:
    """A fully materialised query result, small enough (``max_results``) to hold in memory.

    ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


# --- sources -----------------------------------------------------------------------


def open_store_readonly(path: str | os.PathLike[str]) -> ox.Store:
    """Open an Oxigraph store read-only (see :func:`kg.graph.store.open_read_only`)."""
    return open_read_only(Path(path))


@dataclass
class Source:
    """What workers query: a store folder (``path``) or an in-memory ``snapshot``."""

    path: Path | None = None
    snapshot: ox.Store | None = None

    def describe(self) -> str:
        return str(self.path) if self.path is not None else "in-memory copy"


def as_source(source: Any) -> Source:
    """Turn what the caller gives into a :class:`Source` (see the module docstring).

    A folder is checked here (cheaply: workers open it), so a path that is not a store
    fails before serving.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            if not (path / "CURRENT").is_file():  # opening it here would cost a WAL replay
                raise StoreError(f"{path}: not an Oxigraph store (no such store folder)")
            return Source(path=path)
        if not path.exists():
            raise StoreError(f"{path}: no such graph file or store")
        return Source(snapshot=_merged(_copy_rdflib(load_graph(path))))
    if isinstance(source, ox.Store):
        store = ox.Store()  # never write into the caller's (possibly read-only) store
        store.extend(source.quads_for_pattern(None, None, None, None))
        return Source(snapshot=_merged(store))
    if isinstance(source, rdflib.Graph):
        inner = oxigraph_behind(source)
        if inner is not None:
            return as_source(inner)
        return Source(snapshot=_merged(_copy_rdflib(source)))
    raise TypeError(
        f"cannot serve a {type(source).__name__}; give a store folder, an RDF file, "
        "a pyoxigraph.Store or an rdflib Graph"
    )


def _merged(store: ox.Store) -> ox.Store:
    """Add the RDF merge of all named graphs to the default graph ("the graph")."""
    store.update(UNION_FROM_GRAPHS)  # candidate graphs stay out of "the graph"
    return store


def _copy_rdflib(graph: rdflib.Graph) -> ox.Store:
    """Copy an rdflib graph or dataset, quad by quad, into an in-memory Oxigraph store."""
    store = ox.Store()
    if isinstance(graph, rdflib.Dataset):
        quads = (
            _to_ox_quad(s, p, o, ctx) for s, p, o, ctx in graph.quads((None, None, None, None))
        )
    else:
        quads = (_to_ox_quad(s, p, o, None) for s, p, o in graph)
    store.extend(quads)
    return store


def _to_ox_quad(s: Any, p: Any, o: Any, ctx: Any) -> ox.Quad:
    ident = getattr(ctx, "identifier", ctx)
    if ident is None or ident == DATASET_DEFAULT_GRAPH_ID:
        graph: Any = ox.DefaultGraph()
    else:
        graph = _to_ox_term(ident)
    return ox.Quad(_to_ox_term(s), _to_ox_term(p), _to_ox_term(o), graph)


def _to_ox_term(term: Any) -> Any:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported RDF term {term!r}")


# --- one query ---------------------------------------------------------------------


def evaluate(
    store: ox.Store,
    query: str,
    accept: str | None,
    default_graphs: list[str] | None,
    named_graphs: list[str] | None,
    max_results: int,
) -> tuple[str, bytes]:
    """Check, run and serialise one query: ``(media type, body)``; EndpointError if refused."""
    from kg.serve.results import negotiate, render  # results imports this module

    try:
        checked = check_query(query)
    except QueryError as err:
        raise EndpointError(str(err), 400) from None
    kind = {"ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}.get(checked.form, "select")
    media = negotiate(accept, kind)
    options = _dataset_options(default_graphs, named_graphs)
    try:
        result = store.query(checked.text, prefixes=sparql_namespaces(), **options)
        outcome = _collect(result, max_results)
    except SyntaxError as exc:
        raise EndpointError(f"malformed query: {exc}", 400) from None
    except (ValueError, TypeError) as exc:
        raise EndpointError(f"invalid request: {exc}", 400) from None
    return media, render(outcome, media)


def _collect(result: Any, limit: int) -> Outcome:
    if isinstance(result, ox.QueryBoolean):
        return Outcome("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [tuple(sol[n] for n in names) for sol in _capped(result, limit, "rows")]
        return Outcome("select", variables=names, rows=rows)
    return Outcome("graph", triples=list(_capped(result, limit, "triples")))


def _capped(items: Any, limit: int, unit: str) -> Any:
    """Yield at most ``limit`` items; one more is a 413, not a silent truncation."""
    for count, item in enumerate(items):
        if count >= limit:
            raise EndpointError(
                f"result too large: more than {limit} {unit}; add a LIMIT to the query", 413
            )
        yield item


def _dataset_options(
    default_graphs: list[str] | None, named_graphs: list[str] | None
) -> dict[str, Any]:
    """Map the protocol's default-graph-uri/named-graph-uri onto pyoxigraph's options.

    Without them the default graph is "the graph": the store's default graph, which holds
    the merge of the document graphs.
    """
    options: dict[str, Any] = {}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(u) for u in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(u) for u in named_graphs]
    except ValueError as exc:
        raise EndpointError(f"invalid graph IRI: {exc}", 400) from None
    return options
