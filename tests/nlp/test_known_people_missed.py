"""A full name of the base of notable people that the model missed ("Abdulla Aripov ends the
tour in Lima") is that person; a name the base does not hold is left to the model. Each with
a control in its text. The base's entry is a general fact about a notable person; the
sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def test_a_notable_persons_full_name_the_model_missed_is_a_person():
    text = "Abdulla Aripov ends the tour in Lima on Friday."
    assert types_in(text, "en").get("Abdulla Aripov") == {"Person"}
    assert ("Abdulla Aripov", "visited", "Lima") in relations_in(text, "en")


def test_capitalised_words_that_are_no_notable_name_stay_as_they_were():
    types = types_in("Abdulla Aripov and Karl Dolin met in Lima on Friday.", "en")
    assert types.get("Abdulla Aripov") == {"Person"}  # control
    assert "Aripov and Karl" not in types
