"""The audit's verdicts, kept in the repository: which relations kg asserts on real text are right.

Why a file of its own: a reader's verdicts on the audit (``kg.devtools.audit``) are the only
measure of precision on real news text, and verdicts kept outside the repository were lost.
A verdict names its relation by ``(key, predicate, subject label, object label)``, not by rule
or confidence, so it survives re-runs and rule changes for as long as kg outputs the same
relation; a verdict whose relation is no longer produced is kept (the relation may come back)
but counted apart and left out of the scores. Only the relations without a verdict need reading
after a change (``unjudged.tsv``), so the reading is incremental.

The file (``kg/devtools/relations/audit-verdicts.jsonl``) holds one JSON object a line::

    {"key": "corpus/split/sent", "predicate": "visited", "subject": "...", "object": "...",
     "verdict": "y" | "n", "why": "short reason, required for n"}

sorted by sentence then relation, so that a new reading is a small diff.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_PATH",
    "TSV_COLUMNS",
    "VerdictError",
    "VerdictScores",
    "relation_id",
    "reading_order",
    "row_key",
    "layer_of",
    "read_verdicts",
    "write_verdicts",
    "read_filled_tsv",
    "merge_verdicts",
    "score_verdicts",
    "write_tsv",
]

#: The repository's verdict file.
DEFAULT_PATH = Path(__file__).parent / "relations" / "audit-verdicts.jsonl"

#: Columns of ``sample.tsv`` and ``unjudged.tsv`` (a reader fills ``verdict`` and ``why``).
TSV_COLUMNS = (
    "verdict",
    "why",
    "predicate",
    "subject",
    "object",
    "confidence",
    "rule",
    "anchor",
    "sentence",
    "key",
)

#: A relation's identity: (key, predicate, subject label, object label).
RelationId = tuple[str, str, str, str]


class VerdictError(ValueError):
    """A verdict line or a filled TSV row is unusable (bad verdict, ``n`` without a reason)."""


def row_key(row: Mapping) -> str:
    """The sentence key ``corpus/split/sent`` of a row of ``relations.jsonl``.

    >>> row_key({"corpus": "ud-indonesian-gsd", "split": "dev", "sent": 7})
    'ud-indonesian-gsd/dev/7'
    """
    return f"{row['corpus']}/{row['split']}/{row['sent']}"


def relation_id(row: Mapping) -> RelationId:
    """The identity a verdict is kept under, from a ``relations.jsonl`` row or a verdict.

    >>> relation_id({"key": "c/train/3", "predicate": "met", "subject": "A", "object": "B"})
    ('c/train/3', 'met', 'A', 'B')
    """
    key = row["key"] if "key" in row else row_key(row)
    return (key, row["predicate"], row["subject"], row["object"])


def layer_of(rule: str) -> str:
    """``learned`` for the classifier's relations (``id.<predicate>.learned`` and its
    candidates, see :mod:`kg.extract.learned`), ``rules`` for the rest.

    >>> layer_of("id.visited.learned"), layer_of("id.visited.speech-place")
    ('learned', 'rules')
    """
    from kg.extract.learned import CANDIDATE_RULE

    return "learned" if rule.rsplit(".", 1)[-1] in ("learned", CANDIDATE_RULE) else "rules"


def reading_order(rid: RelationId) -> tuple:
    """Sentence order (numeric index) then relation, so files and tables read in order."""
    corpus, split, sent = rid[0].rsplit("/", 2)
    return (corpus, split, int(sent) if sent.isdigit() else 0, sent, *rid[1:])


def _checked(verdict: str, why: str, where: str) -> tuple[str, str]:
    verdict, why = verdict.strip().lower(), why.strip()
    if verdict not in ("y", "n"):
        raise VerdictError(f"{where}: verdict must be 'y' or 'n', not {verdict!r}")
    if verdict == "n" and not why:
        raise VerdictError(f"{where}: a 'n' verdict needs a reason ('why')")
    return verdict, why


def read_verdicts(path: Path) -> dict[RelationId, dict]:
    """The verdicts of a JSONL file by relation identity (an absent file has none)."""
    verdicts: dict[RelationId, dict] = {}
    if not path.exists():
        return verdicts
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            verdict, why = _checked(obj.get("verdict", ""), obj.get("why", ""), f"{path}:{n}")
            verdicts[relation_id(obj)] = {"verdict": verdict, "why": why}
    return verdicts


def write_verdicts(path: Path, verdicts: Mapping[RelationId, Mapping]) -> None:
    """Write the verdicts sorted and with a fixed field order: a re-write is a small diff."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for rid in sorted(verdicts, key=reading_order):
            key, predicate, subject, obj = rid
            v = verdicts[rid]
            line = {
                "key": key,
                "predicate": predicate,
                "subject": subject,
                "object": obj,
                "verdict": v["verdict"],
            }
            if v.get("why"):
                line["why"] = v["why"]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_filled_tsv(path: Path) -> dict[RelationId, dict]:
    """The judged rows of a filled ``unjudged.tsv``/``sample.tsv`` (blank verdicts skipped)."""
    filled: dict[RelationId, dict] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t"), 2):
            if not (row.get("verdict") or "").strip():
                continue
            verdict, why = _checked(row["verdict"], row.get("why") or "", f"{path}:{n}")
            filled[relation_id(row)] = {"verdict": verdict, "why": why}
    return filled


