"""Visit and Meeting events beside the flat edges: nodes, dates, kg:supports, SHACL, NetworkX.

The first tests build a document graph from hand-made extraction results (no model), so they
pin the event rules exactly; the slow ones run two small articles, one Indonesian and one
English, written for these tests, through the whole pipeline and ask the example query
``visits-in-february-2023.rq``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.extract.dates import fill_relation_dates
from kg.extract.model import Extraction, Relation
from kg.graph import document_graph, entity_iri, to_networkx
from kg.graph.namespace import KG, RDF
from kg.graph.validate import validate
from kg.ingest import read_text
from kg.resolve import Entity, Resolved, ResolvedRelation

ROOT = Path(__file__).resolve().parents[2]
FEBRUARY_QUERY = (ROOT / "examples" / "queries" / "visits-in-february-2023.rq").read_text("utf-8")

_ARTICLE = (
    "Internasional\n\n"
    "Menlu Ana Lestari Mulai Lawatan ke Asia Tengah\n\n"
    "Senin, 20 Februari 2023 | 08:00 WIB\n\n"
    "TASHKENT — Menteri Luar Negeri Ana Lestari tiba di Tashkent pada Minggu malam untuk "
    "kunjungan kerja selama tiga hari di Uzbekistan.\n\n"
    "Di Tashkent, Ana Lestari bertemu Presiden Shavkat Mirziyoyev pada Minggu malam.\n\n"
    "Ana Lestari dan Shavkat Mirziyoyev kembali bertemu pada Selasa (21/2/2023).\n\n"
    "Kunjungan Ana Lestari ke Tashkent adalah yang pertama sejak pandemi.\n\n"
    "Ana Lestari juga pernah ke Samarkand pada 3 Mei 2019 untuk forum ekonomi regional.\n"
)
_EARLIER_TASHKENT = "Ana Lestari juga pernah ke Tashkent pada Juni 2015.\n"
_ENTITIES = {
    "person:ana lestari": Entity("person:ana lestari", "Person", "Ana Lestari"),
    "person:shavkat mirziyoyev": Entity(
        "person:shavkat mirziyoyev", "Person", "Shavkat Mirziyoyev"
    ),
    "city:tashkent": Entity("city:tashkent", "City", "Tashkent"),
    "city:samarkand": Entity("city:samarkand", "City", "Samarkand"),
}
ANA = entity_iri("Person", "Ana Lestari")
SHAVKAT = entity_iri("Person", "Shavkat Mirziyoyev")
TASHKENT = entity_iri("City", "Tashkent")
SAMARKAND = entity_iri("City", "Samarkand")


def _evidence(text: str, anchor: str, predicate: str) -> Relation:
    """Evidence spanning the first occurrence of ``anchor``; its sentence is its line."""
    start = text.index(anchor)
    sent_start = text.rfind("\n", 0, start) + 1
    sent_end = text.index("\n", start)
    return Relation(
        0,
        predicate,
        1,
        f"id.{predicate}.test",
        0.9,
        start,
        start + len(anchor),
        sent_start,
        sent_end,
    )


def _graph(*, earlier_visit: bool = False) -> tuple[URIRef, Graph]:
    """The hand-made article's graph; ``earlier_visit`` adds a 2015 visit to Tashkent."""
    text = _ARTICLE + (_EARLIER_TASHKENT if earlier_visit else "")
    doc = read_text(text, lang="id")
    tashkent = [
        _evidence(text, "Ana Lestari tiba di Tashkent", "visited"),
        _evidence(text, "Tashkent, Ana Lestari", "visited"),
        _evidence(text, "Kunjungan Ana Lestari ke Tashkent", "visited"),
    ]
    if earlier_visit:
        tashkent.append(_evidence(text, "Ana Lestari juga pernah ke Tashkent", "visited"))
    samarkand = [_evidence(text, "Ana Lestari juga pernah ke Samarkand", "visited")]
    met = [
        _evidence(text, "Ana Lestari bertemu Presiden Shavkat Mirziyoyev", "met"),
        _evidence(text, "Ana Lestari dan Shavkat Mirziyoyev kembali bertemu", "met"),
    ]
    # the extract stage's date fill (copies: relations are frozen), against the metadata
    # ingest read once
    dated = fill_relation_dates(tashkent + samarkand + met, doc.body, doc.metadata)
    n, m = len(tashkent), len(samarkand)
    tashkent, samarkand, met = dated[:n], dated[n : n + m], dated[n + m :]
    resolved = Resolved(
        entities=_ENTITIES,
        relations=[
            ResolvedRelation("person:ana lestari", "visited", "city:tashkent", tashkent),
            ResolvedRelation("person:ana lestari", "visited", "city:samarkand", samarkand),
            ResolvedRelation("person:ana lestari", "met", "person:shavkat mirziyoyev", met),
        ],
        mention_entity={},
    )
    extraction = Extraction(lang="id", relations=dated)
    return document_graph(doc, extraction, resolved)


