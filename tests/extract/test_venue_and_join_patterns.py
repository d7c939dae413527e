"""Visits read off where a visited thing stands, meetings joined, island venues and planned
trip stages: kinds of recall the dev sets lacked in several articles, pinned on sentences
written for the test. Every test of an absence has a positive control in the same text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_visiting_a_thing_in_a_place_is_a_visit_to_the_place():
    """ "visited a hospital in P": the parse takes the hospital for the object; the known place
    it stands in is where the visitor was."""
    rels = relations_in(
        "German Chancellor Tomas Halvik visited a field hospital in Lviv on Friday. "
        "Austrian Chancellor Karl Weber toured a refugee shelter in Warsaw on Saturday.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Lviv") in rels
    assert ("Karl Weber", "visited", "Warsaw") in rels


def test_a_place_inside_a_clause_about_the_thing_is_no_visit():
    rels = relations_in(
        "German Chancellor Tomas Halvik visited the family of a soldier killed in Donetsk. "
        "He later visited Kyiv.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Kyiv") in rels  # control
    assert ("Tomas Halvik", "visited", "Donetsk") not in rels


def test_meeting_on_an_island_of_a_named_place_is_a_visit():
    rels = relations_in(
        "Chilean President Anna Berg and Peruvian President Carl Mendez met on the "
        "Philippine island of Cebu on Monday. Bolivian President Tomas Halvik held talks on "
        "Venezuela with Uruguayan President Luis Ortega.",
        "en",
    )
    assert ("Anna Berg", "visited", "Cebu City") in rels
    assert ("Carl Mendez", "visited", "Cebu City") in rels
    assert met_between(rels, "Tomas Halvik", "Luis Ortega")  # control
    assert not any(p == "visited" and o == "Venezuela" for s, p, o in rels)  # a topic


def test_officials_who_join_the_talks_meet_the_other_side_only():
    rels = relations_in(
        "Brazilian President Anna Berg met Argentine President Carl Mendez in Montevideo on "
        "Tuesday. Brazilian Foreign Minister Tomas Halvik and Argentine Foreign Minister Luis "
        "Ortega joined the talks.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Carl Mendez")
    assert met_between(rels, "Luis Ortega", "Anna Berg")
    assert not met_between(rels, "Tomas Halvik", "Anna Berg")  # his own side's leader
    assert not met_between(rels, "Tomas Halvik", "Luis Ortega")  # joiners, not the parties


def test_an_official_of_unknown_country_who_joins_meets_nobody_by_it():
    rels = relations_in(
        "Presiden Brasil Anna Berg bertemu Presiden Chile Carl Mendez di Santiago pada Selasa. "
        "Menteri Luar Negeri Tomas Halvik turut hadir dalam pertemuan itu.",
        "id",
    )
    assert met_between(rels, "Anna Berg", "Carl Mendez")  # control
    assert not any(p == "met" and "Tomas Halvik" in (s, o) for s, p, o in rels)


def test_a_planned_last_stage_of_a_trip_is_a_visit():
    rels_id = relations_in(
        "Presiden Brasil Anna Berg tiba di Osaka pada Rabu. Lawatan akan ditutup di Busan, "
        "Korea Selatan, pada Jumat.",
        "id",
    )
    assert ("Anna Berg", "visited", "Osaka") in rels_id
    assert ("Anna Berg", "visited", "Busan") in rels_id
    rels_en = relations_in(
        "Brazilian President Anna Berg arrived in Almaty on Monday. The tour will end in "
        "Dushanbe on Sunday.",
        "en",
    )
    assert ("Anna Berg", "visited", "Dushanbe") in rels_en
