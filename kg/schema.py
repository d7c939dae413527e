"""The relation schema, read once from ``ontology/kg.ttl``: the one place relations are defined.

Why a module below every stage: the lexicon validator (extract), type checks (resolve) and the
views need the same relations, domains and ranges; reading them from the vocabulary keeps code
and ontology from drifting apart. Entity classes are ``kg:Person``, ``kg:Organization``,
``kg:Place`` and the subclasses of ``kg:Place``; a relation is an object property whose domain
and range are entity classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["RelationSpec", "relations", "entity_types"]

_KG = "https://w3id.org/kg-news/ontology#"
_ROOTS = ("Person", "Organization", "Place")


@dataclass(frozen=True)
class RelationSpec:
    """One relation: its local name, the entity types allowed at each end, and symmetry."""

    name: str
    domain: frozenset[str]
    range: frozenset[str]
    symmetric: bool


@cache
def _graph():  # noqa: ANN202 - an rdflib Graph, imported lazily (rdflib is slow to import)
    from rdflib import Graph

    from kg.resources import ontology_path

    g = Graph()
    g.parse(ontology_path("kg.ttl"), format="turtle")
    return g


def _local(term: object) -> str:
    return str(term).removeprefix(_KG)


@cache
def entity_types() -> frozenset[str]:
    """kg's entity classes: the roots and every class below ``kg:Place``."""
    from rdflib import RDFS, URIRef

    g = _graph()
    place = URIRef(_KG + "Place")
    below = {_local(c) for c in g.transitive_subjects(RDFS.subClassOf, place)}
    return frozenset(_ROOTS) | below


def _classes(node: object) -> frozenset[str]:
    """The local names of a class or an ``owl:unionOf`` list, each with its subclasses."""
    from rdflib import OWL, RDFS
    from rdflib.collection import Collection

    g = _graph()
    union = g.value(node, OWL.unionOf)
    members = list(Collection(g, union)) if union is not None else [node]
    out: set[str] = set()
    for member in members:
        out |= {_local(c) for c in g.transitive_subjects(RDFS.subClassOf, member)}
    return frozenset(out)


@cache
def relations() -> dict[str, RelationSpec]:
    """Every relation between entities declared in ``ontology/kg.ttl``, by local name."""
    from rdflib import OWL, RDF, RDFS

    g = _graph()
    types = entity_types()
    out = {}
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(_KG):
            continue
        domain, range_ = g.value(prop, RDFS.domain), g.value(prop, RDFS.range)
        if domain is None or range_ is None:
            continue
        dom, rng = _classes(domain), _classes(range_)
        if dom and rng and dom <= types and rng <= types:
            name = _local(prop)
            symmetric = (prop, RDF.type, OWL.SymmetricProperty) in g
            out[name] = RelationSpec(name, dom, rng, symmetric)
    return out
