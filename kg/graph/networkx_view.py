"""The NetworkX view of the graph: entities as nodes, relations as keyed multi-edges.

Attributes follow the contract in ontology/README.md (label, type, aliases, identifiers on
nodes; predicate, confidence, title, the evidence list and, for visited/met, ``date`` = the
earliest known event day as an ISO string, on edges), so the HTML view and
users' own analyses read the same structure.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import networkx as nx
from rdflib import Graph

from kg.graph.namespace import sparql_namespaces
from kg.schema import relations, sparql_values

__all__ = ["to_networkx"]

_NODES = """
SELECT ?e ?type ?label ?alt ?id ?same WHERE {
  ?e a ?cls ; rdfs:label ?label .
  VALUES ?cls { CLASSES }
  BIND(STRAFTER(STR(?cls), "#") AS ?type)
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e dcterms:identifier ?id }
  OPTIONAL { ?e owl:sameAs ?same }
}"""

_EDGES = """
SELECT ?s ?p ?o ?a ?doc ?source ?sentence ?text ?begin ?end ?rule ?conf ?title ?date WHERE {
  ?s ?p ?o .
  VALUES ?p { PREDICATES }
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       nif:referenceContext ?doc ; kg:sentence ?sentence ; nif:anchorOf ?text ;
       nif:beginIndex ?begin ; nif:endIndex ?end ; kg:rule ?rule ; kg:confidence ?conf .
    OPTIONAL { ?a kg:officeTitle ?title }
    OPTIONAL { ?doc kg:source ?source }
    OPTIONAL { ?a kg:supports ?event . ?event kg:pointInTime ?date }
  }
}"""


@cache
def _queries() -> tuple[str, str]:
    """The node and edge queries, their VALUES filled from the schema (``kg.schema``) as
    N-Triples terms, so a relation or class added to ``ontology/kg.ttl`` shows up here."""
    return (
        _NODES.replace("CLASSES", sparql_values("classes")),
        _EDGES.replace("PREDICATES", sparql_values("relations")),
    )


_DOCUMENTS = """
SELECT ?doc ?source ?title ?date ?lang WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc kg:source ?source }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc dcterms:language ?lang }
}"""


def _documents(graph: Graph, ns: dict) -> dict[str, dict[str, str]]:
    """Document IRI -> source, title, date, language: what a reader needs to weigh evidence."""
    docs: dict[str, dict[str, str]] = {}
    for row in graph.query(_DOCUMENTS, initNs=ns):
        fields = {"source": row.source, "title": row.title, "date": row.date, "lang": row.lang}
        entry = docs.setdefault(str(row.doc), {})
        entry.update({k: str(v) for k, v in fields.items() if v is not None and k not in entry})
    return docs


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Build a ``networkx.MultiDiGraph`` from kg RDF (a Graph or a union Dataset).

    ``g.graph["documents"]`` maps each document IRI to its ``source``, ``title``, ``date``
    and ``lang`` (those the graph has), so evidence can name where it comes from.
    """
    g = nx.MultiDiGraph()
    ns = sparql_namespaces()
    g.graph["documents"] = _documents(graph, ns)
    nodes_query, edges_query = _queries()
    nodes: dict[str, dict] = {}
    for row in graph.query(nodes_query, initNs=ns):
        iri = str(row.e)
        node = nodes.setdefault(
            iri,
            {
                "iri": iri,
                "label": str(row.label),
                "type": str(row.type),
                "aliases": set(),
                "identifiers": {},
            },
        )
        if row.alt is not None:
            node["aliases"].add(str(row.alt))
        if row.id is not None:
            node["identifiers"]["gazetteer"] = str(row.id)
        if row.same is not None and "geonames" in str(row.same):
            node["identifiers"]["geonames"] = str(row.same).rstrip("/").rsplit("/", 1)[-1]
    for iri, attrs in nodes.items():
        attrs["aliases"] = sorted(attrs["aliases"])
        g.add_node(iri, **attrs)
    names = {spec.iri: name for name, spec in relations().items()}
    edges: dict[tuple[str, str, str], dict] = {}
    seen_evidence: defaultdict[tuple, set] = defaultdict(set)
    for row in graph.query(edges_query, initNs=ns):
        s, o = str(row.s), str(row.o)
        if s not in nodes or o not in nodes:
            continue
        pred = names[row.p]
        key = (s, pred, o)
        edge = edges.setdefault(
            key, {"predicate": pred, "predicate_iri": str(row.p), "evidence": [], "confidence": 0.0}
        )
        if row.date is not None:  # the edge's date: the earliest day of an event it reports
            day = str(row.date)
            edge["date"] = min(edge.get("date", day), day)
        if row.a is None or str(row.a) in seen_evidence[key]:
            continue
        seen_evidence[key].add(str(row.a))
        conf = float(row.conf)
        edge["confidence"] = max(edge["confidence"], conf)
        if row.title is not None:
            edge["title"] = str(row.title)
        edge["evidence"].append(
            {
                "document": str(row.doc),
                "source": str(row.source or row.doc),
                "sentence": str(row.sentence),
                "text": str(row.text),
                "begin": int(row.begin),
                "end": int(row.end),
                "rule": str(row.rule),
                "confidence": conf,
            }
        )
    for (s, pred, o), attrs in sorted(edges.items()):
        attrs["evidence"].sort(key=lambda e: (e["source"], e["begin"]))
        g.add_edge(s, o, key=pred, **attrs)
    return g
