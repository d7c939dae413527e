"""The entity view of the graph as plain data: entities, relations with their evidence, and
documents, built from the rows of three SPARQL queries, whatever engine answered them.

Why apart from :mod:`kg.graph.networkx_view`: ``kg view`` on a store asks Oxigraph directly
(no rdflib, no NetworkX: each costs more to import than the whole command may take), and the
page it writes must hold what the API's NetworkX graph holds. So both read the same queries'
rows into :class:`PlainGraph` here; :func:`kg.graph.to_networkx` copies that into a
``MultiDiGraph``. Attributes follow the contract in ``ontology/README.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

__all__ = ["PlainGraph", "Row", "assemble", "view_queries"]

#: One query answer: variable name -> lexical form (None or absent: unbound).
Row = Mapping[str, str | None]

_NODES = """
SELECT ?e ?type ?label ?alt ?id ?same WHERE {
  ?e a ?cls ; rdfs:label ?label .
  VALUES ?cls { CLASSES }
  BIND(STRAFTER(STR(?cls), "#") AS ?type)
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e dcterms:identifier ?id }
  OPTIONAL { ?e owl:sameAs ?same }
}"""

_EDGES = """
SELECT ?s ?p ?o ?a ?doc ?source ?sentence ?text ?begin ?end ?rule ?conf ?title ?date WHERE {
  ?s ?p ?o .
  VALUES ?p { PREDICATES }
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
       nif:referenceContext ?doc ; kg:sentence ?sentence ; nif:anchorOf ?text ;
       nif:beginIndex ?begin ; nif:endIndex ?end ; kg:rule ?rule ; kg:confidence ?conf .
    OPTIONAL { ?a kg:officeTitle ?title }
    OPTIONAL { ?doc kg:source ?source }
    OPTIONAL { ?a kg:supports ?event . ?event kg:pointInTime ?date }
  }
}"""

_DOCUMENTS = """
SELECT ?doc ?source ?title ?date ?lang WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc kg:source ?source }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc dcterms:language ?lang }
}"""


def view_queries(classes: str, predicates: str) -> tuple[str, str, str]:
    """The documents, nodes and edges queries, given the schema's entity classes and relations
    as SPARQL ``VALUES`` terms (:func:`kg.schema.sparql_values`, or the same from a table)."""
    return (
        _DOCUMENTS,
        _NODES.replace("CLASSES", classes),
        _EDGES.replace("PREDICATES", predicates),
    )


class PlainGraph:
    """Entities (IRI -> attributes, in IRI order), relations as ``(subject, object, name,
    attributes)`` in (subject, name, object) order, and documents (IRI -> source, title, date,
    lang). Nodes may be any hashable when built from a NetworkX graph (:meth:`from_networkx`).

    A plain class, not a dataclass: ``kg view`` on a store would pay ~2 ms to import
    :mod:`dataclasses` and generate the methods of this class and of
    :class:`kg.viz.data.ViewData` (issue 11).
    """

    __slots__ = ("nodes", "edges", "documents")

    def __init__(
        self,
        nodes: dict[Hashable, dict[str, Any]] | None = None,
        edges: list[tuple[Hashable, Hashable, Hashable, dict[str, Any]]] | None = None,
        documents: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.nodes = {} if nodes is None else nodes
        self.edges = [] if edges is None else edges
        self.documents = {} if documents is None else documents

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlainGraph):
            return NotImplemented
        return (self.nodes, self.edges, self.documents) == (
            other.nodes,
            other.edges,
            other.documents,
        )

    __hash__ = None  # type: ignore[assignment] - mutable, compared by value

    def __repr__(self) -> str:
        sizes = f"{len(self.nodes)} nodes, {len(self.edges)} edges, {len(self.documents)} documents"
        return f"PlainGraph({sizes})"

    @classmethod
    def from_networkx(cls, graph: Any) -> PlainGraph:
        """The same data read from a NetworkX multigraph of the contract (duck-typed: no import)."""
        documents = graph.graph.get("documents")
        return cls(
            nodes=dict(graph.nodes(data=True)),
            edges=list(graph.edges(keys=True, data=True)),
            documents=documents if isinstance(documents, dict) else {},
        )

    def degrees(self) -> Counter[Hashable]:
        """Relations per entity, both directions, a self-loop counted twice (as NetworkX)."""
        counts: Counter[Hashable] = Counter()
        for u, v, _key, _attrs in self.edges:
            counts[u] += 1
            counts[v] += 1
        return counts


def _documents(rows: Iterable[Row]) -> dict[str, dict[str, str]]:
    """Document IRI -> source, title, date, language: what a reader needs to weigh evidence."""
    docs: dict[str, dict[str, str]] = {}
    for row in rows:
        entry = docs.setdefault(str(row["doc"]), {})
        for key in ("source", "title", "date", "lang"):
            if row.get(key) is not None and key not in entry:
                entry[key] = str(row[key])
    return docs


def _nodes(rows: Iterable[Row]) -> dict[Hashable, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for row in rows:
        iri = str(row["e"])
        node = nodes.setdefault(
            iri,
            {
                "iri": iri,
                "label": str(row["label"]),
                "type": str(row["type"]),
                "aliases": set(),
                "identifiers": {},
            },
        )
        if row.get("alt") is not None:
            node["aliases"].add(str(row["alt"]))
        if row.get("id") is not None:
            node["identifiers"]["gazetteer"] = str(row["id"])
        same = row.get("same")
        if same is not None and "geonames" in same:
            node["identifiers"]["geonames"] = same.rstrip("/").rsplit("/", 1)[-1]
    for attrs in nodes.values():
        attrs["aliases"] = sorted(attrs["aliases"])
    return {iri: nodes[iri] for iri in sorted(nodes)}


def _edges(
    rows: Iterable[Row], nodes: Mapping[Hashable, Any], names: Mapping[str, str]
) -> list[tuple[Hashable, Hashable, Hashable, dict[str, Any]]]:
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    seen_evidence: dict[tuple[str, str, str], set[str]] = {}
    for row in rows:
        s, o, p = str(row["s"]), str(row["o"]), str(row["p"])
        if s not in nodes or o not in nodes:
            continue
        key = (s, names[p], o)
        edge = edges.setdefault(
            key, {"predicate": names[p], "predicate_iri": p, "evidence": [], "confidence": 0.0}
        )
        if row.get("date") is not None:  # the edge's date: the earliest day of an event it reports
            day = str(row["date"])
            edge["date"] = min(edge.get("date", day), day)
        assertion = row.get("a")
        if assertion is None or assertion in seen_evidence.setdefault(key, set()):
            continue
        seen_evidence[key].add(assertion)
        conf = float(row["conf"])  # type: ignore[arg-type]
        edge["confidence"] = max(edge["confidence"], conf)
        if row.get("title") is not None:
            edge["title"] = str(row["title"])
        edge["evidence"].append(
            {
                "document": str(row["doc"]),
                "source": str(row.get("source") or row["doc"]),
                "sentence": str(row["sentence"]),
                "text": str(row["text"]),
                "begin": int(row["begin"]),  # type: ignore[arg-type]
                "end": int(row["end"]),  # type: ignore[arg-type]
                "rule": str(row["rule"]),
                "confidence": conf,
            }
        )
    out = []
    for (s, pred, o), attrs in sorted(edges.items()):
        attrs["evidence"].sort(key=lambda e: (e["source"], e["begin"]))
        out.append((s, o, pred, attrs))
    return out


def assemble(
    documents: Iterable[Row], nodes: Iterable[Row], edges: Iterable[Row], names: Mapping[str, str]
) -> PlainGraph:
    """The view from the rows of :func:`view_queries` (in that order); ``names`` maps each
    relation's IRI to its local name (``kg.schema.relations``)."""
    entity_nodes = _nodes(nodes)
    return PlainGraph(
        nodes=entity_nodes,
        edges=_edges(edges, entity_nodes, names),
        documents=_documents(documents),
    )
