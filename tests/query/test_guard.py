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


# -- the engine's text without rdflib's parse (kg query's fast path) ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        r"SELECT * { ?s ?p '\u0041' }",
        r"SELECT * { ?s ?p '\U0001F600' }",
        r"SELECT * { ?s ?p '\u00000041' }",  # eight digits where there are eight, as rdflib
        r"SELECT * { ?s ?p '\u12' }",  # too short: left alone
        r"\u0053ELECT * { ?s ?p ?o }",
        "SELECT * { ?s ?p 'no escapes' }",
    ],
)
def test_unicode_expansion_agrees_with_rdflib(text):
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    from kg.query.guard import expand_unicode_escapes

    assert expand_unicode_escapes(text) == expandUnicodeEscapes(text)


def test_bad_code_point_is_refused_like_rdflib():
    from kg.query.guard import engine_text

    bad = r"SELECT * { ?s ?p '\U00110000' }"
    with pytest.raises(QueryError) as fast:
        engine_text(bad)
    with pytest.raises(QueryError) as full:
        check_query(bad)
    assert (
        str(fast.value)
        == str(full.value)
        == "malformed query: Invalid unicode code point: 00110000"
    )


def test_engine_text_refuses_every_hidden_service_as_check_query_does():
    """Every spelling of tests/serve/test_no_network.py is refused by the fast guard with the
    very message of the full one; queries without the word pass, expanded."""
    from kg.query.guard import engine_text
    from tests.serve.test_no_network import RUNS, VARIANTS

    for name, template in VARIANTS.items():
        query = template.replace("{url}", "http://127.0.0.1:9/")
        if name in RUNS:
            assert engine_text(query) == check_query(query).text, name
            continue
        with pytest.raises(QueryError) as fast:
            engine_text(query)
        with pytest.raises(QueryError) as full:
            check_query(query)
        assert str(fast.value) == str(full.value), name
    assert engine_text(r"ASK { ?s ?p '\u0041' }") == "ASK { ?s ?p 'A' }"  # positive control
    with pytest.raises(QueryError, match="nested too deeply"):
        engine_text("ASK " + "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1))
