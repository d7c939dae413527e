"""Whoever went along with someone went where they went ("accompanied X to P"); talks "at a
hotel with Y" are a meeting with Y. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_who_accompanied_someone_to_a_place_went_there():
    rels = relations_in(
        "Maria Perez accompanied Rizal Hakim to Santiago on Monday. Foreign Minister Karl "
        "Lindgren accompanied him to Quito. The statement accompanied calls to Lima.",
        "en",
    )
    assert ("Maria Perez", "visited", "Santiago") in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert not [s for s, p, o in rels if p == "visited" and o == "Lima"]


def test_talks_at_a_place_with_a_partner_are_a_meeting():
    rels = relations_in(
        "Peruvian Mining Minister Karl Lindgren arrived in Quito on Monday. Later he held talks "
        "at a hotel with Chilean Trade Minister Oscar Lindgren. The envoy had dinner at the "
        "palace with his family.",
        "en",
    )
    assert met_between(rels, "Karl Lindgren", "Oscar Lindgren")
    assert ("Karl Lindgren", "visited", "Quito") in rels  # control
