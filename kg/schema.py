"""The relation and entity-type schema, read once from ``ontology/kg.ttl``: the one place
relations are defined.

Why a module below every stage: the lexicon validator (extract), type checks (resolve), events,
the views and the statistics need the same relations, domains, ranges and entity classes;
reading them from the vocabulary keeps code and ontology from drifting apart, and lets a new
relation be added by editing ``ontology/`` alone (walk-through in ``ontology/README.md``).
Entity classes are ``kg:Person``, ``kg:Organization``, ``kg:Place`` and the subclasses of
``kg:Place``; a relation is an object property whose domain and range are entity classes.
A domain or range is a class, an ``owl:unionOf`` list, or an ``owl:intersectionOf`` list whose
members may be ``owl:complementOf`` a class ("a place that is not a city"); each class stands
for itself and its subclasses.

rdflib is imported lazily: importing this module costs nothing until a schema is asked for.

>>> relations()["met"].symmetric, relations()["visited"].event
(True, 'Visit')
>>> sorted(relations()["locatedIn"].domain), sorted(relations()["locatedIn"].range)
(['City', 'Place', 'Region'], ['Country'])
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph, Namespace, URIRef

__all__ = [
    "RelationSpec",
    "relations",
    "entity_types",
    "entity_class_iris",
    "place_types",
    "dated_relations",
    "symmetric_relations",
    "sparql_values",
]

_ROOTS = ("Person", "Organization", "Place")


@dataclass(frozen=True)
class RelationSpec:
    """One relation as ``kg.ttl`` declares it.

    name (str): the local name, as extraction rules and NetworkX edges use it ("visited").
    iri (URIRef): the property's IRI, read from the vocabulary (never built from the name).
    domain, range (frozenset[str]): entity types allowed at the subject and object end.
    symmetric (bool): ``owl:SymmetricProperty``; stored in one direction.
    event_class (URIRef | None): the class of the event behind the edge (``kg:eventClass``),
        e.g. ``kg:Visit``; such relations are dated (their evidence supports an event).
    """

    name: str
    iri: URIRef
    domain: frozenset[str]
    range: frozenset[str]
    symmetric: bool
    event_class: URIRef | None = None

    @property
    def event(self) -> str | None:
        """Local name of the event class ("Visit"), or None."""
        return _local(self.event_class) if self.event_class is not None else None

    @property
    def dated(self) -> bool:
        """Whether the relation reports an event, whose day extract resolves from the text."""
        return self.event_class is not None

    @property
    def to_place(self) -> bool:
        """Whether the object is always a place (visited): an event's place, not a participant."""
        return self.range <= place_types()


@cache
def _graph() -> Graph:
    from rdflib import Graph

    from kg.resources import ontology_path

    g = Graph()
    g.parse(ontology_path("kg.ttl"), format="turtle")
    return g


@cache
def _ns() -> Namespace:
    """The ``kg:`` namespace as the vocabulary declares it (``vann:preferredNamespaceUri``)."""
    from rdflib import Namespace
    from rdflib.namespace import VANN

    return Namespace(str(next(_graph().objects(None, VANN.preferredNamespaceUri))))


def _kg() -> str:
    return str(_ns())


def _local(term: object) -> str:
    return str(term).removeprefix(_kg())


def _below(cls: object) -> frozenset[str]:
    """The local names of ``cls`` and all its subclasses."""
    from rdflib import RDFS

    return frozenset(_local(c) for c in _graph().transitive_subjects(RDFS.subClassOf, cls))


@cache
def entity_class_iris() -> dict[str, URIRef]:
    """kg's entity classes by local name: the roots and every class below ``kg:Place``."""
    from rdflib import RDFS, URIRef

    g = _graph()
    out: dict[str, URIRef] = {}
    for root in (_ns()[name] for name in _ROOTS):
        for cls in g.transitive_subjects(RDFS.subClassOf, root):
            if isinstance(cls, URIRef) and str(cls).startswith(_kg()):
                out[_local(cls)] = cls
    return out


def entity_types() -> frozenset[str]:
    """kg's entity classes by local name: the roots and every class below ``kg:Place``."""
    return frozenset(entity_class_iris())


def place_types() -> frozenset[str]:
    """``Place`` and its subclasses (``Place`` itself is a place whose kind is unknown)."""
    return frozenset(_below(entity_class_iris()["Place"]))


def _classes(node: object) -> frozenset[str]:
    """The entity types a class expression admits (see the module docstring)."""
    from rdflib import OWL
    from rdflib.collection import Collection

    g = _graph()
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return frozenset().union(*(_classes(m) for m in Collection(g, union)))
    both = g.value(node, OWL.intersectionOf)
    if both is not None:
        members = list(Collection(g, both))
        complements = [g.value(m, OWL.complementOf) for m in members]
        kept = [_classes(m) for m, c in zip(members, complements, strict=True) if c is None]
        dropped = [_classes(c) for c in complements if c is not None]
        out = frozenset.intersection(*kept) if kept else entity_types()
        return out.difference(*dropped)
    return _below(node)


@cache
def relations() -> dict[str, RelationSpec]:
    """Every relation between entities declared in ``ontology/kg.ttl``, by local name, in
    name order (so queries and views built from it are the same on every run)."""
    from rdflib import OWL, RDF, RDFS

    g = _graph()
    types = entity_types()
    event_class = _ns().eventClass
    out = {}
    for prop in sorted(g.subjects(RDF.type, OWL.ObjectProperty)):
        if not str(prop).startswith(_kg()):
            continue
        domain, range_ = g.value(prop, RDFS.domain), g.value(prop, RDFS.range)
        if domain is None or range_ is None:
            continue
        dom, rng = _classes(domain), _classes(range_)
        if dom and rng and dom <= types and rng <= types:
            name = _local(prop)
            symmetric = (prop, RDF.type, OWL.SymmetricProperty) in g
            out[name] = RelationSpec(name, prop, dom, rng, symmetric, g.value(prop, event_class))
    return out


def dated_relations() -> frozenset[str]:
    """Relations whose evidence reports an event (``kg:eventClass``): visits, meetings."""
    return frozenset(name for name, spec in relations().items() if spec.dated)


def symmetric_relations() -> frozenset[str]:
    """Relations declared ``owl:SymmetricProperty``: one direction is stored."""
    return frozenset(name for name, spec in relations().items() if spec.symmetric)


def sparql_values(kind: str) -> str:
    """The schema's ``"classes"`` (entity classes) or ``"relations"`` as N-Triples terms for
    a SPARQL ``VALUES`` block: queries list what the vocabulary declares, not a copy of it.

    >>> "<https://w3id.org/kg-news/ontology#met>" in sparql_values("relations")
    True
    """
    terms = (
        [iri for _, iri in sorted(entity_class_iris().items())]
        if kind == "classes"
        else [spec.iri for spec in relations().values()]
    )
    return " ".join(term.n3() for term in terms)
