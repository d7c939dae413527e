"""The Python API: :class:`KnowledgeGraph` drives the pipeline stages and exposes the graph.

>>> import kg
>>> g = kg.KnowledgeGraph()                                    # doctest: +SKIP
>>> report = g.add_file("examples/seed-blinken-astana.txt")   # doctest: +SKIP
>>> g.query("SELECT ?a ?b WHERE { ?a kg:met ?b }")            # doctest: +SKIP
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import OutputError
from kg.extract import extract
from kg.graph import document_graph, document_iri, open_dataset, to_networkx, union_graph
from kg.ingest import Document, read_file, read_text
from kg.nlp import analyze, pipeline_info
from kg.query import run_query
from kg.resolve import resolve

__all__ = ["KnowledgeGraph", "AddReport", "RDF_FORMATS", "OUTPUT_SUFFIXES"]

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}
OUTPUT_SUFFIXES = (*RDF_FORMATS, ".graphml", ".html")


@dataclass(frozen=True)
class AddReport:
    """What adding one document did."""

    source: str | None
    document: str  # document IRI
    lang: str
    added: bool  # False when the same text was already in the graph
    entities: int
    relations: int
    boilerplate_lines: int


class KnowledgeGraph:
    """A knowledge graph built from news articles.

    Parameters
    ----------
    store : str or Path, optional
        ``None`` (default) keeps the graph in memory; a folder path keeps it on disk in
        Oxigraph (through oxrdflib), created when missing.

    Notes
    -----
    Each document becomes one named graph, identified by the hash of its text, so adding the
    same article twice changes nothing. ``rdf`` is the union of all documents.
    """

    def __init__(self, store: str | Path | None = None) -> None:
        self.dataset: Dataset = open_dataset(store)
        self.store = store

    # -- adding ---------------------------------------------------------------------------
    def add_text(
        self, text: str, *, source: str | None = None, lang: str | None = None
    ) -> AddReport:
        """Extract entities and relations from ``text`` and add them to the graph."""
        return self.add_document(read_text(text, source=source, lang=lang))

    def add_file(self, path: str | Path, *, lang: str | None = None) -> AddReport:
        """Read a UTF-8 article file and add it."""
        return self.add_document(read_file(path, lang=lang))

    def add_document(self, document: Document) -> AddReport:
        doc_iri = document_iri(document.content_hash)
        existing = self.dataset.graph(doc_iri)
        if len(existing):
            return AddReport(
                document.source, str(doc_iri), document.lang, False, 0, 0, len(document.boilerplate)
            )
        spacy_doc = analyze(document)
        extraction = extract(spacy_doc, document.lang)
        resolved = resolve(extraction)
        _, graph = document_graph(
            document, extraction, resolved, pipeline=pipeline_info(document.lang)
        )
        target = self.dataset.graph(doc_iri)
        target.addN((s, p, o, target) for s, p, o in graph)
        return AddReport(
            source=document.source,
            document=str(doc_iri),
            lang=document.lang,
            added=True,
            entities=len(resolved.entities),
            relations=len(resolved.relations),
            boilerplate_lines=len(document.boilerplate),
        )

    # -- reading --------------------------------------------------------------------------
    @property
    def rdf(self) -> Graph:
        """The whole graph (union of all documents) as an rdflib ``Graph``."""
        return union_graph(self.dataset)

    def __len__(self) -> int:
        return len(self.rdf)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, relations as edges keyed by predicate, evidence as attributes."""
        return to_networkx(self.rdf)

    def query(self, sparql: str, **bindings: object) -> Result:
        """Run SPARQL over the whole graph; kg's prefixes (kg:, kgr:, rdfs:, ...) are declared."""
        return run_query(self.rdf, sparql, bindings or None)

    # -- writing --------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the graph; the format follows the suffix (.ttl .nt .nq .trig .jsonld .graphml
        .html). The file is written to a temporary name first, so a failure leaves no half file."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".html":
            return self.to_html(path)
        if suffix not in OUTPUT_SUFFIXES:
            raise OutputError(
                f"{path}: unknown output format {suffix or '(none)'}; "
                f"use one of {', '.join(OUTPUT_SUFFIXES)}"
            )
        if suffix == ".graphml":
            return _atomic_write(path, lambda tmp: nx.write_graphml(_flat(self.to_networkx()), tmp))
        fmt = RDF_FORMATS[suffix]
        source = self.dataset if suffix in (".nq", ".trig") else self.rdf
        return _atomic_write(path, lambda tmp: source.serialize(destination=tmp, format=fmt))

    def to_html(self, path: str | Path, *, title: str = "kg") -> Path:
        """Write the interactive, self-contained HTML view (works offline)."""
        from kg.viz import write_html

        return write_html(self.to_networkx(), Path(path), title=title)

    def _repr_html_(self) -> str:
        from kg.viz import notebook_html

        return notebook_html(self.to_networkx())

    def close(self) -> None:
        self.dataset.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML (and Gephi) take scalars only: lists and dicts become text."""
    out = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        out.add_node(n, **{k: _scalar(v) for k, v in attrs.items()})
    for s, o, k, attrs in g.edges(keys=True, data=True):
        flat = {k2: _scalar(v) for k2, v in attrs.items() if k2 != "evidence"}
        ev = attrs.get("evidence", [])
        flat["evidence"] = " | ".join(e["sentence"] for e in ev)
        flat["sources"] = " | ".join(sorted({e["source"] for e in ev}))
        out.add_edge(s, o, key=k, **flat)
    return out


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set):
        return " | ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    return value


def _atomic_write(path: Path, write) -> Path:  # noqa: ANN001
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"{path}: cannot write ({err.strerror or err})") from None
        raise
    return path
