"""Fill the page template: ``{{ name }}`` placeholders, every value HTML-escaped unless it is
:class:`Verbatim`.

Why not Jinja2: the page is static text around eight values, and importing Jinja2 took longer
(~0.06 s) than everything else ``kg view STORE`` does after opening the store (issue 11). The
template holds no logic, so one pass over its placeholders renders it; a template that asks
for more (a ``{%`` block, a ``{#`` comment, a filter) is refused when it is read, not rendered
wrong. Escaping is markupsafe's (what Jinja's autoescape applied), so a title renders to the
same bytes as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

__all__ = ["Verbatim", "VerbatimBytes", "escape", "fill", "fill_bytes"]

#: A placeholder: a name between ``{{ `` and `` }}``, nothing else.
_PLACEHOLDER = re.compile(r"\{\{ ([a-z_]+) \}\}")
#: Template syntax this renderer does not have: refused, never copied into a page.
_UNSUPPORTED = re.compile(r"\{[{%#]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


class Verbatim(str):
    """Text already made safe for its place in the page (an inlined asset checked for its
    closing tag, JSON with ``<`` ``>`` ``&`` escaped): inserted as it is."""

    __slots__ = ()


class VerbatimBytes(bytes):
    """UTF-8 bytes already made safe for their place in the page (an inlined asset checked for
    its closing tag): :func:`fill_bytes` inserts them as they are, never decoded."""

    __slots__ = ()


def escape(value: object) -> str:
    """``value`` as HTML text: ``& < > " '`` become entities (as markupsafe writes them);
    :class:`Verbatim` and :class:`VerbatimBytes` as they are."""
    if isinstance(value, Verbatim):
        return value
    if isinstance(value, VerbatimBytes):
        return value.decode("utf-8")
    return str(value).translate(_ESCAPES)


@lru_cache(maxsize=4)
def _parts(path: Path) -> tuple[str, ...]:
    """The template split at its placeholders: text, name, text, name, ..., text."""
    parts = tuple(_PLACEHOLDER.split(path.read_text(encoding="utf-8")))
    for text in parts[::2]:
        if found := _UNSUPPORTED.search(text):
            raise ValueError(
                f"{path.name}: template syntax {text[found.start() : found.start() + 30]!r} "
                "is not supported (only '{{ name }}' placeholders)"
            )
    return parts


def fill(path: Path, values: Mapping[str, object]) -> str:
    """The template at ``path`` with each placeholder replaced by its escaped value; a
    placeholder without a value raises KeyError (a page never goes out with a hole)."""
    parts = _parts(path)
    out = list(parts)
    for i in range(1, len(parts), 2):
        out[i] = escape(values[parts[i]])
    return "".join(out)


@lru_cache(maxsize=4)
def _encoded_parts(path: Path) -> tuple[bytes, ...]:
    """:func:`_parts` with the text between placeholders as UTF-8."""
    parts = _parts(path)
    return tuple(part.encode("utf-8") if i % 2 == 0 else b"" for i, part in enumerate(parts))


def fill_bytes(path: Path, values: Mapping[str, object]) -> bytes:
    """:func:`fill` as UTF-8 bytes: a :class:`VerbatimBytes` value goes in as it is, any other
    is escaped (:class:`Verbatim` excepted) and encoded. Why: the page is mostly vis-network's
    470 kB, and keeping it as bytes from the file to the page spares decoding it and encoding it
    again (~3 ms of ``kg view``, issue 11); ``fill_bytes(p, v) == fill(p, v).encode()``."""
    parts, names = _encoded_parts(path), _parts(path)
    out = list(parts)
    for i in range(1, len(parts), 2):
        value = values[names[i]]
        out[i] = value if isinstance(value, VerbatimBytes) else escape(value).encode("utf-8")
    return b"".join(out)
