"""The document's own date and title, read from the ORIGINAL text (boilerplate included).

News pages carry their date twice, and both places are site furniture that the boilerplate
rules mask before NLP: a *date line* above the story ("Senin, 11 November 2019 | 07:30 WIB",
"June 18, 2023 | 9:41 PM") and the *dateline* that opens the story ("BEIJING, June 18 -",
"ASTANA, Kazakhstan (28 Februari) (Reuters) -"). Later stages need that date to turn "pada
Selasa" or "on Sunday" into a calendar day, so it is read here, before anything is masked.

Month and weekday names are data (``ontology/lexicon/dates.json``); this module only knows the
shapes of dates. A date is returned as ISO 8601 at the precision the text gives:
``YYYY-MM-DD``, or ``--MM-DD`` (XSD ``gMonthDay``) when a dateline has no year.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from kg.ingest.boilerplate import (
    BoilerplateSpan,
    agency_names,
    find_boilerplate,
    undashed_dateline,
)
from kg.ingest.lines import Line, lines
from kg.ingest.normalize import normalize_typography
from kg.resources import ontology_path

__all__ = [
    "CalendarDate",
    "Metadata",
    "calendar_lexicon",
    "checked_date",
    "explicit_date_patterns",
    "find_metadata",
    "month_number",
    "month_pattern",
    "names_pattern",
    "normalise_date",
    "parse_calendar_date",
    "valid_date",
]

_SENTENCE_BREAK = re.compile(r"[a-z]{2}\. [A-Z]")  # "... tanpa iklan. Gabung ...": two sentences
_NAV_SEPARATOR = re.compile(r"\s(\||>|»)\s")
_DATELINE_HEAD = re.compile(
    r"(?P<site>[\w-]+\.(?i:com|co\.id|co|id),\s*)?"  # Liputan6.com, Jakarta -; TEMPO.CO,
    r"(?:[A-Z][A-Z .'-]{2,}"  # ASTANA / KUALA LUMPUR
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*\([A-Z]{3,}(?:\s[A-Z][a-z]+)?\))"  # Jakarta (ANTARA
    # News): the agency's name opens in capitals
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:\s[A-Z]{2,3})?(?=\s[-–—]+\s))"  # Jakarta -,
    # Washington DC - (a site's own style)
    r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?"  # , Kazakhstan
    r"\s*(?:\([^)\n]*\)\s*)*"  # (28 Februari) (Reuters)
    r"(?:,\s*[\w .]{3,20}?(?:,\s*\d{4})?)?"  # , June 18 / , June 4, 2024
    r"\s*(?:\([^)\n]*\)\s*)*"  # WASHINGTON, June 4 (Reuters)
    r"\s*[-–—]+\s"
)
_MAX_DATE_LINE_WORDS = 10
_DATE_LINE_LOOKAHEAD = 4


@dataclass(frozen=True)
class CalendarDate:
    """A date at the precision the text gives: year and day may be unknown, the month is not."""

    year: int | None
    month: int
    day: int | None

    def iso(self) -> str:
        """ISO 8601: ``2023-02-28``, ``--02-28`` (no year) or ``2015-06`` (no day)."""
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        """The calendar day, when year, month and day are all known."""
        if self.year is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself.

    Attributes
    ----------
    date : str or None
        ISO date of the story (``2019-11-11``), ``--MM-DD`` when only a year-less dateline
        gives it, None when the page has neither a date line nor a dated dateline.
    title : str or None
        The headline: the first line above the story that looks like one.
    dateline : (int, int) or None
        Offsets of the paragraph opening with a dateline ("YEREVAN - ..."): its events happen
        on the document date unless the sentence says otherwise.
    dateline_head : (int, int) or None
        Offsets of the dateline itself ("ASTANA, Kazakhstan (28 Februari) (Reuters) - "): its
        date is the document's, not a date of something in the sentence.
    newsroom : bool
        The dateline is an outlet's signature after its city ("Jakarta, CNN Indonesia --"):
        where the outlet files its stories, so the city is a place of the text but the
        persons of the story's lead were not there for it.
    """

    date: str | None = None
    title: str | None = None
    dateline: tuple[int, int] | None = None
    dateline_head: tuple[int, int] | None = None
    newsroom: bool = False


