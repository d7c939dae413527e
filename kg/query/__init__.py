"""Query stage: SPARQL over the graph, with results as tables, CSV or JSON.

Queries are parsed by rdflib with kg's prefixes predeclared; ``SERVICE`` is refused because it
would make a local query reach the network.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.graph.prefixes import PREFIX_IRIS

if TYPE_CHECKING:  # rdflib is imported by whoever hands us a Graph, not by this module
    from rdflib import Graph
    from rdflib.query import Result

__all__ = ["run_query", "check_query", "query_failed", "format_result", "FORMATS"]

FORMATS = ("table", "csv", "json")
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|'
    r"'(?:\\.|[^'\\\n])*'|<[^>\s]*>|#[^\n]*"
)


def run_query(graph: Graph, sparql: str, bindings: dict | None = None) -> Result:
    """Run a SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE query; errors become :class:`QueryError`."""
    check_query(sparql)
    try:
        return graph.query(sparql, initNs=dict(PREFIX_IRIS), initBindings=bindings or {})
    except Exception as err:  # rdflib raises pyparsing and many other types
        raise query_failed(err) from None


def check_query(sparql: str) -> None:
    """Refuse what kg never runs: an empty query, ``SERVICE`` (it would reach the network)."""
    if not sparql or not sparql.strip():
        raise QueryError("empty query")
    if _SERVICE.search(_STRINGS.sub(" ", sparql)):
        raise QueryError("SERVICE is not allowed: kg queries never reach the network")


def query_failed(err: Exception) -> QueryError:
    """A query engine's exception as kg's one-line error."""
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return QueryError(f"query failed: {first}")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result: an aligned text table, CSV or SPARQL-JSON-like rows."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        return g.serialize(format="json-ld" if fmt == "json" else "turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if fmt == "json":
        return json.dumps(
            [dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False, indent=2
        )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
