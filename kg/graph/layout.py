"""The layout every kg store keeps (one named graph per document, the deduplicated union in
the default graph), as the SPARQL that the Oxigraph and the remote store both send."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyoxigraph as ox
from rdflib import URIRef

__all__ = ["OX_FORMATS", "UNION_FROM_GRAPHS", "drop_update", "remove_present"]

OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
"""kg's format names -> Oxigraph's, for the exports that stream from a store."""

UNION_FROM_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
"""Build the union of a store written without one (by another tool, e.g. ``oxigraph load``)."""


def drop_update(doc_iris: Sequence[URIRef]) -> str:
    """SPARQL update: remove from the union what no other document states, then the graphs."""
    listed = ", ".join(f"<{d}>" for d in doc_iris)
    parts = [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{d}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({listed})) }} }}"
        for d in doc_iris
    ]
    parts += [f"DROP SILENT GRAPH <{d}>" for d in doc_iris]
    return " ;\n".join(parts)


def remove_present(
    documents: Callable[..., list[URIRef]],
    update: Callable[[str], object],
    doc_iris: Sequence[URIRef],
) -> int:
    """Drop, with one update (one transaction), those of ``doc_iris`` that are documents of the
    store; returns how many were."""
    present = [d for d in doc_iris if documents(doc_iri=d)]
    if present:
        update(drop_update(present))
    return len(present)
