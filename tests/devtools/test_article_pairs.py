"""How article gold labels the learned layer's training pairs
(``kg.devtools.relations.articles``): a relation is a positive only in the sentence its
evidence quotes, unknown in the others, and pairs touching optional items are left out."""

from __future__ import annotations

from types import SimpleNamespace

from kg.devtools.relations.articles import ArticlePair, _label, emitted, read_pairs, write_pairs

ENTITIES = {
    "E:A": {"kind": "gold"},
    "E:B": {"kind": "gold"},
    "E:P": {"kind": "gold"},
    "E:O": {"kind": "optional"},
}
GOLD = SimpleNamespace(
    entities=ENTITIES,
    gold_rel={("visited", "E:A", "E:P"), ("met", "E:A", "E:B")},
    optional_rel={("visited", "E:B", "E:P")},
)
SPANS = {("visited", "E:A", "E:P"): (100, 140), ("met", "E:A", "E:B"): (300, 320)}
HERE = (90, 150)  # the sentence that quotes A's visit
ELSEWHERE = (200, 260)


def test_positive_only_where_the_evidence_is():
    assert _label(GOLD, SPANS, "E:A", "E:P", HERE) == {"visited"}
    assert _label(GOLD, SPANS, "E:A", "E:P", ELSEWHERE) is None  # unknown, left out


def test_symmetric_relation_in_both_orders():
    assert _label(GOLD, SPANS, "E:B", "E:A", (290, 330)) == {"met"}


def test_reverse_direction_and_unrelated_pairs_are_none():
    assert _label(GOLD, SPANS, "E:P", "E:A", HERE) == frozenset()
    assert _label(GOLD, SPANS, None, "E:P", HERE) == frozenset()  # a name not in the gold


def test_optional_items_are_left_out():
    assert _label(GOLD, SPANS, "E:B", "E:P", HERE) is None  # optional relation
    assert _label(GOLD, SPANS, "E:O", "E:A", HERE) is None  # optional entity
    assert _label(GOLD, SPANS, "E:A", "E:A", HERE) is None  # one entity twice


def _pair(gold: set[str], blocked: set[str] = frozenset()) -> ArticlePair:
    return ArticlePair("a#0", "a", "en", 0, 1, ["bias"], frozenset(gold), False, frozenset(blocked))


def test_calibration_reads_only_what_the_layer_could_emit():
    # A guess the guards refuse (a hedged trip, a second person's office) never becomes a
    # relation, so it must not count against the precision of those that do.
    oof = [
        (_pair({"visited"}), "visited", 0.9),
        (_pair(set(), {"visited"}), "visited", 0.95),  # refused by a guard
        (_pair(set()), "none", 0.8),
        (_pair({"met"}, {"visited"}), "met", 0.7),  # another predicate's guard
    ]
    kept = emitted(oof)
    assert [(c, prob) for _, c, prob in kept] == [("visited", 0.9), ("met", 0.7)]


def test_pairs_keep_their_guards_through_a_file(tmp_path):
    pairs = [_pair({"visited"}, {"officialOf", "met"}), _pair(set())]
    write_pairs(pairs, tmp_path / "pairs.jsonl")
    assert read_pairs(tmp_path / "pairs.jsonl") == pairs
