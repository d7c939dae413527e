"""A relation classifier learned from the annotated sentences, measured against kg's rules.

Run ``python -m kg.devtools.relations.classifier --evaluate`` for the tables (rules alone,
classifier alone, rules + classifier on the held-back fifth, and the learning curve) and
``--train`` to fit on the whole tune part and write the weights (``--out``).

One example per ordered pair of annotated entities in a sentence. Features come from kg's own
Indonesian pipeline (``kg.nlp.load_pipeline("id")``): the two entity types, the words between
(bag, first, last), the distance, trigger words of ``ontology/lexicon/id.jsonl`` between or
before the pair, the dependency labels on the path through the lowest common ancestor of the
two heads, title words before a person, and negation, hedge and "former" cue words of the
sentence. The model is one logistic regression per predicate and one for "none" (one vs rest),
trained with scikit-learn (the ``train`` extra) on the tune part only; the weights are exported
to JSON and scored with plain Python (:class:`Weights`), so nothing at run time needs
scikit-learn.

Why the classifier is measured on the annotated entities: the gold says "none" only for pairs
of its own entities. The rules find their own mentions and are matched to the annotated
entities by overlap (``score.py``); the classifier is given the annotated spans, which is an
advantage the rules do not have (see README, "Classifier").
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.devtools.relations.data import (
    PREDICATES,
    SYMMETRIC,
    AnnotatedSentence,
    data_parser,
    load_for_cli,
)
from kg.extract.learned import MODEL_PATH, LearnedModel, featurize, lexicon_words, one_vs_rest
from kg.extract.model import DEFAULT_MIN_CONFIDENCE

__all__ = [
    "CLASSES",
    "Weights",
    "calibrate",
    "choose_min_confidence",
    "choose_threshold",
    "end_to_end",
    "export",
    "fit",
    "featurize",
    "label_pairs",
    "main",
    "split_parts",
    "train",
]

CLASSES = (*PREDICATES, "none")
#: Where ``--train`` writes the model: the file kg's extract stage loads.
DEFAULT_OUT = MODEL_PATH
#: A predicate needs this many out-of-fold predictions to be calibrated (and so emitted).
MIN_SUPPORT = 20
#: The relations only the learned layer adds must keep this precision, measured end to end
#: out of fold on tune (precision first: the rules' worst confidence band holds about this).
TARGET_PRECISION = 0.85
#: The least cut-off worth trying: resolve drops anything below it anyway.
FLOOR = DEFAULT_MIN_CONFIDENCE
SEED = 13


# ---------------------------------------------------------------- examples from the data


@dataclass
class Pair:
    """One ordered entity pair: its sentence key, indices, features and gold classes."""

    key: str
    s: int
    o: int
    feats: list[str]
    gold: frozenset[str]


def label_pairs(sentence: AnnotatedSentence) -> dict[tuple[int, int], set[str]]:
    """Gold predicates per ordered pair (symmetric ones in both orders); absent = none."""
    out: dict[tuple[int, int], set[str]] = {}
    for r in sentence.relations:
        out.setdefault((r.s, r.o), set()).add(r.p)
        if r.p in SYMMETRIC:
            out.setdefault((r.o, r.s), set()).add(r.p)
    return out


def _token_spans(doc, sentence: AnnotatedSentence) -> list[tuple[int, int, str]]:
    spans = []
    for e in sentence.entities:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        spans.append((span.start, span.end, e.label))
    return spans


def sentence_pairs(nlp, sentence: AnnotatedSentence) -> list[Pair]:
    """Every ordered pair of the sentence's annotated entities, with features and gold."""
    doc = nlp(sentence.text)
    spans = _token_spans(doc, sentence)
    gold = label_pairs(sentence)
    n = len(spans)
    return [
        Pair(sentence.key, s, o, featurize(doc, spans, s, o), frozenset(gold.get((s, o), ())))
        for s in range(n)
        for o in range(n)
        if s != o
    ]


# ---------------------------------------------------------------- model


