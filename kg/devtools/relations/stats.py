"""Print the size of the annotated relation data: per corpus and split, per predicate, held back.

Run ``python -m kg.devtools.relations.stats [--corpora DIR] [--file FILE]``. Exit code 2 with a
one-line error when the data does not load (a missing corpus, a changed sentence).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from itertools import permutations

from kg.devtools.relations.data import (
    PREDICATES,
    SYMMETRIC,
    AnnotatedSentence,
    data_parser,
    load_for_cli,
)

__all__ = ["counts", "main", "pair_count"]


def pair_count(sentence: AnnotatedSentence) -> int:
    """Entity pairs a classifier sees: ordered pairs of distinct entities."""
    return len(list(permutations(range(len(sentence.entities)), 2)))


def counts(sentences: Iterable[AnnotatedSentence]) -> dict[str, Counter]:
    """Counters by group: ``"split"`` (corpus/split), ``"predicate"``, ``"hard"`` and totals.

    Positives are counted once per listed relation; negatives are the ordered pairs that carry
    no relation in either direction (a symmetric relation covers both of its orders).
    """
    out: dict[str, Counter] = {k: Counter() for k in ("split", "predicate", "hard", "total")}
    for s in sentences:
        part = f"{s.corpus}/{s.split}"
        out["split"][part] += 1
        out["total"]["sentences"] += 1
        out["total"]["heldback"] += s.heldback
        out["total"]["entities"] += len(s.entities)
        out["total"]["pairs"] += pair_count(s)
        covered = set()
        for r in s.relations:
            covered.add((r.s, r.o))
            if r.p in SYMMETRIC:
                covered.add((r.o, r.s))
            out["predicate"][r.p] += 1
        out["total"]["positives"] += len(s.relations)
        out["total"]["heldback positives"] += len(s.relations) * s.heldback
        out["total"]["negative pairs"] += pair_count(s) - len(covered)
        out["total"]["hard negatives"] += len(s.hard_negatives)
        for h in s.hard_negatives:
            out["hard"][h.p] += 1
    return out


def _table(title: str, counter: Counter, order: Iterable[str] | None = None) -> str:
    keys = list(order) if order is not None else sorted(counter)
    width = max([len(k) for k in keys] + [len(title)])
    lines = [title]
    lines += [f"  {k:<{width}}  {counter[k]:>6}" for k in keys]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Load the data and print its counts; return the exit code."""
    parser = data_parser(__doc__)
    args = parser.parse_args(argv)
    sentences = load_for_cli(args)
    if sentences is None:
        return 2
    c = counts(sentences)
    print(_table("sentences per corpus/split", c["split"]))
    print(_table("positives per predicate", c["predicate"], PREDICATES))
    print(_table("hard negatives per predicate", c["hard"], PREDICATES))
    print(_table("totals", c["total"], list(c["total"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
