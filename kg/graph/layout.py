"""The layout every kg store keeps (one named graph per document, the deduplicated union in
the default graph), as the SPARQL that the Oxigraph and the remote store both send.

A document may also have a candidate graph (``kg.graph.iri.candidates_iri``: weaker relations
kept apart, typed ``kg:CandidateGraph``): it is never part of the union, and goes with its
document when that is removed or replaced."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.graph.iri import candidates_iri
from kg.graph.namespace import KG
from kg.graph.sink import NTriples

__all__ = [
    "OX_FORMATS",
    "UNION_FROM_GRAPHS",
    "as_graph",
    "document_nquads",
    "drop_update",
    "graph_nquads",
    "as_ntriples",
    "remove_present",
]

OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
"""kg's format names -> Oxigraph's, for the exports that stream from a store."""

UNION_FROM_GRAPHS = (
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
    f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?g a <{KG.CandidateGraph}> }} }} }}"
)
"""Build the union of a store written without one (by another tool, e.g. ``oxigraph load``):
every named graph but the candidate graphs."""


def drop_update(doc_iris: Sequence[URIRef]) -> str:
    """SPARQL update: remove from the union what no other document states, then the graphs."""
    listed = ", ".join(f"<{d}>" for d in doc_iris)
    parts = [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{d}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({listed})) }} }}"
        for d in doc_iris
    ]
    parts += [f"DROP SILENT GRAPH <{d}>" for d in doc_iris]
    parts += [f"DROP SILENT GRAPH <{candidates_iri(d)}>" for d in doc_iris]
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


def as_ntriples(triples: Iterable[tuple] | NTriples) -> NTriples:
    """A document's triples as N-Triples text: as they come from the document builder
    (:func:`kg.graph.build.document_ntriples`), or serialised by rdflib from triples or a
    Graph (API users, older callers).

    Why text: Oxigraph parses N-Triples in Rust faster than Python can build one pyoxigraph
    term per node (measured: 1.3 s for 100k triples through rdflib's serializer, against 8.8 s
    for converting terms and building quads), and the same text is a valid SPARQL
    ``INSERT DATA`` body.
    """
    if isinstance(triples, NTriples):
        return triples
    return NTriples(as_graph(triples).serialize(format="nt", encoding="utf-8").decode("utf-8"))


def document_nquads(doc_iri: URIRef, triples: NTriples) -> bytes:
    """N-Quads: each triple into the document's graph and into the union (the default
    graph), ready for one ``Store.load`` (one transaction). Every statement of N-Triples text
    ends with ``" .\n"`` and no line feed occurs elsewhere (literals escape theirs), so the
    graph name goes in by one replacement."""
    return graph_nquads(doc_iri, triples) + triples.text.encode()


def graph_nquads(graph_iri: URIRef, triples: NTriples) -> bytes:
    """N-Quads: each triple into the named graph only, not into the union (a candidate graph)."""
    return triples.text.replace(" .\n", f" <{graph_iri}> .\n").encode()


def as_graph(triples: Iterable[tuple] | NTriples) -> Graph:
    """The triples in an rdflib Graph (the form a document's graph arrives in)."""
    if isinstance(triples, Graph):
        return triples
    graph = Graph()
    if isinstance(triples, NTriples):
        return graph.parse(data=triples.text, format="nt")
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph
