"""Date expressions normalised to ISO 8601, and the date each visited/met relation gets.

Sentences are written for these tests. Reference days used below: 2024-03-07 is a Thursday,
2024-03-09 a Saturday.
"""

from __future__ import annotations

import pytest

from kg.extract.dates import fill_relation_dates, find_dates, relation_date
from kg.extract.model import Relation
from kg.ingest import find_metadata


def _only(sentence: str, doc_date: str | None = None) -> str | None:
    """The normalised value of the single date expression of ``sentence``."""
    found = [m for m in find_dates(sentence, doc_date=doc_date) if m.kind != "range"]
    assert len(found) == 1, found
    return found[0].iso


@pytest.mark.parametrize(
    ("sentence", "doc_date", "expected"),
    [
        ("Ia tiba di Lima, Kamis (7/3).", "2024-03-08", "2024-03-07"),
        ("Keputusan diumumkan Sabtu (9/3/2024).", None, "2024-03-09"),
        ("Kesepakatan ditandatangani pada 7 Maret 2024.", None, "2024-03-07"),
        ("Pameran dibuka 5 Maret.", "2024-03-07", "2024-03-05"),
        ("Rombongan mendarat Rabu malam (6/3).", "2024-03-07", "2024-03-06"),
        ("Presiden menerima tamunya Senin (4/3/2024) pagi.", None, "2024-03-04"),
        ("The treaty was signed on March 5, 2024.", None, "2024-03-05"),
        ("Talks ended on 5 March.", "2024-03-07", "2024-03-05"),
        ("Sabtu (9/3/24) ia kembali.", None, "2024-03-09"),
    ],
    ids=[
        "id-weekday-d/m",
        "id-weekday-d/m/y",
        "id-day-month-year",
        "id-day-month-doc-year",
        "id-weekday-part-of-day-d/m",
        "id-weekday-d/m/y-then-part",
        "en-month-day-year",
        "en-day-month-doc-year",
        "id-two-digit-year",
    ],
)
def test_explicit_dates(sentence, doc_date, expected):
    assert _only(sentence, doc_date) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Menlu Peru tiba di Jakarta pada hari Selasa.", "2024-03-05"),
        ("Menlu Peru tiba di Jakarta pada Selasa.", "2024-03-05"),
        ("Pertemuan berlangsung Kamis.", "2024-03-07"),  # the document's own weekday: that day
        ("The minister arrived on Sunday.", "2024-03-03"),
        ("Tuesday's talks were short.", "2024-03-05"),
        ("The minister arrived on Sunday morning.", "2024-03-03"),
        ("Ia tiba di Lima Selasa pekan lalu.", "2024-03-05"),
        ("She left last Thursday.", "2024-02-29"),  # "last": strictly before the document day
    ],
)
def test_past_weekday_is_the_latest_one_on_or_before_the_document_date(sentence, expected):
    assert _only(sentence, "2024-03-07") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ia akan bertemu Presiden Peru pada hari Sabtu.", "2024-03-09"),
        ("Menlu dijadwalkan tiba di Lima pada Kamis.", "2024-03-07"),  # on or after: today
        ("The minister is scheduled to meet the king on Monday.", "2024-03-11"),
        ("He will fly to Lima on Saturday.", "2024-03-09"),
        ("Talks resume next Thursday.", "2024-03-14"),
        ("She had been due to fly on to Lima on Friday.", "2024-03-08"),  # planned, then called off
        ("He was scheduled to land in Lima on Saturday.", "2024-03-09"),
    ],
)
def test_future_weekday_is_the_next_one(sentence, expected):
    assert _only(sentence, "2024-03-07") == expected


@pytest.mark.parametrize(
    ("sentence", "doc_date", "expected"),
    [
        ("He last visited Lima in June 2015.", "2024-03-07", "2015-06"),
        ("Ia terakhir ke Lima pada Juni 2015.", "2024-03-07", "2015-06"),
        ("They met last November.", "2024-03-07", "2023-11"),
        ("Keduanya bertemu November lalu.", "2024-03-07", "2023-11"),
        ("Ia tiba di Lima kemarin.", "2024-03-07", "2024-03-06"),
    ],
)
def test_months_and_relative_days(sentence, doc_date, expected):
    assert _only(sentence, doc_date) == expected


@pytest.mark.parametrize(
    ("sentence", "doc_date"),
    [
        ("Menlu Peru tiba di Jakarta pada Selasa.", None),  # no document date at all
        ("Menlu Peru tiba di Jakarta pada Selasa.", "--03-07"),  # a year-less dateline
        ("Talks were held on Tuesday.", None),
    ],
)
def test_weekday_without_a_full_document_date_stays_open(sentence, doc_date):
    assert _only(sentence, doc_date) is None


