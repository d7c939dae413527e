"""Batch input: turn command-line arguments into a lazy stream of articles.

An argument is a file, a directory (searched recursively for ``*.txt``, ``*.html``,
``*.jsonl``), a quoted glob (``'news/**/*.txt'``), a JSON Lines file (one record per line:
``text`` required; ``url``, ``title``, ``date``, ``lang`` optional; ``url`` becomes the source)
or ``-`` (stdin: one plain-text article, or JSON Lines when it starts with ``{``).

Why lazy: a news archive does not fit in memory. :func:`iter_items` yields :class:`Item`
handles that read their article only when the batch reaches them, and JSON Lines files are read
line by line, so a batch holds only the articles in flight.

Why a bad article is an item and not an exception: in a batch one unreadable file must not stop
the other thousands, so a missing path, an unmatched glob or a broken JSON line is yielded as an
item whose :meth:`Item.document` raises :class:`~kg.errors.InputError` with a one-line reason.

HTML: the main text is extracted with trafilatura (boilerplate, menus and comments dropped) and
that extracted text *is* the document kg reads: its content hash, ``kg:charCount`` and every
``nif:beginIndex``/``nif:endIndex`` refer to it, not to the HTML; the source is the HTML path.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from kg.errors import InputError, KgWarning
from kg.ingest.document import Document, read_text
from kg.ingest.metadata import valid_date
from kg.ingest.reading import (
    MAX_BYTES,
    check_text,
    content_hash,
    decode,
    open_regular,
    read_limited,
)

if TYPE_CHECKING:
    from kg.ingest.web import WebSession

__all__ = ["BATCH_SUFFIXES", "Item", "count_items", "is_single", "iter_items"]

BATCH_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
"""What a directory contributes: article files and JSON Lines archives."""

_GLOB_CHARS = set("*?[")
Kind = Literal["text", "html", "record", "bytes", "error"]


@dataclass(frozen=True)
class Item:
    """One article of a batch, not read yet.

    ``kind`` says how :meth:`document` reads it: a text or HTML file at ``path``, a JSON Lines
    ``record`` (already parsed: one line), raw ``data`` (stdin), or an ``error`` whose reading
    raises ``InputError(error)``. ``max_bytes`` is the size limit of its article.
    """

    source: str
    kind: Kind
    path: Path | None = None
    record: dict | None = None
    data: bytes | None = None
    error: str | None = None
    max_bytes: int = MAX_BYTES

    def text(self) -> tuple[str, dict[str, str]]:
        """The article text as kg will read it, and metadata (title, date, lang) if known.

        Cheaper than :meth:`document` (no boilerplate or language pass), which is what
        ``--resume`` needs to compare content hashes before any analysis. The text is checked
        and cleaned exactly as :func:`~kg.ingest.read_text` does, so hashes agree.
        """
        if self.kind == "error":
            raise InputError(self.error or f"{self.source}: unreadable")
        if self.kind == "record":
            text, meta = _record_text(self.record or {}, self.source)
        elif self.kind == "html":
            text, meta = _html_text(self._bytes(), self.source, self.max_bytes)
        else:
            text, meta = decode(self._bytes(), self.source, self.max_bytes), {}
        return check_text(text, self.source, self.max_bytes), meta

    def _bytes(self) -> bytes:
        if self.kind == "bytes":
            return self.data or b""
        if self.path is None:
            raise InputError(f"{self.source}: no path")
        return read_limited(self.path, self.max_bytes)

    def content_hash(self) -> str:
        """SHA-256 of the text, as :attr:`Document.content_hash` computes it."""
        return content_hash(self.text()[0])

    def document(self, lang: str | None = None) -> Document:
        """Read, check and prepare the article; a record's ``lang`` wins over ``lang``."""
        text, meta = self.text()
        return read_text(
            text,
            source=self.source,
            lang=meta.get("lang") or lang,
            date=meta.get("date"),
            title=meta.get("title"),
            max_bytes=self.max_bytes,
        )


def iter_items(
    args: Iterable[str | Path],
    *,
    stdin: IO[bytes] | None = None,
    web: WebSession | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Item]:
    """Every article named by ``args``, in order, lazily (see the module docstring); each
    article may be at most ``max_bytes`` long.

    URLs, feeds, sitemaps and WARC files are read by :mod:`kg.ingest.web` in ``web`` (a
    :class:`~kg.ingest.web.WebSession`; a default polite one when omitted).
    """
    for arg in map(str, args):
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            items = _stdin_items(stream, max_bytes)
        elif _is_web(arg):
            items = _web_items(arg, web)
        else:
            items = _expanded_items(arg, max_bytes)
        for item in items:
            yield dataclasses.replace(item, max_bytes=max_bytes)


def _expanded_items(arg: str, max_bytes: int) -> Iterator[Item]:
    for found in _expand(arg):
        if isinstance(found, Item):
            yield found
        else:
            yield from from_path(found, max_bytes)


def is_single(args: Iterable[str | Path], *, stdin: IO[bytes] | None = None) -> bool:
    """True when ``args`` is one plain article (a file or plain-text stdin), not a batch.

    A single article keeps kg's strict behaviour: bad input is exit code 2 and nothing written.
    """
    args = [str(a) for a in args]
    if len(args) != 1:
        return False
    arg = args[0]
    if _is_web(arg):  # a URL may turn out to be a feed: always a batch
        return False
    if arg == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return not _looks_jsonl(stream)
    path = Path(arg)
    if path.is_dir() or path.suffix.lower() == ".jsonl":
        return False
    return path.exists() or not (_GLOB_CHARS & set(arg))


