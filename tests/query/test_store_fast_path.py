"""``kg query STORE`` answers SELECT and ASK from pyoxigraph without rdflib, with the output
the facade's rdflib path gives; CONSTRUCT still goes through rdflib."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT

QUERIES = [
    "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type ; rdfs:label [] } "
    "GROUP BY ?type ORDER BY ?type",
    "ASK { ?e a kg:Country }",
    "SELECT ?e ?l ?nothing WHERE { ?e rdfs:label ?l OPTIONAL { ?e kg:nope ?nothing } } "
    "ORDER BY ?l LIMIT 3",
    "SELECT ?d ?c WHERE { ?d kg:charCount ?c } ORDER BY ?d",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.devtools.benchmarks import contract_triples
    from kg.graph.store import open_store

    path = tmp_path_factory.mktemp("fast") / "db"
    writer = open_store(path)
    for doc, g in contract_triples(600):
        writer.write(doc, g)
    writer.close()
    return path


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_fast_path_prints_what_the_rdflib_path_prints(store, fmt):
    from kg.api import KnowledgeGraph
    from kg.query import format_result

    for sparql in QUERIES:
        result = CliRunner().invoke(main, ["query", str(store), sparql, "--format", fmt])
        assert result.exit_code == 0, result.output
        graph = KnowledgeGraph.open(store)
        assert result.output == format_result(graph.query(sparql), fmt) + "\n"
        graph.close()


def test_fast_path_loads_no_facade_nor_rdflib_and_construct_falls_back(store):
    """SELECT/ASK on a store load neither the facade nor rdflib; a query that mentions
    "service" (here in a literal) pays for rdflib's parse in the guard and still runs; a
    CONSTRUCT goes through the facade."""
    code = (
        "import sys, json; from click.testing import CliRunner; from kg.cli import main; "
        f"r = CliRunner().invoke(main, ['query', {str(store)!r}, sys.argv[1]]); "
        "print(json.dumps([r.exit_code, r.output, 'kg.api' in sys.modules, "
        "'rdflib' in sys.modules]))"
    )

    def run(sparql: str) -> list:
        out = subprocess.run(
            [sys.executable, "-c", code, sparql], capture_output=True, text=True, cwd=ROOT
        )
        return json.loads(out.stdout)

    assert run("ASK { ?s ?p ?o }") == [0, "True\n", False, False]
    exit_code, output, facade, rdflib = run(
        'SELECT ?l WHERE { ?e rdfs:label ?l FILTER(?l != "service") } LIMIT 1'
    )
    assert (exit_code, facade, rdflib) == (0, False, True) and "(1 row)" in output
    exit_code, output, facade, rdflib = run(
        "CONSTRUCT { ?e a kg:Country } WHERE { ?e a kg:Country }"
    )
    assert exit_code == 0 and "a kg:Country" in output and facade  # facade path


def test_fast_path_errors_are_one_line(store):
    for sparql in ("SELEC x", "SELECT * WHERE { SERVICE <http://x.test/> { ?s ?p ?o } }"):
        result = CliRunner().invoke(main, ["query", str(store), sparql])
        assert result.exit_code == 1
        assert len(result.output.strip().splitlines()) == 1
        assert result.output.startswith("Error: ")


def test_explain_on_a_store_equals_the_facades_and_loads_neither_facade_nor_rdflib(store):
    from kg.api import KnowledgeGraph
    from kg.query.explain import explain_store
    from kg.query.oxigraph import open_union, select_rows

    mentioned = "SELECT ?l WHERE { ?m kg:denotes ?e . ?e rdfs:label ?l } ORDER BY ?l LIMIT 1"
    name = select_rows(open_union(store), mentioned)[0]["l"]
    graph = KnowledgeGraph.open(store)
    for query in (name, name.upper(), "kgr:person/p1", "nobody at all"):
        assert explain_store(store, query) == graph.explain(query), query
    assert len(graph.explain(name)) > 0  # positive control: mentions found
    graph.close()
    code = (
        "import sys, json; from click.testing import CliRunner; from kg.cli import main; "
        f"r = CliRunner().invoke(main, ['explain', '--store', {str(store)!r}, sys.argv[1]]); "
        "print(json.dumps([r.exit_code, r.output, 'kg.api' in sys.modules, "
        "'rdflib' in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, name], capture_output=True, text=True, cwd=ROOT
    )
    exit_code, output, facade, rdflib = json.loads(out.stdout)
    assert (exit_code, facade, rdflib) == (0, False, False) and name in output
