"""Bytes in, checked text out: the one place kg reads an article file and decodes it.

Why one module: the API, the CLI and ``--resume`` must agree on what an article's text is,
because its SHA-256 is the document's identity. Everything that turns a path or bytes into
text goes through :func:`read_limited`, :func:`decode` and :func:`clean_text`, and everything
that names a text by its hash goes through :func:`content_hash`.

Limits. An article is at most ``max_bytes`` of UTF-8 (:data:`MAX_BYTES` unless raised with
``kg build --max-bytes`` or ``KnowledgeGraph(max_bytes=...)``). Files are read with a bounded
``read``, never by trusting ``st_size``, so ``/dev/zero``, ``/proc`` files and files that grow
while read cannot exhaust memory; devices, FIFOs and sockets are refused before they are
opened (a FIFO would block ``open`` until a writer comes).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.ingest.limits import MAX_BYTES

__all__ = [
    "MAX_BYTES",
    "check_text",
    "clean_text",
    "content_hash",
    "decode",
    "open_regular",
    "read_limited",
    "too_large",
    "where",
]


_REFUSED_ROOTS = ("/proc", "/sys", "/dev")
# C0 controls but tab, LF and CR; DEL and the C1 controls; the non-characters U+FFFE/U+FFFF.
# None of them belongs in a news article, and the C0 ones are not XML 1.0 characters.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def where(source: str | None) -> str:
    """The ``"SOURCE: "`` prefix of a one-line error (empty without a source)."""
    return f"{source}: " if source else ""


def too_large(source: str | None, size: str, max_bytes: int) -> InputError:
    """The one "too large" error, naming the way to raise the limit."""
    return InputError(
        f"{where(source)}too large ({size}; the limit is {max_bytes:,} bytes, "
        "raise it with --max-bytes or KnowledgeGraph(max_bytes=...))"
    )


def read_limited(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing one larger than ``max_bytes`` after reading at
    most ``max_bytes + 1`` bytes (``st_size`` lies for ``/proc`` files and growing files)."""
    with open_regular(path) as stream:
        try:
            data = stream.read(max_bytes + 1)
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from None
    if len(data) > max_bytes:
        raise too_large(str(path), f"more than {max_bytes:,} bytes", max_bytes)
    return data


def open_regular(path: str | Path) -> BinaryIO:
    """Open a regular file for reading; refuse directories, devices, FIFOs, sockets and
    ``/proc``/``/sys``/``/dev`` paths without opening them (opening a FIFO blocks)."""
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{p}: is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode) or _under_system_root(p):
        raise InputError(f"{p}: not a regular file (device, FIFO, socket or /proc), not read")
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between stat and open
        os.close(fd)
        raise InputError(f"{p}: not a regular file, not read")
    return os.fdopen(fd, "rb")


def _under_system_root(path: Path) -> bool:
    resolved = str(path.resolve())
    return any(resolved == root or resolved.startswith(root + "/") for root in _REFUSED_ROOTS)


def decode(data: bytes, source: str | None, max_bytes: int = MAX_BYTES) -> str:
    """Decode an article: UTF-8 (a BOM is dropped), or UTF-16/32 when a BOM says so.

    A NUL anywhere in the text means a binary file (UTF-16 without a BOM ends up here too).
    """
    if len(data) > max_bytes:
        raise too_large(source, f"{len(data):,} bytes", max_bytes)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        bom = next(b for b, enc in _BOMS if enc == encoding)
        data = data[len(bom) :]
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{where(source)}is not {encoding or 'UTF-8'} (invalid byte at position {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{where(source)}looks binary (contains NUL bytes), not an article")
    return text


def check_text(text: object, source: str | None, max_bytes: int = MAX_BYTES) -> str:
    """Refuse what is not an article (not a str, empty, too large, lone surrogates, binary),
    then return it with stray controls blanked (:func:`clean_text`)."""
    if not isinstance(text, str):
        raise InputError(f"{where(source)}expected text (str), got {type(text).__name__}")
    if len(text) > max_bytes:  # cheap first: a character is at least one byte
        raise too_large(source, f"{len(text):,} characters", max_bytes)
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as err:
        raise InputError(
            f"{where(source)}contains a lone surrogate at position {err.start}, not valid text"
        ) from None
    if size > max_bytes:
        raise too_large(source, f"{size:,} bytes", max_bytes)
    if not text.strip():
        raise InputError(f"{where(source)}is empty")
    if "\x00" in text:
        raise InputError(f"{where(source)}looks binary (contains NUL bytes), not an article")
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise InputError(f"{where(source)}looks binary (control characters), not an article")
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(f"{where(source)}is empty")
    return cleaned


def clean_text(text: str) -> str:
    """``text`` with every control character but tab, LF and CR replaced by a space.

    Same length, so offsets into the cleaned text are offsets into the original; and no
    control character reaches a label, a sentence or an XML export (GraphML, GEXF).
    """
    return _CONTROLS.sub(" ", text)


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: a document's identity, the same in the API, the CLI and
    ``--resume``."""
    import hashlib  # here: OpenSSL's load (~6 ms) would slow every command that imports MAX_BYTES

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
