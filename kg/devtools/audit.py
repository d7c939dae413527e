"""Read kg's relations on real news text: the audit that goes with every change of rules.

The dev articles were written in one style and the rules were tuned on them, so they cannot
say how kg does on the next article. The public corpora hold real Indonesian news sentences;
this tool runs the whole pipeline (ingest, nlp, extract, resolve) over their train and dev
splits, one sentence a document, and writes every relation kg asserts with its sentence, rule
and confidence (``relations.jsonl``), plus a seeded random sample to judge by reading
(``sample.tsv``: fill the ``verdict`` column with ``y`` or ``n``, then ``--score`` it to get
precision per predicate with its sample size). The test splits stay unread: they are kept for
measuring the NER.

Every relation is judged, and the verdicts are kept in the repository
(``kg/devtools/relations/audit-verdicts.jsonl``, see :mod:`kg.devtools.audit_verdicts`), so a
change of rules needs only its new relations read:

1. ``--verdicts FILE`` scores the current run (``OUT/relations.jsonl``) against the file:
   precision per predicate, per layer (rules / learned) and per rule, the number of verdicts
   whose relation is no longer produced (ignored), and ``OUT/unjudged.tsv``, the relations
   with no verdict yet (``make audit`` prints this after the run).
2. Fill ``verdict`` (``y``/``n``) and ``why`` (the kind of failure, required for ``n``) in
   ``unjudged.tsv``, following ``kg/devtools/relations/GUIDELINES.md``.
3. ``--add-verdicts OUT/unjudged.tsv`` merges it into the file (``--verdicts`` or the
   repository's), then prints the scores again.

Usage::

    python -m kg.devtools.audit --corpora ../shared/corpora --out build/audit [--sample 120]
    python -m kg.devtools.audit --score build/audit/sample.tsv
    python -m kg.devtools.audit --verdicts kg/devtools/relations/audit-verdicts.jsonl
    python -m kg.devtools.audit --add-verdicts build/audit/unjudged.tsv
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from kg.devtools.audit_verdicts import (
    DEFAULT_PATH,
    VerdictError,
    VerdictScores,
    merge_verdicts,
    read_filled_tsv,
    read_verdicts,
    reading_order,
    relation_id,
    score_verdicts,
    write_tsv,
    write_verdicts,
)

__all__ = ["audit", "score_sample", "judge", "add_verdicts", "main"]


def _sentences(corpora: Path) -> Iterator[tuple[str, str, int, str]]:
    """``(corpus, split, index, text)`` of every sentence of the audited splits, read by the
    annotations' own reader so that audit keys and annotation keys name the same sentences."""
    from kg.devtools.relations.corpus import NEWS_FILES, CorpusError, read_sentences

    for corpus, split in NEWS_FILES:
        try:
            sentences = read_sentences(corpora, corpus, split)
        except CorpusError as err:
            raise SystemExit(f"audit: {err} (give --corpora)") from None
        for i, sentence in enumerate(sentences):
            yield corpus, split, i, sentence.text


def _relations_of(corpus: str, split: str, index: int, text: str) -> list[dict]:
    from kg.devtools.relations.data import annotated_predicate
    from kg.extract import extract
    from kg.ingest.document import read_text
    from kg.nlp import analyze
    from kg.resolve import resolve

    document = read_text(text, source=f"{corpus}/{split}", lang="id")
    extraction = extract(analyze(document), "id")
    resolved = resolve(extraction)
    rows = []
    for rel in resolved.relations:
        best = max(rel.evidence, key=lambda e: e.confidence)
        rows.append(
            {
                "corpus": corpus,
                "split": split,
                "sent": index,
                "subject": resolved.entities[rel.subject].label,
                "predicate": annotated_predicate(rel.predicate),
                "object": resolved.entities[rel.object].label,
                "rule": best.rule,
                "confidence": best.confidence,
                "anchor": text[best.start : best.end],
                "sentence": text,
            }
        )
    return rows


