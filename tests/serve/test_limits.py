"""Bounded queries and a hardened HTTP layer: nesting and size limits before any engine,
runaway queries stopped for real (CPU and memory freed, the endpoint keeps answering),
Host check, CORS off by default, read timeouts, a connection cap, one-line start-up errors.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import main
from kg.errors import InputError, QueryError
from kg.serve import make_server
from tests.serve.conftest import EX, write_store

DEEP_BRACES = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
DEEP_PARENS = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 5000 + "?o" + ")" * 5000 + ") }"
SHALLOW = "SELECT * WHERE " + "{" * 8 + " ?s ?p ?o " + "}" * 8 + " LIMIT 1"
# Never finishes before its first row on a few thousand triples: 64e9 combinations.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# Sorting a 16M-row cross product of growing strings: memory climbs fast.
MEMORY_HOG = (
    "SELECT ?x WHERE { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(STR(?a), STR(?c), STR(?d), STR(?f)) "
    "AS ?x) } ORDER BY ?x LIMIT 1"
)


def _serve(source, **options):
    server = make_server(source, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _stop(server) -> None:
    server.shutdown()
    server.server_close()


def _get(base: str, query: str, headers: dict | None = None, timeout: float = 60):
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("limits") / "kg", n=4000)


@pytest.fixture(scope="module")
def endpoint(store):
    server, base = _serve(store, timeout=2, max_running=2, max_memory_mb=256)
    yield server, base
    _stop(server)


# --- nesting and size ----------------------------------------------------------------


@pytest.mark.parametrize("query", [DEEP_BRACES, DEEP_PARENS], ids=["braces", "parens"])
def test_deep_nesting_is_refused_by_cli_with_exit_2(store, query):
    result = CliRunner().invoke(main, ["query", str(store), query])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "nested too deeply" in result.output
    control = CliRunner().invoke(main, ["query", str(store), SHALLOW])
    assert control.exit_code == 0 and "(1 row)" in control.output


@pytest.mark.parametrize("query", [DEEP_BRACES, DEEP_PARENS], ids=["braces", "parens"])
def test_deep_nesting_is_400_on_the_endpoint(endpoint, query):
    status, _, body = _get(endpoint[1], query)
    assert status == 400 and b"nested too deeply" in body and body.count(b"\n") == 1
    assert _get(endpoint[1], SHALLOW)[0] == 200


def test_oversized_query_is_refused_before_parsing(store):
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    graph = KnowledgeGraph.open(store)
    with pytest.raises(QueryError, match="query too long") as info:
        graph.query(huge)
    assert isinstance(info.value, InputError)  # the CLI's exit 2
    assert len(list(graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 2"))) == 2
    graph.close()


# --- runaway queries -----------------------------------------------------------------


def test_runaway_queries_are_stopped_and_the_endpoint_keeps_answering(endpoint):
    """Two runaways at once (one per worker) used to leave the endpoint "busy" until
    restart; now both workers are killed at the limit and replaced."""
    server, base = endpoint
    pool = server.app.pool
    before = {w.process.pid for w in pool._workers}
    replies: list = []
    threads = [
        threading.Thread(target=lambda: replies.append(_get(base, RUNAWAY))) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r[0] for r in replies] == [503, 503]
    assert all(b"timed out after 2 s and was stopped" in r[2] for r in replies)
    for _ in range(3):  # each later query is answered, by the replacement workers
        status, _, body = _get(base, "ASK { ?s ?p ?o }", timeout=30)
        assert status == 200 and json.loads(body)["boolean"] is True
    deadline = time.monotonic() + 30  # the spawner replaces the killed workers in the background
    while before & {w.process.pid for w in pool._workers} and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not before & {w.process.pid for w in pool._workers}
    for pid in before:  # the processes (their CPU and memory) are gone
        with pytest.raises(ProcessLookupError):
            _signal_zero(pid)


def _signal_zero(pid: int) -> None:
    import os

    os.kill(pid, 0)


def test_memory_hungry_query_is_stopped_at_the_memory_cap(store):
    server, base = _serve(store, timeout=60, max_running=1, max_memory_mb=64)
    try:
        started = time.monotonic()
        status, _, body = _get(base, MEMORY_HOG)
        assert status == 503 and b"more than 64 MB" in body, body
        assert time.monotonic() - started < 60  # the cap stopped it, not the time limit
        status, _, _ = _get(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", timeout=10)
        assert status == 200
    finally:
        _stop(server)


# --- the store as it changes -----------------------------------------------------------


def test_documents_written_after_start_are_served(store, tmp_path):
    """The endpoint serves the store in place: a document a writer adds after start-up
    is answered (start-up copied the store before, so it never was)."""
    path = write_store(tmp_path / "kg", n=2)
    writer = ox.Store(str(path))  # holds the store's lock, as kg build does
    server, base = _serve(path, timeout=10, max_running=1)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }"
    try:
        status, _, body = _get(base, count)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
        new = ox.NamedNode(EX + "person/new")
        writer.extend(
            [
                ox.Quad(new, label, ox.Literal("New"), ox.NamedNode(EX + "doc/two")),
                ox.Quad(new, label, ox.Literal("New"), ox.DefaultGraph()),
            ]
        )
        writer.flush()
        status, _, body = _get(base, count)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"
    finally:
        _stop(server)
        del writer


@pytest.mark.slow
def test_document_added_through_the_api_is_served(tmp_path):
    db = tmp_path / "graph.db"
    graph = KnowledgeGraph(store=db)
    graph.add_text("Presiden Kenya William Ruto tiba di Jakarta pada Senin.", source="a")
    server, base = _serve(db, timeout=10, max_running=1)
    docs = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }"
    try:
        assert b'"value":"1"' in _get(base, docs)[2].replace(b" ", b"")
        graph.add_text("Joko Widodo bertemu Xi Jinping di Beijing pada Selasa.", source="b")
        assert b'"value":"2"' in _get(base, docs)[2].replace(b" ", b"")
    finally:
        _stop(server)
        graph.close()


# --- HTTP layer --------------------------------------------------------------------------


def test_host_header_must_be_a_loopback_name(endpoint):
    base = endpoint[1]
    status, _, body = _get(base, "ASK {}", headers={"Host": "attacker.example:7878"})
    assert status == 403 and b"host not allowed" in body
    assert _get(base, "ASK {}", headers={"Host": "localhost:7878"})[0] == 200
    assert _get(base, "ASK {}")[0] == 200  # urllib sends 127.0.0.1:PORT


def test_allow_host_names_extra_hosts(store):
    server, base = _serve(store, allowed_hosts=["kg.internal"], max_running=1)
    try:
        assert _get(base, "ASK {}", headers={"Host": "kg.internal"})[0] == 200
        assert _get(base, "ASK {}", headers={"Host": "other.internal"})[0] == 403
    finally:
        _stop(server)


def test_cors_is_off_by_default_and_on_for_named_origins(endpoint, store):
    origin = {"Origin": "http://notebook.example"}
    _, headers, _ = _get(endpoint[1], "ASK {}", headers=origin)
    assert "Access-Control-Allow-Origin" not in headers
    server, base = _serve(store, cors_origins=["http://notebook.example"], max_running=1)
    try:
        _, headers, _ = _get(base, "ASK {}", headers=origin)
        assert headers["Access-Control-Allow-Origin"] == "http://notebook.example"
        _, headers, _ = _get(base, "ASK {}", headers={"Origin": "http://other.example"})
        assert "Access-Control-Allow-Origin" not in headers
        request = urllib.request.Request(f"{base}/sparql", method="OPTIONS", headers=origin)
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 204
            assert "POST" in response.headers["Access-Control-Allow-Methods"]
    finally:
        _stop(server)


def test_silent_connections_time_out_and_are_capped(store):
    server, base = _serve(store, read_timeout=0.5, max_connections=3, max_running=1)
    port = server.server_address[1]
    try:
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        for s in idle:
            s.sendall(b"GET /sparql?query=ASK")  # never finishes its request line
        time.sleep(0.2)
        extra = socket.create_connection(("127.0.0.1", port))
        extra.settimeout(5)
        assert extra.recv(100).startswith(b"HTTP/1.0 503")  # over the cap: refused at once
        extra.close()
        for s in idle:  # the read timeout closes each silent connection
            s.settimeout(5)
            assert s.recv(100) == b""
            s.close()
        time.sleep(0.2)
        assert _get(base, "ASK {}")[0] == 200  # the slots are free again
    finally:
        _stop(server)


def test_serve_start_up_errors_are_one_line(store):
    runner = CliRunner()
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        port = str(busy.getsockname()[1])
        result = runner.invoke(main, ["serve", "--store", str(store), "--port", port])
        assert result.exit_code == 1 and "address already in use" in result.output
        assert result.output.count("\n") == 1
    finally:
        busy.close()
    for args in (["--port", "80000"], ["--timeout", "0"], ["--max-results", "0"]):
        result = runner.invoke(main, ["serve", "--store", str(store), *args])
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    result = runner.invoke(main, ["serve", "--store", str(store.parent / "missing")])
    assert result.exit_code == 1 and "no such graph file or store" in result.output
