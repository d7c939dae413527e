"""Capitalised words and names that are no entity of kg's kinds (``not-entities.txt``):
kinds of people written in capitals, a vehicle's call sign."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in


def test_kinds_of_people_in_capitals_are_no_bodies():
    labels = labels_in(
        "Sebanyak 20 WNI dan 3 WNA dievakuasi dari Sibu oleh Kemlu pada Senin. Direktur "
        "Perlindungan WNI Kemlu Rizal Hakim mengatakan tidak ada korban.",
        "id",
    )
    assert "WNI" not in labels and "WNA" not in labels
    assert {"Sibu", "Rizal Hakim"} <= labels  # controls


def test_the_presidents_aircraft_is_a_vehicle_no_entity():
    text = (
        "President Tom Dallas arrived in Iloilo on Monday. The crew of Air Force One stayed "
        "at the airport."
    )
    labels = labels_in(text, "en")
    assert {"Tom Dallas", "Iloilo"} <= labels  # controls
    assert "Air Force One" not in labels
    assert ("Tom Dallas", "visited", "Iloilo") in relations_in(text, "en")
