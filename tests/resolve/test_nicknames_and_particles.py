"""Other names of one person: a nickname after "atau" ("or"), a surname that opens with a
particle ("Del Carmen" of "Juan del Carmen")."""

from __future__ import annotations

from tests.conftest import labels_in


def test_a_nickname_after_atau_is_the_titled_persons_other_name():
    labels = labels_in(
        "Ulama KH Hendra Wibisono atau Hen Wibi hadir di Sibu pada Senin. Hen Wibi mengatakan "
        "acara itu penting.",
        "id",
    )
    assert {"Hendra Wibisono", "Sibu"} <= labels  # controls
    assert "Hen Wibi" not in labels  # merged into the full name


def test_atau_after_the_verb_or_alias_phrase_links_too():
    labels = labels_in(
        "Ulama Hendra Wibisono, atau yang akrab disapa Hen Wibi, hadir di Sibu pada Senin.",
        "id",
    )
    assert "Hendra Wibisono" in labels and "Hen Wibi" not in labels


def test_a_choice_between_two_persons_is_no_nickname():
    labels = labels_in(
        "Gubernur Rizal Hakim dan Wulan Sasmita hadir di Sibu. Pemilih harus memilih Rizal "
        "Hakim atau Wulan Sasmita pada Senin.",
        "id",
    )
    assert {"Rizal Hakim", "Wulan Sasmita"} <= labels


def test_a_surname_opening_with_a_particle_is_the_full_names_end():
    labels = labels_in(
        "Coach Juan del Carmen praised the team in Lima. Del Carmen said they played well.",
        "en",
    )
    assert {"Juan del Carmen", "Lima"} <= labels  # controls
    assert "Del Carmen" not in labels


def test_a_word_of_a_persons_name_is_no_place_the_gazetteer_knows_by_a_foreign_spelling():
    # "Aman" is one of Amman's spellings in the gazetteer: the defendant's name, not Jordan's
    # capital; after "di" it is the city
    labels = labels_in(
        "Terdakwa Aman Rizal divonis di Sibu pada Jumat. Aman mengatakan ia menolak putusan "
        "itu. Raja menerima tamu di Aman.",
        "id",
    )
    assert {"Aman Rizal", "Sibu", "Amman"} <= labels  # controls: the city after "di"
    assert "Jordan" not in labels


def test_abbreviated_honorifics_and_ranks_are_no_part_of_the_name():
    labels = labels_in(
        "Chilean President Maria Perez spoke to Tom Dallas on Friday.\n\nIn Lima, spokesman Juan "
        "Perez said Ms. Perez had asked for help. The captain, Karl Lindgren, was arrested. An "
        "officer told Capt Lindgren to stay aboard.",
        "en",
    )
    assert {"Maria Perez", "Karl Lindgren", "Juan Perez"} <= labels  # controls
    assert "Ms. Perez" not in labels and "Capt Lindgren" not in labels
