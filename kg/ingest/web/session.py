"""A run's web inputs: URLs, feeds, sitemaps, URL lists and WARC files, as batch items.

:class:`WebSession` holds what must outlive one URL: the polite :class:`Fetcher` (per-host
clocks, robots.txt, the fetch cache), the page cap of the run and the stop flag that
``kg build --follow`` raises on Ctrl-C/SIGTERM. :func:`web_items` turns one argument into
items, lazily: a URL is fetched when the batch reaches it, and by what comes back it is an
article, a feed (each entry's article follows) or a sitemap (each URL's article; a sitemap
index's children in turn). A failure is an error item, never an exception, so one dead link
costs one ``failed:`` line.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.document import MAX_BYTES
from kg.ingest.sources import Item, _first_line
from kg.ingest.web.cache import FetchCache
from kg.ingest.web.fetch import DEFAULT_DELAY, Fetcher, Page, is_http_url
from kg.ingest.web.listings import (
    MAX_LISTING_BYTES,
    Listed,
    SitemapIndex,
    feed_entries,
    sitemap_entries,
)
from kg.ingest.web.pages import page_item, page_shape, unzip
from kg.ingest.web.schedule import until_stopped
from kg.ingest.web.warc import is_warc, warc_items

__all__ = [
    "DEFAULT_MAX_PAGES",
    "LISTING_SUFFIXES",
    "WebSession",
    "default_session",
    "is_web_input",
    "url_list_items",
    "web_items",
]

DEFAULT_MAX_PAGES = 1000
"""Pages (articles, feeds, sitemaps) one run fetches at most."""
LISTING_SUFFIXES = (".rss", ".atom", ".xml", ".xml.gz")
"""Local files read as a feed or a sitemap (which one is told by the root element)."""
MAX_SITEMAP_DEPTH = 3


class WebSession:
    """What the web inputs of one run share (see the module docstring).

    Parameters
    ----------
    delay : float
        Seconds between two requests to one host.
    max_pages : int
        Pages fetched at most in this run; URLs beyond are counted in ``not_fetched``.
    cache : FetchCache, str or Path, optional
        The fetch cache, or the path of its sqlite file; in memory when omitted.
    fetcher : Fetcher, optional
        A ready fetcher (tests inject one); ``delay`` and ``cache`` are then ignored.
    """

    def __init__(
        self,
        *,
        delay: float = DEFAULT_DELAY,
        max_pages: int = DEFAULT_MAX_PAGES,
        cache: FetchCache | str | Path | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        if fetcher is None:
            store = cache if isinstance(cache, FetchCache) else FetchCache(cache)
            fetcher = Fetcher(delay=delay, cache=store)
        self.fetcher = fetcher
        self.max_pages = max_pages
        self.pages = 0
        self.not_fetched = 0
        self.stop = threading.Event()

    def fetch(self, url: str, *, max_bytes: int | None = None) -> Page | None:
        """Fetch one page within the cap; None (and counted) once the cap is reached."""
        if self.pages >= self.max_pages:
            self.not_fetched += 1
            return None
        self.pages += 1
        return self.fetcher.fetch(url, max_bytes=max_bytes)

    def new_round(self) -> None:
        """Reset the page cap for the next round of ``--follow``."""
        self.pages = self.not_fetched = 0

    def close(self) -> None:
        """Close the connections and the fetch cache."""
        self.fetcher.close()
        self.fetcher.cache.close()


_DEFAULT: WebSession | None = None


def default_session() -> WebSession:
    """The process's polite session for web inputs given without one (the Python API's
    ``add_many(["https://..."])``): default delay and cap, fetch cache in memory."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = WebSession()
    return _DEFAULT


def is_web_input(arg: str) -> bool:
    """True for what :func:`web_items` reads: a URL (any scheme: only http(s) is fetched,
    the others fail as one line), a WARC file, or a feed or sitemap file."""
    lowered = arg.lower()
    return "://" in arg or is_warc(lowered) or lowered.endswith(LISTING_SUFFIXES)


def web_items(arg: str, session: WebSession) -> Iterator[Item]:
    """The articles one web argument names, lazily (see the module docstring)."""
    if "://" in arg:
        yield from _url_items(arg, session)
    elif is_warc(arg):
        yield from until_stopped(warc_items(Path(arg)), session.stop)
    else:
        yield from _listing_file_items(Path(arg), session)


