"""The gazetteer phrase table: the same matches as spaCy's PhraseMatcher it replaced, and the
shipped prepared data equal to what a load would compute (kg.nlp.prepared)."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from kg.nlp.gazetteer import Gazetteer, GazetteerEntry
from kg.nlp.phrases import PhraseTable, build_table

GAZ = Gazetteer(
    [
        GazetteerEntry(
            "iso3166:US", "Country", "United States", names={"id": ("Amerika Serikat", "AS")}
        ),
        GazetteerEntry("iso3166:KZ", "Country", "Kazakhstan", demonyms={"en": ("Kazakh",)}),
        GazetteerEntry("geonames:1526273", "City", "Astana"),
        GazetteerEntry("geonames:9999", "City", "Astana Baru"),
        GazetteerEntry(
            "kg:un", "Organization", "PBB", names={"id": ("Perserikatan Bangsa-Bangsa", "PBB")}
        ),
    ]
)
SENTENCES = [
    "Presiden AS bertemu pejabat Kazakh di Astana Baru, bukan di Astana.",
    "as dan amerika serikat: huruf kecil; AMERIKA SERIKAT huruf besar.",
    "Sekjen Perserikatan Bangsa-Bangsa (PBB) tiba di ASTANA pada Senin.",
    "",
]


def _phrase_matcher_matches(nlp, table: PhraseTable, doc) -> set[tuple[str, int, int]]:
    """What kg did before: spaCy's PhraseMatcher on LOWER and on ORTH, same patterns."""
    lower, exact = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    for matcher, rows in ((lower, table.lower), (exact, table.exact)):
        for words, keys in rows.items():
            for key in keys:
                matcher.add(key, [spacy.tokens.Doc(nlp.vocab, words=list(words))])
    return {(nlp.vocab.strings[m], s, e) for m, s, e in lower(doc) + exact(doc)}


def test_phrase_table_matches_like_the_phrase_matcher():
    nlp = spacy.blank("id")
    table = build_table(nlp, GAZ, min_length=2)
    found = set()
    for text in SENTENCES:
        doc = nlp.make_doc(text)
        ours = table.matches(doc)
        assert set(ours) == _phrase_matcher_matches(nlp, table, doc)
        assert len(ours) == len(set(ours))  # no match reported twice
        found |= {(doc[s:e].text, key) for key, s, e in ours}
    # positive controls: multi-word, case-insensitive, exact-only short form, demonym, overlap
    assert ("Astana Baru", "geonames:9999") in found and ("Astana", "geonames:1526273") in found
    assert ("amerika serikat", "iso3166:US") in found and ("AS", "iso3166:US") in found
    assert ("Perserikatan Bangsa-Bangsa", "kg:un") in found and ("Kazakh", "iso3166:KZ") in found
    assert ("as", "iso3166:US") not in found  # "as" is a word: short all-caps forms are exact


def test_phrase_table_round_trips_through_json():
    table = build_table(spacy.blank("id"), GAZ, min_length=2)
    assert PhraseTable.from_json(table.to_json()) == table
    assert table.lower and table.exact


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
def test_shipped_prepared_data_is_what_a_load_computes(lang):
    """Stale prepared data (gazetteer, model or kg's tokenizer code changed) would only slow the
    load down, but say so: rerun `python -m kg.devtools.prepare`."""
    from pathlib import Path

    import srsly

    from kg.nlp.gazetteer import load_gazetteer
    from kg.nlp.phrases import DEFAULT_MIN_LENGTH
    from kg.nlp.pipeline import base_pipeline
    from kg.nlp.prepared import read_prepared
    from kg.nlp.tokenizer import split_rules

    nlp = base_pipeline(lang)
    tokenizer_file = Path(nlp.path) / "tokenizer"
    prepared = read_prepared(lang, tokenizer_file)
    assert prepared is not None, "stale: run `python -m kg.devtools.prepare`"
    rules = srsly.msgpack_loads(tokenizer_file.read_bytes()).get("exceptions") or {}
    assert prepared["hyphen_words"] == sorted(split_rules(nlp.tokenizer, rules)[1])
    fresh = build_table(nlp, load_gazetteer(), DEFAULT_MIN_LENGTH)
    assert PhraseTable.from_json(prepared["phrases"]) == fresh
