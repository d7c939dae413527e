"""The gazetteer's names as token sequences, and a matcher over them.

Why not spaCy's ``PhraseMatcher``: it takes patterns as ``Doc`` objects, so every load of a
pipeline tokenized ~24k gazetteer names and created a lexeme for each new word (~2.4 s, most of
the English load). kg matches on the lowercase or exact text of tokens, which a dict of token
tuples does as well with nothing to create. The token sequences depend only on the gazetteer
and the tokenizer, so they are computed once and shipped (:mod:`kg.nlp.prepared`).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.sequences import SequenceIndex

__all__ = [
    "DEFAULT_MIN_LENGTH",
    "PhraseTable",
    "build_table",
    "phrase_table",
]

DEFAULT_MIN_LENGTH = 2  # shorter names are not matched (kg_gazetteer's default_config)
Rows = dict[tuple[str, ...], list[str]]  # token sequence -> gazetteer ids


class PhraseTable:
    """Gazetteer ids by token sequence: lowercased for most names, exact for short all-caps
    forms ("AS", "RI": "as" is a word). Several ids can share a sequence."""

    def __init__(self, lower: Rows, exact: Rows) -> None:
        self.lower = lower
        self.exact = exact
        self._lower_index = SequenceIndex(lower)
        self._exact_index = SequenceIndex(exact)

    def matches(self, doc: Doc, lowers: list[str] | None = None) -> list[tuple[str, int, int]]:
        """Every ``(entry id, start, end)`` whose name covers ``doc[start:end]`` (as spaCy's
        PhraseMatcher on LOWER, then on ORTH): case-insensitive matches first, then exact
        ones, each in document order. ``lowers``: the tokens' lowercase forms, if read already."""
        lowers = lowers if lowers is not None else [t.lower_ for t in doc]
        texts = [t.text for t in doc]
        return self._lower_index.scan(lowers) + self._exact_index.scan(texts)

    def to_json(self) -> dict[str, list]:
        return {
            "lower": [[keys, list(words)] for words, keys in self.lower.items()],
            "exact": [[keys, list(words)] for words, keys in self.exact.items()],
        }

    @classmethod
    def from_json(cls, data: dict[str, list]) -> PhraseTable:
        """The table :meth:`to_json` wrote."""
        return cls(
            {tuple(words): keys for keys, words in data["lower"]},
            {tuple(words): keys for keys, words in data["exact"]},
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhraseTable) and (self.lower, self.exact) == (
            other.lower,
            other.exact,
        )

    __hash__ = None  # type: ignore[assignment]


def build_table(nlp: Language, gazetteer: Gazetteer, min_length: int) -> PhraseTable:
    """Tokenize one phrase per name and demonym of every entry in ``nlp``'s language."""
    rows: list[tuple[str, str, bool]] = []
    for entry in gazetteer.entries.values():
        forms = set(entry.surface_forms(nlp.lang)) | set(entry.demonym_forms(nlp.lang))
        for form in sorted(forms):
            if len(form) >= min_length:
                rows.append((entry.id, form, form.isupper() and len(form) <= 4))
    lower: Rows = {}
    exact: Rows = {}
    docs = nlp.tokenizer.pipe(form for _, form, _ in rows)
    for (key, _, is_exact), doc in zip(rows, docs, strict=True):
        if is_exact:
            exact.setdefault(tuple(t.text for t in doc), []).append(key)
        else:
            lower.setdefault(tuple(t.lower_ for t in doc), []).append(key)
    return PhraseTable(lower, exact)


def phrase_table(nlp: Language, gazetteer: Gazetteer, min_length: int) -> PhraseTable:
    """The shipped table when it was prepared for this pipeline (:mod:`kg.nlp.prepared`),
    else one built now."""
    from kg.nlp.prepared import read_prepared

    prepared = (
        read_prepared(nlp.lang, Path(nlp.path) / "tokenizer")
        if nlp.path is not None and min_length == DEFAULT_MIN_LENGTH
        else None
    )
    if prepared is not None:
        return PhraseTable.from_json(prepared["phrases"])
    return build_table(nlp, gazetteer, min_length)
