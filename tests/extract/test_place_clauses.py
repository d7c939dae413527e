"""Places a clause is about: a capital after a verb of visiting is the place itself, whether
or not the visit happened; one who attended an event in a clause about a place was there.

Sentences written for this test; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in, types_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Karl Lindgren met Juan Perez in Lima on Monday. Lindgren hopes to visit Kyiv before "
            "the winter, aides said. Moscow said the talks were useful.",
            "en",
        ),
        (
            "Hendra Wibisono bertemu Rizal Hakim di Lima, Senin. Hendra berharap dapat mengunjungi "
            "Kyiv sebelum musim dingin. Moskow menyebut pertemuan itu berguna.",
            "id",
        ),
    ],
)
def test_a_capital_right_after_a_visit_verb_is_no_metonym(text, lang):
    found = types_in(text, lang)
    assert found.get("Kyiv") == {"City"}
    # positive control: a capital never used as a place still stands for its country
    assert "Russia" in found and "Moscow" not in found and "Moskow" not in found


@pytest.mark.parametrize(
    "text, lang, person",
    [
        (
            "Karl Lindgren praised Quito, where he attended an energy forum last week. "
            "Oscar Lindgren praised Lima, where protesters attended a rally.",
            "en",
            ("Karl Lindgren", "Oscar Lindgren"),
        ),
        (
            "Hendra Wibisono memuji Quito, tempat ia menghadiri forum energi pekan lalu. Rizal "
            "Hakim memuji Lima, tempat para pengunjuk rasa menghadiri aksi.",
            "id",
            ("Hendra Wibisono", "Rizal Hakim"),
        ),
    ],
)
def test_one_who_attended_an_event_where_he_came_from_was_there(text, lang, person):
    rels = relations_in(text, lang)
    assert (person[0], "visited", "Quito") in rels
    # control: the "where" clause's own subject is someone else
    assert (person[1], "visited", "Lima") not in rels


@pytest.mark.parametrize(
    "text, lang, people",
    [
        (
            "On Friday in Quito, Karl Lindgren met trade minister Juan Perez to sign the deal. On "
            "Monday in Lima, Oscar Lindgren did not meet Tom Dallas.",
            "en",
            ("Karl Lindgren", "Oscar Lindgren"),
        ),
        (
            "Pekan lalu di Quito, Hendra Wibisono bertemu Presiden Rizal Hakim. Senin malam di "
            "Lima, Gilang Permadi tidak bertemu Wulan Sasmita.",
            "id",
            ("Hendra Wibisono", "Gilang Permadi"),
        ),
    ],
)
def test_a_place_fronted_after_a_time_phrase_is_where_the_event_was(text, lang, people):
    rels = relations_in(text, lang)
    assert (people[0], "visited", "Quito") in rels
    assert (people[1], "visited", "Lima") not in rels  # control: no event, no trip read


def test_a_capital_listed_with_towns_is_a_place():
    found = types_in(
        "Pameran itu akan berkeliling ke sejumlah kota, antara lain Lima, Medan, dan Bandung.",
        "id",
    )
    assert found.get("Lima") == {"City"}
    # control: capitals listed only with capitals stand for their governments
    found = types_in("Lima dan Santiago sepakat menambah penerbangan pekan ini.", "id")
    assert "Lima" not in found and "Peru" in found


def test_a_working_visit_gone_through_is_a_visit():
    rels = relations_in(
        "Presiden Hendra Wibisono, yang tengah menjalani kunjungan kerja di Cusco, menerima "
        "Wulan Sasmita. Rizal Hakim batal menjalani kunjungan kerja di Quito.",
        "id",
    )
    assert ("Hendra Wibisono", "met", "Wulan Sasmita") in rels  # the main clause
    assert ("Hendra Wibisono", "visited", "Cusco") in rels
    assert ("Rizal Hakim", "visited", "Quito") not in rels  # a cancelled one is none
