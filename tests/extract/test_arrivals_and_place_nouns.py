"""The arrival of the one the text is about ("Kedatangannya disambut X") and a city named
after its region's possessive and a place noun ("Lombok's main city of Mataram"). Each with a
control in its text."""

from __future__ import annotations

from tests.conftest import relations_in


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_an_arrival_with_its_clitic_is_the_travellers():
    rels = relations_in(
        "Presiden Hendra Wibisono tiba di Moskow, Senin. Kedatangannya disambut Menteri Luar "
        "Negeri Rusia Juan Perez di bandara. Keputusannya disambut baik Rizal Hakim.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Juan Perez")
    assert not _met(rels, "Hendra Wibisono", "Rizal Hakim")  # a decision welcomed, no visit


def test_a_city_after_its_regions_possessive_and_a_place_noun():
    rels = relations_in(
        "Peru's Home Affairs Minister Tom Dallas, who was in Lombok's main city of Mataram for a "
        "conference, said his hotel shook. Juan Perez visited Lombok's beaches.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Mataram") in rels
    assert ("Juan Perez", "visited", "Mataram") not in rels
