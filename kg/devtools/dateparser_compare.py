"""Measure kg.extract.dates against dateparser on every date expression of a set of articles.

Why: dateparser reads Indonesian and English against a base date, and a library beats
hand-written code where it does as well. This prints how often the two agree and where they
differ, so the choice can be re-checked.

Run: ``python -m kg.devtools.dateparser_compare [DIR]`` (default ``../shared/eval/dev``).
"""

from __future__ import annotations

import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

from kg.extract.dates import find_dates
from kg.ingest import read_file

__all__ = ["compare"]


def _dateparser_day(text: str, base: datetime, month_only: bool) -> str | None:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "PARSERS": ["relative-time", "absolute-time"],
        },
    )
    if parsed is None:
        return None
    return parsed.date().isoformat()[: 7 if month_only else 10]


def compare(folder: Path) -> tuple[int, int, list[tuple[str, str, str, str | None, str | None]]]:
    """(expressions, agreements, disagreements as (file, doc date, text, kg, dateparser))."""
    total, agree, differ = 0, 0, []
    for path in sorted(folder.glob("*.txt")):
        doc = read_file(path)
        if not doc.date or not doc.date[0].isdigit():
            continue  # no full document date: neither can resolve "pada Selasa"
        base = datetime.fromisoformat(doc.date)
        for m in find_dates(doc.body, doc_date=doc.date):
            if m.kind == "range":
                continue
            total += 1
            theirs = _dateparser_day(m.text, base, m.kind == "month")
            if theirs == m.iso:
                agree += 1
            else:
                differ.append((path.name, doc.date, m.text, m.iso, theirs))
    return total, agree, differ


def main() -> None:
    warnings.filterwarnings("ignore")
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev")
    start = time.perf_counter()
    total, agree, differ = compare(folder)
    unparsed = sum(1 for *_, theirs in differ if theirs is None)
    print(
        f"{total} date expressions: kg and dateparser agree on {agree}; "
        f"dateparser reads {unparsed} not at all and {len(differ) - unparsed} differently "
        f"({time.perf_counter() - start:.1f} s)"
    )
    for row in differ:
        print(" | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
