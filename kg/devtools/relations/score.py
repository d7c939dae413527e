"""Score kg's relation rules on the annotated sentences: precision and recall per predicate.

Run ``python -m kg.devtools.relations.score [--part tune|heldback|all]``. Each sentence is run
through kg's own stages (ingest, nlp, extract, resolve) as a one-sentence Indonesian document;
every relation kg asserts is traced back to the mentions of its evidence (a pronoun to its
antecedent) and matched to the annotated entities by character overlap.

Why pairs of annotated entities: the gold says "none" only for pairs of its own entities, so a
prediction is a true or false positive only when both its ends fall on annotated entities.
Predictions with an end elsewhere (a name the annotation left out, a facility) are counted
apart as ``off-entity``; they are neither credited nor charged.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.devtools.relations.data import (
    PREDICATES,
    SYMMETRIC,
    AnnotatedSentence,
    annotated_predicate,
    data_parser,
    load_for_cli,
)

if TYPE_CHECKING:
    from kg.extract.learned import LearnedModel

__all__ = ["Evidence", "Span", "Triple", "entity_at", "kg_relations", "kg_triples", "main", "score"]

Span = tuple[int, int]
Triple = tuple[Span, str, Span]
Evidence = tuple[Span, str, Span, str, float]


def kg_relations(text: str, *, learned: bool | LearnedModel = True) -> set[Evidence]:
    """Every piece of evidence for the relations kg asserts from one sentence: (subject span,
    predicate, object span, rule, confidence). ``learned`` as for :func:`kg.extract.extract`
    (False: the rules alone; a model: that model instead of the shipped one)."""
    from kg.extract import extract
    from kg.ingest import read_text
    from kg.nlp import analyze
    from kg.resolve import resolve

    extraction = extract(
        analyze(read_text(text, source="sentence", lang="id")), "id", learned=learned
    )
    mentions = extraction.mentions

    def span(index: int) -> Span:
        m = mentions[index]
        while m.antecedent is not None:
            m = mentions[m.antecedent]
        return (m.start, m.end)

    return {
        (
            span(ev.subject),
            annotated_predicate(rel.predicate),
            span(ev.object),
            ev.rule,
            ev.confidence,
        )
        for rel in resolve(extraction).relations
        for ev in rel.evidence
    }


def kg_triples(text: str, *, learned: bool = True) -> set[Triple]:
    """The relations kg extracts from one sentence, as (subject span, predicate, object span);
    ``learned=False`` for the rules alone."""
    return {(s, p, o) for s, p, o, _, _ in kg_relations(text, learned=learned)}


def entity_at(sentence: AnnotatedSentence, span: Span) -> int | None:
    """The annotated entity overlapping ``span`` most (None when none overlaps)."""
    best, best_overlap = None, 0
    for i, e in enumerate(sentence.entities):
        overlap = min(e.end, span[1]) - max(e.start, span[0])
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _key(s: int, p: str, o: int) -> tuple[int, str, int]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def score(
    sentences: Iterable[AnnotatedSentence], predict: Callable[[str], set[Triple]] = kg_triples
) -> dict[str, Counter]:
    """Counts per predicate: ``gold``, ``tp``, ``fp``, ``off-entity``, ``hard negatives hit``.

    sentences (Iterable[AnnotatedSentence]): The annotated sentences to score on.
    predict (Callable): Text to predicted triples. Defaults to kg's own stages.
    RETURNS (dict[str, Counter]): One counter per predicate, and ``"all"``.
    """
    out: dict[str, Counter] = {p: Counter() for p in (*PREDICATES, "all")}
    for sentence in sentences:
        gold = {_key(r.s, r.p, r.o) for r in sentence.relations}
        hard = {_key(h.s, h.p, h.o) for h in sentence.hard_negatives}
        predicted = set()
        for subj, p, obj in predict(sentence.text):
            s, o = entity_at(sentence, subj), entity_at(sentence, obj)
            if s is None or o is None or s == o:
                out[p]["off-entity"] += 1
                continue
            predicted.add(_key(s, p, o))
        for _, p, _ in gold:
            out[p]["gold"] += 1
        for triple in predicted:
            p = triple[1]
            out[p]["tp" if triple in gold else "fp"] += 1
            out[p]["hard negatives hit"] += triple in hard
    for p in PREDICATES:
        out["all"].update(out[p])
    return out


def _rate(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "-"


def main(argv: list[str] | None = None) -> int:
    """Score kg on one part of the data and print a table; exit 2 when the data will not load."""
    parser = data_parser(__doc__)
    parser.add_argument("--part", choices=("tune", "heldback", "all"), default="tune")
    parser.add_argument("--rules-only", action="store_true", help="leave out the learned layer")
    args = parser.parse_args(argv)
    sentences = load_for_cli(args)
    if sentences is None:
        return 2
    if args.part != "all":
        sentences = [s for s in sentences if s.heldback == (args.part == "heldback")]
    counts = score(sentences, lambda text: kg_triples(text, learned=not args.rules_only))
    print(f"{len(sentences)} sentences ({args.part})")
    print(
        f"{'predicate':<11} {'gold':>5} {'tp':>5} {'fp':>5} {'P':>5} {'R':>5} {'F1':>5}"
        f" {'hardneg':>7} {'off-ent':>7}"
    )
    for p in (*PREDICATES, "all"):
        c = counts[p]
        tp, fp, gold = c["tp"], c["fp"], c["gold"]
        f1 = _rate(2 * tp, 2 * tp + fp + gold - tp)
        print(
            f"{p:<11} {gold:>5} {tp:>5} {fp:>5} {_rate(tp, tp + fp):>5} {_rate(tp, gold):>5}"
            f" {f1:>5} {c['hard negatives hit']:>7} {c['off-entity']:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
