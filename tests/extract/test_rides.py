"""The means of travel as the verb ("naik kapal ke P", "menggunakan pesawat menuju P"):
whoever rides to a place went there; someone else's ride named in a quote gives the speaker
nothing. Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_riding_a_vehicle_to_a_place_is_going_there():
    rels = relations_in(
        "Presiden Rizal Hakim menggunakan pesawat menuju Bandung, Selasa. Sehari kemudian "
        "Wulan Sasmita naik kapal cepat ke Medan.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Bandung") in rels
    assert ("Wulan Sasmita", "visited", "Medan") in rels


def test_a_ride_the_speaker_tells_of_is_not_the_speakers():
    rels = relations_in(
        "Warga naik bus ke Bandung setiap hari, kata Rizal Hakim. Rizal Hakim kemudian tiba "
        "di Medan.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Medan") in rels  # control
    assert ("Rizal Hakim", "visited", "Bandung") not in rels
