"""A shared graph on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB), so a
team builds and queries one graph: ``KnowledgeGraph(store="http://host:7878")`` or
``kg build ... --store http://host:7878``.

Endpoints. The URL is the server's base or its query endpoint; the others follow from its shape:

- ``http://h:7878`` (no path: Oxigraph server): query ``/query``, update ``/update``, Graph
  Store (GSP) ``/store``;
- ``http://h:3030/ds`` (a dataset path: Fuseki): ``/ds/query``, ``/ds/update``, ``/ds/data``;
- ``http://h:7200/repositories/r`` (GraphDB): the URL itself, ``.../statements``,
  ``.../rdf-graphs/service``;
- any of these ending in ``/query`` or ``/sparql``: that URL queries, the others follow its base.

Anything else is set with the keyword arguments ``query_endpoint``, ``update_endpoint`` and
``gsp_endpoint`` of :class:`kg.KnowledgeGraph` (each a full URL, overriding the guess).

Layout: as in the local stores, one named graph per document (graph IRI = document IRI), and the
server's *default graph* holds the deduplicated union of all documents. Why a maintained union
rather than the server's own "union default graph": Oxigraph's (``--union-default-graph``, and
``FROM <a> FROM <b>`` as well) is a bag (oxigraph#1919): a triple stated by two documents comes
back twice, so ``KnowledgeGraph.query()`` would not give the rows the local stores give; and
rewriting a user's query into ``GRAPH ?g { ... }`` with DISTINCT is wrong in general (a join
across two documents matches in no single graph; a non-DISTINCT SELECT may legitimately repeat
rows). So queries run unchanged on the default graph, on every server. The server must therefore
*not* answer default-graph queries with the union of all graphs: start Oxigraph without
``--union-default-graph`` (kg refuses a store where it sees documents counted twice); Fuseki's
``tdb2:unionDefaultGraph`` is harmless (its union is a set); GraphDB's default graph includes all
named graphs and is untested.

Writes: each document is one SPARQL Update request — drop the graphs it replaces (removing from
the union what no other document states), ``INSERT DATA`` into its graph, copy that graph into the
union — and one update request is one transaction on these servers, so a killed build or a
failed request leaves the server as before that document. A Graph Store ``PUT`` of the document
graph would be atomic too, but the union copy would then need a second request, and a failure
between the two would leave the union without the document. The Graph Store protocol serves
reads of whole document graphs (``.nq``/``.trig`` exports). kg takes no lock on the server: the
server serialises requests, and a document's identity is its content hash, so two members adding
the same text both see it end up there once.

Every network failure (server down, HTTP 4xx/5xx, timeout) is a one-line
:class:`~kg.errors.StoreError` naming the URL; a query the server rejects as malformed (HTTP 400
from the query endpoint) is a :class:`~kg.errors.QueryError`.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from io import BytesIO
from typing import IO, Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.graph.iri import candidates_iri
from kg.graph.layout import (
    OX_FORMATS,
    UNION_FROM_GRAPHS,
    as_ntriples,
    drop_update,
    remove_present,
)
from kg.graph.namespace import KG, bind_namespaces, sparql_namespaces
from kg.graph.sink import NTriples

__all__ = [
    "DEFAULT_TIMEOUT",
    "Endpoints",
    "RemoteGraphStore",
    "RemoteStore",
    "SparqlServer",
    "endpoints",
    "is_url",
    "open_remote",
]

DEFAULT_TIMEOUT = 60.0  # seconds per request: a big document's update can take a while
_RESULTS = "application/sparql-results+json"
_GRAPH_TYPES = {
    "application/n-triples": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
}
_ACCEPT = f"{_RESULTS}, application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.7"


def is_url(store: object) -> bool:
    """True for an ``http(s)://`` store string (a :class:`~pathlib.Path` never is one: it would
    have collapsed the ``//``)."""
    return isinstance(store, str) and store.lower().startswith(("http://", "https://"))


# -- endpoints ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Endpoints:
    """The three URLs kg talks to on one server."""

    query: str
    update: str
    gsp: str


