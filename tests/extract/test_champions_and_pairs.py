"""One who became champion somewhere competed there; a doubles pair written with a slash
("A/B") did it together, as "A dan B" do.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

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
