"""Kinds of miss found by reading kg's output on the dev sets in stop 39: the persons a vehicle
carries are who travels ("Pesawat yang membawa X mendarat di P", "The plane carrying X landed
in P"); a border whose length is given in two units; inside a title phrase, a country or body
glued to its holder's name ("Duta Besar RI untuk <country> X Y"), a family name that is a city
("Menteri ... <country> Tom Dallas") and a list of the office's fields ("Menteri Perindustrian,
Energi, dan Pariwisata"); a "-nya" in a fronted phrase pointing ahead to the main clause's
subject; a monarch named like a city; plural titles and joint offices; a pair signing one
agreement together; "the two countries" standing for the two named before it. Sentences
written for the tests (no article's names or sentences), each with a positive control in the
same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in, types_in

pytestmark = pytest.mark.slow


def test_the_persons_a_plane_carries_are_who_landed():
    rels = relations_in(
        "Pesawat khusus yang membawa Presiden Hendra Wibisono dan istrinya, Wulan Sasmita, "
        "mendarat di Nagoya pada Senin. Menteri Luar Negeri Rizal Hakim tiba di Manila.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Manila") in rels  # control
    assert ("Hendra Wibisono", "visited", "Nagoya") in rels
    assert ("Wulan Sasmita", "visited", "Nagoya") in rels


def test_a_plane_carrying_goods_from_a_person_brings_no_visit():
    rels = relations_in(
        "Pesawat yang membawa bantuan dari Presiden Hendra Wibisono mendarat di Manila. Menteri "
        "Rizal Hakim tiba di Nagoya.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Nagoya") in rels  # control
    assert not any(s == "Hendra Wibisono" and p == "visited" for s, p, _ in rels)


def test_the_plane_carrying_a_leader_landed_with_him():
    rels = relations_in(
        "The plane carrying President Juan Perez and Foreign Minister Luis Gomez landed in "
        "Arequipa on Monday. Chancellor Karl Lindgren arrived in Trujillo.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Trujillo") in rels  # control
    assert ("Juan Perez", "visited", "Arequipa") in rels
    assert ("Luis Gomez", "visited", "Arequipa") in rels


def test_the_plane_carrying_him_landed_with_the_person_just_named():
    rels = relations_in(
        "Presiden Hendra Wibisono menutup pertemuan di Manila pada Senin. Malam harinya, pesawat "
        "yang membawanya mendarat di Nagoya, Jepang.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Manila") in rels  # control
    assert ("Hendra Wibisono", "visited", "Nagoya") in rels


def test_a_border_length_given_in_two_units_still_states_the_border():
    rels = relations_in(
        "Norway shares a 196-kilometer (122-mile) border with Russia. Finland and Sweden share "
        "a border.",
        "en",
    )
    assert ("Finland", "borders", "Sweden") in rels or ("Sweden", "borders", "Finland") in rels
    assert ("Norway", "borders", "Russia") in rels or ("Russia", "borders", "Norway") in rels


def test_a_country_or_body_glued_to_a_holder_inside_a_title_is_cut_off():
    text = (
        "Duta Besar RI untuk Chile Rizal Hakim menyambut rombongan. Kepala Pusat Data dan "
        "Humas BNPB Gilang Permadi Sutedja memberi keterangan. Ahmad Fikri juga hadir."
    )
    found = types_in(text, "id")
    assert found.get("Ahmad Fikri") == {"Person"}  # control
    assert found.get("Rizal Hakim") == {"Person"}
    assert found.get("Gilang Permadi Sutedja") == {"Person"}
    assert "Chile Rizal Hakim" not in found
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "officialOf", "Indonesia") in rels
    assert ("Gilang Permadi Sutedja", "officialOf", "National Disaster Management Agency") in rels


def test_a_family_name_that_is_a_city_after_a_title_is_the_holder():
    text = (
        "Perjanjian diteken Menteri Perindustrian, Energi, dan Pariwisata Kanada Tom Dallas "
        "di Surabaya. Menlu Kanada Rizal Hakim juga hadir. Dalam kunjungannya ke "
        "Bandung, Dallas menyebut perjanjian itu penting."
    )
    found = types_in(text, "id")
    assert found.get("Rizal Hakim") == {"Person"}  # control
    assert found.get("Tom Dallas") == {"Person"}
    assert "Pariwisata" not in found and "Energi" not in found
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "officialOf", "Canada") in rels  # control
    assert ("Tom Dallas", "officialOf", "Canada") in rels
    assert ("Tom Dallas", "visited", "Bandung") in rels
    # the "-nya" of the fronted phrase is the main clause's subject, not the last sentence's
    assert ("Rizal Hakim", "visited", "Bandung") not in rels


def test_a_city_after_a_palace_word_stays_a_city():
    rels = relations_in(
        "Presiden Hendra Wibisono menjamu Perdana Menteri Rizal Hakim di Istana Bogor pada "
        "Senin.",
        "id",
    )
    assert ("Hendra Wibisono", "met", "Rizal Hakim") in rels or (
        "Rizal Hakim",
        "met",
        "Hendra Wibisono",
    ) in rels  # control
    assert ("Rizal Hakim", "visited", "Bogor") in rels


def test_a_monarch_named_like_a_city_with_the_realm_after_is_a_person():
    rels = relations_in(
        "Queen Florence of Denmark met Prime Minister Karl Lindgren of Sweden in Oslo on "
        "Monday.",
        "en",
    )
    assert ("Karl Lindgren", "officialOf", "Sweden") in rels  # control
    assert ("Queen Florence", "officialOf", "Denmark") in rels
    assert not any(o == "Florence" for _, _, o in rels)


def test_plural_titles_and_joint_offices_name_their_holders():
    rels = relations_in(
        "Prime Ministers Karl Lindgren of Sweden and Luis Gomez of Chile met in Lima. Maria "
        "Perez, joint chief executive of Nokia, and Juan Perez, chief executive of Nokia, "
        "attended.",
        "en",
    )
    assert ("Juan Perez", "officialOf", "Nokia") in rels  # control
    assert ("Maria Perez", "officialOf", "Nokia") in rels
    assert ("Karl Lindgren", "officialOf", "Sweden") in rels


def test_a_pair_signing_one_agreement_met_and_a_lone_signer_met_nobody():
    rels = relations_in(
        "Menteri Luar Negeri Hendra Wibisono dan Menlu Kanada Rizal Hakim menandatangani "
        "perjanjian perbatasan di Bandung. Sehari kemudian, Menteri Tirta Lubis menandatangani "
        "kontrak itu di Surabaya.",
        "id",
    )
    pair = {("Hendra Wibisono", "met", "Rizal Hakim"), ("Rizal Hakim", "met", "Hendra Wibisono")}
    assert pair & rels
    assert not any(p == "met" and "Tirta Lubis" in (s, o) for s, p, o in rels)


def test_the_two_countries_named_in_the_sentence_share_the_border():
    rels = relations_in(
        "Chile sells most of its copper to Argentina, and both nations share a long land "
        "border. Norway and Finland share a border too.",
        "en",
    )
    assert ("Norway", "borders", "Finland") in rels or ("Finland", "borders", "Norway") in rels
    assert ("Chile", "borders", "Argentina") in rels or ("Argentina", "borders", "Chile") in rels