def _events(g: Graph, kind: str) -> list[dict[str, object]]:
    """Events of one kind, as plain values, sorted by date (undated last)."""
    out = []
    for event in g.subjects(RDF.type, KG[kind], unique=True):
        date = g.value(event, KG.pointInTime)
        out.append(
            {
                "participants": set(g.objects(event, KG.participant)),
                "place": g.value(event, KG.place),
                "date": str(date) if date is not None else None,
                "supported_by": set(g.subjects(KG.supports, event)),
            }
        )
    return sorted(out, key=lambda e: e["date"] or "9999")


def test_one_visit_event_per_day_shared_by_its_evidence():
    _, g = _graph()
    visits = _events(g, "Visit")
    assert [(v["participants"], v["place"], v["date"]) for v in visits] == [
        ({ANA}, SAMARKAND, "2019-05-03"),
        ({ANA}, TASHKENT, "2023-02-19"),  # "pada Minggu malam" before Monday 20 February
    ]
    # the dateline sentence, the locative "Di Tashkent," (same evening) and the undated
    # "Kunjungan ... ke Tashkent" all report the one February visit
    assert [len(v["supported_by"]) for v in visits] == [1, 3]


def test_undated_evidence_stays_apart_when_two_visits_could_be_meant():
    _, g = _graph(earlier_visit=True)
    tashkent = [v for v in _events(g, "Visit") if v["place"] == TASHKENT]
    # 19 February 2023, June 2015 (a month: no kg:pointInTime), and the undated "Kunjungan"
    assert [(v["date"], len(v["supported_by"])) for v in tashkent] == [
        ("2023-02-19", 2),
        (None, 1),
        (None, 1),
    ]


def test_meetings_have_both_people_the_sentence_place_and_the_day():
    _, g = _graph()
    meetings = _events(g, "Meeting")
    assert [(m["participants"], m["place"], m["date"]) for m in meetings] == [
        ({ANA, SHAVKAT}, TASHKENT, "2023-02-19"),  # "Di Tashkent, ... bertemu"
        ({ANA, SHAVKAT}, None, "2023-02-21"),  # no place in that sentence
    ]
    for meeting in meetings:
        (assertion,) = meeting["supported_by"]
        assert g.value(assertion, KG.rule).toPython() == "id.met.test"


def test_graph_stage_reads_relation_dates_and_resolves_nothing_again():
    """The day of an event is the Relation's; the graph stage never re-reads the text."""
    text = _ARTICLE
    doc = read_text(text, lang="id")
    dated = replace(_evidence(text, "Ana Lestari tiba di Tashkent", "visited"), date="2023-01-05")
    # (not what the text says, 19 February: it must be kept as given)
    open_ = _evidence(text, "Kunjungan Ana Lestari ke Tashkent", "visited")
    resolved = Resolved(
        entities=_ENTITIES,
        relations=[
            ResolvedRelation("person:ana lestari", "visited", "city:tashkent", [dated]),
            ResolvedRelation("person:ana lestari", "visited", "city:samarkand", [open_]),
        ],
        mention_entity={},
    )
    _, g = document_graph(doc, Extraction(lang="id", relations=[dated, open_]), resolved)
    days = {str(v["place"]): v["date"] for v in _events(g, "Visit")}
    assert days == {str(TASHKENT): "2023-01-05", str(SAMARKAND): None}
    assert (dated.date, open_.date) == ("2023-01-05", None)


def test_event_iris_are_deterministic():
    _, first = _graph()
    _, second = _graph()
    events = set(first.subjects(KG.participant, None, unique=True))
    assert events == set(second.subjects(KG.participant, None, unique=True))
    assert all(str(e).startswith("https://w3id.org/kg-news/resource/event/") for e in events)


def test_events_validate_against_the_shapes():
    _, g = _graph(earlier_visit=True)
    report = validate(g)
    assert report.conforms, report.text


def test_networkx_edge_date_is_the_earliest_event_day():
    _, g = _graph()
    nx_graph = to_networkx(g)
    assert nx_graph.edges[str(ANA), str(TASHKENT), "visited"]["date"] == "2023-02-19"
    assert nx_graph.edges[str(ANA), str(SAMARKAND), "visited"]["date"] == "2019-05-03"
    assert nx_graph.edges[str(ANA), str(SHAVKAT), "met"]["date"] == "2023-02-19"


def test_february_query_on_hand_made_graph():
    _, g = _graph()
    rows = {(str(r.date), str(r.visitorName), str(r.placeName)) for r in g.query(FEBRUARY_QUERY)}
    assert rows == {("2023-02-19", "Ana Lestari", "Tashkent")}


