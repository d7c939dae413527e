"""Two names of one company that differ only in their legal form are one body; two that
differ in a word of kind ("Group", "Foods") may be two."""

from __future__ import annotations

from tests.conftest import types_in


def _labels(text: str, lang: str = "en") -> set[str]:
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    rows = g.query("SELECT ?l WHERE { ?s a kg:Organization ; rdfs:label ?l }")
    return {str(r[0]) for r in rows}


def test_one_legal_form_for_another_names_one_body():
    labels = _labels(
        "Kavoo Motor Company agreed to sell the brand. Kavoo Motor Co shares rose 3 percent "
        "in Lima."
    )
    assert labels == {"Kavoo Motor Company"}


def test_a_word_of_kind_keeps_two_bodies_apart():
    labels = _labels(
        "Kavoo Group agreed to sell Kavoo Foods to Tokoria Inc. Chairman Tom Dallas flew to Lima."
    )
    assert {"Kavoo Group", "Kavoo Foods"} <= labels


def test_the_first_word_of_a_body_named_in_two_is_that_body():
    text = (
        "Shares of Kavoo Milan rose on Monday after the company won a contract in Lima. Kavoo "
        "said the deal was worth one billion dollars."
    )
    assert "Kavoo Milan" in _labels(text)  # control
    assert "Kavoo" not in types_in(text, "en")  # as no entity of any type


def test_a_unit_named_by_its_scope_leaves_the_first_word_to_the_parent():
    text = (
        "Shares of Kavoo Global rose on Monday after the company won a contract in Lima. Kavoo "
        "said the deal was worth one billion dollars."
    )
    found = types_in(text, "en")
    assert found.get("Kavoo Global") == {"Organization"}  # control
    assert "Kavoo" in found  # the parent, not the unit


def test_a_first_word_two_bodies_open_joins_neither():
    text = (
        "Shares of Kavoo Bandung rose on Monday, as did those of Kavoo Milan, after both "
        "companies won contracts in Lima. Kavoo said the deals were worth one billion dollars."
    )
    assert {"Kavoo Bandung", "Kavoo Milan"} <= _labels(text)  # control: two bodies
    assert "Kavoo" in types_in(text, "en")  # neither took "Kavoo"
