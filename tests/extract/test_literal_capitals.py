"""A capital the text uses as a place stays a city; one it uses only for a government stands
for its country. A capital is a place after a distance ("170 kilometer dari ibu kota P", "40
miles from P") or after "the capital," ("in the capital, P"), before a relative clause of
place ("dan P, tempat ia diterima Y"), as a body's seat ("P-based"), in the name of games or
a pact ("Olimpiade P", "Perjanjian P") and after leaving it ("before leaving P", "klub asal
P"). Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import types_in


def test_a_distance_from_a_capital_uses_it_as_a_place():
    id_ = types_in(
        "Pusat gempa berada sekitar 170 kilometer dari ibu kota Lima. Pemerintah Peru "
        "mengirim bantuan.",
        "id",
    )
    en = types_in(
        "The quake struck 40 miles from Lima on Sunday. Peru sent rescue teams.", "en"
    )
    for found in (id_, en):
        assert found.get("Lima") == {"City"}
        assert found.get("Peru") == {"Country"}  # control


def test_a_capital_after_the_capital_and_a_comma_is_a_place():
    found = types_in(
        "Peru has formally declared independence, with people cheering in the capital, Lima, "
        "as the flag was raised.",
        "en",
    )
    assert found.get("Lima") == {"City"}
    assert found.get("Peru") == {"Country"}  # control


def test_a_capital_used_only_for_its_government_stands_for_the_country():
    found = types_in(
        "Lima said on Monday that it would reopen its embassy in Quito. Ecuador welcomed "
        "the move.",
        "en",
    )
    assert "Lima" not in found
    assert found.get("Peru") == {"Country"}
    assert found.get("Quito") == {"City"}  # control: "its embassy in Quito" is a place


def test_a_capital_a_clause_of_place_follows_is_a_place():
    found = types_in(
        "Pemberhentian terakhirnya adalah Lima, tempat ia diterima Presiden Peru Juan Perez. "
        "Lima menyatakan siap berinvestasi.",
        "id",
    )
    assert found.get("Lima") == {"City"}
    assert found.get("Juan Perez") == {"Person"}  # control


def test_a_capital_a_body_is_based_in_or_games_are_named_after_is_a_place():
    en = types_in(
        "Lima-based Kavoo said on Monday that Lima would decide, and Peru agreed.", "en"
    )
    id_ = types_in(
        "Para atlet berlatih untuk Olimpiade Quito. Quito menyatakan siap menjadi tuan rumah.",
        "id",
    )
    assert en.get("Lima") == {"City"}
    assert en.get("Peru") == {"Country"}  # control
    assert id_.get("Quito") == {"City"}


def test_a_capital_one_leaves_is_a_place():
    en = types_in(
        "Quito said it was ready, Foreign Minister Rizal Hakim told reporters before leaving "
        "Quito.",
        "en",
    )
    id_ = types_in("Klub asal Quito itu menang. Quito menyatakan siap.", "id")
    for found in (en, id_):
        assert found.get("Quito") == {"City"}
