"""Two persons' names joined by a hyphen, a name word cut from a person by a company title,
persons the model read as unknown places, and capitals used as places (so they do not stand
for their country's government).

Sentences written for these tests; they run the real pipelines, except where a pass is handed
the model's spans directly because the model does not err on demand.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.nlp.components import LinkerWork, places_named_as_people
from kg.nlp.pipeline import load_pipeline
from tests.conftest import met_between, relations_in, span_labels_in, types_in

pytestmark = pytest.mark.slow


def _persons(text: str, lang: str) -> set[str]:
    return {name for name, label in span_labels_in(text, lang).items() if label == "Person"}


def test_a_pair_word_splits_a_hyphen_between_two_names():
    found = _persons("Pasangan Rizal Hakim-Tirta Lubis meraih 40 persen suara di Kandarpur.", "id")
    assert {"Rizal Hakim", "Tirta Lubis"} <= found


def test_two_full_names_joined_by_a_hyphen_are_two_persons():
    found = _persons(
        "Pasangan itu meraih 57 persen suara, mengungguli Wulan Sasmita-Gilang Permadi yang "
        "memperoleh 43 persen.",
        "id",
    )
    assert {"Wulan Sasmita", "Gilang Permadi"} <= found


def test_a_hyphen_inside_one_name_stays():
    found = _persons(
        "Menteri Belgia Jean-Marc Verhoeven tiba di Jakarta. Syekh Karim bin Abdul-Rahman Al "
        "Sabah tiba di Doha. Pasangan Rizal Hakim-Tirta Lubis menang.",
        "id",
    )
    assert "Jean-Marc Verhoeven" in found  # one word on a side
    assert "Karim bin Abdul-Rahman Al Sabah" in found  # a name particle beside the hyphen
    assert "Tirta Lubis" in found  # control: the pair in the same text is split


def test_a_hyphenated_title_is_no_pair_of_names():
    found = _persons(
        "Deputy Secretary-General Karl Lindgren spoke first. The pair Rizal Hakim-Tirta "
        "Lubis spoke next.",
        "en",
    )
    assert "Karl Lindgren" in found
    assert not any("Secretary" in name or "General" in name for name in found)


def test_a_company_title_cuts_no_word_of_a_hyphenated_name():
    # "Park" alone twice, then "Kavoo chairman Park Min-ho": two name words as a reader
    # counts them, so "Park" is not the company
    found = _persons(
        "Park, 49, denied the charges. Park's lawyers will appeal. His father, Kavoo "
        "chairman Park Min-ho, has been ill since 2014.",
        "en",
    )
    assert "Park Min-ho" in found
    assert "Min-ho" not in found


def _places_named_as_people(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    linker = load_pipeline("id").get_pipe("kg_gazetteer")
    doc = spacy.blank("id")(text)
    ents = [Span(doc, a, b, label="Place") for a, b in spans]
    work = LinkerWork(doc, ents, [], [])
    places_named_as_people(linker, work)
    return [(e.text, e.label_) for e in work.ents]


def test_an_unknown_place_opening_with_a_first_name_is_a_person():
    # the model's LOC spans as it gives them on real pages, handed to the pass directly
    assert _places_named_as_people(
        "Saham itu kini milik Oscar Lindgren , bukan Kavoo .", [(4, 6), (8, 9)]
    ) == [("Oscar Lindgren", "Person"), ("Kavoo", "Place")]  # control: no first name


def test_a_first_name_place_written_after_a_locative_stays_a_place():
    assert _places_named_as_people(
        "Kapal itu karam dekat Oscar Lindgren . Tim SAR tiba di Oscar Lindgren .",
        [(4, 6), (11, 13)],
    ) == [("Oscar Lindgren", "Place"), ("Oscar Lindgren", "Place")]
    assert _places_named_as_people("Kapal itu karam dekat Santa Lindgren .", [(4, 6)]) == [
        ("Santa Lindgren", "Place")
    ]  # a saint's name opens places' names


def _kinds(text: str, lang: str, name: str) -> set[str]:
    return types_in(text, lang).get(name, set())


def test_a_capital_listed_after_a_place_is_a_place():
    text = "Ia diduga pergi ke Quito, Kuala Lumpur, dan Lima dengan paspor palsu."
    assert "City" in _kinds(text, "id", "Kuala Lumpur")
    # control: a capital acting, never used as a place, stands for its government
    assert "Country" in _kinds(
        "Kuala Lumpur menolak tuduhan itu, kata Rizal Hakim.", "id", "Malaysia"
    )


def test_a_capital_opening_a_sentence_with_dari_is_a_place():
    text = "Dari Bangkok, Perdana Menteri Hendra Wibisono menyampaikan ucapan selamat."
    assert "City" in _kinds(text, "id", "Bangkok")


def test_a_capital_in_an_address_is_a_place():
    text = "Rizal Hakim met the president at the Hotel Kavoo, Washington, on Monday."
    assert "City" in _kinds(text, "en", "Washington")
    # control: the same capital acting, with no address, stands for the government
    assert "Country" in _kinds(
        "Washington rejected the claim, Rizal Hakim said.", "en", "United States"
    )


def test_a_capital_some_words_after_a_motion_verb_and_from_is_a_place():
    text = "Tirta Lubis terbang bersama dari London ke Lima pada Senin."
    assert "City" in _kinds(text, "id", "London")


def test_initials_opening_a_notable_persons_name_after_a_title_are_read():
    rels = relations_in(
        "Presiden Hendra Wibisono bertemu Presiden Singapura SR Nathan di Istana. Ketua MK "
        "Rizal Hakim membacakan putusan.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "S. R. Nathan")
    assert ("S. R. Nathan", "officialOf", "Singapore") in rels
    # other capitals after a title stay the body's acronym, not the name's initials
    assert "Rizal Hakim" in types_in("Ketua MK Rizal Hakim membacakan putusan.", "id")


def test_a_place_word_the_gazetteer_cannot_link_is_cut_off_a_titled_first_name():
    types = types_in("Presiden Kongo Lucas Lindgren mengundurkan diri.", "id")
    assert "Person" in types.get("Lucas Lindgren", set())
    assert "Kongo Lucas Lindgren" not in types


def test_a_countrys_armed_service_or_legislature_is_one_body_holding_its_officers():
    text = (
        "Kepala Angkatan Laut Thailand Laksamana Karl Lindgren hadir. Angkatan Darat Peru "
        "membantah kabar itu. Kongres Chile menolak usul itu. KBRI Lima menyiapkan evakuasi."
    )
    types = types_in(text, "id")
    assert "Organization" in types.get("Kongres Chile", set())
    assert "Organization" in types.get("KBRI Lima", set())
    assert "Organization" in types.get("Angkatan Laut Thailand", set())
    assert "Organization" in types.get("Angkatan Darat Peru", set())
    rels = relations_in(text + " Thailand menyambut baik.", "id")
    assert ("Karl Lindgren", "officialOf", "Angkatan Laut Thailand") in rels
    # the body's country, which the text names, holds the office too
    assert ("Karl Lindgren", "officialOf", "Thailand") in rels
    minister = relations_in("Menteri Angkatan Bersenjata Peru Maria Perez tiba.", "id")
    assert ("Maria Perez", "officialOf", "Peru") in minister  # a portfolio, not a body
