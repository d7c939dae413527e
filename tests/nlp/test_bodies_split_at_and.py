"""An English body named for two things joined by "and" ("the Progressive Unionist and
Farmers Party") is one name, though the model may part it at "and"; two bodies each complete
in its own right stay two. Each with a control in its text. All names are invented for the
test."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in


def test_a_body_parted_at_and_is_one_name():
    text = "Tom Dallas, leader of the Progressive Unionist and Farmers Party, met Juan Perez."
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "officialOf", "Progressive Unionist and Farmers Party") in rels
    assert "Progressive Unionist" not in labels_in(text, "en")


def test_two_complete_bodies_joined_by_and_stay_two():
    labels = labels_in(
        "The Kavoo Farmers Union and the Tokoria Labour Party signed a pact with Juan Perez.",
        "en",
    )
    assert "Juan Perez" in labels  # control
    assert "Kavoo Farmers Union and the Tokoria Labour Party" not in labels
