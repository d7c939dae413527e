"""Open an Oxigraph store folder for reading, with nothing but pyoxigraph: what ``kg query``,
``kg view``, ``kg explain`` and ``kg serve`` need, without rdflib (whose import and SPARQL
grammar cost more than a second before any answer). :mod:`kg.graph.store` re-exports
:func:`open_read_only`."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["open_read_only", "start_opening"]

#: Stores that :func:`start_opening` is opening, by absolute path: (thread, its outcome).
_OPENING: dict[str, tuple[threading.Thread, dict[str, object]]] = {}


def start_opening(path: str | Path) -> None:
    """Begin opening a store folder read-only in a thread; the next :func:`open_read_only` of
    the same folder takes that store instead of opening it again.

    Why: RocksDB's open takes ~25 ms, and pyoxigraph releases the GIL while it runs, so a
    command that still has modules to import (``kg view``, ``kg explain``) can do both at once.
    The thread is not a daemon: a command that ends without asking for the store waits for
    the open to finish before Python exits, instead of tearing RocksDB down under it.
    """
    key = os.path.abspath(path)
    if key in _OPENING:
        return
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["store"] = _open(Path(path))
        except BaseException as err:  # noqa: BLE001 - handed to the caller of open_read_only
            outcome["error"] = err

    thread = threading.Thread(target=run, name=f"kg-open-{Path(key).name}")
    _OPENING[key] = (thread, outcome)
    thread.start()


def open_read_only(path: str | Path, attempts: int = 5) -> ox.Store:
    """Open an Oxigraph store without taking its write lock, so a writer can keep it.

    The one read-only opener for every reader (query, view, serve); a store that
    :func:`start_opening` began opening is taken from its thread (once).
    """
    started = _OPENING.pop(os.path.abspath(path), None)
    if started is None:
        return _open(Path(path), attempts)
    thread, outcome = started
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["store"]  # type: ignore[return-value]


def _open(path: Path, attempts: int = 5) -> ox.Store:
    """A read-only open can catch a writer rewriting its file list (RocksDB reports
    "Corruption ... No such file"); the next attempt reads the new list."""
    if not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: not an Oxigraph store (no such store folder)")
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as err:
            if attempt == attempts - 1:
                raise StoreError(f"{path}: cannot open store read-only ({err})") from None
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")
