"""Dates in sentences, normalised to ISO 8601, and the date of each visit and meeting.

News rarely writes a full date next to the event: Indonesian papers write "Selasa (28/2)" or
just "pada Selasa", wire copy writes "on Sunday" under a dateline "BEIJING, June 18". Such a
date only becomes a calendar day against the document's date (:mod:`kg.ingest.metadata`), so
each expression is resolved against it:

* day and month without a year take the document's year;
* a weekday alone is the most recent such day on or before the document date, or the next one
  on or after it when the clause speaks of the future ("akan", "dijadwalkan", "will",
  "is scheduled to");
* ranges ("pada 1941-1945") name no single day and are skipped;
* anything the text does not fix stays open (None) rather than guessed.

Values are ISO 8601 at the precision the text gives: ``2023-02-28``, ``2015-06`` ("June
2015"), ``--02-28`` (day and month, no year known). Words are data
(``ontology/lexicon/dates.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from kg.extract.model import Relation
from kg.ingest.metadata import (
    CalendarDate,
    Metadata,
    calendar_lexicon,
    checked_date,
    explicit_date_patterns,
    find_metadata,
    month_number,
    month_pattern,
    names_pattern,
)
from kg.schema import dated_relations

__all__ = ["DateMention", "fill_relation_dates", "find_dates", "relation_date"]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in the text.

    ``iso`` is None when the expression names a time the text does not fix (a weekday with no
    full document date to count from) or no single day at all (``kind == "range"``).
    """

    start: int
    end: int
    text: str
    iso: str | None
    kind: str  # "date", "month", "weekday", "relative" or "range"


@dataclass(frozen=True)
class _Context:
    """What resolving one expression needs: the reference day and the sentence around it."""

    text: str
    start: int
    end: int
    reference: CalendarDate | None

    @property
    def today(self) -> date | None:
        return self.reference.as_date() if self.reference else None


# -- patterns (built once from the lexicon) -------------------------------------------------------


def _words(key: str) -> str:
    """Case-insensitive alternation of a lexicon word list (multi-word entries allowed)."""
    words = sorted(calendar_lexicon()[key], key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)


@cache
def _weekday_pattern() -> str:
    return names_pattern(calendar_lexicon()["weekdays"])


@cache
def _ambiguous_weekday() -> re.Pattern[str]:
    """ "Minggu lalu" is last week, not last Sunday: such a weekday match is rejected."""
    lex = calendar_lexicon()
    names = names_pattern(lex["ambiguous_weekdays"])
    return re.compile(rf"(?:{names})\s+(?:{_words('ambiguous_not_after')})\b", re.IGNORECASE)


@cache
def _range_patterns() -> tuple[re.Pattern[str], ...]:
    join = rf"\s*(?:-|–|—|(?i:s/d|s\.d\.|\b(?:{_words('range_joiners')})\b))\s*"
    m = month_pattern()
    return (
        re.compile(rf"(?<![\d/])\d{{4}}{join}\d{{4}}(?!\d)"),
        re.compile(rf"(?<![\d/])\d{{1,2}}{join}\d{{1,2}}\s+(?:{m})\b\.?(?:,?\s+\d{{4}})?"),
    )


@cache
def _paren_date() -> re.Pattern[str]:
    """ "Selasa (28/2)", "Minggu malam (10/11)", "Sabtu (30/8/2025)", or the bare "(28/2)"."""
    wd, part = _weekday_pattern(), _words("parts_of_day")
    return re.compile(
        rf"(?:(?i:\b(?:pada|on)\s+(?:hari\s+)?)?(?:{wd})\b(?:\s+(?i:{part}))?\s*)?"
        r"\((?P<d>\d{1,2})/(?P<mn>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)"
    )


@cache
def _month_year() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<m>{month_pattern()})\b\.?\s+(?i:tahun\s+)?(?P<y>\d{{4}})(?!\d)")


@cache
def _relative_months() -> tuple[re.Pattern[str], ...]:
    """ "last November", "pada November", "in May", "bulan Mei"; "November lalu".

    A month name alone is not enough ("May" starts sentences): it needs a word before or after.
    """
    before = f"{_words('last_before')}|{_words('next_before')}|pada|in|bulan"
    after = f"{_words('last_after')}|{_words('next_after')}"
    month, no_day = rf"\b(?P<m>{month_pattern()})\b", r"(?!\.?\s*\d)"
    return (
        re.compile(rf"(?i:\b(?P<pre>{before})\s+)(?:(?i:bulan)\s+)?{month}{no_day}"),
        re.compile(rf"{month}{no_day}\s+(?i:(?P<post>{after}))\b"),
    )


