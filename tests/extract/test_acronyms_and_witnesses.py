"""A body's acronym defined in brackets names it everywhere, known to the gazetteer or not,
even one that spells no initials of the name (an acronym of its name in another language);
the witnesses of one signing met (English); "kabar itu" (the news) hedges nothing; an English
name ending in a body's word ("Initiative", "Foundation") is a body even after a title.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in, types_in

pytestmark = pytest.mark.slow


def _bodies(text: str, lang: str) -> set[str]:
    return {label for label, kinds in types_in(text, lang).items() if "Organization" in kinds}


@pytest.mark.parametrize(
    "text, lang, body, acronym",
    [
        (
            "Engineers at the Andean Office for Rural Water (OFAR) near Cusco said on Monday "
            "the pumps were ready. OFAR said the work would end in May.",
            "en",
            "Andean Office for Rural Water",
            "OFAR",
        ),
        (
            "Lembaga Air Pedesaan Andes (ARWO) di Cusco menyatakan pompa sudah siap. Menurut "
            "ARWO, pekerjaan itu selesai pada Mei.",
            "id",
            "Lembaga Air Pedesaan Andes",
            "ARWO",
        ),
    ],
)
def test_an_acronym_in_brackets_after_an_unknown_body_is_that_body(text, lang, body, acronym):
    bodies = _bodies(text, lang)
    assert body in bodies, bodies  # positive control: the body is found
    assert acronym not in bodies, bodies  # and its acronym is no second body


def test_no_acronym_is_read_where_the_name_goes_on_after_the_bracket():
    # "Badan X (BX) Lima": the name goes on after the bracket to a branch, so the bracket
    # is no name of the body before it; control: another body closed by its bracket
    from kg.ingest.document import read_text
    from kg.nlp import analyze

    text = (
        "Badan Air Pedesaan (BAP) Lima mencatat 300 warga mengungsi. Kepala BAP Lima Rizal "
        "Hakim mengatakan air mulai surut. Lembaga Pangan Desa (LPD) mencatat 900 warga."
    )
    doc = analyze(read_text(text, source="t", lang="id"))
    brackets = [t.i + 1 for t in doc if t.text == "(" and doc[t.i + 1].text in ("BAP", "LPD")]
    tagged = [any(e.start <= i < e.end for e in doc.ents) for i in brackets]
    assert tagged == [False, True], tagged


def test_the_witnesses_of_one_signing_met():
    rels = relations_in(
        "The signing of the accord in Lima was witnessed by Chilean President Karl Lindgren "
        "and Peruvian President Juan Perez. The match was watched by Tom Dallas and Oscar "
        "Lindgren.",
        "en",
    )
    assert met_between(rels, "Karl Lindgren", "Juan Perez")
    # a match watched by two is no ceremony of one table
    assert not met_between(rels, "Tom Dallas", "Oscar Lindgren")


def test_the_news_announced_hedges_no_meeting():
    rels = relations_in(
        "Presiden Peru Juan Perez mengumumkan kabar itu usai bertemu Menteri Luar Negeri Chile "
        "Maria Perez. Ada kabar Karl Lindgren bertemu Rizal Hakim di Quito.",
        "id",
    )
    assert met_between(rels, "Juan Perez", "Maria Perez")
    assert not met_between(rels, "Karl Lindgren", "Rizal Hakim")  # a rumour stays one


def test_an_english_name_ending_in_a_body_word_is_a_body_after_a_title():
    types = types_in(
        "Penandatanganan disaksikan Presiden Chile Oscar Lindgren, Ketua Andean Water "
        "Initiative, dan Rizal Hakim, Ketua Andean Peace Foundation.",
        "id",
    )
    assert "Person" in types["Oscar Lindgren"]  # positive control: the titled person
    for body in ("Andean Water Initiative", "Andean Peace Foundation"):
        assert types.get(body) == {"Organization"}, (body, types)


def test_the_acronym_of_a_facility_is_no_body():
    bodies = _bodies(
        "Pertemuan digelar di Lima Trade Hall (LTH), Lima. Lembaga "
        "Air Pedesaan Andes (ARWO) ikut hadir. LTH penuh sejak pagi.",
        "id",
    )
    assert "Lembaga Air Pedesaan Andes" in bodies, bodies  # positive control
    assert "LTH" not in bodies, bodies


def test_an_outlet_tag_after_a_dateline_in_capitals_names_no_body():
    # "TOKORIA (KW) - ...": a one-word name in capitals before a bracket is a dateline and its
    # outlet's tag, no body's acronym; control: a body's name of two words before its bracket
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from kg.nlp.components import _unlinked_owner

    words = ["TOKORIA", "(", "KW", ")", "-", "Lembaga", "Air", "Andes", "(", "LAA", ")", "hadir"]
    doc = Doc(Vocab(), words=words)
    assert not _unlinked_owner(doc, Span(doc, 0, 1, label="Organization"), "KW")
    assert _unlinked_owner(doc, Span(doc, 5, 8, label="Organization"), "LAA")