@dataclass
class Weights:
    """Exported one-vs-rest weights, scored without scikit-learn.

    classes (list[str]): The predicates and "none". weights (dict[str, list[float]]): one
    weight per class for each feature. bias (list[float]): one per class. threshold (float):
    the least probability at which a predicate is predicted.
    """

    classes: list[str]
    weights: dict[str, list[float]]
    bias: list[float]
    threshold: float = 0.5

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Each class's own (one-vs-rest) probability for a pair's features."""
        return one_vs_rest(self.classes, self.bias, self.weights, feats)

    def best(self, feats: Iterable[str]) -> tuple[str, float]:
        """The most probable predicate other than "none" and its probability, or ("none", p)
        when "none" scores higher."""
        probs = self.probabilities(feats)
        cls = max(probs, key=lambda c: (probs[c], c))
        if cls == "none":
            return "none", probs["none"]
        return cls, probs[cls]

    def to_json(self, path: Path) -> None:
        """Write the weights (rounded to 4 decimals, zero rows dropped) as JSON."""
        data = {
            "model": "kg relation classifier, one-vs-rest logistic regression",
            "classes": self.classes,
            "threshold": self.threshold,
            "bias": [round(b, 4) for b in self.bias],
            "weights": {
                f: [round(v, 4) for v in w]
                for f, w in sorted(self.weights.items())
                if any(abs(v) >= 5e-5 for v in w)
            },
        }
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")

    @classmethod
    def from_json(cls, path: Path) -> Weights:
        """Read weights written by :meth:`to_json`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["classes"], data["weights"], data["bias"], data["threshold"])


def train(pairs: Sequence[Pair], c: float = 1.0, threshold: float = 0.5) -> Weights:
    """Fit one logistic regression per class (scikit-learn, the ``train`` extra)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(p.feats, 1) for p in pairs]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear
    names = vec.get_feature_names_out()
    weights = {str(n): [0.0] * len(CLASSES) for n in names}
    bias = [0.0] * len(CLASSES)
    for k, cls in enumerate(CLASSES):
        y = [int(cls in p.gold) if cls != "none" else int(not p.gold) for p in pairs]
        if sum(y) == 0:
            bias[k] = -20.0
            continue
        model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=SEED)
        model.fit(x, y)
        bias[k] = float(model.intercept_[0])
        for n, v in zip(names, model.coef_[0], strict=True):
            weights[str(n)][k] = float(v)
    return Weights(list(CLASSES), weights, bias, threshold)


def _key(s: int, p: str, o: int) -> tuple[int, str, int]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def predict_pairs(
    weights: Weights, pairs: Iterable[Pair], threshold: float | None = None
) -> dict[str, set[tuple[int, str, int]]]:
    """Predicted triples (entity indices) per sentence key, at ``threshold``."""
    t = weights.threshold if threshold is None else threshold
    out: dict[str, set] = {}
    for pair in pairs:
        cls, prob = weights.best(pair.feats)
        out.setdefault(pair.key, set())
        if cls != "none" and prob >= t:
            out[pair.key].add(_key(pair.s, cls, pair.o))
    return out


# ---------------------------------------------------------------- scoring


def gold_triples(sentence: AnnotatedSentence) -> set[tuple[int, str, int]]:
    """The sentence's gold triples, symmetric ones in canonical order."""
    return {_key(r.s, r.p, r.o) for r in sentence.relations}


def counts(sentences: Sequence[AnnotatedSentence], predicted: dict[str, set]) -> dict[str, Counter]:
    """``gold``/``tp``/``fp`` per predicate and ``"all"``."""
    out: dict[str, Counter] = {p: Counter() for p in (*PREDICATES, "all")}
    for sentence in sentences:
        gold = gold_triples(sentence)
        for _, p, _ in gold:
            out[p]["gold"] += 1
        for triple in predicted.get(sentence.key, set()):
            out[triple[1]]["tp" if triple in gold else "fp"] += 1
    for p in PREDICATES:
        out["all"].update(out[p])
    return out


