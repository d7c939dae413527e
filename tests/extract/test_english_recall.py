"""English recall (issue 9): ways English news states a visit, a meeting, an invasion or an
office that the rules read, each beside the tempting wrong readings they must leave alone.

Sentences written for the tests (invented names, or public figures in invented sentences; no
evaluation article's names or sentences). Every test of an absence has a positive control in
the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import labels_in, relations_in

pytestmark = pytest.mark.slow


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


# -- names and offices ----------------------------------------------------------------------
def test_hyphenated_given_name_lends_no_lowercase_surname():
    text = (
        "Governor Park Dong-in of Busan met Mayor Ines Duarte in Lisbon on Monday. "
        "Duarte later arrived in Porto."
    )
    rels = relations_in(text, "en")
    assert ("Ines Duarte", "visited", "Porto") in rels  # control
    assert "in" not in {label.lower() for label in labels_in(text, "en")}
    assert not any("in" in (s, o) for s, _, o in rels)


def test_delegation_list_reaches_the_last_item_after_a_field_word():
    rels = relations_in(
        "The Chilean delegation included Foreign Minister Tomas Herrera, Finance Minister "
        "Clara Vidal and Energy Minister Rafael Soto.",
        "en",
    )
    for name in ("Tomas Herrera", "Clara Vidal", "Rafael Soto"):
        assert (name, "officialOf", "Chile") in rels


def test_office_field_read_as_an_organisation_is_not_the_body():
    rels = relations_in(
        "Peru was represented by Coordinating Maritime Affairs and Investment Minister "
        "Jorge Salas and Foreign Minister Ana Paredes.",
        "en",
    )
    assert ("Ana Paredes", "officialOf", "Peru") in rels  # control
    assert ("Jorge Salas", "officialOf", "Peru") in rels
    assert not any(s == "Jorge Salas" and o != "Peru" for s, p, o in rels if p == "officialOf")
