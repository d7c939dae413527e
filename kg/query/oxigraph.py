"""SPARQL straight on an Oxigraph store folder, without the facade: the fast path of ``kg query``.

Why: a store query through the facade imports spaCy's stages, oxrdflib and networkx before
Oxigraph, which runs the query either way, sees it (rdflib's parser still checks the query:
it is the one guard, :mod:`kg.query.guard`). Here the query
goes to a read-only pyoxigraph store with kg's prefixes and its rows are formatted by
:func:`kg.query.format_result` as usual. SELECT and ASK only: a CONSTRUCT or DESCRIBE result is
serialised by rdflib, so :func:`query_store` answers None and the caller takes the rdflib path;
so does a store written by an old kg, whose default graph holds no union yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.graph.prefixes import PREFIX_IRIS
from kg.graph.readonly import open_read_only
from kg.query import check_query, query_failed

__all__ = ["StoreResult", "query_store"]


@dataclass
class StoreResult:
    """A SELECT or ASK answer shaped as far as :func:`kg.query.format_result` reads an rdflib
    ``Result``: ``type``, ``askAnswer``, ``vars`` and rows of cells (lexical forms)."""

    type: str
    askAnswer: bool | None = None  # noqa: N815 - rdflib's name
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[object, ...]] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        return iter(self.rows)


def query_store(path: str | Path, sparql: str) -> StoreResult | None:
    """Run ``sparql`` on the union kept in the store's default graph; None when only the rdflib
    path can answer (see the module docstring)."""
    checked = check_query(sparql)  # the one guard: no SERVICE, bounded, parsed
    store = open_read_only(path)
    if not store.query("ASK { ?s ?p ?o }") and store.query("ASK { GRAPH ?g { ?s ?p ?o } }"):
        return None  # written by another tool: no union in the default graph
    try:
        answer = store.query(checked.text, prefixes=dict(PREFIX_IRIS))
        if isinstance(answer, ox.QueryBoolean):
            return StoreResult("ASK", askAnswer=bool(answer))
        if not isinstance(answer, ox.QuerySolutions):
            return None  # CONSTRUCT / DESCRIBE
        names = [v.value for v in answer.variables]
        rows = [tuple(_cell(solution[name]) for name in names) for solution in answer]
    except (SyntaxError, OSError, ValueError, RuntimeError) as err:
        raise query_failed(err) from None
    return StoreResult("SELECT", vars=names, rows=rows)


def _cell(term: object) -> object:
    """The rdflib twin of a pyoxigraph term, so results format exactly as on the rdflib path
    (typed JSON numbers, language tags). rdflib is loaded anyway: it parses the query in the
    one guard (:mod:`kg.query.guard`)."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return str(term)
