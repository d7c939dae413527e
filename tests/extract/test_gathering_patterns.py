"""Kinds of miss found by reading kg's output on the dev sets in stop 40: a meeting between
three or four persons; persons who gather in one place or embrace; a stretch of time spent with
someone, given with "almost" or "more than"; a rank abbreviation ("Lt. Gen.") whose full stop
ended the sentence, and a rank without one ("Gen"); landing at a facility near a city;
officials accompanying a traveller; an athlete's medal won in a place; the people a visit is
paid to, who are where the text puts them; a vehicle opening a reported clause; a city placed
"di/in" its own country; ministers listed each with their country; a person someone else stood
in for ("mewakili Presiden X"), who travelled nowhere. Sentences written for the tests (no
article's names or sentences), each with a positive control in the same text.
"""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import load_pipeline
from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_talks_between_three_persons_are_one_meeting_of_all():
    rels = relations_in(
        "Talks between Finnish President Karl Lindgren, Peruvian President Juan Perez and "
        "Spanish Prime Minister Luis Gomez ended with a deal on Tuesday.",
        "en",
    )
    assert _met(rels, "Karl Lindgren", "Juan Perez")
    assert _met(rels, "Karl Lindgren", "Luis Gomez")
    assert _met(rels, "Juan Perez", "Luis Gomez")


def test_a_roll_of_five_after_between_is_no_meeting():
    rels = relations_in(
        "The talks between Karl Lindgren and Juan Perez lasted an hour. The deal was split "
        "between Luis Gomez, Maria Perez, Tom Dallas, Jordan Blake and Ahmad Fikri.",
        "en",
    )
    assert _met(rels, "Karl Lindgren", "Juan Perez")  # control
    assert not _met(rels, "Luis Gomez", "Maria Perez")


def test_persons_who_gather_in_one_place_met_there():
    rels = relations_in(
        "Karl Lindgren, Juan Perez, Luis Gomez and Maria Perez gathered in Trujillo on Friday "
        "for a summit.",
        "en",
    )
    assert _met(rels, "Karl Lindgren", "Maria Perez")
    assert _met(rels, "Juan Perez", "Luis Gomez")
    assert ("Luis Gomez", "visited", "Trujillo") in rels


def test_gathering_evidence_against_someone_is_no_meeting():
    rels = relations_in(
        "Prosecutor Karl Lindgren gathered evidence against Juan Perez in Trujillo. Luis Gomez "
        "and Maria Perez gathered in Arequipa on Friday.",
        "en",
    )
    assert _met(rels, "Luis Gomez", "Maria Perez")  # control
    assert not _met(rels, "Karl Lindgren", "Juan Perez")