def prf(c: Counter) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1 of a counter (None where undefined)."""
    tp, fp, gold = c["tp"], c["fp"], c["gold"]
    p = tp / (tp + fp) if tp + fp else None
    r = tp / gold if gold else None
    f = 2 * tp / (tp + fp + gold) if tp + fp + gold else None
    return p, r, f


def _fmt(v: float | None) -> str:
    return f"{v:.2f}" if v is not None else "-"


def table(results: dict[str, dict[str, Counter]]) -> str:
    """A Markdown table: one row per predicate, P/R/F1 for each system."""
    systems = list(results)
    head = "| predicate | gold | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in systems) + " |"
    rows = [head, "|---|---|" + "---|---|---|" * len(systems)]
    for p in (*PREDICATES, "all"):
        cells = [p, str(results[systems[0]][p]["gold"])]
        for s in systems:
            cells.extend(_fmt(v) for v in prf(results[s][p]))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


# ---------------------------------------------------------------- rules, cached


def rule_triples(sentences: Sequence[AnnotatedSentence], cache: Path | None = None):
    """kg's rules' triples per sentence key, as entity indices (``score.py``'s matching)."""
    from kg.devtools.relations.score import entity_at, kg_triples

    stored = {}
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text())
    out: dict[str, set] = {}
    for sentence in sentences:
        if sentence.key not in stored:
            found = []
            for subj, p, obj in kg_triples(sentence.text, learned=False):
                s, o = entity_at(sentence, subj), entity_at(sentence, obj)
                if s is not None and o is not None and s != o:
                    found.append(list(_key(s, p, o)))
            stored[sentence.key] = found
        out[sentence.key] = {tuple(t) for t in stored[sentence.key]}
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(stored, sort_keys=True))
    return out


def union(a: dict[str, set], b: dict[str, set]) -> dict[str, set]:
    """Per-key union of two predictions."""
    return {k: a.get(k, set()) | b.get(k, set()) for k in set(a) | set(b)}


# ---------------------------------------------------------------- threshold by cross-validation


def _folds(keys: Sequence[str], k: int) -> list[set[str]]:
    order = sorted(set(keys))
    random.Random(SEED).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def oof_best(pairs: Sequence[Pair], k: int = 5, c: float = 1.0) -> list[tuple[Pair, str, float]]:
    """Out-of-fold (best class, probability) for each tune pair, folds by sentence."""
    out = []
    for fold in _folds([p.key for p in pairs], k):
        model = train([p for p in pairs if p.key not in fold], c)
        for p in pairs:
            if p.key in fold:
                out.append((p, *model.best(p.feats)))
    return out


def choose_threshold(
    oof: Sequence[tuple[Pair, str, float]],
    sentences: Sequence[AnnotatedSentence],
    rules: dict[str, set] | None = None,
) -> tuple[float, float]:
    """The threshold (0.05 steps) with the best overall F1 of the out-of-fold predictions,
    alone or in union with ``rules``; returns (threshold, F1)."""
    best = (0.5, -1.0)
    for step in range(1, 20):
        t = step / 20
        pred: dict[str, set] = {}
        for pair, cls, prob in oof:
            pred.setdefault(pair.key, set())
            if cls != "none" and prob >= t:
                pred[pair.key].add(_key(pair.s, cls, pair.o))
        if rules is not None:
            pred = union(pred, rules)
        f = prf(counts(sentences, pred)["all"])[2] or 0.0
        if f > best[1]:
            best = (t, f)
    return best


# ---------------------------------------------------------------- the shipped model


def calibrate(oof: Sequence[tuple[Pair, str, float]]) -> dict[str, dict[str, list[float]]]:
    """Per predicate, the precision of its out-of-fold predictions as a non-decreasing step
    function of probability (isotonic regression); predicates with fewer than
    ``MIN_SUPPORT`` predictions are left out, so the learned layer never emits them."""
    from sklearn.isotonic import IsotonicRegression

    out = {}
    for p in PREDICATES:
        rows = [(prob, float(p in pair.gold)) for pair, cls, prob in oof if cls == p]
        if len(rows) < MIN_SUPPORT:
            continue
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
        iso.fit([r[0] for r in rows], [r[1] for r in rows])
        out[p] = {
            "probability": [round(float(x), 4) for x in iso.X_thresholds_],
            "precision": [round(float(y), 3) for y in iso.y_thresholds_],
        }
    return out


