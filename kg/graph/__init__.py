"""Graph stage: RDF model, stores, provenance, NetworkX view.

Names are imported from their modules on first use (PEP 562), so ``import kg.graph.store``
(what ``kg query`` needs) does not import the document builder, which imports the extract and
resolve stages and spaCy, nor NetworkX.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lazy import lazy_exports

if TYPE_CHECKING:
    from kg.graph.build import document_graph, document_ntriples
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
    "document_ntriples",
    "document_iri",
    "entity_iri",
    "load_graph",
    "open_dataset",
    "to_networkx",
    "union_graph",
]

__getattr__, __dir__ = lazy_exports(
    "kg.graph",
    {
        "namespace": ("KG", "KGR", "NIF", "bind_namespaces"),
        "build": ("document_graph", "document_ntriples"),
        "iri": ("document_iri", "entity_iri"),
        "store": ("load_graph", "open_dataset", "union_graph"),
        "networkx_view": ("to_networkx",),
    },
)
