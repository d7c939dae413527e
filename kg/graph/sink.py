"""Where a document's triples go: one code path decides WHAT a document states
(:mod:`kg.graph.build`, :mod:`kg.graph.events`), a sink decides HOW it is held.

Two sinks: :class:`GraphSink` fills an rdflib Graph (what the API returns), and
:class:`NTriplesSink` writes N-Triples text straight away, for the stores. Why the second:
building an rdflib Graph per document and serialising it cost as much as Oxigraph's own loading
of the same quads (issue 11: 2.5 s against 3.3 s per 100k triples); formatting the text from
kg's own strings skips both the rdflib term objects and the serialiser.

The text is exactly what rdflib's N-Triples serializer writes for the same terms (IRIs as
``<...>``; literals with ``\\``, ``"``, line feed and carriage return escaped, other characters
as UTF-8; ``^^<datatype>``), one statement per line, each triple once, so a store holds the
same quads whichever path wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError

__all__ = [
    "GraphSink",
    "NTriples",
    "NTriplesSink",
    "TripleSink",
    "decimal_lexical",
    "datetime_lexical",
]


class TripleSink(Protocol):
    """What the document builder writes to: IRIs as ``str`` (rdflib's ``URIRef`` is one),
    literals as their lexical form and datatype."""

    def add(self, s: str, p: str, o: str) -> None:
        """A triple whose object is an IRI."""
        ...

    def literal(self, s: str, p: str, value: str, datatype: str | None = None) -> None:
        """A triple whose object is a literal: ``value`` is its lexical form; no datatype
        means a plain string (xsd:string)."""
        ...


@dataclass(frozen=True, slots=True)
class NTriples:
    """One document's triples as N-Triples text: one statement a line, each ending ``" .\\n"``
    (a line feed appears nowhere else: literals escape theirs).

    Why a wrapper and not a bare ``str``: a store's ``write`` takes this or any iterable of
    rdflib triples, and a ``str`` is iterable too.
    """

    text: str

    def __len__(self) -> int:
        return self.text.count("\n")


class GraphSink:
    """Adds to an rdflib Graph, as rdflib terms."""

    __slots__ = ("graph",)

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def add(self, s: str, p: str, o: str) -> None:
        self.graph.add((_ref(s), _ref(p), _ref(o)))

    def literal(self, s: str, p: str, value: str, datatype: str | None = None) -> None:
        obj = Literal(value) if datatype is None else Literal(value, datatype=_ref(datatype))
        self.graph.add((_ref(s), _ref(p), obj))


def _ref(iri: str) -> URIRef:
    return iri if isinstance(iri, URIRef) else URIRef(iri)


_ESCAPED = re.compile(r'[\\"\n\r]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class NTriplesSink:
    """Formats each triple as an N-Triples line as it arrives; :meth:`ntriples` gives the
    document's text. An IRI is checked and formatted once per sink (a document names its own
    IRI, its entities and the predicates hundreds of times)."""

    __slots__ = ("_iris", "_lines")

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._iris: dict[str, str] = {}

    def _iri(self, iri: str) -> str:
        done = self._iris.get(iri)
        if done is None:
            if _NOT_IN_IRI.search(iri):
                raise StoreError(f"cannot store the IRI {iri!r}: it holds a character IRIs may not")
            done = self._iris[iri] = f"<{iri}>"
        return done

    def add(self, s: str, p: str, o: str) -> None:
        iri = self._iri
        self._lines.append(f"{iri(s)} {iri(p)} {iri(o)} .\n")

    def literal(self, s: str, p: str, value: str, datatype: str | None = None) -> None:
        iri = self._iri
        if _ESCAPED.search(value):
            value = _ESCAPED.sub(lambda m: _ESCAPES[m[0]], value)
        if datatype is None:
            self._lines.append(f'{iri(s)} {iri(p)} "{value}" .\n')
        else:
            self._lines.append(f'{iri(s)} {iri(p)} "{value}"^^{iri(datatype)} .\n')

    def ntriples(self) -> NTriples:
        """The document's text, each triple once (as in a Graph), in the order first added."""
        return NTriples("".join(dict.fromkeys(self._lines)))


def decimal_lexical(value: float) -> str:
    """xsd:decimal lexical form of a float, as rdflib writes ``Literal(Decimal(str(value)))``
    (its own formatting, ``f"{d:f}"``): 0.8 -> "0.8", 1e-07 -> "0.0000001"."""
    return f"{Decimal(str(value)):f}"


def datetime_lexical(value: datetime) -> str:
    """xsd:dateTime lexical form, as rdflib writes ``Literal(value)``."""
    return value.isoformat()
