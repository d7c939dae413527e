"""Title phrases read through what sits inside them (an alias in brackets after the name, a
"current" after the title, an office's remit region, a branch's seat glued to the name, a
command's number, a seat and its country set off by commas), the bodies a country possesses kept
apart from their foreign namesakes, a person's possessive that opens no body, a meeting told by
its noun and its two parties, a plural pronoun the parse leaves to word order, a city naming an
airport, a president "of" a country before a title by demonym, a condition that undoes even an
invasion, and a country after a fronted phrase read as a subject. Each with a control in its
text."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def _met(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_an_alias_in_brackets_after_the_name_keeps_its_office():
    rels = relations_in(
        "Hendra Wibisono (HW) resmi ditetapkan sebagai Ketua Umum Partai Demokrat oleh kongres "
        "di Jakarta. Rizal Hakim (45), kini Ketua Umum Partai Golkar, hadir.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Democratic Party (Indonesia)") in rels
    assert ("Rizal Hakim", "officialOf", "Golkar") in rels


def test_the_current_holder_after_the_title_and_a_remit_region():
    rels = relations_in(
        "Ketua KPK saat ini, Hendra Wibisono, menghormati putusan itu. Asisten Menlu AS untuk "
        "Asia Timur Gilang Permadi dijadwalkan hadir. Wulan Sasmita, kini penyanyi, juga hadir.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Corruption Eradication Commission") in rels
    assert ("Gilang Permadi", "officialOf", "United States") in rels
    assert ("Gilang Permadi", "officialOf", "East Asia") not in rels
    assert not [o for s, p, o in rels if s == "Wulan Sasmita" and p == "officialOf"]


def test_a_branch_seat_and_a_command_number_are_no_part_of_the_name():
    text = (
        "Presiden Peru Juan Perez tiba di Medan. Ia disambut Kapolda Sulsel Irjen Pol Rizal "
        "Hakim, Pangdam XIV/Hasanuddin Mayjen TNI Gilang Permadi dan Wakil Ketua DPRD Jateng "
        "Hendrawan."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert types.get("Rizal Hakim") == {"Person"}
    assert "Sulsel Irjen" not in types and "XIV" not in types
    assert types.get("Hendrawan") == {"Person"}
    assert "Jateng Hendrawan" not in types
    assert _met(rels, "Juan Perez", "Rizal Hakim")
    assert _met(rels, "Juan Perez", "Gilang Permadi")


def test_a_body_a_country_possesses_is_not_its_foreign_namesake():
    text = (
        "Tom Dallas, secretary of Peru's Security Council, announced the truce. "
        "Karl Lindgren, the UN Security Council president, welcomed it."
    )
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "officialOf", "United Nations Security Council") not in rels
    assert ("Karl Lindgren", "officialOf", "United Nations Security Council") in rels


def test_a_meeting_named_by_its_noun_and_its_two_parties():
    rels = relations_in(
        "Pertemuan ini menyusul pertemuan Hendra Wibisono dan Rizal Hakim di kediaman Hendra "
        "di Bandung. Usai pertemuan, Gilang Permadi dan Wulan Sasmita memberi keterangan.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert not _met(rels, "Gilang Permadi", "Wulan Sasmita")


def test_a_plural_pronoun_received_and_a_city_naming_an_airport():
    rels = relations_in(
        "King Karl Lindgren and Queen Maria Lindgren landed at Quito airport on Tuesday night, "
        "where they were welcomed by Prime Minister Tom Dallas. The talks, which were hosted "
        "by Juan Perez, lasted an hour.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert _met(rels, "Maria Lindgren", "Tom Dallas")
    assert _met(rels, "Karl Lindgren", "Tom Dallas")
    assert not [r for r in rels if r[1] == "met" and "Juan Perez" in (r[0], r[2])]


def test_a_president_of_a_country_before_another_titled_by_demonym():
    rels = relations_in(
        "The host, Peruvian President Juan Perez, was joined by President Tom Dallas of Ecuador "
        "and Chilean President Karl Lindgren.",
        "en",
    )
    assert ("Tom Dallas", "officialOf", "Ecuador") in rels
    assert ("Karl Lindgren", "officialOf", "Chile") in rels


def test_a_condition_undoes_an_invasion():
    rels = relations_in(
        "The minister said Peru would respond if Ecuador invaded Chile. Russia "
        "invaded Ukraine in 2022.",
        "en",
    )
    assert ("Ecuador", "invaded", "Chile") not in rels
    assert ("Russia", "invaded", "Ukraine") in rels


def test_a_country_after_a_fronted_phrase_is_a_subject_not_an_address():
    rels = relations_in(
        "Hours before the president's departure from Lima, Ecuador fired a missile. He "
        "arrived in Quito, Ecuador, on Monday.",
        "en",
    )
    assert ("Lima", "locatedIn", "Ecuador") not in rels
    assert ("Quito", "locatedIn", "Ecuador") in rels


def test_a_seat_and_its_country_set_off_inside_a_title():
    rels = relations_in(
        "Wali Kota Medan Hendra Wibisono menerima kunjungan Wali Kota Trujillo, Peru, "
        "Juan Perez, di Balai Kota Medan, Selasa.",
        "id",
    )
    assert ("Juan Perez", "officialOf", "Trujillo") in rels
    assert _met(rels, "Juan Perez", "Hendra Wibisono")
    assert ("Trujillo", "locatedIn", "Peru") in rels
    assert ("Juan Perez", "officialOf", "Peru") not in rels


def test_common_indonesian_words_are_no_foreign_cities():
    types = types_in(
        "Kali ini Hendra Wibisono berkantor di Bandung. Urusan itu selesai, lalu ia terbang ke "
        "Cali, Kolombia.",
        "id",
    )
    assert types.get("Cali") == {"City"}  # the city keeps its own name
    assert "Kali" not in types and "Ulsan" not in types


def test_a_persons_possessive_opens_no_body():
    text = (
        "Former president Karl Lindgren was barred from office. Tom Dallas, chairman of "
        "Lindgren's Liberal Party (PL), told reporters the party would field its own candidate. "
        "Juan Perez, chairman of Kenya's Electoral Commission, spoke."
    )
    rels = relations_in(text, "en")
    types = types_in(text, "en")
    assert ("Tom Dallas", "officialOf", "Liberal Party") in rels
    assert "Lindgren's Liberal Party" not in types
    assert ("Juan Perez", "officialOf", "Electoral Commission") in rels  # a country's stays
