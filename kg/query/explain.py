"""Why an entity is what it is: every mention of it, with the reason it was linked (the merge
log behind ``kg explain`` and :meth:`kg.KnowledgeGraph.explain`).

Why apart from the facade: the same few SELECTs answer on any engine, given as a
:data:`Select` function (rows of lexical forms). ``kg explain --store`` then runs them on a
read-only pyoxigraph store (:func:`explain_store`) without importing rdflib, oxrdflib or
NetworkX, and the facade runs them through its own ``query``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from kg.errors import QueryError
from kg.graph.prefixes import PREFIX_IRIS

__all__ = ["Select", "explain", "explain_store", "expand_iri"]

Select = Callable[[str], list[dict[str, str | None]]]
"""Runs one SELECT; each row maps a variable to its value's lexical form (None: unbound)."""

# Terms are spliced in as N-Triples, not bound: Oxigraph substitutes only projected variables.
_IS_ENTITY = "SELECT ?l WHERE {{ {e} rdfs:label ?l }} LIMIT 1"
_ENTITY_BY_NAME = """
SELECT DISTINCT ?e WHERE {{
  ?e rdfs:label|skos:altLabel ?l . ?e rdfs:label [] .
  FILTER (LCASE(STR(?l)) = {name})
}}"""
_ENTITY_HEAD = """
SELECT ?label ?type ?id WHERE {{
  {e} rdfs:label ?label .
  OPTIONAL {{ {e} a ?cls . FILTER (STRSTARTS(STR(?cls), STR(kg:))) }}
  BIND (STRAFTER(STR(?cls), "#") AS ?type)
  OPTIONAL {{ {e} dcterms:identifier ?id }}
}} LIMIT 1"""
_MENTIONS = """
SELECT DISTINCT ?doc ?source ?text ?begin ?end ?why WHERE {{
  ?m a kg:Mention ; kg:denotes {e} ; nif:referenceContext ?doc ; nif:anchorOf ?text ;
     nif:beginIndex ?begin ; nif:endIndex ?end .
  OPTIONAL {{ ?m kg:resolvedBy ?why }}
  OPTIONAL {{ ?doc kg:source ?source }}
}} ORDER BY ?source ?doc ?begin"""
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def explain(select: Select, name_or_iri: str) -> list[dict[str, object]]:
    """Every mention of the entities ``name_or_iri`` names, with how each was linked.

    The entity is matched by IRI (full or ``kgr:``-prefixed), ``rdfs:label`` or
    ``skos:altLabel``, case-insensitively; a short name ("Lee") may match several entities.
    Each row: entity IRI, label, type, how the IRI was formed (gazetteer id or normalised
    name), document, source, surface text, begin, end, resolvedBy.
    """
    if not isinstance(name_or_iri, str) or not name_or_iri.strip():
        raise QueryError(f"explain takes a name or an IRI (a non-empty str), got {name_or_iri!r}")
    rows: list[dict[str, object]] = []
    for entity in _entities(select, name_or_iri):
        rows += _mentions_of(select, entity)
    return rows


def expand_iri(text: str) -> str | None:
    """A full IRI, or a prefixed name with one of kg's prefixes (``kgr:country/KZ``)."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if "://" in text:
        return text
    prefix, sep, local = text.partition(":")
    base = PREFIX_IRIS.get(prefix) if sep else None
    return base + local if base and local and " " not in local else None


def _entities(select: Select, name_or_iri: str) -> list[str]:
    iri = expand_iri(name_or_iri)
    if iri is not None and not _NOT_IN_IRI.search(iri) and select(_IS_ENTITY.format(e=f"<{iri}>")):
        return [iri]
    rows = select(_ENTITY_BY_NAME.format(name=_string(name_or_iri.strip().lower())))
    return sorted({str(r["e"]) for r in rows})


def _mentions_of(select: Select, entity: str) -> list[dict[str, object]]:
    e = f"<{entity}>"
    head = select(_ENTITY_HEAD.format(e=e))[0]
    basis = (
        f"gazetteer id {head['id']}"
        if head["id"] is not None
        else f"{head['type']} name {head['label']!r} -> {entity.removeprefix(PREFIX_IRIS['kgr'])}"
    )
    return [
        {
            "entity": entity,
            "label": head["label"],
            "type": head["type"],
            "iri_from": basis,
            "document": r["doc"],
            "source": r["source"],
            "text": r["text"],
            "begin": int(str(r["begin"])),
            "end": int(str(r["end"])),
            "resolved_by": r["why"],
        }
        for r in select(_MENTIONS.format(e=e))
    ]


def _string(text: str) -> str:
    """A SPARQL string literal holding ``text`` (every character that needs it escaped)."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def explain_store(path: str | Path, name_or_iri: str) -> list[dict[str, object]] | None:
    """:func:`explain` on an Oxigraph store folder, read-only, with pyoxigraph alone; None
    for a store written by an old kg (no union yet: the caller takes the facade)."""
    from kg.query.oxigraph import open_union, select_rows

    store = open_union(path)
    if store is None:
        return None
    return explain(lambda sparql: select_rows(store, sparql), name_or_iri)
