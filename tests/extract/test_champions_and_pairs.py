"""One who became champion somewhere competed there; a doubles pair written with a slash
("A/B") did it together, as "A dan B" do; a joint press conference is a meeting of its pair.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, lang, visits",
    [
        (
            "Ganda putra Hendra Wibisono/Rizal Hakim menjadi juara dunia di Lima, Minggu.",
            "id",
            {("Hendra Wibisono", "Lima"), ("Rizal Hakim", "Lima")},
        ),
        (
            "Tom Dallas became world champion in Quito on Sunday.",
            "en",
            {("Tom Dallas", "Quito")},
        ),
    ],
)
def test_a_champion_competed_where_the_title_was_won(text, lang, visits):
    rels = relations_in(text, lang)
    for person, place in visits:
        assert (person, "visited", place) in rels, (person, place)


def test_a_title_without_a_place_and_a_spaced_slash_give_no_visit():
    rels = relations_in(
        "Gilang Permadi menjadi juara pertama dari Peru. Tim Juan Perez / Karl Lindgren "
        "menjadi juara di Medan.",
        "id",
    )
    assert ("Karl Lindgren", "visited", "Medan") in rels  # positive control
    assert not any(s == "Gilang Permadi" and p == "visited" for s, p, _ in rels)
    assert ("Juan Perez", "visited", "Medan") not in rels


@pytest.mark.parametrize(
    "text, lang, pairs",
    [
        (
            "Presiden Chile Hendra Wibisono dan Perdana Menteri Peru Gilang Permadi menggelar "
            "jumpa pers bersama di Lima. Wibisono juga menggelar konferensi pers bersama Rizal "
            "Hakim.",
            "id",
            [("Hendra Wibisono", "Gilang Permadi"), ("Hendra Wibisono", "Rizal Hakim")],
        ),
        (
            "Chilean President Tom Dallas and Peruvian Prime Minister Oscar Lindgren held a joint "
            "news conference in Lima. Later Dallas gave a joint press conference with Juan Perez.",
            "en",
            [("Tom Dallas", "Oscar Lindgren"), ("Tom Dallas", "Juan Perez")],
        ),
    ],
)
def test_a_joint_press_conference_is_a_meeting_of_its_pair(text, lang, pairs):
    rels = relations_in(text, lang)
    for a, b in pairs:
        assert met_between(rels, a, b), (a, b)


def test_a_press_conference_alone_is_no_meeting():
    rels = relations_in(
        "Hendra Wibisono menggelar jumpa pers di Lima bersama wartawan. Rizal Hakim, yang "
        "hadir, bertemu Gilang Permadi.",
        "id",
    )
    assert met_between(rels, "Rizal Hakim", "Gilang Permadi")  # positive control
    assert not any(p == "met" and "Hendra Wibisono" in (s, o) for s, p, o in rels)
