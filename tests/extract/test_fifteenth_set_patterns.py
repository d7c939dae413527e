"""Kinds of missing edge found by reading kg's errors on the dev sets in stop 35, each on
sentences written for the tests (no article's names or sentences), each with a positive
control in the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import labels_in, met_between, relations_in

pytestmark = pytest.mark.slow


def test_an_unofficial_visit_is_a_visit_and_a_negated_one_is_not():
    rels = relations_in(
        "Perdana Menteri Louis Marchand mengadakan kunjungan tidak resmi ke Hanoi pada Senin. "
        "Ia tidak melakukan kunjungan ke Manila.",
        "id",
    )
    assert ("Louis Marchand", "visited", "Hanoi") in rels
    assert ("Louis Marchand", "visited", "Manila") not in rels  # the negation still counts


def test_not_long_after_is_no_negation():
    rels = relations_in(
        "Not long after landing in Lima, President Louis Marchand met President Hendra "
        "Wirawan. President Marchand did not travel to Quito.",
        "en",
    )
    assert ("Louis Marchand", "visited", "Lima") in rels
    assert ("Louis Marchand", "visited", "Quito") not in rels  # the negation still counts


def test_a_company_title_is_not_part_of_the_company_name():
    rels = relations_in(
        "Chairman Lintas Samudra Group Andi Wirawan tiba di Surabaya pada Senin.", "id"
    )
    assert ("Andi Wirawan", "visited", "Surabaya") in rels  # control
    assert ("Andi Wirawan", "officialOf", "Lintas Samudra Group") in rels
    assert not any(o.startswith("Chairman") for _, _, o in rels)


def test_an_office_after_sebagai_is_the_named_persons():
    rels = relations_in(
        "Majelis menetapkan Louis Marchand sebagai Wakil Presiden Kenya. Andi Saputra, Menteri "
        "Luar Negeri Ghana, hadir.",
        "id",
    )
    assert ("Andi Saputra", "officialOf", "Ghana") in rels  # control
    assert ("Louis Marchand", "officialOf", "Kenya") in rels


def test_flown_out_to_and_diterbangkan_ke_are_travel():
    rels_en = relations_in(
        "The governor, Louis Marchand, was flown out to Lima the same evening. President Andi "
        "Saputra flew to Quito.",
        "en",
    )
    assert ("Andi Saputra", "visited", "Quito") in rels_en  # control
    assert ("Louis Marchand", "visited", "Lima") in rels_en
    rels_id = relations_in(
        "Pangeran Louis Marchand diterbangkan dari Hanoi ke Manila pada Sabtu. Presiden Andi "
        "Saputra terbang ke Quito.",
        "id",
    )
    assert ("Andi Saputra", "visited", "Quito") in rels_id  # control
    assert ("Louis Marchand", "visited", "Manila") in rels_id


def test_a_body_travelling_is_no_visit():
    rels_id = relations_in(
        "Jenazah Presiden Louis Marchand tiba di Hanoi pada Sabtu. Presiden Andi Saputra tiba "
        "di Hanoi pada Minggu.",
        "id",
    )
    assert ("Andi Saputra", "visited", "Hanoi") in rels_id  # control
    assert ("Louis Marchand", "visited", "Hanoi") not in rels_id
    rels_en = relations_in(
        "The coffin of the late President Louis Marchand was flown to Hanoi on Saturday. "
        "President Andi Saputra flew to Hanoi on Sunday.",
        "en",
    )
    assert ("Andi Saputra", "visited", "Hanoi") in rels_en  # control
    assert ("Louis Marchand", "visited", "Hanoi") not in rels_en


def test_historical_states_are_countries():
    rels = relations_in(
        "Chancellor Louis Marchand of West Germany met President Andi Saputra of Kenya in Lagos.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Kenya") in rels  # control
    assert ("Louis Marchand", "officialOf", "West Germany") in rels


def test_the_body_a_summit_is_named_after_is_an_entity():
    rels = relations_in(
        "Presiden Louis Marchand menghadiri KTT APEC di Santiago. Ia juga menghadiri Piala Dunia.",
        "id",
    )
    assert ("Louis Marchand", "visited", "Santiago") in rels  # control
    labels = labels_in(
        "Presiden Louis Marchand menghadiri KTT APEC di Santiago. Ia juga menghadiri Piala Dunia.",
        "id",
    )
    assert "APEC" in labels
    assert not any("Piala" in label or "KTT" in label for label in labels)


def test_an_adjective_before_the_office_keeps_the_apposition_a_person():
    rels = relations_in(
        "Louis Marchand, the new secretary general of the Farmers Party, met Andi Saputra.",
        "en",
    )
    assert ("Louis Marchand", "officialOf", "Farmers Party") in rels
    assert met_between(rels, "Louis Marchand", "Andi Saputra")


def test_a_foreign_leader_in_a_datelines_lead_visited_its_city():
    rels = relations_in(
        "HANOI, Vietnam (AP) — Kenyan President Louis Marchand and Vietnamese Prime Minister "
        "Andi Saputra signed a trade pact on Friday.\n\nThe two leaders later spoke to "
        "reporters.",
        "en",
    )
    assert ("Louis Marchand", "visited", "Hanoi") in rels
    assert ("Andi Saputra", "officialOf", "Vietnam") in rels  # control: his office is read
    assert ("Andi Saputra", "visited", "Hanoi") not in rels  # at home


def test_a_capitalised_description_with_an_origin_stands_for_the_salient_person():
    rels = relations_in(
        "Sekjen PBB Louis Marchand tiba di Hanoi pada Kamis. Diplomat asal Prancis itu "
        "disambut Perdana Menteri Andi Saputra di bandara.",
        "id",
    )
    assert ("Louis Marchand", "visited", "Hanoi") in rels  # control
    assert met_between(rels, "Louis Marchand", "Andi Saputra")


def test_a_companion_of_the_trip_named_in_its_purpose_came_too():
    rels = relations_in(
        "Presiden Louis Marchand tiba di Hanoi pada Sabtu untuk memulai perjalanan lima hari ke "
        "Vietnam bersama Ibu Negara Maria Marchand. Keesokan harinya ia tiba di Da Nang untuk "
        "membahas kerja sama bersama Gubernur Andi Saputra.",
        "id",
    )
    assert ("Maria Marchand", "visited", "Hanoi") in rels
    assert ("Louis Marchand", "visited", "Da Nang") in rels  # control
    assert ("Andi Saputra", "visited", "Da Nang") not in rels  # the talks' partner, not a companion


def test_a_country_before_an_apposed_office_is_the_offices():
    rels = relations_in("Louis Marchand, the Kenya envoy to Chile, said so.", "en")
    assert ("Louis Marchand", "officialOf", "Kenya") in rels
    listed = relations_in(
        "UN Secretary-General Louis Marchand, Kenya envoy to the AU John Smith and some 30 "
        "leaders were present.",
        "en",
    )
    assert ("John Smith", "officialOf", "Kenya") in listed  # control: the next item's
    assert ("Louis Marchand", "officialOf", "Kenya") not in listed


def test_the_capital_is_never_a_city_named_only_as_a_government():
    rels = relations_in(
        "Foreign Minister Louis Marchand held talks in Nairobi on Friday. It was the first such "
        "visit since Moscow's troops entered Ukraine. Marchand flew into the capital late on "
        "Thursday.",
        "en",
    )
    assert ("Louis Marchand", "visited", "Nairobi") in rels  # control
    assert ("Louis Marchand", "visited", "Moscow") not in rels


def test_the_city_is_never_a_city_named_as_an_actor():
    rels = relations_in(
        "Prime Minister Louis Marchand arrived in Lagos on Monday for the summit. Lisbon is "
        "wary of the plan. Marchand spoke at a banquet held in the city that night.",
        "en",
    )
    assert ("Louis Marchand", "visited", "Lagos") in rels  # control
    assert ("Louis Marchand", "visited", "Lisbon") not in rels
