"""Is an Oxigraph store whole? Documents, named graphs, and the union kg keeps beside them.

kg's store layout (see :mod:`kg.graph.store`) has one named graph per document, each holding
its ``kg:Document`` node, and the deduplicated union of all of them in the default graph. A
store is damaged when the union differs from the union of the document graphs (a write that
bypassed kg, a restore of part of a backup) or when a named graph has no document node (an
empty graph left by a lookup, a half-removed document). A document's candidate graph
(``kg:CandidateGraph``, weaker relations kept apart) is no document and no part of the union;
one whose document is gone is damage too. :func:`verify_store` counts what it finds;
``kg verify`` prints it and exits 1 if the store is damaged.

What it cannot see: a store whose write-ahead log was cut off opens as of the last complete
write (RocksDB replays the log up to the cut), so it holds fewer documents but is consistent,
and nothing inside it records the lost ones. Compare its document count with the batch's log
(or rerun the batch with ``--resume``) to find them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.graph.namespace import KG
from kg.graph.store import open_read_only

__all__ = ["IntegrityReport", "verify_store"]


@dataclass(frozen=True)
class IntegrityReport:
    """What :func:`verify_store` found.

    ``union_missing``: triples of some document graph absent from the union (default graph);
    ``union_extra``: triples of the union that no document graph holds;
    ``graphs_without_document``: named graphs with no ``kg:Document`` node named after them
    (candidate graphs aside); ``candidate_graphs``: candidate graphs, of which
    ``orphan_candidates`` name a document the store does not hold.
    """

    documents: int
    named_graphs: int
    graphs_without_document: int
    union_triples: int
    union_missing: int
    union_extra: int
    candidate_graphs: int = 0
    orphan_candidates: int = 0

    @property
    def ok(self) -> bool:
        """True when the store is whole."""
        return not (
            self.graphs_without_document
            or self.union_missing
            or self.union_extra
            or self.orphan_candidates
        )

    def lines(self) -> list[str]:
        """The report as the CLI prints it."""
        candidates = (
            [
                f"candidate graphs: {self.candidate_graphs} "
                f"({self.orphan_candidates} without their document)"
            ]
            if self.candidate_graphs
            else []
        )
        return [
            f"documents: {self.documents}",
            f"named graphs: {self.named_graphs} "
            f"({self.graphs_without_document} without a document node)",
            *candidates,
            f"union (default graph): {self.union_triples} triples, "
            f"{self.union_missing} missing from it, {self.union_extra} not in any document",
            "store is consistent" if self.ok else "store is DAMAGED",
        ]


_DOCUMENTS = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a <{KG.Document}> }} }}"
_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_UNION = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_CANDIDATE_GRAPH = f"GRAPH ?g {{ ?g a <{KG.CandidateGraph}> }}"
_CANDIDATES = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {_CANDIDATE_GRAPH} }}"
_ORPHANS = f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  GRAPH ?g {{ ?g <{KG.candidatesOf}> ?d }}
  FILTER NOT EXISTS {{ GRAPH ?d {{ ?d a <{KG.Document}> }} }}
}}"""
_MISSING = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{
    GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ {_CANDIDATE_GRAPH} }} }} }}
  FILTER NOT EXISTS {{ ?s ?p ?o }}
}}"""
_EXTRA = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"


def verify_store(path: str | Path) -> IntegrityReport:
    """Check the Oxigraph store folder ``path``, opened read-only (a writer may hold it)."""
    store = open_read_only(path)
    named = sum(1 for _ in store.named_graphs())  # empty named graphs count too
    candidates = _count(store, _CANDIDATES)
    return IntegrityReport(
        documents=_count(store, _DOCUMENTS),
        named_graphs=named,
        graphs_without_document=named - _count(store, _DOCUMENTS) - candidates,
        union_triples=_count(store, _UNION),
        union_missing=_count(store, _MISSING),
        union_extra=_count(store, _EXTRA),
        candidate_graphs=candidates,
        orphan_candidates=_count(store, _ORPHANS),
    )


def _count(store: ox.Store, sparql: str) -> int:
    row = next(iter(store.query(sparql)))
    return int(row[0].value)
