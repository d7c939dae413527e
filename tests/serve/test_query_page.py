"""The query page at ``/``: offline, with kg's prefixes and examples, readable errors,
compact IRIs with labels linking to the view, downloads, Ctrl+Enter, the query in the URL,
and every value from results escaped."""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from rdflib import Dataset, Literal

from kg.graph.namespace import KG, KGR, RDF, RDFS
from kg.serve import make_server
from kg.serve.page import example_queries, query_page

HOSTILE = '<img src=x onerror="window.__pwned=1">'
FORMULA = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Iterator[str]:
    ds = Dataset(default_union=True)
    g = ds.graph(KGR["doc/a"])
    g.add((KGR["person/evil"], RDF.type, KG.Person))
    g.add((KGR["person/evil"], RDFS.label, Literal(HOSTILE)))
    g.add((KGR["person/evil"], KG.visited, KGR["country/KZ"]))
    g.add((KGR["country/KZ"], RDFS.label, Literal("Kazakhstan")))
    g.add((KGR["org/formula"], RDFS.label, Literal(FORMULA)))
    html = tmp_path_factory.mktemp("view") / "graph.html"
    html.write_text("<!DOCTYPE html><title>view</title>")
    server = make_server(ds, "127.0.0.1", 0, html=str(html), max_running=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_page_inlines_prefixes_and_examples_safely():
    examples = example_queries()
    assert "who-met-whom" in examples and "kg:met" in examples["who-met-whom"]
    page = query_page(graph_view=True).decode()
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    parsed = json.loads(data.group(1))
    assert parsed["prefixes"]["kg"] == str(KG._NS) and parsed["graph"] is True
    assert parsed["examples"] == examples
    assert "</" not in data.group(1)  # no value can close the data element
    script = page.split("<script>")[1]
    assert "innerHTML" not in script and "http://" not in script and "https://" not in script


def test_page_is_served_with_a_strict_csp(base):
    with urllib.request.urlopen(base + "/", timeout=30) as response:
        csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp


def test_endpoint_predeclares_kg_prefixes(base):
    query = urllib.parse.urlencode(
        {"query": "SELECT ?l WHERE { ?e kg:visited ?x . ?x rdfs:label ?l }"}
    )
    with urllib.request.urlopen(f"{base}/sparql?{query}", timeout=30) as response:
        rows = json.loads(response.read())["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["Kazakhstan"]


def test_endpoint_csv_cells_cannot_start_a_formula(base):
    query = urllib.parse.urlencode({"query": "SELECT ?l WHERE { kgr:org\\/formula rdfs:label ?l }"})
    request = urllib.request.Request(f"{base}/sparql?{query}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        lines = response.read().decode().splitlines()
    assert lines[0] == "l" and lines[1] == '"\'=HYPERLINK(""http://evil.example"",""x"")"'


@pytest.mark.browser
def test_query_page_in_a_browser(browser, base):
    foreign: list[str] = []
    page = browser.new_page(accept_downloads=True)

    def route(r) -> None:
        if r.request.url.startswith(base + "/"):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    query = "SELECT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l }"
    page.goto(f"{base}/#query={urllib.parse.quote(query)}")  # the URL reproduces a query
    page.wait_for_selector("#results td")
    cell = page.locator("#results tbody td").first
    assert HOSTILE in cell.inner_text() and "kgr:person/evil" in cell.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#results img").count() == 0
    href = cell.locator("a").get_attribute("href")
    assert href == "graph#entity=" + urllib.parse.quote(str(KGR["person/evil"]), safe="")

    with page.expect_download() as info:
        page.click("#csv")
    csv_text = open(info.value.path(), encoding="utf-8").read()
    assert csv_text.splitlines()[0] == "e,l" and HOSTILE.replace('"', '""') in csv_text

    page.fill("#query", "SELECT ?s\nWHERE { ?s ?p }")
    page.press("#query", "Control+Enter")
    page.wait_for_selector("#error:not(:empty)")
    assert "line 2" in page.inner_text("#error")
    assert "#query=" in page.url and "WHERE" in urllib.parse.unquote(page.url)

    options = page.eval_on_selector_all("#examples option", "os => os.map(o => o.value)")
    assert "who-met-whom" in options
    page.select_option("#examples", "who-met-whom")
    page.wait_for_selector("#status:has-text('row')")
    assert not foreign and not errors, (foreign, errors)
    page.close()
