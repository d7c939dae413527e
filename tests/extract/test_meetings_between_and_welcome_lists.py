"""A meeting noun with its parties after "between"/"antara": who came to its place, and that
the noun is no verb of a subject from an earlier sentence; welcome lists whose last host has
a long apposed title; whoever came with a welcomed guest; a university's rector. Each with a
control in its text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, span_labels_in


def test_talks_in_a_place_between_two_visitors():
    rels = relations_in(
        "Harga saham naik. Pertemuan di Lima antara Presiden Indonesia Rizal Hakim dan "
        "Presiden Peru Oscar Lindgren berlangsung tertutup.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Oscar Lindgren", "visited", "Lima") not in rels  # at home
    assert met_between(rels, "Rizal Hakim", "Oscar Lindgren")  # control


def test_a_party_whose_title_names_no_country_may_be_the_host():
    rels = relations_in(
        "Harga saham naik. Hasil itu diperoleh lewat pertemuan antara Menteri Koordinator "
        "Hendra Wibisono dan Kepala Negosiator Perbatasan Peru Juan Perez di kantor "
        "kementerian, Jakarta, Senin.",
        "id",
    )
    assert ("Juan Perez", "visited", "Jakarta") in rels
    assert ("Hendra Wibisono", "visited", "Jakarta") not in rels
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")  # control


def test_a_meeting_between_two_is_not_an_earlier_pairs_meeting():
    rels = relations_in(
        "An accord came after talks in Quito between Chilean Foreign Minister Karl "
        "Lindgren and Peruvian Trade Minister Rizal Hakim. A meeting between President "
        "Hendra Wibisono and Prime Minister Juan Perez in Lima ended without a deal.",
        "en",
    )
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")  # control
    assert met_between(rels, "Karl Lindgren", "Rizal Hakim")  # control
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert not met_between(rels, "Hendra Wibisono", "Karl Lindgren")
    assert not met_between(rels, "Juan Perez", "Rizal Hakim")


def test_among_others_after_a_meeting_verb_is_a_list_not_a_pair():
    rels = relations_in(
        "Harga saham naik. Di sela KTT, Presiden Hendra Wibisono akan bertemu beberapa "
        "kepala negara, antara lain Presiden Peru Tom Dallas.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Tom Dallas")


def test_a_welcome_list_whose_last_host_has_an_apposed_title():
    rels = relations_in(
        "Harga saham naik. Hendra Wibisono tiba di Lima. Di bandara ia disambut Menteri "
        "Gilang Permadi serta Duta Besar Peru untuk Indonesia, Juan Perez.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Juan Perez")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")  # control


def test_who_came_with_a_welcomed_guest_was_welcomed_too():
    rels = relations_in(
        "Harga saham naik. Presiden Oscar Lindgren bersama Ibu Negara Maria Perez disambut "
        "Gubernur Lima Karl Lindgren di bandara.",
        "id",
    )
    assert met_between(rels, "Karl Lindgren", "Maria Perez")
    assert met_between(rels, "Karl Lindgren", "Oscar Lindgren")  # control


def test_a_rector_holds_an_office_of_the_university():
    rels = relations_in(
        "Harga saham naik. Rektor Universitas Tokoria Rizal Hakim hadir. Wakil Rektor "
        "Universitas Garut Hendra Wibisono juga datang, bersama Presiden Peru Tom Dallas.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Universitas Tokoria") in rels
    assert ("Hendra Wibisono", "officialOf", "Universitas Garut") in rels
    assert ("Tom Dallas", "officialOf", "Peru") in rels  # control


def test_a_relative_named_by_whose_relative_they_are_is_not_that_person():
    rels = relations_in(
        "Harga saham naik. Wakil Gubernur Jawa Barat Rizal Hakim tiba di Garut pada Sabtu. "
        "Setibanya di Garut, putra pengusaha Hendra Wibisono itu disambut Bupati Garut Wulan "
        "Sasmita. Setibanya di Bandung, Gilang Permadi disambut Bupati Garut Wulan Sasmita.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Garut Regency") not in rels
    assert not met_between(rels, "Hendra Wibisono", "Wulan Sasmita")
    assert met_between(rels, "Gilang Permadi", "Wulan Sasmita")  # control
    assert ("Gilang Permadi", "visited", "Bandung") in rels  # control


def test_offices_after_sebagai_in_a_list_go_to_the_name_before_each():
    rels = relations_in(
        "Harga saham naik. Ketiganya adalah Gilang Permadi sebagai Pj Gubernur Jawa Barat, "
        "Wulan Sasmita sebagai Pj Gubernur Jawa Tengah, dan Rizal Hakim sebagai Pj Gubernur "
        "Jawa Timur.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "West Java") in rels
    assert ("Wulan Sasmita", "officialOf", "Central Java") in rels
    assert ("Wulan Sasmita", "officialOf", "West Java") not in rels
    assert ("Rizal Hakim", "officialOf", "East Java") in rels  # control


def test_a_possessive_opening_a_sentence_keeps_its_person_the_subject():
    rels = relations_in(
        "Prime Minister Tom Dallas arrived in Brussels on Thursday. His late-night "
        "negotiations with Karl Lindgren, the Chilean president, and the Peruvian leader, "
        "Oscar Lindgren, broke down. Later he met Prime Minister Juan Perez.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Juan Perez")
    assert not met_between(rels, "Oscar Lindgren", "Juan Perez")
    assert ("Tom Dallas", "visited", "Brussels") in rels  # control


def test_a_hyphenated_rank_is_no_name_word():
    text = (
        "Prime Minister Tom Dallas arrived in Lima on Thursday. Later he met acting Prime "
        "Minister Lt-Gen Juan Perez. Trade Minister Brig-Gen Rizal Hakim joined them."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Tom Dallas", "Juan Perez")
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    spans = span_labels_in(text, "en")
    assert spans.get("Rizal Hakim") == "Person"
    assert "Brig-Gen Rizal Hakim" not in spans


def test_a_rank_s_service_is_not_the_office_s_body():
    rels = relations_in(
        "Harga saham naik. Presiden didampingi Kepala Badan Pusat Statistik (BPS) Letjen "
        "TNI Hendra Wibisono. Panglima TNI Jenderal Gilang Permadi hadir.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Statistics Indonesia") in rels
    assert ("Hendra Wibisono", "officialOf", "Indonesian National Armed Forces") not in rels
    assert ("Gilang Permadi", "officialOf", "Indonesian National Armed Forces") in rels  # control


def test_a_visit_noun_before_a_verb_takes_no_body_after_it_as_visitor():
    rels = relations_in(
        "Harga saham naik. Presiden Hendra Wibisono tiba di Lima. Rangkaian lawatan diakhiri "
        "dengan menghadiri KTT APEC di Quito. Kunjungan kerja Menteri Rizal Hakim ke Garut "
        "berlangsung lancar.",
        "id",
    )
    assert not [s for s, p, o in rels if p == "visited" and o == "Quito"]
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels  # control


def test_a_reported_clause_s_subject_meets_not_the_speaker():
    rels = relations_in(
        "Foreign Minister Karl Lindgren said Tom Dallas was set to meet House Speaker Wulan "
        "Sasmita on Monday before leaving for Santiago.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Wulan Sasmita")
    assert not met_between(rels, "Karl Lindgren", "Wulan Sasmita")
    assert ("Tom Dallas", "visited", "Santiago") in rels
    assert ("Wulan Sasmita", "visited", "Santiago") not in rels


def test_a_place_after_a_relative_clause_on_the_thing_visited():
    rels = relations_in(
        "Harga saham naik. Presiden Hendra Wibisono meninjau sawah yang terendam banjir di "
        "Kabupaten Garut, Jawa Barat, Selasa. Ia lalu bertemu warga yang tinggal di Bandung.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels
    assert ("Hendra Wibisono", "visited", "West Java") in rels
    assert ("Hendra Wibisono", "visited", "Bandung") not in rels  # where they live


def test_an_audience_with_a_king_is_a_meeting():
    rels = relations_in(
        "Peruvian President Tom Dallas arrived in Kuala Lumpur on Monday. Earlier in the day, "
        "he was granted an audience with King Oscar Lindgren at the palace.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Oscar Lindgren")
    assert ("Tom Dallas", "visited", "Kuala Lumpur") in rels  # control


def test_his_visit_to_a_place_is_the_visit_of_the_person_the_text_is_about():
    rels = relations_in(
        "Tom Dallas arrived in Lima on Sunday. The stop is his second visit to Peru this year. "
        "His visit to Quito was cancelled.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Peru") in rels
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control


def test_who_came_along_to_an_inspection_was_there_too():
    rels = relations_in(
        "Harga saham naik. Presiden Hendra Wibisono meninjau lokasi kebakaran di Kabupaten "
        "Garut bersama Panglima TNI Marsekal Rizal Hakim dan Kapolri Jenderal Gilang Permadi. "
        "Wulan Sasmita bersama Juan Perez meninjau banjir di Bandung. Menteri Tom Dallas "
        "menghadiri rapat pembicaraan bersama Oscar Lindgren di Medan.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels
    assert ("Gilang Permadi", "visited", "Garut Regency") in rels
    assert ("Juan Perez", "visited", "Bandung") in rels
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_a_companion_at_home_visits_nothing():
    rels = relations_in(
        "Harga saham naik. Presiden Hendra Wibisono bersama Presiden Chile Karl Lindgren "
        "resmi membuka pameran di Santiago, Chile.",
        "id",
    )
    assert ("Karl Lindgren", "visited", "Santiago") not in rels
    assert ("Hendra Wibisono", "visited", "Santiago") in rels  # control


def test_his_tour_is_the_clause_subject_s_not_a_name_in_between():
    rels = relations_in(
        "Tom Dallas heads to Quito on Monday for a working lunch with Karl Lindgren at the "
        "palace, and closes his tour in Lima on Tuesday.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Lima") in rels
    assert ("Karl Lindgren", "visited", "Lima") not in rels
    assert ("Tom Dallas", "visited", "Quito") in rels  # control
