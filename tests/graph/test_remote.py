"""The remote store: a graph kept on a SPARQL 1.1 server behaves like the local ones.

The server is a real Oxigraph server (the ``oxigraph`` PyPI package, in the ``test`` extra) on
a free loopback port with a temporary folder; every test starts from an empty server. The same
documents go into the server and into an in-memory graph, and the two must agree: the union,
"unchanged" on a second add, replace, remove and query rows. Tests skip, saying why, when the
server cannot start.
"""

from __future__ import annotations

import io
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal

import kg
from kg.cli import main
from kg.errors import StoreError
from kg.graph.namespace import KG, KGR, PROV, RDFS
from kg.graph.remote import Endpoints, SparqlServer, endpoints
from kg.graph.store import open_store
from tests.graph.test_store import KZ, doc_graph

ARTICLES = {
    "id-jokowi-anwar.txt": (
        "JAKARTA - Presiden Indonesia Joko Widodo bertemu Perdana Menteri Malaysia Anwar "
        "Ibrahim di Jakarta pada Selasa. Anwar mengatakan Malaysia mendukung kerja sama dengan "
        "Indonesia.\n"
    ),
    "en-blinken-astana.txt": (
        "ASTANA - Secretary of State Antony Blinken visited Kazakhstan on Tuesday and met "
        "President Kassym-Jomart Tokayev in Astana.\n"
    ),
    "id-blinken-tokyo.txt": (
        "TOKYO - Menteri Luar Negeri AS Antony Blinken tiba di Tokyo pada Rabu dan bertemu "
        "Perdana Menteri Jepang Fumio Kishida.\n"
    ),
}
QUERIES = (
    "SELECT ?a ?b WHERE { ?x kg:met ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }",
    "SELECT ?p ?place WHERE { ?x kg:visited ?y . ?x rdfs:label ?p . ?y rdfs:label ?place }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }",
    "SELECT ?doc ?source WHERE { ?doc a kg:Document ; kg:source ?source }",
)


# -- the server ----------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _wait_until_up(proc: subprocess.Popen, base: str, seconds: float = 20.0) -> str | None:
    """None once the server answers a query, else why it did not."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return f"oxigraph serve exited with {proc.returncode}: {proc.stderr.read()[:300]!r}"
        try:
            with urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                return None
        except (URLError, OSError):
            time.sleep(0.1)
    return f"oxigraph serve did not answer within {seconds:g} s"


@contextmanager
def oxigraph_server(location: Path, *options: str) -> Iterator[str]:
    """An Oxigraph server on a free loopback port, stopped (and waited for) on exit; skips the
    test, saying why, when it is not installed or does not start."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *options]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        why = _wait_until_up(proc, base)
        if why is not None:
            pytest.skip(f"cannot start the oxigraph server: {why}")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture
def url(server: str) -> str:
    """The server, emptied: each test starts from no documents."""
    SparqlServer(endpoints(server)).update("DROP ALL")
    return server


def stable(graph: Graph) -> set[tuple]:
    """The triples of a graph except the extraction time (the one thing two runs differ in),
    literals by value: Oxigraph, on a server as on disk, stores xsd:nonNegativeInteger as
    xsd:integer."""
    return {tuple(_value(x) for x in t) for t in graph if t[1] != PROV.endedAtTime}


def rows(g: kg.KnowledgeGraph, sparql: str) -> list[tuple]:
    """Query rows, sorted, with numbers compared by value (Oxigraph normalises datatypes)."""
    return sorted(tuple(_value(v) for v in row) for row in g.query(sparql))


def _value(term: object) -> object:
    return term.toPython() if isinstance(term, Literal) else term


def build_both(url: str) -> tuple[kg.KnowledgeGraph, kg.KnowledgeGraph]:
    remote, local = kg.KnowledgeGraph(store=url), kg.KnowledgeGraph()
    for g in (remote, local):
        for name, text in ARTICLES.items():
            assert g.add_text(text, source=name).status == "added"
    return remote, local


