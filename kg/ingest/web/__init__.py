"""Reading news where it lives: article URLs, RSS/Atom feeds, sitemaps and WARC archives.

Part of the ingest stage (it imports no later stage). Modules, one concern each:

- :mod:`~kg.ingest.web.fetch`: polite HTTP (robots.txt, per-host delay, User-Agent, timeouts,
  size cap, retries with backoff, http(s) only, conditional requests);
- :mod:`~kg.ingest.web.robots`: robots.txt per host;
- :mod:`~kg.ingest.web.cache`: the sqlite fetch cache beside the store;
- :mod:`~kg.ingest.web.listings`: feeds and sitemaps -> the articles they list;
- :mod:`~kg.ingest.web.warc`: WARC files -> their HTML response records;
- :mod:`~kg.ingest.web.pages`: a page as a batch item (trafilatura, dates, charsets);
- :mod:`~kg.ingest.web.session`: one run's web inputs as lazy batch items;
- :mod:`~kg.ingest.web.schedule`: ``--follow --every``: rounds until Ctrl-C/SIGTERM.
"""

from kg.ingest.web.cache import FetchCache, cache_path_for
from kg.ingest.web.fetch import DEFAULT_DELAY, USER_AGENT, Fetcher, FetchError
from kg.ingest.web.session import (
    DEFAULT_MAX_PAGES,
    WebSession,
    is_web_input,
    url_list_items,
    web_items,
)

__all__ = [
    "DEFAULT_DELAY",
    "DEFAULT_MAX_PAGES",
    "USER_AGENT",
    "FetchCache",
    "FetchError",
    "Fetcher",
    "WebSession",
    "cache_path_for",
    "is_web_input",
    "url_list_items",
    "web_items",
]