def endpoints(
    url: str,
    *,
    query_endpoint: str | None = None,
    update_endpoint: str | None = None,
    gsp_endpoint: str | None = None,
) -> Endpoints:
    """The endpoints for ``url`` by the conventions of the module docstring; explicit ones win."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{url}: not an http(s) URL of a SPARQL server")
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    is_query = last in ("query", "sparql") and not head.endswith("/repositories")
    query_path = path if is_query else None
    base = head if query_path is not None else path

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    guess = _guess(base)
    return Endpoints(
        query=query_endpoint or at(query_path or guess[0]),
        update=update_endpoint or at(guess[1]),
        gsp=gsp_endpoint or at(guess[2]),
    )


def _guess(base: str) -> tuple[str, str, str]:
    """Query, update and GSP paths for a server base path (Oxigraph, GraphDB, else Fuseki)."""
    if not base:
        return "/query", "/update", "/store"
    if "/repositories/" in f"{base}/" and base.rsplit("/", 1)[-1] != "repositories":
        return base, f"{base}/statements", f"{base}/rdf-graphs/service"
    return f"{base}/query", f"{base}/update", f"{base}/data"


# -- HTTP ---------------------------------------------------------------------------------
class SparqlServer:
    """HTTP to one server; every failure becomes a one-line error naming the URL."""

    def __init__(self, where: Endpoints, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.endpoints = where
        self.timeout = timeout

    def query(self, sparql: str, *, default_graph: str | None = None) -> Result:
        """Run a query (form-encoded POST, so long queries fit); parse the answer as rdflib's
        :class:`~rdflib.query.Result` (rows, boolean, or a graph for CONSTRUCT/DESCRIBE)."""
        fields = {"query": sparql}
        if default_graph is not None:
            fields["default-graph-uri"] = default_graph
        body, ctype = self._send(
            self.endpoints.query,
            urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
            bad_request=QueryError,
        )
        return _parse_result(body, ctype)

    def rows(self, sparql: str) -> list[dict[str, Any]]:
        """SELECT rows as dicts of rdflib terms (unbound variables left out)."""
        result = self.query(sparql)
        return [
            {str(k): v for k, v in row.asdict().items()}
            for row in result  # type: ignore[union-attr]
        ]

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql).askAnswer)

    def update(self, sparql: str) -> None:
        """One SPARQL Update request: one transaction on the server."""
        self._send(
            self.endpoints.update,
            sparql.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def get_graph(self, graph: str) -> bytes:
        """One named graph as N-Triples, through the Graph Store protocol."""
        url = f"{self.endpoints.gsp}?{urlencode({'graph': graph})}"
        body, _ = self._send(url, None, {"Accept": "application/n-triples"})
        return body

    def _send(
        self,
        url: str,
        data: bytes | None,
        headers: dict[str, str],
        *,
        bad_request: type[Exception] = StoreError,
    ) -> tuple[bytes, str]:
        """GET (no data) or POST; returns the body and its media type."""
        where = url.split("?", 1)[0]
        try:
            with urlopen(Request(url, data=data, headers=headers), timeout=self.timeout) as resp:
                ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return resp.read(), ctype
        except HTTPError as err:
            detail = _one_line(err.read().decode("utf-8", "replace")) or err.reason
            kind = bad_request if err.code == 400 else StoreError
            raise kind(f"{where}: HTTP {err.code} ({detail})") from None
        except URLError as err:
            raise StoreError(f"{where}: cannot reach the SPARQL server ({err.reason})") from None
        except TimeoutError:
            raise StoreError(f"{where}: no answer within {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as err:
            raise StoreError(f"{where}: {_one_line(str(err)) or type(err).__name__}") from None


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _parse_result(body: bytes, ctype: str) -> Result:
    """A SPARQL results document, or an RDF graph (CONSTRUCT/DESCRIBE) wrapped as a Result."""
    fmt = _GRAPH_TYPES.get(ctype)
    if fmt is None:
        return Result.parse(BytesIO(body), content_type=ctype or _RESULTS)
    result = Result("CONSTRUCT")
    result.graph = bind_namespaces(Graph().parse(data=body, format=fmt))
    return result


# -- the rdflib store ---------------------------------------------------------------------
class RemoteStore(SPARQLStore):
    """rdflib's read-only SPARQL store, with kg's HTTP (timeouts, one-line errors).

    ``context_aware=True`` backs the :class:`~rdflib.Dataset` (``ds.graph(doc)`` reads that
    document's graph via ``default-graph-uri``); ``False`` backs the union view, whose queries
    go to the server's default graph unchanged. Writes do not go through rdflib: see
    :class:`RemoteGraphStore`, which sends one update per document.
    """

    def __init__(self, server: SparqlServer, *, context_aware: bool = True) -> None:
        super().__init__(
            query_endpoint=server.endpoints.query,
            context_aware=context_aware,
            returnFormat="json",
        )
        self.server = server

    def _query(self, query: str, default_graph: object = None, **_: object) -> Result:  # type: ignore[override]
        graph = None if default_graph is None or isinstance(default_graph, BNode) else default_graph
        return self.server.query(query, default_graph=None if graph is None else str(graph))

    def add_graph(self, graph: Graph) -> None:
        """A named graph exists through its triples: nothing to create (``ds.graph(iri)``)."""


# -- opening ------------------------------------------------------------------------------
def open_remote(
    url: str,
    *,
    read_only: bool = False,
    query_endpoint: str | None = None,
    update_endpoint: str | None = None,
    gsp_endpoint: str | None = None,
    timeout: float | None = None,
) -> RemoteGraphStore:
    """The store on the server at ``url``; checks at once that it answers and is laid out as kg
    expects, so a wrong URL fails here and not halfway through a batch."""
    where = endpoints(
        url,
        query_endpoint=query_endpoint,
        update_endpoint=update_endpoint,
        gsp_endpoint=gsp_endpoint,
    )
    server = SparqlServer(where, timeout=timeout or DEFAULT_TIMEOUT)
    _check_union(server, url)
    if not read_only:
        _ensure_union(server)
    return RemoteGraphStore(server, read_only=read_only)


_DOUBLED = f"""SELECT ?d (COUNT(*) AS ?n) WHERE {{ ?d a <{KG.Document}> }}
GROUP BY ?d HAVING (COUNT(*) > 1) LIMIT 1"""


def _check_union(server: SparqlServer, url: str) -> None:
    """Refuse a server whose default graph is a bag union of all graphs: every document node
    would be counted twice (its graph and kg's union copy), and so would every row."""
    if server.rows(_DOUBLED):
        raise StoreError(
            f"{url}: the server's default graph repeats the documents' triples (started with "
            "--union-default-graph?); kg keeps its own union there: restart it without"
        )


def _ensure_union(server: SparqlServer) -> None:
    """Documents written by another tool have no union copy yet: build it once."""
    if not server.ask("ASK { ?s ?p ?o }") and server.ask("ASK { GRAPH ?g { ?s ?p ?o } }"):
        server.update(UNION_FROM_GRAPHS)


# -- the store ----------------------------------------------------------------------------
class RemoteGraphStore:
    """A :class:`kg.graph.store.GraphStore` on a SPARQL server: every read is a query, every
    write one update request (one transaction on the server)."""

    def __init__(self, server: SparqlServer, *, read_only: bool = False) -> None:
        self.server = server
        self.read_only = read_only
        self.dataset = bind_namespaces(Dataset(store=RemoteStore(server), default_union=False))

    def documents(
        self, *, source: str | None = None, doc_iri: URIRef | None = None
    ) -> list[URIRef]:
        """Graphs holding their own document node, by source or by IRI (sorted)."""
        server = self.server
        if doc_iri is not None:
            has = server.ask(f"ASK {{ GRAPH <{doc_iri}> {{ <{doc_iri}> a <{KG.Document}> }} }}")
            return [doc_iri] if has else []
        pattern = f"?d a <{KG.Document}>" if source is None else f"?d <{KG.source}> {_lit(source)}"
        rows = server.rows(f"SELECT DISTINCT ?d WHERE {{ GRAPH ?d {{ {pattern} }} }} ORDER BY ?d")
        return [URIRef(str(r["d"])) for r in rows]

    def document_count(self) -> int:
        rows = self.server.rows(
            f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?d {{ ?d a <{KG.Document}> }} }}"
        )
        return int(rows[0]["n"]) if rows else 0

    def write(
        self,
        doc_iri: URIRef,
        triples: Iterable[tuple] | NTriples,
        *,
        replace: Sequence[URIRef] = (),
    ) -> None:
        """One update request: drop the replaced documents, the document's graph, and its
        copy into the union."""
        body = as_ntriples(triples).text
        parts = [drop_update(replace)] if replace else []
        parts += [
            f"INSERT DATA {{ GRAPH <{doc_iri}> {{ {body} }} }}",
            f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{doc_iri}> {{ ?s ?p ?o }} }}",
        ]
        self.server.update(" ;\n".join(parts))

    def write_candidates(self, doc_iri: URIRef, triples: Iterable[tuple] | NTriples) -> None:
        """One update request: the candidate graph alone, not copied into the union."""
        body = as_ntriples(triples).text
        self.server.update(f"INSERT DATA {{ GRAPH <{candidates_iri(doc_iri)}> {{ {body} }} }}")

    def batch(self) -> AbstractContextManager[None]:
        """Every write is its own request: the server keeps no group open for kg."""
        return nullcontext()

    def pending(self) -> set[URIRef]:
        return set()

    def remove(self, doc_iris: Sequence[URIRef]) -> int:
        return remove_present(self.documents, self.server.update, doc_iris)

    def union(self) -> Graph:
        """The union (the server's default graph) as a live rdflib Graph: every query, ``len``
        and triple pattern is one request; nothing is copied."""
        store = RemoteStore(self.server, context_aware=False)
        return bind_namespaces(Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID))

    def dump(self, stream: IO[bytes], fmt: str) -> None:
        """Every document graph and candidate graph, fetched one at a time through the Graph
        Store protocol."""
        server = self.server
        rows = server.rows(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG.CandidateGraph}> }} }} ORDER BY ?g"
        )
        candidates = [URIRef(str(r["g"])) for r in rows]

        def quads() -> Iterator[ox.Quad]:
            for name in [*self.documents(), *candidates]:
                graph = ox.NamedNode(str(name))
                for t in ox.parse(server.get_graph(str(name)), format=ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(t.subject, t.predicate, t.object, graph)

        ox.serialize(quads(), stream, format=OX_FORMATS[fmt], prefixes=sparql_namespaces())

    def close(self) -> None:
        self.dataset.close()


def _lit(text: str) -> str:
    return Literal(text).n3()
