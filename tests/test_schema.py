"""``kg.schema`` reads relations and entity types from ``ontology/kg.ttl``, and every place in
the code that needs a relation or type vocabulary agrees with it (shapes, views, styles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kg.graph.namespace import KG
from kg.schema import (
    dated_relations,
    entity_class_iris,
    entity_types,
    place_types,
    relations,
    sparql_values,
    symmetric_relations,
)

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"


def test_relations_come_from_the_vocabulary():
    rels = relations()
    assert set(rels) == {
        "visited",
        "met",
        "borders",
        "officialOf",
        "locatedIn",
        "withinArea",
        "invaded",
    }
    assert rels["visited"].iri == KG.visited and rels["officialOf"].iri == KG.officialOf
    assert rels["visited"].domain == {"Person", "Organization"}
    assert rels["officialOf"].range == {"Country", "Organization", "Region", "City"}


def test_containment_excludes_countries_as_the_smaller_place():
    """kg.ttl: locatedIn from Place and not Country (a district, city or province) to its
    country; withinArea between places below a country."""
    located, within = relations()["locatedIn"], relations()["withinArea"]
    assert located.domain == within.domain == {"City", "Region", "Place"}
    assert located.range == {"Country"}  # control: countries contain
    assert within.range == {"City", "Region", "Place"}


def test_borders_excludes_cities_by_complement():
    """kg.ttl says Place and not City (owl:complementOf); the reader keeps unknown places."""
    borders = relations()["borders"]
    assert borders.domain == borders.range == {"Country", "Region", "Place"}
    assert "City" in relations()["visited"].range  # positive control: City is a place


def test_symmetry_and_events_come_from_the_vocabulary():
    assert symmetric_relations() == {"met", "borders"}
    assert dated_relations() == {"visited", "met"}
    assert relations()["visited"].event_class == KG.Visit
    assert relations()["met"].event == "Meeting"
    assert relations()["visited"].to_place and not relations()["met"].to_place


def test_entity_types_are_the_classes_below_the_roots():
    assert entity_types() == {"Person", "Organization", "Place", "Country", "City", "Region"}
    assert place_types() == {"Place", "Country", "City", "Region"}
    assert entity_class_iris()["City"] == KG.City


def test_stage_type_constants_agree_with_the_schema():
    """Constants kept in code for speed (no kg.ttl read at import) are checked against it."""
    from kg.extract.model import AGENT_TYPES, PLACE_TYPES
    from kg.nlp.components import ENTITY_TYPES

    assert PLACE_TYPES == place_types()
    assert AGENT_TYPES == entity_types() - place_types()
    assert set(ENTITY_TYPES) == entity_types()


def test_sparql_values_list_every_relation_and_class():
    values = sparql_values("relations").split()
    assert sorted(values) == sorted(spec.iri.n3() for spec in relations().values())
    assert KG.Region.n3() in sparql_values("classes").split()


def test_every_entity_type_has_a_view_style():
    from kg.viz.data import TYPE_STYLES

    assert entity_types() <= set(TYPE_STYLES)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def test_every_relation_has_a_shape_and_is_an_assertion_predicate(shapes: Graph):
    """A relation in kg.ttl without a shape would pass SHACL unchecked."""
    targeted = set(shapes.objects(None, SH.targetSubjectsOf))
    allowed: set[URIRef] = set()
    for node in shapes.subjects(SH.path, RDF.predicate):
        members = shapes.value(node, SH["in"])
        if members is not None:
            allowed |= set(Collection(shapes, members))
    for spec in relations().values():
        assert spec.iri in targeted, spec.name
        assert spec.iri in allowed, spec.name
