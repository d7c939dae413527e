"""A web page as a batch item: its HTML, where it came from, and the dates around it.

A fetched page or a WARC record is HTML already in memory. It goes through the same
trafilatura path as an ``.html`` file (:mod:`kg.ingest.sources`): the extracted main text is
the document's text and every offset refers to it; the page's URL is the document's source.

The document's date, in order of trust: the date a listing gives for the item (an RSS/Atom
entry's published date, a news sitemap's ``publication_date``: the publisher's own statement),
then the page's own date (trafilatura's metadata, found by htmldate), then a fallback such as
a WARC record's ``WARC-Date`` (when the page was crawled, not written: only better than none).
"""

from __future__ import annotations

import codecs
import email.utils
import re
import time
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from kg.errors import InputError
from kg.ingest.sources import Item, _html_text

__all__ = ["PageItem", "Shape", "iso_day", "page_shape", "to_utf8", "unzip"]

Shape = Literal["feed", "sitemap", "html"]
_ROOT_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_ROOTS = {"rss", "feed", "rdf"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}


@dataclass(frozen=True)
class PageItem(Item):
    """An HTML page in memory (UTF-8 ``data``), with the dates and title known around it.

    ``listed_date``/``listed_title`` come from a feed entry or news sitemap and win over the
    page's own; ``fallback_date`` (a WARC-Date) is used only when the page gives none.
    """

    listed_date: str | None = None
    listed_title: str | None = None
    fallback_date: str | None = None

    def text(self) -> tuple[str, dict[str, str]]:
        """The page's main text (trafilatura) and its title and date, as for HTML files."""
        text, meta = _html_text(self.data or b"", self.source, self.max_bytes)
        if self.listed_date:
            meta["date"] = self.listed_date
        elif meta.get("date"):
            meta["date"] = iso_day(meta["date"]) or meta["date"]
        elif self.fallback_date:
            meta["date"] = self.fallback_date
        if self.listed_title and not meta.get("title"):
            meta["title"] = self.listed_title
        return text, meta


def page_item(
    source: str,
    body: bytes,
    content_type: str | None,
    *,
    listed_date: str | None = None,
    listed_title: str | None = None,
    fallback_date: str | None = None,
) -> Item:
    """The item of one page: HTML (or of unknown type) goes through trafilatura, plain text
    is read as a text file would be, and anything else (PDF, images) is an error item."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime == "text/plain":
        return Item(source, "bytes", data=to_utf8(body, content_type))
    if mime and mime not in _HTML_TYPES:
        return Item(source, "error", error=f"{source}: not an HTML page ({mime})")
    return PageItem(
        source,
        "html",
        data=to_utf8(body, content_type),
        listed_date=listed_date,
        listed_title=listed_title,
        fallback_date=fallback_date,
    )


def page_shape(body: bytes) -> Shape:
    """What a fetched body is, by its root element: a feed, a sitemap, or an HTML page."""
    head = _COMMENT.sub(b"", body[:8192])
    match = _ROOT_TAG.search(head)
    if match is None:
        return "html"
    name = match.group(1).decode("ascii", "replace").lower().rsplit(":", 1)[-1]
    if name in _FEED_ROOTS:
        return "feed"
    if name in _SITEMAP_ROOTS:
        return "sitemap"
    return "html"


def to_utf8(body: bytes, content_type: str | None) -> bytes:
    """Re-encode a page as UTF-8 when its HTTP header or ``<meta>`` names another charset.

    Pages without a declared charset are left as they are: the HTML path then accepts UTF-8
    and fails clearly on anything else, rather than guessing.
    """
    found = _HEADER_CHARSET.search(content_type or "")
    charset = found.group(1) if found else None
    if charset is None:
        meta = _META_CHARSET.search(body[:4096])
        charset = meta.group(1).decode("ascii", "replace") if meta else None
    if charset is None:
        return body
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return body
    if codec == "utf-8":
        return body
    return body.decode(codec, errors="replace").encode("utf-8")


def unzip(body: bytes, source: str, limit: int) -> bytes:
    """Gunzip a body that starts with the gzip magic (``sitemap.xml.gz``), at most ``limit``
    bytes out (a gzip bomb fails as "too large" instead of filling memory)."""
    if body[:2] != b"\x1f\x8b":
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error as err:
        raise InputError(f"{source}: broken gzip data ({err})") from None
    if len(out) > limit:
        raise InputError(f"{source}: too large once decompressed (more than {limit:,} bytes)")
    return out


def iso_day(value: object) -> str | None:
    """A date as ``YYYY-MM-DD`` from an ISO 8601 or RFC 822 string (the day as written, in
    the publisher's time zone, not converted to UTC), a datetime or a ``time.struct_time``.

    >>> iso_day("Tue, 05 Mar 2024 03:00:00 +0700")
    '2024-03-05'
    """
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return "-".join(match.groups())
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
