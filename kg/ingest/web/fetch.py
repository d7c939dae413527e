"""Polite HTTP: how kg fetches a page, and everything it refuses to do while fetching.

Defaults a site owner can rely on (all on unless a caller changes them):

- robots.txt is obeyed (:mod:`kg.ingest.web.robots`), its ``Crawl-delay`` too when longer;
- one request at a time per host, at least ``delay`` seconds apart (default 1 s);
- a User-Agent naming kg, its version and where to read about it (:data:`USER_AGENT`);
- connect and read timeouts; at most ``max_bytes`` read per page;
- 429 and 5xx answers are retried a few times with backoff, honouring ``Retry-After`` up to
  :data:`MAX_RETRY_AFTER` seconds (a longer wait gives up on the page instead);
- only ``http``/``https``: no ``file:``, and a redirect to any other scheme is refused;
  redirects are followed by hand so each hop is checked against robots.txt and the delay;
- conditional requests (``If-None-Match``/``If-Modified-Since``) from the fetch cache, so an
  unchanged page costs one request answered ``304 Not Modified``.

Why urllib3 and not urllib.request: separate connect/read timeouts, keep-alive pools per host
(fewer connections to each site) and streamed reads that stop at the size cap, with the
decompression of gzip bodies bounded by the same cap.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import urllib3

from kg import __version__
from kg.errors import InputError
from kg.ingest.document import MAX_BYTES
from kg.ingest.web.cache import CachedPage, FetchCache
from kg.ingest.web.robots import Robots

__all__ = [
    "DEFAULT_DELAY",
    "MAX_RETRY_AFTER",
    "PROJECT_URL",
    "USER_AGENT",
    "FetchError",
    "Fetcher",
    "Page",
    "is_http_url",
]

PROJECT_URL = "https://w3id.org/kg-news"
USER_AGENT = f"kg/{__version__} (+{PROJECT_URL})"
DEFAULT_DELAY = 1.0
"""Seconds between two requests to the same host."""
MAX_RETRY_AFTER = 60.0
"""Longest wait kg accepts from a ``Retry-After`` or a backoff before giving up on a page."""
RETRIES = 3
MAX_REDIRECTS = 5
TIMEOUT = urllib3.Timeout(connect=10.0, read=30.0)
MAX_READ_SECONDS = 120.0
"""Longest time spent reading one body, however the server paces it."""
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)


class FetchError(InputError):
    """A page could not be fetched (refused, unreachable, HTTP error, too large)."""


@dataclass(frozen=True)
class Page:
    """A fetched page: ``url`` as asked, ``final_url`` after redirects, its body and type.

    ``from_cache`` is true when the server answered ``304 Not Modified`` and the body is the
    cached one.
    """

    url: str
    final_url: str
    body: bytes
    content_type: str | None
    from_cache: bool = False


def is_http_url(url: str) -> bool:
    """True for an absolute ``http://`` or ``https://`` URL with a host."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class Fetcher:
    """Fetch pages politely (see the module docstring); one instance per run.

    Parameters
    ----------
    delay : float
        Seconds between two requests to one host. Defaults to :data:`DEFAULT_DELAY`.
    cache : FetchCache, optional
        Where validators and bodies are kept between runs; in memory when omitted.
    max_bytes : int
        Largest body read; a longer page fails as "too large". Defaults to ``MAX_BYTES``.
    robots : bool
        Obey robots.txt. Defaults to True.
    sleep, clock : callable
        Injected for tests (``time.sleep`` and ``time.monotonic`` by default).

    Attributes
    ----------
    requests : int
        HTTP requests sent so far (robots.txt included): what the tests count.
    """

    def __init__(
        self,
        *,
        delay: float = DEFAULT_DELAY,
        cache: FetchCache | None = None,
        max_bytes: int = MAX_BYTES,
        robots: bool = True,
        user_agent: str = USER_AGENT,
        timeout: urllib3.Timeout = TIMEOUT,
        retries: int = RETRIES,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay, self.max_bytes, self.user_agent = delay, max_bytes, user_agent
        self.cache = cache if cache is not None else FetchCache()
        self.retries, self._sleep, self._clock = retries, sleep, clock
        self.robots = Robots(self._fetch_robots, user_agent, clock=clock) if robots else None
        self.requests = 0
        self._last: dict[str, float] = {}
        self._pool = urllib3.PoolManager(num_pools=32, maxsize=1, timeout=timeout, retries=False)

    # -- public ---------------------------------------------------------------------------
    def fetch(self, url: str, *, max_bytes: int | None = None) -> Page:
        """Fetch ``url`` (conditionally when cached), following redirects by hand.

        Raises
        ------
        FetchError
            With a one-line reason: refused scheme or redirect, robots.txt, HTTP error,
            unreachable host, too large.
        """
        if not is_http_url(url):
            raise FetchError(f"{url}: only http(s) URLs are fetched")
        cached = self.cache.get(url)
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if self.robots is not None and not self.robots.allowed(current):
                raise FetchError(f"{url}: skipped, robots.txt forbids {urlsplit(current).path}")
            response = self._request(current, _validators(cached) if current == url else {})
            status = response.status
            if status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                target = urljoin(current, response.headers["Location"].strip())
                _discard(response)
                if not is_http_url(target):
                    raise FetchError(f"{url}: redirect to a non-http(s) URL refused ({target})")
                current = target
                continue
            if status == 304 and cached is not None:
                _discard(response)
                return Page(url, cached.final_url, cached.body, cached.content_type, True)
            if status != 200:
                _discard(response)
                raise FetchError(f"{url}: HTTP {status} {response.reason or ''}".rstrip())
            body = self._read(response, url, max_bytes or self.max_bytes)
            page = Page(url, current, body, response.headers.get("Content-Type"))
            self._remember(page, response.headers)
            return page
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        """Close the connection pools (the cache stays open: its owner closes it)."""
        self._pool.clear()

    # -- one request, politely ------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str]) -> urllib3.BaseHTTPResponse:
        """One GET, after the host's turn; 429/5xx and network errors retried with backoff."""
        headers = {"User-Agent": self.user_agent, "Accept": _ACCEPT, **headers}
        for attempt in range(self.retries + 1):
            self._wait_turn(url)
            try:
                self.requests += 1
                response = self._pool.request(
                    "GET", url, headers=headers, redirect=False, preload_content=False
                )
            except urllib3.exceptions.HTTPError as err:
                if attempt == self.retries:
                    raise FetchError(f"{url}: unreachable ({_reason(err)})") from None
                self._backoff(url, attempt, None)
                continue
            finally:
                self._last[_host(url)] = self._clock()
            if response.status not in _RETRY_STATUSES or attempt == self.retries:
                return response
            retry_after = response.headers.get("Retry-After")
            _discard(response)
            self._backoff(url, attempt, retry_after, status=response.status)
        raise AssertionError("unreachable")  # pragma: no cover - the loop always returns

    def _backoff(
        self, url: str, attempt: int, retry_after: str | None, *, status: int | None = None
    ) -> None:
        wait = _retry_after_seconds(retry_after)
        if wait is None:
            wait = max(self.delay, 1.0) * 2**attempt
        if wait > MAX_RETRY_AFTER:
            raise FetchError(
                f"{url}: HTTP {status}, the server asks to wait {wait:.0f} s "
                f"(more than {MAX_RETRY_AFTER:.0f} s): try later"
            )
        self._sleep(wait)

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host's last request is ``delay`` (or its Crawl-delay) ago."""
        last = self._last.get(_host(url))
        if last is None:
            return
        gap = self.delay
        if self.robots is not None and not url.endswith("/robots.txt"):
            gap = max(gap, self.robots.crawl_delay(url) or 0.0)
        wait = last + gap - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _read(self, response: urllib3.BaseHTTPResponse, url: str, limit: int) -> bytes:
        try:
            declared = _int(response.headers.get("Content-Length"))
            if declared > limit:
                raise FetchError(f"{url}: too large ({declared:,} bytes; the limit is {limit:,})")
            body = self._read_within(response, url, limit + 1)
        except (urllib3.exceptions.HTTPError, OSError) as err:
            _discard(response)
            raise FetchError(f"{url}: connection broken while reading ({_reason(err)})") from None
        except FetchError:
            _discard(response)
            raise
        if len(body) > limit:
            _discard(response)
            raise FetchError(f"{url}: too large (more than {limit:,} bytes)")
        response.release_conn()  # read to the end: the connection can be reused
        return body

    def _read_within(self, response: urllib3.BaseHTTPResponse, url: str, size: int) -> bytes:
        """At most ``size`` bytes, in chunks, within :data:`MAX_READ_SECONDS` in all: the read
        timeout bounds each wait, this bounds a server that drips one byte at a time."""
        deadline = self._clock() + MAX_READ_SECONDS
        chunks, total = [], 0
        while total < size:
            chunk = response.read(min(65536, size - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if self._clock() > deadline:
                raise FetchError(f"{url}: too slow (not read within {MAX_READ_SECONDS:.0f} s)")
        return b"".join(chunks)

    def _remember(self, page: Page, headers) -> None:  # noqa: ANN001 - urllib3 HTTPHeaderDict
        etag, modified = headers.get("ETag"), headers.get("Last-Modified")
        self.cache.put(
            CachedPage(
                page.url,
                page.final_url,
                etag,
                modified,
                page.content_type,
                page.body,
                time.time(),
            )
        )

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        """robots.txt for :class:`Robots`: (status, body); 0 when the host is unreachable."""
        try:
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                response = self._request(current, {})
                location = response.headers.get("Location")
                if response.status in (301, 302, 303, 307, 308) and location:
                    _discard(response)
                    current = urljoin(current, location)
                    if not is_http_url(current):
                        return 0, b""
                    continue
                if response.status != 200:
                    _discard(response)
                    return response.status, b""
                return 200, self._read(response, url, 512_000)
        except FetchError:
            return 0, b""
        return 0, b""


def _validators(cached: CachedPage | None) -> dict[str, str]:
    """The conditional-request headers for a cached page."""
    if cached is None:
        return {}
    headers = {}
    if cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def _retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date (RFC 9110 allows both)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Drop a response without reading its body (which may be huge): close its connection."""
    response.close()
    response.release_conn()


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _host(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")


def _reason(err: BaseException) -> str:
    reason = getattr(err, "reason", None) or err
    lines = str(reason).strip().splitlines()
    return lines[0] if lines else type(err).__name__
