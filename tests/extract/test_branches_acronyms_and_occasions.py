"""A body's branch seat after its name, a body's name spelled out by its bracketed acronym,
commanders of bodies, ranks that open a body's name, regional branches of national bodies,
meetings with their chairs, attendees and co-chairs, envoys to several countries, presence
told by a sentence-opening verb ("Hadir pula ..."), tours ("bersafari ke"), and summits that no
one holds office in. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_a_country_after_an_international_body_is_its_branch_seat():
    rels = relations_in(
        "Amnesty International Malaysia executive director Tom Dallas criticised the plan. "
        "Karl Lindgren agreed.",
        "en",
    )
    assert ("Tom Dallas", "officialOf", "Amnesty International") in rels
    assert ("Tom Dallas", "officialOf", "Malaysia") not in rels
    # control: a country after a body of its own is the country the body serves
    rels = relations_in("Ketua Dewan Nasional Peru Rizal Hakim hadir.", "id")
    assert ("Rizal Hakim", "officialOf", "Peru") in rels


def test_a_name_its_bracketed_acronym_spells_is_one_body():
    text = (
        "Wulan Sasmita, yang juga Ketua Perhimpunan Pedagang Pasar Tradisional (PPPT) Medan, "
        "menyebut omzet turun. Hendra Wibisono Santoso (HWS) hadir di Garut."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert types.get("Perhimpunan Pedagang Pasar Tradisional") == {"Organization"}
    assert ("Wulan Sasmita", "officialOf", "Perhimpunan Pedagang Pasar Tradisional") in rels
    # control: a person's initials in brackets leave the person a person
    assert types.get("Hendra Wibisono Santoso") == {"Person"}
    assert ("Hendra Wibisono Santoso", "visited", "Garut Regency") in rels


def test_a_commander_holds_office_in_a_body_never_a_country():
    rels = relations_in(
        "Komandan Korps Marinir Gilang Permadi memimpin upacara di Surabaya. Komandan "
        "Indonesia Rizal Hakim tidak ada.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "Indonesian Marine Corps") in rels
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "officialOf"]
    rels = relations_in("Marine Corps commander Gilang Permadi led the ceremony.", "en")
    assert ("Gilang Permadi", "officialOf", "Marine Corps") in rels


def test_a_rank_before_a_name_is_stripped_but_opens_a_body():
    text = (
        "Army spokesman Major Oscar Lindgren said two soldiers died near Lima. General Electric "
        "and Major League Baseball said nothing."
    )
    types = types_in(text, "en")
    assert types.get("Oscar Lindgren") == {"Person"}
    assert "Major Oscar Lindgren" not in types
    assert types.get("General Electric") == {"Organization"}
    assert types.get("Major League Baseball") == {"Organization"}


def test_a_coordination_meeting_with_two_officials():
    rels = relations_in(
        "Gubernur Rizal Hakim tiba di Medan dan menggelar rapat koordinasi dengan Hendra "
        "Wibisono dan Gilang Permadi di kantor bupati. Wulan Sasmita membahas rapat kerja "
        "itu.",
        "id",
    )
    assert _met(rels, "Rizal Hakim", "Hendra Wibisono")
    assert _met(rels, "Rizal Hakim", "Gilang Permadi")
    assert not _met(rels, "Rizal Hakim", "Wulan Sasmita")


def test_presence_opening_a_sentence_after_an_event_placed():
    rels = relations_in(
        "Pertemuan tahunan itu dibuka di Medan, Selasa. Hadir pula Menteri ESDM Rizal Hakim "
        "dan Menteri BUMN Gilang Permadi. Wulan Sasmita mengatakan pertemuan itu penting.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Gilang Permadi", "visited", "Medan") in rels
    assert not [o for s, p, o in rels if s == "Wulan Sasmita" and p == "visited"]
    rels = relations_in(
        "The annual summit opened in Trujillo on Tuesday. Also present were Tom Dallas and "
        "Oscar Lindgren. Maria Perez said the summit mattered.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Trujillo") in rels
    assert ("Oscar Lindgren", "visited", "Trujillo") in rels
    assert not [o for s, p, o in rels if s == "Maria Perez" and p == "visited"]


def test_a_national_body_before_a_region_is_its_regional_branch():
    rels = relations_in(
        "Ketua DPRD Riau Rizal Hakim hadir. Ketua KPU Sulsel Hendra Wibisono mengatakan "
        "rekapitulasi lancar. Ketua KPU Wulan Sasmita juga hadir.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "DPRD Riau") in rels
    assert ("Hendra Wibisono", "officialOf", "KPU Sulsel") in rels
    # control: the body named alone is the national one
    assert ("Wulan Sasmita", "officialOf", "General Elections Commission") in rels


def test_a_relative_clause_after_a_comma_is_about_the_name_after_of():
    rels = relations_in(
        "Karl Lindgren campaigned with the backing of Peruvian President Juan Perez, who "
        "travelled to Quito for the vote. A friend of Oscar Lindgren who lives in Lima said "
        "nothing.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Oscar Lindgren", "visited", "Lima") not in rels


def test_a_small_meetings_chair_and_attendees_met_each_other():
    rels = relations_in(
        "Rapat terbatas itu dipimpin Wakil Gubernur Rizal Hakim dan dihadiri Kepala Dinas "
        "Hendra Wibisono serta Ketua KPU Gilang Permadi. KTT itu dihadiri Presiden Peru Juan "
        "Perez dan Presiden Chile Oscar Lindgren.",
        "id",
    )
    assert _met(rels, "Rizal Hakim", "Hendra Wibisono")
    assert _met(rels, "Hendra Wibisono", "Gilang Permadi")
    # control: a summit's roll of leaders is no one table
    assert not _met(rels, "Juan Perez", "Oscar Lindgren")


def test_an_envoy_to_several_countries_serves_the_sending_one():
    rels = relations_in(
        "Setibanya di Lima, rombongan dijemput Duta Besar RI untuk Peru, Bolivia, dan Ekuador "
        "Hendra Wibisono.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Indonesia") in rels
    assert ("Hendra Wibisono", "officialOf", "Peru") not in rels
    rels = relations_in(
        "He was met by Indonesia's Ambassador to Peru, Bolivia and the Andean Community, Tom "
        "Dallas, on Monday. Peru's ambassador to Chile and Bolivia Juan Perez came.",
        "en",
    )
    assert ("Juan Perez", "officialOf", "Peru") in rels
    assert not {"Peru", "Bolivia", "Andean Community"} & {
        o for s, p, o in rels if s == "Tom Dallas" and p == "officialOf"
    }


def test_co_chairs_and_a_list_of_bilateral_meetings():
    rels = relations_in(
        "Forum itu dipimpin bersama oleh Wali Kota Lima Tom Dallas dan Wali Kota Quito Oscar "
        "Lindgren. Di sela forum, Gubernur Hendra Wibisono mengadakan beberapa pertemuan "
        "singkat, antara lain dengan Wali Kota Cusco Rizal Hakim. Wulan Sasmita "
        "menulis tentang Oscar Lindgren.",
        "id",
    )
    assert _met(rels, "Tom Dallas", "Oscar Lindgren")
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert not _met(rels, "Wulan Sasmita", "Oscar Lindgren")
    rels = relations_in(
        "The trade fair in Lima was co-chaired by Brightmart founder Tom Dallas and Juan Perez, "
        "a Peruvian banker. Maria Perez wrote about Juan Perez.",
        "en",
    )
    assert _met(rels, "Tom Dallas", "Juan Perez")
    assert not _met(rels, "Maria Perez", "Juan Perez")


def test_a_tour_told_by_bersafari():
    rels = relations_in(
        "Pekan depan Rizal Hakim bersafari ke Sulawesi Utara untuk menemui kader. Gilang Permadi "
        "membahas safari politik di Medan pekan lalu.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "North Sulawesi") in rels
    assert ("Gilang Permadi", "visited", "Medan") not in rels


def test_nobody_holds_office_in_a_summit():
    text = (
        "Rombongan terbang menuju Lima untuk menghadiri KTT Pemimpin Pasifik pada 3-4 Mei. KTT "
        "itu dipimpin Presiden Peru Juan Perez. Komisi Pemberantasan "
        "Korupsi yang dipimpin Rizal Hakim menahan dua pejabat."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert "KTT" not in types
    assert not [s for s, p, o in rels if p == "officialOf" and o == "KTT"]
    assert ("Juan Perez", "officialOf", "Peru") in rels
    assert ("Rizal Hakim", "officialOf", "Corruption Eradication Commission") in rels


def test_an_office_taken_now_or_held_with_a_second_title():
    rels = relations_in(
        "Hendra Wibisono digeser menjadi Kepala BKPM menggantikan Gilang Permadi. Rizal Hakim, "
        "yang juga Menteri Investasi/Kepala BKPM, hadir. Wulan Sasmita, mantan "
        "Kepala BKPM, pensiun.",
        "id",
    )
    bkpm = "Ministry of Investment and Downstream Industry of Indonesia"
    assert ("Hendra Wibisono", "officialOf", bkpm) in rels
    assert ("Rizal Hakim", "officialOf", bkpm) in rels
    assert ("Wulan Sasmita", "officialOf", bkpm) not in rels
    assert ("Gilang Permadi", "officialOf", bkpm) not in rels


def test_a_trip_stage_dated_by_a_day_and_a_courtesy_call():
    rels = relations_in(
        "Chilean President Tom Dallas left for Peru on Sunday. His trip started on Monday in "
        "Trujillo. Karl Lindgren said the tour was long.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Trujillo") in rels
    assert not [o for s, p, o in rels if s == "Karl Lindgren" and p == "visited"]
    rels = relations_in(
        "Esok hari Gubernur Rizal Hakim bersilaturahmi ke beberapa sekolah di Kabupaten "
        "Garut. Hendra Wibisono membahas pesantren di Garut.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and p == "visited"]


def test_a_regional_branch_named_in_two_forms_of_its_place_is_one_body():
    types = types_in(
        "Ketua DPRD Sumatera Utara Rizal Hakim memimpin rombongan DPRD Sumut ke Batam. DPRD "
        "Riau tidak ikut.",
        "id",
    )
    assert "DPRD Sumatera Utara" in types
    assert "DPRD Sumut" not in types  # the same branch, merged under its longer name
    assert "DPRD Riau" in types


def test_a_country_name_the_model_cut_into_a_person_is_whole_again():
    text = (
        "Rombongan dijamu Perdana Menteri Papua Nugini Juan Perez di Lae. Gubernur "
        "Papua Rizal Hakim hadir."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert types.get("Juan Perez") == {"Person"}
    assert ("Juan Perez", "officialOf", "Papua New Guinea") in rels
    # control: the region of the same first word stays a region
    assert ("Rizal Hakim", "officialOf", "Papua") in rels


def test_a_chamber_named_house_of_is_a_body_and_a_ministers_field_no_body():
    rels = relations_in(
        "Tom Dallas, the longtime speaker of the House of Lords, denied the report. "
        "Karl Lindgren toured the White House.",
        "en",
    )
    assert ("Tom Dallas", "officialOf", "House of Lords") in rels
    types = types_in(
        "Menteri Pariwisata dan Ekonomi Kreatif (PEK) Rizal Hakim meninjau pantai. Ketua "
        "Perhimpunan Pedagang Pasar Tradisional (PPPT) Gilang Permadi hadir.",
        "id",
    )
    assert "Pariwisata dan Ekonomi Kreatif" not in types
    assert types.get("Perhimpunan Pedagang Pasar Tradisional") == {"Organization"}
