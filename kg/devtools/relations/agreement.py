"""Agreement between two annotators: Cohen's kappa over entity pairs and pair-level F1.

Run ``python -m kg.devtools.relations.agreement FILE_A FILE_B``. Only sentences annotated in
both files (same key and sentence hash) are compared; the text is not needed, so this runs
without the corpora. Why two measures: kappa corrects for the many "none" pairs two annotators
agree on by chance, and F1 over positive triples says how far one annotator's relations could
serve as the other's gold.

Pairs for kappa are unordered pairs of entity spans both annotators marked; each gets one label
per annotator: ``none``, a symmetric predicate, or a directed predicate with its direction.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from kg.devtools.relations.data import SYMMETRIC, AnnotationError, iter_records, sentence_key

__all__ = ["Agreement", "agreement", "agreement_sample", "cohen_kappa", "main"]

SAMPLE_SIZE = 150

Span = tuple[int, int]
Triple = tuple[Span, str, Span]


@dataclass(frozen=True)
class Agreement:
    """Scores over the sentences two files share."""

    sentences: int
    pairs: int
    kappa: float
    precision: float
    recall: float
    f1: float
    entity_f1: float


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two label sequences over the same items (1.0 when both are constant
    and equal, since chance agreement is then complete and observed agreement too).

    >>> cohen_kappa(["x", "y", "x", "x"], ["x", "y", "x", "y"])
    0.5
    """
    if len(a) != len(b):
        raise ValueError("label sequences differ in length")
    if not a:
        return float("nan")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def _triples(record: dict) -> tuple[list[Span], set[Triple]]:
    spans = [(e["start"], e["end"]) for e in record.get("entities", [])]
    out = set()
    for r in record.get("relations", []):
        s, o = spans[r["s"]], spans[r["o"]]
        if r["p"] in SYMMETRIC and o < s:
            s, o = o, s
        out.add((s, r["p"], o))
    return spans, out


def _pair_label(triples: set[Triple], x: Span, y: Span) -> str:
    labels = sorted(
        p if p in SYMMETRIC else f"{p}{'>' if s == x else '<'}"
        for s, p, o in triples
        if {s, o} == {x, y}
    )
    return "+".join(labels) or "none"


def _by_key(path: Path) -> dict[tuple[str, str], dict]:
    return {
        (sentence_key(r["corpus"], r["split"], r["sent"]), r["sha1"]): r
        for _, r in iter_records(path)
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def agreement(file_a: Path, file_b: Path) -> Agreement:
    """Compare two annotation files on their shared sentences (A is taken as the reference).

    file_a (Path): First annotator's file.
    file_b (Path): Second annotator's file.
    RETURNS (Agreement): Kappa over shared entity pairs, precision/recall/F1 of B's relation
        triples against A's, and entity-span F1 of B against A.
    """
    a_recs, b_recs = _by_key(file_a), _by_key(file_b)
    shared = sorted(set(a_recs) & set(b_recs))
    labels_a: list[str] = []
    labels_b: list[str] = []
    tp = n_a = n_b = ent_tp = ent_a = ent_b = 0
    for key in shared:
        spans_a, trip_a = _triples(a_recs[key])
        spans_b, trip_b = _triples(b_recs[key])
        common = sorted(set(spans_a) & set(spans_b))
        for x, y in combinations(common, 2):
            labels_a.append(_pair_label(trip_a, x, y))
            labels_b.append(_pair_label(trip_b, x, y))
        tp += len(trip_a & trip_b)
        n_a, n_b = n_a + len(trip_a), n_b + len(trip_b)
        ent_tp += len(common)
        ent_a, ent_b = ent_a + len(set(spans_a)), ent_b + len(set(spans_b))
    p, r, f1 = _prf(tp, n_b, n_a)
    return Agreement(
        sentences=len(shared),
        pairs=len(labels_a),
        kappa=cohen_kappa(labels_a, labels_b),
        precision=p,
        recall=r,
        f1=f1,
        entity_f1=_prf(ent_tp, ent_b, ent_a)[2],
    )


def agreement_sample(keys: list[str], n: int = SAMPLE_SIZE) -> list[str]:
    """A deterministic sample of ``n`` keys spread over corpus/split in proportion to size.

    Why hash-ranked: the choice depends on nothing but the keys, so anyone can recompute it,
    and adding sentences to one split only changes that split's share.

    >>> agreement_sample(["c/s/1", "c/s/2", "d/s/1", "d/s/2"], n=2)
    ['c/s/2', 'd/s/2']
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(set(keys)):
        groups[key.rsplit("/", 1)[0]].append(key)
    total = sum(len(g) for g in groups.values())
    n = min(n, total)
    exact = {g: n * len(members) / total for g, members in groups.items()}
    share = {g: int(x) for g, x in exact.items()}
    for g in sorted(groups, key=lambda g: (share[g] - exact[g], g))[: n - sum(share.values())]:
        share[g] += 1

    def rank(key: str) -> str:
        return hashlib.sha1(f"agreement:{key}".encode()).hexdigest()

    chosen = [k for g, members in groups.items() for k in sorted(members, key=rank)[: share[g]]]
    return sorted(chosen)


def main(argv: list[str] | None = None) -> int:
    """Print the agreement of two files; exit code 2 with one line when one cannot be read.

    With ``--sample FILE`` instead, print the agreement sample's keys for that annotation file;
    ``--after N`` samples only the records after the first N (a later round of annotation,
    appended to the file), ``--size`` sets how many keys.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*", metavar="FILE")
    parser.add_argument("--sample", action="store_true", help="print the sample keys of FILE")
    parser.add_argument("--after", type=int, default=0, help="sample records after the first N")
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE, help="keys in the sample")
    args = parser.parse_args(argv)
    if args.sample and len(args.files) == 1:
        try:
            keys = [
                sentence_key(r["corpus"], r["split"], r["sent"])
                for _, r in iter_records(args.files[0])
            ]
        except (AnnotationError, KeyError) as exc:
            print(f"error: cannot read {args.files[0]}: {exc}", file=sys.stderr)
            return 2
        print("\n".join(agreement_sample(keys[args.after :], n=args.size)))
        return 0
    if len(args.files) != 2:
        parser.print_usage(sys.stderr)
        print("error: give FILE_A FILE_B, or --sample FILE", file=sys.stderr)
        return 2
    args.file_a, args.file_b = args.files
    try:
        result = agreement(args.file_a, args.file_b)
    except (AnnotationError, KeyError, IndexError, TypeError) as exc:
        print(f"error: cannot compare {args.file_a} and {args.file_b}: {exc!r}", file=sys.stderr)
        return 2
    if not result.sentences:
        print("error: the two files share no sentence", file=sys.stderr)
        return 2
    print(f"shared sentences     {result.sentences}")
    print(f"shared entity pairs  {result.pairs}")
    print(f"cohen kappa          {result.kappa:.3f}")
    print(f"relation P/R/F1      {result.precision:.3f} / {result.recall:.3f} / {result.f1:.3f}")
    print(f"entity span F1       {result.entity_f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
