"""Couples and pairs: "A dan istrinya B", "Keduanya disambut X", "The couple was greeted by X",
and the readings around them that must stay out (a list of three is not a pair, a pair that
is the phrase's own subject does not meet itself).

Sentences written for the tests (no article's names or sentences); each test checks a
relation that must be there and, where a wrong reading is tempting, one that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_plural_reference_stands_for_the_pair_before_it():
    rels = relations_in(
        "Perdana Menteri Norwegia Lars Haugen dan istrinya Ingrid Haugen tiba di Bandung pada "
        "Senin. Keduanya disambut Gubernur Jawa Barat Dedi Permana di bandara.",
        "id",
    )
    assert met_between(rels, "Dedi Permana", "Lars Haugen")
    assert met_between(rels, "Dedi Permana", "Ingrid Haugen")
    assert not met_between(rels, "Lars Haugen", "Ingrid Haugen")


def test_the_couple_in_english_through_the_parse():
    rels = relations_in(
        "Chilean President Pedro Vargas and his wife Ana Vargas arrived in Lima on Monday. The "
        "couple was greeted by Foreign Minister Carlos Ruiz at the airport.",
        "en",
    )
    assert met_between(rels, "Carlos Ruiz", "Pedro Vargas")
    assert met_between(rels, "Carlos Ruiz", "Ana Vargas")


def test_a_pair_that_is_the_phrases_own_subject_does_not_meet_itself():
    rels = relations_in(
        "Perdana Menteri Norwegia Lars Haugen tiba di Bandung bersama istrinya, Ingrid Haugen. "
        "Presiden Budi Hartono dan istrinya Sari Wulandari menyambut pasangan itu di bandara.",
        "id",
    )
    assert met_between(
        rels, "Budi Hartono", "Lars Haugen"
    )  # control: the pair of the sentence before
    assert not met_between(rels, "Budi Hartono", "Sari Wulandari")


def test_the_end_of_a_longer_list_is_not_a_pair():
    rels = relations_in(
        "Presiden Budi Santosa, Perdana Menteri Lars Olsen dan Kanselir Hans Meyer hadir di "
        "Jakarta. Keduanya kemudian terbang ke Bali. Presiden Ana Ruiz dan Perdana Menteri Erik "
        "Lund tiba di Surabaya. Keduanya kemudian terbang ke Medan.",
        "id",
    )
    assert ("Ana Ruiz", "visited", "Medan") in rels  # control: a pair of two
    assert ("Erik Lund", "visited", "Medan") in rels
    assert not any(p == "visited" and o == "Bali" for _, p, o in rels)


def test_a_spouse_after_dan_shares_the_verb():
    rels = relations_in(
        "Presiden Peru Jorge Salas dan istrinya, Elena Salas, tiba di Yogyakarta pada Selasa.",
        "id",
    )
    assert ("Jorge Salas", "visited", "Yogyakarta") in rels
    assert ("Elena Salas", "visited", "Yogyakarta") in rels


def test_no_pair_before_means_no_reference():
    rels = relations_in(
        "Indonesia dan Malaysia menandatangani perjanjian itu di Jakarta. Keduanya disambut "
        "Presiden Suharjo. Menteri Luar Negeri Chile Pedro Vargas tiba di Jakarta.",
        "id",
    )
    assert ("Pedro Vargas", "visited", "Jakarta") in rels  # control
    assert not any(p == "met" for _, p, _ in rels)


def test_a_couple_named_by_its_kind_stands_for_the_pair_before_it():
    id_ = relations_in(
        "Raja Karl Dolin dan Ratu Maria Perez tiba di Quito, Senin. Pasangan kerajaan itu "
        "disambut Presiden Ekuador Rizal Hakim.",
        "id",
    )
    en = relations_in(
        "King Karl Dolin and Queen Maria Perez arrived in Quito on Monday. The royal couple "
        "were welcomed by Ecuadorian President Rizal Hakim.",
        "en",
    )
    for rels in (id_, en):
        assert met_between(rels, "Maria Perez", "Rizal Hakim")
        assert met_between(rels, "Karl Dolin", "Rizal Hakim")
        assert ("Karl Dolin", "visited", "Quito") in rels  # control


def test_a_royal_couple_is_not_the_two_officials_named_before_it():
    rels = relations_in(
        "The King and his consort touched down in Quito late on Tuesday, to be greeted by "
        "Foreign Minister Tom Hakim and Britain's envoy to Ecuador, Oscar Dolin. On Wednesday, "
        "President Rizal Hakim welcomed the royal couple at the palace in Quito.",
        "en",
    )
    assert not met_between(rels, "Rizal Hakim", "Tom Hakim")
    assert not met_between(rels, "Rizal Hakim", "Oscar Dolin")
    assert ("Oscar Dolin", "officialOf", "United Kingdom") in rels  # control
