"""``ontology/shapes.ttl`` accepts a graph that follows the contract and rejects each breakage.

Every negative case checks *which* constraint fired (focus node, path or shape), not just that
validation failed: a shape that fails for the wrong reason would hide the real regression.
Needs pyshacl (a test-only dependency).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.graph.namespace import KG, KGR, NIF, RDF, RDFS

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parents[2]
SHAPES = ROOT / "ontology" / "shapes.ttl"
MINI = ROOT / "tests" / "fixtures" / "mini.trig"
KGSH = "https://w3id.org/kg-news/shapes#"

# text: "Ana Lestari tiba di Tashkent, Uzbekistan." (41 characters)
DOC = KGR["doc/0123456789abcdef"]
ANA = KGR["person/ana-lestari"]
TASHKENT = KGR["city/1512569"]
UZ = KGR["country/UZ"]
VISIT = KGR["assertion/aaaa000000000001"]
LOCATED = KGR["assertion/aaaa000000000002"]
VALID = """
@base <https://w3id.org/kg-news/resource/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<doc/0123456789abcdef> {
    <doc/0123456789abcdef> a kg:Document , nif:Context ;
        kg:source "test.txt" ; dcterms:language "id" ;
        kg:contentHash "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
        kg:charCount 41 .

    <person/ana-lestari> a kg:Person ; rdfs:label "Ana Lestari" ; skos:altLabel "Lestari" .
    <city/1512569> a kg:City ; rdfs:label "Tashkent" .
    <country/UZ> a kg:Country ; rdfs:label "Uzbekistan" ; dcterms:identifier "iso3166:UZ" .

    <person/ana-lestari> kg:visited <city/1512569> .
    <city/1512569> kg:locatedIn <country/UZ> .

    <assertion/aaaa000000000001> a kg:Assertion ;
        rdf:subject <person/ana-lestari> ; rdf:predicate kg:visited ; rdf:object <city/1512569> ;
        nif:referenceContext <doc/0123456789abcdef> ;
        nif:anchorOf "Ana Lestari tiba di Tashkent" ;
        nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "28"^^xsd:nonNegativeInteger ;
        kg:sentence "Ana Lestari tiba di Tashkent, Uzbekistan." ;
        kg:rule "id.visited.trigger" ; kg:confidence 0.9 ;
        kg:supports <event/v1> .

    <assertion/aaaa000000000002> a kg:Assertion ;
        rdf:subject <city/1512569> ; rdf:predicate kg:locatedIn ; rdf:object <country/UZ> ;
        nif:referenceContext <doc/0123456789abcdef> ;
        nif:anchorOf "Tashkent, Uzbekistan" ;
        nif:beginIndex 20 ; nif:endIndex 40 ;
        kg:sentence "Ana Lestari tiba di Tashkent, Uzbekistan." ;
        kg:rule "id.locatedIn.apposition" ; kg:confidence 1.0 .

    <event/v1> a kg:Visit ; kg:participant <person/ana-lestari> ; kg:place <city/1512569> ;
        kg:pointInTime "2023-02-20"^^xsd:date .

    <mention/0123456789abcdef/0-11> a kg:Mention ; kg:denotes <person/ana-lestari> ;
        nif:referenceContext <doc/0123456789abcdef> ; nif:anchorOf "Ana Lestari" ;
        nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "11"^^xsd:nonNegativeInteger .
}
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def valid_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(data=VALID, format="trig")
    return ds


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, advanced=False)
    return bool(conforms), report, text


def results(report: Graph) -> list[dict[str, Node | None]]:
    """Each sh:ValidationResult as a dict of its focus node, path, component and source shape."""
    return [
        {
            "focus": report.value(r, SH.focusNode),
            "path": report.value(r, SH.resultPath),
            "component": report.value(r, SH.sourceConstraintComponent),
            "shape": report.value(r, SH.sourceShape),
            "message": report.value(r, SH.resultMessage),
        }
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]


