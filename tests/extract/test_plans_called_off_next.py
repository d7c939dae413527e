"""A plan the next sentence calls off ("Namun rapat itu dibatalkan", "But the visit was
scrapped") never happened; a next sentence about another trip or about the event itself
leaves it standing."""

from __future__ import annotations

from tests.conftest import relations_in


def test_a_meeting_called_off_in_the_next_sentence_is_no_meeting():
    text = (
        "Presiden Peru Wulan Sasmita dijadwalkan bertemu Presiden Chile Oscar Lindgren di Quito "
        "pada Juni. Namun rapat itu dibatalkan sehari sebelumnya."
    )
    rels = relations_in(text, "id")
    assert ("Oscar Lindgren", "met", "Wulan Sasmita") not in rels
    assert ("Wulan Sasmita", "visited", "Quito") not in rels
    assert ("Wulan Sasmita", "officialOf", "Peru") in rels  # control
    text = (
        "Peruvian President Tom Dallas was scheduled to meet Chilean President Karl Lindgren in "
        "Quito in June. But the visit was scrapped a day before."
    )
    rels = relations_in(text, "en")
    assert ("Karl Lindgren", "met", "Tom Dallas") not in rels
    assert ("Tom Dallas", "officialOf", "Peru") in rels  # control


def test_a_next_sentence_about_another_trip_or_the_meeting_itself_leaves_it():
    rels = relations_in(
        "Peruvian President Tom Dallas met Chilean President Karl Lindgren in Quito on Monday. "
        "The meeting lasted two hours. His visit to Lima was cancelled.",
        "en",
    )
    assert ("Karl Lindgren", "met", "Tom Dallas") in rels
    assert ("Tom Dallas", "visited", "Quito") in rels


def test_a_trip_first_planned_for_another_date_still_happened():
    rels = relations_in(
        "Peruvian President Karl Lindgren arrived in Cusco on Monday. In Cusco he also "
        "visited a factory of Kavoo Technologies and met Tom Dallas, chief executive of "
        "carmaker Tokoria.\n\nThe visit had first been set for early June but was "
        "postponed when Lindgren fell ill.",
        "en",
    )
    assert ("Karl Lindgren", "met", "Tom Dallas") in rels
    assert ("Karl Lindgren", "visited", "Cusco") in rels
