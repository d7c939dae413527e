"""Find site boilerplate (navigation, taglines, related-story teasers, credits) by general rules.

Rules are data (``ontology/boilerplate/markers.jsonl``, ``agencies.txt``); this module only knows
the *shapes* of boilerplate: a marker line, a marker header followed by a list, a breadcrumb or
section label above the story, a repeated headline, and an agency tag in the dateline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from kg.ingest.lines import Line, ends_like_a_sentence, lines
from kg.resources import ontology_path

__all__ = ["BoilerplateSpan", "find_boilerplate"]

_LIST_ITEM = re.compile(r"^\s*([^\w\s\"'(\[]|\d+[.)])\s*\S")  # "- x", "» x", "▶ x", "1. x"
_WIDGET_SEPARATOR = re.compile(r"\s[|·•]\s")
_NAV_SEPARATOR = re.compile(r"\s(\||>|»|›|/)\s")
# "ASTANA, Kazakhstan (28 Februari) (Reuters) -", "KYIV/MOSCOW, May 7 (AP) -", "CITY,
# Country, July 3 (Reuters) -", "Kota, 3 Oktober (ANTARA) -"
_DATELINE = re.compile(
    r"[A-Z][\w.'/-]*(?:\s[\w.'/-]+){0,4}(,\s*[A-Z0-9][\w .'/-]*){0,2}"
    r"\s*(\([^)]*\)\s*)*(?:--|[-–—])\s"
)
# A news site named in a dateline by its domain ("JAKARTA, KOMPAS.com -", "Liputan6.com,
# Jakarta -") or by an outlet name from agencies.txt ("Jakarta, CNN Indonesia --").
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|org|tv|news|co)\b"


@dataclass(frozen=True)
class BoilerplateSpan:
    """A stretch of the original text that is not part of the story, and the rule that said so."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Marker:
    kind: str
    # "line", "block" (the line and the list under it), "tail" (match to line end) or
    # "byline" (matched right after a byline's name opening a line below the story's start)
    scope: str
    regex: re.Pattern[str]
    max_words: int | None = None  # longer lines are sentences, never this marker


#: Story lines that may still hold the dateline: a photo caption or a timestamp may come first.
_DATELINE_LINES = 3


@cache
def _markers() -> tuple[_Marker, ...]:
    out = []
    path = ontology_path("boilerplate", "markers.jsonl")
    for row in path.read_text("utf-8").splitlines():
        if not row.strip():
            continue
        rule = json.loads(row)
        flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
        regex = re.compile(rule["pattern"], flags)
        out.append(_Marker(rule["kind"], rule["scope"], regex, rule.get("max_words")))
    return tuple(out)


@cache
def agency_names() -> str:
    """The names of ``agencies.txt`` as one regex alternation, longest first."""
    path = ontology_path("boilerplate", "agencies.txt")
    names = [
        ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"
    ]
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _agency_tag() -> re.Pattern[str]:
    names = f"(?i:{agency_names()})"  # "(Reuters)" and "(REUTERS)"
    # "(ANTARA/AFP)", "(AFP, Reuters)"; an agency's regional bureau after its name too
    # ("(ANTARA Kaltim)")
    bureau = r"(?:\s+[A-Z][\w-]*){0,3}"
    return re.compile(rf"\(\s*(?:{names}){bureau}(?:\s*[/,]\s*(?:{names}){bureau})*\s*\)")


@cache
def _site_dateline() -> re.Pattern[str]:
    # outlets sign in capitals as often as not ("BEIJING, KOMPAS —", "TEMPO Interaktif, X -")
    site = rf"(?:{_DOMAIN}|(?i:{agency_names()})\b)"
    city = r"[A-Z][\w .'-]{1,40}"
    return re.compile(
        rf"(?:{city},\s*(?P<after>{site})|(?P<before>{site}),\s*{city}|(?P<alone>{site}))"
        r"\s*(\([^)]*\)\s*)*(?:--|[-–—:])\s"  # "X.com, Kota: ..." too
    )


def _is_nav_or_section(line: Line) -> bool:
    """Breadcrumbs ("World | Asia-Pacific", "Beranda > Internasional", also ending in the page's
    own headline: "Home / India News / PM X in Y: ...") and section labels."""
    if _NAV_SEPARATOR.search(line.text):
        segments = _NAV_SEPARATOR.split(line.text)[::2]
        if all(len(s.split()) <= 4 for s in segments):
            return True
        crumbs = segments[:-1]
        if len(crumbs) >= 2 and all(len(s.split()) <= 3 and s[:1].isupper() for s in crumbs):
            return True
    if line.words <= 3 and not ends_like_a_sentence(line.text):
        letters = [c for c in line.text if c.isalpha()]
        return bool(letters)
    return False


