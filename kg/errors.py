"""One exception tree for the whole library, so callers (and the CLI) catch by meaning."""

from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "ModelError",
    "QueryError",
    "StoreError",
    "OutputError",
]


class KgError(Exception):
    """Root of every error kg raises on purpose; the CLI prints these as one line."""


class InputError(KgError):
    """An article could not be read: missing, empty, binary, not UTF-8, too large."""


class ModelError(KgError):
    """A language pipeline could not be loaded."""


class QueryError(KgError):
    """A SPARQL query was malformed, refused or failed."""


class StoreError(KgError):
    """The persistent store could not be opened or written (e.g. locked)."""


class OutputError(KgError):
    """An output file could not be written, or its format is unknown."""
