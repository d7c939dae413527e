"""A nickname introduced with an honorific ("yang akrab disapa Pak X") or the other way round
("X, sapaan akrab Y") is the same person; a profession word before a name ("Vokalis",
"Goalkeeper") is no part of it, and the two halves of a name the model split once that word is
cut off are one person again.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import labels_in, met_between, relations_in

pytestmark = pytest.mark.slow


def test_a_nickname_after_an_honorific_is_the_same_person():
    text = (
        "Perdana Menteri Rizal Hakim, yang akrab disapa Pak Ijal, menerima Gilang Permadi di "
        "Medan. Menteri Keuangan Maria Perez yang biasa dipanggil Bu Mery tiba di Bandung. "
        "Mery kemudian bertemu Karl Lindgren."
    )
    labels = labels_in(text, "id")
    assert {"Rizal Hakim", "Maria Perez", "Gilang Permadi"} <= labels  # positive control
    assert "Ijal" not in labels and "Mery" not in labels
    assert met_between(relations_in(text, "id"), "Maria Perez", "Karl Lindgren")


def test_a_name_before_sapaan_is_the_person_after_it():
    text = (
        "Menteri Perdagangan Gilangsyah Permadi bertemu Hendra Wibisono di Medan. Gilang, "
        "sapaan akrab Gilangsyah, menilai kesepakatan itu penting."
    )
    labels = labels_in(text, "id")
    assert "Gilangsyah Permadi" in labels  # positive control
    assert "Gilang" not in labels


def test_summoned_is_no_nickname():
    """Bare "dipanggil" is also "summoned": only its "akrab/biasa" forms name a nickname."""
    text = (
        "Hendra Wibisono, yang dipanggil Komisi Pemberantasan Korupsi pada Senin, bertemu "
        "Rizal Hakim di Bandung."
    )
    labels = labels_in(text, "id")
    assert "Hendra Wibisono" in labels and "Rizal Hakim" in labels
    assert met_between(relations_in(text, "id"), "Hendra Wibisono", "Rizal Hakim")


@pytest.mark.parametrize(
    "text, lang, names, glued",
    [
        (
            "Vokalis Hendra Wibisono selamat dalam kecelakaan itu. Gitaris Rizal Hakim terluka. "
            "Sutradara Wulan Sasmita datang ke Medan.",
            "id",
            {"Hendra Wibisono", "Rizal Hakim", "Wulan Sasmita"},
            {"Vokalis Hendra", "Hendra", "Wibisono", "Gitaris Rizal Hakim"},
        ),
        (
            "Goalkeeper Tom Dallas saved a penalty. Rapper Maria Perez performed in Lima.",
            "en",
            {"Tom Dallas", "Maria Perez"},
            {"Goalkeeper Tom Dallas", "Rapper Maria Perez"},
        ),
    ],
)
def test_a_profession_word_is_no_part_of_the_name(text, lang, names, glued):
    labels = labels_in(text, lang)
    assert names <= labels
    assert not glued & labels
