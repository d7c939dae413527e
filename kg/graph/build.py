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
from kg.graph.iri import assertion_iri, candidates_iri, document_iri, entity_iri, mention_iri
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

__all__ = [
    "candidate_graph",
    "candidate_ntriples",
    "document_graph",
    "document_ntriples",
    "emit_candidates",
    "emit_document",
]

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


def candidate_graph(document: Document, resolved: Resolved) -> Graph | None:
    """The document's candidate graph as an rdflib Graph, or None (see
    :func:`emit_candidates`)."""
    if not resolved.candidates:
        return None
    g = Graph(identifier=candidates_iri(document_iri(document.content_hash)))
    emit_candidates(GraphSink(g), document, resolved)
    return g


def candidate_ntriples(document: Document, resolved: Resolved) -> NTriples | None:
    """The same triples as :func:`candidate_graph`, as the N-Triples text a store loads."""
    if not resolved.candidates:
        return None
    sink = NTriplesSink()
    emit_candidates(sink, document, resolved)
    return sink.ntriples()


def emit_candidates(out: TripleSink, document: Document, resolved: Resolved) -> None:
    """Write the document's candidate graph (``kgr:doc/<hash16>/candidates``) to ``out``: one
    ``kg:CandidateAssertion`` per piece of evidence resolve kept apart, with the evidence an
    assertion has, and no direct edge. A named graph of its own, beside the document's and
    never in the union, so the default graph is the same with or without them; it names its
    document (``kg:candidatesOf``), so stores and checks tell it apart by its data."""
    doc_iri = document_iri(document.content_hash)
    graph = candidates_iri(doc_iri)
    out.add(graph, RDF.type, KG.CandidateGraph)
    out.add(graph, KG.candidatesOf, doc_iri)
    activity = _activity_iri(document)  # described in the document's graph
    schema = relations()
    for rel in resolved.candidates:
        s = _entity_iri(resolved.entities[rel.subject])
        o = _entity_iri(resolved.entities[rel.object])
        p = schema[rel.predicate].iri
        for ev in rel.evidence:
            _add_assertion(out, document, doc_iri, activity, s, p, o, ev, KG.CandidateAssertion)


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


def _activity_iri(document: Document) -> URIRef:
    return KGR[f"activity/{document.content_hash[:16]}"]


def _add_activity(out: TripleSink, document: Document, pipeline: dict[str, object]) -> URIRef:
    activity = _activity_iri(document)
    out.add(activity, RDF.type, PROV.Activity)
    out.literal(activity, RDFS.label, f"kg {__version__} extraction")
    out.add(activity, PROV.used, document_iri(document.content_hash))
    model = f"{pipeline.get('name', '?')} {pipeline.get('version', '?')}"
    out.literal(activity, PROV.wasAssociatedWith, f"kg {__version__}; spaCy pipeline {model}")
    out.literal(activity, PROV.endedAtTime, datetime_lexical(_now()), XSD.dateTime)
    return activity


def _entity_iri(ent: Entity) -> URIRef:
    return entity_iri(ent.type, ent.label, ent.kb_id)


def _add_entity(out: TripleSink, ent: Entity) -> URIRef:
    iri = _entity_iri(ent)
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
    cls: URIRef = KG.Assertion,
) -> None:
    a = assertion_iri(document.content_hash, s, p, o, ev.start, ev.end)
    out.add(a, RDF.type, cls)
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
