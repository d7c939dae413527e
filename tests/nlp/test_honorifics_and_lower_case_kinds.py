"""An honorific before a name is no part of it ("Sir", "Dame"), nor "Presidium" of a body's
name after its chair's title; a body's kind written in lower case after its capitalised name
("the Green Union party") is part of the body's name.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in, types_in

pytestmark = pytest.mark.slow


def test_sir_and_dame_are_honorifics_not_names():
    text = (
        "The union's leader, Sir Oscar Lindgren, arrived in Lima on Monday, and its treasurer, "
        "Dame Maria Perez, met him there."
    )
    found = types_in(text, "en")
    assert found.get("Oscar Lindgren") == {"Person"}
    assert found.get("Maria Perez") == {"Person"}
    assert not any(label.startswith(("Sir ", "Dame ")) for label in found)


def test_a_lower_case_party_word_belongs_to_the_name():
    text = (
        "Sir Oscar Lindgren, who leads the Green Union party, arrived in Lima on Monday. The "
        "party said the talks went well."
    )
    assert ("Oscar Lindgren", "officialOf", "Green Union party") in relations_in(text, "en")
    # the bare word alone is no body (positive control for the reading above)
    assert "party" not in types_in(text, "en")


def test_the_chair_of_a_presidium_holds_office_in_the_body():
    rels = relations_in(
        "Ketua Presidium Kavoo-C Hendra Wibisono mengatakan tim relawan tiba di Lima.", "id"
    )
    assert ("Hendra Wibisono", "officialOf", "Kavoo-C") in rels


def test_a_body_closed_by_its_lower_case_kind_is_named_without_it_too():
    import kg

    g = kg.KnowledgeGraph()
    g.add_text("Oscar Lindgren, who leads the Green Union party, arrived in Lima.", lang="en")
    rows = g.query(
        "SELECT ?l ?a WHERE { ?e a kg:Organization ; rdfs:label ?l ; skos:altLabel ?a }"
    )
    assert {(str(label), str(alias)) for label, alias in rows} == {
        ("Green Union party", "Green Union")
    }
