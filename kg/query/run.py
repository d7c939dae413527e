"""SPARQL on rdflib graphs (files, memory, the rdflib view of a store), behind the one guard."""

from __future__ import annotations

import rdflib.plugins.sparql
from rdflib import ConjunctiveGraph, Graph
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.query import Result

from kg.errors import QueryError
from kg.graph.namespace import sparql_namespaces
from kg.query.guard import check_query
from kg.query.results import query_failed

__all__ = ["run_query"]

# rdflib reads FROM <iri> by fetching the IRI from the web unless told otherwise; with this
# off, FROM / FROM NAMED pick graphs already in the dataset, as in Oxigraph.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


def run_query(graph: Graph, sparql: str, bindings: dict | None = None) -> Result:
    """Run a SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE query; errors become :class:`QueryError`.

    rdflib's own evaluator gets the checked algebra (parsing again would expand ``\\u``
    escapes a second time); stores that evaluate SPARQL themselves (Oxigraph, a SPARQL
    server) get the checked text.
    """
    checked = check_query(sparql)
    own_evaluator = isinstance(graph.store, (Memory, SimpleMemory))
    if (
        own_evaluator
        and checked.query.algebra.datasetClause
        and not isinstance(graph, ConjunctiveGraph)
    ):
        raise QueryError(
            "FROM / FROM NAMED pick document graphs, and this graph was read as one "
            "graph; query a store folder (kg build --store) to use them"
        )
    try:
        return graph.query(
            checked.query if own_evaluator else checked.text,
            initNs=sparql_namespaces(),
            initBindings=bindings or {},
        )
    except Exception as err:  # rdflib raises pyparsing and many other types
        raise query_failed(err) from None