def assert_same(remote: kg.KnowledgeGraph, local: kg.KnowledgeGraph) -> None:
    assert stable(remote.rdf) == stable(local.rdf)
    assert len(remote) == len(local)
    assert remote.documents() == local.documents()
    for sparql in QUERIES:
        assert rows(remote, sparql) == rows(local, sparql), sparql
    in_graphs = rows(remote, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert [str(g) for (g,) in in_graphs] == local.documents()  # GRAPH ?g reaches documents


# -- endpoints (no server) -----------------------------------------------------------------
def test_endpoints_follow_the_url_shape():
    assert endpoints("http://h:7878") == Endpoints(
        "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"
    )
    assert endpoints("http://h:7878/query/") == endpoints("http://h:7878/")
    assert endpoints("http://h:3030/ds") == Endpoints(
        "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data"
    )
    assert endpoints("http://h:3030/ds/sparql") == Endpoints(
        "http://h:3030/ds/sparql", "http://h:3030/ds/update", "http://h:3030/ds/data"
    )
    repo = "http://h:7200/repositories/kg"
    assert endpoints(repo) == Endpoints(repo, f"{repo}/statements", f"{repo}/rdf-graphs/service")
    explicit = endpoints("http://h:1/x", update_endpoint="http://h:1/write")
    assert explicit.update == "http://h:1/write" and explicit.query == "http://h:1/x/query"
    with pytest.raises(StoreError, match="not an http"):
        endpoints("ftp://h/x")


def test_unreachable_server_is_a_one_line_store_error(tmp_path):
    dead = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError) as err:
        kg.KnowledgeGraph(store=dead, timeout=5)
    message = str(err.value)
    assert message.startswith(f"{dead}/query: cannot reach the SPARQL server")
    assert "\n" not in message
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES["en-blinken-astana.txt"], encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "--store", dead])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {message}"]


# -- the store layer, with hand-made document graphs (no NLP) ------------------------------
@pytest.mark.slow
def test_store_layer_matches_memory(url):
    remote, memory = open_store(url), open_store(None)
    tokayev = KGR["person/kassym-jomart-tokayev"]
    for ds in (remote, memory):
        ds.write(*doc_graph("a", "src-a", (tokayev, KG.officialOf, KZ)))
        ds.write(*doc_graph("b", "src-b"))
        old, g_old = doc_graph("v1", "wire-1", (KZ, KG.borders, KGR["country/UZ"]))
        ds.write(old, g_old)
        new, g_new = doc_graph("v2", "wire-1", (KZ, KG.borders, KGR["country/KG"]))
        ds.write(new, g_new, replace=[old])
    assert set(remote.union()) == set(memory.union())
    label_rows = "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }"
    assert int(next(iter(remote.union().query(label_rows)))[0]) == 1  # a set, not a bag
    assert remote.documents() == memory.documents() == [KGR[f"doc/{n}"] for n in ("a", "b", "v2")]
    assert remote.documents(source="wire-1") == [KGR["doc/v2"]]
    assert set(remote.dataset.graph(KGR["doc/a"])) == set(memory.dataset.graph(KGR["doc/a"]))
    for ds in (remote, memory):
        assert ds.remove(ds.documents(source="src-a")) == 1
        assert ds.remove([KGR["doc/nope"]]) == 0
    assert set(remote.union()) == set(memory.union())
    assert (tokayev, KG.officialOf, KZ) not in remote.union()
    assert (KZ, RDFS.label, Literal("Kazakhstan")) in remote.union()
    assert remote.document_count() == 2
    buf = io.BytesIO()
    remote.dump(buf, "nquads")
    lines = [ln for ln in buf.getvalue().decode().splitlines() if ln.strip()]
    assert len(lines) == 4 + 5  # doc b (4) and doc v2 (5); no union copy


@pytest.mark.slow
def test_server_with_a_bag_union_default_graph_is_refused(tmp_path):
    """Oxigraph's --union-default-graph repeats a triple once per graph holding it: kg's union
    copy doubles every document node, and kg says so instead of answering doubled rows."""
    with oxigraph_server(tmp_path / "db", "--union-default-graph") as base:
        open_store(base).write(*doc_graph("a", "src-a"))
        with pytest.raises(StoreError, match="--union-default-graph"):
            open_store(base)


# -- the API, with real articles -----------------------------------------------------------
@pytest.mark.slow
def test_remote_graph_equals_local_graph_and_readds_are_unchanged(url):
    remote, local = build_both(url)
    assert_same(remote, local)
    before = len(remote)
    for name, text in ARTICLES.items():
        assert remote.add_text(text, source=name).status == "unchanged"
    assert len(remote) == before and remote.document_count == len(ARTICLES)
    assert remote.stats() == local.stats()
    assert remote.explain("Antony Blinken") == local.explain("Antony Blinken")
    blinken = KGR["person/antony-blinken"]
    bound = "SELECT ?l WHERE { ?e rdfs:label ?l }"
    assert rows(remote, bound.replace("?e", f"<{blinken}>")) == [("Antony Blinken",)]


