"""Query stage: SPARQL over the graph, with results as tables, CSV or JSON.

Every query first passes :func:`kg.query.guard.check_query` (size, nesting, parse, no
``SERVICE``), with kg's prefixes predeclared, so a local query never reaches the network.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from rdflib import ConjunctiveGraph, Graph, Literal
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.query import Result

from kg.errors import QueryError
from kg.graph.csvsafe import safe_cell
from kg.graph.namespace import bind_namespaces, sparql_namespaces
from kg.query.guard import CheckedQuery, check_query

__all__ = [
    "run_query",
    "format_result",
    "CheckedQuery",
    "check_query",
    "query_failed",
]

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


def query_failed(err: Exception) -> QueryError:
    """A query engine's exception as kg's one-line error."""
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return QueryError(f"query failed: {first}")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _json_value(value: object) -> object:
    """A JSON value that keeps a literal's type: numbers as numbers, booleans as booleans."""
    if isinstance(value, Literal):
        py = value.toPython()
        if isinstance(py, bool) or (isinstance(py, int | float) and py == py):
            return py
        if isinstance(py, Decimal) and py.is_finite():
            return int(py) if py == py.to_integral_value() and "." not in str(value) else float(py)
    return None if value is None else str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result: an aligned text table, CSV (formula-safe cells) or JSON rows."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = bind_namespaces(Graph())
        for triple in result.graph:
            g.add(triple)
        return g.serialize(format="json-ld" if fmt == "json" else "turtle")
    names = [str(v) for v in result.vars]
    if fmt == "json":
        rows = [
            {n: _json_value(row[i]) for i, n in enumerate(names) if row[i] is not None}
            for row in result
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([safe_cell(n) for n in names])
        writer.writerows([safe_cell(c) for c in r] for r in rows)
        return buf.getvalue()
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