@cache
def _weekday() -> re.Pattern[str]:
    """ "pada hari Selasa", "on Sunday morning", "last Tuesday", "Selasa pekan lalu"."""
    before = f"{_words('last_before')}|{_words('next_before')}"
    after = f"{_words('last_after')}|{_words('next_after')}"
    return re.compile(
        rf"(?:(?i:\b(?:pada|on)\s+))?(?:(?i:(?P<pre>{before}))\s+)?(?:(?i:hari)\s+)?"
        rf"\b(?P<wd>{_weekday_pattern()})\b(?:\s+(?i:{_words('parts_of_day')})\b)?"
        rf"(?:\s+(?i:(?P<post>{after}))\b)?"
    )


@cache
def _relative_day() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('relative_days')})\b", re.IGNORECASE)


@cache
def _clause_break() -> re.Pattern[str]:
    return re.compile(rf";|\b(?:{_words('clause_breaks')})\b", re.IGNORECASE)


@cache
def _future() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('future')})\b", re.IGNORECASE)


def _is_in(word: str | None, key: str) -> bool:
    """Whether a matched modifier ("last", "pekan lalu") is in a lexicon list."""
    if not word:
        return False
    return " ".join(word.lower().split()) in calendar_lexicon()[key]


# -- resolving one expression ---------------------------------------------------------------------


def _parse_reference(value: str | None) -> CalendarDate | None:
    """``2019-11-11`` or ``--02-28`` (as :mod:`kg.ingest.metadata` writes them) to a date."""
    if not value:
        return None
    full = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if full:
        return checked_date(int(full[1]), int(full[2]), int(full[3]))
    partial = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if partial:
        return checked_date(None, int(partial[1]), int(partial[2]))
    return None


def _with_year(year: int | None, month: int, day: int, ctx: _Context) -> str | None:
    """A day and month, with the text's year or else the document's."""
    if year is not None and year < 100:
        year += 2000
    if year is None and ctx.reference is not None:
        year = ctx.reference.year
    value = checked_date(year, month, day)
    return value.iso() if value else None


def _direction(match: re.Match[str], ctx: _Context) -> int:
    """-1: the last such day/month before the reference; +1: the next one; 0: on or before
    (past tense, the news default); 2: on or after (a future verb in the clause)."""
    for key in ("pre", "post"):
        word = match.groupdict().get(key)
        if _is_in(word, "last_before") or _is_in(word, "last_after"):
            return -1
        if _is_in(word, "next_before") or _is_in(word, "next_after"):
            return 1
    lo, hi = _clause(ctx.text, ctx.start, ctx.end, match.start(), match.end())
    return 2 if _future().search(ctx.text, lo, hi) else 0


def _resolve_weekday(match: re.Match[str], ctx: _Context) -> str | None:
    today = ctx.today
    if today is None:
        return None
    target = int(calendar_lexicon()["weekdays"][match["wd"].lower()])
    back = (today.isoweekday() - target) % 7
    ahead = (target - today.isoweekday()) % 7
    steps = {-1: -(back or 7), 0: -back, 1: ahead or 7, 2: ahead}
    return (today + timedelta(days=steps[_direction(match, ctx)])).isoformat()


def _resolve_month(match: re.Match[str], ctx: _Context) -> str | None:
    today = ctx.today
    if today is None:
        return None
    month = month_number(match["m"])
    direction = _direction(match, ctx)
    year = today.year
    if direction == -1 and month >= today.month or direction == 0 and month > today.month:
        year -= 1
    if direction == 1 and month <= today.month or direction == 2 and month < today.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _resolve_relative_day(match: re.Match[str], ctx: _Context) -> str | None:
    today = ctx.today
    if today is None:
        return None
    offset = int(calendar_lexicon()["relative_days"][" ".join(match[0].lower().split())])
    return (today + timedelta(days=offset)).isoformat()


def _resolve_paren(match: re.Match[str], ctx: _Context) -> str | None:
    year = int(match["y"]) if match["y"] else None
    return _with_year(year, int(match["mn"]), int(match["d"]), ctx)


def _resolve_explicit(match: re.Match[str], ctx: _Context) -> str | None:
    groups = match.groupdict()
    month = int(groups["mn"]) if groups.get("mn") else month_number(groups["m"])
    year = int(groups["y"]) if groups.get("y") else None
    return _with_year(year, month, int(groups["d"]), ctx)


def _resolve_month_year(match: re.Match[str], ctx: _Context) -> str | None:
    return f"{int(match['y']):04d}-{month_number(match['m']):02d}"


_Resolver = Callable[[re.Match[str], _Context], str | None]


