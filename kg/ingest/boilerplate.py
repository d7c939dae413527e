"""Find site boilerplate (navigation, taglines, related-story teasers, credits) by general rules.

Rules are data (``ontology/boilerplate/markers.jsonl``, ``agencies.txt``); this module only knows
the *shapes* of boilerplate: a marker line, a marker header followed by a list, a breadcrumb or
section label above the story, a repeated headline, and an agency tag in the dateline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.resources import ontology_path

__all__ = ["BoilerplateSpan", "find_boilerplate"]

_LIST_ITEM = re.compile(r"^\s*([^\w\s\"'(\[]|\d+[.)])\s*\S")  # "- x", "» x", "▶ x", "1. x"
_WIDGET_SEPARATOR = re.compile(r"\s[|·•]\s")
_NAV_SEPARATOR = re.compile(r"\s(\||>|»|›|/)\s")
_SENTENCE_END = re.compile(r"[.!?\"')]\s*$")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(,\s*[A-Z][\w .'-]*)?\s*(\([^)]*\)\s*)*[-–—]\s")


@dataclass(frozen=True)
class BoilerplateSpan:
    """A stretch of the original text that is not part of the story, and the rule that said so."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Marker:
    kind: str
    scope: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    after_blank: bool = False  # a blank line separates it from the previous line

    @property
    def words(self) -> int:
        return len(self.text.split())


@cache
def _markers() -> tuple[_Marker, ...]:
    out = []
    path = ontology_path("boilerplate", "markers.jsonl")
    for row in path.read_text("utf-8").splitlines():
        if not row.strip():
            continue
        rule = json.loads(row)
        flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
        out.append(_Marker(rule["kind"], rule["scope"], re.compile(rule["pattern"], flags)))
    return tuple(out)


@cache
def _agency_tag() -> re.Pattern[str]:
    path = ontology_path("boilerplate", "agencies.txt")
    names = [
        ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"
    ]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\(\s*(?:{alternatives})\s*\)")


def _lines(text: str) -> Iterator[_Line]:
    pos = 0
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield _Line(pos + lead, pos + lead + len(stripped), stripped, blank)
            blank = False
        else:
            blank = True
        pos += len(raw) + 1


def _is_story_paragraph(line: _Line) -> bool:
    """A real paragraph: long enough and ending like a sentence."""
    return line.words >= 12 and bool(_SENTENCE_END.search(line.text))


def _is_nav_or_section(line: _Line) -> bool:
    """Breadcrumbs ("World | Asia-Pacific", "Beranda > Internasional") and section labels."""
    if _NAV_SEPARATOR.search(line.text):
        segments = _NAV_SEPARATOR.split(line.text)[::2]
        if all(len(s.split()) <= 4 for s in segments):
            return True
    if line.words <= 3 and not _SENTENCE_END.search(line.text):
        letters = [c for c in line.text if c.isalpha()]
        return bool(letters)
    return False


def _is_widget(line: _Line) -> bool:
    """ "Kirim komentar | Cetak | Bagikan", "Share · Tweet · Email": three or more short items."""
    segments = _WIDGET_SEPARATOR.split(line.text)
    return len(segments) >= 3 and all(len(s.split()) <= 4 for s in segments)


def _continues_block(line: _Line) -> bool:
    """Inside a related/most-read block: list items, or short headline-like lines that follow
    without a blank line."""
    if _LIST_ITEM.match(line.text):
        return True
    return not line.after_blank and line.words <= 15 and not line.text.endswith(".")


def _marker_for(line: _Line) -> _Marker | None:
    for marker in _markers():
        if marker.regex.search(line.text):
            return marker
    return None


def find_boilerplate(text: str) -> list[BoilerplateSpan]:
    """Return the boilerplate spans of ``text`` (offsets into ``text``), in order.

    Parameters
    ----------
    text : str
        The article, already typography-normalised (same length as the original).

    Notes
    -----
    Prelude lines (above the first story paragraph) are judged more harshly: short labels
    there are site names and sections, never story. Below it, only explicit markers count, so a
    short body line ("Keduanya sepakat.") is never dropped.
    """
    spans: list[BoilerplateSpan] = []
    seen: set[str] = set()
    in_block = False
    in_prelude = True
    dateline_done = False
    for line in _lines(text):
        marker = _marker_for(line)
        if in_block and marker is None and _continues_block(line):
            spans.append(BoilerplateSpan(line.start, line.end, "related"))
            continue
        in_block = False
        if marker is not None:
            spans.append(BoilerplateSpan(line.start, line.end, marker.kind))
            in_block = marker.scope == "block"
            continue
        if _is_widget(line):
            spans.append(BoilerplateSpan(line.start, line.end, "share"))
            continue
        if line.text in seen:
            spans.append(BoilerplateSpan(line.start, line.end, "duplicate"))
            continue
        seen.add(line.text)
        if in_prelude and not _is_story_paragraph(line):
            if _is_nav_or_section(line):
                spans.append(BoilerplateSpan(line.start, line.end, "navigation"))
            continue
        in_prelude = False
        if not dateline_done:
            dateline_done = True
            spans.extend(_dateline_agency(text, line))
    return spans


def _dateline_agency(text: str, line: _Line) -> list[BoilerplateSpan]:
    """Mask "(Reuters)" in "ASTANA, Kazakhstan (28 Februari) (Reuters) - ..." but nothing else."""
    head = _DATELINE.match(text, line.start, line.end)
    if head is None:
        return []
    return [
        BoilerplateSpan(m.start(), m.end(), "agency")
        for m in _agency_tag().finditer(text, line.start, head.end())
    ]
