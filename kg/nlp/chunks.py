"""Cut a long text into chunks of whole lines for the pipeline, and put the Docs back together.

Why: spaCy's cost per call grows faster than the text (the parser and kg's components look
across the whole Doc) and its memory grows with the longest Doc, so a 1 MB article analysed in
one call takes minutes and gigabytes. kg's sentences never cross a line break
(``kg_paragraphs``), so cutting at line breaks changes no sentence; the chunks are analysed
one after another and joined with ``Doc.from_docs``, whose text is their exact concatenation,
so every token and entity keeps its character offset into the original text. Components that
look across the whole document (:data:`DOC_LEVEL` and after) run on the joined Doc.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

__all__ = [
    "BATCH_CHARS",
    "BATCH_SIZE",
    "CHUNK_CHARS",
    "DOC_LEVEL",
    "analyze_in_chunks",
    "analyze_texts",
    "chunk_spans",
]

CHUNK_CHARS = 20_000
"""Largest chunk, in characters (a long news story fits in one: short texts are one call)."""
DOC_LEVEL = "kg_gazetteer"
"""The first component that needs the whole document (it carries names from one paragraph
to the others): it and those after it run once on the joined Doc, so a chunked article gets
the entities an unchunked one would (its cost is linear in the length)."""


BATCH_SIZE = 16
"""Texts the models see together in :func:`analyze_texts`: their matrix products then run over
the batch's tokens at once, ~25% faster per word than one text at a time (16 measured best
on the dev articles, one core), with the same output."""
BATCH_CHARS = 100_000
"""Most characters of text analysed at once (a batch's Docs are held together): a long
article goes alone, so memory stays that of one document when documents are large."""


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` ranges that tile ``text``, each about ``size`` characters (plus the
    whitespace after its cut) and ending after a line break when the text has one in reach
    (else after a space, else anywhere)."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut < 0:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut >= start else end
            while end < n and text[end].isspace():  # a chunk never starts with whitespace,
                end += 1  # which would become a sentence of its own
        yield start, end
        start = end


def analyze_in_chunks(nlp: Language, text: str, size: int | None = None) -> Doc:
    """Run ``nlp`` over ``text`` in chunks of at most ``size`` characters (default
    :data:`CHUNK_CHARS`); one Doc whose ``text`` is ``text``."""
    size = size or CHUNK_CHARS
    if len(text) <= size:
        return nlp(text)
    names = nlp.pipe_names
    whole = names[names.index(DOC_LEVEL) :] if DOC_LEVEL in names else []
    with nlp.select_pipes(disable=whole):
        docs = list(nlp.pipe(text[a:b] for a, b in chunk_spans(text, size)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunks must tile the text"
    for name in whole:
        doc = nlp.get_pipe(name)(doc)
    return doc


def analyze_texts(
    nlp: Language, texts: Sequence[str], size: int | None = None, batch_size: int = BATCH_SIZE
) -> list[Doc]:
    """The Docs :func:`analyze_in_chunks` gives for each of ``texts``, in order: the texts that
    fit in one chunk go through ``nlp.pipe`` together, ``batch_size`` at a time (spaCy's
    models give a text the same analysis in a batch as alone), the longer ones in chunks."""
    size = size or CHUNK_CHARS
    docs: list[Doc | None] = [None] * len(texts)
    short = [i for i, text in enumerate(texts) if len(text) <= size]
    piped = nlp.pipe((texts[i] for i in short), batch_size=batch_size)
    for i, doc in zip(short, piped, strict=True):
        docs[i] = doc
    return [
        doc if doc is not None else analyze_in_chunks(nlp, text, size)
        for doc, text in zip(docs, texts, strict=True)
    ]