def test_shapes_parse_and_declare_sparql_prefixes(shapes: Graph) -> None:
    declared = {str(p) for p in shapes.objects(None, SH.prefix)}
    assert {"kg", "nif", "rdf"} <= declared


def test_valid_graph_conforms(shapes: Graph) -> None:
    conforms, _, text = validate(valid_dataset(), shapes)
    assert conforms, text


def test_mini_fixture_conforms(shapes: Graph) -> None:
    ds = Dataset(default_union=True)
    ds.parse(MINI, format="trig")
    conforms, _, text = validate(ds, shapes)
    assert conforms, text


# --- broken variants: each mutates the document's named graph --------------------------------


def drop_label(g: Graph) -> None:
    g.remove((ANA, RDFS.label, None))


def two_labels(g: Graph) -> None:
    g.add((ANA, RDFS.label, Literal("Ana L.")))


def end_beyond_char_count(g: Graph) -> None:
    # keep anchor length consistent so only the charCount constraint is at stake
    g.set((LOCATED, NIF.beginIndex, Literal(30)))
    g.set((LOCATED, NIF.endIndex, Literal(50)))


def begin_after_end(g: Graph) -> None:
    g.set((LOCATED, NIF.beginIndex, Literal(40)))
    g.set((LOCATED, NIF.endIndex, Literal(20)))
    g.remove((LOCATED, NIF.anchorOf, None))


def negative_begin(g: Graph) -> None:
    g.set((LOCATED, NIF.beginIndex, Literal(-1)))
    g.remove((LOCATED, NIF.anchorOf, None))


def anchor_length_mismatch(g: Graph) -> None:
    g.set((VISIT, NIF.anchorOf, Literal("Ana Lestari")))


def confidence_too_high(g: Graph) -> None:
    g.set((VISIT, KG.confidence, Literal(Decimal("1.5"))))


def confidence_as_double(g: Graph) -> None:
    g.set((VISIT, KG.confidence, Literal(0.9)))  # a Python float becomes xsd:double


def no_rule(g: Graph) -> None:
    g.remove((VISIT, KG.rule, None))


def located_in_person_to_country(g: Graph) -> None:
    g.add((ANA, KG.locatedIn, UZ))


def located_in_country_inside_a_city(g: Graph) -> None:
    g.add((UZ, KG.locatedIn, TASHKENT))  # a country is never the smaller place


def visited_a_person(g: Graph) -> None:
    g.add((ANA, KG.visited, ANA))


def assertion_without_direct_edge(g: Graph) -> None:
    g.remove((ANA, KG.visited, TASHKENT))


def assertion_without_object(g: Graph) -> None:
    g.remove((VISIT, RDF.object, None))


def context_not_a_document(g: Graph) -> None:
    g.set((VISIT, NIF.referenceContext, KGR["doc/unknown"]))


def document_without_hash(g: Graph) -> None:
    g.remove((DOC, KG.contentHash, None))


def document_without_char_count(g: Graph) -> None:
    g.remove((DOC, KG.charCount, None))
    g.remove((None, NIF.anchorOf, None))


def office_title_on_visit(g: Graph) -> None:
    g.add((VISIT, KG.officeTitle, Literal("Menteri")))


def met_self(g: Graph) -> None:
    g.add((ANA, KG.met, ANA))


def two_entity_classes(g: Graph) -> None:
    g.add((TASHKENT, RDF.type, KG.Region))


def mention_without_entity(g: Graph) -> None:
    g.remove((None, KG.denotes, None))


def event_with_bad_date(g: Graph) -> None:
    g.set((KGR["event/v1"], KG.pointInTime, Literal("20 Februari 2023")))


def city_borders_country(g: Graph) -> None:
    g.add((TASHKENT, KG.borders, UZ))  # kg.ttl: kg:borders is between places that are no city


def blank_entity(g: Graph) -> None:
    b = BNode()
    g.add((b, RDF.type, KG.Person))
    g.add((b, RDFS.label, Literal("Anonim")))


