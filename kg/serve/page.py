"""The query page at ``/``: one offline HTML file with kg's prefixes and example queries.

The page's data (prefix table, examples read from ``examples/queries/`` at start-up,
whether ``/graph`` exists) is inlined as JSON in a ``<script type="application/json">``
element, with ``<`` escaped so no value can close that element.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from kg.graph.namespace import sparql_namespaces

__all__ = ["query_page", "example_queries"]

_PKG = Path(__file__).resolve().parent.parent
_PLACEHOLDER = b"/*KG_PAGE_DATA*/{}"


def example_queries() -> dict[str, str]:
    """``{file stem: query text}`` of the shipped examples (wheel or source checkout)."""
    for folder in (_PKG / "examples" / "queries", _PKG.parent / "examples" / "queries"):
        if folder.is_dir():
            return {
                p.stem: p.read_text("utf-8") for p in sorted(folder.glob("*.rq")) if p.is_file()
            }
    return {}


def query_page(*, graph_view: bool) -> bytes:
    """The page's bytes with its data inlined (built once, at start-up)."""
    page = resources.files("kg.serve").joinpath("query.html").read_bytes()
    data = {"prefixes": sparql_namespaces(), "examples": example_queries(), "graph": graph_view}
    inline = json.dumps(data, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return page.replace(_PLACEHOLDER, inline.encode("ascii"), 1)
