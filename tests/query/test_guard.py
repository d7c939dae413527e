"""The query gate (kg.query.guard) and the query stage's output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.graph.namespace import KG, KGR, RDFS, bind_namespaces
from kg.query import check_query, format_result, run_query
from kg.query.guard import MAX_DEPTH, nesting_depth
from kg.query.sources import load_rdf_folder


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("SELECT * { { ?s ?p ?o } }", 2),
        ('SELECT * { ?s ?p "{{{{{{" }', 1),
        ("SELECT * { ?s ?p '''}}} ' {{{''' }", 1),
        ('SELECT * { ?s ?p "a\\"{{{" }', 1),
        ("SELECT * { # {{{{{{\n ?s ?p ?o }", 1),
        ("SELECT * { ?s ?p <http://x/(((> }", 4),  # openers in <...> count, to be safe
        ("SELECT * { ?s ?p <http://x/)))> { { } } }", 3),  # closers there never do
        ("PREFIX ex: <http://e/> SELECT * { ?s ?p ex:a\\#b . { { } } }", 3),
        ("SELECT * { FILTER(((?o))) }", 4),
    ],
)
def test_nesting_depth_reads_strings_comments_and_iris(text, depth):
    assert nesting_depth(text) == depth


def test_nesting_limit_counts_escaped_brackets():
    """``\\u007B`` is ``{`` once escapes are expanded, as every SPARQL parser must do."""
    hidden = "SELECT * WHERE " + "\\u007B" * 100 + " ?s ?p ?o " + "\\u007D" * 100
    with pytest.raises(QueryError, match="nested too deeply"):
        check_query(hidden)
    limit = "SELECT * WHERE " + "{" * 4 + " ?s ?p ?o " + "}" * 4
    assert check_query(limit).form == "SELECT"
    assert MAX_DEPTH >= 32


def test_engines_get_the_expanded_text():
    """The text that was checked is the text that runs (see the guard's docstring)."""
    checked = check_query('SELECT * WHERE { ?s ?p "\\u0022" . ?s ?p "\\u0022" }')
    assert '"""' in checked.text and "\\u0022" not in checked.text


def test_malformed_query_error_names_line_and_column():
    with pytest.raises(QueryError, match=r"line 2, column \d+") as info:
        check_query("SELECT ?s\nWHERE { ?s ?p }")
    assert "\n" not in str(info.value)
    with pytest.raises(QueryError, match="empty query"):
        check_query("  \n")


def test_unknown_prefix_is_refused_and_kg_prefixes_are_predeclared():
    with pytest.raises(QueryError, match="malformed query"):
        check_query("SELECT * WHERE { ?s nope:p ?o }")
    assert check_query("SELECT * WHERE { ?s kg:visited ?o }").form == "SELECT"
    assert check_query("CONSTRUCT WHERE { ?s kg:met ?o }").form == "CONSTRUCT"


@pytest.fixture
def graph() -> Dataset:
    ds = bind_namespaces(Dataset(default_union=True))
    doc = ds.graph(KGR["doc/a"])
    doc.add((KGR["person/x"], RDFS.label, Literal('=HYPERLINK("http://evil")')))
    doc.add((KGR["person/x"], KG.confidence, Literal("0.75", datatype=XSD.decimal)))
    doc.add((KGR["person/x"], KG.charCount, Literal(42, datatype=XSD.integer)))
    doc.add((KGR["person/x"], KG.met, KGR["person/y"]))
    return ds


def test_csv_cells_cannot_start_a_formula(graph):
    out = format_result(run_query(graph, "SELECT ?l WHERE { ?s rdfs:label ?l }"), "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1] == ['\'=HYPERLINK("http://evil")']
    plain = format_result(run_query(graph, "SELECT ?n WHERE { ?s kg:charCount ?n }"), "csv")
    assert plain.splitlines()[1] == "42"


def test_json_keeps_numbers_as_numbers(graph):
    q = "SELECT ?c ?n ?l WHERE { ?s kg:confidence ?c ; kg:charCount ?n ; rdfs:label ?l }"
    [row] = json.loads(format_result(run_query(graph, q), "json"))
    assert row["c"] == 0.75 and row["n"] == 42 and isinstance(row["l"], str)


def test_construct_output_uses_kg_prefixes(graph):
    out = format_result(run_query(graph, "CONSTRUCT WHERE { ?s kg:met ?o }"), "table")
    assert "@prefix kg:" in out and "kg:met" in out and "ns1:" not in out


def test_folder_of_rdf_files_is_one_graph(tmp_path, graph):
    graph.graph(KGR["doc/a"]).serialize(tmp_path / "a.ttl", format="turtle")
    other = Dataset()
    other.graph(KGR["doc/b"]).add((KGR["person/z"], RDFS.label, Literal("Zed")))
    (tmp_path / "sub").mkdir()
    other.serialize(tmp_path / "sub" / "b.trig", format="trig")
    (tmp_path / "notes.txt").write_text("not RDF")
    ds = load_rdf_folder(tmp_path)
    labels = {str(r.l) for r in run_query(ds, "SELECT ?l WHERE { ?s rdfs:label ?l }")}
    assert labels == {"Zed", '=HYPERLINK("http://evil")'}
    assert URIRef(KGR["doc/b"]) in {g.identifier for g in ds.graphs()}
