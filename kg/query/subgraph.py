"""Cut a viewable subgraph out of a large graph with a query, for ``kg view --query``.

A CONSTRUCT query gives its graph directly. A SELECT query gives the entities it binds; the
subgraph is then those entities with their labels and the relations among them, each with its
evidence, so a million-triple graph can still be looked at one question at a time.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.errors import QueryError
from kg.graph.namespace import RDF, bind_namespaces
from kg.query import run_query
from kg.schema import entity_class_iris, relations

__all__ = ["subgraph"]

_ENTITY_CLOSURE = """
CONSTRUCT {
  ?e a ?cls ; rdfs:label ?label ; skos:altLabel ?alt ; dcterms:identifier ?id ; owl:sameAs ?same .
}
WHERE {
  ?e a ?cls ; rdfs:label ?label .
  OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e dcterms:identifier ?id }
  OPTIONAL { ?e owl:sameAs ?same }
}"""

_EDGE_CLOSURE = """
CONSTRUCT {
  ?s ?p ?o .
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?ap ?av .
  ?doc kg:source ?source .
}
WHERE {
  ?s ?p ?o .
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?ap ?av .
    OPTIONAL { ?a nif:referenceContext ?doc . ?doc kg:source ?source }
  }
}"""


def subgraph(graph: Graph, sparql: str) -> Graph:
    """The part of ``graph`` a query selects (see the module docstring)."""
    result = run_query(graph, sparql)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for triple in result.graph:
            out.add(triple)
        return bind_namespaces(out)
    if result.type != "SELECT":
        raise QueryError("kg view --query needs a SELECT, CONSTRUCT or DESCRIBE query")
    entities = {v for row in result for v in row if isinstance(v, URIRef)}
    return _closure(graph, entities)


def _closure(graph: Graph, entities: set[URIRef]) -> Graph:
    """The entities (those typed with a kg entity class), their names, and the relations
    among them with their evidence."""
    classes = set(entity_class_iris().values())
    keep = {e for e in entities if set(graph.objects(e, RDF.type)) & classes}
    out = bind_namespaces(Graph())
    for e in keep:
        for triple in run_query(graph, _ENTITY_CLOSURE, {"e": e}).graph:
            out.add(triple)
    for spec in relations().values():
        for s, o in graph.subject_objects(spec.iri):
            if s in keep and o in keep:
                edge = run_query(graph, _EDGE_CLOSURE, {"s": s, "p": spec.iri, "o": o})
                for triple in edge.graph:
                    out.add(triple)
    return out
