"""NLP stage: a spaCy pipeline per language with sentences, entities typed and linked."""

from spacy.tokens import Doc

from kg.ingest import Document
from kg.nlp import components  # noqa: F401  (registers the kg_* factories)
from kg.nlp.chunks import analyze_in_chunks
from kg.nlp.components import ENTITY_TYPES
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalize_name
from kg.nlp.pipeline import load_pipeline, pipeline_info

__all__ = [
    "ENTITY_TYPES",
    "Gazetteer",
    "GazetteerEntry",
    "analyze",
    "load_gazetteer",
    "load_pipeline",
    "normalize_name",
    "pipeline_info",
]


def analyze(document: Document) -> Doc:
    """Run the language's pipeline over the document's boilerplate-masked body (same length as
    the original text, so the Doc's character offsets are the article's). A long article is
    analysed in chunks of whole lines (:mod:`kg.nlp.chunks`), so time and memory grow
    linearly with its length."""
    return analyze_in_chunks(load_pipeline(document.lang), document.body)
