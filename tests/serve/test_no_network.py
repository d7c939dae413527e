"""No query reaches the network, whatever its spelling: each variant below hides a SERVICE
clause (or a FROM) that points at a loopback listener, and is sent through the CLI
(`kg query` on a store and on a file, `kg view --query`), the API (KnowledgeGraph.query) and
the endpoint. The listener must receive nothing; the query must be refused in one line.

Positive controls: the listener does see an unguarded rdflib SERVICE query, and a harmless
query with the word SERVICE inside a literal still runs, in each entry point.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.api import KnowledgeGraph
from kg.cli import main
from kg.errors import QueryError
from kg.serve import make_server
from tests.serve.conftest import write_store

PX = "PREFIX ex: <http://example.org/> "
WHERE = "?a ?b ?c"
VARIANTS = {
    "plain": "SELECT * WHERE { SERVICE <{url}> { " + WHERE + " } }",
    "local-name-hash": PX
    + r"SELECT * WHERE { VALUES ?z { ex:a\#b } SERVICE <{url}> { ?a ?b ?c } }",
    "local-name-quote": PX
    + r"SELECT * WHERE { VALUES ?z { ex:a\'b } SERVICE <{url}> { ?a ?b ?c } ?s ?p ex:c\'d }",
    "u0022-long-string": r'SELECT * WHERE { ?s ?p "\u0022" . SERVICE <{url}> { ?a ?b ?c } '
    r'?s ?p "\u0022" }',
    "u-escape-keyword": r"SELECT * WHERE { \u0053ERVICE <{url}> { ?a ?b ?c } }",
    "U-escape-keyword": r"SELECT * WHERE { \U00000053\U00000045RVICE <{url}> { ?a ?b ?c } }",
    "comment-before": "SELECT * WHERE { ?s ?p ?o # a comment }\n SERVICE <{url}> { ?a ?b ?c } }",
    "long-string-before": 'SELECT * WHERE { ?s ?p """a " b""" . SERVICE <{url}> { ?a ?b ?c } }',
    "lowercase": "select * where { service <{url}> { ?a ?b ?c } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{url}> { ?a ?b ?c } }",
    "variable": "SELECT * WHERE { BIND(<{url}> AS ?u) SERVICE ?u { ?a ?b ?c } }",
    "nested-groups": "SELECT * WHERE { { { SERVICE <{url}> { ?a ?b ?c } } } }",
    "subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{url}> { ?a ?b ?c } } } }",
    "optional": "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <{url}> { ?a ?b ?c } } }",
    "union": "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <{url}> { ?a ?b ?c } } }",
    "minus": "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <{url}> { ?s ?b ?c } } }",
    "filter-exists": "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <{url}> { ?a ?b ?c } } }",
    "filter-not-exists": "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE <{url}> { ?a ?b ?c } } }",
    "construct": "CONSTRUCT { ?a ?b ?c } WHERE { SERVICE <{url}> { ?a ?b ?c } }",
    "from": "SELECT * FROM <{url}> WHERE { ?a ?b ?c }",
    "from-named": "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?a ?b ?c } }",
}
# Legitimate queries that must run without fetching anything: after the \u escapes are
# expanded (SPARQL 1.1, 19.2) the SERVICE text lies inside a long string; FROM picks graphs
# already held instead of loading the IRI.
RUNS = {"u0022-long-string", "from", "from-named"}
HARMLESS = 'SELECT ?s WHERE { ?s ?p ?o FILTER(?o != "SERVICE <{url}> { ?a ?b ?c }") } LIMIT 1'


def _query(template: str, url: str) -> str:
    return template.replace("{url}", url)


def _settle(listener) -> list[bytes]:
    time.sleep(0.2)  # a request in flight would have connected by now
    return listener.hits


def test_listener_sees_an_unguarded_service_query(listener):
    """Positive control for the whole module: rdflib alone does call the listener."""
    with pytest.raises(Exception):  # noqa: B017 - the listener answers nothing useful
        list(Graph().query(_query(VARIANTS["plain"], listener.url)))
    assert _settle(listener)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("nonet") / "kg")


@pytest.fixture(scope="module")
def ttl(tmp_path_factory, store):
    path = tmp_path_factory.mktemp("nonet-ttl") / "g.ttl"
    path.write_text(
        "<https://w3id.org/kg-news/resource/person/p0> "
        '<http://www.w3.org/2000/01/rdf-schema#label> "P0" .\n'
    )
    return path


@pytest.fixture(scope="module")
def endpoint(store):
    server = make_server(store, "127.0.0.1", 0, timeout=5, max_running=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def _http(endpoint: str, query: str) -> tuple[int, bytes]:
    url = f"{endpoint}?{urllib.parse.urlencode({'query': query})}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _refused_line(text: str) -> bool:
    text = text.strip()
    return "\n" not in text and ("SERVICE" in text or "malformed query" in text)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_cli_query_store_never_reaches_network(name, listener, store):
    result = CliRunner().invoke(main, ["query", str(store), _query(VARIANTS[name], listener.url)])
    assert not _settle(listener)
    if name in RUNS:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1 and _refused_line(result.output), result.output


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_cli_query_file_never_reaches_network(name, listener, ttl):
    result = CliRunner().invoke(main, ["query", str(ttl), _query(VARIANTS[name], listener.url)])
    assert not _settle(listener)
    assert "Traceback" not in result.output and "internal error" not in result.output
    if name not in RUNS:
        assert result.exit_code == 1 and _refused_line(result.output), result.output


@pytest.mark.parametrize("name", ["plain", "u-escape-keyword", "local-name-quote", "subquery"])
def test_cli_view_query_never_reaches_network(name, listener, ttl, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(_query(VARIANTS[name], listener.url))
    out = tmp_path / "v.html"
    result = CliRunner().invoke(main, ["view", str(ttl), "--query", str(rq), "-o", str(out)])
    assert not _settle(listener)
    assert result.exit_code == 1 and _refused_line(result.output), result.output
    assert not out.exists()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_api_query_never_reaches_network(name, listener):
    graph = KnowledgeGraph()  # rdflib's evaluator, which would fetch SERVICE and FROM itself
    try:
        graph.query(_query(VARIANTS[name], listener.url))
    except QueryError as err:
        assert _refused_line(str(err)) or (name in RUNS and "FROM" in str(err))
    else:
        assert name in RUNS, "this variant should have been refused"
    assert not _settle(listener)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_endpoint_never_reaches_network(name, listener, endpoint):
    status, body = _http(endpoint, _query(VARIANTS[name], listener.url))
    assert not _settle(listener)
    if name in RUNS:
        assert status == 200, body
    else:
        assert status == 400 and _refused_line(body.decode()), body


def test_service_inside_a_literal_still_runs(listener, store, endpoint):
    """Positive control: the gate refuses SERVICE clauses, not the word."""
    query = _query(HARMLESS, listener.url)
    cli = CliRunner().invoke(main, ["query", str(store), query, "--format", "csv"])
    assert cli.exit_code == 0 and "person/p" in cli.output, cli.output
    api = KnowledgeGraph.open(store)
    assert len(list(api.query(query))) == 1
    api.close()
    status, body = _http(endpoint, query)
    assert status == 200 and b"person/p" in body
    assert not _settle(listener)
