"""Ingest stage: read an article, check it, find its language, mask site boilerplate.

The output is a :class:`Document` whose ``body`` has exactly the length of the original ``text``:
boilerplate is blanked out and typography normalised character for character, so every offset
a later stage computes on ``body`` is also an offset into the original article.

Names are imported from their modules on first use (PEP 562): the command line reads
``MAX_BYTES`` for its help text without loading the boilerplate rules and date patterns, which
the read commands (``kg query``, ``kg view``, ``kg --help``) never use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lazy import lazy_exports

if TYPE_CHECKING:
    from kg.ingest.boilerplate import BoilerplateSpan, find_boilerplate
    from kg.ingest.document import Document, read_bytes, read_file, read_text
    from kg.ingest.language import detect_language
    from kg.ingest.metadata import Metadata, find_metadata
    from kg.ingest.normalize import normalize_typography
    from kg.ingest.reading import MAX_BYTES, content_hash

__all__ = [
    "MAX_BYTES",
    "BoilerplateSpan",
    "Document",
    "Metadata",
    "content_hash",
    "detect_language",
    "find_boilerplate",
    "find_metadata",
    "normalize_typography",
    "read_bytes",
    "read_file",
    "read_text",
]

__getattr__, __dir__ = lazy_exports(
    "kg.ingest",
    {
        "boilerplate": ("BoilerplateSpan", "find_boilerplate"),
        "document": ("Document", "read_bytes", "read_file", "read_text"),
        "language": ("detect_language",),
        "metadata": ("Metadata", "find_metadata"),
        "normalize": ("normalize_typography",),
        "reading": ("MAX_BYTES", "content_hash"),
    },
)
