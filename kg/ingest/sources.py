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

import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from kg.errors import InputError
from kg.ingest.document import MAX_BYTES, Document, read_bytes, read_text

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
    raises ``InputError(error)``.
    """

    source: str
    kind: Kind
    path: Path | None = None
    record: dict | None = None
    data: bytes | None = None
    error: str | None = None

    def text(self) -> tuple[str, dict[str, str]]:
        """The article text as kg will read it, and metadata (title, date, lang) if known.

        Cheaper than :meth:`document` (no boilerplate or language pass), which is what
        ``--resume`` needs to compare content hashes before any analysis.
        """
        if self.kind == "error":
            raise InputError(self.error or f"{self.source}: unreadable")
        if self.kind == "record":
            return _record_text(self.record or {}, self.source)
        if self.kind == "html":
            return _html_text(_read_path(self.path), self.source)
        raw = self.data if self.kind == "bytes" else _read_path(self.path)
        return _decode(raw or b"", self.source), {}

    def content_hash(self) -> str:
        """SHA-256 of the text, as :attr:`Document.content_hash` computes it."""
        return hashlib.sha256(self.text()[0].encode("utf-8")).hexdigest()

    def document(self, lang: str | None = None) -> Document:
        """Read, check and prepare the article; a record's ``lang`` wins over ``lang``."""
        if self.kind in ("text", "bytes"):
            raw = self.data if self.kind == "bytes" else _read_path(self.path)
            return read_bytes(raw or b"", source=self.source, lang=lang)
        text, meta = self.text()
        return read_text(
            text,
            source=self.source,
            lang=meta.get("lang") or lang,
            date=meta.get("date"),
            title=meta.get("title"),
        )


def iter_items(
    args: Iterable[str | Path], *, stdin: IO[bytes] | None = None, web: WebSession | None = None
) -> Iterator[Item]:
    """Every article named by ``args``, in order, lazily (see the module docstring).

    URLs, feeds, sitemaps and WARC files are read by :mod:`kg.ingest.web` in ``web`` (a
    :class:`~kg.ingest.web.WebSession`; a default polite one when omitted).
    """
    for arg in map(str, args):
        if arg == "-":
            yield from _stdin_items(stdin if stdin is not None else sys.stdin.buffer)
            continue
        if _is_web(arg):
            yield from _web_items(arg, web)
            continue
        for found in _expand(arg):
            if isinstance(found, Item):
                yield found
            else:
                yield from from_path(found)


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
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1


def from_path(path: Path) -> Iterator[Item]:
    """The items of one file: its JSON records, or the file itself (HTML or text)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_items(path)
    elif suffix in (".html", ".htm"):
        yield Item(str(path), "html", path=path)
    else:
        yield Item(str(path), "text", path=path)


def _jsonl_items(path: Path) -> Iterator[Item]:
    try:
        stream = path.open("rb")
    except OSError as err:
        yield _error(str(path), f"{path}: cannot read ({err.strerror})")
        return
    with stream:
        yield from _record_items(stream, str(path))


def _record_items(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    """One item per non-blank JSON line; a broken line is an error item, not the end."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield _error(where, f"{where}: not a JSON record ({_first_line(err)})")
            continue
        if not isinstance(record, dict):
            yield _error(where, f"{where}: a JSON record must be an object with a 'text' field")
            continue
        url = record.get("url")
        yield Item(url if isinstance(url, str) and url else where, "record", record=record)


def _stdin_items(stream: IO[bytes]) -> Iterator[Item]:
    if _looks_jsonl(stream):
        yield from _record_items(stream, "<stdin>")
        return
    data = stream.read(MAX_BYTES + 1)
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
def _read_path(path: Path | None) -> bytes:
    if path is None:
        raise InputError("no path")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: too large ({path.stat().st_size:,} bytes)")
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None


def _decode(data: bytes, source: str) -> str:
    """Decode as :func:`read_bytes` does (the same checks, so the hash matches)."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: looks binary (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{source}: is not UTF-8 (invalid byte at position {err.start})") from None


def _record_text(record: dict, source: str) -> tuple[str, dict[str, str]]:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{source}: JSON record has no 'text' string")
    meta = {k: record[k] for k in ("title", "date", "lang") if isinstance(record.get(k), str)}
    return text, meta


def _html_text(data: bytes, source: str) -> tuple[str, dict[str, str]]:
    """The story of an HTML page (trafilatura), its title and date when the page has them."""
    import trafilatura

    html = _decode(data, source)
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
