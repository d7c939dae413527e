"""The one converter from rdflib terms to pyoxigraph terms.

Why kg has its own: the store's write path converts every triple of every document, so the
conversion is on the hot path of ``kg build --store`` (oxrdflib's converter is private API and
goes through isinstance chains per term). Terms repeat a lot inside one document (the
document IRI, predicates, entity IRIs, datatypes), so a converter caches what it made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["OxTerm", "TermConverter", "to_ox"]

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


class TermConverter:
    """rdflib -> pyoxigraph, remembering each term it converted (one per write or export:
    the cache lives as long as the converter)."""

    def __init__(self) -> None:
        self._seen: dict[Node, OxTerm] = {}

    def term(self, term: Node) -> OxTerm:
        """One IRI, blank node or literal as its pyoxigraph twin."""
        done = self._seen.get(term)
        if done is None:
            done = self._seen[term] = _convert(term)
        return done

    def triple(self, triple: tuple[Node, Node, Node]) -> ox.Triple:
        s, p, o = triple
        return ox.Triple(self.term(s), self.term(p), self.term(o))

    def triples(self, triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Triple]:
        return (self.triple(t) for t in triples)


def to_ox(term: Node) -> OxTerm:
    """Convert one term without a cache (for the odd term outside a write)."""
    return _convert(term)


def _convert(term: Node) -> OxTerm:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"no Oxigraph term for {type(term).__name__} {term!r}")
