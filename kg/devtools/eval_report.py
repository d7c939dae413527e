"""Print, per article, what the scorer counted wrong: missed and false relations, spurious,
duplicate and boilerplate entities. ``make eval`` runs it after the score table, so each rule
change is judged by what it fixed and what it broke.

Usage: ``python -m kg.devtools.eval_report GOLD_DIR PRED_DIR``
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

__all__ = ["report", "main"]

_LISTS = (
    ("relations", "missed_list", "missed relation"),
    ("relations", "fp_list", "false relation"),
    ("relations", "negatives_list", "NEGATIVE hit"),
    ("entities", "missed", "missed entity"),
    ("entities", "spurious_list", "spurious entity"),
    ("entities", "duplicate_list", "duplicate entity"),
    ("entities", "boilerplate_list", "BOILERPLATE entity"),
    ("entities", "wrong_type_list", "wrong type"),
)


def report(scores: dict) -> str:
    """Human-readable error lists from ``score.py --json`` output."""
    lines = []
    for article in scores.get("articles", []):
        items = [
            f"    {label}: {item}"
            for section, key, label in _LISTS
            for item in article.get(section, {}).get(key, [])
        ]
        lines.append(f"{article['id']}: {len(items)} issue(s)")
        lines.extend(items)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m kg.devtools.eval_report GOLD_DIR PRED_DIR", file=sys.stderr)
        return 2
    gold, pred = args
    scorer = next(
        (
            p
            for p in (Path(gold).parent / "score.py", Path("../shared/eval/score.py"))
            if p.is_file()
        ),
        Path(gold).parent / "score.py",
    )
    out = subprocess.run(
        [sys.executable, str(scorer), gold, pred, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if not out.stdout.strip():
        print(out.stderr.strip() or "scorer printed nothing", file=sys.stderr)
        return 2
    print("\nErrors per article:")
    print(report(json.loads(out.stdout)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
