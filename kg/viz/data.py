"""Turn the entity view (a NetworkX graph of the contract, or the same data as a
:class:`~kg.graph.plain_view.PlainGraph`) into vis-network items.

pyvis is the project's declared visualisation dependency, but its add_node /
add_edge are quadratic (a linear membership scan per call) and its template
loads scripts from CDNs. So we only use its Network as the data container for API users
(:attr:`ViewData.net`, filled directly; its ``get_network_data`` hands the items to our own
template). ``kg view`` on a store renders the same items without importing pyvis or NetworkX
(each takes longer to import than the command may take): the items are plain lists here.
Everything shown in the side panel and tooltips
(aliases, identifiers, evidence) travels separately in ``node_info`` /
``edge_info`` so the vis DataSets stay small.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from kg.graph.plain_view import PlainGraph
from kg.viz.communities import louvain
from kg.viz.layout import aside_grid, component_layout

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

__all__ = [
    "LARGE_GRAPH_NODES",
    "LARGE_GRAPH_EDGES",
    "STABILISATION_ITERATIONS",
    "TYPE_STYLES",
    "ViewData",
    "build_view",
    "communities",
    "node_size",
    "type_key",
    "view_graph",
]

#: Above either threshold positions come from Python and physics stays off.
LARGE_GRAPH_NODES = 500
LARGE_GRAPH_EDGES = 1500
#: In-browser physics for small graphs: a short stabilisation, then frozen.
STABILISATION_ITERATIONS = 200
#: Longest label drawn on the canvas; the panel shows the full name.
MAX_CANVAS_LABEL = 48

#: Fixed style table: one vis "group" per entity type (shape + colour), used for the legend too.
TYPE_STYLES: dict[str, dict[str, str]] = {
    "Person": {"shape": "dot", "color": "#e15759"},
    "Country": {"shape": "square", "color": "#4e79a7"},
    "City": {"shape": "triangle", "color": "#59a14f"},
    "Region": {"shape": "hexagon", "color": "#76b7b2"},
    "Organization": {"shape": "diamond", "color": "#f28e2b"},
    "Place": {"shape": "star", "color": "#b07aa1"},
    "other": {"shape": "triangleDown", "color": "#9c9c9c"},
}


class ViewData:
    """Everything the template needs, separated from how it is serialised: the vis items
    (``nodes``, ``edges``, ``options``) and the side tables. (A plain class: see
    :class:`~kg.graph.plain_view.PlainGraph` for why not a dataclass.)"""

    def __init__(self, *, large: bool = False) -> None:
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.options: dict[str, Any] = {}
        self.node_info: list[dict[str, Any]] = []
        self.edge_info: list[dict[str, Any]] = []
        self.documents: list[dict[str, str]] = []
        self.large = large
        self._net: Network | None = None

    @property
    def net(self) -> Network:
        """The items in a pyvis ``Network`` (built on first use; it shares the lists)."""
        if self._net is None:
            from pyvis.network import Network

            self._net = Network(directed=True, cdn_resources="in_line")
            self._net.nodes, self._net.edges, self._net.options = (
                self.nodes,
                self.edges,
                self.options,
            )
        return self._net


def view_graph(graph: nx.MultiDiGraph | PlainGraph) -> PlainGraph:
    """The view's input as plain data, whichever form the caller has."""
    return graph if isinstance(graph, PlainGraph) else PlainGraph.from_networkx(graph)


def type_key(value: object) -> str:
    """Map a node's ``type`` attribute onto one of the fixed style groups."""
    return value if isinstance(value, str) and value in TYPE_STYLES else "other"


def _text(value: object) -> str:
    """Article data may be missing or not a string; the page only ever shows text."""
    return "" if value is None else str(value)


def _texts(values: object) -> list[str]:
    if isinstance(values, str | bytes) or values is None:
        return [_text(values)] if values else []
    try:
        return [_text(v) for v in values]  # type: ignore[union-attr]
    except TypeError:
        return [_text(values)]


