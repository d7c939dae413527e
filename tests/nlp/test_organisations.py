"""The gazetteer's organisations: acronyms found even where the NER misses them (a sentence's
first word), companies found by name, and no match on an ordinary word that shares the letters
(short all-caps forms match case-exactly; names that are common words are left out)."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.phrases import DEFAULT_MIN_LENGTH, build_table
from tests.conftest import labels_in

NLP = spacy.blank("id")


@pytest.fixture(scope="module")
def found_in():
    """The (text, gazetteer id) pairs the shipped gazetteer's phrase table matches in a text."""
    table = build_table(NLP, load_gazetteer(), DEFAULT_MIN_LENGTH)

    def found(text: str) -> set[tuple[str, str]]:
        doc = NLP.make_doc(text)
        return {(doc[s:e].text, key) for key, s, e in table.matches(doc)}

    return found


def test_sentence_initial_acronym_is_found_and_its_lower_case_word_is_not(found_in):
    found = found_in("BIN memantau situasi. Ahmad bin Yusuf, warga Bogor, tiba kemarin.")
    assert ("BIN", "kg:org/bin") in found  # the State Intelligence Agency, first word
    assert ("bin", "kg:org/bin") not in found  # "bin" in a Muslim name: exact case only


def test_company_is_found_and_a_given_name_with_its_letters_is_not(found_in):
    found = found_in("Pertamina dan PT KAI menandatangani kerja sama; Kai Havertz mencetak gol.")
    assert ("Pertamina", "kg:org/pertamina") in found
    assert ("PT KAI", "kg:org/kai") in found
    assert ("Kai", "kg:org/kai") not in found  # a given name: the acronym matches exactly


def test_common_words_among_company_names_are_not_names(found_in):
    found = found_in("Garuda Indonesia terbang ke Tokyo. Garuda Muda menang; Apple dan Shell.")
    assert ("Garuda Indonesia", "kg:org/garuda-indonesia") in found
    assert not {key for text, key in found if text in ("Garuda", "Apple", "Shell")}


@pytest.mark.slow
def test_pipeline_finds_sentence_initial_acronym_and_company():
    labels = labels_in(
        "OJK mencabut izin usaha sebuah bank di Bandung pada Selasa. Pertamina menaikkan harga "
        "bahan bakar nonsubsidi, kata Ahmad bin Yusuf.",
        "id",
    )
    assert {"Financial Services Authority of Indonesia", "Pertamina"} <= labels
    assert "State Intelligence Agency of Indonesia" not in labels  # "bin" in the name


@pytest.mark.slow
def test_a_ministry_named_with_a_foreign_place_is_not_indonesias():
    gaza = labels_in("Kementerian Kesehatan Gaza mengatakan korban tewas bertambah.", "id")
    assert "Kementerian Kesehatan Gaza" in gaza  # Gaza's ministry, not linked to Indonesia's
    assert "Ministry of Health of Indonesia" not in gaza
    home = labels_in("Kementerian Kesehatan mengirim obat-obatan ke Cianjur, Jawa Barat.", "id")
    assert "Ministry of Health of Indonesia" in home  # control: the ministry alone
