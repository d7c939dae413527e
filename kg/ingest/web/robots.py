"""robots.txt, read once per host (and again after a day), with :mod:`urllib.robotparser`.

Why kg fetches robots.txt itself instead of ``RobotFileParser.read()``: ``read()`` uses urllib
with Python's User-Agent, no timeout and no size cap, and it follows redirects to any scheme.
Going through kg's fetcher keeps one User-Agent, the per-host delay and the limits.

What an answer means follows RFC 9309: a 2xx is parsed; a 4xx (no robots.txt) allows
everything; a 5xx or an unreachable host disallows everything for now (the site may be
down, or may be telling crawlers to stay away).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

__all__ = ["Robots", "robots_url"]

ROBOTS_TTL = 24 * 3600.0
"""Seconds a host's robots.txt is trusted before it is read again (RFC 9309 suggests 24 h)."""
MAX_CRAWL_DELAY = 60.0
"""A Crawl-delay above this is capped: kg waits at most this long between two requests."""

RobotsFetch = Callable[[str], tuple[int, bytes]]


def robots_url(url: str) -> str:
    """The robots.txt that governs ``url`` (scheme, host and port matter)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class Robots:
    """Per-host robots.txt rules for one User-Agent.

    Parameters
    ----------
    fetch : callable
        ``fetch(robots_url) -> (status, body)``; status 0 when the host was unreachable.
    user_agent : str
        kg's User-Agent; its product token (``kg``) is what robots.txt groups are matched on.
    """

    def __init__(
        self,
        fetch: RobotsFetch,
        user_agent: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch, self.user_agent, self._clock = fetch, user_agent, clock
        self._rules: dict[str, tuple[float, RobotFileParser]] = {}

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets kg fetch ``url``."""
        return self._parser(url).can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The host's ``Crawl-delay`` for kg, capped at :data:`MAX_CRAWL_DELAY`, if any."""
        delay = self._parser(url).crawl_delay(self.user_agent)
        return None if delay is None else min(float(delay), MAX_CRAWL_DELAY)

    def _parser(self, url: str) -> RobotFileParser:
        key = robots_url(url)
        known = self._rules.get(key)
        if known is not None and self._clock() - known[0] < ROBOTS_TTL:
            return known[1]
        parser = _parse(*self._fetch(key))
        self._rules[key] = (self._clock(), parser)
        return parser


def _parse(status: int, body: bytes) -> RobotFileParser:
    parser = RobotFileParser()
    if 200 <= status < 300:
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
    elif 400 <= status < 500:
        parser.allow_all = True
    else:
        parser.disallow_all = True
    parser.modified()  # can_fetch() refuses everything until the parser says it has read
    return parser
