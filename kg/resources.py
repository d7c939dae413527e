"""Locate the data files kg ships (ontology, lexicons, gazetteers, the trained model).

The ``ontology/`` folder sits at the repository root during development and is copied into the
wheel as ``kg/ontology``; both layouts resolve here, so no stage hard-codes a path.
``KG_ONTOLOGY`` may name another ontology folder (a copy with a relation added, see
``ontology/README.md``), read once per process: everything kg reads from ``ontology/`` then
comes from there.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from kg.errors import ModelError

__all__ = ["ontology_dir", "ontology_path", "model_dir"]

_PKG = Path(__file__).resolve().parent


@cache
def ontology_dir() -> Path:
    """Return the folder holding kg.ttl, lexicons and gazetteers (``KG_ONTOLOGY`` if set)."""
    chosen = os.environ.get("KG_ONTOLOGY")
    candidates = [Path(chosen)] if chosen else [_PKG / "ontology", _PKG.parent / "ontology"]
    for candidate in candidates:
        if (candidate / "lexicon").is_dir():
            return candidate
    where = f"KG_ONTOLOGY={chosen}" if chosen else "this installation"
    raise ModelError(f"kg's ontology/ data folder (with lexicon/) is missing from {where}")


def ontology_path(*parts: str) -> Path:
    """Path of a file under ``ontology/``, e.g. ``ontology_path("lexicon", "id.jsonl")``."""
    return ontology_dir().joinpath(*parts)


def model_dir(name: str) -> Path:
    """Folder of a pipeline shipped inside the package (``kg/nlp/models/NAME``)."""
    return _PKG / "nlp" / "models" / name
