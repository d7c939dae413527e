"""The fetch cache: what kg last fetched from each URL, so a re-run fetches only what changed.

Why a cache and not just the store: the store knows texts (by content hash), not URLs or HTTP
validators. Keeping each page's ``ETag``/``Last-Modified`` and body lets the next run send a
conditional GET; a ``304 Not Modified`` then costs one small request and the cached body gives
the same text, hence the same content hash, hence "unchanged", as for a file read twice.

Why sqlite3: one file, in the standard library, transactional (a killed run leaves the cache
as it was before the page being written), and fast enough for millions of URLs. Bodies are
stored zlib-compressed. The file sits beside the store: ``graph.db`` -> ``graph.db.fetch-cache``
(see :func:`cache_path_for`).
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

__all__ = ["CachedPage", "FetchCache", "cache_path_for"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    body BLOB NOT NULL,
    fetched_at REAL NOT NULL
)
"""


@dataclass(frozen=True)
class CachedPage:
    """A page as last fetched: its validators (for a conditional GET) and its body."""

    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes
    fetched_at: float


def cache_path_for(store: str | Path) -> Path:
    """Where the fetch cache of a store folder lives: beside it, ``<store>.fetch-cache``."""
    store = Path(store)
    return store.with_name(f"{store.name}.fetch-cache")


class FetchCache:
    """URL -> last fetched page, in a sqlite file (or in memory when ``path`` is None).

    Parameters
    ----------
    path : str or Path, optional
        The sqlite file, created when missing. ``None`` keeps the cache for this process only.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path) if self.path else ":memory:")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except sqlite3.Error as err:
            raise InputError(f"{path}: cannot open the fetch cache ({err})") from None

    def get(self, url: str) -> CachedPage | None:
        """The cached page of ``url``, or None."""
        row = self._db.execute(
            "SELECT url, final_url, etag, last_modified, content_type, body, fetched_at "
            "FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return None
        return CachedPage(*row[:5], body=zlib.decompress(row[5]), fetched_at=row[6])

    def put(self, page: CachedPage) -> None:
        """Remember ``page`` (replacing what was known of its URL), in one transaction."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    page.url,
                    page.final_url,
                    page.etag,
                    page.last_modified,
                    page.content_type,
                    zlib.compress(page.body),
                    page.fetched_at or time.time(),
                ),
            )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]

    def close(self) -> None:
        """Close the sqlite connection."""
        self._db.close()
