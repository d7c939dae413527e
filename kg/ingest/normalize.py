"""Typography normalisation that never changes the length of the text.

Scraped pages carry NBSPs, curly quotes, zero-width spaces and dashes of every width. The NLP
stage should see plain forms, but evidence offsets must still point into the original article,
so each character maps to exactly one character.
"""

from __future__ import annotations

__all__ = ["normalize_typography"]

_ONE_FOR_ONE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # BOM / zero-width no-break space
        "\r": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2032": "'",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2012": "-",
        "\u2212": "-",
    }
)


def normalize_typography(text: str) -> str:
    """Return ``text`` with spaces, quotes and dashes in plain ASCII forms, same length."""
    out = text.translate(_ONE_FOR_ONE)
    assert len(out) == len(text)
    return out