def merge_verdicts(
    verdicts: dict[RelationId, dict], filled: Mapping[RelationId, Mapping]
) -> Counter:
    """Add ``filled`` to ``verdicts`` in place (a new reading replaces an old one).

    RETURNS (Counter): ``added``, ``changed`` and ``same`` counts.
    """
    counts: Counter = Counter()
    for rid, v in filled.items():
        old = verdicts.get(rid)
        new = {"verdict": v["verdict"], "why": v.get("why", "")}
        counts["added" if old is None else "same" if old == new else "changed"] += 1
        verdicts[rid] = new
    return counts


@dataclass
class VerdictScores:
    """Precision of the current run's judged relations, by predicate, layer and rule.

    groups: ``{"predicate": {"visited": [right, judged, unjudged]}, "layer": ..., "rule": ...}``.
    unjudged: the current run's rows with no verdict (first row of each relation).
    stale: verdicts whose relation the current run no longer produces.
    """

    groups: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    unjudged: list[dict] = field(default_factory=list)
    stale: int = 0

    @property
    def overall(self) -> tuple[int, int]:
        """``(right, judged)`` over all current relations."""
        cells = self.groups.get("predicate", {}).values()
        return sum(c[0] for c in cells), sum(c[1] for c in cells)

    def table(self) -> str:
        """The summary ``make audit`` prints."""
        right, judged = self.overall
        lines = [f"{'':<9} {'group':<40} {'right':>5} {'judged':>6} {'prec':>5} {'unjudged':>8}"]
        for kind in ("predicate", "layer", "rule"):
            for name, (r, j, u) in sorted(self.groups.get(kind, {}).items()):
                prec = f"{r / j:.3f}" if j else "-"
                lines.append(f"{kind:<9} {name:<40} {r:5d} {j:6d} {prec:>5} {u:8d}")
        prec = f"{right / judged:.3f}" if judged else "-"
        lines.append(
            f"{'ALL':<9} {'':<40} {right:5d} {judged:6d} {prec:>5} {len(self.unjudged):8d}"
        )
        lines.append(
            f"unjudged: {len(self.unjudged)}; verdicts of relations no longer produced "
            f"(ignored): {self.stale}"
        )
        return "\n".join(lines)


def score_verdicts(
    rows: Iterable[Mapping], verdicts: Mapping[RelationId, Mapping]
) -> VerdictScores:
    """Score the current run's relations (``relations.jsonl`` rows) against the verdicts.

    A relation kg states twice in one sentence (two evidences under one label pair) is one
    relation: counted once, with its first row's rule.

    >>> rows = [{"key": "c/dev/0", "predicate": "met", "subject": "A", "object": "B",
    ...          "rule": "id.met.learned"},
    ...         {"key": "c/dev/1", "predicate": "met", "subject": "A", "object": "C",
    ...          "rule": "id.met.meet"}]
    >>> s = score_verdicts(rows, {("c/dev/0", "met", "A", "B"): {"verdict": "n"},
    ...                           ("c/dev/9", "met", "A", "D"): {"verdict": "y"}})
    >>> s.groups["layer"], len(s.unjudged), s.stale
    ({'learned': [0, 1, 0], 'rules': [0, 0, 1]}, 1, 1)
    """
    scores = VerdictScores(groups={"predicate": {}, "layer": {}, "rule": {}})
    cells: dict[str, dict[str, list[int]]] = {
        kind: defaultdict(lambda: [0, 0, 0]) for kind in scores.groups
    }
    seen: set[RelationId] = set()
    for row in rows:
        rid = relation_id(row)
        if rid in seen:
            continue
        seen.add(rid)
        verdict = verdicts.get(rid)
        names = {"predicate": row["predicate"], "layer": layer_of(row["rule"]), "rule": row["rule"]}
        for kind, name in names.items():
            cell = cells[kind][name]
            if verdict is None:
                cell[2] += 1
            else:
                cell[0] += verdict["verdict"] == "y"
                cell[1] += 1
        if verdict is None:
            scores.unjudged.append(dict(row))
    scores.groups = {kind: dict(c) for kind, c in cells.items()}
    scores.stale = sum(1 for rid in verdicts if rid not in seen)
    return scores


def write_tsv(path: Path, rows: Iterable[Mapping]) -> int:
    """Write rows (``relations.jsonl`` form) as a TSV to judge, verdict and why empty.

    RETURNS (int): the number of rows written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(TSV_COLUMNS)
        for r in rows:
            key = r["key"] if "key" in r else row_key(r)
            writer.writerow(
                [
                    "",
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
            n += 1
    return n
