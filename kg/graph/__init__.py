"""Graph stage: RDF model, stores, provenance, NetworkX view."""

from kg.graph.build import document_graph
from kg.graph.iri import document_iri, entity_iri
from kg.graph.namespace import KG, KGR, NIF, bind_namespaces
from kg.graph.networkx_view import to_networkx
from kg.graph.store import load_graph, open_dataset, union_graph

__all__ = [
    "KG",
    "KGR",
    "NIF",
    "bind_namespaces",
    "document_graph",
    "document_iri",
    "entity_iri",
    "load_graph",
    "open_dataset",
    "to_networkx",
    "union_graph",
]