def fit(pairs: Sequence[Pair]) -> LearnedModel:
    """Weights and calibration from ``pairs`` (the cut-off at the resolve gate)."""
    return LearnedModel.from_dict(_model_data(train(pairs), calibrate(oof_best(pairs)), FLOOR))


def _model_data(
    weights: Weights, calibration: dict, min_confidence: float, lang: str = "id"
) -> dict:
    """The JSON the learned layer loads; ``lexicon`` is the word lists of the model's own
    language (features are computed with them at run time, :class:`LearnedModel`)."""
    return {
        "model": "kg relation classifier: one-vs-rest logistic regression over entity pairs",
        "classes": weights.classes,
        "bias": [round(b, 4) for b in weights.bias],
        "calibration": calibration,
        "min_confidence": min_confidence,
        "lexicon": lexicon_words(lang),
        "weights": {
            f: [round(v, 3) for v in w]
            for f, w in sorted(weights.weights.items())
            if max(abs(v) for v in w) >= 0.01
        },
    }


def end_to_end(
    tune: Sequence[AnnotatedSentence], pairs: Sequence[Pair], k: int = 5
) -> list[tuple[str, tuple[int, str, int], bool, float]]:
    """Out of fold and end to end: a model fitted on the other folds runs inside kg (its NER,
    rules and resolve) on each fold's sentences. Every relation kg asserts there, matched to
    the annotated entities: (sentence key, triple, from the learned layer?, confidence)."""
    from kg.devtools.relations.score import entity_at, kg_relations

    out = []
    for fold in _folds([s.key for s in tune], k):
        model = fit([p for p in pairs if p.key not in fold])
        for sentence in (s for s in tune if s.key in fold):
            for subj, p, obj, rule, confidence in kg_relations(sentence.text, learned=model):
                a, b = entity_at(sentence, subj), entity_at(sentence, obj)
                if a is not None and b is not None and a != b:
                    out.append((sentence.key, _key(a, p, b), rule.endswith(".learned"), confidence))
    return out


def choose_min_confidence(
    records: Sequence[tuple[str, tuple, bool, float]], sentences: Sequence[AnnotatedSentence]
) -> tuple[float, list[dict]]:
    """The least cut-off (0.05 steps from the resolve gate) at which the relations only the
    layer adds reach ``TARGET_PRECISION`` out of fold; with every step's numbers."""
    gold = {s.key: gold_triples(s) for s in sentences}
    n_gold = sum(len(g) for g in gold.values())
    rules = {(key, t) for key, t, by_layer, _ in records if not by_layer}
    chosen, rows = 1.0, []
    for step in range(round(FLOOR * 20), 20):
        least = step / 20
        added = {(k, t) for k, t, by_layer, c in records if by_layer and c >= least} - rules
        right = sum(t in gold[k] for k, t in added)
        both = rules | added
        tp = sum(t in gold[k] for k, t in both)
        p, r = tp / len(both) if both else 0.0, tp / n_gold if n_gold else 0.0
        layer_p = right / len(added) if added else None
        rows.append(
            {
                "min_confidence": least,
                "layer_relations": len(added),
                "layer_precision": layer_p,
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            }
        )
        if chosen == 1.0 and layer_p is not None and layer_p >= TARGET_PRECISION:
            chosen = least
    return chosen, rows


def export(pairs: Sequence[Pair], tune: Sequence[AnnotatedSentence], path: Path) -> LearnedModel:
    """Write the model kg's extract stage loads: weights fitted on all of ``tune``, their
    calibration, and the cut-off chosen end to end out of fold (with its table)."""
    least, rows = choose_min_confidence(end_to_end(tune, pairs), tune)
    data = _model_data(train(pairs), calibrate(oof_best(pairs)), least)
    data["trained_on"] = f"{len(tune)} tune sentences of kg/devtools/relations/annotations.jsonl"
    data["end_to_end_out_of_fold"] = rows
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    return LearnedModel.from_dict(data)


