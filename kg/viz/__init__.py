"""Interactive, offline HTML view of the knowledge graph (vis-network via pyvis).

The renderers are imported on first use (:mod:`kg.lazy`), so importing one module of the
package (:mod:`kg.viz.store_view`, :mod:`kg.viz.layout`) does not import the others.
"""

from kg.lazy import lazy_exports

__all__ = ["render_html", "write_html", "notebook_html"]

__getattr__, __dir__ = lazy_exports(
    "kg.viz", {"html": ("render_html", "write_html", "notebook_html")}
)
