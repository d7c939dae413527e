"""The WSGI application: SPARQL 1.1 Protocol (query only) plus a query page.

Plain WSGI keeps the endpoint free of a web framework: the protocol is three request
shapes (GET, POST form, POST sparql-query) and a handful of error codes. Every error
leaves as a one-line text/plain message; nothing raised inside reaches the client as a
traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from kg.errors import OutputError
from kg.serve.engine import EndpointError, Limits, QueryEngine, as_store, merged_store
from kg.serve.results import negotiate, render

__all__ = ["make_app", "SparqlApp"]

MAX_BODY = 1 << 20  # 1 MiB of query text is far more than any real query
StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class _Reply(Exception):
    """Short-circuit to an HTTP reply from deep inside request parsing."""

    def __init__(self, status: int, body: bytes, ctype: str, extra: list | None = None) -> None:
        super().__init__(status)
        self.status, self.body, self.ctype, self.extra = status, body, ctype, extra or []


_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def _text(status: int, message: str, extra: list | None = None) -> _Reply:
    return _Reply(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", extra)


class SparqlApp:
    """Routes ``/``, ``/sparql`` and ``/graph.html`` over one QueryEngine."""

    def __init__(self, engine: QueryEngine, html: Path | None) -> None:
        self.engine = engine
        self.html = html
        self.page = resources.files("kg.serve").joinpath("query.html").read_bytes()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            reply = self._route(environ)
        except _Reply as r:
            reply = r
        except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks out
            reply = _text(500, f"internal error: {type(exc).__name__}: {exc}")
        headers = [
            ("Content-Type", reply.ctype),
            ("Content-Length", str(len(reply.body))),
            ("X-Content-Type-Options", "nosniff"),
            *reply.extra,
        ]
        start_response(f"{reply.status} {_REASONS.get(reply.status, '')}".rstrip(), headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else reply.body]

    def _route(self, environ: dict[str, Any]) -> _Reply:
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET")
        if path == "/sparql":
            return self._sparql(environ, method)
        if method not in ("GET", "HEAD"):
            raise _text(405, f"{method} not allowed on {path}", [("Allow", "GET, HEAD")])
        if path in ("/", "/index.html"):
            return _Reply(
                200, self.page, "text/html; charset=utf-8", [("Content-Security-Policy", _CSP)]
            )
        if path == "/graph.html" and self.html is not None:
            return self._graph_html()
        raise _text(404, f"not found: {path} (the SPARQL endpoint is /sparql)")

    def _graph_html(self) -> _Reply:
        """Read the view on every request, so a rebuilt file is served without restart."""
        try:
            body = self.html.read_bytes()  # type: ignore[union-attr]
        except OSError as exc:
            raise _text(404, f"HTML view unavailable: {exc.strerror}") from exc
        return _Reply(200, body, "text/html; charset=utf-8")

    def _sparql(self, environ: dict[str, Any], method: str) -> _Reply:
        params = _request_params(environ, method)
        if "update" in params:
            raise _text(403, "this endpoint is read-only: SPARQL Update is not accepted")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise _text(400, "give exactly one non-empty 'query' parameter (SPARQL 1.1 Protocol)")
        try:
            outcome = self.engine.run(
                queries[0], params.get("default-graph-uri"), params.get("named-graph-uri")
            )
            media = negotiate(environ.get("HTTP_ACCEPT"), outcome.kind)
        except EndpointError as exc:
            raise _text(exc.status, str(exc)) from exc
        body = render(outcome, media)
        return _Reply(200, body, f"{media}; charset=utf-8", [("Vary", "Accept")])


_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)


def _request_params(environ: dict[str, Any], method: str) -> dict[str, list[str]]:
    """Collect protocol parameters from the URL and, for POST, from the body."""
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if method in ("GET", "HEAD"):
        return params
    if method != "POST":
        raise _text(405, f"{method} not allowed on /sparql", [("Allow", "GET, HEAD, POST")])
    ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    if ctype == "application/sparql-update":
        raise _text(403, "this endpoint is read-only: SPARQL Update is not accepted")
    body = _read_body(environ)
    if ctype == "application/sparql-query":
        params.setdefault("query", []).append(body)
    elif ctype == "application/x-www-form-urlencoded":
        for key, values in parse_qs(body, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
    else:
        raise _text(
            415,
            "POST needs Content-Type application/sparql-query or application/x-www-form-urlencoded",
        )
    return params


def _read_body(environ: dict[str, Any]) -> str:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as exc:
        raise _text(400, "bad Content-Length") from exc
    if length > MAX_BODY:
        raise _text(413, f"request body too large (over {MAX_BODY} bytes)")
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _text(400, "request body is not UTF-8") from exc


def make_app(
    source: Any,
    *,
    timeout: float = 10.0,
    max_results: int = 10_000,
    html: str | os.PathLike[str] | None = None,
    max_running: int | None = None,
    merge_union: bool = True,
) -> WSGIApp:
    """Build the endpoint's WSGI app over a pyoxigraph Store or an rdflib Graph/Dataset.

    ``timeout`` (seconds) and ``max_results`` (rows or triples) bound every query;
    ``html`` is an optional file served at ``/graph.html``; ``max_running`` caps
    queries evaluated at once (default: CPU count, at least 2). ``merge_union``
    (default) serves an in-memory snapshot whose default graph is the exact merge of
    the document graphs; False queries ``source`` in place with Oxigraph's union
    option, which saves the copy but repeats triples shared by several graphs
    (see engine.merged_store).
    """
    if timeout <= 0 or max_results < 1:
        raise ValueError("timeout must be > 0 and max_results >= 1")
    html_path = Path(html) if html is not None else None
    if html_path is not None and not html_path.is_file():
        raise OutputError(f"HTML view not found: {html_path}")
    limits = Limits(timeout, max_results, max_running or Limits().max_running)
    if merge_union:
        engine = QueryEngine(merged_store(source), limits)
    else:
        engine = QueryEngine(as_store(source), limits, union_option=True)
    return SparqlApp(engine, html_path)