def url_list_items(path: Path, session: WebSession) -> Iterator[Item]:
    """The articles of a text file of URLs (``--urls FILE``): one per line, ``#`` comments
    and blank lines skipped; read line by line, so a list of millions streams."""
    try:
        stream = path.open("rb")
    except OSError as err:
        yield Item(str(path), "error", error=f"{path}: cannot read ({err.strerror})")
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            line = raw.decode("utf-8", errors="replace").strip()
            if not line or line.startswith("#"):
                continue
            if session.stop.is_set():
                return
            if not is_http_url(line):
                where = f"{path}:{number}"
                yield Item(where, "error", error=f"{where}: not an http(s) URL")
                continue
            yield from _url_items(line, session)


# -- URLs ---------------------------------------------------------------------------------
def _url_items(url: str, session: WebSession, depth: int = 0) -> Iterator[Item]:
    """A URL: an article, or a listing whose articles follow."""
    try:
        page = session.fetch(url, max_bytes=MAX_LISTING_BYTES)
        if page is None:
            return
        body = unzip(page.body, url, MAX_LISTING_BYTES)
        shape = page_shape(body)
    except InputError as err:
        yield _error(url, err)
        return
    if shape == "html":
        yield _article_from_page(page, None)
    else:
        entries = (feed_entries if shape == "feed" else sitemap_entries)(body, page.final_url)
        yield from _listed_items(entries, url, session, depth)


def _listed_items(
    entries: Iterator[Listed | SitemapIndex | str], source: str, session: WebSession, depth: int
) -> Iterator[Item]:
    try:
        for entry in entries:
            if session.stop.is_set():
                return
            if isinstance(entry, str):
                yield Item(source, "error", error=entry)
            elif isinstance(entry, SitemapIndex):
                if depth >= MAX_SITEMAP_DEPTH:
                    yield Item(entry.url, "error", error=f"{entry.url}: sitemaps nested too deep")
                else:
                    yield from _url_items(entry.url, session, depth + 1)
            else:
                yield from _article(entry, session)
    except InputError as err:  # the listing itself is unreadable
        yield _error(source, err)


def _article(entry: Listed, session: WebSession) -> Iterator[Item]:
    """The article a listing entry names: fetched, and expected to be a page."""
    try:
        page = session.fetch(entry.url)
    except InputError as err:
        yield _error(entry.url, err)
        return
    if page is not None:
        yield _article_from_page(page, entry)


def _article_from_page(page: Page, entry: Listed | None) -> Item:
    if page_shape(page.body) != "html":
        return Item(page.url, "error", error=f"{page.url}: a feed or sitemap, not an article")
    if len(page.body) > MAX_BYTES:
        return Item(page.url, "error", error=f"{page.url}: too large ({len(page.body):,} bytes)")
    return page_item(
        page.url,
        page.body,
        page.content_type,
        listed_date=entry.date if entry else None,
        listed_title=entry.title if entry else None,
    )


# -- files --------------------------------------------------------------------------------
def _listing_file_items(path: Path, session: WebSession) -> Iterator[Item]:
    """A feed or sitemap saved as a file: its articles are fetched (links must be absolute)."""
    try:
        if path.stat().st_size > MAX_LISTING_BYTES:
            raise InputError(f"{path}: too large for a feed or sitemap")
        body = unzip(path.read_bytes(), str(path), MAX_LISTING_BYTES)
    except OSError as err:
        yield Item(str(path), "error", error=f"{path}: cannot read ({err.strerror})")
        return
    except InputError as err:
        yield _error(str(path), err)
        return
    shape = page_shape(body)
    if shape == "html":
        yield Item(str(path), "error", error=f"{path}: neither a feed nor a sitemap")
        return
    entries = (feed_entries if shape == "feed" else sitemap_entries)(body, str(path))
    yield from _listed_items(entries, str(path), session, 0)


def _error(source: str, err: InputError) -> Item:
    message = str(err)
    if not message.startswith(source):
        message = f"{source}: {_first_line(err)}"
    return Item(source, "error", error=message)
