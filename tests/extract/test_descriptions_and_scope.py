"""Descriptions by nationality whose person only world knowledge ties to the country, the
office such a description states, and hedges inside a participial clause after a trip. Each
pinned on sentences written for the test; every test of an absence has a positive control
in the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_the_base_of_notable_people_finds_the_person_a_description_stands_for():
    rels = relations_in(
        "President Cyril Ramaphosa landed in Accra on Monday evening. Ghanaian President Kwame "
        "Boateng welcomed the South African leader at Jubilee House the next morning.",
        "en",
    )
    assert met_between(rels, "Cyril Ramaphosa", "Kwame Boateng")
    # the description says whose leader he is, as a title before his name would
    assert ("Cyril Ramaphosa", "officialOf", "South Africa") in rels
    assert ("Cyril Ramaphosa", "visited", "Accra") in rels


def test_a_description_the_base_ties_to_nobody_named_stands_for_no_one():
    rels = relations_in(
        "President Emmanuel Macron landed in Accra on Monday evening. Ghanaian President Kwame "
        "Boateng welcomed the South African leader at Jubilee House the next morning.",
        "en",
    )
    assert ("Emmanuel Macron", "visited", "Accra") in rels  # control
    assert not met_between(rels, "Emmanuel Macron", "Kwame Boateng")
    assert not any(r[1] == "officialOf" and r[2] == "South Africa" for r in rels)


def test_an_indonesian_description_reads_its_office_noun_before_the_country():
    rels = relations_in(
        "Recep Tayyip Erdogan tiba di Tashkent pada Kamis sore. Presiden Turki itu kemudian "
        "terbang ke Samarkand untuk menghadiri forum regional.",
        "id",
    )
    assert ("Recep Tayyip Erdogan", "visited", "Samarkand") in rels
    assert ("Recep Tayyip Erdogan", "officialOf", "Türkiye") in rels


def test_a_hedge_in_a_participial_clause_after_the_trip_is_that_clause_s_own():
    rels = relations_in(
        "Chancellor Olaf Scholz toured Lagos on Wednesday, opening a new port terminal and "
        "talking to traders in Kano over a video call.",
        "en",
    )
    assert ("Olaf Scholz", "visited", "Lagos") in rels
    assert ("Olaf Scholz", "visited", "Kano") not in rels


def test_a_hedge_after_according_to_still_scopes_over_the_trip():
    rels = relations_in(
        "Chancellor Olaf Scholz met President Bola Tinubu in Abuja on Tuesday. The chancellor "
        "then met Governor Musa Bello in Kano, according to local radio, possibly on Friday.",
        "en",
    )
    assert met_between(rels, "Olaf Scholz", "Bola Tinubu")  # control
    assert not met_between(rels, "Olaf Scholz", "Musa Bello")
