"""Cut a long text into chunks of whole lines for the pipeline, and put the Docs back together.

Why: spaCy's cost per call grows faster than the text (the parser and kg's components look
across the whole Doc) and its memory grows with the longest Doc, so a 1 MB article analysed in
one call takes minutes and gigabytes. kg's sentences never cross a line break
(``kg_paragraphs``), so cutting at line breaks changes no sentence; the chunks are analysed
one after another and joined with ``Doc.from_docs``, whose text is their exact concatenation,
so every token and entity keeps its character offset into the original text.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "chunk_spans", "analyze_in_chunks"]

CHUNK_CHARS = 20_000
"""Largest chunk, in characters (a long news story fits in one: short texts are one call)."""


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` ranges that tile ``text``, each at most ``size`` characters and ending
    after a line break when the text has one in reach (else after a space, else anywhere)."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut < 0:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut >= start else end
        yield start, end
        start = end


def analyze_in_chunks(nlp: Language, text: str, size: int = CHUNK_CHARS) -> Doc:
    """Run ``nlp`` over ``text`` chunk by chunk; one Doc whose ``text`` is ``text``."""
    if len(text) <= size:
        return nlp(text)
    docs = list(nlp.pipe(text[a:b] for a, b in chunk_spans(text, size)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunks must tile the text"
    return doc
