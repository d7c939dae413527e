"""Readings the forty-first dev set and the dev2-40 error lists showed missing, each pinned on
sentences written for the test, with a control in the same text: a pair the sentence names
holding a meeting of two ("A dan B menggelar pertemuan bilateral") met, but a pair a pronoun
stands for there is not read; a counted group ("the four leaders", "keempat pemimpin itu")
stands for a list of exactly that many persons just before, and for no one when the count does
not fit; a delegation named with a modifier and its body ("Delegasi persahabatan MPR (...) yang
dipimpin X") travels with X, and the members it lists after its trip made it; a foreign guest's
titled companions came with him to the home capital; a notable person's full name is no pair of
cities ("Lewis Preston"); landing at a place's airport is a visit to the place; a degree after a
name ("M.Sc", "S.H.") is no entity; stops each told with its own day ("in P on Saturday and in Q
on Sunday") are one list; a title's short form in brackets ("Konsul Jenderal (Konjen) P") keeps
the title; the presidents of P and Q, A and B, hold the offices in that order; a verb after ",
kemudian" shares the first verb's subject; a footer's address among short links is boilerplate;
going down to a place in the field ("turun ke P") is a visit; and the one who chaired a meeting
just told met its parties.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in, types_in

pytestmark = pytest.mark.slow


def _met(rels: set, a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_a_named_pair_holding_a_meeting_of_two_met_there():
    rels = relations_in(
        "Presiden Peru Juan Perez dan Presiden Cile Oscar Dolin menggelar pertemuan bilateral "
        "di Cusco, Senin. Menteri Wulan Sasmita dan suaminya Tom Hakim tiba di Quito. "
        "Keduanya menggelar pertemuan tertutup.",
        "id",
    )
    assert _met(rels, "Juan Perez", "Oscar Dolin")
    assert ("Oscar Dolin", "visited", "Cusco") in rels
    assert not _met(rels, "Wulan Sasmita", "Tom Hakim")  # a pronoun's pair: not read here
    assert ("Wulan Sasmita", "visited", "Quito") in rels  # control


def test_a_counted_group_stands_for_a_list_of_that_many():
    rels = relations_in(
        "Chilean President Juan Perez, Ecuador's President Oscar Dolin, Bolivian President Tom "
        "Hakim and Brazil's President Karl Dolin signed a pact in Quito on Monday. The four "
        "leaders later flew to Cusco. Rizal Hakim and Gilang Permadi stayed behind.",
        "en",
    )
    for name in ("Juan Perez", "Oscar Dolin", "Tom Hakim", "Karl Dolin"):
        assert (name, "visited", "Cusco") in rels
    assert ("Rizal Hakim", "visited", "Cusco") not in rels


def test_a_counted_group_in_indonesian():
    rels = relations_in(
        "Presiden Cile Juan Perez, Presiden Ekuador Oscar Dolin, Presiden Bolivia Tom Hakim "
        "dan Presiden Brasil Karl Dolin menandatangani pakta di Quito. Keempat pemimpin itu "
        "kemudian terbang ke Cusco.",
        "id",
    )
    for name in ("Juan Perez", "Oscar Dolin", "Tom Hakim", "Karl Dolin"):
        assert (name, "visited", "Cusco") in rels


def test_a_count_that_does_not_fit_the_list_reads_nothing():
    rels = relations_in(
        "Chilean President Juan Perez, Ecuador's President Oscar Dolin and Bolivian President "
        "Tom Hakim signed a pact in Quito on Monday. The five leaders later flew to Cusco. "
        "Karl Dolin flew to Lima.",
        "en",
    )
    assert ("Juan Perez", "visited", "Cusco") not in rels  # five named? three: no reading
    assert ("Karl Dolin", "visited", "Lima") in rels  # control


def test_a_delegation_named_with_a_modifier_and_its_body_travels_with_its_leader():
    rels = relations_in(
        "Delegasi persahabatan Majelis Permusyawaratan Rakyat (MPR) RI yang dipimpin Wakil "
        "Ketua MPR RI Rizal Hakim terbang ke Lima, Peru, pekan lalu. Tom Hakim tetap di Garut.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    travellers = {s for s, p, o in rels if p == "visited" and o == "Lima"}
    assert len(travellers) == 2  # the leader, and the parliament whose delegation it is
    assert ("Tom Hakim", "visited", "Lima") not in rels


def test_members_a_delegation_lists_after_its_trip_made_it():
    rels = relations_in(
        "Delegasi yang dipimpin Menteri Rizal Hakim tiba di Lima, Senin. Selain Rizal, "
        "delegasi beranggotakan Wulan Sasmita dan Gilang Permadi. Tom Hakim tetap di Garut.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert ("Tom Hakim", "visited", "Lima") not in rels


def test_a_foreign_guests_companions_in_the_home_capital_came_with_him():
    rels = relations_in(
        "Perdana Menteri Peru Juan Perez tiba di Jakarta, Rabu. Perez datang bersama Menteri "
        "Luar Negeri Peru Oscar Dolin. Presiden Hendra Wibisono tiba di Jakarta, Kamis. "
        "Hendra datang bersama Menteri Dalam Negeri Rizal Hakim.",
        "id",
    )
    assert ("Oscar Dolin", "visited", "Jakarta") in rels
    assert ("Rizal Hakim", "visited", "Jakarta") not in rels  # at work in his own capital


def test_a_notable_persons_full_name_is_no_pair_of_cities():
    rels = relations_in(
        "LIMA, July 27 (Reuters) - Lewis Preston on Thursday flew to Quito to meet Juan Perez.",
        "en",
    )
    assert ("Lewis Preston", "met", "Juan Perez") in rels or (
        "Juan Perez",
        "met",
        "Lewis Preston",
    ) in rels
    assert ("Lewis Preston", "visited", "Quito") in rels


def test_landing_at_a_places_airport_is_a_visit_to_that_place():
    rels = relations_in(
        "Indian President Tom Hakim landed at Peru's main international airport on Tuesday. "
        "He arrived at Peru's invitation, officials said.",
        "en",
    )
    assert ("Tom Hakim", "visited", "Peru") in rels


def test_a_degree_after_a_name_is_no_entity_and_the_name_is_a_persons():
    types = types_in(
        "Wakil Rektor Universitas Tirtamulya, Dr. drh. Tom Hakim, M.Sc, meninjau Pagar Alam. "
        "Bupati Garut Ir. Rizal Hakim, S.H., M.H., juga hadir.",
        "id",
    )
    assert "Person" in types.get("Tom Hakim", set())
    assert "Person" in types.get("Rizal Hakim", set())
    assert not any(k in types for k in ("M.Sc", "S.H.", "M.H.", "Ir", "Ir."))


def test_stops_each_on_its_own_day_are_one_list():
    rels = relations_in(
        "Chilean Foreign Minister Tom Hakim reached Quito after stops in Lima on Saturday and "
        "in Cusco on Sunday. Oscar Dolin stayed in Bogota.",
        "en",
    )
    assert ("Tom Hakim", "visited", "Lima") in rels
    assert ("Tom Hakim", "visited", "Cusco") in rels
    assert not any(s == "Tom Hakim" and o.startswith("Bogot") for s, _, o in rels)


def test_stops_each_on_its_own_day_in_indonesian():
    rels = relations_in(
        "Menteri Tom Hakim tiba di Lima pada Senin pagi (12/3) dan di Quito pada Selasa.",
        "id",
    )
    assert ("Tom Hakim", "visited", "Lima") in rels
    assert ("Tom Hakim", "visited", "Quito") in rels


def test_a_titles_short_form_in_brackets_keeps_the_title():
    rels = relations_in(
        "Wakil Gubernur (Wagub) Jawa Barat, Drs. Hendra Wibisono, MM, menerima kunjungan "
        "Konsul Jenderal (Konjen) Peru di Medan, Dr. Rizal Hakim, di Bandung, Senin. Tom Hakim "
        "(Tom) hadir.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "West Java") in rels
    assert ("Rizal Hakim", "officialOf", "Peru") in rels
    assert ("Hendra Wibisono", "met", "Rizal Hakim") in rels or (
        "Rizal Hakim",
        "met",
        "Hendra Wibisono",
    ) in rels
    assert not any(s == "Tom Hakim" and p == "officialOf" for s, p, _ in rels)


def test_paired_offices_go_to_the_countries_in_their_order():
    rels = relations_in(
        "Tom Dolin is due to meet Bolivian Prime Minister Tom Hakim and the presidents of Peru "
        "and Chile, Maria Lopez and Karl Berg.",
        "en",
    )
    assert ("Maria Lopez", "officialOf", "Peru") in rels
    assert ("Karl Berg", "officialOf", "Chile") in rels
    assert ("Maria Lopez", "officialOf", "Chile") not in rels
    assert ("Tom Hakim", "officialOf", "Bolivia") in rels  # control


def test_paired_offices_in_indonesian():
    rels = relations_in(
        "Presiden Peru dan Chile, Juan Perez dan Oscar Dolin, bertemu di Quito.", "id"
    )
    assert ("Juan Perez", "officialOf", "Peru") in rels
    assert ("Oscar Dolin", "officialOf", "Chile") in rels
    assert ("Juan Perez", "officialOf", "Chile") not in rels


def test_a_verb_after_a_comma_and_lalu_shares_the_first_verbs_subject():
    rels = relations_in(
        "Selasa siang, Presiden Hendra Wibisono menabur bunga di pusara pejuang kemerdekaan "
        "Tom Hakim, kemudian menggelar perundingan dengan Presiden Juan Perez di Lima.",
        "id",
    )
    assert ("Hendra Wibisono", "met", "Juan Perez") in rels or (
        "Juan Perez",
        "met",
        "Hendra Wibisono",
    ) in rels
    assert not any("Tom Hakim" in (s, o) for s, p, o in rels if p == "met")


def test_a_footer_address_among_short_links_is_boilerplate():
    rels = relations_in(
        "Peru's President Juan Perez arrived in Lima, Peru, on Monday for talks on trade.\n\n"
        "Tirtamulya Daily, Level 2, Brightmart House, Quito, Ecuador | Advertise | Contact\n",
        "en",
    )
    assert ("Lima", "locatedIn", "Peru") in rels  # control: the story's own place
    assert ("Quito", "locatedIn", "Ecuador") not in rels


def test_going_down_to_a_place_in_the_field_is_a_visit():
    rels = relations_in(
        "Gubernur Hendra Wibisono turun langsung ke Majalengka untuk meninjau banjir. Harga "
        "beras turun ke Rp 10.000 di Garut. Ribuan warga turun ke jalan di Bandung.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Majalengka Regency") in rels
    assert not any(
        p == "visited" and o in ("Garut Regency", "Garut", "Bandung") for s, p, o in rels
    )


def test_the_host_of_talks_just_told_met_their_parties():
    rels = relations_in(
        "Chilean President Juan Perez and Peru's President Oscar Dolin met in Quito on Monday. "
        "The meeting, which was chaired by Ecuador's President Tom Hakim, ran for two hours. "
        "The summit next year will be hosted by Bolivia.",
        "en",
    )
    assert ("Juan Perez", "met", "Tom Hakim") in rels or ("Tom Hakim", "met", "Juan Perez") in rels
    assert ("Oscar Dolin", "met", "Tom Hakim") in rels or (
        "Tom Hakim",
        "met",
        "Oscar Dolin",
    ) in rels
    assert ("Juan Perez", "met", "Oscar Dolin") in rels  # control
