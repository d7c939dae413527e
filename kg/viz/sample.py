"""Synthetic graphs shaped like the NetworkX contract, for the benchmark and manual checks."""

from __future__ import annotations

import random

import networkx as nx

from kg.graph.namespace import KGR
from kg.schema import entity_types, relations

__all__ = ["random_graph"]


def _sentence(j: int, subject: str, pred: str, obj: str) -> str:
    return f"Sentence {j}: {subject.rsplit('/', 1)[-1]} {pred} {obj.rsplit('/', 1)[-1]}."


def random_graph(n_nodes: int, n_edges: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A random MultiDiGraph with contract attributes (labels, aliases, evidence, some dates)."""
    rng = random.Random(seed)
    kinds = sorted(entity_types() - {"Place"})
    predicates = sorted(relations())
    graph = nx.MultiDiGraph()
    for i in range(n_nodes):
        kind = rng.choice(kinds)
        iri = str(KGR[f"{kind.lower()}/e{i}"])
        graph.add_node(
            iri,
            label=f"{kind} {i}",
            type=kind,
            aliases=[f"alias {i}"],
            iri=iri,
            identifiers={"gazetteer": f"g:{i}"} if kind != "Person" else {},
            documents=[f"doc{i % 97}.txt"],
        )
    nodes = list(graph.nodes)
    for j in range(n_edges):
        u, v = rng.choice(nodes), rng.choice(nodes)
        pred = rng.choice(predicates)
        attrs = {
            "predicate": pred,
            "predicate_iri": str(relations()[pred].iri),
            "confidence": 0.9,
            "evidence": [
                {
                    "document": str(KGR[f"doc/{j % 97:016x}"]),
                    "source": f"doc{j % 97}.txt",
                    "sentence": _sentence(j, u, pred, v),
                    "text": f"{pred}",
                    "begin": 0,
                    "end": 1,
                    "rule": f"en.{pred}.trigger",
                    "confidence": 0.9,
                }
            ],
        }
        if j % 3 == 0:
            attrs["date"] = f"2023-{1 + j % 12:02d}-{1 + j % 28:02d}"
        graph.add_edge(u, v, key=pred, **attrs)
    return graph
