"""What a pipeline load would otherwise compute from data that rarely changes, computed once
and shipped: ``kg/nlp/models/prepared-{lang}.json``.

Two things, both pure functions of the gazetteer, the pipeline's tokenizer data, kg's loading
code and spaCy's version: which tokenizer special cases become a set lookup
(:func:`kg.nlp.tokenizer.split_rules`: deciding it runs spaCy's prefix and suffix patterns on
~16k words, ~0.5 s), and the gazetteer's names as token sequences
(:func:`kg.nlp.phrases.build_table`: tokenizing ~24k names, ~2 s). The file carries a
fingerprint of those inputs; a pipeline that does not match it (a retrained model with another
tokenizer, an edited gazetteer) computes both at load, with the same result, only slower.
``python -m kg.devtools.prepare`` writes the files (``make model`` and ``make gazetteer`` run
it); ``tests/nlp/test_prepared.py`` fails when they are stale.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from kg.resources import model_dir, ontology_path

__all__ = ["FORMAT", "fingerprint", "prepared_path", "read_prepared", "write_prepared"]

FORMAT = 1  # bump when the meaning of the stored data changes


def fingerprint(lang: str, tokenizer_file: Path) -> str:
    """Digest of everything the prepared data depends on."""
    import spacy

    from kg.nlp import phrases, tokenizer

    h = hashlib.sha256(f"{FORMAT} {lang} {spacy.__version__}".encode())
    for path in (
        ontology_path("gazetteer", "entities.jsonl"),
        ontology_path("lexicon", "abbreviations.json"),  # special cases kg's tokenizer adds
        tokenizer_file,
        Path(tokenizer.__file__),
        Path(phrases.__file__),
    ):
        h.update(path.read_bytes() if path.is_file() else b"?")
    return h.hexdigest()


def prepared_path(lang: str) -> Path:
    return model_dir(f"prepared-{lang}.json")


@cache
def read_prepared(lang: str, tokenizer_file: Path) -> dict | None:
    """The stored data for ``lang`` when it was prepared for this very tokenizer, else None."""
    path = prepared_path(lang)
    if not path.is_file():
        return None
    stored = json.loads(path.read_text("utf-8"))
    return stored if stored.get("fingerprint") == fingerprint(lang, tokenizer_file) else None


def write_prepared(lang: str, tokenizer_file: Path, data: dict) -> Path:
    """Store ``data`` (``hyphen_words``, ``phrases``) with its fingerprint, deterministically."""
    path = prepared_path(lang)
    payload = {"fingerprint": fingerprint(lang, tokenizer_file), **data}
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    read_prepared.cache_clear()
    return path