Expect = dict[str, URIRef | str]  # result key -> expected node; "message" -> substring
CASES: list[tuple[Callable[[Graph], None], Expect]] = [
    (drop_label, {"focus": ANA, "path": RDFS.label, "component": SH.MinCountConstraintComponent}),
    (two_labels, {"focus": ANA, "path": RDFS.label, "component": SH.MaxCountConstraintComponent}),
    (end_beyond_char_count, {"focus": LOCATED, "message": "charCount"}),
    (
        begin_after_end,
        {
            "focus": LOCATED,
            "path": NIF.beginIndex,
            "component": SH.LessThanOrEqualsConstraintComponent,
        },
    ),
    (negative_begin, {"focus": LOCATED, "path": NIF.beginIndex}),
    (anchor_length_mismatch, {"focus": VISIT, "message": "anchorOf"}),
    (
        confidence_too_high,
        {"focus": VISIT, "path": KG.confidence, "component": SH.MaxInclusiveConstraintComponent},
    ),
    (
        confidence_as_double,
        {"focus": VISIT, "path": KG.confidence, "component": SH.DatatypeConstraintComponent},
    ),
    (no_rule, {"focus": VISIT, "path": KG.rule, "component": SH.MinCountConstraintComponent}),
    (located_in_person_to_country, {"focus": ANA, "shape": URIRef(KGSH + "LocatedInShape")}),
    (located_in_country_inside_a_city, {"focus": UZ, "shape": URIRef(KGSH + "LocatedInShape")}),
    (visited_a_person, {"focus": ANA, "path": KG.visited}),
    (assertion_without_direct_edge, {"focus": VISIT, "message": "direct triple"}),
    (assertion_without_object, {"focus": VISIT, "path": RDF.object}),
    (context_not_a_document, {"focus": VISIT, "path": NIF.referenceContext}),
    (document_without_hash, {"focus": DOC, "path": KG.contentHash}),
    (document_without_char_count, {"focus": DOC, "path": KG.charCount}),
    (office_title_on_visit, {"focus": VISIT, "message": "officeTitle"}),
    (met_self, {"focus": ANA, "shape": URIRef(KGSH + "NoSelfLoopShape")}),
    (two_entity_classes, {"focus": TASHKENT, "path": RDF.type}),
    (mention_without_entity, {"path": KG.denotes}),
    (event_with_bad_date, {"focus": KGR["event/v1"], "path": KG.pointInTime}),
    (blank_entity, {"shape": URIRef(KGSH + "EntityShape")}),
    (city_borders_country, {"focus": TASHKENT, "shape": URIRef(KGSH + "BordersShape")}),
]


@pytest.mark.parametrize(("mutate", "expected"), CASES, ids=[c[0].__name__ for c in CASES])
def test_broken_variant_fails(shapes: Graph, mutate: Callable[[Graph], None], expected: Expect):
    ds = valid_dataset()
    mutate(ds.graph(DOC))
    conforms, report, text = validate(ds, shapes)
    assert not conforms, f"{mutate.__name__} should not conform"
    assert any(matches(r, expected) for r in results(report)), text


def test_countries_and_regions_may_border(shapes: Graph) -> None:
    """The positive control of ``city_borders_country``: the same shape accepts other places."""
    ds = valid_dataset()
    g = ds.graph(DOC)
    kz, asia = KGR["country/KZ"], KGR["region/central-asia"]
    g.add((kz, RDF.type, KG.Country))
    g.add((kz, RDFS.label, Literal("Kazakhstan")))
    g.add((asia, RDF.type, KG.Region))
    g.add((asia, RDFS.label, Literal("Central Asia")))
    g.add((UZ, KG.borders, kz))
    g.add((kz, KG.borders, asia))
    conforms, _, text = validate(ds, shapes)
    assert conforms, text


def matches(result: dict[str, Node | None], expected: Expect) -> bool:
    """True if the result has every expected node; ``message`` is matched as a substring."""
    for key, want in expected.items():
        got = result[key]
        if key == "message" and not (got is not None and str(want) in str(got)):
            return False
        if key != "message" and got != want:
            return False
    return True
