"""Running the endpoint: a threaded wsgiref server from the standard library.

Why wsgiref + ThreadingMixIn rather than waitress: the endpoint serves one user or a
notebook on loopback; the heavy work happens in the worker processes of
:mod:`kg.serve.pool`, and any WSGI server (waitress, gunicorn) can host ``make_app`` if the
endpoint ever faces real traffic. What the HTTP layer adds against slow or idle clients:
a read timeout per connection (``READ_TIMEOUT``) and a cap on open connections
(``MAX_CONNECTIONS``; beyond it a connection gets a one-line 503 and is closed).
"""

from __future__ import annotations

import errno
import ipaddress
import threading
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from kg.errors import KgError
from kg.serve.app import make_app

__all__ = ["ServeError", "make_server", "serve", "LOOPBACK_NAMES", "READ_TIMEOUT"]

READ_TIMEOUT = 10.0
"""Seconds a connection may take to send its request (and between keep-alive requests)."""
MAX_CONNECTIONS = 64
"""Connections handled at once; more get 503 at once instead of a thread each."""
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
"""Host header names accepted by default when the server listens on loopback."""


class ServeError(KgError):
    """The endpoint could not start (address in use, bad port, no permission)."""


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One daemon thread per connection, at most ``MAX_CONNECTIONS`` at once."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    app: Any = None

    def __init__(self, *args: Any, max_connections: int = MAX_CONNECTIONS, **kwargs: Any) -> None:
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(
                    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                    b"Connection: close\r\n\r\nserver busy: too many open connections\n"
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        if self.app is not None:
            self.app.close()


class _QuietHandler(WSGIRequestHandler):
    """Log one line per request only when asked; give up on a silent client."""

    verbose = False
    timeout = READ_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        if self.verbose:
            super().log_message(format, *args)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(
    source: Any,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    allowed_hosts: Any = "auto",
    read_timeout: float = READ_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
    **limits: Any,
) -> WSGIServer:
    """Bind (port 0: any free port) without serving, so tests can run it in a thread.

    ``allowed_hosts="auto"`` accepts loopback names when bound to loopback and any Host
    otherwise; None accepts any; a list names them. ``read_timeout`` and
    ``max_connections``: see the module docstring. ``limits`` are make_app's keywords.
    """
    if not 0 <= port <= 65535:
        raise ServeError(f"port must be between 0 and 65535 (got {port})")
    if allowed_hosts == "auto":
        allowed_hosts = LOOPBACK_NAMES if is_loopback(host) else None
    try:
        handler = type("_Handler", (_QuietHandler,), {"timeout": read_timeout})
        server = _ThreadingWSGIServer((host, port), handler, max_connections=max_connections)
    except OSError as err:
        raise ServeError(f"cannot listen on {host}:{port}: {_bind_reason(err)}") from None
    try:
        app = make_app(source, allowed_hosts=allowed_hosts, **limits)
    except BaseException:
        server.server_close()
        raise
    server.set_app(app)
    server.app = app
    return server


def _bind_reason(err: OSError) -> str:
    if err.errno == errno.EADDRINUSE:
        return "address already in use (another server? pick --port)"
    if err.errno == errno.EACCES:
        return "permission denied (ports below 1024 need privileges)"
    return err.strerror or str(err)


def serve(
    source: Any, host: str = "127.0.0.1", port: int = 7878, *, verbose: bool = False, **limits: Any
) -> None:
    """Serve ``source`` over HTTP until Ctrl-C, printing the URL first.

    ``limits`` are make_server's keywords (``allowed_hosts``) and make_app's (``timeout``,
    ``max_results``, ``html``, ``max_running``, ``max_memory_mb``, ``cors_origins``). Binds
    loopback by default: the endpoint has no authentication.
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
