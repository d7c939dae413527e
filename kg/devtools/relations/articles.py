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
already related is kept, since the layer only ever scores the others, and so is which
predicates the layer's guards would refuse for the pair (``kg.extract.learned._blocked``:
types, negation, a nearer person, home, ...), so that a calibration measures the precision of
the predictions the layer can actually emit.

``--end-to-end`` measures a layer trained on the articles the way the shipped one was chosen:
for each fold of articles, a model fitted (and calibrated, out of fold) on the other folds
runs inside kg (rules, layer, resolve, graph) on the fold's articles, and the eval kit's
scorer counts, per cut-off, the relations the layer adds that are right and wrong against the
same articles read by the rules alone.
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
    _blocked,
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
    "emitted",
    "end_to_end",
    "gold_articles",
    "load_scorer",
    "main",
    "out_of_fold",
    "read_pairs",
    "threshold_table",
    "write_pairs",
]

SYMMETRIC = frozenset({"met", "borders"})
PREDICATES = ("visited", "met", "borders", "officialOf", "locatedIn", "invaded")
#: Cut-offs tried end to end (from the resolve gate up).
CUTS = (0.70, 0.75, 0.80, 0.85, 0.90, 0.95)


@dataclass(frozen=True)
class ArticlePair:
    """One ordered mention pair of an article sentence.

    key: ``<article id>#<sentence>``; article: the article id (folds are by article); lang;
    s, o: indices in the sentence's entity list; feats; gold: the predicates (empty = none);
    by_rules: the rules already related the two (the layer never scores such a pair);
    blocked: the predicates the layer's guards refuse for the pair at run time."""

    key: str
    article: str
    lang: str
    s: int
    o: int
    feats: list[str]
    gold: frozenset[str]
    by_rules: bool
    blocked: frozenset[str] = frozenset()


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
    document, doc = _analysed(text_path)
    return pairs_of(document, doc, scorer.GoldArticle(str(gold_path)))


def _analysed(text_path: Path):  # noqa: ANN202 - (Document, spaCy Doc)
    from kg.ingest import read_file
    from kg.nlp import analyze

    document = read_file(text_path)
    return document, analyze(document)


def pairs_of(document, doc, gold) -> list[ArticlePair]:  # noqa: ANN001 - see article_pairs
    """:func:`article_pairs` of an article already analysed (``gold``: the scorer's
    ``GoldArticle``)."""
    from kg.extract import read_rules

    ctx = read_rules(doc, document.lang, document.metadata)
    spans = _evidence_spans(doc.text, gold.rel_evidence)
    words = lexicon_words(document.lang)
    arrays = _TokenArrays.of(doc)
    out = []
    for index, sent in enumerate(ctx.sents):
        ents = _entities(ctx, index)
        if not 2 <= len(ents) <= MAX_ENTITIES:
            continue
        related, office_read = _related(ctx, sent)
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
                        blocked=frozenset(
                            p
                            for p in PREDICATES
                            if _blocked(ctx, sent, ents, subj, obj, p, office_read)
                        ),
                    )
                )
    return out