def _is_widget(line: Line) -> bool:
    """ "Kirim komentar | Cetak | Bagikan", "Share · Tweet · Email": three or more short items;
    one of them may be long where the line is no sentence, a footer's address ("Site, Floor 3,
    Y Tower, Quito, Ecuador | Advertise | Contact")."""
    segments = _WIDGET_SEPARATOR.split(line.text)
    short = sum(len(s.split()) <= 4 for s in segments)
    if len(segments) < 3:
        return False
    return short == len(segments) or (
        short == len(segments) - 1 and not ends_like_a_sentence(line.text)
    )


#: A reader's comment: a handle or name, a colon, the comment ("Rudi: Setuju, ...").
_COMMENT = re.compile(r"^[\w.@'’ -]{2,40}:\s+\S")
_COMMENT_WORDS = 60


def _continues_block(line: Line, spaced: bool, kind: str = "related") -> bool:
    """Inside a related/most-read block: list items, or short headline-like lines that follow
    without a blank line; in a page that sets its paragraphs apart by blank lines
    (``spaced``), any line that follows without one, a teaser sentence under a headline too
    ("<SITE> RECOMMENDS / <headline> / <teaser>."). Under a comments header (``kind``
    "comments"), every line that opens with a handle and a colon, though it ends a sentence."""
    if _LIST_ITEM.match(line.text):
        return True
    if kind == "comments" and _COMMENT.match(line.text) and line.words <= _COMMENT_WORDS:
        return True
    if line.after_blank:
        return False
    return spaced or (line.words <= 15 and not line.text.endswith("."))


def _spaced_paragraphs(all_lines: list[Line]) -> bool:
    """Whether the page sets its story paragraphs apart by blank lines: three in four of them
    (at least three) follow one. Pages scraped with one line break per paragraph do not, and
    there a sentence after a block's last headline is the story again."""
    story = [line for line in all_lines[1:] if line.is_story]
    return len(story) >= 3 and sum(line.after_blank for line in story) >= 0.75 * len(story)


_BULLET = re.compile(r"^\s*[*•▪►▶»·-]\s+")


def _marker_for(line: Line) -> _Marker | None:
    """The first marker the line matches, read without a list bullet ("* Follow ... Channel").
    A block's header wins over a one-line teaser it also looks like: "READ NEXT" alone heads
    the headlines below it, though "READ <headline>" is a teaser of its own."""
    text = _BULLET.sub("", line.text)
    found = [
        marker
        for marker in _markers()
        if marker.scope not in ("tail", "byline")
        # "Sumber di kepolisian mengatakan ...": a story sentence, not a credit
        and not (marker.max_words and line.words > marker.max_words)
        and marker.regex.search(text)
    ]
    return next((m for m in found if m.scope == "block"), found[0] if found else None)


def _tails(text: str, line: Line) -> list[BoilerplateSpan]:
    """Credits that end a story line ("... di Bogor. ANTARA FOTO/Nama/abc.", "... in Moscow
    [Sputnik via Reuters]"): masked from where they begin to the end of the line."""
    for marker in _markers():
        if marker.scope != "tail":
            continue
        found = marker.regex.search(line.text)
        if found is not None:
            return [BoilerplateSpan(line.start + found.start(), line.end, marker.kind)]
    return []


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
    block_kind = "related"
    in_prelude = True
    dateline_tries = _DATELINE_LINES
    sites: list[str] = []
    bylines: list[str] = []
    all_lines = list(lines(text))
    spaced = _spaced_paragraphs(all_lines)
    for line in all_lines:
        marker = _marker_for(line)
        if in_block and marker is None and _continues_block(line, spaced, block_kind):
            spans.append(BoilerplateSpan(line.start, line.end, block_kind))
            continue
        in_block = False
        if marker is not None:
            spans.append(BoilerplateSpan(line.start, line.end, marker.kind))
            in_block = marker.scope == "block"
            block_kind = "comments" if marker.kind == "comments" else "related"
            continue
        if _is_widget(line):
            spans.append(BoilerplateSpan(line.start, line.end, "share"))
            continue
        if line.text in seen:
            spans.append(BoilerplateSpan(line.start, line.end, "duplicate"))
            continue
        seen.add(line.text)
        if in_prelude and not line.is_story:
            if _NAME_LINE.match(line.text):
                bylines.append(line.text)
            if _is_nav_or_section(line):
                spans.append(BoilerplateSpan(line.start, line.end, "navigation"))
            else:
                spans.extend(_tails(text, line))
            continue
        in_prelude = False
        if _author_bio(line, bylines):
            spans.append(BoilerplateSpan(line.start, line.end, "credit"))
            continue
        spans.extend(_tails(text, line))
        if dateline_tries:
            dateline = _dateline_agency(text, line)
            spans.extend(dateline)
            dateline_tries = 0 if dateline else dateline_tries - 1
            sites += [text[site.start : site.end] for site in dateline]
    for site in sites:
        spans.extend(_own_site_named(text, site, spans))
    return sorted(spans, key=lambda span: span.start)