# -- whole pipeline -----------------------------------------------------------------------------

_ID_ARTICLE = """Internasional

Menlu Kenya Tiba di Jakarta, Bahas Kerja Sama Pangan

Rabu, 15 Februari 2023 | 10:15 WIB

JAKARTA — Menteri Luar Negeri Kenya Wanjiru Kamau tiba di Jakarta pada Selasa malam untuk \
kunjungan kerja selama tiga hari.

Kamau dijadwalkan bertemu Menteri Luar Negeri Indonesia Dewi Santoso pada Kamis (16/2). \
Keduanya akan membahas kerja sama pangan dan energi.

Kamau terakhir kali berkunjung ke Indonesia pada Juni 2015.
"""

_EN_ARTICLE = """World | Asia

Indonesian minister opens Central Asia tour in Tashkent

February 20, 2023 | 8:05 AM

TASHKENT, Feb 20 - Indonesian Foreign Minister Ana Lestari arrived in Tashkent on Sunday for \
talks on trade and energy with the five Central Asian states.

Lestari met Uzbek President Shavkat Mirziyoyev on Monday. She will travel to Astana on \
Wednesday before returning to Jakarta.
"""


@pytest.fixture(scope="module")
def two_articles():
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(_ID_ARTICLE, lang="id", source="test-id")
    g.add_text(_EN_ARTICLE, lang="en", source="test-en")
    return g


@pytest.mark.slow
def test_visits_in_february_2023_from_two_articles(two_articles):
    rows = {
        (str(r.date), str(r.visitorName), str(r.placeName))
        for r in two_articles.query(FEBRUARY_QUERY)
    }
    assert rows == {
        ("2023-02-14", "Wanjiru Kamau", "Jakarta"),  # "Selasa malam", dateline of Wednesday 15th
        ("2023-02-19", "Ana Lestari", "Tashkent"),  # "on Sunday", dateline of Monday 20th
        ("2023-02-19", "Ana Lestari", "Uzbekistan"),  # the city's country, which the text names
        ("2023-02-22", "Ana Lestari", "Astana"),  # "will travel ... on Wednesday": the next one
    }


@pytest.mark.slow
def test_meetings_and_open_dates_from_two_articles(two_articles):
    rows = two_articles.query(
        """SELECT ?d (GROUP_CONCAT(?name; separator="+") AS ?who) WHERE {
             ?e a kg:Meeting ; kg:participant ?p ; kg:pointInTime ?d . ?p rdfs:label ?name
           } GROUP BY ?e ?d"""
    )
    meetings = {(str(r.d), frozenset(str(r.who).split("+"))) for r in rows}
    assert meetings == {
        ("2023-02-16", frozenset({"Wanjiru Kamau", "Dewi Santoso"})),
        ("2023-02-20", frozenset({"Ana Lestari", "Shavkat Mirziyoyev"})),
    }
    # "pada Juni 2015" is a month, not a day: its visit is an event without kg:pointInTime
    undated = two_articles.query(
        "SELECT ?e WHERE { ?e a kg:Visit ; kg:place/rdfs:label 'Indonesia' "
        "FILTER NOT EXISTS { ?e kg:pointInTime ?d } }"
    )
    assert len(list(undated)) == 1


_RECORD = {
    "text": "Presiden Kenya Wanjiru Kamau tiba di Jakarta pada Selasa untuk kunjungan kenegaraan "
    "selama dua hari dan membahas kerja sama pangan.\n",
    "date": "2024-06-05T09:30:00+07:00",
    "title": "Presiden Kenya tiba di Jakarta",
    "url": "https://example.org/kenya",
}


@pytest.mark.slow
def test_json_lines_record_date_dates_its_events(tmp_path):
    """The record's date is the document's, and "pada Selasa" resolves against it."""
    import json

    import kg
    from kg.ingest.sources import iter_items

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(_RECORD) + "\n", encoding="utf-8")
    (item,) = list(iter_items([path]))
    g = kg.KnowledgeGraph()
    g.add_document(item.document())
    rows = g.query(
        "SELECT ?d ?t ?day WHERE { ?doc a kg:Document ; dcterms:date ?d ; dcterms:title ?t . "
        "?e a kg:Visit ; kg:pointInTime ?day }"
    )
    assert {(str(r.d), str(r.t), str(r.day)) for r in rows} == {
        ("2024-06-05", "Presiden Kenya tiba di Jakarta", "2024-06-04")  # Wednesday -> Tuesday
    }


@pytest.mark.slow
def test_two_articles_validate(two_articles):
    report = validate(two_articles.rdf)
    assert report.conforms, report.text
