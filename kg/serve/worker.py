"""The body of one query worker process (see :mod:`kg.serve.pool`).

A worker answers one query at a time: ``(query, accept, default_graphs, named_graphs)`` in,
``(status, media type, body, alive)`` out. It is a process, not a thread, so that the
pool can stop a query for real: pyoxigraph has no cancellation, and a thread running a
runaway query keeps its core and its memory until the query ends. Killing the process
frees both. Its address space is capped (``RLIMIT_AS``) at what it had at start plus
``Limits.max_memory_mb``, so a query that tries to build a huge intermediate result fails
(or the process aborts) instead of pushing the machine into swap.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import os
import resource
import signal
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.graph.store import open_read_only
from kg.serve.engine import EndpointError, Limits, Source, evaluate

__all__ = ["worker_main", "StoreView"]

_PR_SET_PDEATHSIG = 1


class StoreView:
    """The store a worker queries; a store folder is reopened when its files change.

    Oxigraph's read-only mode sees the store as it was when opened. A writer changes the
    folder's files (its log grows, new tables appear), so a changed listing of names,
    sizes and times means "reopen": the next query sees the documents written since.
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self._store: ox.Store | None = source.snapshot
        self._signature: tuple | None = None

    def current(self) -> ox.Store:
        if self.source.path is None:
            assert self._store is not None
            return self._store
        signature = _signature(self.source.path)
        if signature != self._signature or self._store is None:
            self._store = None  # close the old snapshot before opening the new one
            self._store = open_read_only(self.source.path)
            self._signature = signature
        return self._store


def _signature(path: Path) -> tuple:
    with os.scandir(path) as entries:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries))


def worker_main(conn: Connection, source: Source, limits: Limits) -> None:
    """Serve queries from ``conn`` until it closes; never raises."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    faulthandler.disable()  # a worker aborted at its memory cap is expected, not a crash dump
    _die_with_parent()
    view = StoreView(source)
    try:  # open before the cap: the store's threads reserve address space for their stacks
        view.current()
    except StoreError:
        pass  # reported with the first query
    _cap_memory(limits.max_memory_mb)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        reply = _answer(view, job, limits)
        try:
            conn.send(reply)
        except OSError:
            return
        if not reply[3]:
            return


def _answer(view: StoreView, job: tuple, limits: Limits) -> tuple[int, str, bytes, bool]:
    query, accept, default_graphs, named_graphs = job
    try:
        media, body = evaluate(
            view.current(), query, accept, default_graphs, named_graphs, limits.max_results
        )
        return 200, media, body, True
    except EndpointError as exc:
        return exc.status, "text/plain", str(exc).encode(), True
    except StoreError as exc:
        return 503, "text/plain", str(exc).encode(), True
    except MemoryError:
        message = f"query stopped: it needed more than {limits.max_memory_mb} MB"
        return 503, "text/plain", message.encode(), False
    except Exception as exc:  # noqa: BLE001 - any engine failure is one line, and the worker goes on
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return 500, "text/plain", f"query failed: {first}".encode(), True


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the server process dies (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _cap_memory(extra_mb: int) -> None:
    """Cap the address space at its current size plus ``extra_mb`` (best effort)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return
    for line in status.splitlines():
        if line.startswith("VmSize:"):
            current = int(line.split()[1]) * 1024
            break
    else:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
