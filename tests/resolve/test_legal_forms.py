"""Two names of one company that differ only in their legal form are one body; two that
differ in a word of kind ("Group", "Foods") may be two."""

from __future__ import annotations


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
