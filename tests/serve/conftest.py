"""Fixtures shared by the query-gate and endpoint tests: a loopback listener that records
every connection (a query that reaches the network shows up there), and an on-disk store
laid out as kg writes it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.viz.test_browser import browser  # noqa: F401 - the repo's headless Chromium fixture

EX = "https://w3id.org/kg-news/resource/"


@dataclass
class Listener:
    """A TCP socket on 127.0.0.1; ``hits`` holds the first bytes of each connection."""

    port: int
    hits: list[bytes] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"


@pytest.fixture
def listener() -> Iterator[Listener]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.05)
    got = Listener(sock.getsockname()[1])
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                got.hits.append(conn.recv(200) or b"(connected)")
            except OSError:
                got.hits.append(b"(connected)")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield got
    finally:
        stop.set()
        thread.join()
        sock.close()


def write_store(path: Path, n: int = 3) -> Path:
    """An Oxigraph store with ``n`` labelled people in one document graph and the union in
    the default graph, as kg.graph.store writes it."""
    store = ox.Store(str(path))
    doc = ox.NamedNode(EX + "doc/one")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for i in range(n):
        store.add(ox.Quad(ox.NamedNode(f"{EX}person/p{i}"), label, ox.Literal(f"P{i}"), doc))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    del store
    return path
