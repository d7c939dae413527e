"""Read the entity view of an Oxigraph store folder straight from pyoxigraph: the fast path of
``kg view STORE``.

Why: the API's path (facade, rdflib, NetworkX, pyvis) spends ~2 s importing before Oxigraph,
which answers the queries either way, sees one. Here the same queries
(:mod:`kg.graph.plain_view`) go to the read-only store, with the schema's terms from
:mod:`kg.viz.schema_table`, and give the same :class:`~kg.graph.plain_view.PlainGraph` that the
API's ``to_networkx`` is built from; :func:`kg.viz.render_html` draws either.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.graph.plain_view import PlainGraph, Row, assemble, view_queries
from kg.graph.prefixes import PREFIX_IRIS
from kg.graph.readonly import open_union
from kg.viz.schema_table import schema_table

__all__ = ["read_store_view"]


def _values(iris: list[str]) -> str:
    """IRIs as the terms of a SPARQL ``VALUES`` block (pyoxigraph checks and writes them)."""
    return " ".join(str(ox.NamedNode(iri)) for iri in iris)


def _rows(store: ox.Store, sparql: str) -> list[Row]:
    """A SELECT's rows as lexical forms. The queries are kg's own constants, so neither the
    guard nor the result cells of ``kg query`` (JSON values) are needed: ~5x faster."""
    solutions = store.query(sparql, prefixes=dict(PREFIX_IRIS))
    names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    # a solution iterates its values in the variables' order (None: unbound), ~20% faster
    # than looking each one up by name
    return [
        dict(zip(names, [None if term is None else term.value for term in row], strict=True))
        for row in solutions  # type: ignore[union-attr]
    ]


def read_store_view(path: str | Path) -> PlainGraph | None:
    """The view of the union kept in the store's default graph; None for a store whose default
    graph holds no union (written by another tool): only the API's path reads it then."""
    store = open_union(path)
    if store is None:
        return None
    table = schema_table()
    queries = view_queries(
        _values(list(table["classes"].values())), _values(list(table["relations"].values()))
    )
    documents, nodes, edges = (_rows(store, q) for q in queries)
    names = {iri: name for name, iri in table["relations"].items()}
    return assemble(documents, nodes, edges, names)