@cache
def calendar_lexicon() -> dict[str, Any]:
    """The calendar words of ``ontology/lexicon/dates.json`` (loaded once)."""
    data = json.loads(ontology_path("lexicon", "dates.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _name_variants(name: str) -> list[str]:
    """Capitalised and upper-case forms: names are capitalised in text, and "may" is a verb."""
    return [name[:1].upper() + name[1:], name.upper()]


def names_pattern(names: Iterable[str]) -> str:
    """A regex alternation of the capitalised/upper forms of ``names``, longest first."""
    forms = {v for n in names for v in _name_variants(n)}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def month_pattern() -> str:
    """Alternation matching any month name or abbreviation of the lexicon."""
    return names_pattern(calendar_lexicon()["months"])


def month_number(name: str) -> int:
    """1-12 for a month name as matched by :func:`month_pattern`."""
    return int(calendar_lexicon()["months"][name.lower()])


@cache
def explicit_date_patterns() -> tuple[re.Pattern[str], ...]:
    """Day-month-year, month-day-year and ISO dates; the year is optional in the first two."""
    m = month_pattern()
    year = r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
    return (
        re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})(?!\d)"),
        re.compile(rf"(?<![\w/])(?P<d>\d{{1,2}})\s+(?P<m>{m})\b\.?{year}"),
        re.compile(rf"\b(?P<m>{m})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:/]){year}"),
    )


def parse_calendar_date(text: str) -> tuple[CalendarDate, re.Match[str]] | None:
    """The first explicit calendar date in ``text`` ("11 November 2019", "June 18", "2023-02-28").

    Weekday-only or relative dates are not calendar dates: they need a reference day, which is
    what this module looks for, so they are handled by ``kg.extract.dates``.
    """
    found: list[tuple[CalendarDate, re.Match[str]]] = []
    for pattern in explicit_date_patterns():
        for match in pattern.finditer(text):
            value = _calendar_from_match(match)
            if value is not None:
                found.append((value, match))
                break
    if not found:
        return None
    return min(found, key=lambda item: item[1].start())


def _calendar_from_match(match: re.Match[str]) -> CalendarDate | None:
    groups = match.groupdict()
    month = int(groups["mn"]) if groups.get("mn") else month_number(groups["m"])
    year = int(groups["y"]) if groups.get("y") else None
    return checked_date(year, month, int(groups["d"]))


def checked_date(year: int | None, month: int, day: int | None) -> CalendarDate | None:
    """A :class:`CalendarDate`, or None if no such day exists (31/2, 0/13)."""
    try:
        date(year or 2000, month, day or 1)  # 2000 is a leap year: 29 February passes
    except ValueError:
        return None
    return CalendarDate(year, month, day)


_ISO_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def valid_date(value: str) -> str | None:
    """A given date (a JSON record's ``date``) as kg stores it, or None if it is no real day.

    ``2024-03-05`` and ``2024-03-05T10:00:00Z`` give ``2024-03-05``; ``--02-28`` stays;
    other forms are read by :func:`normalise_date` ("4 Juni 2024"); ``9999-99-99`` or
    "yesterday" give None, so no ill-typed ``xsd:date`` reaches the graph.
    """
    value = value.strip()
    if match := _ISO_MONTH_DAY.fullmatch(value):
        found = checked_date(None, int(match[1]), int(match[2]))
    else:
        found = normalise_date(value)
    return found.iso() if found is not None else None


def _prelude_and_story(text: str, masked: list[BoilerplateSpan]) -> tuple[list[Line], Line | None]:
    """Lines above the first story paragraph, and that paragraph (None for a bare sentence).

    A masked line is never the story: a long tagline ending in a full stop would otherwise be
    taken for the first paragraph and hide the dateline below it. Nor is a photo caption, a
    sentence that ends in its credit ("... di Istana Bogor. ANTARA FOTO/X/rst.", "(AP
    Photo/X)"): taken for the story, it hid the dateline of the paragraph under it.
    """
    found = list(lines(text))
    for i, line in enumerate(found):
        if (
            line.is_story
            and not _mostly_masked(line, masked)
            and not _caption(line, masked)
            and not _dated_below(found, i)
        ):
            return found[:i], line
    return [], None


