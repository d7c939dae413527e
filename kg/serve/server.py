"""Running the endpoint: a threaded wsgiref server from the standard library.

Why wsgiref + ThreadingMixIn rather than waitress: the endpoint serves one user or a
notebook on loopback, so one thread per connection is enough, and the real guard on
load is QueryEngine's ``max_running`` cap, not the HTTP layer. That keeps the server
free of a dependency; any WSGI server (waitress, gunicorn) can host ``make_app`` if
the endpoint ever faces real traffic.
"""

from __future__ import annotations

from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as _wsgiref_server

from kg.serve.app import make_app

__all__ = ["make_server", "serve"]


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One daemon thread per connection, so Ctrl-C never waits for a slow client."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    """Log one line per request only when asked; the default floods the terminal."""

    verbose = False

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        if self.verbose:
            super().log_message(format, *args)


def make_server(
    source: Any, host: str = "127.0.0.1", port: int = 7878, **limits: Any
) -> WSGIServer:
    """Bind (port 0: any free port) without serving, so tests can run it in a thread."""
    app = make_app(source, **limits)
    return _wsgiref_server(
        host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


def serve(
    source: Any, host: str = "127.0.0.1", port: int = 7878, *, verbose: bool = False, **limits: Any
) -> None:
    """Serve ``source`` over HTTP until Ctrl-C, printing the URL first.

    ``limits`` are make_app's keywords: ``timeout``, ``max_results``, ``html``,
    ``max_running``. Binds loopback by default: the endpoint has no authentication.
    """
    _QuietHandler.verbose = verbose
    server = make_server(source, host, port, **limits)
    bound_host, bound_port = server.server_address[:2]
    print(f"SPARQL endpoint: http://{bound_host}:{bound_port}/sparql", flush=True)
    print(f"query page:      http://{bound_host}:{bound_port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
