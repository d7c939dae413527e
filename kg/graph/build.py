"""Turn one resolved document into its RDF named graph (the layout in ontology/README.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from kg.extract.model import Extraction, Relation
from kg.graph.events import add_events
from kg.graph.iri import assertion_iri, candidates_iri, document_iri, entity_iri, mention_iri
from kg.graph.namespace import DCTERMS, KG, KGR, NIF, OWL, PROV, RDF, RDFS, SKOS, XSD
from kg.ingest import Document
from kg.resolve import Entity, Resolved
from kg.schema import entity_class_iris, relations
from kg.version import __version__

__all__ = ["candidate_graph", "document_graph"]

_GEONAMES = "https://sws.geonames.org/{}/"


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
    _add_document(g, doc_iri, document)
    activity = _add_activity(g, document, pipeline or {})
    iris = {key: _add_entity(g, ent) for key, ent in resolved.entities.items()}
    schema = relations()
    for rel in resolved.relations:
        s, o = iris[rel.subject], iris[rel.object]
        p = schema[rel.predicate].iri
        g.add((s, p, o))
        for ev in rel.evidence:
            _add_assertion(g, document, doc_iri, activity, s, p, o, ev)
    add_events(g, document, resolved, iris)
    for m in extraction.mentions:
        key = resolved.mention_entity.get(m.index)
        if key in iris and not m.is_pronoun:
            mi = mention_iri(document.content_hash, m.start, m.end)
            g.add((mi, RDF.type, KG.Mention))
            g.add((mi, KG.denotes, iris[key]))
            g.add((mi, NIF.referenceContext, doc_iri))
            g.add((mi, NIF.anchorOf, Literal(document.text[m.start : m.end])))
            g.add((mi, NIF.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger)))
            g.add((mi, NIF.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger)))
            if m.index in resolved.reasons:
                g.add((mi, KG.resolvedBy, Literal(resolved.reasons[m.index])))
    return doc_iri, g


def candidate_graph(document: Document, resolved: Resolved) -> Graph | None:
    """The document's candidate graph (``kgr:doc/<hash16>/candidates``), or None when
    resolve kept no candidates: one ``kg:CandidateAssertion`` per piece of evidence, with the
    evidence an assertion has, and no direct edge. A named graph of its own, beside the
    document's and never in the union, so the default graph is the same with or without them;
    it names its document (``kg:candidatesOf``), so stores and checks tell it apart by its data.
    """
    if not resolved.candidates:
        return None
    doc_iri = document_iri(document.content_hash)
    g = Graph(identifier=candidates_iri(doc_iri))
    g.add((g.identifier, RDF.type, KG.CandidateGraph))
    g.add((g.identifier, KG.candidatesOf, doc_iri))
    activity = _activity_iri(document)  # described in the document's graph
    schema = relations()
    for rel in resolved.candidates:
        s = _entity_iri(resolved.entities[rel.subject])
        o = _entity_iri(resolved.entities[rel.object])
        p = schema[rel.predicate].iri
        for ev in rel.evidence:
            _add_assertion(g, document, doc_iri, activity, s, p, o, ev, KG.CandidateAssertion)
    return g


def _add_document(g: Graph, doc_iri: URIRef, document: Document) -> None:
    g.add((doc_iri, RDF.type, KG.Document))
    g.add((doc_iri, RDF.type, NIF.Context))
    if document.source:
        g.add((doc_iri, KG.source, Literal(document.source)))
    g.add((doc_iri, DCTERMS.language, Literal(document.lang)))
    if document.title:
        g.add((doc_iri, DCTERMS.title, Literal(document.title)))
    if document.date and len(document.date) == 10 and document.date[4] == "-":
        g.add((doc_iri, DCTERMS.date, Literal(document.date, datatype=XSD.date)))
    g.add((doc_iri, KG.contentHash, Literal(f"sha256:{document.content_hash}")))
    g.add((doc_iri, KG.charCount, Literal(len(document.text), datatype=XSD.nonNegativeInteger)))


def _activity_iri(document: Document) -> URIRef:
    return KGR[f"activity/{document.content_hash[:16]}"]


def _add_activity(g: Graph, document: Document, pipeline: dict[str, object]) -> URIRef:
    activity = _activity_iri(document)
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"kg {__version__} extraction")))
    g.add((activity, PROV.used, document_iri(document.content_hash)))
    model = f"{pipeline.get('name', '?')} {pipeline.get('version', '?')}"
    g.add((activity, PROV.wasAssociatedWith, Literal(f"kg {__version__}; spaCy pipeline {model}")))
    g.add((activity, PROV.endedAtTime, Literal(datetime.now(UTC).replace(microsecond=0))))
    return activity


def _entity_iri(ent: Entity) -> URIRef:
    return entity_iri(ent.type, ent.label, ent.kb_id)


def _add_entity(g: Graph, ent: Entity) -> URIRef:
    iri = _entity_iri(ent)
    g.add((iri, RDF.type, entity_class_iris()[ent.type]))
    g.add((iri, RDFS.label, Literal(ent.label)))
    for alias in sorted(ent.aliases):
        g.add((iri, SKOS.altLabel, Literal(alias)))
    if ent.kb_id:
        g.add((iri, DCTERMS.identifier, Literal(ent.kb_id)))
    if ent.geonames:
        g.add((iri, OWL.sameAs, URIRef(_GEONAMES.format(ent.geonames))))
    return iri


def _add_assertion(
    g: Graph,
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
    g.add((a, RDF.type, cls))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, NIF.referenceContext, doc_iri))
    g.add((a, NIF.anchorOf, Literal(document.text[ev.start : ev.end])))
    g.add((a, NIF.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
    g.add((a, NIF.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
    sentence = document.text[ev.sentence_start : ev.sentence_end].strip()
    g.add((a, KG.sentence, Literal(sentence)))
    g.add((a, KG.rule, Literal(ev.rule)))
    g.add((a, KG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
    if ev.title:
        g.add((a, KG.officeTitle, Literal(ev.title)))
    g.add((a, PROV.wasGeneratedBy, activity))
