"""Turn one resolved document into its RDF named graph (the layout in ontology/README.md).

What a document states is decided here once (:func:`emit_document`) and written to a
:class:`~kg.graph.sink.TripleSink`; :func:`document_graph` gives it as an rdflib Graph (the
API), :func:`document_ntriples` as N-Triples text for a store, with no rdflib Graph built on
the way (issue 11).
"""

from __future__ import annotations

from datetime import UTC, datetime

from rdflib import Graph, URIRef

from kg.extract.model import Extraction, Relation
from kg.graph.events import add_events
from kg.graph.iri import assertion_iri, document_iri, entity_iri, mention_iri
from kg.graph.namespace import DCTERMS, KG, KGR, NIF, OWL, PROV, RDF, RDFS, SKOS, XSD
from kg.graph.sink import (
    GraphSink,
    NTriples,
    NTriplesSink,
    TripleSink,
    datetime_lexical,
    decimal_lexical,
)
from kg.ingest import Document
from kg.resolve import Entity, Resolved
from kg.schema import entity_class_iris, relations
from kg.version import __version__

__all__ = ["document_graph", "document_ntriples", "emit_document"]

_GEONAMES = "https://sws.geonames.org/{}/"
_COUNT = XSD.nonNegativeInteger


def document_graph(
    document: Document,
    extraction: Extraction,
    resolved: Resolved,
    *,
    pipeline: dict[str, object] | None = None,
) -> tuple[URIRef, Graph]:
    """The document's named graph: document node, entities, relations, evidence, mentions."""
    doc_iri = document_iri(document.content_hash)
    g = Graph(identifier=doc_iri)
    emit_document(GraphSink(g), document, extraction, resolved, pipeline=pipeline)
    return doc_iri, g


def document_ntriples(
    document: Document,
    extraction: Extraction,
    resolved: Resolved,
    *,
    pipeline: dict[str, object] | None = None,
) -> tuple[URIRef, NTriples]:
    """The same triples as :func:`document_graph`, as the N-Triples text a store loads."""
    sink = NTriplesSink()
    doc_iri = emit_document(sink, document, extraction, resolved, pipeline=pipeline)
    return doc_iri, sink.ntriples()


def emit_document(
    out: TripleSink,
    document: Document,
    extraction: Extraction,
    resolved: Resolved,
    *,
    pipeline: dict[str, object] | None = None,
) -> URIRef:
    """Write everything the document states to ``out``; return the document's IRI."""
    doc_iri = document_iri(document.content_hash)
    _add_document(out, doc_iri, document)
    activity = _add_activity(out, document, pipeline or {})
    iris = {key: _add_entity(out, ent) for key, ent in resolved.entities.items()}
    schema = relations()
    for rel in resolved.relations:
        s, o = iris[rel.subject], iris[rel.object]
        p = schema[rel.predicate].iri
        out.add(s, p, o)
        for ev in rel.evidence:
            _add_assertion(out, document, doc_iri, activity, s, p, o, ev)
    add_events(out, document, resolved, iris)
    text = document.text
    for m in extraction.mentions:
        key = resolved.mention_entity.get(m.index)
        if key in iris and not m.is_pronoun:
            mi = mention_iri(document.content_hash, m.start, m.end)
            out.add(mi, RDF.type, KG.Mention)
            out.add(mi, KG.denotes, iris[key])
            out.add(mi, NIF.referenceContext, doc_iri)
            out.literal(mi, NIF.anchorOf, text[m.start : m.end])
            out.literal(mi, NIF.beginIndex, str(m.start), _COUNT)
            out.literal(mi, NIF.endIndex, str(m.end), _COUNT)
            if m.index in resolved.reasons:
                out.literal(mi, KG.resolvedBy, resolved.reasons[m.index])
    return doc_iri


def _now() -> datetime:
    """When the extraction ended (a function, so tests can hold the clock)."""
    return datetime.now(UTC).replace(microsecond=0)


def _add_document(out: TripleSink, doc_iri: URIRef, document: Document) -> None:
    out.add(doc_iri, RDF.type, KG.Document)
    out.add(doc_iri, RDF.type, NIF.Context)
    if document.source:
        out.literal(doc_iri, KG.source, document.source)
    out.literal(doc_iri, DCTERMS.language, document.lang)
    if document.title:
        out.literal(doc_iri, DCTERMS.title, document.title)
    if document.date and len(document.date) == 10 and document.date[4] == "-":
        out.literal(doc_iri, DCTERMS.date, document.date, XSD.date)
    out.literal(doc_iri, KG.contentHash, f"sha256:{document.content_hash}")
    out.literal(doc_iri, KG.charCount, str(len(document.text)), _COUNT)


def _add_activity(out: TripleSink, document: Document, pipeline: dict[str, object]) -> URIRef:
    activity = KGR[f"activity/{document.content_hash[:16]}"]
    out.add(activity, RDF.type, PROV.Activity)
    out.literal(activity, RDFS.label, f"kg {__version__} extraction")
    out.add(activity, PROV.used, document_iri(document.content_hash))
    model = f"{pipeline.get('name', '?')} {pipeline.get('version', '?')}"
    out.literal(activity, PROV.wasAssociatedWith, f"kg {__version__}; spaCy pipeline {model}")
    out.literal(activity, PROV.endedAtTime, datetime_lexical(_now()), XSD.dateTime)
    return activity


def _add_entity(out: TripleSink, ent: Entity) -> URIRef:
    iri = entity_iri(ent.type, ent.label, ent.kb_id)
    out.add(iri, RDF.type, entity_class_iris()[ent.type])
    out.literal(iri, RDFS.label, ent.label)
    for alias in sorted(ent.aliases):
        out.literal(iri, SKOS.altLabel, alias)
    if ent.kb_id:
        out.literal(iri, DCTERMS.identifier, ent.kb_id)
    if ent.geonames:
        out.add(iri, OWL.sameAs, _GEONAMES.format(ent.geonames))
    return iri


def _add_assertion(
    out: TripleSink,
    document: Document,
    doc_iri: URIRef,
    activity: URIRef,
    s: URIRef,
    p: URIRef,
    o: URIRef,
    ev: Relation,
) -> None:
    a = assertion_iri(document.content_hash, s, p, o, ev.start, ev.end)
    out.add(a, RDF.type, KG.Assertion)
    out.add(a, RDF.subject, s)
    out.add(a, RDF.predicate, p)
    out.add(a, RDF.object, o)
    out.add(a, NIF.referenceContext, doc_iri)
    out.literal(a, NIF.anchorOf, document.text[ev.start : ev.end])
    out.literal(a, NIF.beginIndex, str(ev.start), _COUNT)
    out.literal(a, NIF.endIndex, str(ev.end), _COUNT)
    sentence = document.text[ev.sentence_start : ev.sentence_end].strip()
    out.literal(a, KG.sentence, sentence)
    out.literal(a, KG.rule, ev.rule)
    out.literal(a, KG.confidence, decimal_lexical(ev.confidence), XSD.decimal)
    if ev.title:
        out.literal(a, KG.officeTitle, ev.title)
    out.add(a, PROV.wasGeneratedBy, activity)
