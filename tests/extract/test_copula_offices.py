"""An office named by a copula right after the name ("X is the governor of Y", "X adalah
Gubernur Y", "X kini menjabat Ketua Y") is held now; a past, former or expected one is not.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, lang, offices",
    [
        (
            "Karl Lindgren is the governor of Cusco. Maria Perez is Peru's foreign minister.",
            "en",
            {("Karl Lindgren", "Cusco"), ("Maria Perez", "Peru")},
        ),
        (
            "Rizal Hakim adalah Gubernur Sumatera Utara. Gilang Permadi kini menjabat Ketua "
            "Partai Tokoria.",
            "id",
            {("Rizal Hakim", "North Sumatra"), ("Gilang Permadi", "Partai Tokoria")},
        ),
    ],
)
def test_an_office_after_a_copula_is_held(text, lang, offices):
    rels = relations_in(text, lang)
    for person, body in offices:
        assert (person, "officialOf", body) in rels, (person, body)


@pytest.mark.parametrize(
    "text, lang, holder, other",
    [
        (
            "Juan Perez is expected to become president of Peru. Oscar Lindgren is a former "
            "president of Chile. Tom Dallas is the governor of Lima.",
            "en",
            ("Tom Dallas", "Lima"),
            ["Juan Perez", "Oscar Lindgren"],
        ),
        (
            "Hendra Wibisono adalah mantan Presiden Peru. Wulan Sasmita adalah Gubernur "
            "Sumatera Utara.",
            "id",
            ("Wulan Sasmita", "North Sumatra"),
            ["Hendra Wibisono"],
        ),
    ],
)
def test_no_office_held_when_expected_or_former(text, lang, holder, other):
    rels = relations_in(text, lang)
    assert (holder[0], "officialOf", holder[1]) in rels  # positive control
    for person in other:
        assert not any(s == person and p == "officialOf" for s, p, _ in rels), person


def test_a_copula_after_a_comma_is_the_longer_subjects():
    """ "A, yang dikalahkan oleh B, adalah raja P": the name before the comma closes a clause
    inside the subject; the office is A's, not B's."""
    rels = relations_in(
        "Wulan Sasmita, yang dikalahkan oleh Gilang Permadi, adalah Gubernur Sumatera Utara. "
        "Rizal Hakim adalah Gubernur Jawa Barat.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "West Java") in rels  # positive control
    assert ("Gilang Permadi", "officialOf", "North Sumatra") not in rels