def test_day_month_without_any_year_is_partial():
    assert _only("Pameran dibuka 5 Maret.", "--03-07") == "--03-05"


def test_ranges_are_found_but_have_no_day():
    found = find_dates("Perang itu berlangsung pada 1939-1945.", doc_date="2024-03-07")
    assert [(m.text, m.kind, m.iso) for m in found] == [("1939-1945", "range", None)]
    found = find_dates("Forum digelar 5-7 Maret 2024 di Lima.")
    assert [(m.kind, m.iso) for m in found] == [("range", None)]


def test_minggu_as_week_is_not_sunday():
    assert find_dates("Minggu lalu ia berada di Lima.", doc_date="2024-03-07") == []
    assert _only("Ia tiba pada Minggu (3/3).", "2024-03-07") == "2024-03-03"


def test_lower_case_month_and_weekday_words_are_not_dates():
    assert (
        find_dates("Pelatihan berlangsung dua minggu; hasilnya may vary.", doc_date="2024-03-07")
        == []
    )


# -- the date of a relation ---------------------------------------------------------------------

_ARTICLE = (
    "Kabar Dunia\n\n"
    "Menlu Peru Tiba di Jakarta untuk Kunjungan Tiga Hari\n\n"
    "Kamis, 7 Maret 2024 | 09:45 WIB\n\n"
    "JAKARTA — Menteri Luar Negeri Peru Javier Gonzalez-Olaechea tiba di Jakarta untuk kunjungan "
    "kerja selama tiga hari dan langsung menuju hotel.\n\n"
    "Gonzalez-Olaechea akan bertemu Menlu Retno Marsudi pada Sabtu sebelum terbang ke Manila "
    "pada 12 Maret.\n\n"
    "Ia pernah berkunjung ke Jakarta dan bertemu banyak pejabat.\n"
)


def _relation(text: str, predicate: str, evidence: str) -> Relation:
    """A relation whose evidence is the first occurrence of ``evidence`` (for offsets only)."""
    start = text.index(evidence)
    sent_start = text.rfind("\n", 0, start) + 1
    sent_end = text.index("\n", start)
    return Relation(
        0, predicate, 1, "test", 0.9, start, start + len(evidence), sent_start, sent_end
    )


def test_relation_in_dateline_paragraph_takes_the_document_date():
    rel = _relation(_ARTICLE, "visited", "Javier Gonzalez-Olaechea tiba di Jakarta")
    assert relation_date(_ARTICLE, rel, find_metadata(_ARTICLE)) == "2024-03-07"


def test_nearest_date_in_the_clause_wins_and_a_later_clause_is_not_used():
    meta = find_metadata(_ARTICLE)
    met = _relation(_ARTICLE, "met", "Gonzalez-Olaechea akan bertemu Menlu Retno Marsudi")
    manila = _relation(_ARTICLE, "visited", "terbang ke Manila")
    assert relation_date(_ARTICLE, met, meta) == "2024-03-09"  # "akan ... pada Sabtu": future
    assert relation_date(_ARTICLE, manila, meta) == "2024-03-12"


def test_relation_outside_the_dateline_paragraph_without_a_date_stays_open():
    rel = _relation(_ARTICLE, "visited", "Ia pernah berkunjung ke Jakarta")
    assert relation_date(_ARTICLE, rel, find_metadata(_ARTICLE)) is None


def test_fill_relation_dates_only_dates_events():
    visited = _relation(_ARTICLE, "visited", "Javier Gonzalez-Olaechea tiba di Jakarta")
    office = _relation(_ARTICLE, "officialOf", "Menteri Luar Negeri Peru")
    dated = fill_relation_dates([visited, office], _ARTICLE)
    assert [r.date for r in dated] == ["2024-03-07", None]
    assert visited.date is None  # a copy: extract's relations are frozen


def test_english_dateline_with_year_resolves_on_tuesday():
    """ "JAKARTA, June 4, 2024 - ... on Tuesday": 4 June 2024 is a Tuesday."""
    text = (
        "Kenya and Indonesia sign food pact\n\n"
        "JAKARTA, June 4, 2024 - Kenyan President William Ruto arrived in Jakarta on Tuesday "
        "for a two-day state visit focused on food security and trade.\n"
    )
    meta = find_metadata(text)
    assert meta.date == "2024-06-04"
    rel = _relation(text, "visited", "arrived in Jakarta")
    assert relation_date(text, rel, meta) == "2024-06-04"