def audit(corpora: Path, out: Path, *, sample: int = 120, seed: int = 13) -> dict[str, int]:
    """Run kg over the corpora's sentences; write ``relations.jsonl`` and ``sample.tsv``."""
    from kg.errors import KgError

    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    words = 0
    for corpus, split, index, text in _sentences(corpora):
        words += len(text.split())
        try:
            rows.extend(_relations_of(corpus, split, index, text))
        except KgError:
            continue  # an empty or unreadable sentence: nothing to audit
    with (out / "relations.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    picked = random.Random(seed).sample(rows, min(sample, len(rows)))
    write_tsv(out / "sample.tsv", picked)
    counts = Counter(r["predicate"] for r in rows)
    return {"words": words, "relations": len(rows), **counts}


def score_sample(path: Path) -> str:
    """Precision per predicate from a judged sample (verdict ``y``/``n``; blanks skipped)."""
    judged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            verdict = row["verdict"].strip().lower()
            if verdict in ("y", "n"):
                judged[row["predicate"]][verdict == "y"] += 1
                judged["ALL"][verdict == "y"] += 1
    lines = [f"{'predicate':<12} {'right':>5} {'judged':>6} {'precision':>9}"]
    for pred in sorted(judged, key=lambda p: (p == "ALL", p)):
        wrong, right = judged[pred]
        lines.append(f"{pred:<12} {right:5d} {right + wrong:6d} {right / (right + wrong):9.2f}")
    return "\n".join(lines)


def judge(out: Path, verdicts_path: Path) -> VerdictScores:
    """Score ``out/relations.jsonl`` against the verdicts; write ``out/unjudged.tsv``."""
    relations = out / "relations.jsonl"
    if not relations.exists():
        raise SystemExit(f"audit: {relations} not found (run the audit first: give --corpora)")
    with relations.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    try:
        scores = score_verdicts(rows, read_verdicts(verdicts_path))
    except VerdictError as err:
        raise SystemExit(f"audit: {err}") from None
    write_tsv(
        out / "unjudged.tsv", sorted(scores.unjudged, key=lambda r: reading_order(relation_id(r)))
    )
    return scores


def add_verdicts(tsv: Path, verdicts_path: Path) -> Counter:
    """Merge a filled TSV's verdicts into the verdict file (rewritten sorted)."""
    try:
        verdicts = read_verdicts(verdicts_path)
        counts = merge_verdicts(verdicts, read_filled_tsv(tsv))
    except VerdictError as err:
        raise SystemExit(f"audit: {err}") from None
    write_verdicts(verdicts_path, verdicts)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m kg.devtools.audit",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--corpora",
        type=Path,
        help="run the audit over these corpora (default ../shared/corpora when nothing else "
        "is asked)",
    )
    ap.add_argument("--out", type=Path, default=Path("build/audit"))
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--score", type=Path, help="a judged sample.tsv: print precision and exit")
    ap.add_argument(
        "--verdicts",
        type=Path,
        help="score OUT/relations.jsonl against this verdict file; write OUT/unjudged.tsv",
    )
    ap.add_argument(
        "--add-verdicts",
        type=Path,
        metavar="TSV",
        help=f"merge a filled unjudged.tsv into --verdicts (default {DEFAULT_PATH.name})",
    )
    args = ap.parse_args(argv)
    if args.score:
        print(score_sample(args.score))
        return 0
    judging = args.verdicts is not None or args.add_verdicts is not None
    if args.corpora is not None or not judging:
        corpora = args.corpora or Path("../shared/corpora")
        counts = audit(corpora, args.out, sample=args.sample, seed=args.seed)
        print(json.dumps(counts), file=sys.stderr)
        print(f"wrote {args.out}/relations.jsonl and {args.out}/sample.tsv")
    if not judging:
        return 0
    verdicts_path = args.verdicts or DEFAULT_PATH
    if args.add_verdicts:
        counts = add_verdicts(args.add_verdicts, verdicts_path)
        print(
            f"{verdicts_path}: {counts['added']} added, {counts['changed']} changed, "
            f"{counts['same']} unchanged"
        )
    print(judge(args.out, verdicts_path).table())
    print(f"wrote {args.out}/unjudged.tsv (fill verdict and why, then --add-verdicts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
