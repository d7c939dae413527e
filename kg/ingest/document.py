"""The :class:`Document`: an article as read, checked and prepared for the NLP stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.ingest.boilerplate import BoilerplateSpan, find_boilerplate
from kg.ingest.language import SUPPORTED_LANGUAGES, detect_language
from kg.ingest.metadata import Metadata, find_metadata
from kg.ingest.normalize import normalize_typography
from kg.ingest.reading import MAX_BYTES, check_text, content_hash, decode, read_limited, where

__all__ = ["MAX_BYTES", "Document", "read_bytes", "read_file", "read_text"]


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
    newsroom : bool
        The dateline names where the outlet files its stories ("Jakarta, CNN Indonesia --"),
        not where their events happen.
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
    newsroom: bool = False

    @property
    def metadata(self) -> Metadata:
        """Date, title and dateline as one value, what later stages resolve dates against."""
        return Metadata(
            self.date, self.title, self.dateline, self.dateline_head, newsroom=self.newsroom
        )

    @property
    def content_hash(self) -> str:
        """SHA-256 of the UTF-8 text: the document's identity, stable across runs and machines."""
        return content_hash(self.text)

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
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Check ``text``, detect its language (unless given) and mask its boilerplate.

    ``date`` and ``title`` are what the container says about the text (a JSON Lines record, an
    HTML page's metadata): they win over what the text itself shows, and the date completes a
    year-less dateline. Control characters other than tab, LF and CR become spaces (same
    length, so offsets hold); empty, binary, oversized text or text with lone surrogates is
    refused with :class:`~kg.errors.InputError`.
    """
    text = check_text(text, source, max_bytes)
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise InputError(
            f"{where(source)}unsupported language {lang!r}; "
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
        newsroom=meta.newsroom,
    )


def read_bytes(
    data: bytes,
    *,
    source: str | None = None,
    lang: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Decode bytes (UTF-8, or UTF-16/32 with a BOM) and read them; bad input fails clearly."""
    text = decode(data, source, max_bytes)
    return read_text(text, source=source, lang=lang, max_bytes=max_bytes)


def read_file(
    path: str | Path, *, lang: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Read an article from a text file (at most ``max_bytes``; see :mod:`kg.ingest.reading`)."""
    p = Path(path)
    return read_bytes(read_limited(p, max_bytes), source=str(p), lang=lang, max_bytes=max_bytes)


def _mask(text: str, spans: list[BoilerplateSpan]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