def _mostly_masked(line: Line, masked: list[BoilerplateSpan]) -> bool:
    """Half the line or more is boilerplate: a tagline, a breadcrumb. Not a paragraph whose
    dateline holds the outlet's name ("Liputan6.com, Jakarta - ..."): that name is masked as
    the agency tag, the paragraph is the story."""
    covered = sum(max(0, min(s.end, line.end) - max(s.start, line.start)) for s in masked)
    return covered * 2 >= line.end - line.start


def _caption(line: Line, masked: list[BoilerplateSpan]) -> bool:
    """The line ends in a photo credit: a caption under a picture, not the story."""
    return any(s.kind == "credit" and line.start < s.start < line.end <= s.end + 1 for s in masked)


def _dated_below(lines: list[Line], i: int) -> bool:
    """A long headline or standfirst ("... 'Garis Merah'", "... where is Indonesia?") is not
    the story when a date line follows it before the next paragraph: pages put the date line
    under the headline, never under the story's first paragraph."""
    for line in lines[i + 1 : i + 1 + _DATE_LINE_LOOKAHEAD]:
        if line.is_story:
            return False
        if _full_date_line(line) is not None:
            return True
    return False


_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _full_date_line(line: Line) -> CalendarDate | None:
    """The full date of a short line ("Senin, 14 Nov 2022 22:41 WIB", "Kompas.com -
    10/02/2020, 16:05 WIB"), or None. Numeric dates are day first, as Indonesian sites write
    them; month first only when the first number cannot be a month (06/18/2023)."""
    if line.words > _MAX_DATE_LINE_WORDS:
        return None
    parsed = parse_calendar_date(line.text)
    if parsed is not None and parsed[0].year is not None:
        return parsed[0]
    numeric = _NUMERIC_DATE.search(line.text)
    if numeric is None:
        return None
    a, b, year = (int(g) for g in numeric.groups())
    return checked_date(year, b, a) or checked_date(year, a, b)


def _date_line(prelude: list[Line]) -> tuple[Line, CalendarDate] | None:
    """A short prelude line holding a full date: the page's publication date."""
    for line in prelude:
        found = _full_date_line(line)
        if found is not None:
            return line, found
    return None


@cache
def _outlet_dateline() -> re.Pattern[str]:
    """ "Jakarta, CNN Indonesia -- ": a city in title case, then an outlet of
    ``agencies.txt`` that signs the story without brackets, then the dash."""
    return re.compile(
        r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*"
        rf"(?:{agency_names()})\b"
        r"\s*(?:\([^)\n]*\)\s*)*(?:--|[-–—])\s"
    )


def _dateline(story: Line | None, text: str) -> tuple[tuple[int, int], CalendarDate | None, bool]:
    """The dateline opening the story, the date it gives (often without a year), and whether
    it is an outlet's newsroom signature."""
    if story is None:
        return (0, 0), None, False
    head = _DATELINE_HEAD.match(text, story.start, story.end) or undashed_dateline().match(
        text, story.start, story.end
    )
    # "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -": the site signs from its newsroom
    newsroom = head is not None and head.groupdict().get("site") is not None
    if head is None:
        head = _outlet_dateline().match(text, story.start, story.end)
        newsroom = head is not None
    if head is None:
        return (0, 0), None, False
    parsed = parse_calendar_date(head.group(0))
    return (head.start(), head.end()), parsed[0] if parsed else None, newsroom


def _combine(line_date: CalendarDate | None, dateline: CalendarDate | None) -> CalendarDate | None:
    """The story's date: the dateline's day, completed with the date line's year.

    The dateline says when the story happened, the date line when the page was published; they
    are usually the same day. A year-less dateline later in the year than the publication date
    belongs to the year before (a story of 31 December published on 1 January).
    """
    if dateline is None or dateline.day is None:
        return line_date
    if dateline.year is not None or line_date is None or line_date.year is None:
        return dateline
    year = line_date.year
    if (dateline.month, dateline.day) > (line_date.month, line_date.day or 31):
        year -= 1
    return checked_date(year, dateline.month, dateline.day) or line_date


