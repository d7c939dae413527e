"""kg.viz.communities: Louvain in pure Python, judged by the modularity networkx computes for
its own Louvain on the same graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.viz.communities import louvain


def _modularity(graph: nx.Graph, parts: list[set]) -> float:
    alone = [{n} for n in graph if graph.degree(n) == 0]
    return nx.community.modularity(graph, parts + alone)


@pytest.mark.parametrize(
    "graph",
    [
        nx.karate_club_graph(),
        nx.connected_caveman_graph(8, 5),
        nx.gnm_random_graph(400, 900, seed=5),
        nx.random_partition_graph([30, 40, 50, 60], 0.3, 0.01, seed=2),
    ],
    ids=["karate", "caveman", "random", "planted"],
)
def test_louvain_finds_partitions_as_good_as_networkx(graph: nx.Graph) -> None:
    parts = louvain(graph.edges())
    assert set().union(*parts) == {n for n in graph if graph.degree(n)}  # every linked node once
    assert sum(len(p) for p in parts) == len(set().union(*parts))
    theirs = nx.community.louvain_communities(graph, seed=7)
    assert _modularity(graph, parts) >= 0.97 * nx.community.modularity(graph, theirs)


def test_louvain_ignores_self_loops_and_repeats_and_is_deterministic() -> None:
    pairs = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3), (1, 0), (6, 6)]
    parts = louvain(pairs)
    assert sorted(map(sorted, parts)) == [[0, 1, 2], [3, 4, 5]]  # 6 has only a self-loop
    assert louvain(pairs) == parts
    assert louvain([]) == [] and louvain([(1, 1)]) == []


_PARTITION = """
import json, networkx as nx
from kg.viz.communities import louvain
graph = nx.gnm_random_graph(300, 450, seed=11)
pairs = [(f"https://w3id.org/kg-news/resource/e{u}", f"https://w3id.org/kg-news/resource/e{v}")
         for u, v in graph.edges()]
print(json.dumps(sorted(sorted(part) for part in louvain(pairs))))
"""


def test_louvain_is_the_same_in_every_process() -> None:
    """String nodes hash differently in each process (PYTHONHASHSEED): the partition, and so
    the page's community colours, must not follow."""
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _PARTITION], capture_output=True, text=True, cwd=ROOT, env=env
        )
        assert run.returncode == 0, run.stderr
        runs.append(json.loads(run.stdout))
    assert len(runs[0]) > 10  # a real partition, not one block
    assert runs[0] == runs[1] == runs[2]
