"""A minister's title names a ministry ("Menteri Perdagangan X": "Kementerian Perdagangan";
"Wakil Menteri Dalam Negeri Y": "Kemendagri"): where the text names that ministry near the
title, the holder is its official; not a former minister, nor one whose title (or, failing
it, the base of notable people) gives another country. Each with a control in its text. All
sentences are invented for the test."""

from __future__ import annotations

from kg.extract.ministries import ministry_keys
from tests.conftest import relations_in


def test_a_ministers_title_names_the_ministry_the_text_names():
    rels = relations_in(
        "Menteri Perdagangan Rizal Hakim meninjau pasar di Garut. Kementerian Perdagangan "
        "akan memantau harga beras.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Ministry of Trade of Indonesia") in rels
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels  # control


def test_a_deputys_title_names_the_ministry_by_its_abbreviation():
    rels = relations_in(
        "Wakil Menteri Dalam Negeri Rizal Hakim melantik penjabat bupati di Garut. Kemendagri "
        "menyebut pelantikan itu sah.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Ministry of Home Affairs of Indonesia") in rels


def test_no_ministry_named_no_office_of_one():
    rels = relations_in("Menteri Perdagangan Rizal Hakim meninjau pasar di Garut.", "id")
    assert not any(p == "officialOf" and "Ministry" in o for _, p, o in rels)
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels  # control


def test_a_former_minister_is_no_official_of_the_ministry():
    rels = relations_in(
        "Mantan Menteri Perdagangan Rizal Hakim mengkritik Kementerian Perdagangan. Menteri "
        "Perdagangan Gilang Permadi membantah kritik itu.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Ministry of Trade of Indonesia") not in rels
    assert ("Gilang Permadi", "officialOf", "Ministry of Trade of Indonesia") in rels


def test_a_ministers_title_of_another_country_names_another_ministry():
    rels = relations_in(
        "Menteri Luar Negeri Peru Gilang Permadi bertemu pejabat Kementerian Luar Negeri di "
        "Jakarta.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "Peru") in rels  # control
    assert not any(s == "Gilang Permadi" and "Ministry" in o for s, _, o in rels)


def test_the_keys_a_title_gives():
    assert "kementerian dalam negeri" in ministry_keys("Menteri Dalam Negeri")
    assert "kemendag" in ministry_keys("Mendag")
    assert {"trade ministry", "ministry of trade"} <= ministry_keys("Trade Minister")
    assert "ministry of foreign affairs" in ministry_keys("Minister of Foreign Affairs")
    assert not ministry_keys("Presiden")


def test_a_known_minister_of_another_country_is_no_official_of_this_ministry():
    rels = relations_in(
        "Menteri Pertahanan A. K. Antony bertemu pejabat Kementerian Pertahanan di Jakarta. "
        "Menteri Pertahanan Rizal Hakim menyambutnya di Kementerian Pertahanan.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Ministry of Defence of Indonesia") in rels
    assert not any(s == "A. K. Antony" and p == "officialOf" for s, p, _ in rels)
