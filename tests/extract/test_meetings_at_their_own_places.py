"""Talks held in one place with one party and in another with the next ("held talks in P
with X and in Q with Y"): each party was met at its own place, and the traveller was in
both. Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_each_party_is_met_at_its_own_place():
    rels = relations_in(
        "On the way home Peruvian President Juan Perez held talks in Quito with Ecuadorian "
        "President Tom Dallas and in Bogota with Colombia's President Karl Dolin.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels  # control
    assert ("Juan Perez", "visited", "Bogotá") in rels
    assert ("Karl Dolin", "visited", "Quito") not in rels
    assert ("Karl Dolin", "visited", "Ecuador") not in rels


def test_two_parties_met_at_one_place_were_both_there():
    rels = relations_in(
        "Peruvian President Juan Perez held talks in Quito with Ecuadorian President Tom "
        "Dallas and Colombian President Karl Dolin.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Karl Dolin", "visited", "Quito") in rels
