"""Locate the data files kg ships (ontology, lexicons, gazetteers, the trained model).

The ``ontology/`` folder sits at the repository root during development and is copied into the
wheel as ``kg/ontology``; both layouts resolve here, so no stage hard-codes a path.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["ontology_dir", "ontology_path", "model_dir"]

_PKG = Path(__file__).resolve().parent


@cache
def ontology_dir() -> Path:
    """Return the folder holding kg.ttl, lexicons and gazetteers."""
    for candidate in (_PKG / "ontology", _PKG.parent / "ontology"):
        if (candidate / "lexicon").is_dir():
            return candidate
    raise FileNotFoundError("kg's ontology/ data folder is missing from this installation")


def ontology_path(*parts: str) -> Path:
    """Path of a file under ``ontology/``, e.g. ``ontology_path("lexicon", "id.jsonl")``."""
    return ontology_dir().joinpath(*parts)


def model_dir(name: str) -> Path:
    """Folder of a pipeline shipped inside the package (``kg/nlp/models/NAME``)."""
    return _PKG / "nlp" / "models" / name
