"""Namespaces of the kg graph: ``kg:`` ontology terms, minted resources, standard vocabularies.

Every module that writes or reads triples imports its IRIs from here, so that a misspelt term fails
at import time (``KG`` is a closed ``DefinedNamespace`` with ``_fail = True``) instead of silently
producing a triple nobody queries. ``KG`` mirrors ``ontology/kg.ttl`` term for term; the test
``tests/graph/test_ontology.py`` keeps the two in sync.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

from kg.graph.prefixes import PREFIX_IRIS

__all__ = [
    "KG",
    "KGR",
    "NIF",
    "RDF",
    "RDFS",
    "OWL",
    "SKOS",
    "XSD",
    "PROV",
    "DCTERMS",
    "FOAF",
    "SDO",
    "PREFIXES",
    "bind_namespaces",
    "sparql_namespaces",
]


class KG(DefinedNamespace):
    """The kg-news ontology (``ontology/kg.ttl``), version 0.2.0.

    Closed on purpose: ``KG.vistied`` raises ``AttributeError`` rather than minting a new IRI.
    """

    _fail = True
    _NS = Namespace(PREFIX_IRIS["kg"])

    # entity classes
    Person: URIRef  # a human being named in a news text
    Organization: URIRef  # an organisation: international body, ministry, company, party
    Place: URIRef  # a geographic place; used directly when its kind is unknown
    Country: URIRef  # a sovereign state (subclass of Place)
    City: URIRef  # a city or town (subclass of Place)
    Region: URIRef  # a province/state or supranational region (subclass of Place)

    # text and evidence classes
    Document: URIRef  # one ingested text; its IRI also names its named graph
    Assertion: URIRef  # a reified relation triple with its evidence (subclass of rdf:Statement)
    Mention: URIRef  # a span of a document that refers to an entity
    CandidateAssertion: URIRef  # evidence below the threshold, kept apart (subclass of Assertion)
    CandidateGraph: URIRef  # the named graph of one document's candidate assertions

    # event classes
    Event: URIRef  # something that happened at a place and time, with participants
    Visit: URIRef  # the event behind a kg:visited edge
    Meeting: URIRef  # the event behind kg:met edges

    # relation properties (direct triples between entity IRIs)
    visited: URIRef  # Person|Organization -> Place
    met: URIRef  # Person <-> Person (symmetric)
    borders: URIRef  # Place <-> Place (symmetric)
    officialOf: URIRef  # Person -> Country|Organization; title: kg:officeTitle on the Assertion
    locatedIn: URIRef  # City, Region or Place -> its Country
    withinArea: URIRef  # City, Region or Place -> a larger place below a country (P131)
    invaded: URIRef  # Country -> Country

    # event properties
    participant: URIRef  # Event -> Person|Organization
    place: URIRef  # Event -> Place
    pointInTime: URIRef  # Event -> xsd:date
    supports: URIRef  # Assertion -> Event it is evidence of
    candidatesOf: URIRef  # CandidateGraph -> the Document whose weaker relations it holds
    eventClass: URIRef  # relation property -> class of the event behind its edges (annotation)

    # data properties of documents, assertions and mentions
    source: URIRef  # Document -> path or URL it was read from
    contentHash: URIRef  # Document -> "sha256:<64 hex>"
    charCount: URIRef  # Document -> length of the original text (code points)
    sentence: URIRef  # Assertion -> the whole sentence holding the evidence
    rule: URIRef  # Assertion -> id of the extraction rule, e.g. "id.visited.trigger"
    confidence: URIRef  # Assertion -> xsd:decimal in [0, 1]
    officeTitle: URIRef  # Assertion (officialOf) -> office as written, e.g. "Menteri Luar Negeri"
    denotes: URIRef  # Mention -> the entity it refers to
    resolvedBy: URIRef  # Mention -> why it was linked to its entity (the merge log)


KGR = Namespace(PREFIX_IRIS["kgr"])
"""Minted resources: ``KGR["person/<slug>"]``, ``KGR["doc/<hash16>"]``... (ontology/README.md)."""

NIF = Namespace(PREFIX_IRIS["nif"])
"""NIF Core: offsets (beginIndex/endIndex), anchorOf, referenceContext. An open Namespace because
we use only a handful of its terms and rdflib ships no DefinedNamespace for it."""

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "kg": KG,
    "kgr": KGR,
    "nif": NIF,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "xsd": XSD,
    "prov": PROV,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "schema": SDO,
}
"""Prefix -> namespace, the one table used for Turtle output and SPARQL prologues."""


def bind_namespaces(graph: Graph) -> Graph:
    """Bind every kg prefix on ``graph`` (a Graph or Dataset) and return it.

    ``replace=True`` because rdflib pre-binds some prefixes (e.g. ``schema``) and would otherwise
    rename ours to ``kg1``; serialised Turtle and SPARQL results then read the same everywhere.
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(str(namespace)), override=True, replace=True)
    return graph


def sparql_namespaces() -> dict[str, str]:
    """``PREFIXES`` as plain strings, for ``Graph.query(initNs=...)``."""
    return {
        prefix: str(ns._NS) if isinstance(ns, type) else str(ns) for prefix, ns in PREFIXES.items()
    }
