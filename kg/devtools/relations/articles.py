"""Training pairs for the learned layer from whole articles with gold (``../shared/eval``
format): the entity pairs the rules leave unrelated, labelled by the gold's relations.

Why articles: the annotated corpus sentences (``annotations.jsonl``) are real news, but short
and mostly about domestic politics; the articles kg reads are longer stories of visits,
meetings and offices told in many more ways than the rules list, and in English too. Their
gold already says which relations a careful reader gets and quotes the sentence that states
each (``evidence``), so every sentence of an article yields labelled pairs:

- a pair whose two ends map to gold entities (``score.py``'s name matching) and whose gold
  relation's evidence covers the sentence is a positive of that predicate;
- a pair related in the gold whose evidence is another sentence is left out (this sentence may
  or may not state it again: an unknown label teaches nothing);
- a pair touching an optional entity or relation is left out, as the scorer ignores it;
- every other pair is a "none", with the rules' own mentions, so the model also learns to
  refuse the spans and pairs kg really produces (spurious names, boilerplate).

Pairs are read from :func:`kg.extract.read_rules`, the same context the layer sees at run
time, with the same features (:func:`kg.extract.learned.featurize`). Which pairs the rules
already related is kept, since the layer only ever scores the others.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from kg.extract.learned import (
    LABELS,
    MAX_ENTITIES,
    _entities,
    _pair_features,
    _related,
    _Sentence,
    _TokenArrays,
    lexicon_words,
)

__all__ = [
    "ArticlePair",
    "article_pairs",
    "gold_articles",
    "load_scorer",
    "main",
    "out_of_fold",
    "read_pairs",
    "threshold_table",
    "write_pairs",
]

SYMMETRIC = frozenset({"met", "borders"})


@dataclass(frozen=True)
class ArticlePair:
    """One ordered mention pair of an article sentence.

    key: ``<article id>#<sentence>``; article: the article id (folds are by article); lang;
    s, o: indices in the sentence's entity list; feats; gold: the predicates (empty = none);
    by_rules: the rules already related the two (the layer never scores such a pair)."""

    key: str
    article: str
    lang: str
    s: int
    o: int
    feats: list[str]
    gold: frozenset[str]
    by_rules: bool


def load_scorer(path: Path) -> ModuleType:
    """``score.py`` of the eval kit, for its gold reading and name matching (the scorer's own
    rules decide which mention is which gold entity, as they do when kg is measured)."""
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_articles(dirs: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(text, gold) paths of every article with both files in ``dirs``, sorted by id."""
    out = []
    for d in dirs:
        for gold in sorted(Path(d).glob("*.json")):
            text = gold.with_suffix(".txt")
            if text.is_file():
                out.append((text, gold))
    return out


def _evidence_spans(text: str, evidence: dict) -> dict:
    """Character range of each gold relation's evidence in the article text (None where the
    quote is not found verbatim)."""
    flat = text.replace("\n", " ")  # a quote may span a line break; offsets stay the same
    out = {}
    for key, quote in evidence.items():
        quote = " ".join(quote.split())
        at = text.find(quote) if quote else -1
        if at < 0 and quote:
            at = flat.find(quote)
        out[key] = (at, at + len(quote)) if at >= 0 else None
    return out


def _label(gold, spans: dict, a: str | None, b: str | None, sent: tuple[int, int]):
    """The gold predicates of the ordered pair (a, b) stated in this sentence; None when the
    pair's label is unknown here (see the module docstring)."""
    ents = gold.entities
    if a is not None and ents[a]["kind"] == "optional":
        return None
    if b is not None and ents[b]["kind"] == "optional":
        return None
    if a is None or b is None:
        return frozenset()
    if a == b:
        return None
    here, elsewhere = set(), False
    for key in gold.gold_rel:
        p, s, o = key
        if (s, o) == (a, b) or (p in SYMMETRIC and (o, s) == (a, b)):
            span = spans.get(key)
            if span is not None and span[0] < sent[1] and sent[0] < span[1]:
                here.add(p)
            else:
                elsewhere = True
    if here:
        return frozenset(here)
    if elsewhere:
        return None
    if any({s, o} == {a, b} for _, s, o in gold.optional_rel):
        return None
    return frozenset()


