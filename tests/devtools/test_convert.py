"""Corpus conversion: idner-news-2k's untagged place names become missing annotation (not
"outside"), and nothing else changes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.devtools.train.convert import gazetteer_place, mark_untagged_places_missing

PLACES = {"Indonesia", "Jepang", "Amerika Serikat", "Lima"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("xx").vocab


def gold(vocab, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def iob(doc: Doc) -> list[str]:
    return [t.ent_iob_ or "-" for t in doc]


def test_untagged_place_becomes_missing_tagged_place_stays(vocab):
    words = ["Indonesia", "menolak", ",", "kata", "Budi", "di", "Jepang", "."]
    doc = gold(vocab, words, [(4, 5, "PER"), (6, 7, "LOC")])
    assert mark_untagged_places_missing([doc], PLACES.__contains__) == 1
    assert iob(doc) == ["-", "O", "O", "O", "B", "O", "B", "O"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Budi", "PER"), ("Jepang", "LOC")]


def test_multiword_place_is_marked_whole_and_punctuation_is_not(vocab):
    doc = gold(vocab, ["Amerika", "Serikat", ",", "tim", "Indonesia", "."], [])
    assert mark_untagged_places_missing([doc], PLACES.__contains__) == 2
    assert iob(doc) == ["-", "-", "O", "O", "-", "O"]


def test_capitalised_common_word_is_not_a_place(vocab):
    # "Lima" (five) also occurs as "lima" in the docs; "Indonesia" is the positive control.
    first = gold(vocab, ["Lima", "orang", "dari", "Indonesia"], [])
    second = gold(vocab, ["ada", "lima", "kursi"], [])
    assert mark_untagged_places_missing([first, second], PLACES.__contains__) == 1
    assert iob(first) == ["O", "O", "O", "-"]
    assert iob(second) == ["O", "O", "O"]


def test_gazetteer_place_knows_countries_and_cities_not_organisations():
    assert gazetteer_place("Indonesia") and gazetteer_place("Surabaya")
    assert not gazetteer_place("menolak") and not gazetteer_place("Uni Afrika")
