"""Readings the fortieth dev set and the dev2-39 error lists showed wrong or missing, each pinned
on sentences written for the test, with a control in the same text: a notable person whose
office the text does not give, in a city the text puts in a foreign country, visited that
country too (the knowledge base says where he is at home; a person it does not know may be at
home anywhere); a trip called off after a contrast word ("tetapi batal", "but the tour never
took place") or only planned ("merencanakan kunjungan") was not made; a pair signing "dua
protokol" met; a participle on a common noun ("this large country bordered by A") has that noun
as its subject, not a demonym before it ("the first Bolivian head of government"); a clause
placed by "tempat"/"where" is not where the dateline is; the person before an apposition of
whose ally he is ("X, sekutu terdekat Y, tiba") arrived, not Y; a place after a topic word
("pameran tentang sejarah P") is not visited; a funeral is an event whose place those present
later were at, past the name of whose funeral it is; and a title after "its" is an office of the
body or country the sentence is about; "head of state" and "head of government" are titles; and
a speaker who "said in P on Tuesday" was in P.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def test_a_notable_person_in_a_foreign_city_visited_its_country():
    rels = relations_in(
        "Kemarin Joko Widodo singgah di Quito. Pengusaha Rizal Hakim juga singgah di Quito "
        "pada hari yang sama. Quito adalah ibu kota Ekuador.",
        "id",
    )
    assert ("Joko Widodo", "visited", "Ecuador") in rels
    assert ("Rizal Hakim", "visited", "Ecuador") not in rels  # home unknown: maybe at home
    assert ("Rizal Hakim", "visited", "Quito") in rels  # control


def test_a_trip_called_off_after_a_contrast_word_was_not_made():
    rels = relations_in(
        "Hubungan kedua negara membaik. Presiden Rizal Hakim sempat dijadwalkan berkunjung ke "
        "Peru, tetapi batal karena sakit. Menteri Luar Negeri Juan Perez tiba di Quito, "
        "tetapi kunjungan itu tidak jadi diperpanjang. Menteri Tom Hakim dijadwalkan tiba di "
        "Lima pada Selasa, tetapi perjalanan itu tidak terlaksana.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Peru") not in rels
    assert ("Tom Hakim", "visited", "Lima") not in rels
    assert ("Juan Perez", "visited", "Quito") in rels  # control: the trip itself was made


def test_a_trip_that_never_took_place_was_not_made():
    rels = relations_in(
        "The talks went on. Aides said Rizal Hakim would fly on to Peru, but the tour never "
        "took place. Tom Hakim arrived in Quito on Monday.",
        "en",
    )
    assert ("Rizal Hakim", "visited", "Peru") not in rels
    assert ("Tom Hakim", "visited", "Quito") in rels  # control


def test_a_planned_visit_is_not_a_visit():
    rels = relations_in(
        "Hubungan kedua negara membaik. Presiden Rizal Hakim merencanakan kunjungan ke Peru "
        "tahun depan. Menteri Juan Perez melakukan kunjungan ke Quito pekan lalu.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Peru") not in rels
    assert ("Juan Perez", "visited", "Quito") in rels  # control


def test_a_pair_signing_two_protocols_met():
    rels = relations_in(
        "Kedua negara bersengketa lama. Menteri Luar Negeri Peru Juan Perez dan Menteri Luar "
        "Negeri Ekuador Karl Dolin akhirnya menandatangani dua protokol di Lima.",
        "id",
    )
    assert ("Juan Perez", "met", "Karl Dolin") in rels or (
        "Karl Dolin",
        "met",
        "Juan Perez",
    ) in rels
    assert ("Karl Dolin", "visited", "Lima") in rels


def test_a_participle_on_a_noun_is_not_the_demonyms_border():
    rels = relations_in(
        "Prime Minister Karl Dolin landed in Lima on Sunday, the first Bolivian head of "
        "government to tour this large country bordered by Ecuador and Brazil. Peruvian "
        "President Juan Perez, whose country borders Chile, sent an adviser.",
        "en",
    )
    assert not any(s == "Bolivia" and p == "borders" for s, p, _ in rels)
    assert not any(o == "Bolivia" and p == "borders" for _, p, o in rels)
    assert ("Chile", "borders", "Peru") in rels or ("Peru", "borders", "Chile") in rels


def test_a_clause_placed_by_where_is_not_at_the_dateline():
    rels = relations_in(
        "QUITO - Menteri Luar Negeri AS Tom Hakim tiba di Quito, Ekuador, Minggu. Tom Hakim "
        "datang dari Lima, Peru, tempat ia dan Menteri Perdagangan Bolivia Karl Dolin "
        "menghadiri forum tahunan.",
        "id",
    )
    assert ("Karl Dolin", "visited", "Quito") not in rels
    assert ("Karl Dolin", "visited", "Ecuador") not in rels
    assert ("Tom Hakim", "visited", "Quito") in rels  # control


def test_the_person_before_an_ally_apposition_arrived():
    rels = relations_in(
        "Ribuan pelayat berdatangan. Presiden Bolivia Karl Dolin, sekutu terdekat Rizal "
        "Hakim, tiba di Lima sejak Kamis.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") not in rels
    assert ("Karl Dolin", "visited", "Lima") in rels


def test_a_place_after_a_topic_word_is_not_visited():
    rels = relations_in(
        "Kanselir Jerman Karl Dolin terbang ke Lima pada Rabu. Di sana ia akan berunding "
        "dengan Presiden Juan Perez dan mengunjungi pameran tentang sejarah Cusco.",
        "id",
    )
    assert ("Karl Dolin", "visited", "Cusco") not in rels
    assert ("Karl Dolin", "visited", "Lima") in rels  # control


def test_those_present_at_a_funeral_were_where_it_was_held():
    rels = relations_in(
        "Pemakaman kenegaraan mantan Presiden Peru Tom Hakim digelar di Akademi Militer, "
        "Lima, Jumat.\n\nPresiden Bolivia Karl Dolin dan Presiden Ekuador Juan Perez turut "
        "hadir.",
        "id",
    )
    assert ("Karl Dolin", "visited", "Lima") in rels
    assert ("Juan Perez", "visited", "Lima") in rels
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels  # control


def test_a_title_after_its_is_an_office_of_the_body_the_sentence_is_about():
    rels = relations_in(
        "Tokoria Corp posted a loss. Its executive director, Rizal Hakim, said the team was at "
        "work. The ship ran aground last week. Its captain, Tom Hakim, was rescued. Peru sent "
        "its trade minister, Juan Perez.",
        "en",
    )
    assert ("Rizal Hakim", "officialOf", "Tokoria Corp") in rels
    assert ("Juan Perez", "officialOf", "Peru") in rels
    assert not any(s == "Tom Hakim" and p == "officialOf" for s, p, _ in rels)


def test_its_office_in_a_relative_clause_is_the_apposition_heads():
    rels = relations_in(
        "Ties soured when Peru jailed two traders, leading Bolivia to withdraw its "
        "ambassador, Karl Dolin. Later, Juan Perez spoke at a rally run by Tokoria Corp, a "
        "branch of the Daka Union, Peru's biggest group, where its chairman Tom Hakim "
        "thanked him.",
        "en",
    )
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels
    assert ("Tom Hakim", "officialOf", "Tokoria Corp") in rels
    assert ("Tom Hakim", "officialOf", "Peru") not in rels
    assert ("Karl Dolin", "officialOf", "Peru") not in rels


def test_a_head_of_state_after_a_countrys_possessive():
    rels = relations_in(
        "The ceremony was held on Monday. Peru's Head of State, Tom Hakim, swore in the "
        "cabinet. Karl Dolin, the first Bolivian head of government to tour Peru, arrived "
        "on Monday.",
        "en",
    )
    assert ("Tom Hakim", "officialOf", "Peru") in rels
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels
    assert ("Karl Dolin", "officialOf", "Peru") not in rels


def test_a_speaker_who_said_something_in_a_place_on_a_day_was_there():
    rels = relations_in(
        "Talks went on. Japanese Prime Minister Tom Hakim said in Lima on Tuesday that the deal "
        "was close. Speaking in Cusco on Monday, Bolivian President Karl Dolin said he agreed. "
        "Juan Perez said in a written reply that Quito would wait, and Wulan Sasmita said in "
        "Bogota the vote was fair.",
        "en",
    )
    assert ("Tom Hakim", "visited", "Lima") in rels
    assert ("Karl Dolin", "visited", "Cusco") in rels
    assert ("Juan Perez", "visited", "Quito") not in rels
    assert ("Wulan Sasmita", "visited", "Bogota") not in rels  # no day: maybe a topic
