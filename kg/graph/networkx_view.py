"""The NetworkX view of the graph: entities as nodes, relations as keyed multi-edges.

Attributes follow the contract in ontology/README.md (label, type, aliases, identifiers on
nodes; predicate, confidence, title, the evidence list and, for visited/met, ``date`` = the
earliest known event day as an ISO string, on edges), so the HTML view and
users' own analyses read the same structure. The rows are read by :mod:`kg.graph.plain_view`,
which ``kg view`` also uses on a store without rdflib.
"""

from __future__ import annotations

from functools import cache

import networkx as nx
from rdflib import Graph

from kg.graph.namespace import sparql_namespaces
from kg.graph.plain_view import Row, assemble, view_queries
from kg.schema import relations, sparql_values

__all__ = ["to_networkx"]


@cache
def _queries() -> tuple[str, str, str]:
    """The view's queries, their VALUES filled from the schema (``kg.schema``) as N-Triples
    terms, so a relation or class added to ``ontology/kg.ttl`` shows up here."""
    return view_queries(sparql_values("classes"), sparql_values("relations"))


def _rows(graph: Graph, query: str, ns: dict) -> list[Row]:
    """A SELECT's rows as lexical forms (rdflib terms print as their lexical form)."""
    result = graph.query(query, initNs=ns)
    names = [str(v) for v in result.vars or ()]
    return [
        {
            name: None if value is None else str(value)
            for name, value in zip(names, row, strict=True)
        }
        for row in result
    ]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Build a ``networkx.MultiDiGraph`` from kg RDF (a Graph or a union Dataset).

    ``g.graph["documents"]`` maps each document IRI to its ``source``, ``title``, ``date``
    and ``lang`` (those the graph has), so evidence can name where it comes from.
    """
    ns = sparql_namespaces()
    documents, nodes, edges = (_rows(graph, q, ns) for q in _queries())
    names = {str(spec.iri): name for name, spec in relations().items()}
    plain = assemble(documents, nodes, edges, names)
    g = nx.MultiDiGraph()
    g.graph["documents"] = plain.documents
    for iri, attrs in plain.nodes.items():
        g.add_node(iri, **attrs)
    for s, o, pred, attrs in plain.edges:
        g.add_edge(s, o, key=pred, **attrs)
    return g
