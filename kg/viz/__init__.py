"""Interactive, offline HTML view of the knowledge graph (vis-network via pyvis)."""

from kg.viz.html import notebook_html, render_html, write_html

__all__ = ["render_html", "write_html", "notebook_html"]
