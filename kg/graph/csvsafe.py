"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Every CSV that kg writes (the edge export, ``kg query --format csv``, the endpoint's
``text/csv``) passes its cells through :func:`safe_cell`. OWASP's guidance on CSV injection:
a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe, which those
programs show as nothing and treat as "text". Numbers stay numbers ("-3.5" is left alone).
"""

from __future__ import annotations

import re

__all__ = ["safe_cell"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: object) -> str:
    """``value`` as CSV cell text that cannot start a formula.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell("-3.5"), safe_cell("Jakarta"), safe_cell(None)
    ('-3.5', 'Jakarta', '')
    """
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
