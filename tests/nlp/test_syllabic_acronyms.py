"""An Indonesian body's short form written as one capitalised word of pieces of its name
("Badan Penelitian dan Pengembangan Kesehatan (Balitbangkes)") names the body wherever the
document uses it, as an acronym in capitals does. Each with a control in its text. All
sentences are invented for the test."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.components import _syllabic_acronym
from tests.conftest import types_in


def _name(text: str) -> spacy.tokens.Span:
    doc = spacy.blank("id")(text)
    return doc[:]


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Balitbangkes", "Badan Penelitian dan Pengembangan Kesehatan"),
        ("Bappebti", "Badan Pengawas Perdagangan Berjangka Komoditi"),
        ("Kompolnas", "Komisi Kepolisian Nasional"),
    ],
)
def test_a_short_form_of_pieces_of_the_name(word, name):
    assert _syllabic_acronym(word, _name(name))


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Persero", "PT Industri Kereta Api"),  # a company's legal form, not its short name
        ("Tbk", "PT Bank Rakyat Tokoria"),  # too short to tell
        ("Depok", "Universitas Tokoria"),  # a place in brackets
        ("BPS", "Badan Pusat Statistik"),  # capitals: the acronym test's, not this one's
    ],
)
def test_other_words_in_brackets_are_no_short_form(word, name):
    assert not _syllabic_acronym(word, _name(name))


def test_the_short_form_and_the_name_are_one_body():
    types = types_in(
        "Kepala Badan Pengawas Perdagangan Berjangka Komoditi (Bappebti) Rizal Hakim mengatakan "
        "hal itu di Jakarta. Bappebti akan memanggil pengelola aplikasi itu.",
        "id",
    )
    assert "Organization" in types.get("Badan Pengawas Perdagangan Berjangka Komoditi", set())
    assert "Bappebti" not in types  # an alias of the body, no node of its own
    assert "Person" in types.get("Rizal Hakim", set())  # control


def test_a_body_s_name_after_di_still_owns_its_short_form():
    types = types_in(
        "Pemeriksaan spesimen di Badan Penelitian dan Pengembangan Kesehatan (Balitbangkes) "
        "sesuai standar, kata Menteri Kesehatan Rizal Hakim. Balitbangkes memeriksa 100 "
        "spesimen.",
        "id",
    )
    assert "Balitbangkes" not in types
    assert "Organization" in types.get("Badan Penelitian dan Pengembangan Kesehatan", set())
    assert "Person" in types.get("Rizal Hakim", set())  # control
