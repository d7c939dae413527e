"""Kinds of error found by reading kg's output on the dev sets in stop 36 (dev16 among them),
each on sentences written for the tests (no article's names or sentences), each with a
positive control in the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import borders_between, met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_body_and_its_field_before_chief_make_an_office():
    rels = relations_in(
        "U.N. refugee chief Karl Lindqvist visited the camp on Monday. "
        "Finance Minister Andi Saputra of Ghana said the aid was welcome.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Ghana") in rels  # control
    assert any(s == "Karl Lindqvist" and p == "officialOf" for s, p, _ in rels)


def test_a_bare_service_noun_is_no_organisation():
    rels = relations_in(
        "Army chief Karl Lindqvist promised an election. Navy chief Andi Saputra arrived in "
        "Lima. The NATO chief, Louis Marchand, spoke in Quito.",
        "en",
    )
    assert ("Louis Marchand", "officialOf", "NATO") in rels  # control: a named body
    assert not any(o in ("Army", "Navy") for _, _, o in rels)


def test_a_minister_who_summoned_an_envoy_met_him_and_a_ministry_meets_no_one():
    rels = relations_in(
        "Foreign Minister Louis Marchand summoned the Peruvian ambassador, Andi Saputra, to "
        "protest. President Karl Lindqvist said the move was wrong, and the foreign ministry "
        "summoned Chilean Ambassador Hugo Ferreira.",
        "en",
    )
    assert met_between(rels, "Louis Marchand", "Andi Saputra")
    assert ("Hugo Ferreira", "officialOf", "Chile") in rels  # control: the envoy is read
    assert not met_between(rels, "Karl Lindqvist", "Hugo Ferreira")


def test_whoever_joined_the_two_leaders_met_both_but_not_in_a_shared_call():
    rels = relations_in(
        "Ghanaian President Louis Marchand met Peruvian President Andi Saputra in Accra on "
        "Monday. Peruvian Foreign Minister Karl Lindqvist later joined them. "
        "Ghanaian Foreign Minister Hugo Ferreira joined them in calling for a ceasefire.",
        "en",
    )
    assert met_between(rels, "Louis Marchand", "Andi Saputra")  # control
    assert met_between(rels, "Karl Lindqvist", "Louis Marchand")
    assert not met_between(rels, "Hugo Ferreira", "Andi Saputra")


def test_a_demonym_before_a_title_is_a_country_and_the_name_after_it_a_person():
    text = (
        "President Louis Marchand held separate meetings with Afghan President Karl "
        "Lindqvist, Sri Lankan President Andi Saputra and Maldives President Hugo Ferreira."
    )
    rels = relations_in(text, "en")
    assert ("Hugo Ferreira", "officialOf", "Maldives") in rels  # control
    assert ("Andi Saputra", "officialOf", "Sri Lanka") in rels
    assert ("Karl Lindqvist", "officialOf", "Afghanistan") in rels
    assert not any(o in ("Karl Lindqvist", "Andi Saputra") for _, p, o in rels if p == "officialOf")


def test_a_listed_name_after_a_title_and_its_party_is_a_person():
    rels = relations_in(
        "Hadir antara lain Sekretaris Jenderal Partai Nusantara Raya Andi Saputra, Hugo "
        "Ferreira, dan Menteri Pertanian Karl Lindqvist.",
        "id",
    )
    assert not any(o == "Andi Saputra" for _, p, o in rels if p == "officialOf")
    assert ("Andi Saputra", "officialOf", "Partai Nusantara Raya") in rels


def test_a_weekday_before_a_name_is_cut_off():
    rels = relations_in(
        "On Friday Benedict flies on to Lima, the capital of Peru. "
        "President Andi Saputra arrived in Quito.",
        "en",
    )
    assert ("Andi Saputra", "visited", "Quito") in rels  # control
    assert ("Benedict", "visited", "Lima") in rels
    assert not any(s.startswith("Friday") for s, _, _ in rels)


def test_a_conjunction_before_a_title_ends_the_office_phrase():
    rels = relations_in(
        "Guests were the leaders of Brazil and Chile and Senator Karl Lindqvist. "
        "Chilean President Andi Saputra spoke first.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Chile") in rels  # control
    assert ("Karl Lindqvist", "officialOf", "Chile") not in rels


def test_a_listed_office_after_a_name_is_not_a_second_country():
    rels = relations_in(
        "Guests at the rally included Kenya's Foreign Minister Louis Marchand, the head of "
        "Uganda's poll body and envoys from the African Union. Andi Saputra, "
        "the president of Ghana, arrived later.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Ghana") in rels  # control: one office after a name
    assert ("Louis Marchand", "officialOf", "Kenya") in rels
    assert ("Louis Marchand", "officialOf", "Uganda") not in rels


def test_a_name_sworn_in_as_a_head_of_state_is_a_person_holding_it():
    rels = relations_in(
        "Louis Marchand was officially sworn in as the new president of Namibia. Hugo "
        "Ferreira has been elected prime minister of Fiji. Karl Lindqvist is expected to be "
        "elected prime minister of Lesotho. Andi Saputra, the president of Ghana, spoke.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Ghana") in rels  # control
    assert ("Louis Marchand", "officialOf", "Namibia") in rels
    assert ("Hugo Ferreira", "officialOf", "Fiji") in rels
    assert ("Karl Lindqvist", "officialOf", "Lesotho") not in rels  # a hedge is no office


def test_an_adverb_between_border_and_with_is_skipped():
    rels = relations_in(
        "Lesotho, a small kingdom, has a frontier only with South Africa. Chile shares "
        "a border with Bolivia. Peru does not share a border with Paraguay.",
        "en",
    )
    assert borders_between(rels, "Chile", "Bolivia")
    assert borders_between(rels, "Lesotho", "South Africa")
    assert ("Peru", "borders", "Paraguay") not in rels  # the negation still counts


def test_a_title_after_whose_is_an_office_of_the_body_before_it():
    rels = relations_in(
        "The Ghana Red Cross, whose chairman Louis Marchand spoke on Monday, sent teams. "
        "Andi Saputra, the president of Ghana, spoke.",
        "en",
    )
    assert ("Andi Saputra", "officialOf", "Ghana") in rels  # control
    assert ("Louis Marchand", "officialOf", "Ghana Red Cross") in rels


def test_a_capital_of_a_described_country_and_a_possessive_before_border():
    rels = relations_in(
        "Louis Marchand took refuge in Lome, the capital of neighbouring Togo. Chile and "
        "Argentina, which share the region's longest land frontier, signed a pact. Accra, the "
        "capital of Ghana, was calm.",
        "en",
    )
    assert ("Accra", "locatedIn", "Ghana") in rels  # control
    assert ("Lomé", "locatedIn", "Togo") in rels
    assert borders_between(rels, "Chile", "Argentina")


def test_a_land_border_and_its_length_before_dengan():
    rels = relations_in(
        "Timor Leste, tetangga yang memiliki perbatasan darat sejauh kira-kira 150 km "
        "dengan Indonesia, menyambut rencana itu. Malaysia berbagi perbatasan dengan Brunei. "
        "Singapura tidak berbagi perbatasan darat dengan Filipina.",
        "id",
    )
    assert borders_between(rels, "Malaysia", "Brunei")
    assert borders_between(rels, "Timor-Leste", "Indonesia")
    assert ("Singapura", "borders", "Filipina") not in rels  # the negation still counts


def test_has_been_in_a_place_is_a_visit_but_not_in_power():
    rels = relations_in(
        "Andi Saputra has been in Accra since Saturday. Louis Marchand has been in power since "
        "1990. President Karl Lindqvist arrived in Lome.",
        "en",
    )
    assert ("Karl Lindqvist", "visited", "Lomé") in rels  # control
    assert ("Andi Saputra", "visited", "Accra") in rels
    assert not any(s == "Louis Marchand" for s, p, _ in rels if p == "visited")


def test_a_regional_body_is_named_with_its_region():
    rels = relations_in(
        "Ketua DPRD Jawa Tengah Budi Santoso hadir. Ketua DPRD DKI Jakarta Andi Saputra "
        "menyampaikan sambutan. Gubernur Jawa Tengah Hugo Ferreira tiba di Semarang.",
        "id",
    )
    assert ("Hugo Ferreira", "visited", "Semarang") in rels  # control
    assert ("Budi Santoso", "officialOf", "DPRD Jawa Tengah") in rels
    assert ("Andi Saputra", "officialOf", "DPRD DKI Jakarta") in rels


def test_an_arrival_placed_nowhere_is_in_the_datelines_city():
    rels = relations_in(
        "HANOI, Vietnam (AP) — Vietnamese Prime Minister Andi Saputra opened a forum on "
        "Friday.\n\nKenyan President Louis Marchand arrived on Thursday. Chilean President "
        "Karl Lindqvist arrived in Hue on Thursday.",
        "en",
    )
    assert ("Karl Lindqvist", "visited", "Huế") in rels  # control: placed by its sentence
    assert ("Louis Marchand", "visited", "Hanoi") in rels
    assert ("Karl Lindqvist", "visited", "Hanoi") not in rels
    assert ("Andi Saputra", "visited", "Hanoi") not in rels  # at home


def test_a_group_of_guests_received_stands_for_the_list_named_later():
    rels = relations_in(
        "Presiden Louis Marchand menerima dua tamu kenegaraan yang tiba di Hanoi untuk "
        "menghadiri upacara itu, yakni Perdana Menteri Laos Andi Saputra dan Presiden Chile "
        "Karl Lindqvist. Ia juga menerima Hugo Ferreira.",
        "id",
    )
    assert met_between(rels, "Louis Marchand", "Hugo Ferreira")  # control
    assert met_between(rels, "Louis Marchand", "Andi Saputra")
    assert met_between(rels, "Louis Marchand", "Karl Lindqvist")


def test_a_group_of_places_visited_stands_for_the_list_named_later():
    rels = relations_in(
        "Presiden Louis Marchand mengunjungi tiga kota di Vietnam, yakni Hanoi, Hue, dan "
        "Da Nang, pekan lalu. Perdana Menteri Andi Saputra mengunjungi Vientiane.",
        "id",
    )
    assert ("Andi Saputra", "visited", "Vientiane") in rels  # control
    assert ("Louis Marchand", "visited", "Hanoi") in rels
    assert ("Louis Marchand", "visited", "Da Nang") in rels


def test_a_countrys_name_opening_a_bodys_name_is_part_of_it():
    rels = relations_in(
        "The oath was read by Hugo Ferreira, president of the Ghana Bar Association, on "
        "Monday. Ghana President Karl Lindqvist arrived in Accra.",
        "en",
    )
    assert ("Karl Lindqvist", "officialOf", "Ghana") in rels  # control: a title, no body
    assert ("Hugo Ferreira", "officialOf", "Ghana Bar Association") in rels
    assert ("Hugo Ferreira", "officialOf", "Ghana") not in rels