@pytest.mark.slow
def test_replace_and_remove_match_the_local_graph(url):
    remote, local = build_both(url)
    source = "en-blinken-astana.txt"
    edited = ARTICLES[source].replace("Tuesday", "Wednesday")
    for g in (remote, local):
        report = g.add_text(edited, source=source)
        assert report.status == "replaced" and len(report.replaced) == 1
    assert_same(remote, local)
    for g in (remote, local):
        assert g.remove(source) == 1
        assert g.remove(source) == 0
    assert_same(remote, local)
    assert (KGR["person/kassym-jomart-tokayev"], None, None) not in remote.rdf
    doc = remote.documents()[0]
    assert remote.remove(doc) == 1 and remote.document_count == 1


@pytest.mark.slow
def test_cli_builds_queries_and_removes_on_a_server(url, tmp_path):
    article = tmp_path / "en-blinken-astana.txt"
    article.write_text(ARTICLES["en-blinken-astana.txt"], encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(article), "--store", url])
    assert built.exit_code == 0, built.output
    assert "documents in graph: 1" in built.output
    met = "SELECT ?b WHERE { ?x kg:met ?y . ?y rdfs:label ?b }"
    answer = runner.invoke(main, ["query", url, met, "--format", "csv"])
    assert answer.exit_code == 0, answer.output
    assert "Kassym-Jomart Tokayev" in answer.output
    gone = runner.invoke(main, ["remove", "--store", url, str(article)])
    assert gone.exit_code == 0, gone.output
    assert "documents in graph: 0" in gone.output


@pytest.mark.slow
def test_candidates_stay_out_of_the_servers_union_and_go_with_their_document(url, tmp_path):
    # issue 9: the second sentence's meeting has no subject of its own (0.56): a candidate
    from tests.api.test_candidates import _IN_DEFAULT, _IN_GRAPHS, TEXT

    remote, local = (kg.KnowledgeGraph(store=s, min_confidence=0.5) for s in (url, None))
    for g in (remote, local):
        assert g.add_text(TEXT, source="wire-1").candidates == 1
    assert stable(remote.rdf) == stable(local.rdf)
    assert not rows(remote, _IN_DEFAULT) and remote.document_count == 1
    assert len(rows(remote, _IN_GRAPHS)) == 1  # positive control: GRAPH ?g reaches it
    exported = []
    for i, g in enumerate((remote, local)):  # a named-graph export keeps the candidate graph
        dataset = Dataset()
        dataset.parse(g.save(tmp_path / f"{i}.nq"), format="nquads")
        exported.append({str(c.identifier) for c in dataset.graphs() if len(c)})
    assert exported[0] == exported[1] and len(exported[0]) == 2
    assert remote.remove("wire-1") == 1
    assert not rows(remote, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")


def test_remote_store_written_from_text_equals_one_written_from_graphs(url, monkeypatch):
    """Issue 11's N-Triples path on a server (one INSERT DATA request per document, the
    replaced one dropped in the same request): the same named graphs and union as the
    rdflib-Graph path, on a document full of hostile literals."""
    from datetime import UTC, datetime

    import pyoxigraph as ox

    import kg.graph.build
    from kg.graph.build import document_graph, document_ntriples
    from tests.graph.test_write_paths import SOURCE, hostile_document

    monkeypatch.setattr(kg.graph.build, "_now", lambda: datetime(2026, 12, 2, tzinfo=UTC))
    seen = []
    for build in (document_graph, document_ntriples):
        SparqlServer(endpoints(url)).update("DROP ALL")
        store = open_store(url)
        for version in (0, 1):
            doc_iri, triples = build(*hostile_document(version))
            store.write(doc_iri, triples, replace=store.documents(source=SOURCE))
        buf = io.BytesIO()
        store.dump(buf, "nquads")
        named = set(ox.parse(buf.getvalue(), format=ox.RdfFormat.N_QUADS))
        seen.append((named, set(store.union()), store.documents()))
        store.close()
    assert seen[1] == seen[0]
    named, union, documents = seen[1]
    assert len(documents) == 1 and len(named) > 30  # the replacement happened, and wrote
    assert {str(o) for _, _, o in union} >= {SOURCE, 'Ana "Lestari"\\'}
