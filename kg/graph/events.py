"""Visit and Meeting event nodes beside the flat edges (the design in ontology/README.md).

A flat edge ``<ana> kg:visited <tashkent>`` cannot say when, nor tell one visit from two; an
event node can. Each visited/met Assertion gets ``kg:supports`` its event:

* a ``kg:Visit`` per visitor, place and day: ``kg:participant`` the visitor, ``kg:place``;
* a ``kg:Meeting`` per pair and day: both people as ``kg:participant``, and ``kg:place`` when
  the same sentence says where one of them went ("Di Astana, Blinken bertemu Tokayev");
* ``kg:pointInTime "YYYY-MM-DD"^^xsd:date`` when the day is known (``Relation.date``); a
  month ("June 2015") or a year-less day keeps its own event, with no pointInTime.

One event per (document, kind, participants, place, date): the several sentences reporting
one visit share its node. Evidence without a date joins the one dated event with the same
participants and place when there is exactly one ("Kunjungan Blinken ke Astana" in paragraph
three is the visit dated in the first); with none or several, it gets its own undated event,
since guessing between two visits would date one of them wrongly.

Which relations report events, and of which class, is the schema's (``kg:eventClass`` in
``ontology/kg.ttl``, read by ``kg.schema``): a relation whose object is a place gives events
like visits, one between participants events like meetings.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from kg.extract.model import Relation
from kg.graph.iri import assertion_iri
from kg.graph.namespace import KG, KGR, RDF, XSD
from kg.graph.sink import TripleSink
from kg.ingest import Document
from kg.resolve import Resolved, ResolvedRelation
from kg.schema import RelationSpec, relations

__all__ = ["add_events", "event_iri"]

_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class _EventKey:
    """What makes two pieces of evidence report the same event, within one document."""

    kind: str  # the event class's local name: "Visit", "Meeting"
    participants: tuple[URIRef, ...]  # sorted
    place: URIRef | None
    date: str | None  # Relation.date: ISO day, "2015-06", "--02-28", or None when open

    @property
    def undated(self) -> _EventKey:
        return _EventKey(self.kind, self.participants, self.place, None)


def event_iri(doc_hash: str, key: _EventKey) -> URIRef:
    """Deterministic, like assertions: re-adding a document mints the same event nodes."""
    parts = [doc_hash, key.kind, *map(str, key.participants), str(key.place or ""), key.date or ""]
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]
    return KGR[f"event/{digest}"]


def _day(value: str | None) -> str | None:
    """Only a full day can be an event's xsd:date; "2015-06" or "--02-28" stay open here."""
    return value if value and _FULL_DATE.fullmatch(value) else None


def _visit_places(
    visits: list[tuple[URIRef, URIRef, Relation]],
) -> dict[int, list[tuple[URIRef, URIRef, Relation]]]:
    """Visited evidence by sentence: where the people of that sentence went."""
    by_sentence: defaultdict[int, list[tuple[URIRef, URIRef, Relation]]] = defaultdict(list)
    for visitor, place, ev in visits:
        by_sentence[ev.sentence_start].append((visitor, place, ev))
    return by_sentence


_PLACE_RANK = {"City": 0, "Place": 1, "Region": 2, "Country": 3}
"""A venue is best named by its city: "arrived in Beijing, China" puts the meeting in Beijing."""


def _meeting_place(
    people: tuple[URIRef, URIRef],
    ev: Relation,
    visits_here: list[tuple[URIRef, URIRef, Relation]],
    types: dict[URIRef, str],
) -> URIRef | None:
    """The place one of the people visited in the same sentence: nearest, then most specific."""
    options = [(place, v) for visitor, place, v in visits_here if visitor in people]
    if not options:
        return None
    return min(
        options,
        key=lambda pv: (abs(pv[1].start - ev.start), _PLACE_RANK.get(types.get(pv[0], ""), 9)),
    )[0]


_Found = tuple[_EventKey, URIRef, URIRef, URIRef, Relation]
"""(event key, subject, predicate, object, evidence): one Assertion and the event it reports."""


_Visit = tuple[URIRef, URIRef, Relation, RelationSpec]
"""(participant, place, evidence, relation): evidence that someone was at a place."""


