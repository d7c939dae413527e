"""Lists of neighbours and stops in the forms news writes them, and words that look like
hedges but are not: "berbatasan darat dengan A dan B", "A di sebelah barat dan B di sebelah
timur", "has a border with both A and B", "ke A dan ke B"; a month ("in late May") is no
modal "may"; a relative clause's request is no hedge on its head's trip; an office conferred
("ditetapkan sebagai", "dikukuhkan sebagai") or by leading a body ("yang memimpin Partai X"); a
cancellation after a relative clause ("kunjungan X ke P, yang ..., batal") still undoes the trip;
an age between a name and its apposed office ("X, 91, chairman of Y") is skipped.

Sentences written for these tests, with real places (the gazetteer's); they run the real
pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import borders_between, met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_land_border_with_a_list_and_sides_of_a_province():
    rels = relations_in(
        "Peru berbatasan darat dengan Ekuador dan Kolombia. Sumatera Barat berbatasan dengan "
        "Riau di sebelah timur dan Sumatera Utara di sebelah utara.",
        "id",
    )
    assert borders_between(rels, "Peru", "Ecuador")
    assert borders_between(rels, "Peru", "Colombia")
    assert borders_between(rels, "West Sumatra", "Riau")
    assert borders_between(rels, "West Sumatra", "North Sumatra")


def test_a_border_with_both_and_with_the_and_sides_in_english():
    rels = relations_in(
        "Bolivia has a border with both Peru and Chile. Malaysia shares a border with the "
        "Philippines. Peru borders Ecuador to the north and Chile to the south. Colombia is "
        "large. It has long borders with Venezuela and Brazil. Kyrgyzstan shares a border "
        "with China, while Tajikistan borders Afghanistan.",
        "en",
    )
    # one statement never runs into the next border word
    assert not borders_between(rels, "Kyrgyzstan", "Afghanistan")
    for a, b in (
        ("Bolivia", "Peru"),
        ("Bolivia", "Chile"),
        ("Malaysia", "Philippines"),
        ("Peru", "Ecuador"),
        ("Peru", "Chile"),
        ("Colombia", "Venezuela"),  # "borders" in the plural, after "it"
        ("Colombia", "Brazil"),
        ("Kyrgyzstan", "China"),
        ("Tajikistan", "Afghanistan"),
    ):
        assert borders_between(rels, a, b), (a, b)


def test_a_side_phrase_joins_no_list_of_visits():
    rels = relations_in(
        "Presiden Peru Juan Perez melawat ke Medan dan ke Bandung pekan lalu. Presiden Chile "
        "Oscar Lindgren tiba di Medan dan di sana bertemu Rizal Hakim.",
        "id",
    )
    assert ("Juan Perez", "visited", "Medan") in rels
    assert ("Juan Perez", "visited", "Bandung") in rels  # the preposition said again
    assert ("Oscar Lindgren", "visited", "Medan") in rels
    assert met_between(rels, "Oscar Lindgren", "Rizal Hakim")


def test_a_month_is_no_modal():
    rels = relations_in(
        "Tom Dallas met Juan Perez at the palace in late May, on a short official trip to Peru. "
        "Karl Lindgren may visit Quito next week, officials said.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Juan Perez")
    assert ("Tom Dallas", "visited", "Peru") in rels
    assert ("Karl Lindgren", "visited", "Quito") not in rels  # the modal still hedges


def test_a_request_in_a_relative_clause_hedges_no_trip_of_its_head():
    rels = relations_in(
        "Presiden Chile Oscar Lindgren, yang meminta digelarnya sidang khusus itu bulan lalu, "
        "tiba di Lima sejak Minggu. Presiden Peru Juan Perez, yang tinggal di "
        "Lima, berencana terbang ke Quito.",
        "id",
    )
    assert ("Oscar Lindgren", "visited", "Lima") in rels
    assert ("Juan Perez", "visited", "Quito") not in rels  # a plan of the main clause


def test_an_office_conferred_by_an_act():
    rels = relations_in(
        "Wulan Sasmita resmi ditetapkan sebagai Gubernur Sumatera Barat. Rizal "
        "Hakim dikukuhkan sebagai Ketua Umum Partai Tokoria. Gilang Permadi ditetapkan sebagai "
        "tersangka oleh Komisi Pemberantasan Korupsi.",
        "id",
    )
    assert ("Wulan Sasmita", "officialOf", "West Sumatra") in rels
    assert ("Rizal Hakim", "officialOf", "Partai Tokoria") in rels
    assert not any(s == "Gilang Permadi" and p == "officialOf" for s, p, _ in rels)


def test_who_leads_a_body_holds_its_office_but_not_who_leads_a_delegation():
    rels = relations_in(
        "Rizal Hakim, yang memimpin Partai Tokoria, hadir. Hendra Wibisono memimpin delegasi "
        "Indonesia ke Lima.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Partai Tokoria") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # positive control
    assert ("Hendra Wibisono", "officialOf", "Indonesia") not in rels


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Namun kunjungan Presiden Chile Oscar Lindgren ke Lima, yang sempat diusulkan pihak "
            "Peru, batal dilaksanakan. Presiden Peru Juan Perez tiba di Quito, yang menjadi "
            "tuan rumah KTT, pada Senin.",
            "id",
        ),
        (
            "Chilean President Oscar Lindgren's trip to Lima, which Peru had proposed, was "
            "cancelled. Peruvian President Juan Perez arrived in Quito, which hosts the summit, "
            "on Monday.",
            "en",
        ),
    ],
)
def test_a_cancellation_after_a_relative_clause_undoes_the_trip(text, lang):
    rels = relations_in(text, lang)
    assert ("Juan Perez", "visited", "Quito") in rels  # positive control
    assert ("Oscar Lindgren", "visited", "Lima") not in rels


def test_an_age_between_a_name_and_its_apposed_office():
    rels = relations_in(
        "Tom Dallas shook hands with Karl Lindgren, 91, chairman of the Peru Chess Board. "
        "Oscar Lindgren, 62, arrived in Lima.",
        "en",
    )
    assert ("Karl Lindgren", "officialOf", "Peru Chess Board") in rels
    assert ("Oscar Lindgren", "visited", "Lima") in rels  # positive control
