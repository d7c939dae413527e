"""Mint every IRI kg creates, in one place, from stable keys (never from scattered f-strings)."""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from kg.graph.namespace import KGR
from kg.nlp.gazetteer import normalize_name

__all__ = [
    "entity_iri",
    "document_iri",
    "candidates_iri",
    "is_candidates_iri",
    "assertion_iri",
    "mention_iri",
    "slug",
]


def slug(text: str) -> str:
    """ASCII lower-case words joined by hyphens: "Kassym-Jomart T." -> "kassym-jomart-t"."""
    return "-".join(normalize_name(text).split()) or "x"


def entity_iri(etype: str, label: str, kb_id: str | None = None) -> URIRef:
    """IRI of an entity: from its gazetteer id when linked (stable across documents and
    languages), else from its type and canonical name.

    >>> str(entity_iri("Country", "Kazakhstan", "iso3166:KZ"))
    'https://w3id.org/kg-news/resource/country/KZ'
    >>> str(entity_iri("City", "Hong Kong", "iso3166:HK"))
    'https://w3id.org/kg-news/resource/city/HK'
    >>> str(entity_iri("Person", "Antony Blinken"))
    'https://w3id.org/kg-news/resource/person/antony-blinken'
    """
    if kb_id:
        scheme, _, local = kb_id.partition(":")
        if scheme == "iso3166":  # a territory the gazetteer retyped City (Hong Kong) too
            return KGR[f"{'city' if etype == 'City' else 'country'}/{local}"]
        if scheme == "geonames":
            return KGR[f"{etype.lower()}/{local}"]
        if scheme == "kg":
            return KGR[local]
        if scheme == "idregency":  # "idregency:lombok-utara": Indonesian names, one per regency
            return KGR[f"region/{local}-regency"]
    return KGR[f"{etype.lower()}/{slug(label)}"]


def document_iri(content_hash: str) -> URIRef:
    return KGR[f"doc/{content_hash[:16]}"]


_DOC = str(KGR["doc/"])


_CANDIDATES = "candidates"


def candidates_iri(doc_iri: URIRef) -> URIRef:
    """The named graph of a document's candidate assertions (``kgr:doc/<hash16>/candidates``):
    derived from the document's IRI, so removing or replacing the document finds it without a
    lookup.

    >>> str(candidates_iri(document_iri("ab" * 32)))
    'https://w3id.org/kg-news/resource/doc/abababababababab/candidates'
    """
    local = str(doc_iri).removeprefix(str(KGR))
    return KGR[f"{local}/{_CANDIDATES}"]


def is_candidates_iri(iri: object) -> bool:
    """Whether a graph name is a candidate graph's: a check per triple where rdflib's default
    union must leave candidates out (:class:`kg.graph.store.DocumentDataset`), so by name,
    not by a lookup of the graph's ``kg:CandidateGraph`` type."""
    return isinstance(iri, URIRef) and iri.startswith(_DOC) and iri.endswith(f"/{_CANDIDATES}")


def assertion_iri(doc_hash: str, s: URIRef, p: URIRef, o: URIRef, start: int, end: int) -> URIRef:
    """Deterministic, so re-adding a document reproduces the same evidence nodes."""
    digest = hashlib.sha256(f"{doc_hash}|{s}|{p}|{o}|{start}|{end}".encode()).hexdigest()[:20]
    return KGR[f"assertion/{digest}"]


def mention_iri(doc_hash: str, start: int, end: int) -> URIRef:
    return KGR[f"mention/{doc_hash[:16]}/{start}-{end}"]
