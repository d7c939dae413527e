"""Subjects of clauses inside a sentence (a verb after "usai/setelah" mid-sentence, a relative
clause closed by a comma before the main verb), two offices of one holder joined by
"sekaligus/merangkap", and teams named by their kind.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import borders_between, met_between, relations_in, types_in

pytestmark = pytest.mark.slow


def test_id_verb_after_a_mid_sentence_subordinator_has_the_main_subject():
    rels = relations_in(
        "Presiden Wulan Sasmita menyampaikan pernyataan itu seusai bertemu Menlu Maria Perez "
        "dan Jenderal Karl Lindgren.",
        "id",
    )
    assert met_between(rels, "Wulan Sasmita", "Maria Perez")
    assert met_between(rels, "Wulan Sasmita", "Karl Lindgren")
    # the object of the main verb is no subject: the two persons met were not met by each other
    assert not met_between(rels, "Maria Perez", "Karl Lindgren")


def test_en_participle_after_a_subordinator_keeps_the_main_subject():
    rels = relations_in("Tom Dallas spoke to reporters after meeting Karl Lindgren in Lima.", "en")
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert ("Tom Dallas", "visited", "Lima") in rels


def test_id_name_inside_a_closed_relative_clause_is_not_the_main_subject():
    rels = relations_in(
        "Tirta Lubis, yang datang dari Quito pada Minggu sesudah meresmikan pabrik milik "
        "Presiden Peru Juan Perez, kemudian berunding dengan Menlu Gilang Permadi.",
        "id",
    )
    assert met_between(rels, "Tirta Lubis", "Gilang Permadi")
    assert not met_between(rels, "Juan Perez", "Gilang Permadi")
    # positive control: the office inside the relative clause is still read
    assert ("Juan Perez", "officialOf", "Peru") in rels


def test_en_name_inside_a_closed_relative_clause_is_not_the_main_subject():
    rels = relations_in(
        "Tom Dallas, who opened a trade fair with President Karl Lindgren, later held "
        "talks with Juan Perez in Lima.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Juan Perez")
    assert not met_between(rels, "Karl Lindgren", "Juan Perez")


def test_id_two_offices_joined_by_sekaligus_are_both_held():
    rels = relations_in(
        "Wakil Presiden Filipina sekaligus Gubernur Manila Gilang Permadi menyerukan bantuan.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "Philippines") in rels
    assert ("Gilang Permadi", "officialOf", "Manila") in rels


def test_id_title_before_merangkap_is_read_through_to_the_name():
    rels = relations_in(
        "Menteri Pertahanan Peru merangkap Ketua Partai Golkar Tirta Lubis hadir dalam rapat.",
        "id",
    )
    assert ("Tirta Lubis", "officialOf", "Peru") in rels
    assert ("Tirta Lubis", "officialOf", "Golkar") in rels


def test_id_a_body_not_closing_a_title_gets_no_joined_office():
    rels = relations_in(
        "Presiden Hendra Wibisono menerima Menteri Pertahanan Peru Rizal Hakim di Lima.",
        "id",
    )
    # positive control: the nearest title's country is read
    assert ("Rizal Hakim", "officialOf", "Peru") in rels
    assert not any(s == "Rizal Hakim" and o == "Lima" for s, p, o in rels if p == "officialOf")


def test_id_team_named_by_its_kind_is_a_body_and_tim_alone_is_no_head():
    text = (
        "Sore itu Hendra Wibisono ditemani Ketua Tim Pemenangan Daerah (TPD) Rizal Hakim. "
        "Pengusaha Tim Lindgren bertemu Tirta Lubis di Lima."
    )
    types = types_in(text, "id")
    assert "Organization" in types.get("Tim Pemenangan Daerah", set())
    assert ("Rizal Hakim", "officialOf", "Tim Pemenangan Daerah") in relations_in(text, "id")
    assert "Person" in types.get("Tim Lindgren", set())


def test_id_fronted_companions_take_part_in_the_meeting():
    rels = relations_in(
        "Bersama Menteri Luar Negeri Peru Juan Perez dan Menlu Chile Tom Dallas, Menlu Tirta "
        "Lubis bertemu Menteri Luar Negeri Jepang Rizal Hakim di Lima.",
        "id",
    )
    assert met_between(rels, "Tirta Lubis", "Rizal Hakim")
    assert met_between(rels, "Juan Perez", "Rizal Hakim")
    assert met_between(rels, "Tom Dallas", "Rizal Hakim")


def test_fronted_companion_travels_with_the_subject_and_a_later_companion_word_does_not():
    rels = relations_in(
        "Accompanied by Foreign Minister Karl Lindgren, President Tom Dallas arrived in Lima on "
        "Monday. Juan Perez spoke with Oscar Lindgren together with reporters.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Lima") in rels
    assert ("Karl Lindgren", "visited", "Lima") in rels
    assert not any(s == "Juan Perez" and p == "visited" for s, p, _ in rels)


def test_id_title_reads_through_a_bracket_spelling_out_the_body():
    rels = relations_in(
        "Di posko itu Hendra Wibisono bertemu Kepala LPAT (Lembaga Pengelola Air Bersih "
        "Tokoria) Kolonel Karl Lindgren.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Karl Lindgren")


def test_en_co_leader_and_co_chair_are_offices_of_their_party():
    rels = relations_in(
        "Harbour Party co-leader Tirta Lubis spoke on Monday. The Pioneer Party co-chair, Karl "
        "Lindgren, agreed.",
        "en",
    )
    assert ("Tirta Lubis", "officialOf", "Harbour Party") in rels
    assert ("Karl Lindgren", "officialOf", "Pioneer Party") in rels


def test_id_bare_body_word_glued_to_a_titled_name_is_cut_off():
    types = types_in(
        "Ketua Mahkamah Lucas Lindgren membacakan putusan. Yayasan Budi Mulia menang.", "id"
    )
    assert "Person" in types.get("Lucas Lindgren", set())
    assert "Mahkamah Lucas Lindgren" not in types
    # positive control: a body's own name after its head, with no title before it, stays whole
    assert "Organization" in types.get("Yayasan Budi Mulia", set())


def test_id_initials_left_out_of_a_name_do_not_break_its_title():
    rels = relations_in(
        "Duta Besar RI untuk Peru HM Rizal Hakim sempat ke Cusco. Menteri Luar Negeri "
        "Brunei Dato' Seri Karl Lindgren hadir.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Indonesia") in rels
    assert ("Karl Lindgren", "officialOf", "Brunei") in rels


def test_en_thing_handed_to_a_named_person_is_a_meeting_and_a_sentence_is_not():
    rels = relations_in(
        "Prime Minister Tom Dallas handed a letter from his government to Foreign Secretary "
        "Karl Lindgren at the ministry in Lima. Judge Juan Perez handed a ten-year sentence "
        "to Oscar Lindgren, the former minister.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert not met_between(rels, "Juan Perez", "Oscar Lindgren")


def test_an_adverb_between_a_relative_pronoun_and_its_border_verb_keeps_the_head():
    rels = relations_in(
        "Peru, which itself borders Chile to the south, is large. Ecuador, which "
        "also has a border with Colombia, was discussed.",
        "en",
    )
    assert borders_between(rels, "Peru", "Chile")
    assert borders_between(rels, "Ecuador", "Colombia")


def test_id_shown_round_or_introduced_by_a_person_is_a_meeting_an_invitation_is_not():
    rels = relations_in(
        "Presiden Tom Dallas mengunjungi Museum Tekstil dan diajak berkeliling oleh Menteri "
        "Kebudayaan Rizal Hakim. Hendra Wibisono diajak ke Lima oleh Karl Lindgren.",
        "id",
    )
    assert met_between(rels, "Tom Dallas", "Rizal Hakim")
    assert not met_between(rels, "Hendra Wibisono", "Karl Lindgren")


def test_id_group_in_a_relative_clause_is_the_persons_the_copula_names():
    rels = relations_in(
        "Para pemimpin yang datang ke Quito pekan lalu adalah Perdana Menteri Peru Tom "
        "Dallas dan Perdana Menteri Chile Karl Lindgren. Kabar yang beredar di Lima adalah "
        "Hendra Wibisono akan mundur.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels
    # a relative clause on a noun that is no group of persons names nobody's visit
    assert ("Hendra Wibisono", "visited", "Lima") not in rels


def test_id_trip_told_without_a_verb_of_motion_and_a_plan_is_not():
    rels = relations_in(
        "Menteri Koordinator Rizal Hakim sudah lebih dulu ke Quito pada Selasa. Hendra "
        "Wibisono pernah ke Lima. Wulan Sasmita akan ke Quito pekan depan.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Quito") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Wulan Sasmita", "visited", "Quito") not in rels


def test_signers_of_an_agreement_were_where_they_signed_it():
    rels = relations_in(
        "Perjanjian itu ditandatangani Menteri Karl Lindgren dan Menteri Luar Negeri Peru Tom "
        "Dallas di Quito.",
        "id",
    )
    assert met_between(rels, "Karl Lindgren", "Tom Dallas")
    assert ("Tom Dallas", "visited", "Quito") in rels
    en = relations_in(
        "The accord was signed by Foreign Minister Karl Lindgren of Chile and Foreign Minister "
        "Tom Dallas of Peru in Quito on Monday.",
        "en",
    )
    assert met_between(en, "Karl Lindgren", "Tom Dallas")
    assert ("Karl Lindgren", "visited", "Quito") in en


def test_en_list_of_persons_each_with_a_country_after_the_name():
    rels = relations_in(
        "The leaders who arrived in Quito on Monday were Prime Minister Tom Dallas of Peru and "
        "President Karl Lindgren of Chile.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert ("Karl Lindgren", "officialOf", "Chile") in rels


def test_the_leader_of_a_delegation_acts_with_it():
    rels = relations_in(
        "Delegasi yang dipimpin Menteri Luar Negeri Tom Dallas bertemu Presiden Karl Lindgren "
        "di Quito. Pasukan yang dipimpin Jenderal Juan Perez tiba di Lima.",
        "id",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert ("Tom Dallas", "visited", "Quito") in rels
    # troops are no delegation: their commander is only named as whom they follow
    assert ("Juan Perez", "visited", "Lima") not in rels
    en = relations_in(
        "A delegation headed by Trade Minister Tom Dallas met President Karl Lindgren in Quito "
        "on Monday.",
        "en",
    )
    assert met_between(en, "Tom Dallas", "Karl Lindgren")


def test_en_a_comment_apposed_to_the_event_does_not_hedge_it():
    rels = relations_in(
        "On Tuesday, Peru's President Tom Dallas met Chile's Foreign Minister Karl Lindgren in "
        "Santiago, a meeting critics said could hurt the talks. Juan Perez would meet Oscar "
        "Lindgren in Lima, a trip officials described as routine.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    # the hedge before the trigger still holds
    assert not met_between(rels, "Juan Perez", "Oscar Lindgren")


def test_en_briefed_in_person_is_a_meeting_by_phone_is_not():
    rels = relations_in(
        "On Sunday Tom Dallas went on to Quito, where Governor Karl Lindgren briefed him on "
        "the relief work. Juan Perez briefed Oscar Lindgren by phone on the plan.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert not met_between(rels, "Juan Perez", "Oscar Lindgren")


def test_en_an_envoy_summoned_or_called_in_is_met():
    rels = relations_in(
        "Foreign Minister Tom Dallas called in Ambassador Karl Lindgren on Monday. Minister "
        "Juan Perez called Oscar Lindgren's remarks unhelpful.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")
    assert not met_between(rels, "Juan Perez", "Oscar Lindgren")


def test_en_apposed_titles_with_a_remit_and_the_taoiseach():
    rels = relations_in(
        "Ireland's taoiseach, Karl Lindgren, welcomed it. The EU special envoy for climate "
        "affairs, Tom Dallas, called the plan fair.",
        "en",
    )
    assert ("Karl Lindgren", "officialOf", "Ireland") in rels
    assert ("Tom Dallas", "officialOf", "European Union") in rels


def test_a_visit_to_a_place_by_a_person_named_after_it():
    rels = relations_in(
        "The talks come after a visit to Lima last week by Vice Marshal Tom Dallas, who "
        "carried a message.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Lima") in rels
    ind = relations_in(
        "Kunjungan ke Quito oleh Menteri Luar Negeri Karl Lindgren berlangsung singkat. Kunjungan "
        "ke Lima dibahas Hendra Wibisono.",
        "id",
    )
    assert ("Karl Lindgren", "visited", "Quito") in ind
    assert ("Hendra Wibisono", "visited", "Lima") not in ind


def test_en_fled_across_a_long_phrase_to_a_country():
    rels = relations_in(
        "The ruler, Sheikh Tom Dallas, fled with his aides over the mountains to Peru, "
        "Chilean diplomats said. Karl Lindgren fled the capital to avoid arrest in Chile.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Peru") in rels
    assert ("Tom Dallas", "visited", "Chile") not in rels  # a demonym before its noun
    assert ("Karl Lindgren", "visited", "Chile") not in rels
    shared = relations_in(
        "Juan Perez, the new trade minister, flew on Monday to the Peruvian and Chilean "
        "capitals.",
        "en",
    )
    assert ("Juan Perez", "visited", "Chile") in shared  # two demonyms sharing one noun


def test_an_origin_where_the_traveller_met_someone_is_visited_a_bare_origin_is_not():
    rels = relations_in(
        "Hendra Wibisono tiba di Quito dari Lima, tempat ia bertemu Presiden Peru Juan Perez.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    bare = relations_in("Tom Dallas arrived in Lima from Quito on Monday.", "en")
    assert ("Tom Dallas", "visited", "Lima") in bare
    assert ("Tom Dallas", "visited", "Quito") not in bare


def test_id_present_at_an_event_held_in_a_place_and_a_virtual_one_is_not():
    rels = relations_in(
        "Menteri Rizal Hakim juga hadir dalam upacara pelantikan di Lima. Hendra Wibisono hadir "
        "dalam rapat virtual dengan pejabat di Quito.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Quito") not in rels


def test_en_among_the_leaders_gathered_in_a_place():
    rels = relations_in(
        "Chancellor Tom Dallas of Peru and Prime Minister Karl Lindgren of Chile were among the "
        "dozen visiting leaders in Quito for the ceremony. Juan Perez was among the officials "
        "who criticised the plan in Lima.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert ("Juan Perez", "visited", "Lima") not in rels


def test_id_second_agent_of_a_passive_after_dan_oleh():
    rels = relations_in(
        "Hendra Wibisono disambut Presiden Peru Karl Lindgren di Lima dan oleh Presiden Ekuador "
        "Juan Perez di Quito.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Karl Lindgren")
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")
    assert ("Hendra Wibisono", "visited", "Quito") in rels