def test_leaders_who_gather_are_a_meeting_in_indonesian():
    rels = relations_in(
        "Presiden Hendra Wibisono, Perdana Menteri Rizal Hakim, dan Presiden Gilang Permadi "
        "berkumpul di Bogor pada Senin.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert _met(rels, "Rizal Hakim", "Gilang Permadi")


def test_two_persons_who_embraced_met():
    rels = relations_in(
        "Karl Lindgren and Juan Perez embraced at the border post near Tarija on Friday.",
        "en",
    )
    assert _met(rels, "Karl Lindgren", "Juan Perez")


def test_almost_an_hour_with_someone_is_a_meeting():
    rels = relations_in(
        "Karl Lindgren spent almost an hour with Juan Perez on Wednesday. Luis Gomez spent two "
        "hours with Maria Perez.",
        "en",
    )
    assert _met(rels, "Luis Gomez", "Maria Perez")  # control
    assert _met(rels, "Karl Lindgren", "Juan Perez")


def test_a_rank_abbreviation_keeps_its_sentence_whole():
    nlp = load_pipeline("en")
    doc = nlp("They met Lt. Gen. Karl Lindgren and Col. Juan Perez in Arequipa. He left.")
    assert len(list(doc.sents)) == 2
    assert [t.text for t in doc[2:4]] == ["Lt.", "Gen."]
    rels = relations_in(
        "Senator Luis Gomez flew to Arequipa on Monday. He held talks with Lt. Gen. Karl "
        "Lindgren on Tuesday.",
        "en",
    )
    assert ("Luis Gomez", "visited", "Arequipa") in rels  # control
    assert _met(rels, "Luis Gomez", "Karl Lindgren")


def test_the_person_someone_stood_in_for_did_not_travel():
    rels = relations_in(
        "Menteri Ahmad Fikri tiba di Bergen, Norwegia, Kamis (7/3/2024), mewakili Presiden "
        "Rizal Hakim dalam konferensi energi.",
        "id",
    )
    assert ("Ahmad Fikri", "visited", "Bergen") in rels  # control
    assert not any(s == "Rizal Hakim" and p == "visited" for s, p, _ in rels)


def test_landing_at_a_facility_near_a_city_is_a_visit_to_the_city():
    rels = relations_in(
        "Karl Lindgren and his wife, Maria Perez, landed at an air base near Trujillo late on "
        "Monday. Juan Perez landed at an airfield outside Arequipa.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Trujillo") in rels
    assert ("Maria Perez", "visited", "Trujillo") in rels
    assert ("Juan Perez", "visited", "Arequipa") in rels


def test_an_official_accompanying_a_traveller_went_where_the_traveller_went():
    rels = relations_in(
        "Chilean President Karl Lindgren arrived in Trujillo on Sunday for talks on trade. He "
        "is accompanied by Trade Minister Luis Gomez.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Trujillo") in rels  # control
    assert ("Luis Gomez", "visited", "Trujillo") in rels


def test_a_companion_between_the_subject_and_its_verb_arrived_too():
    rels = relations_in(
        "Karl Lindgren, accompanied by Juan Perez, his trade minister, arrived in Arequipa on "
        "Monday. Luis Gomez, who met Maria Perez on Sunday, arrived in Trujillo.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Arequipa") in rels  # control
    assert ("Juan Perez", "visited", "Arequipa") in rels
    assert ("Luis Gomez", "visited", "Trujillo") in rels  # control
    assert ("Maria Perez", "visited", "Trujillo") not in rels  # met before, did not arrive


def test_an_athlete_who_won_a_medal_in_a_city_competed_there():
    rels = relations_in(
        "Atlet angkat besi Rizal Hakim meraih medali perak pada Kejuaraan Asia di Multan, "
        "Pakistan, Sabtu. Tirta Lubis meraih suara terbanyak di Jawa Barat.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Multan") in rels
    assert ("Rizal Hakim", "visited", "Pakistan") in rels
    assert not any(s == "Tirta Lubis" and p == "visited" for s, p, _ in rels)  # votes, no trip


def test_a_champion_of_an_event_abroad_was_there():
    rels = relations_in(
        "Rizal Hakim menjuarai nomor lompat jauh Kejuaraan Asia di Iquique, Cile.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Iquique") in rels
    en = relations_in("Karl Lindgren won the world title in Salta, Argentina, on Sunday.", "en")
    assert ("Karl Lindgren", "visited", "Salta") in en


def test_a_city_placed_in_its_own_country_is_located_there():
    rels = relations_in(
        "Jalur feri itu menghubungkan Sandakan di Malaysia dan Kandy di Sri Lanka. Tim dari "
        "Surabaya di Malaysia ikut berlatih.",
        "id",
    )
    assert ("Sandakan", "locatedIn", "Malaysia") in rels
    assert ("Kandy", "locatedIn", "Sri Lanka") in rels
    assert ("Surabaya", "locatedIn", "Malaysia") not in rels  # the gazetteer disagrees
    en = relations_in("Cotton will be shipped through Tamale in Ghana next year.", "en")
    assert ("Tamale", "locatedIn", "Ghana") in en


def test_soldiers_visited_are_where_the_text_puts_them():
    rels = relations_in(
        "Menteri Pertahanan Rizal Hakim mengunjungi prajurit Satgas Merah Putih yang berjaga "
        "di Cebu, Filipina, pada Kamis.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Cebu City") in rels
    assert not any(o == "Satgas Merah Putih" for _, p, o in rels if p == "visited")


def test_a_plane_that_opens_the_reported_clause_carries_no_reporter():
    rels = relations_in(
        "Direktur Tirta Lubis menjelaskan, pesawat itu berangkat dari Sibu pada Selasa melalui "
        "Miri, lalu Sandakan, sebelum bermalam di Iloilo, Filipina. Menteri Rizal Hakim tiba di "
        "Cebu pada Rabu.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Cebu City") in rels  # control
    assert ("Tirta Lubis", "visited", "Iloilo") not in rels


def test_ministers_listed_each_with_a_country_hold_office_there():
    rels = relations_in(
        "The talks were attended by foreign ministers Karl Lindgren of Kenya and Juan Perez of "
        "Uganda. President Luis Gomez of Peru and his wife Maria Perez of Lima attended.",
        "en",
    )
    assert ("Karl Lindgren", "officialOf", "Kenya") in rels  # control
    assert ("Juan Perez", "officialOf", "Uganda") in rels
    assert not any(s == "Maria Perez" and p == "officialOf" for s, p, _ in rels)


def test_a_rank_without_a_full_stop_is_no_part_of_the_name():
    rels = relations_in(
        "Prime Minister Karl Lindgren arrived in Trujillo on Sunday. He is accompanied by army "
        "chief Gen Juan Perez.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Trujillo") in rels  # control
    assert ("Juan Perez", "visited", "Trujillo") in rels


def test_a_country_opening_a_body_unread_by_the_model_holds_no_office():
    rels = relations_in(
        "Peru Chess Federation chairman Karl Lindgren defended the draw. Peru Foreign Minister "
        "Juan Perez defended the visit.",
        "en",
    )
    assert ("Juan Perez", "officialOf", "Peru") in rels  # control
    assert ("Karl Lindgren", "officialOf", "Peru") not in rels