def read_pairs(path: Path) -> list[ArticlePair]:
    """Pairs written by :func:`write_pairs` (features are costly: the whole pipeline runs)."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    return [
        ArticlePair(
            **{**r, "gold": frozenset(r["gold"]), "blocked": frozenset(r.get("blocked", ()))}
        )
        for r in rows
    ]


def write_pairs(pairs: Sequence[ArticlePair], path: Path) -> None:
    """One JSON line per pair."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for p in pairs:
            row = {**p.__dict__, "gold": sorted(p.gold), "blocked": sorted(p.blocked)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- measuring the idea


def _article_folds(articles: Iterable[str], k: int, seed: int) -> list[set[str]]:
    import random

    order = sorted(set(articles))
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def out_of_fold(
    pairs: Sequence[ArticlePair],
    extra: Sequence = (),
    k: int = 5,
    seed: int = 13,
    c: float = 1.0,
) -> list[tuple[ArticlePair, str, float]]:
    """(pair, best class, probability) for every pair the rules left unrelated, each from a
    model fitted on the other folds' articles (plus ``extra`` training pairs, e.g. the
    annotated corpus sentences): folds by article, since sentences of one story share names
    and phrasing."""
    from kg.devtools.relations.classifier import Pair, train

    out = []
    for fold in _article_folds((p.article for p in pairs), k, seed):
        model = train(
            [Pair(p.key, p.s, p.o, p.feats, p.gold) for p in pairs if p.article not in fold]
            + list(extra),
            c,
        )
        out.extend((p, *model.best(p.feats)) for p in pairs if p.article in fold and not p.by_rules)
    return out


def emitted(
    oof: Sequence[tuple[ArticlePair, str, float]],
) -> list[tuple[ArticlePair, str, float]]:
    """The out-of-fold predictions the layer could emit: a predicate other than "none" that
    the guards do not refuse for the pair. Why calibrate on these only: a guard removes mostly
    wrong guesses (a hedged trip, a second person's office), so the precision of all the
    model's guesses understates that of the relations the layer adds; measured on every guess,
    English calibration put almost every pair below the resolve gate."""
    return [(p, c, prob) for p, c, prob in oof if c != "none" and c not in p.blocked]


def fit_layer(pairs: Sequence[ArticlePair], lang: str, c: float = 1.0):  # noqa: ANN201
    """A :class:`kg.extract.learned.LearnedModel` fitted on ``pairs`` and calibrated on their
    out-of-fold (by article) predictions the layer could emit; ``min_confidence`` at the
    resolve gate (the caller sets the cut-off)."""
    from kg.devtools.relations.classifier import FLOOR, Pair, _model_data, calibrate, train

    weights = train([Pair(p.key, p.s, p.o, p.feats, p.gold) for p in pairs], c)
    calibration = calibrate(emitted(out_of_fold(pairs, c=c)))
    return _model_data(weights, calibration, FLOOR, lang)


def _graph(document, doc, model):  # noqa: ANN001, ANN202 - kg's graph of one analysed article
    from kg.extract import extract
    from kg.graph.build import document_graph
    from kg.nlp import pipeline_info
    from kg.resolve import gate_and_floor, resolve

    gate, floor = gate_and_floor(None)
    found = extract(
        doc, document.lang, document.metadata, learned=model or False, learned_floor=floor
    )
    resolved = resolve(found, min_confidence=gate, candidate_floor=floor)
    return document_graph(document, found, resolved, pipeline=pipeline_info(document.lang))[1]


def _relations(scorer: ModuleType, gold, graph) -> tuple[set[str], set[str]]:  # noqa: ANN001
    """(relations right, relations wrong) of one article's graph, as the scorer names them."""
    rel = scorer.score_article(gold, graph)["relations"]
    right = set(_gold_names(gold)) - set(rel["missed_list"])
    return right, set(rel["fp_list"])


def _gold_names(gold) -> list[str]:  # noqa: ANN001
    return [
        f"{gold.entities[s]['name']} {p} {gold.entities[o]['name']}" for p, s, o in gold.gold_rel
    ]


def _predicate(relation: str) -> str:
    return next((w for w in relation.split() if w in PREDICATES), "?")


def end_to_end(
    articles: Sequence[tuple],
    pairs: Sequence[ArticlePair],
    scorer: ModuleType,
    k: int = 5,
    seed: int = 13,
    c: float = 1.0,
) -> list[dict]:
    """Per cut-off, the relations a layer fitted on the other folds adds to each fold's
    articles, right and wrong per predicate, and the scores of rules + layer (see the module
    docstring). ``articles``: (Document, Doc, GoldArticle) of every article of ``pairs``."""
    from collections import Counter

    from kg.extract.learned import LearnedModel

    by_id = {gold.id: (document, doc, gold) for document, doc, gold in articles}
    rules = {aid: _relations(scorer, g, _graph(d, doc, None)) for aid, (d, doc, g) in by_id.items()}
    n_gold = sum(len(g.gold_rel) for _, _, g in articles)
    found: dict[float, list[tuple[set[str], set[str], set[str], set[str]]]] = {x: [] for x in CUTS}
    for fold in _article_folds(by_id, k, seed):
        data = fit_layer([p for p in pairs if p.article not in fold], articles[0][0].lang, c)
        for cut in CUTS:
            model = LearnedModel.from_dict({**data, "min_confidence": cut})
            for aid in sorted(fold):
                document, doc, gold = by_id[aid]
                right, wrong = _relations(scorer, gold, _graph(document, doc, model))
                found[cut].append((right, wrong, *rules[aid]))
    rows = []
    for cut in CUTS:
        added, bad, lost = Counter(), Counter(), 0
        tp = fp = 0
        for right, wrong, rules_right, rules_wrong in found[cut]:
            added.update(_predicate(r) for r in right - rules_right)
            bad.update(_predicate(r) for r in wrong - rules_wrong)
            lost += len(rules_right - right)
            tp, fp = tp + len(right), fp + len(wrong)
        n_added, n_bad = sum(added.values()), sum(bad.values())
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / n_gold if n_gold else 0.0
        rows.append(
            {
                "min_confidence": cut,
                "layer_right": n_added,
                "layer_wrong": n_bad,
                "layer_precision": round(n_added / (n_added + n_bad), 3)
                if n_added + n_bad
                else None,
                "rules_lost": lost,
                "per_predicate": {q: [added[q], bad[q]] for q in PREDICATES if added[q] or bad[q]},
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            }
        )
    rt = sum(len(v[0]) for v in rules.values())
    rf = sum(len(v[1]) for v in rules.values())
    rows.insert(0, {"min_confidence": None, "rules_right": rt, "rules_wrong": rf, "gold": n_gold})
    return rows


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
    parser.add_argument("--lang", default=None, help="only the articles of this language")
    parser.add_argument(
        "--end-to-end",
        action="store_true",
        help="a layer fitted on the other folds runs inside kg on each fold (slow)",
    )
    parser.add_argument("-C", type=float, default=1.0, help="inverse L2 strength")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"articles: {args.scorer} not found (--scorer)", file=sys.stderr)
        return 2
    scorer = load_scorer(args.scorer)
    articles = []
    for text, gold_path in gold_articles(args.dirs):
        if args.lang and json.loads(gold_path.read_text(encoding="utf-8"))["lang"] != args.lang:
            continue
        articles.append((*_analysed(text), scorer.GoldArticle(str(gold_path))))
    pairs = [p for document, doc, gold in articles for p in pairs_of(document, doc, gold)]
    for lang in sorted({p.lang for p in pairs}):
        mine = [p for p in pairs if p.lang == lang]
        left = [p for p in mine if not p.by_rules]
        positives = sum(1 for p in left if p.gold)
        print(
            f"\n{lang}: {len({p.article for p in mine})} articles, {len(mine)} pairs; "
            f"{len(left)} left unrelated by the rules, {positives} of them gold relations\n"
        )
        oof = out_of_fold(mine, c=args.C)
        print(threshold_table(oof, positives))
        print("\nthe predictions the layer's guards let through:\n")
        print(threshold_table([(p, c, prob) for p, c, prob in emitted(oof)], positives))
        if args.end_to_end:
            print("\nend to end, out of fold (layer's relations: right, wrong per predicate):\n")
            mine_articles = [a for a in articles if a[0].lang == lang]
            for row in end_to_end(mine_articles, mine, scorer, c=args.C):
                print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
