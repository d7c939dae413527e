"""Nicknames whose cue names the holder by a word, not a name: "X, sapaan akrab gubernur"
(the governor the text titled), "X, sapaan akrabnya", "X, demikian ia biasa disapa", "kata
politikus yang akrab disapa X" (a person named in full before, whose name the nickname is
cut from: its piece, its initials, or the starts of its words run together). The nearest
name before the nickname is often another person's, and then no merge is made. Each with a
control in its text. All sentences are invented for the test."""

from __future__ import annotations

import pytest

from kg.extract.mentions import _nickname_of
from tests.conftest import labels_in, met_between, relations_in


def test_a_nickname_for_the_governor_is_the_titled_governors():
    text = (
        "Gubernur Jawa Barat Hendra Wibisono meninjau banjir di Garut, Senin. Ia didampingi "
        "Kepala Dinas Rizal Hakim. Kang Didi, sapaan akrab gubernur, kemudian bertemu Wali "
        "Kota Medan Juan Perez di Medan."
    )
    labels = labels_in(text, "id")
    assert {"Hendra Wibisono", "Rizal Hakim", "Juan Perez"} <= labels  # controls
    assert "Kang Didi" not in labels
    assert met_between(relations_in(text, "id"), "Hendra Wibisono", "Juan Perez")


def test_a_nickname_for_a_title_nobody_holds_stays_a_name():
    labels = labels_in(
        "Wartawan Rizal Hakim menulis berita itu. Kang Didi, sapaan akrab gubernur, kemudian "
        "bertemu Wali Kota Medan Juan Perez di Medan.",
        "id",
    )
    assert {"Rizal Hakim", "Kang Didi"} <= labels


def test_a_possessive_nickname_is_the_person_whose_name_it_is_cut_from():
    text = (
        "Wakil Gubernur Bali Hendra Wibisono meresmikan pasar di Denpasar, Senin. Ia "
        "didampingi Kepala Dinas Rizal Hakim. Cak Wibi, sapaan akrabnya, kemudian bertemu "
        "Wali Kota Medan Juan Perez di Medan."
    )
    labels = labels_in(text, "id")
    assert {"Hendra Wibisono", "Rizal Hakim"} <= labels  # the nearest name is not taken
    assert "Cak Wibi" not in labels
    assert met_between(relations_in(text, "id"), "Hendra Wibisono", "Juan Perez")


def test_a_possessive_nickname_cut_from_no_name_stays_a_name():
    labels = labels_in(
        "Wakil Gubernur Bali Hendra Wibisono meresmikan pasar di Denpasar, Senin. Ia "
        "didampingi Kepala Dinas Rizal Hakim. Kang Didi, sapaan akrabnya, kemudian bertemu "
        "Wali Kota Medan Juan Perez di Medan.",
        "id",
    )
    assert {"Hendra Wibisono", "Rizal Hakim", "Kang Didi"} <= labels


def test_a_person_word_before_the_alias_phrase_is_the_accused_not_the_judge():
    labels = labels_in(
        'Pengusaha Hendra Wibisono divonis bersalah di Medan. "Terdakwa terbukti bersalah," '
        "kata Ketua Majelis Hakim Rizal Hakim. Pengusaha yang biasa disapa Henwi juga wajib "
        "membayar denda.",
        "id",
    )
    assert {"Hendra Wibisono", "Rizal Hakim"} <= labels
    assert "Henwi" not in labels


@pytest.mark.parametrize(
    ("word", "name", "cut"),
    [
        ("wibi", "Hendra Wibisono", True),  # the start of a word
        ("hrw", "Hendra Rizal Wibisono", True),  # initials
        ("henwi", "Hendra Wibisono", True),  # starts run together
        ("sono", "Hendra Wibisono", True),  # the end of a word
        ("dodo", "Hendra Wibisono", False),
        ("hw", "Hendra", False),  # one word has no initials
        ("he", "Hendra Wibisono", False),  # too short a piece, one start alone
        ("ndr", "Hendra Wibisono", False),  # a piece from the middle of a word
    ],
)
def test_a_nickname_is_cut_from_the_name(word, name, cut):
    assert _nickname_of(word, name) is cut


def test_a_nickname_for_a_title_two_persons_hold_stays_a_name():
    labels = labels_in(
        "Gubernur Jawa Barat Hendra Wibisono dan Gubernur Bali Rizal Hakim meninjau banjir di "
        "Garut. Kang Didi, sapaan akrab gubernur, kemudian bertemu Wali Kota Medan Juan Perez "
        "di Medan.",
        "id",
    )
    assert {"Hendra Wibisono", "Rizal Hakim", "Kang Didi"} <= labels


def test_an_echoed_nickname_is_the_person_whose_name_it_is_cut_from():
    labels = labels_in(
        "Wakil Gubernur Bali Hendra Wibisono meresmikan pasar di Denpasar, Senin. Ia "
        "didampingi Kepala Dinas Rizal Hakim. Cak Wibi, demikian ia biasa disapa, kemudian "
        "bertemu Wali Kota Medan Juan Perez di Medan.",
        "id",
    )
    assert {"Hendra Wibisono", "Rizal Hakim", "Juan Perez"} <= labels
    assert "Cak Wibi" not in labels
