"""Listings of articles: RSS/Atom feeds and sitemaps (news sitemaps and sitemap indexes).

A listing names articles; kg reads the articles, not the listing. Each entry becomes a
:class:`Listed` (the article's URL, and the title and date the listing gives), and an entry
that names no usable URL is an error string, so the batch reports it as one ``failed:`` line
and goes on with the rest.

Feeds are parsed by feedparser (RSS 0.9x/1.0/2.0 and Atom, dates in every format found in the
wild, lenient with broken XML): always from bytes, never from a string, which feedparser would
treat as a path or URL. Sitemaps are parsed by lxml with entity resolution, DTD loading and
network access switched off.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from kg.errors import InputError
from kg.ingest.sources import _first_line
from kg.ingest.web.fetch import is_http_url
from kg.ingest.web.pages import iso_day

__all__ = ["Listed", "SitemapIndex", "feed_entries", "sitemap_entries"]

MAX_LISTING_BYTES = 50_000_000
"""Largest feed or sitemap read (the sitemap protocol's own limit is 50 MB uncompressed)."""


@dataclass(frozen=True)
class Listed:
    """One article a listing names."""

    url: str
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class SitemapIndex:
    """A child sitemap named by a sitemap index: fetched in turn, within the page cap."""

    url: str


def feed_entries(body: bytes, base: str) -> Iterator[Listed | str]:
    """The entries of an RSS or Atom feed, in feed order; an entry without a link is a str.

    ``base`` (the feed's URL, or its path for a file) resolves relative links and names the
    feed in error messages.
    """
    import feedparser

    headers = {"content-location": base} if is_http_url(base) else {}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        raise InputError(f"{base}: not a readable feed ({_first_line(reason)})")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or _permalink(entry)
        url = urljoin(base, link) if link and is_http_url(base) else link
        if not url or not is_http_url(url):
            yield f"{base}: feed entry {number} has no http(s) link"
            continue
        date = iso_day(entry.get("published") or entry.get("updated")) or iso_day(
            entry.get("published_parsed") or entry.get("updated_parsed")
        )
        yield Listed(url, (entry.get("title") or "").strip() or None, date)


def sitemap_entries(body: bytes, base: str) -> Iterator[Listed | SitemapIndex | str]:
    """The URLs of a sitemap (with a news sitemap's title and publication date), or the
    child sitemaps of a sitemap index; a ``<url>`` without a usable ``<loc>`` is a str."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as err:
        raise InputError(f"{base}: not a readable sitemap ({_first_line(err)})") from None
    if root is None:
        raise InputError(f"{base}: not a readable sitemap (empty)")
    is_index = _local(root) == "sitemapindex"
    child_tag = "sitemap" if is_index else "url"
    for number, node in enumerate((n for n in root if _local(n) == child_tag), start=1):
        fields = {_local(e): (e.text or "").strip() for e in node.iter() if e is not node}
        loc = fields.get("loc", "")
        url = urljoin(base, loc) if loc and is_http_url(base) else loc
        if not is_http_url(url):
            yield f"{base}: sitemap entry {number} has no http(s) <loc>"
        elif is_index:
            yield SitemapIndex(url)
        else:
            yield Listed(url, fields.get("title") or None, iso_day(fields.get("publication_date")))


def _permalink(entry: dict) -> str | None:
    """An RSS ``<guid>`` that is a URL, when the item has no ``<link>``."""
    guid = entry.get("id")
    return guid if isinstance(guid, str) and is_http_url(guid) else None


def _local(node: etree._Element) -> str:
    tag = node.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""
