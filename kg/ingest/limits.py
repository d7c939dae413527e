"""The size limit of an article, apart from the code that reads articles.

Why a module of its own: the command line shows :data:`MAX_BYTES` in ``kg build --help`` and
so imports it for every command, ``kg view`` and ``kg query`` included, which read no article;
:mod:`kg.ingest.reading` compiles its patterns at import (~1 ms), this module holds a number.
"""

from __future__ import annotations

__all__ = ["MAX_BYTES"]

MAX_BYTES = 900_000
"""Largest article accepted by default, in bytes of UTF-8 (about 130,000 words: far beyond
any news story). Below spaCy's ``nlp.max_length`` (1,000,000 characters; a text never has more
characters than UTF-8 bytes), so spaCy's own limit is never what stops an article."""
