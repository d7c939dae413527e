"""Node positions computed in Python for graphs too large for in-browser physics.

vis-network's own physics (and networkx's spring/forceatlas2 layouts, which are
O(n^2) per iteration) take minutes at 10,000 nodes on a 2-core machine. This
module uses Pivot MDS (Brandes & Pich 2006): breadth-first distances from a few
dozen pivot nodes, classical MDS on that n x k matrix. It costs O(k * (n + m))
and is deterministic. Each connected component is laid out on its own and the
components are shelf-packed, so the many small components of a news graph do
not collapse onto the giant one.
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["aside_grid", "pivot_mds_layout", "component_layout"]

#: Average distance (in vis-network canvas pixels) aimed for between neighbours.
SPACING = 90.0


def _csr(n: int, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (indptr, indices) of the undirected adjacency for vectorised BFS."""
    if edges.size == 0:
        return np.zeros(n + 1, dtype=np.int64), np.zeros(0, dtype=np.int64)
    both = np.concatenate([edges, edges[:, ::-1]])
    both = both[both[:, 0] != both[:, 1]]
    order = np.argsort(both[:, 0], kind="stable")
    src, dst = both[order, 0], both[order, 1]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst


def _bfs(indptr: np.ndarray, indices: np.ndarray, source: int) -> np.ndarray:
    """Hop distances from source, one numpy step per BFS level (fast for small diameters)."""
    n = indptr.size - 1
    dist = np.full(n, -1, dtype=np.int64)
    dist[source] = 0
    frontier = np.array([source], dtype=np.int64)
    level = 0
    while frontier.size:
        level += 1
        starts, ends = indptr[frontier], indptr[frontier + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if total == 0:
            break
        # positions starts[i] .. ends[i]-1 for every frontier node, without a Python loop
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        nbrs = indices[offsets + np.arange(total)]
        nbrs = np.unique(nbrs[dist[nbrs] < 0])
        dist[nbrs] = level
        frontier = nbrs
    return dist


def pivot_mds_layout(n: int, edges: np.ndarray, *, pivots: int = 40, seed: int = 0) -> np.ndarray:
    """Lay out one connected graph of n nodes (edges: int array of shape (m, 2)).

    Returns an (n, 2) float array. Pivots are picked max-min (each new pivot is the
    node farthest from those chosen), which spreads them over the graph.
    """
    if n <= 3:
        return _circle(n)
    indptr, indices = _csr(n, edges)
    k = min(pivots, n)
    rng = np.random.default_rng(seed)
    dists = np.empty((n, k), dtype=np.float64)
    mindist = np.full(n, np.inf)
    pivot = int(rng.integers(n))
    for j in range(k):
        d = _bfs(indptr, indices, pivot).astype(np.float64)
        d[d < 0] = d.max() + 1  # unreachable: should not happen inside a component
        dists[:, j] = d
        mindist = np.minimum(mindist, d)
        pivot = int(np.argmax(mindist))
    sq = dists**2
    centred = sq - sq.mean(axis=0) - sq.mean(axis=1, keepdims=True) + sq.mean()
    centred *= -0.5
    # top-2 eigenvectors of the k x k matrix C^T C give the principal directions
    _, vecs = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vecs[:, -2:][:, ::-1]
    # break ties (nodes with identical pivot distances) with a little jitter
    coords += rng.normal(scale=0.05 * (coords.std() + 1e-9), size=coords.shape)
    return coords


def _circle(n: int) -> np.ndarray:
    """Tiny components: put nodes on a circle (a pair becomes a horizontal segment)."""
    if n == 1:
        return np.zeros((1, 2))
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def _scaled(coords: np.ndarray) -> np.ndarray:
    """Scale a component so its bounding box area is about n * SPACING^2, origin at 0."""
    n = coords.shape[0]
    coords = coords - coords.min(axis=0)
    if n == 1:
        return coords
    w, h = np.maximum(coords.max(axis=0), 1e-9)
    if n <= 3:
        return coords * (SPACING / max(w, h)) * 1.2
    aspect = min(max(w / h, 0.25), 4.0)
    target_w = np.sqrt(n * SPACING**2 * aspect)
    target_h = target_w / aspect
    return coords * np.array([target_w / w, target_h / h])


def _shelf_pack(boxes: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Place boxes (given largest first) in rows of roughly square total extent."""
    gap = SPACING
    total = sum((w + gap) * (h + gap) for w, h in boxes)
    row_limit = max(np.sqrt(total) * 1.2, boxes[0][0] + gap if boxes else 0)
    origins: list[tuple[float, float]] = []
    x = y = row_h = 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_limit:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        origins.append((x, y))
        x += w + gap
        row_h = max(row_h, h)
    return origins


def _components(n: int, indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
    """Component label per node; isolated nodes are labelled without a BFS."""
    labels = np.full(n, -1, dtype=np.int64)
    degree = np.diff(indptr)
    next_label = 0
    for start in np.flatnonzero(degree > 0):
        if labels[start] >= 0:
            continue
        labels[_bfs(indptr, indices, int(start)) >= 0] = next_label
        next_label += 1
    isolated = np.flatnonzero(labels < 0)
    labels[isolated] = np.arange(next_label, next_label + isolated.size)
    return labels


def _edge_array(graph: nx.Graph, index: dict[Hashable, int]) -> np.ndarray:
    """All edges as an (m, 2) int array of node indices (keys and direction dropped)."""
    flat = np.fromiter((index[x] for u, v in graph.edges() for x in (u, v)), dtype=np.int64)
    return flat.reshape(-1, 2)


def component_layout(graph: nx.Graph, *, seed: int = 0) -> dict[Hashable, tuple[float, float]]:
    """Positions (canvas pixels) for every node: Pivot MDS per component, shelf-packed."""
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = _edge_array(graph, index)
    indptr, indices = _csr(n, edges)
    labels = _components(n, indptr, indices)
    members = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[members])) + 1
    groups = sorted(np.split(members, bounds), key=len, reverse=True)
    edge_order = np.argsort(labels[edges[:, 0]], kind="stable") if edges.size else edges[:, 0]
    edges = edges[edge_order]
    edge_labels = labels[edges[:, 0]]
    local = np.empty(n, dtype=np.int64)
    placed: list[tuple[np.ndarray, np.ndarray]] = []
    for ids in groups:
        if ids.size == 1:
            placed.append((ids, np.zeros((1, 2))))
            continue
        local[ids] = np.arange(ids.size)
        lab = labels[ids[0]]
        lo, hi = np.searchsorted(edge_labels, [lab, lab + 1])
        coords = pivot_mds_layout(ids.size, local[edges[lo:hi]], seed=seed)
        placed.append((ids, _scaled(coords)))
    boxes = [(float(c[:, 0].max()), float(c[:, 1].max())) for _, c in placed]
    pos = np.zeros((n, 2))
    for (ids, coords), origin in zip(placed, _shelf_pack(boxes), strict=True):
        pos[ids] = coords + np.asarray(origin)
    pos -= pos.mean(axis=0)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def aside_grid(
    nodes: list[Hashable], placed: dict[Hashable, tuple[float, float]]
) -> dict[Hashable, tuple[float, float]]:
    """Unconnected nodes in a compact grid below the connected layout.

    They are hidden by default in the page (a toggle shows them); when shown they sit apart
    instead of being shelf-packed among the components, where ~70 of them filled half the view.
    """
    if not nodes:
        return {}
    xs = [p[0] for p in placed.values()] or [0.0]
    ys = [p[1] for p in placed.values()] or [-SPACING]
    width = max(max(xs) - min(xs), SPACING * 8)
    columns = max(1, int(width // (SPACING * 1.5)) + 1)
    top = max(ys) + SPACING * 2
    return {
        node: (min(xs) + (i % columns) * SPACING * 1.5, top + (i // columns) * SPACING)
        for i, node in enumerate(nodes)
    }
