"""The :class:`Document`: an article as read, checked and prepared for the NLP stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.ingest.boilerplate import BoilerplateSpan, find_boilerplate
from kg.ingest.language import SUPPORTED_LANGUAGES, detect_language
from kg.ingest.metadata import Metadata, find_metadata
from kg.ingest.normalize import normalize_typography

__all__ = ["MAX_BYTES", "Document", "read_bytes", "read_file", "read_text"]

MAX_BYTES = 5_000_000
"""Largest article accepted (5 MB of text is ~700k words: far beyond any news story)."""

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


@dataclass(frozen=True)
class Document:
    """An article ready for the NLP stage.

    Attributes
    ----------
    text : str
        The article exactly as read; every offset kg emits points into it.
    body : str
        Same length as ``text``: typography normalised, boilerplate replaced by spaces (newlines
        kept), so the NLP stage reads only the story and its offsets still hold for ``text``.
    lang : str
        ``"id"`` or ``"en"``.
    source : str or None
        Path or URL the article came from.
    boilerplate : list of BoilerplateSpan
        What was masked, and by which rule: kept so a reader can audit the cleaning.
    date : str or None
        The story's date as ISO 8601 (``2019-11-11``, or ``--02-28`` when the dateline gives no
        year), read from the date line or dateline before they are masked; see
        :mod:`kg.ingest.metadata`.
    title : str or None
        The headline, when a line above the story looks like one.
    dateline, dateline_head : (int, int) or None
        Offsets of the paragraph opening with a dateline and of the dateline itself (see
        :class:`~kg.ingest.metadata.Metadata`): read once here, so that the extract stage
        resolves "pada Selasa" against them without reading the page again.
    """

    text: str
    body: str
    lang: str
    source: str | None = None
    boilerplate: list[BoilerplateSpan] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    dateline: tuple[int, int] | None = None
    dateline_head: tuple[int, int] | None = None

    @property
    def metadata(self) -> Metadata:
        """Date, title and dateline as one value, what later stages resolve dates against."""
        return Metadata(self.date, self.title, self.dateline, self.dateline_head)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the UTF-8 text: the document's identity, stable across runs and machines."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def name(self) -> str:
        """A short human name: the file stem of the source, else the hash prefix."""
        if self.source:
            return Path(self.source).stem or self.source
        return self.content_hash[:12]


def read_text(
    text: str,
    *,
    source: str | None = None,
    lang: str | None = None,
    date: str | None = None,
    title: str | None = None,
) -> Document:
    """Check ``text``, detect its language (unless given) and mask its boilerplate.

    ``date`` and ``title`` are what the container says about the text (a JSON Lines record, an
    HTML page's metadata): they win over what the text itself shows, and the date completes a
    year-less dateline.
    """
    if not isinstance(text, str):
        raise InputError(f"{_where(source)}expected text (str), got {type(text).__name__}")
    _check_text(text, source)
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise InputError(
            f"{_where(source)}unsupported language {lang!r}; "
            f"kg reads {', '.join(SUPPORTED_LANGUAGES)}"
        )
    normalized = normalize_typography(text)
    spans = find_boilerplate(normalized)
    body = _mask(normalized, spans)
    meta = find_metadata(text, spans, known_date=date)
    return Document(
        text=text,
        body=body,
        lang=lang or detect_language(body),
        source=source,
        boilerplate=spans,
        date=meta.date,
        title=title or meta.title,
        dateline=meta.dateline,
        dateline_head=meta.dateline_head,
    )


def read_bytes(data: bytes, *, source: str | None = None, lang: str | None = None) -> Document:
    """Decode UTF-8 bytes (a BOM is allowed) and read them; bad encodings fail clearly."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{_where(source)}too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})"
        )
    if b"\x00" in data[:65536]:
        raise InputError(f"{_where(source)}looks binary (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{_where(source)}is not UTF-8 (invalid byte at position {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return read_text(text, source=source, lang=lang)


def read_file(path: str | Path, *, lang: str | None = None) -> Document:
    """Read an article from a UTF-8 text file."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror})") from None
    return read_bytes(data, source=str(p), lang=lang)


def _where(source: str | None) -> str:
    return f"{source}: " if source else ""


def _check_text(text: str, source: str | None) -> None:
    if not text.strip():
        raise InputError(f"{_where(source)}is empty")
    if len(text) > MAX_BYTES:
        raise InputError(f"{_where(source)}too large ({len(text):,} characters)")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in _CONTROL_OK)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError(f"{_where(source)}looks binary (control characters), not an article")


def _mask(text: str, spans: list[BoilerplateSpan]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