def _above(prelude: list[Line], date_line: Line) -> list[Line]:
    """Prelude lines above the date line: the headline is usually there, photo captions below
    (detik puts the date first: then nothing above qualifies and the whole prelude is read)."""
    return [line for line in prelude if line.start < date_line.start]


def _looks_like_headline(line: Line) -> bool:
    """Several words, no sentence full stop, not a breadcrumb, not shouted in capitals."""
    text = line.text
    if not 4 <= line.words <= 30 or _NAV_SEPARATOR.search(text):
        return False
    if text.endswith((".", ":", ";")) or text.isupper() or _SENTENCE_BREAK.search(text):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"


def _is_masked(line: Line, masked: list[BoilerplateSpan]) -> bool:
    return any(s.start <= line.start < s.end for s in masked)


def _title(prelude: list[Line], skip: set[int], masked: list[BoilerplateSpan]) -> str | None:
    """The longest headline-like line above the story (the first of equals).

    Longest, not first: pages open with short furniture that passes the shape test ("Skip to
    main content", "Baca berita tanpa iklan. Gabung Kompas.com+"), headlines run longer.
    """
    found = [
        line
        for line in prelude
        if line.start not in skip and not _is_masked(line, masked) and _looks_like_headline(line)
    ]
    return max(found, key=lambda line: line.words).text if found else None


_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*")


def normalise_date(value: object) -> CalendarDate | None:
    """A date given beside the text (a JSON Lines ``date``, an HTML page's metadata) as a day.

    Records and crawlers write ``2024-06-04``, ``2024-06-04T08:00:00+07:00`` or "4 June 2024";
    the ISO forms are read exactly (the calendar day as written, not shifted to UTC), other
    forms by ``dateparser``, in Indonesian or English, refusing what it cannot read whole
    (a vague "yesterday" in a record says nothing about the story).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    iso = _ISO_DAY.fullmatch(value)
    if iso:
        return checked_date(int(iso[1]), int(iso[2]), int(iso[3]))
    import dateparser  # slow to import; rarely needed

    parsed = dateparser.parse(
        value,
        languages=["id", "en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"],  # never "yesterday" counted from the machine's clock
        },
    )
    return CalendarDate(parsed.year, parsed.month, parsed.day) if parsed else None


def find_metadata(
    text: str,
    boilerplate: Iterable[BoilerplateSpan] | None = None,
    *,
    known_date: str | None = None,
) -> Metadata:
    """Date, title and dateline of an article, from its original text.

    Parameters
    ----------
    text : str
        The article as read (offsets in the result point into it).
    boilerplate : iterable of BoilerplateSpan, optional
        Spans judged boilerplate (taglines, breadcrumbs): never the title nor the story's first
        paragraph. Found with :func:`find_boilerplate` when not given.
    known_date : str, optional
        The publication date given beside the text (JSON Lines ``date``, HTML metadata): it
        stands where a date line would, so a year-less dateline ("ASTANA (28 Februari)") takes
        its year from it. Unreadable values are ignored, never guessed.
    """
    if boilerplate is None:
        masked = find_boilerplate(normalize_typography(text))
    else:
        masked = list(boilerplate)
    prelude, story = _prelude_and_story(text, masked)
    line = _date_line(prelude)
    head, dateline_date, newsroom = _dateline(story, text)
    published = normalise_date(known_date) or (line[1] if line else None)
    value = _combine(published, dateline_date)
    skip = {line[0].start} if line else set()
    has_head = story is not None and head != (0, 0)
    return Metadata(
        date=value.iso() if value else None,
        title=(line and _title(_above(prelude, line[0]), skip, masked))
        or _title(prelude, skip, masked),
        dateline=(story.start, story.end) if has_head and story else None,
        dateline_head=head if has_head else None,
        newsroom=newsroom,
    )
