"""Louvain communities (Blondel et al. 2008) in pure Python, for "colour by community".

Why not networkx's ``louvain_communities``: importing networkx takes longer than ``kg view``
on a store may take in all (BENCHMARKS.md), and the page needs only a partition of a few
thousand entities at most. This is the textbook method on an undirected, unweighted simple
graph: move each node to the neighbouring community with the best modularity gain until no move
helps, merge the communities into nodes, repeat. Node order is shuffled by a seeded
``random.Random`` (:class:`kg.viz.seeded.SeededRandom`), so the result is the same on every
run.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from kg.viz.seeded import SeededRandom

__all__ = ["louvain"]


def louvain(pairs: Iterable[tuple[Hashable, Hashable]], *, seed: int = 7) -> list[set[Hashable]]:
    """Communities of the graph given by its edges (self-loops and repeats ignored).

    Nodes without an edge are in no community. Returns sets of nodes, in no particular order.
    """
    # repeats dropped in the order given: a set of frozensets would iterate in string-hash
    # order, which Python randomises per process (the page's colours changed run to run)
    edges: dict[frozenset[Hashable], tuple[Hashable, Hashable]] = {}
    for u, v in pairs:
        if u != v:
            edges.setdefault(frozenset((u, v)), (u, v))
    order: dict[Hashable, int] = {}
    for u, v in edges.values():
        order.setdefault(u, len(order))
        order.setdefault(v, len(order))
    if not edges:
        return []
    names = list(order)
    adj: list[dict[int, float]] = [{} for _ in names]
    for u, v in edges.values():
        adj[order[u]][order[v]] = adj[order[v]][order[u]] = 1.0
    loops = [0.0] * len(names)
    members: list[list[Hashable]] = [[name] for name in names]
    rng = SeededRandom(seed)
    while True:
        assignment, moved = _one_level(adj, loops, float(len(edges)), rng)
        if not moved:
            return [set(m) for m in members]
        adj, loops, members = _aggregate(adj, loops, members, assignment)


def _one_level(
    adj: list[dict[int, float]], loops: list[float], m: float, rng: SeededRandom
) -> tuple[list[int], bool]:
    """Local moves until none improves modularity; returns (community per node, any move)."""
    degree = [sum(a.values()) + 2 * loop for a, loop in zip(adj, loops, strict=True)]
    community = list(range(len(adj)))
    total = degree[:]
    order = list(range(len(adj)))
    rng.shuffle(order)
    moved_any, moved = False, True
    while moved:
        moved = False
        for u in order:
            own, k = community[u], degree[u]
            links: dict[int, float] = {}
            for v, w in adj[u].items():
                links[community[v]] = links.get(community[v], 0.0) + w
            total[own] -= k
            best, best_gain = own, links.get(own, 0.0) - total[own] * k / (2 * m)
            for c, w in links.items():
                gain = w - total[c] * k / (2 * m)
                if gain > best_gain + 1e-12:
                    best, best_gain = c, gain
            total[best] += k
            if best != own:
                community[u] = best
                moved = moved_any = True
    return community, moved_any


def _aggregate(
    adj: list[dict[int, float]],
    loops: list[float],
    members: list[list[Hashable]],
    community: list[int],
) -> tuple[list[dict[int, float]], list[float], list[list[Hashable]]]:
    """One node per community: edge weights summed, inner edges become self-loops."""
    renumber: dict[int, int] = {}
    for c in community:
        renumber.setdefault(c, len(renumber))
    new_adj: list[dict[int, float]] = [{} for _ in renumber]
    new_loops = [0.0] * len(renumber)
    new_members: list[list[Hashable]] = [[] for _ in renumber]
    for u, neighbours in enumerate(adj):
        cu = renumber[community[u]]
        new_members[cu].extend(members[u])
        new_loops[cu] += loops[u]
        for v, w in neighbours.items():
            cv = renumber[community[v]]
            if cu == cv:
                new_loops[cu] += w / 2  # each inner edge is seen from both ends
            else:
                new_adj[cu][cv] = new_adj[cu].get(cv, 0.0) + w
    return new_adj, new_loops, new_members
