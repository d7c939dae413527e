"""One unknown word the model reads as a person right after a verb of going and its "to/ke"
("travelled to Oscarsville") is the town gone to, unless the document calls a person by it.
Each with a control in its text. All names are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def test_a_word_travelled_to_is_a_town():
    text = "On Sunday Tom Dallas travelled to Oscarsville and opened a clinic with Juan Perez."
    assert types_in(text, "en")["Oscarsville"] == {"City"}
    assert ("Tom Dallas", "visited", "Oscarsville") in relations_in(text, "en")


def test_a_persons_name_travelled_to_stays_a_person():
    text = "Maria Oscarsville met reporters on Monday. Tom Dallas flew to Oscarsville to see her."
    types = types_in(text, "en")
    assert types["Maria Oscarsville"] == {"Person"}  # control
    assert "Oscarsville" not in types or types["Oscarsville"] != {"City"}