def count_items(args: Iterable[str | Path]) -> int | None:
    """How many articles ``args`` holds, by a cheap pass (paths, non-blank JSON lines, no
    parsing); ``None`` when stdin is among them. Only the progress bar's ETA uses it."""
    total = 0
    for arg in map(str, args):
        if arg == "-" or _is_web(arg):
            return None
        for found in _expand(arg):
            if isinstance(found, Path) and found.suffix.lower() == ".jsonl":
                total += _count_lines(found)
            else:
                total += 1
    return total


# -- expanding arguments ------------------------------------------------------------------
def _is_web(arg: str) -> bool:
    from kg.ingest.web import is_web_input  # lazy: kg.ingest.web imports this module

    return is_web_input(arg)


def _web_items(arg: str, web: WebSession | None) -> Iterator[Item]:
    from kg.ingest.web.session import default_session, web_items

    yield from web_items(arg, web or default_session())


def _expand(arg: str) -> Iterator[Path | Item]:
    """The files one argument names (sorted for directories and globs), or an error item."""
    path = Path(arg)
    if path.is_dir():
        yield from _directory_files(path)
    elif path.exists():
        yield path
    elif _GLOB_CHARS & set(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield _error(arg, f"{arg}: no file matches this pattern")
        for match in matches:
            yield from _expand(match)
    else:
        yield _error(arg, f"{arg}: no such file")


def _directory_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in BATCH_SUFFIXES
    )


def _count_lines(path: Path) -> int:
    try:
        with open_regular(path) as stream:  # a FIFO named .jsonl must not block the count
            return sum(1 for line in stream if line.strip())
    except (OSError, InputError):
        return 1


def from_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """The items of one file: its JSON records, or the file itself (HTML or text)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_items(path, max_bytes)
    elif suffix in (".html", ".htm"):
        yield Item(str(path), "html", path=path)
    else:
        yield Item(str(path), "text", path=path)


def _jsonl_items(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        stream = open_regular(path)
    except InputError as err:
        yield _error(str(path), str(err))
        return
    with stream:
        yield from _record_items(stream, str(path), max_bytes)


def _record_items(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank JSON line; a broken line is an error item, not the end.

    A line is read with a bound (one record holds one article, plus its JSON quoting), so
    a file without newlines cannot fill memory; the rest of an overlong line is skipped.
    """
    limit = 6 * max_bytes + 4096  # \uXXXX escapes make JSON up to 6 bytes per byte of text
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        where = f"{name}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream, limit)
            yield _error(where, f"{where}: record too large (more than {limit:,} bytes)")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:  # bad JSON, bad UTF-8, huge int, deep nesting
            yield _error(where, f"{where}: not a JSON record ({_first_line(err)})")
            continue
        if not isinstance(record, dict):
            yield _error(where, f"{where}: a JSON record must be an object with a 'text' field")
            continue
        url = record.get("url")
        yield Item(url if isinstance(url, str) and url else where, "record", record=record)


def _skip_rest_of_line(stream: IO[bytes], chunk: int) -> None:
    while (part := stream.readline(chunk)) and not part.endswith(b"\n"):
        pass


def _stdin_items(stream: IO[bytes], max_bytes: int) -> Iterator[Item]:
    if _looks_jsonl(stream):
        yield from _record_items(stream, "<stdin>", max_bytes)
        return
    data = stream.read(max_bytes + 1)
    yield Item("<stdin>", "bytes", data=data)


def _looks_jsonl(stream: IO[bytes]) -> bool:
    """Peek (without consuming) whether stdin starts with ``{``: JSON Lines, else one text."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = peek(64)
    elif stream.seekable():  # an in-memory stream (tests, embedding)
        position = stream.tell()
        head = stream.read(64)
        stream.seek(position)
    else:
        head = b""
    return head.lstrip().startswith(b"{")


def _error(source: str, message: str) -> Item:
    return Item(source, "error", error=message)


# -- reading ------------------------------------------------------------------------------
def _record_text(record: dict, source: str) -> tuple[str, dict[str, str]]:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{source}: JSON record has no 'text' string")
    meta = {k: record[k] for k in ("title", "date", "lang") if isinstance(record.get(k), str)}
    if "date" in meta:
        date = valid_date(meta["date"])
        if date is None:
            warnings.warn(
                f"{source}: date {meta['date'][:40]!r} is not a valid ISO date; ignored",
                KgWarning,
                stacklevel=2,
            )
            del meta["date"]
        else:
            meta["date"] = date
    return text, meta


def _html_text(data: bytes, source: str, max_bytes: int) -> tuple[str, dict[str, str]]:
    """The story of an HTML page (trafilatura), its title and date when the page has them."""
    import trafilatura

    html = decode(data, source, max_bytes)
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as err:  # noqa: BLE001 - a hostile page must fail as one line
        raise InputError(f"{source}: cannot extract text from HTML ({_first_line(err)})") from None
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    meta = {k: v for k in ("title", "date") if isinstance(v := getattr(found, k, None), str) and v}
    return text, meta


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__
