"""The WSGI application: SPARQL 1.1 Protocol (query only) plus a query page.

The app does HTTP only: checks (Host, CORS, method, body) and routing. Each query goes
whole (text, Accept, dataset) to a worker process of :class:`kg.serve.pool.WorkerPool`,
which checks, runs and serialises it and answers with status, media type and body.

Plain WSGI keeps the endpoint free of a web framework: the protocol is three request
shapes (GET, POST form, POST sparql-query) and a handful of error codes. Every error
leaves as a one-line text/plain message; nothing raised inside reaches the client as a
traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from kg.errors import OutputError
from kg.serve.engine import EndpointError, Limits, as_source
from kg.serve.page import query_page
from kg.serve.pool import WorkerPool

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
    204: "No Content",
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
    """Routes ``/``, ``/sparql`` and ``/graph`` (``/graph.html``) over one worker pool."""

    def __init__(
        self,
        pool: WorkerPool,
        html: Path | None,
        allowed_hosts: frozenset[str] | None = None,
        cors_origins: frozenset[str] = frozenset(),
    ) -> None:
        self.pool = pool
        self.html = html
        self.allowed_hosts = allowed_hosts
        self.cors_origins = cors_origins
        self.page = query_page(graph_view=html is not None)

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.close()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            self._check_host(environ)
            reply = self._route(environ)
        except _Reply as r:
            reply = r
        except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks out
            reply = _text(500, f"internal error: {type(exc).__name__}: {exc}")
        headers = [
            ("Content-Type", reply.ctype),
            ("Content-Length", str(len(reply.body))),
            ("X-Content-Type-Options", "nosniff"),
            *self._cors_headers(environ),
            *reply.extra,
        ]
        start_response(f"{reply.status} {_REASONS.get(reply.status, '')}".rstrip(), headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else reply.body]

    def _check_host(self, environ: dict[str, Any]) -> None:
        """Refuse a Host header not allowed (DNS rebinding: a page on another origin whose
        name resolves to 127.0.0.1 would otherwise read the endpoint)."""
        if self.allowed_hosts is None:
            return
        host = host_name(environ.get("HTTP_HOST") or environ.get("SERVER_NAME") or "")
        if host not in self.allowed_hosts:
            raise _text(403, f"host not allowed: {host!r} (start kg serve with --allow-host)")

    def _cors_headers(self, environ: dict[str, Any]) -> list[tuple[str, str]]:
        origin = environ.get("HTTP_ORIGIN")
        if not origin or not ({origin, "*"} & self.cors_origins):
            return []
        return [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]

    def _route(self, environ: dict[str, Any]) -> _Reply:
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "OPTIONS":
            return self._preflight(environ, path)
        if path == "/sparql":
            return self._sparql(environ, method)
        if method not in ("GET", "HEAD"):
            raise _text(405, f"{method} not allowed on {path}", [("Allow", "GET, HEAD")])
        if path in ("/", "/index.html"):
            return _Reply(
                200, self.page, "text/html; charset=utf-8", [("Content-Security-Policy", _CSP)]
            )
        if path in ("/graph", "/graph.html") and self.html is not None:
            return self._graph_html()
        raise _text(404, f"not found: {path} (the SPARQL endpoint is /sparql)")

    def _preflight(self, environ: dict[str, Any], path: str) -> _Reply:
        if path != "/sparql" or not self._cors_headers(environ):
            raise _text(403, "cross-origin requests are not enabled (kg serve --cors ORIGIN)")
        return _Reply(
            204,
            b"",
            "text/plain",
            [
                ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                ("Access-Control-Allow-Headers", "Content-Type, Accept"),
                ("Access-Control-Max-Age", "600"),
            ],
        )

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
        job = (
            queries[0],
            environ.get("HTTP_ACCEPT"),
            params.get("default-graph-uri"),
            params.get("named-graph-uri"),
        )
        try:
            status, media, body = self.pool.run(job)
        except EndpointError as exc:
            raise _text(exc.status, str(exc)) from exc
        if status != 200:
            raise _text(status, body.decode("utf-8", "replace"))
        return _Reply(200, body, f"{media}; charset=utf-8", [("Vary", "Accept")])


def host_name(header: str) -> str:
    """The host part of a Host header, lower-cased: ``[::1]:7878`` -> ``[::1]``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


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
    max_memory_mb: int = 1024,
    allowed_hosts: Iterable[str] | None = None,
    cors_origins: Iterable[str] = (),
) -> SparqlApp:
    """Build the endpoint's WSGI app over a store folder, an RDF file or an rdflib graph.

    ``timeout`` (seconds), ``max_results`` (rows or triples) and ``max_memory_mb`` bound
    every query; ``max_running`` is the number of worker processes (default: CPU count,
    at least 2); ``html`` is an optional file served at ``/graph``. ``allowed_hosts``
    (None: any) are the Host header names accepted; ``cors_origins`` the origins allowed
    to read answers cross-origin (none by default). Call ``close()`` to stop the workers.
    """
    limits = Limits(timeout, max_results, max_running or Limits().max_running, max_memory_mb)
    html_path = Path(html) if html is not None else None
    if html_path is not None and not html_path.is_file():
        raise OutputError(f"HTML view not found: {html_path}")
    hosts = None if allowed_hosts is None else frozenset(host_name(h) for h in allowed_hosts)
    pool = WorkerPool(as_source(source), limits)
    return SparqlApp(pool, html_path, hosts, frozenset(cors_origins))
