"""The vocabulary file ``ontology/kg.ttl`` is well formed, bilingual and in step with ``KG``.

Code uses ``kg.graph.namespace.KG`` and people read ``kg.ttl``; if the two drift apart, triples get
written with terms nobody documented (or documented terms are never produced). These tests are the
tripwire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph.namespace import KG

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"
KG_NS = str(KG)

RELATIONS = ("visited", "met", "borders", "officialOf", "locatedIn", "invaded")
TERM_TYPES = (
    OWL.Class,
    RDFS.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def defined_terms(graph: Graph) -> set[URIRef]:
    """kg: IRIs that kg.ttl declares as a class or property (its subjects in our namespace)."""
    return {
        s
        for t in TERM_TYPES
        for s in graph.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def test_parses_with_versioned_header(ontology: Graph) -> None:
    headers = list(ontology.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/kg-news/ontology")]
    assert ontology.value(headers[0], OWL.versionInfo) == Literal("0.2.0")


def test_every_kg_subject_is_a_declared_term(ontology: Graph) -> None:
    # A kg: subject without a class/property type would escape the label checks below.
    subjects = {s for s in ontology.subjects() if str(s).startswith(KG_NS)}
    assert subjects == defined_terms(ontology)


def test_every_term_has_labels_and_comments_in_en_and_id(ontology: Graph) -> None:
    missing = []
    for term in sorted(defined_terms(ontology)):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            for lang in ("en", "id"):
                if lang not in langs:
                    missing.append(f"{term.removeprefix(KG_NS)} {prop.fragment}@{lang}")
    assert not missing, missing


def test_namespace_class_and_ontology_match(ontology: Graph) -> None:
    in_code = set(dir(KG))
    in_file = defined_terms(ontology)
    assert in_code - in_file == set(), "in KG but not in kg.ttl"
    assert in_file - in_code == set(), "in kg.ttl but not in KG"


def test_met_and_borders_are_symmetric(ontology: Graph) -> None:
    for prop in (KG.met, KG.borders):
        assert (prop, RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize("name", RELATIONS)
def test_relations_have_domain_and_range(ontology: Graph, name: str) -> None:
    prop = KG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.value(prop, RDFS.domain) is not None
    assert ontology.value(prop, RDFS.range) is not None


def test_place_hierarchy(ontology: Graph) -> None:
    for cls in (KG.Country, KG.City, KG.Region):
        assert (cls, RDFS.subClassOf, KG.Place) in ontology
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology
    for cls in (KG.Visit, KG.Meeting):
        assert (cls, RDFS.subClassOf, KG.Event) in ontology


def test_plain_prefix_table_matches_the_namespaces() -> None:
    """kg.graph.prefixes (no rdflib, for the fast read path) and the rdflib namespaces agree."""
    from kg.graph.namespace import sparql_namespaces
    from kg.graph.prefixes import PREFIX_IRIS

    assert PREFIX_IRIS == sparql_namespaces()
    assert PREFIX_IRIS["schema"] == "https://schema.org/"  # rdflib's SDO, not http://
