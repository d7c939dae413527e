"""A small pool of query worker processes that are killed at the time limit and replaced.

Why processes: pyoxigraph (0.5) cannot cancel a query, so with threads a query past its
deadline kept running on a core (and growing in memory) until it finished, and two such
queries made the endpoint answer "busy" until restart. Each query here runs in a worker
process; at the deadline the process is killed, which frees its CPU and memory at once,
and a fresh worker takes its place.

Why ``fork``: a worker must start in milliseconds (a killed one is replaced while the
endpoint keeps serving), and the parent has already imported kg and, for a file source,
built the in-memory store the workers share copy-on-write. Forks happen on one long-lived
thread of the parent (the spawner), so that Linux's parent-death signal, which is tied to
the forking thread, kills workers only when the server itself dies. A worker touches
nothing the parent's other threads may hold locked: it opens its own store and answers
on its own pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from kg.query.guard import check_query
from kg.serve.engine import EndpointError, Limits, Source
from kg.serve.worker import worker_main

__all__ = ["WorkerPool"]


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection


class WorkerPool:
    """``limits.max_running`` workers over one source; :meth:`run` answers one query."""

    def __init__(self, source: Source, limits: Limits) -> None:
        self.source = source
        self.limits = limits
        self._ctx = multiprocessing.get_context("fork")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._spawns: queue.Queue[_Worker | None | bool] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        check_query("ASK { ?s ?p ?o }")  # warm rdflib's parser once; every fork inherits it
        self._spawner = threading.Thread(target=self._spawn_loop, name="kg-spawner", daemon=True)
        self._spawner.start()
        for _ in range(limits.max_running):
            self._spawns.put(True)

    def run(self, job: tuple) -> tuple[int, str, bytes]:
        """Send ``job`` to an idle worker; EndpointError (503) when busy, late or dead."""
        timeout = self.limits.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise EndpointError(
                f"server busy: {self.limits.max_running} queries already running", 503
            ) from None
        try:
            worker.conn.send(job)
        except OSError:
            self._replace(worker)
            raise EndpointError("query worker was lost before the query; try again", 503) from None
        if not worker.conn.poll(timeout):
            self._replace(worker)
            raise EndpointError(f"query timed out after {timeout:g} s and was stopped", 503)
        try:
            status, media, body, alive = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            raise EndpointError(
                f"query stopped: it needed more than {self.limits.max_memory_mb} MB "
                "or crashed its worker",
                503,
            ) from None
        if alive:
            self._idle.put(worker)
        else:
            self._replace(worker)
        return status, media, body

    def close(self) -> None:
        """Stop every worker (the server is shutting down)."""
        self._closed = True
        self._spawns.put(None)
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            _stop(worker)

    def _replace(self, worker: _Worker) -> None:
        self._spawns.put(worker)

    def _spawn_loop(self) -> None:
        """The spawner thread: stop replaced workers, fork new ones."""
        while True:
            item = self._spawns.get()
            if item is None or self._closed:
                return
            if isinstance(item, _Worker):
                _stop(item)
                with self._lock:
                    self._workers.discard(item)
            parent, child = self._ctx.Pipe()
            process = self._ctx.Process(
                target=worker_main, args=(child, self.source, self.limits), daemon=True
            )
            process.start()
            child.close()
            worker = _Worker(process, parent)
            with self._lock:
                self._workers.add(worker)
            self._idle.put(worker)


def _stop(worker: _Worker) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
