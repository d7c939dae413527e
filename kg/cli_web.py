"""`kg build`'s web side: its options, the run's WebSession, each round's sources, --follow.

Kept beside :mod:`kg.cli` (and as thin) so the command itself stays one readable function;
the work is in :mod:`kg.ingest.web`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.ingest.sources import Item
    from kg.ingest.web import WebSession

__all__ = ["round_sources", "stopping", "web_options", "web_session", "web_summary"]


def web_options(command: Callable) -> Callable:
    """The options of `kg build` for web inputs (URLs, feeds, sitemaps, WARC files)."""
    options = [
        click.option(
            "--urls",
            "url_lists",
            multiple=True,
            type=click.Path(path_type=Path, dir_okay=False),
            help="A text file of article URLs, one per line (# comments). Repeatable.",
        ),
        click.option(
            "--delay",
            type=click.FloatRange(min=0),
            default=1.0,
            show_default=True,
            help="Seconds between two requests to the same host (robots.txt Crawl-delay wins "
            "when longer).",
        ),
        click.option(
            "--max-pages",
            type=click.IntRange(min=1),
            default=1000,
            show_default=True,
            help="Pages (articles, feeds, sitemaps) fetched at most per run (per round).",
        ),
        click.option(
            "--fetch-cache",
            type=click.Path(path_type=Path, dir_okay=False),
            help="The fetch cache (sqlite) that makes re-runs conditional; default: beside "
            "--store (STORE.fetch-cache), else in memory.",
        ),
        click.option(
            "--follow",
            is_flag=True,
            help="Keep going: rebuild from the inputs every --every until Ctrl-C/SIGTERM "
            "(which stop between documents).",
        ),
        click.option(
            "--every",
            default="15m",
            show_default=True,
            help="Interval of --follow: 30s, 15m, 1h, 1h30m.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def web_session(
    inputs: tuple[str, ...],
    url_lists: tuple[Path, ...],
    store: Path | str | None,
    delay: float,
    max_pages: int,
    fetch_cache: Path | None,
) -> WebSession | None:
    """The run's WebSession when any input is on the web (None otherwise: no cache file)."""
    from kg.ingest.web import WebSession, cache_path_for, is_web_input

    if not url_lists and not any(is_web_input(str(arg)) for arg in inputs):
        return None
    if fetch_cache is None and isinstance(store, Path):
        fetch_cache = cache_path_for(store)
    return WebSession(delay=delay, max_pages=max_pages, cache=fetch_cache)


def round_sources(
    inputs: tuple[str, ...],
    url_lists: tuple[Path, ...],
    stdin: IO[bytes],
    web: WebSession | None,
    stop: threading.Event,
    max_bytes: int | None = None,
) -> tuple[Iterator[Item], int | None]:
    """One round's items (files, stdin, web inputs, URL lists) and their count if known."""
    import itertools

    from kg.ingest.limits import MAX_BYTES
    from kg.ingest.sources import count_items, iter_items
    from kg.ingest.web import url_list_items
    from kg.ingest.web.schedule import until_stopped

    if web is not None:
        web.new_round()
    items = itertools.chain(
        iter_items(inputs, stdin=stdin, web=web, max_bytes=max_bytes or MAX_BYTES),
        *(url_list_items(path, web) for path in url_lists),
    )
    return until_stopped(items, stop), None if url_lists else count_items(inputs)


def stopping(web: WebSession | None, follow: bool) -> AbstractContextManager[threading.Event]:
    """--follow: Ctrl-C/SIGTERM stop between documents (the web session's flag)."""
    import contextlib

    from kg.ingest.web.schedule import stop_on_signals

    stop = web.stop if web is not None else threading.Event()
    return stop_on_signals(stop) if follow else contextlib.nullcontext(stop)


def web_summary(web: WebSession | None, max_pages: int) -> None:
    """What the round fetched, and what the page cap left out (said, never silent)."""
    if web is None or not web.fetcher.requests:  # WARC files only: nothing fetched
        return
    click.echo(f"fetched: {web.pages} pages, {web.fetcher.requests} requests")
    if web.not_fetched:
        click.echo(
            f"--max-pages {max_pages} reached: {web.not_fetched} URLs not fetched "
            "(raise --max-pages to read them)"
        )
