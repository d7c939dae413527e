"""Is kg's confidence calibrated? Precision of predicted relations per confidence band and per
rule, against gold in the eval format (``../shared/eval``).

Why: the graph keeps a relation only when its confidence reaches a threshold
(:data:`kg.extract.model.DEFAULT_MIN_CONFIDENCE`); that threshold is only honest if the bands
above it are precise on articles the rules were not written from, and the bands below it are
not. ``make eval`` prints this table after the score, so every rule change shows what it did
to calibration. Each relation (a distinct triple) counts once, at the confidence of its best
evidence; relations the gold marks optional are left out, as the scorer does.

Usage: ``python -m kg.devtools.calibrate GOLD_DIR PRED_DIR [--rules]``

Candidates (``kg build --min-confidence X``, kept apart in candidate graphs) are measured on a
store: ``python -m kg.devtools.calibrate GOLD_DIR STORE --candidates`` after ``kg build
GOLD_DIR/*.txt --store STORE --min-confidence X``. It prints the candidates' precision per band,
then the scorer's relation totals for the graph and for the graph with the candidates taken as
edges (what including them would give): each article's document is found by its source's file
name.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from rdflib import RDF, Graph, Literal, URIRef

from kg.graph.namespace import KG

__all__ = ["BANDS", "label_relations", "main", "store_articles", "with_candidates"]

BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)


def _scorer(gold_dir: Path) -> ModuleType:
    """The eval's score.py: beside the gold folder (``../shared/eval/dev``), else the shared
    one (gold kept elsewhere, such as ``tests/fixtures/heldout``)."""
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"
    path = next((p for p in (gold_dir.parent / "score.py", shared) if p.is_file()), None)
    if path is None:
        raise SystemExit(f"scorer not found beside {gold_dir} nor at {shared}")
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not loadable at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def label_relations(
    score: ModuleType, gold_json: Path, pred: Path | Graph, cls: URIRef = KG.Assertion
) -> list[tuple]:
    """``(verdict, confidence, rule, predicate)`` per predicted relation of one article (its
    ``.ttl``, or a graph holding its entities and evidence); verdict is "tp", "fp" or
    "optional". ``cls``: the evidence to read (``kg:CandidateAssertion`` for candidates)."""
    gold = score.GoldArticle(str(gold_json))
    g = pred if isinstance(pred, Graph) else Graph().parse(pred, format="turtle")
    cache: dict = {}

    def map_node(node):
        if node not in cache:
            labels, alts = score.node_names(g, node)
            types = score.node_types(g, node) if not isinstance(node, Literal) else (set(), False)
            if not labels and alts:
                labels, alts = alts[:1], alts[1:]
            cache[node] = gold.map_names(labels, alts, types) if labels else None
        return cache[node]

    best: dict[tuple, tuple[float, str]] = {}
    for a in g.subjects(RDF.type, cls):
        pred = score.CORE_BY_LOWER.get(score.local_name(g.value(a, RDF.predicate)).lower())
        if pred is None:
            continue
        s, o = map_node(g.value(a, RDF.subject)), map_node(g.value(a, RDF.object))
        key = ("UNMAPPED", pred, a) if s is None or o is None else score.rel_key(pred, s, o)
        conf = float(g.value(a, KG.confidence) or 0)
        rule = str(g.value(a, KG.rule) or "?")
        if key not in best or conf > best[key][0]:
            best[key] = (conf, rule)
    out = []
    for key, (conf, rule) in best.items():
        if key in gold.gold_rel:
            verdict = "tp"
        elif key[0] != "UNMAPPED" and (
            key in gold.optional_rel or any(gold.entities[x]["kind"] == "optional" for x in key[1:])
        ):
            verdict = "optional"
        else:
            verdict = "fp"
        out.append((verdict, conf, rule, key[1] if key[0] == "UNMAPPED" else key[0]))
    return out


def _band(conf: float) -> str:
    low = next(b for b in BANDS if conf >= b)
    high = BANDS[BANDS.index(low) - 1] if low != BANDS[0] else 1.0
    return f"[{low:.1f}, {high:.1f}{']' if high == 1.0 else ')'}"


def _table(rows: list[tuple], key, title: str) -> list[str]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for verdict, conf, rule, _pred in rows:
        if verdict == "optional":
            continue
        counts[key(conf, rule)][verdict == "fp"] += 1
    lines = [f"{title:<44} {'tp':>4} {'fp':>4} {'P':>6}"]
    for name in sorted(counts, reverse=True):
        tp, fp = counts[name]
        lines.append(f"{name:<44} {tp:4d} {fp:4d} {tp / max(1, tp + fp):6.2f}")
    return lines


def store_articles(store: Path) -> dict[str, tuple[Graph, Graph]]:
    """``{file stem: (document graph, candidate graph)}`` of every document of a store, by
    the file name of its source."""
    from kg.graph.iri import candidates_iri
    from kg.graph.store import load_store

    graphs = load_store(store)

    def copy(name: URIRef) -> Graph:  # a view, not Dataset.graph: that creates the graph
        return Graph() + Graph(store=graphs.dataset.store, identifier=name)

    out = {}
    for doc in graphs.documents():
        own = copy(doc)
        source = own.value(doc, KG.source)
        if source is not None:
            out[Path(str(source)).stem] = (own, copy(candidates_iri(doc)))
    graphs.close()
    return out


def with_candidates(graph: Graph, candidates: Graph) -> Graph:
    """The document graph with each candidate's triple added as an edge: what the graph would
    be if the candidates were asserted."""
    out = Graph() + graph
    for a in candidates.subjects(RDF.type, KG.CandidateAssertion):
        out.add(
            (
                candidates.value(a, RDF.subject),
                candidates.value(a, RDF.predicate),
                candidates.value(a, RDF.object),
            )
        )
    return out


def _totals(score: ModuleType, results: list[dict]) -> str:
    tot = score.total_of(results)["relations"]
    tp, fp, fn = tot["tp"], tot["fp"], tot["fn"]
    p, r, f = score.prf(tp, fp, fn)
    return (
        f"tp {tp:4d}  fp {fp:4d}  fn {fn:4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
        f"negatives hit {tot['negatives_hit']}"
    )


def _candidate_report(score: ModuleType, gold_dir: Path, store: Path, rules: bool) -> None:
    articles = store_articles(store)
    rows: list[tuple] = []
    alone: list[dict] = []
    both: list[dict] = []
    for gold_json in sorted(gold_dir.glob("*.json")):
        if gold_json.stem not in articles:
            continue
        graph, candidates = articles[gold_json.stem]
        rows.extend(label_relations(score, gold_json, graph + candidates, KG.CandidateAssertion))
        gold = score.GoldArticle(str(gold_json))
        alone.append(score.score_article(gold, graph))
        both.append(score.score_article(gold, with_candidates(graph, candidates)))
    print(f"\nCandidates of {len(articles)} documents, per confidence band (best evidence):")
    print("\n".join(_table(rows, lambda conf, rule: _band(conf), "band")))
    if rules:
        print("\nCandidates per rule:")
        print("\n".join(_table(rows, lambda conf, rule: rule, "rule")))
    print("\nRelations (scorer's totals):")
    print(f"  graph                       {_totals(score, alone)}")
    print(f"  graph + candidates as edges {_totals(score, both)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.devtools.calibrate", description=__doc__)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path, help="folder of per-article .ttl, or a store")
    ap.add_argument("--rules", action="store_true", help="also list precision per rule")
    ap.add_argument(
        "--candidates",
        action="store_true",
        help="PRED is a store built with --min-confidence: measure its candidates",
    )
    args = ap.parse_args(argv)
    score = _scorer(args.gold)
    if args.candidates:
        _candidate_report(score, args.gold, args.pred, args.rules)
        return 0
    rows: list[tuple] = []
    for gold_json in sorted(args.gold.glob("*.json")):
        pred = args.pred / f"{gold_json.stem}.ttl"
        if pred.is_file():
            rows.extend(label_relations(score, gold_json, pred))
    print("\nPrecision per confidence band (each relation at its best evidence):")
    print("\n".join(_table(rows, lambda conf, rule: _band(conf), "band")))
    if args.rules:
        print("\nPrecision per rule:")
        print("\n".join(_table(rows, lambda conf, rule: rule, "rule")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