def _canvas_label(label: str) -> str:
    return label if len(label) <= MAX_CANVAS_LABEL else label[: MAX_CANVAS_LABEL - 1] + "…"


def _node_info(node: object, attrs: dict[str, Any]) -> dict[str, Any]:
    identifiers = attrs.get("identifiers") or {}
    if not isinstance(identifiers, dict):
        identifiers = {"id": identifiers}
    return {
        "name": _text(attrs.get("label") or node),
        "type": _text(attrs.get("type") or "other"),
        "iri": _text(attrs.get("iri") or node),
        "aliases": _texts(attrs.get("aliases")),
        "identifiers": [[_text(k), _text(v)] for k, v in identifiers.items()],
        "documents": _texts(attrs.get("documents")),
    }


def _evidence(items: object, docs: _DocumentTable) -> list[dict[str, Any]]:
    out = []
    for item in items if isinstance(items, list | tuple) else []:
        if not isinstance(item, dict):
            continue
        ev = {
            key: _text(item.get(key)) for key in ("source", "document", "sentence", "text", "rule")
        }
        ev["confidence"] = _number(item.get("confidence"))
        ev["doc"] = docs.index(ev["document"], ev["source"])
        out.append(ev)
    return out


class _DocumentTable:
    """Documents numbered in order of first use, with the title/date/source the graph knows."""

    def __init__(self, known: object) -> None:
        self.known = known if isinstance(known, dict) else {}
        self.rows: list[dict[str, str]] = []
        self._by_key: dict[str, int] = {}

    def index(self, iri: str, source: str) -> int:
        key = iri or source
        if key not in self._by_key:
            meta = self.known.get(iri) if isinstance(self.known.get(iri), dict) else {}
            self._by_key[key] = len(self.rows)
            self.rows.append(
                {
                    "iri": iri,
                    "source": _text(meta.get("source") or source),
                    "title": _text(meta.get("title")),
                    "date": _text(meta.get("date"))[:10],
                }
            )
        return self._by_key[key]


def _number(value: object) -> float | None:
    try:
        return None if value is None else round(float(value), 3)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _edge_info(key: object, attrs: dict[str, Any], docs: _DocumentTable) -> dict[str, Any]:
    date = _text(attrs.get("date"))[:10]
    evidence = _evidence(attrs.get("evidence"), docs)
    return {
        "predicate": _text(attrs.get("predicate") or key),
        "predicateIri": _text(attrs.get("predicate_iri")),
        "confidence": _number(attrs.get("confidence")),
        "title": _text(attrs.get("title")),
        "date": date,
        "evidence": evidence,
        "docs": sorted({ev["doc"] for ev in evidence}),
    }


def node_size(degree: int) -> float:
    """Radius in canvas pixels: grows with the square root of the degree, so hubs stand out
    without a 200-edge hub swallowing its neighbours."""
    return round(7 + 4 * min(degree, 400) ** 0.5, 1)


