"""Node positions computed in Python, in pure Python (no numpy, no networkx).

vis-network's own physics (and networkx's spring/forceatlas2 layouts, which are
O(n^2) per iteration) take minutes at 10,000 nodes on a 2-core machine. This
module uses Pivot MDS (Brandes & Pich 2006): breadth-first distances from a few
dozen pivot nodes, classical MDS on that n x k matrix. It costs O(k * (n + m) + n * k^2)
and is deterministic. Each connected component is laid out on its own and the
components are shelf-packed, so the many small components of a news graph do
not collapse onto the giant one.

Why pure Python: ``kg view`` on a store should cost little more than starting Python, and
importing numpy alone takes longer than the whole layout of a few hundred entities; at 10,000
nodes the layout is still a fraction of writing and drawing the page (BENCHMARKS.md).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from operator import mul, sub

from kg.viz.seeded import SeededRandom

__all__ = ["aside_grid", "pivot_mds_layout", "component_layout"]

#: Average distance (in vis-network canvas pixels) aimed for between neighbours.
SPACING = 90.0
#: Power iterations at most per eigenvector of the k x k MDS matrix (k <= 40), and the change
#: of the unit vector that counts as converged (far below the 5% jitter added after).
_POWER_STEPS = 100
_POWER_TOLERANCE = 1e-6

Point = tuple[float, float]


def _adjacency(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Undirected neighbour lists; self-loops dropped (they do not place a node)."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        if u != v:
            adj[u].append(v)
            adj[v].append(u)
    return adj


def _bfs(adj: list[list[int]], source: int) -> list[int]:
    """Hop distances from source (-1: unreachable)."""
    dist = [-1] * len(adj)
    dist[source] = 0
    frontier, level = [source], 0
    while frontier:
        level += 1
        reached = []
        for u in frontier:
            for w in adj[u]:
                if dist[w] < 0:
                    dist[w] = level
                    reached.append(w)
        frontier = reached
    return dist


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(map(mul, a, b))


def _unit(v: list[float]) -> list[float]:
    norm = math.sqrt(_dot(v, v)) or 1.0
    return [x / norm for x in v]


def _combine(weights: list[float], columns: list[list[float]], n: int) -> list[float]:
    """sum_j weights[j] * columns[j], column by column (the projection on one axis)."""
    out = [0.0] * n
    for w, column in zip(weights, columns, strict=True):
        out = [o + w * c for o, c in zip(out, column, strict=True)]
    return out


def _top_two(matrix: list[list[float]], rng: SeededRandom) -> list[list[float]]:
    """The two leading eigenvectors of a symmetric positive semi-definite matrix: power
    iteration, the second kept orthogonal to the first (deflation)."""
    found: list[list[float]] = []
    for _ in range(2):
        v = _unit([rng.random() + 0.5 for _ in matrix])
        for _step in range(_POWER_STEPS):
            for u in found:
                d = _dot(v, u)
                v = [x - d * y for x, y in zip(v, u, strict=True)]
            w = _unit([sum(map(mul, row, v)) for row in matrix])  # _dot, inlined: the hot loop
            done = max(map(abs, map(sub, w, v))) < _POWER_TOLERANCE
            v = w
            if done:
                break
        found.append(v)
    return found


def pivot_mds_layout(
    n: int, pairs: Iterable[tuple[int, int]], *, pivots: int = 40, seed: int = 0
) -> list[Point]:
    """Lay out one connected graph of n nodes (pairs: node indices 0..n-1).

    Pivots are picked max-min (each new pivot is the node farthest from those chosen), which
    spreads them over the graph.
    """
    if n <= 3:
        return _circle(n)
    adj = _adjacency(n, pairs)
    k = min(pivots, n)
    rng = SeededRandom(seed)
    columns: list[list[float]] = []
    mindist = [math.inf] * n
    pivot = rng.randrange(n)
    for _ in range(k):
        d = _bfs(adj, pivot)
        far = max(d) + 1  # unreachable: should not happen inside a component
        dist = [x if x >= 0 else far for x in d]
        columns.append([float(x * x) for x in dist])
        mindist = list(map(min, mindist, dist))
        pivot = mindist.index(max(mindist))
    # classical MDS: double-centre the squared distances, then project on the top two
    # eigenvectors of C^T C (k x k), which give the principal directions
    col_mean = [sum(c) / n for c in columns]
    row_mean = [sum(r) / k for r in zip(*columns, strict=True)]
    grand = sum(col_mean) / k
    centred = [
        [-0.5 * (x - m - r + grand) for x, r in zip(c, row_mean, strict=True)]
        for c, m in zip(columns, col_mean, strict=True)
    ]
    gram = [[0.0] * k for _ in range(k)]
    for a in range(k):  # symmetric: each product once
        for b in range(a, k):
            gram[a][b] = gram[b][a] = _dot(centred[a], centred[b])
    axes = _top_two(gram, rng)
    coords = [_combine(axis, centred, n) for axis in axes]
    # break ties (nodes with identical pivot distances) with a little jitter
    flat = coords[0] + coords[1]
    mean = sum(flat) / len(flat)
    scale = 0.05 * (math.sqrt(sum((x - mean) ** 2 for x in flat) / len(flat)) + 1e-9)
    return [
        (x + rng.gauss(0, scale), y + rng.gauss(0, scale)) for x, y in zip(*coords, strict=True)
    ]


def _circle(n: int) -> list[Point]:
    """Tiny components: put nodes on a circle (a pair becomes a horizontal segment)."""
    if n == 1:
        return [(0.0, 0.0)]
    return [(math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i in range(n)]


def _scaled(coords: list[Point]) -> list[Point]:
    """Scale a component so its bounding box area is about n * SPACING^2, origin at 0."""
    n = len(coords)
    x0 = min(x for x, _ in coords)
    y0 = min(y for _, y in coords)
    coords = [(x - x0, y - y0) for x, y in coords]
    if n == 1:
        return coords
    w = max(max(x for x, _ in coords), 1e-9)
    h = max(max(y for _, y in coords), 1e-9)
    if n <= 3:
        f = (SPACING / max(w, h)) * 1.2
        return [(x * f, y * f) for x, y in coords]
    aspect = min(max(w / h, 0.25), 4.0)
    target_w = math.sqrt(n * SPACING**2 * aspect)
    target_h = target_w / aspect
    return [(x * target_w / w, y * target_h / h) for x, y in coords]


def _shelf_pack(boxes: list[Point]) -> list[Point]:
    """Place boxes (given largest first) in rows of roughly square total extent."""
    gap = SPACING
    total = sum((w + gap) * (h + gap) for w, h in boxes)
    row_limit = max(math.sqrt(total) * 1.2, boxes[0][0] + gap if boxes else 0)
    origins: list[Point] = []
    x = y = row_h = 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_limit:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        origins.append((x, y))
        x += w + gap
        row_h = max(row_h, h)
    return origins


def _components(adj: list[list[int]]) -> list[list[int]]:
    """Connected components as sorted index lists, largest first (ties: lowest index)."""
    seen = [False] * len(adj)
    found = []
    for start in range(len(adj)):
        if seen[start]:
            continue
        seen[start] = True
        members, frontier = [start], [start]
        while frontier:  # breadth-first over this component only, not an n-long list each
            reached = []
            for u in frontier:
                for w in adj[u]:
                    if not seen[w]:
                        seen[w] = True
                        reached.append(w)
            members += reached
            frontier = reached
        found.append(sorted(members))
    return sorted(found, key=len, reverse=True)


def component_layout(
    nodes: Sequence[Hashable], pairs: Iterable[tuple[Hashable, Hashable]], *, seed: int = 0
) -> dict[Hashable, Point]:
    """Positions (canvas pixels) for every node: Pivot MDS per component, shelf-packed.

    nodes: every node; pairs: the edges as (u, v) node pairs (direction and keys do not matter).
    """
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edge_pairs = [(index[u], index[v]) for u, v in pairs]
    adj = _adjacency(n, edge_pairs)
    placed: list[tuple[list[int], list[Point]]] = []
    for members in _components(adj):
        if len(members) == 1:
            placed.append((members, [(0.0, 0.0)]))
            continue
        local = {g: i for i, g in enumerate(members)}
        inner = [(local[u], local[w]) for u in members for w in adj[u] if u < w]
        placed.append((members, _scaled(pivot_mds_layout(len(members), inner, seed=seed))))
    boxes = [(max(x for x, _ in c), max(y for _, y in c)) for _, c in placed]
    pos: list[Point] = [(0.0, 0.0)] * n
    for (members, coords), (ox, oy) in zip(placed, _shelf_pack(boxes), strict=True):
        for i, (x, y) in zip(members, coords, strict=True):
            pos[i] = (x + ox, y + oy)
    cx = sum(x for x, _ in pos) / n
    cy = sum(y for _, y in pos) / n
    return {node: (pos[i][0] - cx, pos[i][1] - cy) for i, node in enumerate(nodes)}


def aside_grid(nodes: list[Hashable], placed: dict[Hashable, Point]) -> dict[Hashable, Point]:
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
