"""Query stage: SPARQL over the graph, with results as tables, CSV or JSON.

Every query first passes :func:`kg.query.guard.check_query` (size, nesting, parse, no
``SERVICE``), with kg's prefixes predeclared, so a local query never reaches the network.

Names are imported from their modules on first use (PEP 562): ``kg query`` on a store needs
the guard, pyoxigraph and the formatter, not rdflib (about half a second to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lazy import lazy_exports

if TYPE_CHECKING:
    from kg.query.guard import CheckedQuery, check_query
    from kg.query.results import FORMATS, format_result, query_failed
    from kg.query.run import run_query

__all__ = [
    "run_query",
    "format_result",
    "FORMATS",
    "CheckedQuery",
    "check_query",
    "query_failed",
]

__getattr__, __dir__ = lazy_exports(
    "kg.query",
    {
        "guard": ("CheckedQuery", "check_query"),
        "results": ("FORMATS", "format_result", "query_failed"),
        "run": ("run_query",),
    },
)
