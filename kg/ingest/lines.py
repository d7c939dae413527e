"""The lines of an article, with their offsets: what boilerplate masking and metadata reading
both walk through.

Why one model: the boilerplate rules and the date/title reader must agree on what a line is
and on which line is a story paragraph (the first one ends the page's prelude for both); two
copies had started to disagree about closing quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Line", "lines", "ends_like_a_sentence", "STORY_MIN_WORDS"]

STORY_MIN_WORDS = 12
"""A story paragraph has at least this many words (and ends like a sentence)."""

_SENTENCE_END = re.compile(r"[.!?\"'”’)]\s*$")


def ends_like_a_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation or a closing quote or bracket.

    >>> ends_like_a_sentence("Blinken tiba di Astana."), ends_like_a_sentence("Beranda > Dunia")
    (True, False)
    """
    return bool(_SENTENCE_END.search(text))


@dataclass(frozen=True)
class Line:
    """A non-blank line: its character range in the text (stripped) and its text."""

    start: int
    end: int
    text: str  # stripped
    after_blank: bool = False  # a blank line separates it from the previous line

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_story(self) -> bool:
        """A real paragraph: long enough and ending like a sentence."""
        return self.words >= STORY_MIN_WORDS and ends_like_a_sentence(self.text)


def title_case(line: str) -> bool:
    """Whether a line is written in Title Case (a headline), not in sentence case: headlines
    do not end with a full stop; name-heavy sentences do. A closing quote is read past: a
    headline may end with a quoted phrase, a quoted sentence ends with its stop inside."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or line.rstrip().rstrip("\"”’'").endswith((".", "!", "?")):
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` written in Title Case (headlines)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if title_case(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def lines(text: str) -> Iterator[Line]:
    """The non-blank lines of ``text``, in order, with offsets into ``text``.

    >>> [(x.start, x.text, x.after_blank) for x in lines("A\\n\\n  B ")]
    [(0, 'A', False), (5, 'B', True)]
    """
    pos = 0
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(pos + lead, pos + lead + len(stripped), stripped, blank)
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
