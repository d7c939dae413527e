"""The first-word index of token sequences finds what trying every length at every token
found (the matcher it replaced), in the same order."""

from __future__ import annotations

import random

from kg.nlp.sequences import SequenceIndex

ROWS = {
    ("amerika", "serikat"): ["iso3166:US"],
    ("as",): ["iso3166:US"],
    ("wakil", "presiden"): ["title"],
    ("presiden",): ["title", "other"],
    ("wakil", "presiden", "amerika", "serikat"): ["long"],
    ("serikat",): ["s"],
}


def _every_length(rows, words):
    """The replaced scan: every length of any row at every position."""
    lengths = sorted({len(w) for w in rows})
    found = []
    for start in range(len(words)):
        for length in lengths:
            if start + length > len(words):
                break
            for value in rows.get(tuple(words[start : start + length]), ()):
                found.append((value, start, start + length))
    return found


def test_scan_finds_what_every_length_at_every_token_finds():
    vocab = sorted({w for words in ROWS for w in words} | {"dan", "di", "tiba"})
    rng = random.Random(11)
    index = SequenceIndex(ROWS)
    total = 0
    for _ in range(300):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        got = index.scan(words)
        assert got == _every_length(ROWS, words)
        total += len(got)
    assert total > 100  # positive control: the random texts do contain the sequences


def test_scan_overlaps_and_order():
    words = "wakil presiden amerika serikat tiba".split()
    got = SequenceIndex(ROWS).scan(words)
    assert got == [
        ("title", 0, 2),
        ("long", 0, 4),
        ("title", 1, 2),
        ("other", 1, 2),
        ("iso3166:US", 2, 4),
        ("s", 3, 4),
    ]


def test_longest_takes_the_longest_sequence_at_each_start():
    words = "wakil presiden amerika serikat dan presiden".split()
    assert list(SequenceIndex(ROWS).longest(words)) == [(0, 4), (1, 2), (2, 4), (3, 4), (5, 6)]
    assert list(SequenceIndex(ROWS).longest(["dan", "di"])) == []


def test_empty_sequences_are_never_found():
    assert SequenceIndex({(): ["x"], ("a",): ["y"]}).scan(["a", "b"]) == [("y", 0, 1)]
