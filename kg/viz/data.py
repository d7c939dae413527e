"""Turn the contract's NetworkX view into vis-network items held by a pyvis Network.

pyvis is the project's declared visualisation dependency, but its add_node /
add_edge are quadratic (a linear membership scan per call) and its template
loads scripts from CDNs. So we only use its Network as the data container: its
``nodes``/``edges`` lists are filled directly and its ``get_network_data`` hands
them to our own template. Everything shown in the side panel and tooltips
(aliases, identifiers, evidence) travels separately in ``node_info`` /
``edge_info`` so the vis DataSets stay small.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.viz.layout import component_layout

__all__ = [
    "LARGE_GRAPH_NODES",
    "LARGE_GRAPH_EDGES",
    "STABILISATION_ITERATIONS",
    "TYPE_STYLES",
    "ViewData",
    "build_view",
    "type_key",
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
    "other": {"shape": "triangleDown", "color": "#9c9c9c"},
}


@dataclass
class ViewData:
    """Everything the template needs, separated from how it is serialised."""

    net: Network
    node_info: list[dict[str, Any]] = field(default_factory=list)
    edge_info: list[dict[str, Any]] = field(default_factory=list)
    large: bool = False


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


def _evidence(items: object) -> list[dict[str, Any]]:
    out = []
    for item in items if isinstance(items, list | tuple) else []:
        if not isinstance(item, dict):
            continue
        out.append(
            {
                key: _text(item.get(key))
                for key in ("source", "document", "sentence", "text", "rule")
            }
            | {"confidence": _number(item.get("confidence"))}
        )
    return out


def _number(value: object) -> float | None:
    try:
        return None if value is None else round(float(value), 3)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _edge_info(key: object, attrs: dict[str, Any]) -> dict[str, Any]:
    date = _text(attrs.get("date"))[:10]
    return {
        "predicate": _text(attrs.get("predicate") or key),
        "predicateIri": _text(attrs.get("predicate_iri")),
        "confidence": _number(attrs.get("confidence")),
        "title": _text(attrs.get("title")),
        "date": date,
        "evidence": _evidence(attrs.get("evidence")),
    }


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
        "nodes": {"size": 12, "font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
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
            "keyboard": False,
        },
    }


def build_view(graph: nx.MultiDiGraph) -> ViewData:
    """Fill a pyvis Network (directly, not via add_node) with vis items and side data."""
    n_nodes, n_edges = graph.number_of_nodes(), graph.number_of_edges()
    large = n_nodes > LARGE_GRAPH_NODES or n_edges > LARGE_GRAPH_EDGES
    positions = component_layout(graph)
    index = {node: i for i, node in enumerate(graph.nodes)}
    net = Network(directed=True, cdn_resources="in_line")
    view = ViewData(net=net, large=large)
    for node, attrs in graph.nodes(data=True):
        info = _node_info(node, attrs)
        x, y = positions[node]
        net.nodes.append(
            {
                "id": index[node],
                "label": _canvas_label(info["name"]),
                "group": type_key(attrs.get("type")),
                "x": round(x, 1),
                "y": round(y, 1),
            }
        )
        view.node_info.append(info)
    pairs: list[tuple[int, int]] = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        info = _edge_info(key, attrs)
        pairs.append((index[u], index[v]))
        width = 1 + 2 * (info["confidence"] or 0)
        net.edges.append(
            {
                "id": len(net.edges),
                "from": index[u],
                "to": index[v],
                "label": info["predicate"],
                "width": round(width, 2),
            }
        )
        view.edge_info.append(info)
    if not large:
        for item, smooth in zip(net.edges, _smooth_by_pair(pairs), strict=True):
            item["smooth"] = smooth
    net.options = _options(large)
    return view
