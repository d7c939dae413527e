"""A request or a plan told by a second verb ("bertemu Y dan meminta dukungan", "arrived in P
and urged ...") is that verb's own, no hedge on the meeting or the trip before it; a medium
or a condition before the conjunction still is, and an English second verb shares the first
one's subject ("made a call on Y and held talks with Z"). A courtesy call is a visit, not a
telephone call; the guests present ("para undangan") are no invitation; a host who receives
an envoy's credentials from his hands met him; a letter inside a trigger's gap
("menyampaikan ucapan duka lewat surat kepada Y") is none. A meeting noun after a preposition
("during talks with Y") is the clause subject's; a pair named before their clause's verb met
where "saat bertemu di ..." says; a reason clause ("because he had to attend ...") keeps its
own modality; a thing handed over in person ("handed the trophy to Y") is a meeting, power
handed over is not; "bersilaturahmi dengan Y", "beraudiensi dengan Y" and "talks there with Y" are
meetings.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_request_by_a_second_verb_hedges_no_meeting_or_trip_id():
    rels = relations_in(
        "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di Lima dan meminta "
        "dukungan untuk pencalonan Peru. Menteri Rizal Hakim tiba di Quito dan mendesak "
        "pemerintah Ekuador membebaskan nelayan. Gilang Permadi bertemu Wulan Sasmita secara "
        "virtual dan membahas kerja sama.",
        "id",
    )
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")
    assert ("Rizal Hakim", "visited", "Quito") in rels
    assert not met_between(rels, "Gilang Permadi", "Wulan Sasmita")  # virtual, before "dan"


def test_a_request_by_a_second_verb_hedges_no_meeting_or_trip_en():
    rels = relations_in(
        "Peruvian President Juan Perez met Chilean President Oscar Lindgren in Lima and asked "
        "for support. Tom Dallas arrived in Quito and urged the government to free the "
        "fishermen. Karl Lindgren spoke with Maria Perez by video link and discussed trade.",
        "en",
    )
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert not met_between(rels, "Karl Lindgren", "Maria Perez")  # by video, before "and"


def test_a_plan_before_the_trigger_still_hedges_both_verbs():
    rels = relations_in(
        "Hendra Wibisono akan tiba di Medan jika cuaca baik dan meresmikan pabrik. Gilang "
        "Permadi tiba di Bandung dan meresmikan pabrik.",
        "id",
    )
    assert ("Gilang Permadi", "visited", "Bandung") in rels  # positive control
    assert ("Hendra Wibisono", "visited", "Medan") not in rels


def test_the_host_receiving_credentials_met_the_envoy():
    rels = relations_in(
        "Presiden Peru Wulan Sasmita menerima surat kepercayaan dari Duta Besar Chile Karl "
        "Lindgren di Istana Lima. Menteri Rizal Hakim mengirim surat kepada Menteri Luar Negeri "
        "Chile Oscar Lindgren.",
        "id",
    )
    assert met_between(rels, "Wulan Sasmita", "Karl Lindgren")
    assert not met_between(rels, "Rizal Hakim", "Oscar Lindgren")  # a letter sent


def test_a_courtesy_call_is_a_visit_and_a_second_verb_keeps_the_first_subject():
    rels = relations_in(
        "On Friday, Tom Dallas made a courtesy call on Governor Karl Lindgren in Lima and "
        "held talks with Maria Perez. Oscar Lindgren called Juan Perez on Monday.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    # "held talks" shares the subject of "paid", not the name nearest before it
    assert met_between(rels, "Tom Dallas", "Maria Perez")
    assert not met_between(rels, "Karl Lindgren", "Maria Perez")
    assert not met_between(rels, "Oscar Lindgren", "Juan Perez")  # a telephone call


def test_the_guests_present_are_no_invitation():
    rels = relations_in(
        "Usai menandatangani dokumen, Rizal Hakim dan Gilang Permadi berjabat tangan di depan "
        "para undangan. Wulan Sasmita mengundang Hendra Wibisono untuk bertemu.",
        "id",
    )
    assert met_between(rels, "Rizal Hakim", "Gilang Permadi")
    assert not met_between(rels, "Wulan Sasmita", "Hendra Wibisono")  # only invited


def test_a_letter_inside_a_trigger_s_gap_is_no_meeting():
    rels = relations_in(
        "Perdana Menteri Chile Oscar Lindgren menyampaikan ucapan duka lewat surat kepada "
        "Juan Perez. Menteri Rizal Hakim menyampaikan ucapan selamat kepada Gilang Permadi di "
        "Lima.",
        "id",
    )
    assert met_between(rels, "Rizal Hakim", "Gilang Permadi")  # positive control
    assert not met_between(rels, "Oscar Lindgren", "Juan Perez")


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Tom Dallas raised the issue during talks with Peruvian President Juan Perez in Lima.",
            "en",
        ),
        (
            "Tom Dallas menyinggung isu itu dalam pertemuan dengan Presiden Peru Juan Perez di "
            "Lima.",
            "id",
        ),
    ],
)
def test_a_meeting_noun_after_a_preposition_is_the_clause_subject_s(text, lang):
    rels = relations_in(text, lang)
    assert met_between(rels, "Tom Dallas", "Juan Perez")
    assert ("Tom Dallas", "visited", "Lima") in rels


def test_a_pair_met_where_the_verb_after_their_clause_says():
    rels = relations_in(
        "Pada November lalu, Presiden Chile Oscar Lindgren dan Presiden Peru Juan Perez sempat "
        "membicarakan kerja sama dagang saat bertemu dalam forum APEC di Santiago.",
        "id",
    )
    assert met_between(rels, "Oscar Lindgren", "Juan Perez")
    assert ("Juan Perez", "visited", "Santiago") in rels
    assert ("Oscar Lindgren", "visited", "Santiago") not in rels  # at home in Chile
    rels = relations_in(
        "Kunjungan ini menindaklanjuti janji Perdana Menteri Peru Juan Perez dan Presiden "
        "Chile Oscar Lindgren ketika keduanya bertemu dalam forum APEC di Quito pekan lalu.",
        "id",
    )
    assert ("Juan Perez", "visited", "Quito") in rels  # "keduanya" between subordinator and verb
    assert ("Oscar Lindgren", "visited", "Quito") in rels


def test_a_reason_clause_keeps_its_own_modality():
    rels = relations_in(
        "Peruvian President Juan Perez cancelled his trip to Lima because he had to attend a "
        "party congress in Santiago.",
        "en",
    )
    assert ("Juan Perez", "visited", "Santiago") in rels
    assert ("Juan Perez", "visited", "Lima") not in rels  # the cancelled trip


def test_a_thing_handed_over_in_person_is_a_meeting_but_power_is_not():
    rels = relations_in(
        "FIFA President Tom Dallas handed the cup to Peru captain Karl Lindgren. The "
        "outgoing leader Oscar Lindgren handed power to Maria Perez in 2019.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert not met_between(rels, "Oscar Lindgren", "Maria Perez")


def test_more_ways_of_meeting():
    id_ = relations_in(
        "Rizal Hakim dijadwalkan bertandang ke Medan pada Sabtu untuk bersilaturahmi dengan "
        "Gilang Permadi. Wulan Sasmita beraudiensi dengan Presiden Peru Juan Perez di Lima.",
        "id",
    )
    assert met_between(id_, "Rizal Hakim", "Gilang Permadi")
    assert met_between(id_, "Wulan Sasmita", "Juan Perez")
    en = relations_in(
        "Tom Dallas flew to Lima for a trade forum and on Monday had talks there "
        "with his Peruvian counterpart, Foreign Minister Juan Perez.",
        "en",
    )
    assert met_between(en, "Tom Dallas", "Juan Perez")


def test_a_sentence_handed_down_is_no_meeting():
    rels = relations_in(
        "Judge Karl Lindgren, in a crowded courtroom, handed a similar prison sentence "
        "to Tom Dallas. Oscar Lindgren handed the award to Maria Perez.",
        "en",
    )
    assert met_between(rels, "Oscar Lindgren", "Maria Perez")  # positive control
    assert not met_between(rels, "Karl Lindgren", "Tom Dallas")


def test_a_pair_a_pronoun_takes_from_an_earlier_sentence_keeps_its_venue_unread():
    rels = relations_in(
        "Oscar Lindgren flew into Lima on Tuesday and was greeted on arrival by Finance "
        "Secretary Maria Perez and Governor Tom Dallas. The meeting at the estate in Cusco was "
        "the first for the two men since they met in the Chilean city of Santiago a year "
        "ago.",
        "en",
    )
    assert ("Oscar Lindgren", "visited", "Lima") in rels  # positive control
    assert ("Maria Perez", "visited", "Santiago") not in rels
    assert ("Tom Dallas", "visited", "Santiago") not in rels
