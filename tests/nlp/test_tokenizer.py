"""kg's tokenizer loading (kg.nlp.tokenizer) gives the tokens that spaCy's own loading of the
same pipeline gives, with kg's hyphenated-name rule (a capitalised hyphenated name stays whole
unless its parts are known places, "Russia-Ukraine"): on our sentences and, where the shared
eval set exists, on a sample of its dev articles."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import spacy

from kg.nlp.tokenizer import _joins_places
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

DEV = ROOT.parent / "shared" / "eval" / "dev"
_NAME = re.compile(r"^[A-Z][\w']*(?:-[A-Z][\w']*)+$")  # what kg set before: names stay whole

SENTENCES = {
    "id": [
        "Negara-negara anggota ASEAN bertemu di Jakarta, Senin (28/2), kata Kassym-Jomart.",
        "Para pejabat bolak-balik ke Istana; NEGARA-NEGARA Barat mengada-ada, ujar Al-Sisi.",
        "Iring-iringan mobil melaju. Nilai-nilai (abu-abu) dan kira-kira Rp 5 juta :) Jan. 2023",
        '"Sayur-mayur," katanya. Anak-anak? kupu-kupu.',
    ],
    "en": [
        "Secretary of State Antony Blinken didn't meet Kassym-Jomart Tokayev face-to-face.",
        "Troops gathered along the Russia-Ukraine border, not in Guinea-Bissau.",
        "U.S. officials said it's a long-term plan; the talks (in Astana) ended at 5 p.m.",
    ],
}


def _stock(lang: str):
    """The pipeline as spaCy loads it, plus kg's former token_match (names stay whole)."""
    if lang == "id":
        from kg.nlp.pipeline import ID_MODEL
        from kg.resources import model_dir

        nlp = spacy.load(model_dir(ID_MODEL), exclude=["tok2vec", "morphologizer", "parser", "ner"])
    else:
        from kg.nlp.pipeline import EN_MODELS

        for name in EN_MODELS:
            try:
                nlp = importlib.import_module(name).load(
                    exclude=["tok2vec", "tagger", "parser", "ner"]
                )
                break
            except ImportError:
                continue
    previous = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: (
        (_NAME.match(text) and not _joins_places(text)) or (previous(text) if previous else None)
    )
    return nlp


def _dev_sample(lang: str, n: int = 6) -> list[str]:
    if not DEV.is_dir():
        return []
    from kg.ingest import detect_language

    texts = [p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))]
    return [t for t in texts if detect_language(t) == lang][:n]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tokens_equal_spacy_loading(lang):
    from kg.nlp.pipeline import base_pipeline

    ours, stock = base_pipeline(lang).tokenizer, _stock(lang).tokenizer
    texts = SENTENCES[lang] + _dev_sample(lang)
    for text in texts:
        expected = [(t.text, t.norm_, t.whitespace_) for t in stock(text)]
        assert [(t.text, t.norm_, t.whitespace_) for t in ours(text)] == expected
    if lang == "id":  # positive control: the words the set lookup keeps whole are there
        tokens = {t.text for text in texts for t in ours(text)}
        assert {"Negara-negara", "bolak-balik", "mengada-ada", "Kassym-Jomart"} <= tokens
        assert len(ours.rules) < len(stock.rules)  # and they left the special cases


def test_a_chain_of_hyphenated_words_splits_at_every_hyphen():
    """The one documented difference (kg.nlp.tokenizer): spaCy re-joins a special-cased word
    inside a longer chain ("anak-anak" + "-anak"); a set lookup sees the whole chunk only."""
    from kg.nlp.pipeline import base_pipeline

    ours, stock = base_pipeline("id").tokenizer, _stock("id").tokenizer
    assert [t.text for t in stock("anak-anak-anak")] == ["anak-anak", "-", "anak"]
    assert [t.text for t in ours("anak-anak-anak")] == ["anak", "-", "anak", "-", "anak"]
    assert [t.text for t in ours("anak-anak")] == ["anak-anak"]


def test_a_bare_model_folder_still_loads_without_kg(tmp_path: Path):
    """The shipped model folder is untouched: plain spaCy loads it with every special case."""
    from kg.nlp.pipeline import ID_MODEL
    from kg.resources import model_dir

    nlp = spacy.load(model_dir(ID_MODEL), exclude=["tok2vec", "morphologizer", "parser", "ner"])
    assert [t.text for t in nlp("negara-negara")] == ["negara-negara"]


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        ("en", "along the Russia-Ukraine border", ["Russia", "-", "Ukraine"]),
        ("id", "kereta cepat Jakarta-Bandung", ["Jakarta", "-", "Bandung"]),
    ],
)
def test_places_joined_by_a_hyphen_are_split_and_names_are_not(lang, text, parts):
    from kg.nlp.pipeline import load_pipeline

    tokenizer = load_pipeline(lang).tokenizer
    tokens = [t.text for t in tokenizer(text + " dan Kassym-Jomart, Guinea-Bissau")]
    windows = [tokens[i : i + len(parts)] for i in range(len(tokens))]
    assert parts in windows
    assert "Kassym-Jomart" in tokens  # control: a hyphenated name stays one token
    assert "Guinea-Bissau" in tokens  # a known name of its own stays whole
