"""A fronted clause of time that only names a known place ("Selama di Lima,", "While in Lima,")
says the person the clause opens with was there; a fronted "Di P," before a named person whose
office the text ties to another country says so too, whatever the clause goes on to tell; so
does a place set beside a person by a comma ("X, in Lima for talks, said").

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
            "Menteri Luar Negeri Chile Hendra Wibisono tiba di Peru pekan ini. Selama di Cusco, "
            "Wibisono juga berbincang dengan petani. Ketika di Trujillo, ia makan malam bersama "
            "para diplomat.",
            "id",
            {("Hendra Wibisono", "Cusco"), ("Hendra Wibisono", "Trujillo")},
        ),
        (
            "Chilean Foreign Minister Tom Dallas arrived in Peru this week. While in Cusco, "
            "Dallas also talked to farmers. While in Arequipa, he gave a speech on trade.",
            "en",
            {("Tom Dallas", "Cusco"), ("Tom Dallas", "Arequipa")},
        ),
    ],
)
def test_a_clause_of_time_with_a_place_puts_its_subject_there(text, lang, visits):
    rels = relations_in(text, lang)
    for person, place in visits:
        assert (person, "visited", place) in rels, (person, place)


@pytest.mark.parametrize(
    "text, lang, visitor, place",
    [
        (
            "Selama di penjara, Rizal Hakim menulis buku. Ketika di Quito terjadi kerusuhan, "
            "Gilang Permadi mengungsi. Selama di Cusco, Hendra Wibisono menulis surat.",
            "id",
            "Hendra Wibisono",
            "Cusco",
        ),
        (
            "When in Quito, the embassy staff greeted Oscar Lindgren. While in Cusco, Juan Perez "
            "wrote letters.",
            "en",
            "Juan Perez",
            "Cusco",
        ),
    ],
)
def test_no_visit_without_a_known_place_closing_the_clause(text, lang, visitor, place):
    """No known place ("penjara"), a place that does not close the clause ("Ketika di Quito
    terjadi ..."), or no person opening the clause after the comma: no visit."""
    rels = relations_in(text, lang)
    assert (visitor, "visited", place) in rels  # positive control
    assert not any(p == "visited" and o == "Quito" for _, p, o in rels)
    assert not any(s == "Rizal Hakim" and p == "visited" for s, p, _ in rels)


def test_a_fronted_place_puts_a_named_visitor_there_not_one_at_home():
    text = (
        "Menteri Luar Negeri Chile Hendra Wibisono tiba di Peru pekan ini. Di Lima, Wibisono "
        "meninjau pelabuhan. Di Santiago, Presiden Chile Rizal Hakim menyampaikan hal serupa. "
        "Di Quito, Gilang Permadi membuka pameran."
    )
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Rizal Hakim", "officialOf", "Chile") in rels  # positive control: the office is read
    assert ("Rizal Hakim", "visited", "Santiago") not in rels
    # no office given: he may live there
    assert ("Gilang Permadi", "visited", "Quito") not in rels


@pytest.mark.parametrize(
    "text, lang, visitor, place",
    [
        (
            "Chilean Foreign Minister Tom Dallas, in Lima for talks on trade, said the deal was "
            "close. Peruvian minister Juan Perez, in Lima on Monday, agreed. Karl Lindgren, in a "
            "statement, disagreed. Oscar Lindgren, in Quito on Monday, spoke.",
            "en",
            "Tom Dallas",
            "Lima",
        ),
        (
            "Menlu Chile Hendra Wibisono, di Lima untuk perundingan dagang, mengatakan kesepakatan "
            "sudah dekat. Menteri Peru Juan Perez, di Lima pada Senin, setuju. Oscar Lindgren, di "
            "Quito pada Senin, berbicara.",
            "id",
            "Hendra Wibisono",
            "Lima",
        ),
    ],
)
def test_a_place_beside_a_person_is_where_the_person_came(text, lang, visitor, place):
    """Without a purpose only one whose office lies in another country visited: the Peruvian
    minister in Lima is at home, and Oscar Lindgren's country is not given."""
    rels = relations_in(text, lang)
    assert (visitor, "visited", place) in rels
    assert ("Juan Perez", "visited", "Lima") not in rels
    assert ("Oscar Lindgren", "visited", "Quito") not in rels


@pytest.mark.parametrize(
    "text, lang, visitor, guest",
    [
        (
            "Di sela KTT APEC di Lima, Presiden Chile Hendra Wibisono menggelar pertemuan "
            "bilateral dengan Presiden Ekuador Rizal Hakim. Di sela pertemuan itu, Gilang "
            "Permadi bertemu Wulan Sasmita.",
            "id",
            "Hendra Wibisono",
            "Rizal Hakim",
        ),
        (
            "On the sidelines of the APEC summit in Lima, Chilean President Tom Dallas held "
            "talks with Ecuadorean President Oscar Lindgren. On the sidelines of the meeting, "
            "Juan Perez met Karl Lindgren.",
            "en",
            "Tom Dallas",
            "Oscar Lindgren",
        ),
    ],
)
def test_a_meeting_on_the_sidelines_of_an_event_in_a_place(text, lang, visitor, guest):
    """The event's place is the meeting's, for the guest from abroad too; an event placed
    nowhere puts no one anywhere."""
    rels = relations_in(text, lang)
    assert (visitor, "visited", "Lima") in rels
    assert (guest, "visited", "Lima") in rels
    later = [(s, o) for s, p, o in rels if p == "visited" and s not in (visitor, guest)]
    assert not later, later

