"""One who swears a named person into office meets him; a counterpart (or a country's person)
joined by "and" to a person before a reciprocal verb is the other party of the meeting;
persons who attended an event together were all there.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, lang, pairs",
    [
        (
            "Pada Senin pagi, Presiden Hendra Wibisono melantik Rizal Hakim dan dua menteri baru. "
            "Gilang Permadi dilantik oleh Ketua MPR Wulan Sasmita pada Selasa.",
            "id",
            [("Hendra Wibisono", "Rizal Hakim"), ("Gilang Permadi", "Wulan Sasmita")],
        ),
        (
            "President Juan Perez swore in Oscar Lindgren as governor on Monday. Tom Dallas "
            "was sworn in as mayor by Maria Perez. Later Maria Perez administered the oath to "
            "Karl Lindgren in Quito.",
            "en",
            [("Juan Perez", "Oscar Lindgren"), ("Tom Dallas", "Maria Perez")]
            + [("Maria Perez", "Karl Lindgren")],
        ),
    ],
)
def test_one_who_swears_a_named_person_in_meets_him(text, lang, pairs):
    rels = relations_in(text, lang)
    for a, b in pairs:
        assert met_between(rels, a, b), (a, b)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Presiden Hendra Wibisono juga melantik para menteri. Kepala Badan Pangan Nasional "
         "Gilang Permadi hadir. Rizal Hakim dilantik sebagai Kepala Badan Pangan Nasional pada "
         "Senin, lalu bertemu Wulan Sasmita.", "id"),
    ],
)
def test_no_named_person_sworn_in_means_no_meeting(text, lang):
    rels = relations_in(text, lang)
    assert met_between(rels, "Rizal Hakim", "Wulan Sasmita")  # positive control
    assert not met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    # the office taken ("sebagai <title>") names no one who swore him in
    assert not met_between(rels, "Gilang Permadi", "Rizal Hakim")


def test_no_named_person_sworn_in_means_no_meeting_in_english():
    rels = relations_in(
        "President Juan Perez also swore in the ministers. Karl Lindgren was sworn in on "
        "Monday and then met Maria Perez in Lima.",
        "en",
    )
    assert met_between(rels, "Karl Lindgren", "Maria Perez")  # positive control
    assert not met_between(rels, "Juan Perez", "Karl Lindgren")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Peruvian envoy Karl Lindgren and his Chilean counterpart, Oscar Lindgren, met in Quito "
         "on Monday to discuss tariffs. Tom Dallas stayed in Lima.", "en"),
        ("Utusan Peru Hendra Wibisono dan mitranya dari Chile, Rizal Hakim, bertemu di Quito "
         "pada Senin untuk membahas tarif. Gilang Permadi tetap di Lima.", "id"),
    ],
)
def test_a_counterpart_apposed_after_and_is_the_other_party(text, lang):
    rels = relations_in(text, lang)
    first, second, third = (
        ("Karl Lindgren", "Oscar Lindgren", "Tom Dallas")
        if lang == "en"
        else ("Hendra Wibisono", "Rizal Hakim", "Gilang Permadi")
    )
    assert met_between(rels, first, second)
    assert not met_between(rels, first, third)  # control: a person outside the pair


def test_persons_attending_an_event_together_were_all_there():
    rels = relations_in(
        "Gilang Permadi dan Wulan Sasmita menghadiri pertemuan para menteri di Quito.", "id"
    )
    assert ("Gilang Permadi", "visited", "Quito") in rels
    assert ("Wulan Sasmita", "visited", "Quito") in rels
    # attending a meeting of others is no meeting of the pair
    assert not met_between(rels, "Gilang Permadi", "Wulan Sasmita")


def test_a_countrys_person_joined_by_and_is_the_other_party():
    rels = relations_in(
        "Chile's Oscar Lindgren and Ecuador's Karl Lindgren shook hands in Quito on Tuesday.", "en"
    )
    assert met_between(rels, "Oscar Lindgren", "Karl Lindgren")


def test_a_host_of_a_named_guest_meets_him():
    rels = relations_in(
        "Presiden Peru Rizal Hakim menjadi tuan rumah bagi Menlu Chile Hendra Wibisono di "
        "Lima, Senin. Sebelumnya Gilang Permadi menjadi tuan rumah KTT Andes di Quito.",
        "id",
    )
    assert met_between(rels, "Rizal Hakim", "Hendra Wibisono")
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    # control: hosting a summit names no guest
    assert not any(p == "met" and "Gilang Permadi" in (s, o) for s, p, o in rels)
