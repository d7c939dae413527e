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


def test_fast_path_loads_no_facade_and_construct_falls_back(store):
    # rdflib is loaded either way: its parser is the one query guard (kg.query.guard).
    code = (
        "import sys, json; from click.testing import CliRunner; from kg.cli import main; "
        f"r = CliRunner().invoke(main, ['query', {str(store)!r}, sys.argv[1]]); "
        "print(json.dumps([r.exit_code, r.output, 'kg.api' in sys.modules]))"
    )

    def run(sparql: str) -> list:
        out = subprocess.run(
            [sys.executable, "-c", code, sparql], capture_output=True, text=True, cwd=ROOT
        )
        return json.loads(out.stdout)

    exit_code, output, facade_loaded = run("ASK { ?s ?p ?o }")
    assert (exit_code, output.strip(), facade_loaded) == (0, "True", False)
    exit_code, output, facade_loaded = run(
        "CONSTRUCT { ?e a kg:Country } WHERE { ?e a kg:Country }"
    )
    assert exit_code == 0 and "a kg:Country" in output and facade_loaded  # facade path


def test_fast_path_errors_are_one_line(store):
    for sparql in ("SELEC x", "SELECT * WHERE { SERVICE <http://x.test/> { ?s ?p ?o } }"):
        result = CliRunner().invoke(main, ["query", str(store), sparql])
        assert result.exit_code == 1
        assert len(result.output.strip().splitlines()) == 1
        assert result.output.startswith("Error: ")
