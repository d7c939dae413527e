"""A party's branch board between an office after a name and the party ("yang juga Ketua DPC
Partai X"), a village named by its kind ("Kampung X") and a hyphenated "Attorney-General"."""

from __future__ import annotations

from tests.conftest import relations_in, span_labels_in


def test_an_office_of_a_partys_branch_board_after_a_name_is_the_partys():
    rels = relations_in(
        "Bupati Sanggau Rizal Hakim, yang juga Ketua DPC Partai Gerindra Kabupaten Sanggau, "
        "mengatakan pasar itu dibuka pekan depan.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Gerindra Party") in rels
    assert ("Rizal Hakim", "officialOf", "Sanggau Regency") in rels  # control


def test_a_village_named_by_its_kind_is_a_place_not_a_visitor():
    text = "Governor Tom Dallas toured Kampung Tokoria in Medan on Friday, a week after the floods."
    rels = relations_in(text, "en")  # a visit's object: a place
    assert ("Tom Dallas", "visited", "Kampung Tokoria") in rels
    assert not any(s == "Kampung Tokoria" and p == "visited" for s, p, _ in rels)


def test_a_hyphenated_attorney_general_is_a_title():
    text = "Indonesia's Attorney-General Karl Lindgren spoke to journalists in Bandung on Friday."
    assert span_labels_in(text, "en").get("Karl Lindgren") == "Person"
    assert ("Karl Lindgren", "officialOf", "Indonesia") in relations_in(text, "en")
