"""Load a pipeline's tokenizer once, with kg's settings in place before its special cases.

Why this module: loading spaCy's Indonesian tokenizer dominated the pipeline load (6-8 s). Its
~16k special cases (spaCy's stock Indonesian exceptions: mostly hyphenated words such as
"negara-negara" or "bolak-balik", each kept whole) were built three times: by the config's
tokenizer factory (the language defaults), again by ``from_disk``, and a third time when kg
set ``token_match`` (every tokenizer setting reloads all special cases). Each one costs an
affix tokenization and a PhraseMatcher entry, because a hyphen is an infix.

Here the pipeline is built with a bare tokenizer and without its tokenizer data; the data is
then read once: its regular expressions first, kg's ``token_match`` next, the special cases
last. Special cases that only keep a plain hyphenated word whole (one token, no attributes, no
prefix or suffix character) become a set lookup in ``token_match``, which gives the same
tokens with no per-case cost: the remaining special cases (abbreviations, emoticons, cases with
a NORM) load as before. One difference, by design: spaCy also re-joins a special-cased word
inside a longer hyphen or infix chain ("abu-abu-abu", "negara-negara/wilayah"); a set lookup
sees only whole chunks, so such chains split at every hyphen. Which special cases move is
decided once per tokenizer and shipped (:mod:`kg.nlp.prepared`). ``tests/nlp/test_tokenizer.py``
checks that the tokens are otherwise identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from kg.nlp.prepared import read_prepared
from kg.resources import ontology_path

__all__ = ["BARE_TOKENIZER", "load_tokenizer", "split_rules"]

BARE_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "kg.BareTokenizer.v1"}}}
"""Config override for ``spacy.load``: a tokenizer with no rules (its data is read later)."""

# Capitalised hyphenated names stay one token ("Kassym-Jomart", "Nik-Ahmad", "Al-Sisi").
_HYPHENATED_NAME = re.compile(r"^[A-Z][\w']*(?:-[A-Z][\w']*)+$")
_HYPHENATED_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")
_ORTH = 65  # spacy.attrs.ORTH: special cases read from disk are keyed by attribute id


@registry.tokenizers("kg.BareTokenizer.v1")
def create_bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules or patterns: :func:`load_tokenizer` fills it from disk."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def load_tokenizer(nlp: Language, path: Path) -> Tokenizer:
    """Fill ``nlp``'s (bare) tokenizer from the serialised tokenizer at ``path``, adding kg's
    ``token_match``, with one load of the special cases.

    RETURNS (Tokenizer): ``nlp.tokenizer``, ready.
    """
    data = srsly.msgpack_loads(path.read_bytes())
    rules = data.pop("exceptions", None) or {}
    tokenizer = nlp.tokenizer
    tokenizer.from_bytes(srsly.msgpack_dumps(data))  # regexes; rules empty: cheap
    prepared = read_prepared(nlp.lang, path)
    if prepared is not None:
        words = prepared["hyphen_words"]
        moved = set(words)
        kept = {string: cases for string, cases in rules.items() if string not in moved}
    else:
        kept, words = split_rules(tokenizer, rules)
    tokenizer.token_match = _token_match(frozenset(words), tokenizer.token_match)
    kept.update({word: [{_ORTH: word}] for word in _abbreviations(nlp.lang) if word not in kept})
    tokenizer.rules = kept
    return tokenizer


def _abbreviations(lang: str) -> list[str]:
    """kg's abbreviations for ``lang`` (``ontology/lexicon/abbreviations.json``): ranks and
    honorifics before a name whose full stop would otherwise end the sentence ("Lt. Gen. X")."""
    data = srsly.read_json(ontology_path("lexicon", "abbreviations.json"))
    return list(data.get(lang, []))


def split_rules(tokenizer: Tokenizer, rules: dict) -> tuple[dict, list[str]]:
    """Special cases to keep, and the plain hyphenated words that a set lookup can keep whole
    instead (see the module docstring for why the tokens are the same)."""
    kept: dict = {}
    words: list[str] = []
    for string, substrings in rules.items():
        plain = (
            len(substrings) == 1
            and set(substrings[0]) <= {_ORTH, "ORTH"}
            and _HYPHENATED_WORD.match(string)
            and not tokenizer.find_prefix(string)
            and not tokenizer.find_suffix(string)
        )
        if plain:
            words.append(string)
        else:
            kept[string] = substrings
    return kept, words


def _token_match(words: frozenset[str], previous: Callable | None) -> Callable:
    def token_match(text: str):  # noqa: ANN202 - spaCy's callback signature
        if text in words:
            return True
        if _HYPHENATED_NAME.match(text) and not _joins_places(text) and not _joins_people(text):
            return True
        return previous(text) if previous else None

    return token_match


_PLACE_KINDS = frozenset({"Country", "Region", "City"})


def _joins_people(text: str) -> bool:
    """ "pasangan A-B", "KTT A-B": two persons the people base knows, joined by a hyphen
    (an election ticket, a summit), are split like places are, so each is a name of its
    own; one name with a hyphen ("Kassym-Jomart", "Al-Sisi") has parts that name nobody."""
    from kg.nlp.people import load_people  # the base loads once, on first use

    people = load_people()
    if people.candidates(text):
        return False
    parts = text.split("-")
    return len(parts) == 2 and all(len(part) >= 3 and people.candidates(part) for part in parts)


def _joins_places(text: str) -> bool:
    """ "Russia-Ukraine", "Meksiko-Amerika", "Jakarta-Bandung": known places joined by a
    hyphen (a border, a war, a route) are split like any hyphenated word, so each is a
    name of its own; a name that is itself known ("Guinea-Bissau") stays whole."""
    from kg.nlp.gazetteer import load_gazetteer  # the gazetteer loads once, on first use

    gazetteer = load_gazetteer()
    if gazetteer.lookup(text) is not None:
        return False
    parts = text.split("-")
    if all(_names_place(gazetteer, part) for part in parts):
        return True
    # "perbatasan RI-Timor Leste": a country's short form in capitals before a name that
    # goes on in the next word
    return len(parts) == 2 and _country_short_form(gazetteer, parts[0]) and parts[1].istitle()


def _names_place(gazetteer, part: str) -> bool:  # noqa: ANN001 - the loaded gazetteer
    """A known place ("Jakarta"), a country's short form in capitals ("RI", "PNG") or a
    country's demonym ("the Russian-Azerbaijani border")."""
    if _country_short_form(gazetteer, part):
        return True
    if len(part) < 3:
        return False
    entry = gazetteer.lookup(part)
    if entry is not None:
        return entry.type in _PLACE_KINDS
    nation = gazetteer.lookup_demonym(part)
    return nation is not None and nation.type == "Country"


def _country_short_form(gazetteer, part: str) -> bool:  # noqa: ANN001 - the loaded gazetteer
    entry = gazetteer.lookup(part) if len(part) >= 2 and part.isupper() else None
    return entry is not None and entry.type == "Country"
