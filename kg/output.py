"""Output files: checked before any work, written whole or not at all, with the usual mode.

Why a module of its own: the CLI, the API and the HTML view all write files, and the same
three promises must hold for each of them:

- An output that cannot be written (unknown suffix, a folder where a file should be, a file
  where a folder should be, a folder without write permission) is refused by
  :func:`check_output` before an article is read, as one :class:`~kg.errors.OutputError`.
- A file is written to a temporary name beside it and renamed, so a reader never sees half a
  file; :func:`write_all` renames a set of files only once all of them are complete, and
  removes its temporary files on any error, Ctrl-C or SIGTERM (which the CLI turns into an
  exception), so an interrupted run leaves all of its outputs or none.
- A new file gets the mode the umask gives (``0644`` usually), like any file a program
  creates: ``tempfile.mkstemp`` would leave ``0600``, and an HTML page to publish would be
  unreadable to the web server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kg.errors import OutputError

__all__ = ["atomic_write", "check_folder", "check_output", "write_all"]

Writer = Callable[[str], None]
"""Writes a whole output to the path it is given (a temporary name)."""


def check_output(path: str | Path, suffixes: Sequence[str]) -> Path:
    """``path`` if a file with one of ``suffixes`` can be written there, else OutputError."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in suffixes:
        raise OutputError(
            f"{p}: unknown output format {suffix or '(no suffix)'}; use one of "
            f"{', '.join(suffixes)}"
        )
    if p.is_dir():
        raise OutputError(f"{p}: is a folder, not a file name")
    if p.exists() and not os.access(p, os.W_OK):
        raise OutputError(f"{p}: not writable (permission denied)")
    _check_creatable(p.parent, p)
    return p


def check_folder(path: str | Path) -> Path:
    """``path`` if it is (or can be created as) a writable folder, else OutputError."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise OutputError(f"{p}: is a file, not a folder")
    if p.is_dir():
        if not os.access(p, os.W_OK | os.X_OK):
            raise OutputError(f"{p}: folder not writable (permission denied)")
        return p
    _check_creatable(p.parent, p)
    return p


def _check_creatable(folder: Path, target: Path) -> None:
    """The nearest existing ancestor of ``folder`` must be a writable folder."""
    current = folder if str(folder) else Path(".")
    while not current.exists():
        if current.is_symlink():
            raise OutputError(f"{target}: {current} is a broken link")
        current = current.parent
    if not current.is_dir():
        raise OutputError(f"{target}: {current} is a file, not a folder")
    if not os.access(current, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: folder {current} not writable (permission denied)")


def atomic_write(path: str | Path, write: Writer) -> Path:
    """Write one file whole (see :func:`write_all`)."""
    return write_all([(Path(path), write)])[0]


def write_all(outputs: Iterable[tuple[Path, Writer]]) -> list[Path]:
    """Write every ``(path, writer)`` to a temporary name, then rename them all.

    Any exception (an ``OSError`` becomes :class:`~kg.errors.OutputError`), including
    ``KeyboardInterrupt``, removes the temporary files and leaves the targets as they were.
    """
    done: list[tuple[str, Path]] = []
    path = Path()
    try:
        for path, write in outputs:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = _new_temp(path)
            done.append((tmp, path))
            write(tmp)
        for tmp, path in done:
            os.replace(tmp, path)
    except BaseException as err:
        for tmp, _ in done:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"{path}: cannot write ({err.strerror or err})") from None
        raise
    return [path for _, path in done]


def _new_temp(path: Path) -> str:
    """An empty new file beside ``path``, created with mode 0666 less the umask."""
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return str(tmp)
    raise OutputError(f"{path}: cannot create a temporary file beside it")
