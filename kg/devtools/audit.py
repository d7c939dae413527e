"""Read kg's relations on real news text: the audit that goes with every change of rules.

The dev articles were written in one style and the rules were tuned on them, so they cannot
say how kg does on the next article. The public corpora hold real Indonesian news sentences;
this tool runs the whole pipeline (ingest, nlp, extract, resolve) over their train and dev
splits, one sentence a document, and writes every relation kg asserts with its sentence, rule
and confidence (``relations.jsonl``), plus a seeded random sample to judge by reading
(``sample.tsv``: fill the ``verdict`` column with ``y`` or ``n``, then ``--score`` it to get
precision per predicate with its sample size). The test splits stay unread: they are kept for
measuring the NER.

Usage::

    python -m kg.devtools.audit --corpora ../shared/corpora --out build/audit [--sample 120]
    python -m kg.devtools.audit --score build/audit/sample.tsv
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

__all__ = ["audit", "score_sample", "main"]


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
                "predicate": rel.predicate,
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
    with (out / "sample.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(
            [
                "verdict",
                "predicate",
                "subject",
                "object",
                "confidence",
                "rule",
                "anchor",
                "sentence",
                "key",
            ]
        )
        for r in picked:
            key = f"{r['corpus']}/{r['split']}/{r['sent']}"
            writer.writerow(
                [
                    "",
                    r["predicate"],
                    r["subject"],
                    r["object"],
                    r["confidence"],
                    r["rule"],
                    r["anchor"],
                    r["sentence"],
                    key,
                ]
            )
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m kg.devtools.audit",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=Path("build/audit"))
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--score", type=Path, help="a judged sample.tsv: print precision and exit")
    args = ap.parse_args(argv)
    if args.score:
        print(score_sample(args.score))
        return 0
    counts = audit(args.corpora, args.out, sample=args.sample, seed=args.seed)
    print(json.dumps(counts), file=sys.stderr)
    print(f"wrote {args.out}/relations.jsonl and {args.out}/sample.tsv (judge it, then --score)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
