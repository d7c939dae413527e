"""The one gate every SPARQL query passes before any engine sees it (CLI, API, endpoint).

Why a parse and not a regular expression: the earlier lexical ``SERVICE`` checks could be
talked into reading code as a comment (``ex:a\\#b``) or a string (``"\\u0022"``), and a query
that hid ``SERVICE <http://...>`` that way made kg fetch any URL. Here the decision is taken
on rdflib's parse of the query: a query is refused if its algebra holds a
``ServiceGraphPattern`` anywhere (subqueries, OPTIONAL, UNION, MINUS, FILTER EXISTS), or if
rdflib cannot parse it at all.

Why engines are given :attr:`CheckedQuery.text` rather than the caller's string: SPARQL
says ``\\uXXXX`` escapes are expanded before parsing, and rdflib does so, but Oxigraph
expands them only inside strings and IRIs. On the same input the two parsers can therefore
disagree on where a string ends (``"\\u0022"`` is ``\"\"\"`` to one and ``"`` to the other).
The expanded text is what was checked, and it has the same tokens for both parsers.

Before parsing, two cheap bounds: the length of the query and how deeply its brackets nest
(Oxigraph overflows its stack on a few thousand nested ``{`` or ``(`` and kills the
process). The depth count is lexical: it skips strings and comments exactly as SPARQL
does, counts the opening brackets inside ``<...>`` spans (which might be a ``<`` operator
rather than an IRI) and never their closing ones, so a misreading can only overcount; the
parse that follows is a second bound (rdflib gives up on deep nesting with a RecursionError,
refused here too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, QueryError
from kg.graph.prefixes import PREFIX_IRIS

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_DEPTH",
    "CheckedQuery",
    "QueryLimitError",
    "check_query",
    "engine_text",
    "expand_unicode_escapes",
    "nesting_depth",
]

MAX_QUERY_CHARS = 100_000
"""Longest query accepted (characters); real queries are a few hundred."""
MAX_DEPTH = 64
"""Deepest bracket nesting accepted (``{``, ``(``, ``[`` together)."""

_OPEN, _CLOSE = "{([", "})]"
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


class QueryLimitError(QueryError, InputError):
    """A query refused for its size or nesting before any parser or engine reads it.

    Also an InputError, so the CLI exits 2 (bad input), as for an oversized article.
    """


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed :func:`check_query`.

    text (str): the query with ``\\u`` escapes expanded: give engines this, not the input.
    form (str): "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE".
    query (rdflib Query): the parsed algebra, for rdflib's own evaluator.
    """

    text: str
    form: str
    query: Query


def check_query(sparql: str, prefixes: Mapping[str, str] | None = None) -> CheckedQuery:
    """Refuse (``QueryError``) an empty, oversized, over-nested, malformed or federated query.

    ``prefixes`` are the predeclared prefixes (default: kg's, as every kg entry point
    declares them). Verdicts are cached by query text, so a repeated query costs one lookup.
    """
    if not isinstance(sparql, str) or not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryLimitError(
            f"query too long: {len(sparql):,} characters (limit {MAX_QUERY_CHARS:,})"
        )
    ns = tuple(sorted((prefixes if prefixes is not None else PREFIX_IRIS).items()))
    return _check(sparql, ns)


def engine_text(sparql: str) -> str:
    """The text to give an engine that parses SPARQL itself (Oxigraph), checked as
    :func:`check_query` checks it, without rdflib's parse where it cannot matter.

    Why this is as safe: a ``SERVICE`` clause needs the keyword, and a keyword is ASCII
    letters in any case, after the ``\\u`` escapes are expanded (what engines are given). So
    a text with no "service" in it, in any case, holds no ``SERVICE`` for any parser to find,
    whatever it takes for strings, IRIs or comments; only a text that has the word anywhere
    pays for rdflib's parse (half a second to import it, on ``kg query``'s fast path).
    Bounds (size, nesting) are checked the same; a malformed query is then reported by the
    engine (see :func:`kg.query.oxigraph.query_store`).
    """
    if not isinstance(sparql, str) or not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > MAX_QUERY_CHARS:
        return check_query(sparql).text  # the same refusal
    text = _bounded(sparql)
    if "service" in text.lower():
        return check_query(sparql).text
    return text


def _bounded(sparql: str) -> str:
    """The query with its ``\\u`` escapes expanded, refused if nested too deeply."""
    try:
        text = expand_unicode_escapes(sparql)
    except ValueError as err:
        raise QueryError(f"malformed query: {err}") from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise QueryLimitError(
            f"query nested too deeply: {depth} levels of brackets (limit {MAX_DEPTH})"
        )
    return text


_ESCAPE = re.compile(r"\\u([0-9a-f]{4}(?:[0-9a-f]{4})?)", flags=re.IGNORECASE)


def expand_unicode_escapes(text: str) -> str:
    """SPARQL 1.1 section 19.2: ``\\uXXXX`` and ``\\UXXXXXXXX`` replaced before parsing,
    exactly as rdflib's parser does (eight digits taken where there are eight;
    ``tests/query/test_guard.py`` checks the two agree), without importing rdflib."""

    def expand(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1), 16))
        except (ValueError, OverflowError):
            raise ValueError(f"Invalid unicode code point: {match.group(1)}") from None

    return _ESCAPE.sub(expand, text)


@lru_cache(maxsize=512)
def _check(sparql: str, prefixes: tuple[tuple[str, str], ...]) -> CheckedQuery:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import Query as _QUERY_GRAMMAR

    text = _bounded(sparql)
    try:
        parsed = _QUERY_GRAMMAR.parse_string(text, parse_all=True)
        query = translateQuery(parsed, initNs=dict(prefixes))
    except RecursionError:
        raise QueryLimitError("query nested too deeply for the SPARQL parser") from None
    except ParseBaseException as err:
        raise QueryError(
            f"malformed query: line {err.lineno}, column {err.col}: {_parser_message(err)}"
        ) from None
    except Exception as err:  # noqa: BLE001 - rdflib's translator raises bare Exceptions
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise QueryError(f"malformed query: {first}") from None
    if any(node.name == "ServiceGraphPattern" for node in _walk(query.algebra)):
        raise QueryError("SERVICE is not allowed: kg queries never reach the network")
    return CheckedQuery(text, _form(query.algebra.name), query)


def _parser_message(err: Any) -> str:
    """pyparsing's message without its own "(at char N), (line:L, col:C)" tail."""
    return re.sub(r"\s*\(at char \d+\).*$", "", err.msg if err.msg else str(err)).strip()


def _form(algebra_name: str) -> str:
    return {
        "SelectQuery": "SELECT",
        "AskQuery": "ASK",
        "ConstructQuery": "CONSTRUCT",
        "DescribeQuery": "DESCRIBE",
    }.get(algebra_name, "SELECT")


def _walk(node: object) -> Iterator[Any]:
    """Every CompValue in an algebra tree (dicts, lists and CompValues nest freely)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)


def nesting_depth(text: str) -> int:
    """Deepest bracket nesting outside strings and comments (see the module docstring).

    >>> nesting_depth('SELECT * { { ?s ?p "{{{{" } } # {{{{')
    2
    """
    depth = deepest = i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c == "\\":  # an escaped character of a local name (ex:a\#b): never a comment
            i += 1
        elif c == "#":
            i = _line_end(text, i)
        elif c in "\"'":
            i = _string_end(text, i)
        elif c == "<":
            iri = _IRI.match(text, i)
            if iri:
                opened = sum(iri.group().count(b) for b in _OPEN)
                depth += opened
                deepest = max(deepest, depth)
                i = iri.end() - 1
        i += 1
    return deepest


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _string_end(text: str, i: int) -> int:
    """Index of the last character of the string literal starting at ``i``."""
    quote = text[i]
    long_quote = quote * 3
    if text.startswith(long_quote, i):
        j = i + 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
                continue
            if text.startswith(long_quote, j):
                return j + 2
            j += 1
        return len(text)
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote or text[j] == "\n":
            return j
        j += 1
    return len(text)
