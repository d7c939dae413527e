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
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CorpusSentence", "corpus_sentences", "audit", "score_sample", "main"]

# Train and dev splits only (see the module docstring); (folder, file, format).
SPLITS = (
    ("idner-news-2k", "train.txt", "conll"),
    ("idner-news-2k", "dev.txt", "conll"),
    ("ud-indonesian-csui", "id_csui-ud-train.conllu", "conllu"),
    ("ud-indonesian-gsd", "id_gsd-ud-dev.conllu", "conllu"),
)


@dataclass(frozen=True)
class CorpusSentence:
    corpus: str
    split: str
    index: int
    text: str


def _conll_sentences(path: Path) -> Iterator[str]:
    """idner-news-2k: one ``TOKEN UPOS NER`` line per token, CRLF, blank line between
    sentences; tokens joined by single spaces (the corpus keeps no original spacing)."""
    tokens: list[str] = []
    for line in path.read_text("utf-8").replace("\r", "").split("\n"):
        if line.strip():
            tokens.append(line.split(" ")[0])
        elif tokens:
            yield " ".join(tokens)
            tokens = []
    if tokens:
        yield " ".join(tokens)


def _conllu_sentences(path: Path) -> Iterator[str]:
    for line in path.read_text("utf-8").split("\n"):
        if line.startswith("# text = "):
            yield line[len("# text = ") :].strip()


def corpus_sentences(corpora: Path) -> Iterator[CorpusSentence]:
    """Every sentence of the audited splits, in corpus order."""
    for folder, name, fmt in SPLITS:
        path = corpora / folder / name
        if not path.is_file():
            raise SystemExit(f"audit: {path} not found (give --corpora)")
        read = _conll_sentences if fmt == "conll" else _conllu_sentences
        split = name.removesuffix(".txt").removesuffix(".conllu")
        for i, text in enumerate(read(path)):
            yield CorpusSentence(folder, split, i, text)


def _relations_of(sentence: CorpusSentence) -> list[dict]:
    from kg.extract import extract
    from kg.ingest.document import read_text
    from kg.nlp import analyze
    from kg.resolve import resolve

    document = read_text(sentence.text, source=f"{sentence.corpus}/{sentence.split}", lang="id")
    extraction = extract(analyze(document), "id")
    resolved = resolve(extraction)
    rows = []
    for rel in resolved.relations:
        best = max(rel.evidence, key=lambda e: e.confidence)
        rows.append(
            {
                "corpus": sentence.corpus,
                "split": sentence.split,
                "sent": sentence.index,
                "subject": resolved.entities[rel.subject].label,
                "predicate": rel.predicate,
                "object": resolved.entities[rel.object].label,
                "rule": best.rule,
                "confidence": best.confidence,
                "anchor": sentence.text[best.start : best.end],
                "sentence": sentence.text,
            }
        )
    return rows


def audit(corpora: Path, out: Path, *, sample: int = 120, seed: int = 13) -> dict[str, int]:
    """Run kg over the corpora's sentences; write ``relations.jsonl`` and ``sample.tsv``."""
    from kg.errors import KgError

    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    words = 0
    for sentence in corpus_sentences(corpora):
        words += len(sentence.text.split())
        try:
            rows.extend(_relations_of(sentence))
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
