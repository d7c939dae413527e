"""A body's name with "untuk" inside it ("menghadiri Sidang Dewan untuk Kerja Sama Pangan Asia
di P") opens no purpose clause, so the place after it is the event's; an event placed in a
relative clause on it ("hadir dalam rapat yang diadakan X di P") is not an earlier event; a
compound modifier ("a quake-ravaged village") keeps an apposition of kind. Each with a control
in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_untuk_inside_a_bodys_name_opens_no_purpose_clause():
    rels = relations_in(
        "Menteri Luar Negeri Rizal Hakim menghadiri Sidang Dewan untuk Kerja Sama Pangan Asia "
        "di Jeddah, Arab Saudi, Rabu. Sehari kemudian Rizal tiba di Lima.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels  # control
    assert ("Rizal Hakim", "visited", "Jeddah") in rels


def test_a_purpose_clause_still_ends_a_meetings_venue_search():
    rels = relations_in(
        "Presiden Peru Juan Perez bertemu Presiden Chile Karl Dolin untuk membahas sengketa "
        "lahan di Quito. Juan Perez kemudian terbang ke Bandung.",
        "id",
    )
    assert ("Juan Perez", "visited", "Bandung") in rels  # control
    assert ("Juan Perez", "visited", "Quito") not in rels


def test_a_hyphened_modifier_in_an_apposition_of_kind_keeps_the_place():
    rels = relations_in(
        "Rizal Hakim is scheduled to visit Tirtamulya, a quake-ravaged village in Garut, on "
        "Friday. He met Tom Dallas, a well-known lawyer, in Lima.",
        "en",
    )
    assert ("Rizal Hakim", "met", "Tom Dallas") in rels  # control: a person stays one
    assert ("Rizal Hakim", "visited", "Tirtamulya") in rels


def test_an_event_placed_in_its_own_relative_clause_is_not_an_earlier_event():
    rels = relations_in(
        "Presiden Rizal Hakim menghadiri KTT ASEAN di Cusco, Sabtu. Menteri Hendra Wibisono "
        "juga hadir. Menteri Wulan Sasmita hadir dalam rapat kerja yang diadakan Karl Dolin di "
        "Quito.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Cusco") in rels  # control: the event before
    assert ("Wulan Sasmita", "visited", "Cusco") not in rels
