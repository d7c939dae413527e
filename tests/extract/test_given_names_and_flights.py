"""A person called by the first word of their name where the model misses it, a flight told
with "had flown into", and a state counsellor's office. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import relations_in, span_labels_in


def test_a_given_name_alone_is_the_person_named_in_full():
    text = (
        "Menteri Luar Negeri Chile Wulan Sasmita tiba di Quito pada Selasa. Di Lima, Wulan "
        "bertemu Presiden Peru Maria Perez. Wulan kemudian terbang ke Santiago."
    )
    rels = relations_in(text, "id")
    assert ("Maria Perez", "met", "Wulan Sasmita") in rels
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Wulan Sasmita", "visited", "Quito") in rels  # control


def test_a_first_word_two_people_share_is_nobodys_alone():
    text = (
        "Menteri Luar Negeri Chile Wulan Sasmita dan Duta Besar Wulan Permadi tiba di Quito "
        "pada Selasa. Di Lima, Wulan bertemu Presiden Peru Maria Perez. Wulan kemudian terbang "
        "ke Santiago."
    )
    spans = span_labels_in(text, "id")
    assert "Wulan" not in spans  # which of the two met her, the text does not say
    assert spans.get("Wulan Permadi") == "Person"  # control


def test_had_flown_into_a_capital_from_a_city():
    text = (
        "Peruvian President Tom Dallas had flown into the Chilean capital on Sunday from Quito, "
        "where he had opened a trade fair."
    )
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "visited", "Santiago") in rels
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Tom Dallas", "officialOf", "Peru") in rels  # control


def test_a_state_counsellor_holds_office_in_the_country():
    assert ("Maria Perez", "officialOf", "Peru") in relations_in(
        "Peru's State Counsellor Maria Perez opened the fair in Lima.", "en"
    )
    assert ("Maria Perez", "officialOf", "Peru") in relations_in(
        "Penasihat Negara Peru Maria Perez membuka pameran itu di Lima.", "id"
    )
