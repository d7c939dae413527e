"""Tell Indonesian from English by counting function words listed in the ontology data."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from kg.resources import ontology_path

__all__ = ["detect_language", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("id", "en")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _cues() -> dict[str, frozenset[str]]:
    data = json.loads(ontology_path("lexicon", "language-cues.json").read_text("utf-8"))
    return {lang: frozenset(data[lang]) for lang in SUPPORTED_LANGUAGES}


def detect_language(text: str, default: str = "id") -> str:
    """Return ``"id"`` or ``"en"``: the language whose function words occur most often.

    Function words are the most reliable cue on short, noisy news text and need no model;
    ties (e.g. a text of names only) fall back to ``default``, Indonesian being kg's first language.
    """
    counts: Counter[str] = Counter()
    cues = _cues()
    for word in _WORD.findall(text.lower()):
        for lang, words in cues.items():
            if word in words:
                counts[lang] += 1
    if not counts:
        return default
    best, n = counts.most_common(1)[0]
    if list(counts.values()).count(n) > 1:
        return default
    return best
