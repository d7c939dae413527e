"""Two persons joined by a hyphen ("pasangan A-B", "KTT A-B"): two names, not one."""

from __future__ import annotations

from tests.conftest import labels_in


def test_two_known_persons_joined_by_a_hyphen_are_two_names():
    labels = labels_in(
        "Pasangan Abhisit-Gantz kalah di Bangkok. Abhisit Vejjajiva mengakui kekalahan.", "id"
    )
    assert {"Abhisit Vejjajiva", "Bangkok"} <= labels  # controls
    assert "Benny Gantz" in labels  # the second name, read on its own and linked
    assert not any("-" in label for label in labels)


def test_a_hyphenated_name_of_one_person_stays_whole():
    labels = labels_in("Menteri Pertahanan Annegret Kramp-Karrenbauer tiba di Berlin.", "id")
    assert "Annegret Kramp-Karrenbauer" in labels
