"""Stop 24 (issue 9): lists of three or more who meet each other, offices after a comma and a
linking relative clause, military ranks before an apposed name, scheduled arrivals ("was due
in P"), pairs who shook hands or held a conversation, and a host at home beside a meeting's
place.

Sentences written for the tests (invented names, or public figures in invented sentences; no
evaluation article's names or sentences). Every test of an absence has a positive control in
the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "names", "place"),
    [
        (
            "Tomas Herrera, Clara Vidal and Rafael Soto met in Lisbon on Tuesday.",
            "en",
            ("Tomas Herrera", "Clara Vidal", "Rafael Soto"),
            "Lisbon",
        ),
        (
            "Tomas Herrera, Clara Vidal, and Rafael Soto meet in Lisbon.",
            "en",
            ("Tomas Herrera", "Clara Vidal", "Rafael Soto"),
            "Lisbon",
        ),
        (
            "Budi Santoso, Rina Wulandari, dan Agus Pratama bertemu di Surabaya pada Senin.",
            "id",
            ("Budi Santoso", "Rina Wulandari", "Agus Pratama"),
            "Surabaya",
        ),
    ],
)
def test_a_list_that_meets_meets_each_with_each(text, lang, names, place):
    rels = relations_in(text, lang)
    for k, a in enumerate(names):
        assert (a, "visited", place) in rels
        for b in names[k + 1 :]:
            assert met_between(rels, a, b), (a, b)


def test_a_pair_before_a_reciprocal_verb_is_still_one_pair():
    rels = relations_in("Tomas Herrera said Clara Vidal and Rafael Soto met in Lisbon.", "en")
    assert met_between(rels, "Clara Vidal", "Rafael Soto")  # control
    assert not met_between(rels, "Tomas Herrera", "Clara Vidal")
    assert not met_between(rels, "Tomas Herrera", "Rafael Soto")


def test_office_after_a_comma_and_a_relative_link():
    rels = relations_in(
        "Tomas Herrera, who is also president of UNICEF, was detained. Clara Vidal, who is "
        "the prime minister of Portugal, arrived. Rafael Soto, who was president of UNICEF, "
        "left.",
        "en",
    )
    assert ("Tomas Herrera", "officialOf", "UNICEF") in rels
    assert ("Clara Vidal", "officialOf", "Portugal") in rels
    assert ("Rafael Soto", "officialOf", "UNICEF") not in rels  # a past office


def test_military_rank_between_an_apposed_title_and_the_name():
    rels = relations_in(
        "Chile's army spokesman, Lieutenant General Tomas Herrera, said the talks went well. "
        "Peru's Defence Minister, Rear Admiral Clara Vidal, agreed.",
        "en",
    )
    assert ("Tomas Herrera", "officialOf", "Chile") in rels
    assert ("Clara Vidal", "officialOf", "Peru") in rels


def test_scheduled_arrival_with_due_in():
    rels = relations_in(
        "Foreign Minister Clara Vidal was due in Lima on Thursday. The verdict on Tomas "
        "Herrera is due in March. Rafael Soto is expected in Quito.",
        "en",
    )
    assert ("Clara Vidal", "visited", "Lima") in rels  # control
    assert not any(p == "visited" and s in ("Tomas Herrera", "Rafael Soto") for s, p, _ in rels)


def test_pair_that_shook_hands_or_held_a_conversation():
    rels = relations_in(
        "Tomas Herrera and Clara Vidal shook hands in Lisbon. Rafael Soto and Ana Paredes "
        "held a brief conversation on the sidelines. Marta Ruiz shook hands and left.",
        "en",
    )
    assert met_between(rels, "Tomas Herrera", "Clara Vidal")
    assert met_between(rels, "Rafael Soto", "Ana Paredes")
    assert not any(p == "met" and "Marta Ruiz" in (s, o) for s, p, o in rels)


def test_a_leader_meeting_in_his_own_country_visits_nothing():
    rels = relations_in(
        "Portugal's President Tomas Herrera and Chile's President Clara Vidal met in Lisbon "
        "on Monday.",
        "en",
    )
    assert met_between(rels, "Tomas Herrera", "Clara Vidal")  # control
    assert ("Clara Vidal", "visited", "Lisbon") in rels  # the guest
    assert ("Tomas Herrera", "visited", "Lisbon") not in rels  # at home


def test_office_linked_by_serving_as():
    rels = relations_in(
        "Patrick Wijaya akan menjabat sebagai Presiden Gojek. Rina Wulandari, yang kini "
        "menjabat sebagai Ketua Umum Partai Golkar, hadir. Agus Pratama yang pernah menjabat "
        "sebagai Ketua Umum Partai Golkar hadir.",
        "id",
    )
    assert ("Patrick Wijaya", "officialOf", "Gojek") in rels
    assert ("Rina Wulandari", "officialOf", "Golkar") in rels  # the graph's canonical label
    assert ("Agus Pratama", "officialOf", "Golkar") not in rels  # a past office
    en = relations_in("Clara Vidal, who serves as president of UNICEF, arrived.", "en")
    assert ("Clara Vidal", "officialOf", "UNICEF") in en


def _span(text: str, name: str, label: str):
    """The entity span ``name`` of ``text`` as the NER might give it."""
    import spacy

    doc = spacy.blank("en")(text)
    at = text.index(name)
    return doc.char_span(at, at + len(name), label=label, alignment_mode="expand")


def test_two_known_names_joined_by_a_hyphen_are_no_entity():
    from kg.extract.mentions import _pair_compound

    assert _pair_compound(_span("the Portugal-Chile summit", "Portugal-Chile", "Place"))
    assert _pair_compound(_span("the U.S.-North Korea talks", "U.S.-North Korea", "Place"))
    one_name = _span("flew to Guinea-Bissau", "Guinea-Bissau", "Country")
    assert not _pair_compound(one_name)
    assert not _pair_compound(_span("troops of Pasukan-Polri", "Pasukan-Polri", "Organization"))


def test_a_comma_list_read_as_one_name_is_split_or_dropped():
    from kg.extract.mentions import _split_list

    ent = _span("as Herrera, Vidal meet", "Herrera, Vidal", "Organization")
    items = _split_list(ent, frozenset({"Herrera", "Vidal"}))
    assert [(e.text, e.label_) for e in items] == [("Herrera", "Person"), ("Vidal", "Person")]
    assert _split_list(ent, frozenset({"Herrera"})) == []  # an item no one names: dropped
    whole = _span("as Tomas Herrera meets", "Tomas Herrera", "Person")
    assert _split_list(whole, frozenset()) == [whole]  # control: no comma, kept
