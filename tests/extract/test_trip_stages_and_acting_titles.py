"""Stages of a trip whose noun names its traveller and goes on in the same sentence, an acting
title with its abbreviation in brackets, a pair 'both in' a place, and an inauguration
in a place. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_a_trip_noun_that_names_its_traveller_and_its_next_stages():
    rels = relations_in(
        "Harga saham naik. Menteri Hendra Wibisono tiba di Garut. Lawatan luar negeri pertama "
        "Gilang Permadi sebagai menteri ini dimulai dari Lima, dilanjutkan ke Quito dan "
        "Santiago.",
        "id",
    )
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert ("Gilang Permadi", "visited", "Quito") in rels
    assert ("Hendra Wibisono", "visited", "Quito") not in rels
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_a_trip_noun_that_names_a_body_names_no_traveller():
    rels = relations_in(
        "Harga saham naik. Menteri Hendra Wibisono tiba di Garut. Lawatan delegasi KPK ini "
        "dimulai dari Lima.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") not in rels
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_an_acting_title_with_its_abbreviation_in_brackets():
    rels = relations_in(
        "Harga saham naik. Menteri Perhubungan Hendra Wibisono tiba di Garut. Sebelumnya, "
        "Hendra diterima Penjabat (Pj) Gubernur Jawa Barat Rizal Hakim di Bandung.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Bandung") in rels
    assert ("Rizal Hakim", "officialOf", "West Java") in rels  # control


def test_a_pair_both_in_a_place():
    rels = relations_in(
        "Tom Dallas and Karl Lindgren were both in Santiago for the trade forum. Juan Perez "
        "was in Lima.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Santiago") in rels
    assert ("Karl Lindgren", "visited", "Santiago") in rels
    assert ("Juan Perez", "visited", "Lima") in rels  # control


def test_whoever_inaugurated_a_plant_in_a_place_was_there_with_who_stood_alongside():
    rels = relations_in(
        "President Tom Dallas inaugurated the factory in the Kavoo industrial estate in Garut "
        "Regency, West Java, alongside Brightmart Executive Chair Karl Lindgren.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Garut Regency") in rels
    assert ("Karl Lindgren", "visited", "Garut Regency") in rels
    assert ("Tom Dallas", "visited", "West Java") in rels  # control


def test_a_demonym_of_the_other_party_s_title_is_no_venue():
    rels = relations_in(
        "Peruvian Mining Minister Karl Lindgren arrived in Quito on Monday. Later he held talks "
        "at a hotel with Chilean Trade Minister Oscar Lindgren. Chile agreed.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Chile") not in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels  # control


def test_a_place_of_the_topic_after_amid_is_no_venue():
    rels = relations_in(
        "Angola's President Juan Perez hosted the talks amid a dispute over the copper mine in "
        "southern Peru. Chile's President Oscar Lindgren hosted the talks in Lima.",
        "en",
    )
    assert ("Juan Perez", "visited", "Peru") not in rels
    assert ("Oscar Lindgren", "visited", "Lima") in rels  # control


def test_companions_named_before_accompanying_in_a_place_the_sentence_names():
    rels = relations_in(
        "Harga saham naik. Presiden Hendra Wibisono tiba di Lima pada Minggu. Menteri "
        "Pertanian Rizal Hakim dan Menteri Perhubungan Gilang Permadi ikut mendampingi "
        "Presiden di Lima.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
