"""Find known token sequences (gazetteer names, titles) in a document's words.

Why an index by first word: the gazetteer has ~24k names and the title lexicon hundreds of
titles; trying every name length (or every title) at every token made matching the largest
cost of the pipeline (``kg_gazetteer`` at ~1k words/s). Almost no token starts a known
sequence, so one dict lookup per token settles it; only where one does are the few lengths
that start with that word tried. The matches are the same, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

__all__ = ["SequenceIndex"]


class SequenceIndex:
    """Values by token sequence, found in a list of words.

    rows (Mapping[tuple[str, ...], Sequence[str]]): the values each token sequence stands
        for (several values may share a sequence). Empty sequences are never found.
    """

    def __init__(self, rows: Mapping[tuple[str, ...], Sequence[str]]) -> None:
        self.rows = rows
        lengths: dict[str, set[int]] = {}
        for words in rows:
            if words:
                lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {word: tuple(sorted(ns)) for word, ns in lengths.items()}

    def scan(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """Every ``(value, start, end)`` whose sequence is ``words[start:end]``: by start, then
        by length (shortest first), then in the row's order.

        RETURNS (list[tuple[str, int, int]]): the matches.
        """
        found = []
        n = len(words)
        lengths_of = self._lengths.get
        rows = self.rows
        for start, word in enumerate(words):
            lengths = lengths_of(word)
            if lengths is None:
                continue
            for length in lengths:
                end = start + length
                if end > n:
                    break
                for value in rows.get(tuple(words[start:end]), ()):
                    found.append((value, start, end))
        return found

    def longest(self, words: Sequence[str]) -> Iterable[tuple[int, int]]:
        """``(start, end)`` of the longest sequence starting at each position that starts one,
        by start: where titles overlap ("Wakil Presiden", "Presiden"), the longest wins.

        RETURNS (Iterable[tuple[int, int]]): the spans.
        """
        ends: dict[int, int] = {}
        for _, start, end in self.scan(words):
            ends[start] = end  # scan gives the lengths of one start shortest first
        return ends.items()
