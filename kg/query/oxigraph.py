"""SPARQL straight on an Oxigraph store folder, without the facade and without rdflib: the fast
path of ``kg query``.

Why: a store query through the facade imports spaCy's stages, oxrdflib and networkx before
Oxigraph, which runs the query either way, sees it; rdflib alone takes about half a second to
import. Here the query passes the guard's :func:`kg.query.guard.engine_text` (rdflib's parse
only for a text that mentions "service"), goes to a read-only pyoxigraph store with kg's
prefixes, and its rows are formatted by :func:`kg.query.results.format_result` exactly as the
rdflib path formats its own (cells carry their JSON value). SELECT and ASK only: a CONSTRUCT
or DESCRIBE result is serialised by rdflib, so :func:`query_store` answers None and the caller
takes the rdflib path; so does a store written by an old kg, whose default graph holds no union
yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.prefixes import PREFIX_IRIS
from kg.graph.readonly import open_union
from kg.query.guard import check_query, engine_text
from kg.query.results import literal_json, query_failed

__all__ = ["StoreResult", "open_union", "query_store", "run_on", "select_rows"]


@dataclass
class StoreResult:
    """A SELECT or ASK answer shaped as far as :func:`kg.query.format_result` reads an rdflib
    ``Result``: ``type``, ``askAnswer``, ``vars`` and rows of cells (lexical forms)."""

    type: str
    askAnswer: bool | None = None  # noqa: N815 - rdflib's name
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[object, ...]] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        return iter(self.rows)


def query_store(path: str | Path, sparql: str) -> StoreResult | None:
    """Run ``sparql`` on the union kept in the store's default graph; None when only the rdflib
    path can answer (see the module docstring)."""
    text = engine_text(sparql)  # the one guard, before the store is opened
    store = open_union(path)
    return None if store is None else run_on(store, sparql, text)


def run_on(store: ox.Store, sparql: str, text: str | None = None) -> StoreResult | None:
    """A SELECT or ASK on an open store (None for CONSTRUCT and DESCRIBE); ``text`` is the
    guard's :func:`~kg.query.guard.engine_text` of ``sparql`` if the caller has it."""
    text = engine_text(sparql) if text is None else text
    try:
        answer = store.query(text, prefixes=dict(PREFIX_IRIS))
        if isinstance(answer, ox.QueryBoolean):
            return StoreResult("ASK", askAnswer=bool(answer))
        if not isinstance(answer, ox.QuerySolutions):
            return None  # CONSTRUCT / DESCRIBE
        names = [v.value for v in answer.variables]
        rows = [tuple(_cell(solution[name]) for name in names) for solution in answer]
    except SyntaxError as err:
        check_query(sparql)  # rdflib's parser words the error as on every other path
        raise query_failed(err) from None
    except (OSError, ValueError, RuntimeError) as err:
        raise query_failed(err) from None
    return StoreResult("SELECT", vars=names, rows=rows)


def select_rows(store: ox.Store, sparql: str) -> list[dict[str, str | None]]:
    """A SELECT's rows as lexical forms (None: unbound), after the guard; errors one line."""
    result = run_on(store, sparql)
    if result is None or result.type != "SELECT":
        raise QueryError("expected a SELECT query")
    return [dict(zip(result.vars, (_text(c) for c in row), strict=True)) for row in result]


def _text(cell: object) -> str | None:
    return None if cell is None else str(cell)


class Cell(str):
    """A result cell: its text as rdflib prints the term, and its value in JSON rows."""

    json_value: object

    def __new__(cls, text: str, json_value: object = None) -> Cell:
        cell = super().__new__(cls, text)
        cell.json_value = text if json_value is None else json_value
        return cell


_XSD = PREFIX_IRIS["xsd"]
_INTEGERS = {
    f"{_XSD}{name}"
    for name in (
        "integer nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger "
        "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}


def _cell(term: object) -> Cell | None:
    """A pyoxigraph term as the cell the rdflib path gives (same text, same JSON value)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return Cell(term.value, literal_json(_python(term), term.value))
    return Cell(term.value if isinstance(term, ox.NamedNode | ox.BlankNode) else str(term))


def _python(literal: ox.Literal) -> object:
    """The Python value rdflib's ``Literal.toPython`` gives for the types JSON keeps."""
    datatype, text = literal.datatype.value, literal.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == f"{_XSD}decimal":
            return Decimal(text)
        if datatype in (f"{_XSD}double", f"{_XSD}float"):
            return float(text)
    except (ValueError, InvalidOperation):
        return text
    if datatype == f"{_XSD}boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(text, text)
    return text