def _dated(resolved: Resolved) -> list[tuple[RelationSpec, ResolvedRelation]]:
    """The document's relations that report an event (``kg:eventClass`` in the schema)."""
    schema = relations()
    return [(schema[r.predicate], r) for r in resolved.relations if schema[r.predicate].dated]


def _visits(resolved: Resolved, iris: dict[str, URIRef]) -> list[_Visit]:
    """(visitor, place, evidence, relation) for every Assertion of an event relation whose
    object is a place (kg:visited): the event has one participant and that place."""
    return [
        (iris[r.subject], iris[r.object], ev, spec)
        for spec, r in _dated(resolved)
        if spec.to_place
        for ev in r.evidence
    ]


def _meetings(
    resolved: Resolved,
    iris: dict[str, URIRef],
    visits: list[_Visit],
) -> list[_Found]:
    """Keys for every Assertion of an event relation between participants (kg:met), placed
    where the sentence's visit went."""
    places = _visit_places([(s, o, ev) for s, o, ev, _ in visits])
    types = {iris[k]: e.type for k, e in resolved.entities.items() if k in iris}
    out: list[_Found] = []
    for spec, r in _dated(resolved):
        if spec.to_place:
            continue
        s, o = iris[r.subject], iris[r.object]
        for ev in r.evidence:
            place = _meeting_place((s, o), ev, places.get(ev.sentence_start, []), types)
            key = _EventKey(spec.event, tuple(sorted((s, o))), place, ev.date)
            out.append((key, s, spec.iri, o, ev))
    return out


def _collect(resolved: Resolved, iris: dict[str, URIRef]) -> list[_Found]:
    """Every event Assertion of the document with the key of the event it reports."""
    visits = _visits(resolved, iris)
    found: list[_Found] = [
        (_EventKey(spec.event, (s,), o, ev.date), s, spec.iri, o, ev) for s, o, ev, spec in visits
    ]
    return found + _meetings(resolved, iris, visits)


def _merge_undated(keys: Iterable[_EventKey]) -> dict[_EventKey, _EventKey]:
    """Map each key to its event: an undated key joins the single dated one, if there is one.

    "Dated" counts any date, months included: with a visit in June 2015 and one on 26 March
    2021, an undated "his visit to Dhaka" could be either, so it is left on its own.
    """
    unique = set(keys)
    dated: defaultdict[_EventKey, list[_EventKey]] = defaultdict(list)
    for key in unique:
        if key.date is not None:
            dated[key.undated].append(key)
    return {
        key: dated[key][0] if key.date is None and len(dated[key]) == 1 else key for key in unique
    }


def _add_event(out: TripleSink, iri: URIRef, key: _EventKey, classes: dict[str, URIRef]) -> None:
    out.add(iri, RDF.type, classes[key.kind])
    for person in key.participants:
        out.add(iri, KG.participant, person)
    if key.place is not None:
        out.add(iri, KG.place, key.place)
    day = _day(key.date)
    if day is not None:
        out.literal(iri, KG.pointInTime, day, XSD.date)


def add_events(
    out: TripleSink, document: Document, resolved: Resolved, iris: dict[str, URIRef]
) -> int:
    """Add the document's Visit and Meeting events to its graph; return how many.

    Parameters
    ----------
    out : TripleSink
        Where the document's triples go (:mod:`kg.graph.sink`), its Assertions already added
        (their IRIs are recomputed here with :func:`assertion_iri`, so the two stay in step
        by construction).
    document : Document
        The article (its content hash names the events). The events' days are the
        ``Relation.date`` the extract stage resolved; nothing is re-read here.
    resolved : Resolved
        The document's entities and relations.
    iris : dict
        Entity key to IRI, as minted for the entities of ``g``.
    """
    found = _collect(resolved, iris)
    events = _merge_undated(key for key, *_ in found)
    classes = {spec.event: spec.event_class for spec in relations().values() if spec.dated}
    for key in set(events.values()):
        _add_event(out, event_iri(document.content_hash, key), key, classes)
    for key, s, p, o, ev in found:
        assertion = assertion_iri(document.content_hash, s, p, o, ev.start, ev.end)
        out.add(assertion, KG.supports, event_iri(document.content_hash, events[key]))
    return len(set(events.values()))
