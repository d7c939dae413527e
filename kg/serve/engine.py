"""Query execution with the limits a public endpoint needs, on top of pyoxigraph.

pyoxigraph parses and evaluates SPARQL; this module adds what it lacks for serving:
a wall-clock time limit, a result-size limit, a cap on concurrently running queries,
and refusal of ``SERVICE`` (pyoxigraph ships an HTTP client, so a ``SERVICE`` clause
would make the server fetch arbitrary URLs).

Why a worker thread and not a subprocess: pyoxigraph releases the GIL while it
evaluates, so a slow query in a thread does not stall other requests; the request
thread waits with a deadline and answers 503 when it passes. pyoxigraph (0.5) exposes
no cancellation token, so the worker can only stop *between* results: a query that
streams rows (a cross product, a long scan) stops at the deadline, but one that must
finish before its first row (``ORDER BY``, aggregates over a huge join) keeps one
core busy until it ends. Such runaways hold a slot of ``max_running``; when all slots
are held, new queries get 503 "busy" instead of piling up.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import QueryError
from kg.graph.store import open_read_only

__all__ = [
    "Limits",
    "Outcome",
    "QueryEngine",
    "EndpointError",
    "as_store",
    "merged_store",
    "open_store_readonly",
    "refuse_service",
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
    """Per-query guards: seconds of wall time, rows/triples returned, queries at once."""

    timeout: float = 10.0
    max_results: int = 10_000
    max_running: int = max(2, os.cpu_count() or 2)


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


# --- opening sources ---------------------------------------------------------------


def open_store_readonly(path: str | os.PathLike[str]) -> ox.Store:
    """Open an Oxigraph store read-only (see :func:`kg.graph.store.open_read_only`)."""
    return open_read_only(Path(path))


def as_store(source: Any) -> ox.Store:
    """Give one query engine (Oxigraph's) for every kind of source.

    A pyoxigraph Store is used as is; an rdflib Dataset backed by oxrdflib exposes its
    Oxigraph store, used as is; any other rdflib Graph/Dataset is copied once into an
    in-memory Store (a snapshot: later changes to the rdflib object are not served).
    A path opens the store on disk read-only.
    """
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, os.PathLike)):
        return open_store_readonly(source)
    if isinstance(source, rdflib.Graph):
        inner = getattr(source.store, "_inner", None)
        if isinstance(inner, ox.Store):
            return inner
        return _copy_rdflib(source)
    raise TypeError(
        f"cannot serve a {type(source).__name__}; give a pyoxigraph.Store or rdflib Graph"
    )


def merged_store(source: Any) -> ox.Store:
    """An in-memory copy of ``source`` whose default graph is the RDF merge of all graphs.

    Why not Oxigraph's ``use_default_graph_as_union``: up to 0.5 it yields a triple once
    *per graph holding it* (oxigraph/oxigraph#1919, fixed upstream for 0.6), and in our
    layout every entity is described again in each document graph, so plain SELECTs
    repeat rows and COUNT/SUM are inflated. Materialising the merge (a set) in the
    default graph makes "the graph" of ontology/README.md exact; named graphs stay as they are.
    Costs: one copy at start-up and about twice the data in memory.
    """
    if isinstance(source, rdflib.Graph) and not isinstance(
        getattr(source.store, "_inner", None), ox.Store
    ):
        store = _copy_rdflib(source)  # already a private copy
    else:
        store = ox.Store()  # never write into the caller's (or a read-only) store
        store.extend(as_store(source).quads_for_pattern(None, None, None, None))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
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


# --- SERVICE refusal ---------------------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n\r]*",
    re.S,
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?!\w)", re.I)


def refuse_service(query: str) -> None:
    """Raise if the query contains a ``SERVICE`` clause (it would reach the network).

    A lexical check rather than a parse: strings, IRIs and comments are blanked out
    first so ``"SERVICE"`` in a literal does not count. It errs on the side of
    refusing (e.g. a local name ``ex:a.service``), never of letting one through.
    """
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    if _SERVICE.search(_OPAQUE.sub(" ", text)):
        raise EndpointError("SERVICE (federated query) is not allowed on this endpoint", 400)


# --- execution ---------------------------------------------------------------------


class _Cancelled(Exception):
    """The request gave up on this query; the worker stops iterating."""


@dataclass
class _Job:
    query: str
    dataset: dict[str, Any]
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    outcome: Outcome | None = None
    error: EndpointError | None = None


class QueryEngine:
    """Runs read-only SPARQL queries against one Oxigraph store under ``Limits``."""

    def __init__(self, store: ox.Store, limits: Limits, *, union_option: bool = False) -> None:
        """``union_option``: ask Oxigraph for its union default graph (store not merged)."""
        self.store = store
        self.limits = limits
        self.union_option = union_option
        self._slots = threading.BoundedSemaphore(limits.max_running)

    def run(
        self,
        query: str,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Outcome:
        """Evaluate ``query``; raise EndpointError (with its HTTP status) on any refusal."""
        refuse_service(query)
        job = _Job(query, _dataset_options(default_graphs, named_graphs, self.union_option))
        deadline = time.monotonic() + self.limits.timeout
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise EndpointError(
                f"server busy: {self.limits.max_running} queries already running", 503
            )
        worker = threading.Thread(target=self._work, args=(job,), name="kg-sparql", daemon=True)
        worker.start()
        if not job.done.wait(max(0.0, deadline - time.monotonic())):
            job.cancel.set()
            raise EndpointError(f"query timed out after {self.limits.timeout:g} s", 503)
        if job.error is not None:
            raise job.error
        assert job.outcome is not None
        return job.outcome

    def _work(self, job: _Job) -> None:
        """Worker-thread body: evaluate, materialise, and always free the slot."""
        try:
            job.outcome = self._collect(self.store.query(job.query, **job.dataset), job.cancel)
        except _Cancelled:
            pass
        except EndpointError as exc:
            # A fresh exception: the caught one's traceback pins the pyoxigraph iterator,
            # which must be dropped on this thread (pyoxigraph objects are unsendable).
            job.error = EndpointError(str(exc), exc.status)
        except SyntaxError as exc:
            job.error = EndpointError(f"malformed query: {exc}", 400)
        except (ValueError, TypeError) as exc:
            job.error = EndpointError(f"invalid request: {exc}", 400)
        except Exception as exc:  # noqa: BLE001 - any engine failure becomes a 500 message
            job.error = EndpointError(f"query failed: {exc}", 500)
        finally:
            self._slots.release()
            job.done.set()

    def _collect(self, result: Any, cancel: threading.Event) -> Outcome:
        if isinstance(result, ox.QueryBoolean):
            return Outcome("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(sol[n] for n in names) for sol in self._capped(result, cancel, "rows")]
            return Outcome("select", variables=names, rows=rows)
        return Outcome("graph", triples=list(self._capped(result, cancel, "triples")))

    def _capped(self, items: Any, cancel: threading.Event, unit: str) -> Any:
        """Yield at most ``max_results`` items, stopping as soon as the request gave up."""
        limit = self.limits.max_results
        for count, item in enumerate(items):
            if cancel.is_set():
                raise _Cancelled
            if count >= limit:
                raise EndpointError(
                    f"result too large: more than {limit} {unit}; add a LIMIT to the query", 413
                )
            yield item


def _dataset_options(
    default_graphs: list[str] | None, named_graphs: list[str] | None, union_option: bool
) -> dict[str, Any]:
    """Map the protocol's default-graph-uri/named-graph-uri onto pyoxigraph's options.

    Without them the default graph is "the graph": the store's default graph when it
    holds the merge (merged_store), else Oxigraph's union option.
    """
    options: dict[str, Any] = {"use_default_graph_as_union": True} if union_option else {}
    try:
        if default_graphs:
            options = {"default_graph": [ox.NamedNode(u) for u in default_graphs]}
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(u) for u in named_graphs]
    except ValueError as exc:
        raise EndpointError(f"invalid graph IRI: {exc}", 400) from exc
    return options
