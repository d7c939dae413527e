"""Who travels with whom: the co-leaders and the listed members of a delegation ("Delegasi
RI yang dipimpin A dan B tiba di P", "The delegation included A and B. The delegation
arrived in P"), the companions an unplaced arrival names ("X tiba bersama istrinya, B", "He
arrived with his wife, B"), a relative clause of companions that a spouse's comma does not
close ("X, yang didampingi A dan istrinya, B, disambut Y"), whose companions travelled
with X ("X, who was accompanied by A, arrived in P"), a party a delegation word speaks of
later ("A tiba di P bersama B. Rombongan kemudian bertolak ke Q"), and the means of travel before
a destination ("terbang dengan helikopter ke P", "travelling by car to P"). Each with a
control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_every_leader_of_a_delegation_travels_with_it():
    id_ = relations_in(
        "Delegasi Indonesia yang dipimpin Menteri Luar Negeri Hendra Wibisono dan Menteri "
        "Pertahanan Rizal Hakim tiba di Tokyo pada Kamis.",
        "id",
    )
    en = relations_in(
        "The Indonesian delegation, led by Foreign Minister Hendra Wibisono and Defence "
        "Minister Rizal Hakim, arrived in Tokyo on Thursday.",
        "en",
    )
    for rels in (id_, en):
        assert ("Rizal Hakim", "visited", "Tokyo") in rels
        assert ("Hendra Wibisono", "visited", "Tokyo") in rels  # control


def test_the_object_of_a_meeting_before_a_trip_still_does_not_travel():
    rels = relations_in(
        "Hendra Wibisono bertemu Rizal Hakim dan Gilang Permadi, lalu terbang ke Tokyo.", "id"
    )
    assert ("Hendra Wibisono", "visited", "Tokyo") in rels  # control
    assert ("Rizal Hakim", "visited", "Tokyo") not in rels
    assert ("Gilang Permadi", "visited", "Tokyo") not in rels


def test_who_arrived_with_the_traveller_came_where_the_trip_went():
    id_ = relations_in(
        "Presiden Hendra Wibisono bertolak ke Lima, Peru, Senin. Hendra tiba bersama istrinya, "
        "Wulan Sasmita, dan Menteri Luar Negeri Rizal Hakim.",
        "id",
    )
    en = relations_in(
        "President Hendra Wibisono flew to Lima on Monday. He arrived with his wife, Wulan "
        "Sasmita, and Foreign Minister Rizal Hakim.",
        "en",
    )
    for rels in (id_, en):
        assert ("Wulan Sasmita", "visited", "Lima") in rels
        assert ("Rizal Hakim", "visited", "Lima") in rels
        assert ("Hendra Wibisono", "visited", "Lima") in rels  # control


def test_arriving_with_a_thing_brings_no_one():
    rels = relations_in(
        "President Hendra Wibisono flew to Lima on Monday. He arrived with a message for "
        "Peruvian President Juan Perez.",
        "en",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    assert ("Juan Perez", "visited", "Lima") not in rels


def test_a_spouses_comma_does_not_close_a_relative_clause_of_companions():
    rels = relations_in(
        "Presiden Hendra Wibisono bertolak ke Lima, Peru, Senin. Hendra, yang didampingi "
        "Menteri Luar Negeri Rizal Hakim dan istrinya, Wulan Sasmita, disambut Presiden Peru "
        "Juan Perez.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")  # the clause's head is received
    assert ("Juan Perez", "officialOf", "Peru") in rels  # control


def test_companions_in_a_relative_clause_on_the_traveller_travel_with_him():
    id_ = relations_in(
        "Presiden Hendra Wibisono, yang didampingi Menteri Perdagangan Rizal Hakim dan "
        "istrinya, Wulan Sasmita, tiba di Lima, Senin. Presiden Gilang Permadi, yang bertemu "
        "Tom Dallas di Quito, tiba di Cusco.",
        "id",
    )
    en = relations_in(
        "President Hendra Wibisono, who was accompanied by Trade Minister Rizal Hakim, "
        "arrived in Lima on Monday. President Gilang Permadi, who met Tom Dallas in Quito, "
        "arrived in Cusco.",
        "en",
    )
    for rels in (id_, en):
        assert ("Rizal Hakim", "visited", "Lima") in rels
        assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
        # a relative clause of another act names no companion
        assert ("Gilang Permadi", "visited", "Cusco") in rels
        assert ("Tom Dallas", "visited", "Cusco") not in rels
    assert ("Wulan Sasmita", "visited", "Lima") in id_


def test_who_accompanied_a_welcome_came_but_was_not_the_one_welcomed():
    rels = relations_in(
        "Presiden Hendra Wibisono, yang didampingi istrinya, Wulan Sasmita, disambut Presiden "
        "Peru Juan Perez di Lima.",
        "id",
    )
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert not met_between(rels, "Wulan Sasmita", "Juan Perez")
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")  # control


def test_companions_named_before_a_delegation_word_travel_with_it():
    rels = relations_in(
        "Presiden Hendra Wibisono melayat ke Lima. Hendra didampingi Menteri Luar Negeri Rizal "
        "Hakim dan Wakil Menteri Keuangan Gilang Permadi. Rombongan tiba di Lima, Jumat malam, "
        "dan disambut Duta Besar Tom Dallas.",
        "id",
    )
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    assert ("Tom Dallas", "visited", "Lima") not in rels


def test_a_delegation_word_later_moves_the_whole_party():
    id_ = relations_in(
        "Presiden Hendra Wibisono tiba di Lima bersama Menteri Luar Negeri Rizal Hakim, Senin. "
        "Ia bertemu Presiden Peru Juan Perez di Lima. Rombongan kemudian bertolak ke Quito.",
        "id",
    )
    en = relations_in(
        "President Hendra Wibisono arrived in Lima on Monday with Foreign Minister Rizal Hakim. "
        "He met President Juan Perez of Peru in Lima. The delegation then flew on to Quito.",
        "en",
    )
    for rels in (id_, en):
        assert ("Rizal Hakim", "visited", "Quito") in rels
        assert ("Hendra Wibisono", "visited", "Quito") in rels  # control
        # the host met at a venue was not on the trip
        assert ("Juan Perez", "visited", "Quito") not in rels
        assert met_between(rels, "Hendra Wibisono", "Juan Perez")


def test_the_means_of_travel_before_the_destination():
    id_ = relations_in(
        "Presiden Hendra Wibisono mendarat di Garut, lalu terbang dengan helikopter ke Medan.",
        "id",
    )
    en = relations_in(
        "President Hendra Wibisono landed in Garut on Monday before travelling by car to Medan.",
        "en",
    )
    for rels in (id_, en):
        assert ("Hendra Wibisono", "visited", "Medan") in rels
        assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_the_members_a_delegation_lists_travel_with_it():
    id_ = relations_in(
        "Delegasi Indonesia terdiri atas Menteri Luar Negeri Hendra Wibisono, Menteri "
        "Perdagangan Rizal Hakim dan Menteri Pertahanan Gilang Permadi. Rombongan tiba di Roma, "
        "Italia, pada Senin.",
        "id",
    )
    en = relations_in(
        "The Indonesian delegation included Foreign Minister Hendra Wibisono, Trade Minister "
        "Rizal Hakim and Defence Minister Gilang Permadi. The delegation arrived in Rome on "
        "Monday.",
        "en",
    )
    for rels in (id_, en):
        for person in ("Hendra Wibisono", "Rizal Hakim", "Gilang Permadi"):
            assert (person, "visited", "Rome") in rels
        assert ("Rizal Hakim", "officialOf", "Indonesia") in rels  # control


def test_a_list_a_host_receives_does_not_travel():
    rels = relations_in(
        "Presiden Hendra Wibisono menerima Rizal Hakim dan Gilang Permadi di Istana. Ia "
        "kemudian terbang ke Roma.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Rome") in rels  # control
    assert ("Gilang Permadi", "visited", "Rome") not in rels