def _rules() -> list[tuple[str, re.Pattern[str], _Resolver | None]]:
    """Most specific first: a span claimed by one rule is not matched again by a later one."""
    rules: list[tuple[str, re.Pattern[str], _Resolver | None]] = [
        ("range", p, None) for p in _range_patterns()
    ]
    rules.append(("date", _paren_date(), _resolve_paren))
    rules.extend(("date", p, _resolve_explicit) for p in explicit_date_patterns())
    rules.append(("month", _month_year(), _resolve_month_year))
    rules.extend(("month", p, _resolve_month) for p in _relative_months())
    rules.append(("weekday", _weekday(), _resolve_weekday))
    rules.append(("relative", _relative_day(), _resolve_relative_day))
    return rules


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, doc_date: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, normalised against ``doc_date``.

    Parameters
    ----------
    text : str
        The article (offsets in the result point into it) or a single sentence.
    start, end : int
        The stretch to search, normally one sentence: a weekday's tense is read from its clause.
    doc_date : str, optional
        The document date, ISO (``2023-02-28``) or year-less (``--02-28``).
    """
    end = len(text) if end is None else end
    ctx = _Context(text, start, end, _parse_reference(doc_date))
    found: list[DateMention] = []
    for kind, pattern, resolve in _rules():
        for match in pattern.finditer(text, start, end):
            if _overlaps(match, found) or _is_week_not_day(match, kind, text):
                continue
            iso = resolve(match, ctx) if resolve else None
            found.append(DateMention(match.start(), match.end(), match[0], iso, kind))
    return sorted(found, key=lambda m: m.start)


def _overlaps(match: re.Match[str], found: Iterable[DateMention]) -> bool:
    return any(match.start() < m.end and m.start < match.end() for m in found)


def _is_week_not_day(match: re.Match[str], kind: str, text: str) -> bool:
    if kind != "weekday":
        return False
    return _ambiguous_weekday().match(text, match.start("wd")) is not None


# -- the date of a relation -----------------------------------------------------------------------


def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` holding ``[start, end)``: between clause breaks."""
    left, right = lo, hi
    for brk in _clause_break().finditer(text, lo, hi):
        if brk.end() <= start:
            left = brk.end()
        elif brk.start() >= end:
            right = brk.start()
            break
    return left, right


def _gap(mention: DateMention, start: int, end: int) -> tuple[int, int] | None:
    """The text between a date and the evidence span; None when they overlap."""
    if mention.end <= start:
        return mention.end, start
    if mention.start >= end:
        return end, mention.start
    return None


def _eligible(text: str, mention: DateMention, rel: Relation) -> bool:
    """A date belongs to the evidence when no clause break stands between them."""
    gap = _gap(mention, rel.start, rel.end)
    return gap is None or _clause_break().search(text, *gap) is None


def _distance(mention: DateMention, rel: Relation) -> int:
    gap = _gap(mention, rel.start, rel.end)
    return 0 if gap is None else gap[1] - gap[0]


def relation_date(text: str, rel: Relation, meta: Metadata) -> str | None:
    """The date of the event a relation reports, or None where the text leaves it open.

    The date expression nearest to the evidence in its clause wins; failing one, a sentence of
    the dateline paragraph happens on the document date; otherwise the date stays open. The
    dateline's own date is not an expression of the sentence (it is the document date).
    """
    head = meta.dateline_head or (0, 0)
    candidates = [
        m
        for m in find_dates(text, rel.sentence_start, rel.sentence_end, doc_date=meta.date)
        if m.kind != "range" and not (head[0] <= m.start < head[1]) and _eligible(text, m, rel)
    ]
    if candidates:
        return min(candidates, key=lambda m: _distance(m, rel)).iso
    if meta.dateline and meta.dateline[0] <= rel.start < meta.dateline[1]:
        return meta.date
    return None


def fill_relation_dates(
    relations: Iterable[Relation], text: str, meta: Metadata | None = None
) -> list[Relation]:
    """The relations, with ``Relation.date`` set on every one that reports an event (visited,
    met: those with a ``kg:eventClass`` in ``ontology/kg.ttl``): copies, since relations are
    frozen. Borders or offices have no day and stay None.

    ``text`` is the text the sentences were parsed from: the masked body, so that a masked
    date line next to a headline is not read as a date of the headline's sentence (offsets are
    the same as the original's). The metadata is read from it unless given; pass the metadata
    of the original text when you have it, since the body's date line may be blank.
    """
    meta = meta if meta is not None else find_metadata(text)
    dated = dated_relations()  # those with an event class in ontology/kg.ttl
    return [
        replace(rel, date=relation_date(text, rel, meta)) if rel.predicate in dated else rel
        for rel in relations
    ]
