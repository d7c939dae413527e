"""World knowledge joins names, never adds relations (kg.resolve with ontology/people)."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def _labels(text: str) -> dict[str, set[str]]:
    g = kg.KnowledgeGraph()
    g.add_text(text, lang="id")
    rows = g.query(
        "SELECT ?l ?a WHERE { ?e a kg:Person ; rdfs:label ?l . OPTIONAL { ?e skos:altLabel ?a } }"
    )
    out: dict[str, set[str]] = {}
    for label, alt in rows:
        out.setdefault(str(label), set()).update({str(alt)} if alt else set())
    return out


def test_nickname_and_full_name_are_one_person():
    people = _labels(
        "Presiden Joko Widodo tiba di Canberra pada Senin. Jokowi kemudian bertemu Perdana "
        "Menteri Australia Scott Morrison."
    )
    assert "Jokowi" in people["Joko Widodo"]
    assert "Jokowi" not in people
    assert "Scott Morrison" in people  # a name the base does not need to join stays as it is


def test_initials_and_honorific_nicknames_get_the_full_name():
    people = _labels("SBY dan Gus Dur pernah bertemu di Jakarta.")
    assert {"Susilo Bambang Yudhoyono", "Abdurrahman Wahid"} <= set(people)


def test_knowledge_base_never_adds_a_relation():
    rels = relations_in(
        "Presiden Filipina Bongbong Marcos bertemu Jokowi di Manila pada Senin.", "id"
    )
    assert any(p == "officialOf" and o == "Philippines" for _, p, o in rels)  # control
    assert not any(s == "Joko Widodo" and p == "officialOf" for s, p, _ in rels)


def test_a_namesake_of_a_notable_person_keeps_their_own_name():
    """The base knows "Duda" as Andrzej Duda; a story about a journalist named Marta Duda,
    who is then called "Duda", is not about him."""
    namesake = _labels(
        "Marta Duda, seorang jurnalis, tiba di Jakarta pada Senin. Duda kemudian "
        "mewawancarai warga."
    )
    assert "Marta Duda" in namesake
    assert "Andrzej Duda" not in namesake
    notable = _labels("Presiden Polandia tiba di Jakarta. Duda kemudian bertemu Prabowo.")
    assert "Andrzej Duda" in notable  # control: the surname alone is still the notable one


def test_a_name_with_its_word_of_address_read_into_the_title_is_still_known():
    # "Pak Harto" is a form the base holds whole; here the title walk took "Pak" (after a
    # comma), and the bare "Harto" names nobody alone: the word is read back onto the name
    people = _labels(
        "Presiden Soeharto membuka pameran di Garut pada Senin. Di sela KTT APEC, Pak Harto "
        "bertemu Bupati Garut Rizal Hakim."
    )
    assert "Harto" not in people
    assert any("Harto" in alt for alt in people["Suharto"])
    assert "Rizal Hakim" in people  # control
