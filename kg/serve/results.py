"""Content negotiation and serialisation of query results (inside a worker process).

We write SPARQL JSON ourselves (the engine hands us capped, materialised rows, which
pyoxigraph's own serialiser cannot take) and let pyoxigraph re-serialise that JSON to
XML and TSV, so the escaping rules of those formats stay pyoxigraph's. CSV we write
ourselves, because every cell must pass :func:`kg.graph.csvsafe.safe_cell` (a label
starting with ``=`` must not run as a spreadsheet formula). Graph results go straight
through ``pyoxigraph.serialize`` (Turtle with kg's prefixes, N-Triples, JSON-LD, RDF/XML).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyoxigraph as ox

from kg.graph.csvsafe import safe_cell
from kg.graph.namespace import sparql_namespaces
from kg.serve.engine import EndpointError, Outcome

__all__ = ["SELECT_TYPES", "GRAPH_TYPES", "negotiate", "render"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# canonical media type -> (aliases accepted in Accept, serialiser format); default first
SELECT_TYPES: dict[str, tuple[tuple[str, ...], ox.QueryResultsFormat]] = {
    "application/sparql-results+json": (("application/json",), ox.QueryResultsFormat.JSON),
    "application/sparql-results+xml": (
        ("application/xml", "text/xml"),
        ox.QueryResultsFormat.XML,
    ),
    "text/csv": ((), ox.QueryResultsFormat.CSV),
    "text/tab-separated-values": ((), ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES: dict[str, tuple[tuple[str, ...], ox.RdfFormat]] = {
    "text/turtle": (("application/x-turtle", "application/turtle"), ox.RdfFormat.TURTLE),
    "application/n-triples": (("text/plain",), ox.RdfFormat.N_TRIPLES),
    "application/ld+json": ((), ox.RdfFormat.JSON_LD),
    "application/rdf+xml": ((), ox.RdfFormat.RDF_XML),
}


def _parse_accept(header: str) -> list[tuple[str, float]]:
    """Split an Accept header into (media range, q) pairs; malformed q counts as 0."""
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q the client gives ``media``: the most specific matching range wins."""
    best: tuple[int, float] = (-1, 0.0)
    major = media.split("/")[0]
    for rng, q in ranges:
        if rng == media:
            specificity = 2
        elif rng == f"{major}/*":
            specificity = 1
        elif rng == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def negotiate(accept: str | None, kind: str) -> str:
    """Pick the canonical media type for a result ``kind`` ("select", "ask" or "graph").

    No Accept header means the default (SPARQL JSON, or Turtle for graphs); an Accept
    header that allows none of ours is a 406.
    """
    table = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
    if not accept or not accept.strip():
        return next(iter(table))
    ranges = _parse_accept(accept)
    best, best_q = "", 0.0
    for canonical, (aliases, _fmt) in table.items():
        q = max(_quality(m, ranges) for m in (canonical, *aliases))
        if q > best_q:
            best, best_q = canonical, q
    if not best:
        raise EndpointError("not acceptable; this result is available as " + ", ".join(table), 406)
    return best


def render(outcome: Outcome, media: str) -> bytes:
    """Serialise an outcome in the negotiated media type."""
    if outcome.kind == "graph":
        fmt = GRAPH_TYPES[media][1]
        prefixes = sparql_namespaces() if fmt == ox.RdfFormat.TURTLE else None
        return ox.serialize(outcome.triples, format=fmt, prefixes=prefixes) or b""
    doc = _results_json(outcome)
    fmt = SELECT_TYPES[media][1]
    if fmt == ox.QueryResultsFormat.JSON:
        return doc
    if fmt == ox.QueryResultsFormat.CSV and outcome.kind == "select":
        return _safe_csv(outcome)
    return ox.parse_query_results(doc, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)


def _safe_csv(outcome: Outcome) -> bytes:
    """SPARQL 1.1 CSV results (plain values, CRLF) with every cell through ``safe_cell``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([safe_cell(v) for v in outcome.variables])
    for row in outcome.rows:
        writer.writerow([safe_cell(_csv_value(t)) for t in row])
    return buf.getvalue().encode("utf-8")


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _results_json(outcome: Outcome) -> bytes:
    """SPARQL 1.1 Query Results JSON for a SELECT or ASK outcome."""
    if outcome.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(outcome.boolean)}).encode()
    bindings = []
    for row in outcome.rows:
        bindings.append(
            {
                name: _term_json(t)
                for name, t in zip(outcome.variables, row, strict=True)
                if t is not None
            }
        )
    doc = {"head": {"vars": outcome.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term_json(term.subject),
                "predicate": _term_json(term.predicate),
                "object": _term_json(term.object),
            },
        }
    raise TypeError(f"unsupported term in results: {term!r}")
