"""Query results as text: an aligned table, CSV or JSON rows, whichever engine answered.

Why apart from the engines: ``kg query`` on a store answers through pyoxigraph alone
(:mod:`kg.query.oxigraph`), and this module imports rdflib only to serialise a CONSTRUCT or
DESCRIBE graph, so the fast path never loads it. Cells are read by duck typing: an rdflib term
(``toPython``) or a store cell carrying its JSON value (``json_value``).

The command line imports this module for :data:`FORMATS` alone (``kg --help``, ``kg view``),
so what only a format needs (``csv``, ``json``, ``decimal``: ~4 ms) is imported where that
format is written.
"""

from __future__ import annotations

from typing import Any

from kg.errors import QueryError

__all__ = ["FORMATS", "format_result", "literal_json", "query_failed"]

FORMATS = ("table", "csv", "json")
_UNSET = object()


def query_failed(err: Exception) -> QueryError:
    """A query engine's exception as kg's one-line error."""
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return QueryError(f"query failed: {first}")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _json_value(value: object) -> object:
    """A JSON value that keeps a literal's type: numbers as numbers, booleans as booleans."""
    typed = getattr(value, "json_value", _UNSET)
    if typed is not _UNSET:
        return typed
    if hasattr(value, "toPython") and hasattr(value, "datatype"):  # an rdflib Literal
        return literal_json(value.toPython(), str(value))
    return None if value is None else str(value)


def literal_json(py: object, lexical: str) -> object:
    """A literal's JSON value from its Python value (as rdflib's ``toPython`` gives it) and
    its lexical form: numbers and booleans typed, anything else its lexical form."""
    if isinstance(py, bool) or (isinstance(py, int | float) and py == py):
        return py
    from decimal import Decimal

    if isinstance(py, Decimal) and py.is_finite():
        return int(py) if py == py.to_integral_value() and "." not in lexical else float(py)
    return lexical


def format_result(result: Any, fmt: str = "table") -> str:
    """Render a query result: an aligned text table, CSV (formula-safe cells) or JSON rows."""
    import json

    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from rdflib import Graph

        from kg.graph.namespace import bind_namespaces

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
        import csv
        import io

        from kg.graph.csvsafe import safe_cell

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