#: A line of a name alone (two to four capitalised words): a byline above the story.
_NAME_LINE = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}$")


def _author_bio(line: Line, bylines: list[str]) -> bool:
    """A paragraph below the story's start that opens with a byline's name and a copula
    ("X is an economics writer for ...", a ``byline`` marker): the writer's bio."""
    return any(
        line.text.startswith(name)
        and any(
            m.scope == "byline" and m.regex.match(line.text[len(name) :]) for m in _markers()
        )
        for name in bylines
    )


def _own_site_named(text: str, site: str, spans: list[BoilerplateSpan]) -> list[BoilerplateSpan]:
    """ "Saat dihubungi X.com, ...": the outlet whose domain signs the dateline, named
    again in the story, is the reporter's own newsroom, no party to the story. Every other
    place the text writes that domain is masked too (a name without a dot, "Reuters", may be a
    source the story quotes, and stays)."""
    if "." not in site:
        return []
    taken = [(span.start, span.end) for span in spans]
    return [
        BoilerplateSpan(m.start(), m.end(), "agency")
        for m in re.finditer(rf"(?<![\w.]){re.escape(site)}(?![\w])", text)
        if not any(a <= m.start() < b for a, b in taken)
    ]


def _dateline_agency(text: str, line: Line) -> list[BoilerplateSpan]:
    """Mask "(Reuters)" in "ASTANA, Kazakhstan (28 Februari) (Reuters) - ..." (and each agency
    of "(ANTARA/AFP)") and the site in "JAKARTA, KOMPAS.com - ...", "Liputan6.com, Jakarta
    - ..." (or "X.com, Kota: ..."), "X.COM, KOTA - ..." or "JawaPos.com - ...", but nothing
    else: the city of a dateline is story (it says where the story happened)."""
    site = _site_dateline().match(text, line.start, line.end)
    if site is not None:
        group = next(g for g in ("after", "before", "alone") if site.group(g))
        return [BoilerplateSpan(site.start(group), site.end(group), "agency")]
    head = _DATELINE.match(text, line.start, line.end) or undashed_dateline().match(
        text, line.start, line.end
    )
    if head is None:
        return []
    tags = list(_agency_tag().finditer(text, line.start, head.end()))
    tags += [
        m
        for m in _OUTLET_TAG.finditer(text, line.start, head.end())
        if not any(t.start() <= m.start() < t.end() for t in tags)
    ]
    return [BoilerplateSpan(m.start(), m.end(), "agency") for m in tags]


#: An outlet's name in brackets in a dateline ("LIMA (The Andes Post) -"), whether or not
#: agencies.txt lists it: capitalised words closed by a word for a newspaper or a station. A
#: place in brackets ("DHAKA (Bangladesh) -") is the story's, and stays.
_OUTLET_TAG = re.compile(
    r"\(\s*(?:The\s+)?(?:[A-Z][\w.&'-]*\s+){1,3}"
    r"(?:Post|Pos|Times|News|Daily|Herald|Tribune|Journal|Gazette|Star|Globe|Mail|Telegraph"
    r"|Express|Press|Wire|TV|Radio|Online)\s*\)"
)


@cache
def undashed_dateline() -> re.Pattern[str]:
    """ "THIMPHU, June 15 (PTI) Prime Minister ...": a dateline that a listed agency's tag
    closes with no dash after it."""
    return re.compile(
        r"[A-Z][\w.'/-]*(?:\s[\w.'/-]+){0,4}(,\s*[A-Z][\w .'/-]*){0,2}\s*(\([^)]*\)\s*)*?"
        + _agency_tag().pattern
        + r"\s+(?=[A-Z])"
    )
