"""A host who received a visit from a guest met the guest, who came to the place named; a last
or past trip told without a verb of motion ("terakhir kali ke P", "sempat ke P") was made; a
visit noun with its visitor, titled or "-nya", "di" a place is a visit there.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_visit_received_is_a_meeting_and_the_guests_visit():
    rels = relations_in(
        "Peruvian President Oscar Lindgren received a courtesy visit from Chilean Foreign "
        "Minister Tom Dallas in Lima on Monday.",
        "en",
    )
    assert met_between(rels, "Oscar Lindgren", "Tom Dallas")
    assert ("Tom Dallas", "visited", "Lima") in rels


def test_a_call_received_is_no_meeting():
    rels = relations_in(
        "Peruvian President Oscar Lindgren received a call from Juan Perez on Monday. "
        "Lindgren later received a visit from Karl Lindgren.",
        "en",
    )
    assert met_between(rels, "Oscar Lindgren", "Karl Lindgren")  # positive control
    assert not met_between(rels, "Oscar Lindgren", "Juan Perez")


@pytest.mark.parametrize(
    "text, visits, none",
    [
        (
            "Menlu Chile Hendra Wibisono terakhir kali ke Peru pada April 2024. Gilang Permadi "
            "sempat ke Lima. Rizal Hakim akan ke Quito bulan depan jika diundang.",
            {("Hendra Wibisono", "Peru"), ("Gilang Permadi", "Lima")},
            ("Rizal Hakim", "Quito"),
        ),
    ],
)
def test_a_last_or_past_trip_without_a_verb_was_made(text, visits, none):
    rels = relations_in(text, "id")
    for person, place in visits:
        assert (person, "visited", place) in rels, (person, place)
    assert (none[0], "visited", none[1]) not in rels


def test_a_visit_noun_with_its_visitor_in_a_place():
    rels = relations_in(
        "Kunjungan Presiden Chile Hendra Wibisono ke Lima berlangsung dua hari. Kunjungan "
        "Presiden Peru Rizal Hakim di Quito berlangsung singkat. Presiden Ekuador Gilang "
        "Permadi memperpendek kunjungannya di Italia. Menurut Menteri Pariwisata Wulan "
        "Sasmita, jumlah kunjungan di Cusco meningkat.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Rizal Hakim", "visited", "Quito") in rels
    assert ("Gilang Permadi", "visited", "Italy") in rels
    assert ("Wulan Sasmita", "visited", "Cusco") not in rels  # tourists' visits


@pytest.mark.parametrize(
    "text, lang, visitor, place, other",
    [
        (
            "Kehadiran Presiden Chile Hendra Wibisono di Lima disambut hangat. Kehadiran polisi "
            "di Quito meningkat, kata Rizal Hakim.",
            "id",
            "Hendra Wibisono",
            "Lima",
            ("Rizal Hakim", "Quito"),
        ),
        (
            "Chilean President Tom Dallas's presence in Lima drew criticism. The presence of "
            "troops in Quito worried Juan Perez.",
            "en",
            "Tom Dallas",
            "Lima",
            ("Juan Perez", "Quito"),
        ),
    ],
)
def test_a_persons_presence_in_a_place_is_a_visit(text, lang, visitor, place, other):
    rels = relations_in(text, lang)
    assert (visitor, "visited", place) in rels
    assert (other[0], "visited", other[1]) not in rels  # troops' presence, not the speaker's


def test_a_visit_done_by_a_person_named_after_the_place():
    """ "Kunjungan ... ke P dilakukan (oleh) X": X made it; a visitor only described ("pemimpin
    Chile") is nobody the text names, least of all the host who welcomed the visit."""
    rels = relations_in(
        "Kunjungan terakhir seorang pemimpin Chile ke Peru dilakukan Rizal Hakim pada Mei 2011. "
        "Kunjungan pertama presiden Ekuador ke Quito dilakukan oleh Gilang Permadi pada 1959. "
        "Hendra Wibisono menyambut kunjungan pemimpin Chile ke Lima.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Peru") in rels
    assert ("Gilang Permadi", "visited", "Quito") in rels
    assert not any(s == "Hendra Wibisono" and p == "visited" for s, p, _ in rels)


def test_a_country_closing_a_bodys_name_is_no_venue():
    """ "di Persatuan Pelajar Chile di Lima": the venue is Lima, Chile names the body; a city
    after a body ("markas PBB Jenewa") is where it sits, a venue."""
    rels = relations_in(
        "Presiden Ekuador Hendra Wibisono berpidato di Persatuan Pelajar Chile di Lima. Menlu Peru "
        "Rizal Hakim berpidato di markas PBB Jenewa.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Chile") not in rels
    assert ("Rizal Hakim", "visited", "Geneva") in rels
