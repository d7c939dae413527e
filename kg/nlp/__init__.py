"""NLP stage: a spaCy pipeline per language with sentences, entities typed and linked.

Names are imported from their modules on first use (PEP 562): the gazetteer and name
normalisation (pure Python, used by the graph stage to mint IRIs) must not import spaCy; only
what runs a pipeline does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lazy import lazy_exports

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.ingest import Document
    from kg.nlp.components import ENTITY_TYPES
    from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalize_name
    from kg.nlp.pipeline import load_pipeline, pipeline_info

__all__ = [
    "ENTITY_TYPES",
    "Gazetteer",
    "GazetteerEntry",
    "analyze",
    "analyze_batch",
    "load_gazetteer",
    "load_pipeline",
    "normalize_name",
    "pipeline_info",
]

__getattr__, __dir__ = lazy_exports(
    "kg.nlp",
    {
        "components": ("ENTITY_TYPES",),
        "gazetteer": ("Gazetteer", "GazetteerEntry", "load_gazetteer", "normalize_name"),
        "pipeline": ("load_pipeline", "pipeline_info"),
    },
)


def analyze(document: Document) -> Doc:
    """Run the language's pipeline over the document's boilerplate-masked body (same length as
    the original text, so the Doc's character offsets are the article's). A long article is
    analysed in chunks of whole lines (:mod:`kg.nlp.chunks`), so time and memory grow
    linearly with its length."""
    from kg.nlp.chunks import analyze_in_chunks
    from kg.nlp.pipeline import load_pipeline

    return analyze_in_chunks(load_pipeline(document.lang), document.body)


def analyze_batch(documents: Sequence[Document]) -> list[Doc | Exception]:
    """:func:`analyze` for each document, in order, with each language's pipeline run over
    its documents together (:func:`kg.nlp.chunks.analyze_texts`: faster per word, the same
    Docs). Where the batch fails, each document is analysed alone, so a bad article gets its
    own error (returned in its place, not raised) and the others their Docs."""
    from kg.nlp.chunks import analyze_texts
    from kg.nlp.pipeline import load_pipeline

    docs: list[Doc | Exception | None] = [None] * len(documents)
    try:
        for lang in dict.fromkeys(d.lang for d in documents):
            indices = [i for i, d in enumerate(documents) if d.lang == lang]
            texts = [documents[i].body for i in indices]
            for i, doc in zip(indices, analyze_texts(load_pipeline(lang), texts), strict=True):
                docs[i] = doc
    except Exception:  # noqa: BLE001 - one bad article must cost that article only
        docs = [_analyzed_alone(d) for d in documents]
    return docs  # type: ignore[return-value]  # every place is filled


def _analyzed_alone(document: Document) -> Doc | Exception:
    try:
        return analyze(document)
    except Exception as err:  # noqa: BLE001 - returned to the caller, see analyze_batch
        return err
