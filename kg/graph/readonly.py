"""Open an Oxigraph store folder for reading, with nothing but pyoxigraph: what ``kg query``,
``kg view``, ``kg explain`` and ``kg serve`` need, without rdflib (whose import and SPARQL
grammar cost more than a second before any answer). :mod:`kg.graph.store` re-exports
:func:`open_read_only`."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["open_read_only", "open_union"]


def open_read_only(path: str | Path, attempts: int = 5) -> ox.Store:
    """Open an Oxigraph store without taking its write lock, so a writer can keep it.

    The one read-only opener for every reader (query, view, serve). A read-only open can
    catch a writer rewriting its file list (RocksDB reports "Corruption ... No such file");
    the next attempt reads the new list.
    """
    path = Path(path)
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


def open_union(path: str | Path) -> ox.Store | None:
    """The store folder opened read-only; None if its default graph holds no union (a store
    written by another tool): only the rdflib path answers then.

    Here rather than in :mod:`kg.query.oxigraph` (which re-exports it): ``kg view`` opens the
    store this way but runs only kg's own queries, so it need not import the query guard and
    the result cells (~3 ms).
    """
    store = open_read_only(path)
    if not store.query("ASK { ?s ?p ?o }") and store.query("ASK { GRAPH ?g { ?s ?p ?o } }"):
        return None
    return store
