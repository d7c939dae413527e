"""Capitalised words the English model leaves out right before a company's title in lower case
and its holder ("Brightmart chief executive X") name the company; a demonym or a known place
there does not.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in, types_in

pytestmark = pytest.mark.slow


def test_a_name_before_a_company_title_is_the_company():
    text = (
        "Brightmart chief executive Maria Perez resigned on Monday. Kavoo Lines chairman "
        "Tom Dallas met Oscar Lindgren in Lima."
    )
    types = types_in(text, "en")
    assert "Organization" in types.get("Brightmart", set())
    assert "Organization" in types.get("Kavoo Lines", set())
    rels = relations_in(text, "en")
    assert ("Maria Perez", "officialOf", "Brightmart") in rels
    assert ("Tom Dallas", "officialOf", "Kavoo Lines") in rels


def test_a_demonym_or_a_cut_name_before_a_company_title_names_no_company():
    """"Chilean" is a demonym; "Chess Board" after "Peru" is the end of a longer name."""
    types = types_in(
        "Chilean chairman Juan Perez spoke in Lima. Tokoria chairman Karl Lindgren listened. "
        "Peru Chess Board chairman Maria Perez left.",
        "en",
    )
    assert "Organization" in types.get("Tokoria", set())  # positive control
    assert "Chilean" not in types
    assert "Chess Board" not in types


def test_what_a_chief_executive_heads_is_a_body():
    """ "chief executive of X": X is a body, a two-word one too, unless its words are another
    person's name in the same text."""
    text = (
        "Maria Perez, chief executive of Kavoo Tokoria, agreed. Juan Perez, the chairman of "
        "Lindgren Dallas, objected. Tom Dallas met him in Lima."
    )
    types = types_in(text, "en")
    assert "Organization" in types.get("Kavoo Tokoria", set())
    assert ("Maria Perez", "officialOf", "Kavoo Tokoria") in relations_in(text, "en")
    assert "Organization" not in types.get("Lindgren Dallas", set())  # "Dallas" is Tom's
