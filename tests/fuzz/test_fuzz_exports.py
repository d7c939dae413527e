"""Any label in: every export re-parses, and keeps the label where its format can hold it."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

import kg
from kg.graph.csvsafe import safe_cell
from kg.graph.export import xml_safe
from kg.graph.namespace import KG, KGR, NIF, RDF

pytestmark = pytest.mark.fuzz

# Labels as a hostile or broken source could make them: controls, formulas, markup, quotes,
# astral characters. Lone surrogates cannot reach a graph (ingest refuses them).
LABELS = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc", "Cf"]),
    min_size=1,
    max_size=60,
)
DOC = KGR["doc/0123456789abcdef"]


def graph_with(label: str) -> kg.KnowledgeGraph:
    """A one-document graph whose person is called ``label`` and visited Kazakhstan."""
    g = kg.KnowledgeGraph()
    person, country, evidence = KGR["person/x"], KGR["country/KZ"], KGR["assertion/1"]
    doc = g.dataset.graph(DOC)
    for triple in [
        (DOC, RDF.type, KG.Document),
        (DOC, KG.source, Literal(label)),
        (person, RDF.type, KG.Person),
        (person, RDFS.label, Literal(label)),
        (country, RDF.type, KG.Country),
        (country, RDFS.label, Literal("Kazakhstan")),
        (person, KG.visited, country),
        (evidence, RDF.type, KG.Assertion),
        (evidence, RDF.subject, person),
        (evidence, RDF.predicate, KG.visited),
        (evidence, RDF.object, country),
        (evidence, NIF.referenceContext, DOC),
        (evidence, KG.sentence, Literal(label + " tiba di Kazakhstan.")),
        (evidence, NIF.anchorOf, Literal("tiba")),
        (evidence, NIF.beginIndex, Literal(0)),
        (evidence, NIF.endIndex, Literal(4)),
        (evidence, KG.rule, Literal("fuzz")),
        (evidence, KG.confidence, Literal(0.9)),
    ]:
        doc.add(triple)
    return g


def _xml_text(label: object) -> str:
    """What an XML parser gives back: invalid characters replaced; whitespace compared as
    single spaces (parsers normalise line ends, and attribute values' whitespace)."""
    return " ".join(str(xml_safe(label)).split())


@given(LABELS)
@example("\x00\x01\x1b label\x0b")
@example('=HYPERLINK("http://x")')
@example("Antony Blinken")  # a positive control: round-trips everywhere unchanged
def test_fuzz_any_label_survives_every_export(tmp_path_factory, label):
    out = tmp_path_factory.mktemp("export")
    g = graph_with(label)

    graphml = nx.read_graphml(g.save(out / "g.graphml"))
    assert _xml_text(label) in {_xml_text(d.get("label", "")) for _, d in graphml.nodes(data=True)}

    root = ET.parse(g.save(out / "g.gexf")).getroot()
    labels = {el.get("label") for el in root.iter() if el.tag.endswith("}node")}
    assert _xml_text(label) in {_xml_text(x) for x in labels}

    with g.save(out / "g.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and rows[0]["subject"] == safe_cell(label)
    assert rows[0]["subject_iri"] == str(KGR["person/x"])

    for suffix, fmt in ((".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")):
        back = Graph().parse(g.save(out / f"g{suffix}"), format=fmt)
        assert {str(o) for o in back.objects(KGR["person/x"], RDFS.label)} == {label}, suffix

    data = json.loads((out / "g.jsonld").read_text("utf-8"))
    assert isinstance(data["@context"], dict)  # inline: nothing to fetch to read it


@given(LABELS)
def test_fuzz_saved_turtle_reopens_with_the_label(tmp_path_factory, label):
    path = graph_with(label).save(tmp_path_factory.mktemp("open") / "g.ttl")
    reopened = kg.KnowledgeGraph.open(path)
    labels = {str(o) for o in reopened.rdf.objects(URIRef(KGR["person/x"]), RDFS.label)}
    assert labels == {label}
