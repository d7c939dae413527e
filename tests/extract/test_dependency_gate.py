"""The dependency patterns read only the sentences where one can start (issue 11): the same
matches, in the same order, as spaCy's ``DependencyMatcher`` over the whole document."""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from kg.extract.dependency import SentenceGatedMatcher, anchor_lemmas, load_dep_triggers

# three sentences: a visit, nothing a pattern can start on, then a meeting and a second visit
WORDS = (
    "Blinken visited Astana . The weather was cold . Tokayev met Blinken and Lavrov visited "
    "Tashkent ."
).split()
HEADS = [1, 1, 1, 1, 5, 6, 6, 6, 6, 10, 10, 10, 10, 14, 10, 14, 10]
DEPS = (
    "nsubj ROOT dobj punct det nsubj ROOT acomp punct nsubj ROOT dobj cc nsubj conj dobj punct"
).split()
LEMMAS = (
    "Blinken visit Astana . the weather be cold . Tokayev meet Blinken and Lavrov visit "
    "Tashkent ."
).split()
POS = (
    "PROPN VERB PROPN PUNCT DET NOUN AUX ADJ PUNCT PROPN VERB PROPN CCONJ PROPN VERB PROPN PUNCT"
).split()


def _doc() -> Doc:
    return Doc(
        spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, lemmas=LEMMAS, pos=POS
    )


def _matchers(doc: Doc) -> tuple[DependencyMatcher, SentenceGatedMatcher]:
    triggers = load_dep_triggers("en")
    lemmas = anchor_lemmas(triggers)
    assert lemmas is not None and {"visit", "meet"} <= lemmas
    plain = DependencyMatcher(doc.vocab)
    gated = SentenceGatedMatcher(doc.vocab, frozenset(doc.vocab.strings.add(x) for x in lemmas))
    for trig in triggers:
        plain.add(trig.rule, [list(trig.pattern)])
        gated.add(trig.rule, [list(trig.pattern)])
    return plain, gated


def test_gated_matcher_finds_the_whole_documents_matches_in_its_order():
    doc = _doc()
    plain, gated = _matchers(doc)
    expected = plain(doc)
    assert gated(doc) == expected
    rules = {doc.vocab.strings[key] for key, _ in expected}
    # positive control: both sentences with a trigger matched, the one without was skipped
    assert {"en.visited.dep.visit-obj", "en.met.dep.meet-obj"} <= rules
    assert list(gated._sentences(doc)) == [(0, 4), (9, 17)]
    assert len(list(doc.sents)) == 3


def test_a_pattern_not_tied_to_lemmas_reads_every_sentence():
    doc = _doc()
    free = load_dep_triggers("en")[0]
    verb = {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}}  # any verb: no lemma
    loose = replace(free, pattern=(verb, *free.pattern[1:]))
    assert anchor_lemmas((loose,)) is None
    gated = SentenceGatedMatcher(doc.vocab, None)
    gated.add(loose.rule, [list(loose.pattern)])
    plain = DependencyMatcher(doc.vocab)
    plain.add(loose.rule, [list(loose.pattern)])
    assert list(gated._sentences(doc)) == [(0, len(doc))]
    assert gated(doc) == plain(doc) != []
