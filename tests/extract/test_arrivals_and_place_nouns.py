"""The arrival of the one the text is about ("Kunjungannya disambut X") and a city named
after its region's possessive and a place noun ("Bali's main city of Denpasar"). Each with a
control in its text."""

from __future__ import annotations

from tests.conftest import relations_in


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_an_arrival_with_its_clitic_is_the_travellers():
    rels = relations_in(
        "Presiden Hendra Wibisono tiba di Lima, Senin. Kunjungannya disambut Menteri Luar "
        "Negeri Peru Juan Perez di istana. Keputusannya disambut baik Rizal Hakim.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Juan Perez")
    assert not _met(rels, "Hendra Wibisono", "Rizal Hakim")  # a decision welcomed, no visit


def test_a_city_after_its_regions_possessive_and_a_place_noun():
    rels = relations_in(
        "Peru's trade minister Tom Dallas, who was in Bali's main city of Denpasar for a forum, "
        "said the talks went well. Juan Perez visited Bali's beaches.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Denpasar") in rels
    assert ("Juan Perez", "visited", "Denpasar") not in rels
