"""Kinds of missing edge found by reading kg's errors on the dev sets in stop 35, each on
sentences written for the tests (no article's names or sentences), each with a positive
control in the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def test_an_unofficial_visit_is_a_visit_and_a_negated_one_is_not():
    rels = relations_in(
        "Perdana Menteri Louis Marchand melakukan kunjungan tidak resmi ke Hanoi pada Senin. "
        "Ia tidak melakukan kunjungan ke Manila.",
        "id",
    )
    assert ("Louis Marchand", "visited", "Hanoi") in rels
    assert ("Louis Marchand", "visited", "Manila") not in rels  # the negation still counts


def test_not_long_after_is_no_negation():
    rels = relations_in(
        "Not long after landing in Lima, President Louis Marchand met President Hendra "
        "Wirawan. President Marchand did not travel to Quito.",
        "en",
    )
    assert ("Louis Marchand", "visited", "Lima") in rels
    assert ("Louis Marchand", "visited", "Quito") not in rels  # the negation still counts


def test_a_company_title_is_not_part_of_the_company_name():
    rels = relations_in(
        "Chairman Lintas Samudra Group Andi Wirawan tiba di Surabaya pada Senin.", "id"
    )
    assert ("Andi Wirawan", "visited", "Surabaya") in rels  # control
    assert ("Andi Wirawan", "officialOf", "Lintas Samudra Group") in rels
    assert not any(o.startswith("Chairman") for _, _, o in rels)
