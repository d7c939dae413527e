"""One exception tree for the whole library, so callers (and the CLI) catch by meaning.

Each error carries the exit code the CLI gives it (``exit_code``), so the code documented in
the README follows the kind of error and not the command that met it:

- 2: the user's input or output is unusable (an article, an output path): nothing was written.
- 1: anything else kg refuses on purpose (a store, a query, a model, a damaged store).
"""

from __future__ import annotations

__all__ = [
    "KgError",
    "KgWarning",
    "InputError",
    "ModelError",
    "QueryError",
    "StoreError",
    "OutputError",
]


class KgError(Exception):
    """Root of every error kg raises on purpose; the CLI prints these as one line."""

    exit_code = 1


class KgWarning(UserWarning):
    """Something kg left out and went on without (an invalid date in a record, say); the CLI
    prints it as one ``warning:`` line."""


class InputError(KgError):
    """An article could not be read: missing, empty, binary, not UTF-8, too large."""

    exit_code = 2


class ModelError(KgError):
    """A language pipeline could not be loaded."""


class QueryError(KgError):
    """A SPARQL query was malformed, refused or failed."""


class StoreError(KgError):
    """The persistent store could not be opened or written (e.g. locked)."""


class OutputError(KgError):
    """An output file could not be written, or its format is unknown; checked before any
    work, so nothing was written."""

    exit_code = 2
