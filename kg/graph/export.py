"""File exports of the NetworkX view and of RDF: GraphML, GEXF, CSV, JSON-LD.

Every export must be valid for its format whatever text an article held:

- GraphML and GEXF are XML 1.0, which has no control characters but tab, LF and CR, no lone
  surrogates and no U+FFFE/U+FFFF; ingest already blanks controls, and :func:`xml_safe` covers
  graphs read from files kg did not write. Lists and dicts become text (Gephi reads scalars).
- CSV cells go through :func:`kg.graph.csvsafe.safe_cell` (no formula injection).
- JSON-LD is written with kg's context inline, and a JSON-LD file to be read is checked by
  :func:`check_jsonld_context` first: rdflib would otherwise fetch a remote ``@context`` (or
  read a ``file://`` one), and kg never touches the network or files it was not given.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import InputError
from kg.graph.csvsafe import safe_cell
from kg.graph.namespace import sparql_namespaces

__all__ = [
    "CSV_COLUMNS",
    "check_jsonld_context",
    "flat",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_jsonld",
    "xml_safe",
]

CSV_COLUMNS = (
    "subject",
    "predicate",
    "object",
    "subject_iri",
    "subject_type",
    "predicate_iri",
    "object_iri",
    "object_type",
    "date",
    "office_title",
    "confidence",
    "sentence",
    "text",
    "source",
    "document",
    "begin",
    "end",
    "rule",
)
"""Labels first (what a spreadsheet reader wants), then IRIs and types (what a join needs),
then the edge's date and office title, then one piece of evidence per row."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: object) -> object:
    """A string with every character XML 1.0 cannot hold replaced by U+FFFD; others as is."""
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def flat(g: nx.MultiDiGraph, *, drop_none: bool = False) -> nx.MultiDiGraph:
    """GraphML and GEXF (Gephi) take scalars only: lists and dicts become text, and every
    string is :func:`xml_safe`. GEXF also refuses ``None`` (it has no null), so
    ``drop_none`` leaves such attributes out."""

    def clean(attrs: dict) -> dict:
        return {k: xml_safe(_scalar(v)) for k, v in attrs.items() if not (drop_none and v is None)}

    out = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        out.add_node(xml_safe(n), **clean(attrs))
    for s, o, k, attrs in g.edges(keys=True, data=True):
        ev = attrs.get("evidence", [])
        extra = {
            "evidence": " | ".join(e["sentence"] for e in ev),
            "sources": " | ".join(sorted({e["source"] for e in ev})),
        }
        rest = {k2: v for k2, v in attrs.items() if k2 != "evidence"}
        out.add_edge(xml_safe(s), xml_safe(o), key=xml_safe(k), **clean({**rest, **extra}))
    return out


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set):
        return " | ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    return value


def write_graphml(g: nx.MultiDiGraph, path: str) -> None:
    """GraphML for Gephi, yEd or ``networkx.read_graphml``."""
    nx.write_graphml(flat(g), path)


def write_gexf(g: nx.MultiDiGraph, path: str) -> None:
    """GEXF for Gephi."""
    nx.write_gexf(flat(g, drop_none=True), path)


def write_csv(g: nx.MultiDiGraph, path: str) -> None:
    """One row per edge and piece of evidence (an edge without evidence: one row, blanks);
    see :data:`CSV_COLUMNS`."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for row in _csv_rows(g):
            writer.writerow([safe_cell(row.get(c)) for c in CSV_COLUMNS])


def _csv_rows(g: nx.MultiDiGraph) -> Iterator[dict[str, object]]:
    edges = sorted(g.edges(data=True), key=lambda e: (e[0], e[2]["predicate"], e[1]))
    for s, o, attrs in edges:
        head = {
            "subject": g.nodes[s].get("label"),
            "predicate": attrs["predicate"],
            "object": g.nodes[o].get("label"),
            "subject_iri": s,
            "subject_type": g.nodes[s].get("type"),
            "predicate_iri": attrs.get("predicate_iri"),
            "object_iri": o,
            "object_type": g.nodes[o].get("type"),
            "date": attrs.get("date"),
            "office_title": attrs.get("title"),
            "confidence": attrs.get("confidence"),
        }
        for ev in attrs.get("evidence") or [None]:
            if ev is None:
                yield head
                continue
            yield {
                **head,
                "confidence": ev["confidence"],
                **{k: ev[k] for k in ("sentence", "text", "source", "document", "begin", "end")},
                "rule": ev["rule"],
            }


def write_jsonld(graph: Graph, path: str) -> None:
    """JSON-LD with kg's prefixes as an inline ``@context`` (nothing to fetch to read it)."""
    graph.serialize(
        destination=path, format="json-ld", context=sparql_namespaces(), auto_compact=True
    )


def check_jsonld_context(path: str | Path) -> None:
    """Refuse a JSON-LD file whose ``@context`` (or ``@import``) names another document.

    rdflib resolves such a reference by fetching it (``http(s)://``) or opening it
    (``file://``, a relative path); kg reads only inline contexts, such as the one it writes.
    """
    try:
        data = json.loads(Path(path).read_bytes())
    except (OSError, ValueError, RecursionError) as err:
        raise InputError(f"{path}: not valid JSON-LD ({str(err).splitlines()[0]})") from None
    for ref in _context_references(data):
        raise InputError(
            f"{path}: @context refers to {str(ref)[:80]!r}; kg reads only inline contexts "
            "and never fetches one"
        )


def _context_references(node: object) -> Iterator[object]:
    """Every non-inline context reference in a JSON-LD document, iteratively (no recursion
    limit for a hostile nesting depth)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key == "@context":
                    contexts = value if isinstance(value, list) else [value]
                    yield from (c for c in contexts if isinstance(c, str))
                elif key == "@import":
                    yield value
                stack.append(value)
