"""The two sinks of a document's triples (kg.graph.sink): the N-Triples text must hold exactly
what the rdflib Graph holds, for every kind of term kg writes and for hostile strings.

No model: the triples are written by hand, through both sinks, with the same calls.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg.errors import StoreError
from kg.graph.layout import as_ntriples
from kg.graph.namespace import KG, KGR, NIF, PROV, RDF, RDFS, XSD
from kg.graph.sink import (
    GraphSink,
    NTriplesSink,
    datetime_lexical,
    decimal_lexical,
)
from kg.graph.terms import TermConverter

HOSTILE = [
    'say "hi"',
    "back\\slash\\",
    "line\nfeed",
    "carriage\r\nreturn",
    "tab\there",
    "non-BMP 𝔘𝔫𝔦 😀 and BMP é 中",
    "controls \x00 \x01 \x0b \x1f \x7f \x85",
    '\\n is not a line feed; \\" neither a quote',
    "",
    " .\n<http://x/> <http://y/> <http://z/> .",  # a statement smuggled into a literal
    "x" * 300_000,  # a very long string
]
"""Literal values that must survive N-Triples escaping unchanged."""


def _write(sink, values: list[str]):  # noqa: ANN001
    """Every term kind kg writes: IRI objects, plain literals and each datatype it uses."""
    doc = KGR["doc/0123456789abcdef"]
    a = KGR["assertion/x"]
    sink.add(doc, RDF.type, KG.Document)
    sink.add(a, NIF.referenceContext, doc)
    sink.add(a, KG.supports, "https://sws.geonames.org/1526273/")  # a str, not a URIRef
    for i, value in enumerate(values):
        sink.literal(KGR[f"mention/{i}"], NIF.anchorOf, value)
    sink.literal(doc, KG.charCount, "2400", XSD.nonNegativeInteger)
    sink.literal(a, KG.confidence, decimal_lexical(0.85), XSD.decimal)
    sink.literal(doc, KG.pointInTime, "2023-02-28", XSD.date)
    stamp = datetime_lexical(datetime(2026, 12, 2, 3, 4, 5, tzinfo=UTC))
    sink.literal(a, PROV.endedAtTime, stamp, XSD.dateTime)
    sink.literal(a, RDFS.label, "typed", XSD.string)
    return sink


def _both(values: list[str]) -> tuple[Graph, str]:
    graph = _write(GraphSink(Graph()), values).graph
    text = _write(NTriplesSink(), values).ntriples().text
    return graph, text


def test_ntriples_text_parses_back_to_the_graph_sinks_triples_in_rdflib():
    graph, text = _both(HOSTILE)
    parsed = Graph().parse(data=text, format="nt")
    assert len(graph) == len(HOSTILE) + 8
    assert set(parsed) == set(graph)
    # the values themselves, not only equal sets: the long one and the line feed survive
    anchors = {str(o) for o in parsed.objects(None, NIF.anchorOf)}
    assert anchors == set(HOSTILE)


def test_ntriples_text_parses_back_to_the_same_quads_in_oxigraph():
    graph, text = _both(HOSTILE)
    parsed = {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES)
    }
    assert parsed == set(TermConverter().triples(graph))
    assert len(parsed) == len(HOSTILE) + 8


def test_ntriples_text_is_what_rdflibs_serialiser_writes():
    """Byte for byte, line for line: a store gets the same input whichever path wrote it."""
    graph, text = _both(HOSTILE)
    assert sorted(text.splitlines(keepends=True)) == sorted(
        as_ntriples(graph).text.splitlines(keepends=True)
    )


def test_each_statement_is_one_line_ending_the_same_way():
    """What document_nquads relies on to add the graph name: " .\\n" ends every statement
    and a line feed occurs nowhere else."""
    _, text = _both(HOSTILE)
    lines = text.split("\n")
    assert lines[-1] == ""
    assert len(lines) - 1 == len(HOSTILE) + 8
    assert all(line.endswith(" .") for line in lines[:-1])


def test_a_triple_written_twice_is_stored_once():
    sink = NTriplesSink()
    sink.literal(KGR["a"], RDFS.label, "Astana")
    sink.literal(KGR["a"], RDFS.label, "Astana")
    sink.literal(KGR["a"], RDFS.label, "Nur-Sultan")  # positive control: a second triple
    assert len(sink.ntriples()) == 2


def test_an_iri_n_triples_cannot_hold_is_refused_as_a_kg_error():
    sink = NTriplesSink()
    sink.add(KGR["a"], RDF.type, KG.City)  # positive control: a valid IRI passes
    with pytest.raises(StoreError, match="IRI"):
        sink.add(KGR["city/nur sultan"], RDF.type, KG.City)
    with pytest.raises(StoreError, match="IRI"):
        sink.literal(KGR["a"], RDFS.label, "x", "http://example.org/a>b")
    assert len(sink.ntriples()) == 1


@pytest.mark.parametrize("value", [0.8, 1.0, 0.95, 0.0, 1e-05, 1e-07, 0.7000000000000001, 12.5])
def test_decimal_lexical_form_is_rdflibs(value: float):
    """Confidences keep the canonical form kg always wrote (Literal(Decimal(str(c))))."""
    before = Literal(Decimal(str(value)), datatype=XSD.decimal)
    lexical = decimal_lexical(value)
    assert lexical == str(before)
    assert Literal(lexical, datatype=XSD.decimal) == before


def test_datetime_lexical_form_is_rdflibs():
    stamp = datetime(2026, 12, 2, 3, 4, 5, tzinfo=UTC)
    assert datetime_lexical(stamp) == str(Literal(stamp))
    assert Literal(datetime_lexical(stamp), datatype=XSD.dateTime) == Literal(stamp)