# ---------------------------------------------------------------- command line


def split_parts(
    sentences: Sequence[AnnotatedSentence],
) -> tuple[list[AnnotatedSentence], list[AnnotatedSentence]]:
    """(tune, heldback): the model is trained and its threshold chosen on tune only."""
    return [s for s in sentences if not s.heldback], [s for s in sentences if s.heldback]


_PAIRS: dict[tuple[str, str], list[Pair]] = {}


def _pairs_for(nlp, sentences: Sequence[AnnotatedSentence]) -> list[Pair]:
    out = []
    for sentence in sentences:
        key = (sentence.key, sentence.text)
        if key not in _PAIRS:
            _PAIRS[key] = sentence_pairs(nlp, sentence)
        out.extend(_PAIRS[key])
    return out


def evaluate(sentences: Sequence[AnnotatedSentence], cache: Path | None) -> str:
    """The README section's tables: rules, classifier, both on held-back; learning curve."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline("id")
    tune, held = split_parts(sentences)
    tune_pairs, held_pairs = _pairs_for(nlp, tune), _pairs_for(nlp, held)
    rules = rule_triples(sentences, cache)
    oof = oof_best(tune_pairs)
    t_alone, f_alone = choose_threshold(oof, tune)
    t_both, f_both = choose_threshold(oof, tune, rules)
    model = train(tune_pairs)
    alone = predict_pairs(model, held_pairs, t_alone)
    both = union(predict_pairs(model, held_pairs, t_both), rules)
    rules_held = {s.key: rules[s.key] for s in held}
    lines = [
        f"tune: {len(tune)} sentences, {len(tune_pairs)} pairs; heldback: {len(held)} "
        f"sentences, {len(held_pairs)} pairs",
        f"threshold alone {t_alone:.2f} (5-fold CV F1 on tune {f_alone:.3f}); "
        f"threshold in union {t_both:.2f} (CV F1 {f_both:.3f})",
        "",
        table(
            {
                "rules": counts(held, rules_held),
                "clf": counts(held, alone),
                "both": counts(held, both),
            }
        ),
        "",
        "| tune share | pairs | clf P | clf R | clf F1 | both P | both R | both F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    order = sorted({p.key for p in tune_pairs})
    random.Random(SEED).shuffle(order)
    for share in (0.25, 0.5, 0.75, 1.0):
        keep = set(order[: round(share * len(order))])
        part = [p for p in tune_pairs if p.key in keep]
        m = model if share == 1.0 else train(part)
        a = prf(counts(held, predict_pairs(m, held_pairs, t_alone))["all"])
        b = prf(counts(held, union(predict_pairs(m, held_pairs, t_both), rules_held))["all"])
        lines.append(
            f"| {share:.0%} | {len(part)} | " + " | ".join(_fmt(v) for v in (*a, *b)) + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``--evaluate`` prints the tables; ``--train`` fits on tune and writes the weights."""
    parser = data_parser(__doc__)
    parser.add_argument("--train", action="store_true", help="fit on tune, write --out")
    parser.add_argument("--evaluate", action="store_true", help="print the README tables")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="reuse the rules' triples (stale once rules change)",
    )
    args = parser.parse_args(argv)
    sentences = load_for_cli(args)
    if sentences is None:
        return 2
    if args.evaluate:
        print(evaluate(sentences, args.cache))
    if args.train:
        from kg.nlp import load_pipeline

        tune, _ = split_parts(sentences)
        pairs = _pairs_for(load_pipeline("id"), tune)
        model = export(pairs, tune, args.out)
        print(
            f"{len(pairs)} pairs from {len(tune)} tune sentences -> {args.out} "
            f"({len(model.weights)} features, min_confidence {model.min_confidence})"
        )
    if not (args.evaluate or args.train):
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
