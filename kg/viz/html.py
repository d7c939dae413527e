"""Render the graph as one self-contained, offline HTML page.

Why not pyvis's own ``write_html``: its template pulls Bootstrap and tom-select
from CDNs, writes article strings into the page as HTML (labels, tooltips, the
select menu, the heading) and lays out 10,000 nodes with in-browser physics for
minutes. Here vis-network's JS/CSS (pyvis's bundled copy) are inlined, all
article data is one JSON block that cannot close its ``<script>`` element, and
the page's own script only ever uses ``textContent`` (see README.md).
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib.machinery import PathFinder
from pathlib import Path
from typing import TYPE_CHECKING, Any, AnyStr

from kg.graph.plain_view import PlainGraph
from kg.output import atomic_write
from kg.viz.data import TYPE_STYLES, ViewData, build_view, view_graph
from kg.viz.template import Verbatim, VerbatimBytes, escape, fill_bytes

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "render_html",
    "render_page",
    "write_html",
    "notebook_html",
    "page_title",
    "script_json",
    "VIS_VERSION",
    "PAGE_TEMPLATE",
]

VIS_VERSION = "9.1.2"
_TEMPLATES = Path(__file__).with_name("templates")
#: The one page template, for a NetworkX graph and a store's plain view alike.
PAGE_TEMPLATE = _TEMPLATES / "graph.html"
#: pyvis's bundled copy, found without importing pyvis (which imports IPython: ~0.6 s), and
#: by the path finder that the import system already holds (importlib.util costs ~2 ms more)
_VIS_DIR = (
    Path(PathFinder.find_spec("pyvis").submodule_search_locations[0])  # type: ignore[union-attr,index]
    / "templates"
    / "lib"
    / f"vis-{VIS_VERSION}"
)
#: Characters that could end a <script> element or a JS string when JSON is inlined.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_LEGEND_NAMES = {"other": "Other"}
#: What follows ``//`` or ``/*`` in a source-map comment (see _drop_source_maps).
_SOURCE_MAP = "# sourceMappingURL="


def script_json(data: Any) -> Verbatim:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where ``\\u003c`` etc.
    decode to the same text, so ``</script>`` and ``<!--`` cannot appear raw.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return Verbatim(text)


def _drop_source_maps(text: AnyStr) -> AnyStr:
    r"""Remove ``//# sourceMappingURL=...`` (or ``/*# ...``) comments that start their line, up
    to the line's end: the map file is not shipped, and a dangling reference would only make
    DevTools fetch it. A comment after code on its line stays. ``text`` is a str or UTF-8 bytes
    (the same comments go).

    Found with ``find`` on the comment's fixed text, then checked: a pattern that begins with
    the ``//|/*`` alternative cannot skip ahead and took ~1.5 ms over vis-network's 470 kB.

    >>> _drop_source_maps("a();\n//# sourceMappingURL=a.map\nb(); //# sourceMappingURL=b.map")
    'a();\n\nb(); //# sourceMappingURL=b.map'
    """
    raw = isinstance(text, bytes)
    mark: Any = _SOURCE_MAP.encode() if raw else _SOURCE_MAP
    newline: Any = b"\n" if raw else "\n"
    openers = (b"//", b"/*") if raw else ("//", "/*")
    pieces, done, at = [], 0, text.find(mark)
    while at != -1:
        start = at - 2
        line_start = text.rfind(newline, 0, max(start, 0)) + 1
        if start >= done and text[start:at] in openers and _blank(text[line_start:start]):
            end = text.find(newline, at)
            end = len(text) if end == -1 else end
            pieces.append(text[done:start])
            done = end
            at = text.find(mark, end)
        else:
            at = text.find(mark, at + 1)
    pieces.append(text[done:])
    return text[:0].join(pieces)


def _blank(text: str | bytes) -> bool:
    """Nothing but whitespace, as ``str.strip`` reads it (bytes are decoded first: a no-break
    space is whitespace to ``str``, not to ``bytes``)."""
    return not (text.decode("utf-8") if isinstance(text, bytes) else text).strip()


def _read_bytes(path: Path) -> bytes:
    """A UTF-8 file's bytes with newlines as ``read_text`` gives them (``\r\n`` and ``\r``
    become ``\n``; neither byte occurs inside a multi-byte character)."""
    data = path.read_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n") if b"\r" in data else data


@lru_cache(maxsize=3)
def _asset(path: Path, closing_tag: str) -> VerbatimBytes:
    """Read a script or style to inline (vis-network's files, our ``app.js``), refusing
    anything that could end its element: the closing tag or ``<!--`` in any ASCII case, as
    the HTML tokenizer reads them. Kept as UTF-8 bytes from the file to the page
    (:func:`kg.viz.template.fill_bytes`)."""
    data = _drop_source_maps(_read_bytes(path))
    if re.search(re.escape(closing_tag.encode()) + b"|<!--", data, re.IGNORECASE):
        raise ValueError(f"{path.name} contains {closing_tag!r} or '<!--'; cannot inline it safely")
    return VerbatimBytes(data)


def _vendor_asset(name: str, closing_tag: str) -> VerbatimBytes:
    """pyvis's bundled vis-network file ``name``, checked (:func:`_asset`)."""
    return _asset(_VIS_DIR / name, closing_tag)


def _legend(view: ViewData) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for item in view.nodes:
        counts[item["group"]] = counts.get(item["group"], 0) + 1
    return [
        {"key": key, "name": _LEGEND_NAMES.get(key, key), "count": counts.get(key, 0), **style}
        for key, style in TYPE_STYLES.items()
    ]


def _network_data(view: ViewData, via_pyvis: bool) -> tuple[list, list, dict[str, Any]]:
    """The vis items: through pyvis's ``get_network_data`` for a NetworkX graph (the API's
    documented path), as they are for plain data (``kg view`` on a store, without pyvis)."""
    if not via_pyvis:
        return view.nodes, view.edges, view.options
    nodes, edges, _heading, _height, _width, options = view.net.get_network_data()
    return nodes, edges, json.loads(options)


def _payload(view: ViewData, via_pyvis: bool) -> dict[str, Any]:
    """Gather the network data plus our side tables into the page's single JSON block."""
    nodes, edges, options = _network_data(view, via_pyvis)
    dates = sorted({e["date"] for e in view.edge_info if e["date"]})
    return {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "nodeInfo": view.node_info,
        "edgeInfo": view.edge_info,
        "legend": _legend(view),
        "predicates": sorted({e["predicate"] for e in view.edge_info}),
        "dates": dates,
        "documents": view.documents,
        "large": view.large,
        # kept here, not in the page's markup: only these URL schemes become links
        "linkSchemes": ["https:", "http:"],
        "svgNs": "http://www.w3.org/2000/svg",
    }


def page_title(graph: nx.MultiDiGraph | PlainGraph) -> str:
    """What the browser tab should say: the one document's title, else how many documents.

    A journalist keeps several views open; "kg" in every tab told them apart by nothing.
    """
    graph = view_graph(graph)
    docs = graph.documents
    if not docs:
        docs = {
            str(ev.get("document") or ev.get("source")): {"source": ev.get("source")}
            for _, _, _, attrs in graph.edges
            for ev in attrs.get("evidence") or []
            if isinstance(ev, dict) and (ev.get("document") or ev.get("source"))
        }
    if len(docs) == 1:
        (meta,) = docs.values()
        meta = meta if isinstance(meta, dict) else {}
        return str(meta.get("title") or meta.get("source") or "1 document")
    if docs:
        return f"{len(docs)} documents"
    return f"{len(graph.nodes)} entities"


def render_html(graph: nx.MultiDiGraph | PlainGraph, *, title: str | None = None) -> str:
    """Return the whole page as a string (vis-network inlined, no network access needed).

    ``graph``: the NetworkX view (``KnowledgeGraph.to_networkx``), or the same data as a
    :class:`~kg.graph.plain_view.PlainGraph` (``kg view`` on a store), which renders without
    importing pyvis or NetworkX. ``title`` defaults to :func:`page_title`.
    """
    return render_page(graph, title=title).decode("utf-8")


def render_page(graph: nx.MultiDiGraph | PlainGraph, *, title: str | None = None) -> bytes:
    """:func:`render_html` as the UTF-8 bytes :func:`write_html` writes (the inlined assets are
    never decoded on the way)."""
    via_pyvis = not isinstance(graph, PlainGraph)
    title = title or page_title(graph)
    view = build_view(graph)
    return fill_bytes(
        PAGE_TEMPLATE,
        {
            "title": title,
            "vis_version": VIS_VERSION,
            "vis_css": _vendor_asset("vis-network.css", "</style"),
            "vis_js": _vendor_asset("vis-network.min.js", "</script"),
            "app_js": _asset(_TEMPLATES / "app.js", "</script"),
            "data_json": script_json(_payload(view, via_pyvis)),
            "node_count": len(view.nodes),
            "edge_count": len(view.edges),
        },
    )


def write_html(
    graph: nx.MultiDiGraph | PlainGraph, path: str | os.PathLike[str], *, title: str | None = None
) -> Path:
    """Render, then write atomically: a temp file in the target directory and os.replace.

    Rendering happens before any file is opened, and a failed write removes the
    temp file, so readers never see a half-written page (:mod:`kg.output`, which also gives
    the file the umask's mode, so a page to publish is readable).
    """
    page = render_page(graph, title=title)
    return atomic_write(path, lambda tmp: Path(tmp).write_bytes(page))


def notebook_html(
    graph: nx.MultiDiGraph | PlainGraph, *, title: str | None = None, height: int = 650
) -> str:
    """An iframe whose ``srcdoc`` holds the escaped page, for Jupyter's ``_repr_html_``.

    Notebook front ends do not run scripts in inserted HTML; an iframe does. The
    sandbox allows scripts but not same-origin access to the notebook.
    """
    page = escape(render_html(graph, title=title))
    return (
        f'<iframe srcdoc="{page}" sandbox="allow-scripts" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe>'
    )