def communities(graph: nx.MultiDiGraph | PlainGraph, *, seed: int = 7) -> dict[object, int]:
    """Louvain communities of the undirected, unweighted graph (isolated nodes left out).

    Numbered by size, largest first, so colour 0 is always the biggest group; deterministic
    for a given seed (:mod:`kg.viz.communities`).
    """
    found = louvain(((u, v) for u, v, _k, _a in view_graph(graph).edges), seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {node: i for i, members in enumerate(ordered) for node in members}


def _smooth_by_pair(edges: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Give parallel edges (same node pair, either direction) distinct curves.

    Alternate sides, growing roundness; an odd group keeps one straight edge.
    Curve sides are computed in one canonical direction and flipped for edges
    running the other way, because vis's curvedCW is relative to the edge's own direction.
    """
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (u, v) in enumerate(edges):
        groups[(min(u, v), max(u, v))].append(i)
    smooth: list[dict[str, Any]] = [{"enabled": False}] * len(edges)
    for (low, _high), members in groups.items():
        if len(members) == 1:
            continue
        offset = 1 if len(members) % 2 else 0
        for rank, i in enumerate(members[offset:]):
            side = 1 if rank % 2 == 0 else -1
            if edges[i][0] != low:
                side = -side
            smooth[i] = {
                "enabled": True,
                "type": "curvedCW" if side > 0 else "curvedCCW",
                "roundness": round(0.2 * (rank // 2 + 1), 2),
            }
    return smooth


def _options(large: bool) -> dict[str, Any]:
    """vis-network options: physics only for small graphs, cheap drawing for large ones."""
    physics: dict[str, Any] = (
        {"enabled": False}
        if large
        else {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"springLength": 110, "avoidOverlap": 0.2},
            "stabilization": {
                "enabled": True,
                "iterations": STABILISATION_ITERATIONS,
                "updateInterval": 50,
                "fit": True,
            },
        }
    )
    return {
        "autoResize": True,
        "groups": {k: {"shape": s["shape"], "color": s["color"]} for k, s in TYPE_STYLES.items()},
        # node labels are set by the page's level-of-detail pass (a constant on-screen size)
        "nodes": {"font": {"size": 13, "face": "sans-serif", "strokeWidth": 3}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "align": "middle", "color": "#555555", "strokeWidth": 3},
            # relation names only where they read at >= 11 px (vis draws a label when its
            # on-screen size reaches drawThreshold - 1, fading it in over the last pixel)
            "scaling": {"label": {"enabled": True, "drawThreshold": 12, "maxVisible": 14}},
            "color": {"color": "#a0aab4", "highlight": "#222222", "hover": "#222222"},
            "smooth": False,
            "selectionWidth": 2,
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "physics": physics,
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": True,
            "keyboard": False,
        },
    }


def _positions(
    graph: PlainGraph, degrees: dict[Hashable, int]
) -> dict[Hashable, tuple[float, float]]:
    """Connected entities laid out together; unconnected ones set aside in a grid below."""
    isolated = [n for n in graph.nodes if not degrees.get(n)]
    connected = [n for n in graph.nodes if degrees.get(n)]
    positions = component_layout(connected, ((u, v) for u, v, _k, _a in graph.edges))
    positions.update(aside_grid(isolated, positions))
    return positions


def build_view(graph: nx.MultiDiGraph | PlainGraph) -> ViewData:
    """The vis items and side data of a graph (a NetworkX graph of the contract, or the same
    data as a :class:`~kg.graph.plain_view.PlainGraph`: same graph, same items)."""
    graph = view_graph(graph)
    n_nodes, n_edges = len(graph.nodes), len(graph.edges)
    large = n_nodes > LARGE_GRAPH_NODES or n_edges > LARGE_GRAPH_EDGES
    degrees = graph.degrees()
    positions = _positions(graph, degrees)
    community = communities(graph)
    index = {node: i for i, node in enumerate(graph.nodes)}
    docs = _DocumentTable(graph.documents)
    view = ViewData(large=large)
    for node, attrs in graph.nodes.items():
        info = _node_info(node, attrs)
        degree = degrees.get(node, 0)
        info["degree"] = degree
        info["community"] = community.get(node, -1)
        x, y = positions[node]
        view.nodes.append(
            {
                "id": index[node],
                "label": _canvas_label(info["name"]),
                "group": type_key(attrs.get("type")),
                "size": node_size(degree),
                "x": round(x, 1),
                "y": round(y, 1),
            }
        )
        view.node_info.append(info)
    pairs: list[tuple[int, int]] = []
    for u, v, key, attrs in graph.edges:
        info = _edge_info(key, attrs, docs)
        pairs.append((index[u], index[v]))
        width = 1 + 2 * (info["confidence"] or 0)
        view.edges.append(
            {
                "id": len(view.edges),
                "from": index[u],
                "to": index[v],
                "label": info["predicate"],
                "width": round(width, 2),
            }
        )
        view.edge_info.append(info)
    if not large:
        for item, smooth in zip(view.edges, _smooth_by_pair(pairs), strict=True):
            item["smooth"] = smooth
    view.documents = docs.rows
    view.options = _options(large)
    return view