def article_pairs(text_path: Path, gold_path: Path, scorer: ModuleType) -> list[ArticlePair]:
    """Every labelled ordered pair of one article (see the module docstring)."""
    from kg.extract import read_rules
    from kg.ingest import read_file
    from kg.nlp import analyze

    document = read_file(text_path)
    doc = analyze(document)
    ctx = read_rules(doc, document.lang, document.metadata)
    gold = scorer.GoldArticle(str(gold_path))
    spans = _evidence_spans(doc.text, gold.rel_evidence)
    words = lexicon_words(document.lang)
    arrays = _TokenArrays.of(doc)
    out = []
    for index, sent in enumerate(ctx.sents):
        ents = _entities(ctx, index)
        if not 2 <= len(ents) <= MAX_ENTITIES:
            continue
        related, _ = _related(ctx, sent)
        ids = [gold.map_names([m.text], [], None) for m in ents]
        tokens = [(m.tok_start - sent.start, m.tok_end - sent.start, LABELS[m.type]) for m in ents]
        view = _Sentence(sent, arrays)
        bounds = (sent.start_char, sent.end_char)
        for s, subj in enumerate(ents):
            for o, obj in enumerate(ents):
                if s == o:
                    continue
                label = _label(gold, spans, ids[s], ids[o], bounds)
                if label is None:
                    continue
                out.append(
                    ArticlePair(
                        key=f"{gold.id}#{index}",
                        article=gold.id,
                        lang=document.lang,
                        s=s,
                        o=o,
                        feats=_pair_features(view, tokens, s, o, words),
                        gold=label,
                        by_rules=frozenset((subj.index, obj.index)) in related,
                    )
                )
    return out


def read_pairs(path: Path) -> list[ArticlePair]:
    """Pairs written by :func:`write_pairs` (features are costly: the whole pipeline runs)."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    return [ArticlePair(**{**r, "gold": frozenset(r["gold"])}) for r in rows]


def write_pairs(pairs: Sequence[ArticlePair], path: Path) -> None:
    """One JSON line per pair."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for p in pairs:
            row = {**p.__dict__, "gold": sorted(p.gold)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- measuring the idea


def out_of_fold(
    pairs: Sequence[ArticlePair], extra: Sequence = (), k: int = 5, seed: int = 13
) -> list[tuple[ArticlePair, str, float]]:
    """(pair, best class, probability) for every pair the rules left unrelated, each from a
    model fitted on the other folds' articles (plus ``extra`` training pairs, e.g. the
    annotated corpus sentences): folds by article, since sentences of one story share names
    and phrasing."""
    import random

    from kg.devtools.relations.classifier import Pair, train

    articles = sorted({p.article for p in pairs})
    random.Random(seed).shuffle(articles)
    folds = [set(articles[i::k]) for i in range(k)]
    out = []
    for fold in folds:
        model = train(
            [Pair(p.key, p.s, p.o, p.feats, p.gold) for p in pairs if p.article not in fold]
            + list(extra)
        )
        out.extend(
            (p, *model.best(p.feats)) for p in pairs if p.article in fold and not p.by_rules
        )
    return out


def threshold_table(oof: Sequence[tuple[ArticlePair, str, float]], positives: int) -> str:
    """Precision and recall of the out-of-fold predictions on the pairs the rules left, per
    probability threshold (recall of the positives among those pairs)."""
    rows = ["| threshold | predicted | right | P | R |", "|---|---|---|---|---|"]
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [(p, c) for p, c, prob in oof if c != "none" and prob >= t]
        right = sum(c in p.gold for p, c in kept)
        precision = right / len(kept) if kept else 0.0
        recall = right / positives if positives else 0.0
        rows.append(f"| {t:.1f} | {len(kept)} | {right} | {precision:.2f} | {recall:.2f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """``--evaluate``: the out-of-fold table per language for gold article folders."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="folders of <id>.txt + <id>.json")
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"articles: {args.scorer} not found (--scorer)", file=sys.stderr)
        return 2
    scorer = load_scorer(args.scorer)
    pairs = [
        p for text, gold in gold_articles(args.dirs) for p in article_pairs(text, gold, scorer)
    ]
    for lang in sorted({p.lang for p in pairs}):
        mine = [p for p in pairs if p.lang == lang]
        left = [p for p in mine if not p.by_rules]
        positives = sum(1 for p in left if p.gold)
        print(
            f"\n{lang}: {len({p.article for p in mine})} articles, {len(mine)} pairs; "
            f"{len(left)} left unrelated by the rules, {positives} of them gold relations\n"
        )
        print(threshold_table(out_of_fold(mine), positives))
    return 0


if __name__ == "__main__":
    sys.exit(main())
