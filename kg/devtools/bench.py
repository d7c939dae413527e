"""Speed of the extraction pipeline on one core: ``python -m kg.devtools.bench``.

Reports, per language: pipeline load time; words/s of the full kg path (ingest -> nlp ->
extract -> resolve -> RDF) and of the spaCy pipeline alone on the same texts, and their ratio;
the latency of one ~400-word article after loading. Texts: the Indonesian sentences of the
idner-news-2k test split grouped into ~400-word articles, and the English dev articles of
../shared/eval (both read, never copied into the repo). A benchmark, not a test: numbers vary
with the machine; BENCHMARKS.md records the machine with them.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core, as the issue asks

import argparse  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

__all__ = ["main", "bench_language"]

_ARTICLE_WORDS = 400


def _idner_articles(corpora: Path) -> list[str]:
    """Test-split sentences, in order, grouped into ~400-word pseudo-articles."""
    text = (corpora / "idner-news-2k" / "test.txt").read_text("utf-8").replace("\r", "")
    sentences = [
        " ".join(line.split()[0] for line in block.splitlines() if line.strip())
        for block in text.split("\n\n")
        if block.strip()
    ]
    articles, current = [], []
    for s in sentences:
        current.append(s)
        if sum(len(x.split()) for x in current) >= _ARTICLE_WORDS:
            articles.append("\n\n".join(current))
            current = []
    return articles


def _english_articles(eval_dir: Path) -> list[str]:
    texts = []
    for path in sorted((eval_dir / "dev").glob("*.txt")):
        from kg.ingest import detect_language

        text = path.read_text("utf-8")
        if detect_language(text) == "en":
            texts.append(text)
    return texts * 10  # enough words for a stable rate


def bench_language(lang: str, articles: list[str]) -> dict[str, float]:
    """Time the tokenizer alone (the floor), the spaCy pipeline alone and the full kg path
    (:func:`kg.parallel.run_stages`, as ``kg build`` runs it) over ``articles``."""
    from kg.ingest import read_text
    from kg.nlp import load_pipeline
    from kg.parallel import run_stages

    started = time.perf_counter()
    nlp = load_pipeline(lang)
    load = time.perf_counter() - started
    words = sum(len(a.split()) for a in articles)

    t0 = time.perf_counter()
    for a in articles:
        nlp.tokenizer(a)
    tokenizer_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for a in articles:
        nlp(a)
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i, a in enumerate(articles):
        run_stages(read_text(a, source=f"bench-{i}", lang=lang))
    full_s = time.perf_counter() - t0

    one = next((a for a in articles if len(a.split()) >= _ARTICLE_WORDS * 0.9), articles[0])
    t0 = time.perf_counter()
    run_stages(read_text(one, lang=lang))
    single = time.perf_counter() - t0
    return {
        "articles": len(articles),
        "words": words,
        "load_s": load,
        "tokenizer_wps": words / tokenizer_s,
        "spacy_wps": words / spacy_s,
        "full_wps": words / full_s,
        "ratio": full_s / spacy_s,
        "article_words": len(one.split()),
        "article_s": single,
    }


def report(results: dict[str, dict[str, float]]) -> str:
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; one thread (OMP/OPENBLAS/MKL_NUM_THREADS=1).",
        "",
        "| language | articles | words | load (s) | tokenizer alone (words/s) "
        "| spaCy alone (words/s) | full kg path (words/s) | full / spaCy time "
        "| one article (words, s) | goal: full >= 4,000 words/s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for lang, r in results.items():
        lines.append(
            f"| {lang} | {r['articles']} | {r['words']:,} | {r['load_s']:.2f} | "
            f"{r['tokenizer_wps']:,.0f} | {r['spacy_wps']:,.0f} | {r['full_wps']:,.0f} | "
            f"{r['ratio']:.2f}x | {r['article_words']}, {r['article_s']:.3f} | "
            f"{'met' if r['full_wps'] >= 4000 else 'not met'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    results = {}
    corpora = args.shared / "corpora"
    if (corpora / "idner-news-2k" / "test.txt").is_file():
        results["id"] = bench_language("id", _idner_articles(corpora))
    if (args.shared / "eval" / "dev").is_dir():
        results["en"] = bench_language("en", _english_articles(args.shared / "eval"))
    if not results:
        print(f"no benchmark texts under {args.shared}; nothing measured")
        return 1
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
