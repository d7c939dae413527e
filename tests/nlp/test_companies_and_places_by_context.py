"""What a text says a name is: a company where it is bought, merged, held in shares or named by
an apposition of its kind; a place where it is said to lie somewhere or named with an island or
administrative word elsewhere in the document.

Sentences written for these tests; the pipeline tests run the real pipelines, the linker tests
give the model's reading as IOB tags (the model reads an unknown name at a sentence start in
no stable way).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.nlp.components import GazetteerLinker
from kg.nlp.gazetteer import Gazetteer
from tests.conftest import relations_in, span_labels_in, types_in
from tests.nlp.test_gazetteer_linker import KZ, US, doc_of, linker, run, work_of  # noqa: F401

EN = spacy.blank("en")


@pytest.fixture(scope="module")
def en_linker() -> GazetteerLinker:
    return GazetteerLinker(EN, Gazetteer([US, KZ]))


def _en_doc(text: str) -> Doc:
    return Doc(EN.vocab, words=text.split())


@pytest.mark.slow
def test_what_is_bought_or_held_in_shares_is_a_company():
    labels = span_labels_in(
        "Shares of Tokoria rose 5 percent on Monday after Karl Lindgren met analysts in Lima.",
        "en",
    )
    assert labels.get("Tokoria") == "Organization"
    assert labels.get("Karl Lindgren") == "Person"  # control: a person in the same sentence


@pytest.mark.slow
def test_an_apposition_of_its_kind_makes_a_name_a_company():
    labels = span_labels_in(
        "Kavoo, perusahaan tambang asal Peru, menolak tawaran Hendra Wibisono pekan lalu.", "id"
    )
    assert labels.get("Kavoo") == "Organization"
    assert labels.get("Hendra Wibisono") == "Person"  # control


def _labels(linker, words, ents, name):  # noqa: F811 - the fixture
    doc = doc_of(words)
    work = work_of(linker, doc, [Span(doc, s, e, label) for s, e, label in ents])
    return dict((text, label) for text, label, _ in run(name, linker, work))


def test_company_cues_before_after_and_in_apposition(en_linker):
    doc = _en_doc(
        "the takeover of Kavoo ; Brightmart chairman Oscar Lindgren ; Tokoria , the Dutch "
        "retailer , said ; Rizal , the group 's leader , said"
    )
    doc[13].pos_ = "ADJ"  # "Dutch": the tagger's reading
    ents = [(3, 4), (5, 6), (7, 9), (10, 11), (18, 19)]
    work = work_of(en_linker, doc, [Span(doc, s, e, "Person") for s, e in ents])
    got = dict((text, label) for text, label, _ in run("bodies_read_as_people", en_linker, work))
    assert got["Kavoo"] == "Organization"  # taken over
    assert got["Brightmart"] == "Organization"  # has a chairman
    assert got["Tokoria"] == "Organization"  # apposed "the Dutch retailer"
    # controls: a person named in full, and the leader of a group
    assert got["Oscar Lindgren"] == "Person"
    assert got["Rizal"] == "Person"


def test_the_verb_shares_after_a_name_is_no_company_part(en_linker):
    doc = _en_doc("Kavoo chairman Juan said Juan shares the view")
    for i, pos in enumerate(["PROPN", "NOUN", "PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN"]):
        doc[i].pos_ = pos
    work = work_of(en_linker, doc, [Span(doc, 0, 1, "Person"), Span(doc, 4, 5, "Person")])
    got = dict((text, label) for text, label, _ in run("bodies_read_as_people", en_linker, work))
    assert got["Kavoo"] == "Organization"  # positive control: "X chairman"
    assert got["Juan"] == "Person"


def test_a_name_said_to_lie_somewhere_is_a_place(linker):  # noqa: F811 - the fixture
    words = "Andoro terletak di utara . Kekuatan Rizal terletak pada disiplin .".split()
    got = _labels(linker, words, [(0, 1, "Person"), (6, 7, "Person")], "places_named_consistently")
    assert got["Andoro"] == "Place"
    assert got["Rizal"] == "Person"  # control: "terletak pada" is no location


def test_a_bare_name_of_an_island_named_in_full_is_that_place(linker):  # noqa: F811
    words = "pembangunan di Pulau Mirota . Mirota dekat Andaman . Rizal Hakim setuju".split()
    ents = [(2, 4, "Place"), (5, 6, "Person"), (9, 11, "Person")]
    got = _labels(linker, words, ents, "places_named_consistently")
    assert got["Mirota"] == "Place"
    assert got["Rizal Hakim"] == "Person"  # control


@pytest.mark.slow
def test_a_portfolio_before_a_title_is_no_body():
    text = (
        "Peru's Commerce Minister Juan Perez met Chief Cabinet Secretary Oscar Lindgren in Lima "
        "before a Group of 20 meeting. Labour leader Tom Dallas said the Treasury would pay, "
        "Treasury Secretary Maria Perez said."
    )
    found = types_in(text, "en")
    assert "Commerce" not in found and "Cabinet" not in found and "Group" not in found
    # controls: a party before a leader's title, and a field the text also names alone as a
    # body; the office still goes to the country named before the portfolio
    assert found.get("Labour") == {"Organization"}
    assert found.get("Treasury") == {"Organization"}
    assert ("Juan Perez", "officialOf", "Peru") in relations_in(text, "en")
