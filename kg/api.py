"""The Python API: :class:`KnowledgeGraph` drives the pipeline stages and exposes the graph.

>>> import kg
>>> g = kg.KnowledgeGraph()                                    # doctest: +SKIP
>>> report = g.add_file("examples/seed-blinken-astana.txt")   # doctest: +SKIP
>>> g.query("SELECT ?a ?b WHERE { ?a kg:met ?b }")            # doctest: +SKIP
"""

from __future__ import annotations

import gc
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal as Lit

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import InputError, QueryError, StoreError
from kg.graph import document_iri, to_networkx
from kg.graph.export import (
    CSV_COLUMNS,
    check_jsonld_context,
    write_csv,
    write_gexf,
    write_graphml,
    write_jsonld,
)
from kg.graph.namespace import KGR, bind_namespaces
from kg.graph.remote import is_url
from kg.graph.store import (
    GraphStore,
    MemoryGraphStore,
    OxigraphGraphStore,
    load_store,
    open_store,
)
from kg.ingest import MAX_BYTES, Document, read_text
from kg.ingest.sources import Item, is_single, iter_items
from kg.output import Writer, check_output, write_all
from kg.parallel import Analysis, Failure, analyses, run_stages
from kg.query import run_query
from kg.query.explain import expand_iri, explain
from kg.schema import sparql_values

__all__ = [
    "KnowledgeGraph",
    "AddReport",
    "BatchReport",
    "Failure",
    "RDF_FORMATS",
    "OUTPUT_SUFFIXES",
    "CSV_COLUMNS",
    "result_to_dataframe",
]

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}
OUTPUT_SUFFIXES = (*RDF_FORMATS, ".graphml", ".gexf", ".csv", ".html")
_STORE_SCHEMES = ("http://", "https://")

Status = Lit["added", "unchanged", "replaced"]


@dataclass(frozen=True)
class AddReport:
    """What adding one document did.

    ``status`` is "added" (new document), "unchanged" (the same text was already in the
    graph: nothing changed) or "replaced" (a changed version of an already ingested source:
    the old version's graph, listed in ``replaced``, was dropped). ``added`` is the short
    form: true unless the status is "unchanged".
    """

    source: str | None
    document: str  # document IRI
    lang: str
    added: bool
    entities: int
    relations: int
    boilerplate_lines: int
    status: Status = "added"
    replaced: tuple[str, ...] = ()
    candidates: int = 0  # relations kept apart as candidates (``min_confidence``)


@dataclass
class BatchReport:
    """What :meth:`KnowledgeGraph.add_many` did: counts, failures (``source: reason`` lines)
    and speed. ``entities`` and ``relations`` sum the per-document counts of the documents
    analysed in this batch (an entity in two documents counts twice); the graph's own
    distinct counts are :meth:`KnowledgeGraph.stats`. ``unchanged`` includes the documents
    ``resume`` skipped before reading them fully (also counted in ``skipped``)."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    skipped: int = 0
    entities: int = 0
    relations: int = 0
    candidates: int = 0
    words: int = 0
    elapsed: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Every document the batch met, whatever happened to it."""
        return self.added + self.unchanged + self.replaced + self.failed

    @property
    def ok(self) -> bool:
        """True when no document failed (the CLI then exits 0, else 3)."""
        return self.failed == 0

    def record(self, result: AddReport | Failure, words: int = 0) -> None:
        """Count one document's outcome."""
        self.words += words
        if isinstance(result, Failure):
            self.failed += 1
            self.failures.append(str(result))
            return
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.entities += result.entities
        self.relations += result.relations
        self.candidates += result.candidates


Source = str | Path | Item | Document
OnResult = Callable[[AddReport | Failure, int], None]


class KnowledgeGraph:
    """A knowledge graph built from news articles.

    Parameters
    ----------
    store : str or Path, optional
        ``None`` (default) keeps the graph in memory; a folder path keeps it on disk in
        Oxigraph (through oxrdflib), created when missing. One process writes a store at a
        time; a second writer gets ``StoreError("...: store is locked by another process")``.
        An ``http(s)://`` URL (a ``str``) keeps it on a SPARQL 1.1 server shared by a team
        (Oxigraph server, Fuseki, GraphDB): see :mod:`kg.graph.remote`.
    read_only : bool
        Open an existing store without its write lock (queries while another process writes).
    query_endpoint, update_endpoint, gsp_endpoint : str, optional
        A server's endpoints, when they do not follow from ``store`` (:mod:`kg.graph.remote`).
    timeout : float, optional
        Seconds per request to a server (default 60).
    max_bytes : int
        Largest article accepted, in bytes of UTF-8 (default :data:`kg.ingest.MAX_BYTES`);
        a larger one is refused with ``InputError`` before any analysis. Raise it for
        longer texts: they are analysed in chunks, so time grows linearly.
    min_confidence : float, optional
        In [0, 1]. Below the graph's threshold (:data:`kg.extract.model.DEFAULT_MIN_CONFIDENCE`,
        0.7), the relations added from then on whose confidence is at least this are kept
        apart as candidate assertions, in a candidate graph per document
        (``kgr:doc/<hash16>/candidates``, reached with ``GRAPH ?g``), never in the union,
        ``rdf``, ``query`` (which reads the union), NetworkX or the HTML view; at or above
        the threshold, it raises the threshold instead (fewer relations, no candidates).
        ``None`` (default): the threshold, no candidates.

    Notes
    -----
    Each document becomes one named graph, identified by the hash of its text, so adding the
    same article twice changes nothing, and adding a changed version of a source replaces the
    old version. ``rdf`` is the union of all documents.
    """

    def __init__(
        self,
        store: str | Path | None = None,
        *,
        read_only: bool = False,
        query_endpoint: str | None = None,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        timeout: float | None = None,
        max_bytes: int = MAX_BYTES,
        min_confidence: float | None = None,
    ) -> None:
        _check_store_argument(store)
        self.max_bytes = _check_max_bytes(max_bytes)
        self.min_confidence = _check_min_confidence(min_confidence)
        server = {
            k: v
            for k, v in (
                ("query_endpoint", query_endpoint),
                ("update_endpoint", update_endpoint),
                ("gsp_endpoint", gsp_endpoint),
                ("timeout", timeout),
            )
            if v is not None
        }
        if server and not is_url(store):
            raise StoreError(f"{', '.join(server)}: only for a store given as an http(s) URL")
        self._init(open_store(store, read_only=read_only, **server), store, read_only)

    def _init(self, graph_store: GraphStore, store: str | Path | None, read_only: bool) -> None:
        self._store = graph_store
        self.dataset: Dataset = graph_store.dataset
        self.store = store
        self.read_only = read_only
        self._union: Graph | None = None
        self.max_bytes = getattr(self, "max_bytes", MAX_BYTES)
        self.min_confidence = getattr(self, "min_confidence", None)

    @classmethod
    def open(cls, path: str | Path) -> KnowledgeGraph:
        """Open a saved graph for reading: a store folder (read-only), an RDF file, or a
        SPARQL server's URL (read-only)."""
        if is_url(path):  # remote: Path() would collapse the URL's "//"
            return cls(store=str(path), read_only=True)
        _check_store_argument(path)
        g = cls.__new__(cls)
        p = Path(path)
        if p.suffix.lower() in (".jsonld", ".json") and p.is_file():
            check_jsonld_context(p)  # before rdflib, which would fetch a remote @context
        g._init(load_store(p), p if p.is_dir() else None, True)
        return g

    # -- adding ---------------------------------------------------------------------------
    def add_text(
        self, text: str, *, source: str | None = None, lang: str | None = None
    ) -> AddReport:
        """Extract entities and relations from ``text`` and add them to the graph."""
        return self.add_document(
            read_text(text, source=source, lang=lang, max_bytes=self.max_bytes)
        )

    def add_file(self, path: str | Path, *, lang: str | None = None) -> AddReport | BatchReport:
        """Read an article file and add it, as ``kg build`` reads it.

        A text or HTML file is one article: its ``AddReport``, or ``InputError`` if it cannot
        be read. A JSON Lines file or a folder holds many: they are added as by
        :meth:`add_many` (one document per record or file) and its ``BatchReport`` returned.
        """
        if not isinstance(path, str | Path):
            raise InputError(f"expected a path (str or Path), got {type(path).__name__}")
        if not Path(path).exists():
            raise InputError(f"{path}: no such file")
        if not is_single([path]):  # a folder or a JSON Lines file
            return self.add_many([path], lang=lang)
        item = next(iter_items([path], max_bytes=self.max_bytes))
        return self.add_document(item.document(lang))

    def add_document(self, document: Document) -> AddReport:
        """Add one document as its own named graph, in one transaction.

        Its identity is its content hash: a known hash changes nothing. A new hash for a
        source already in the graph replaces that source's graph (the article was edited).
        """
        self._check_writable()
        doc_iri = document_iri(document.content_hash)
        if self._store.documents(doc_iri=doc_iri):
            return self._report(document, doc_iri, "unchanged")
        return self._commit(
            document,
            run_stages(
                document, as_text=self._store_loads_text, min_confidence=self.min_confidence
            ),
        )

    def add_many(
        self,
        sources: Iterable[Source],
        *,
        lang: str | None = None,
        workers: int = 1,
        dask: str | None = None,
        resume: bool = False,
        on_result: OnResult | None = None,
    ) -> BatchReport:
        """Add a batch of articles, lazily, whole documents committed atomically (in groups on
        an Oxigraph store: :meth:`kg.graph.store.OxigraphGraphStore.batch`); never raises for one
        bad article: it is counted and listed in the report, and the batch goes on.

        Parameters
        ----------
        sources : iterable of str, Path, Item or Document
            Paths, directories (``*.txt *.html *.jsonl`` recursively), globs, JSON Lines
            files, ``"-"`` (stdin), or already read documents; see :mod:`kg.ingest.sources`.
            Consumed lazily: only the documents in flight are in memory.
        lang : str, optional
            Language of every article without its own (``lang`` in a JSON record wins).
        workers : int
            Processes running the pipeline (one loaded pipeline each); this process stays the
            only writer, so the graph equals a one-process build.
        dask : str, optional
            ``"local"`` (a LocalCluster of ``max(workers, 2)`` processes) or a scheduler address
            ``"tcp://HOST:PORT"``; needs the ``[dask]`` extra.
        resume : bool
            Skip an article whose text is already in the graph by hashing its text, before
            ingest and analysis (how a killed batch is resumed cheaply). Without it a known
            text is still left unchanged, after ingest.
        on_result : callable, optional
            Called as ``on_result(report_or_failure, words)`` after each document: progress.

        Returns
        -------
        BatchReport
        """
        self._check_writable()
        report = BatchReport()
        started = time.perf_counter()

        # Outcomes wait here, in input order, until their document is committed: the store
        # may gather documents into groups (GraphStore.batch), and a document reported as
        # added must survive a kill.
        outcomes: deque[tuple[AddReport | Failure, int]] = deque()

        def done(result: AddReport | Failure, words: int) -> None:
            outcomes.append((result, words))

        def settle(everything: bool = False) -> None:
            pending = set() if everything else {str(d) for d in self._store.pending()}
            while outcomes and _document_of(outcomes[0][0]) not in pending:
                result, words = outcomes.popleft()
                report.record(result, words)
                if on_result is not None:
                    on_result(result, words)

        todo = self._to_analyse(sources, lang, resume, report, done)
        langs = (lang,) if lang else ("id", "en")
        analysed = analyses(
            todo,
            workers=workers,
            dask=dask,
            langs=langs,
            as_text=self._store_loads_text,
            min_confidence=self.min_confidence,
        )
        with self._store.batch():
            for document, result in analysed:
                words = len(document.text.split())
                ok = not isinstance(result, Failure)
                done(self._commit(document, result) if ok else result, words)
                settle()
        settle(everything=True)
        report.elapsed = time.perf_counter() - started
        return report

    def _to_analyse(
        self,
        sources: Iterable[Source],
        lang: str | None,
        resume: bool,
        report: BatchReport,
        done: OnResult,
    ) -> Iterator[tuple[Document, Document]]:
        """Read each source; report failures and known texts at once, yield the rest."""
        for item in _items(sources, self.max_bytes):
            try:
                known = resume and isinstance(item, Item) and self._known(item.content_hash())
                if known:
                    report.skipped += 1
                    done(_skipped(item, known), 0)
                    continue
                document = item if isinstance(item, Document) else item.document(lang)
            except InputError as err:
                done(Failure(item.source or "?", str(err)), 0)
                continue
            doc_iri = document_iri(document.content_hash)
            if self._store.documents(doc_iri=doc_iri):
                done(self._report(document, doc_iri, "unchanged"), len(document.text.split()))
                continue
            yield document, document

    @property
    def _store_loads_text(self) -> bool:
        """Whether documents go to the store as N-Triples text, never as rdflib Graphs: true
        for Oxigraph and SPARQL servers, which parse text in their own code (issue 11);
        rdflib's memory store holds rdflib terms, so it is given the Graph."""
        return not isinstance(self._store, MemoryGraphStore)

    def _known(self, content_hash: str) -> str | None:
        """``content_hash`` if that text is already a document of the graph, else None."""
        doc_iri = document_iri(content_hash)
        return content_hash if self._store.documents(doc_iri=doc_iri) else None

    def _commit(self, document: Document, analysis: Analysis) -> AddReport:
        """Write one analysed document (the single writer): unchanged if its text arrived
        meanwhile, else added, or replacing the graphs of its source's older versions."""
        doc_iri = URIRef(analysis.doc_iri)
        if self._store.documents(doc_iri=doc_iri):
            return self._report(document, doc_iri, "unchanged")
        old = self._store.documents(source=document.source) if document.source else []
        candidates = analysis.candidate_triples()
        if candidates is None:
            self._store.write(doc_iri, analysis.triples(), replace=old)
        else:
            with self._store.batch():  # one group: the document and its candidates together
                self._store.write(doc_iri, analysis.triples(), replace=old)
                self._store.write_candidates(doc_iri, candidates)
        self._union = None
        return self._report(
            document,
            doc_iri,
            "replaced" if old else "added",
            entities=analysis.entities,
            relations=analysis.relations,
            replaced=tuple(str(o) for o in old),
            candidates=analysis.candidate_count,
        )

    def document_graph(self, doc_iri: str) -> Graph:
        """One document's named graph, copied into memory with kg's prefixes (for export)."""
        g = bind_namespaces(Graph(identifier=URIRef(doc_iri)))
        g += self.dataset.graph(URIRef(doc_iri))
        return g

    @staticmethod
    def _report(
        document: Document,
        doc_iri: URIRef,
        status: Status,
        *,
        entities: int = 0,
        relations: int = 0,
        replaced: tuple[str, ...] = (),
        candidates: int = 0,
    ) -> AddReport:
        return AddReport(
            source=document.source,
            document=str(doc_iri),
            lang=document.lang,
            added=status != "unchanged",
            entities=entities,
            relations=relations,
            boilerplate_lines=len(document.boilerplate),
            status=status,
            replaced=replaced,
            candidates=candidates,
        )

    def remove(self, source_or_doc_iri: str) -> int:
        """Drop the document(s) read from a source, or one document by IRI (``kgr:doc/…``).

        What only those documents supported disappears from the graph; what other documents
        also state stays. Returns the number of documents removed (0 if none matched).
        """
        self._check_writable()
        if not isinstance(source_or_doc_iri, str) or not source_or_doc_iri.strip():
            raise InputError(
                f"remove takes a source or a document IRI (a non-empty str), "
                f"got {source_or_doc_iri!r}"
            )
        iri = _as_doc_iri(source_or_doc_iri)
        if iri is not None:
            targets = self._store.documents(doc_iri=iri)
        else:
            targets = self._store.documents(source=source_or_doc_iri)
        removed = self._store.remove(targets)
        if removed:
            self._union = None
        return removed

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.store or 'graph'}: opened read-only; cannot change it")

    # -- reading --------------------------------------------------------------------------
    @property
    def rdf(self) -> Graph:
        """The whole graph (union of all documents) as an rdflib ``Graph``.

        Oxigraph store: a live, no-copy view of the union kept by the store (treat it as
        read-only). Memory: a deduplicated copy, cached until the next add or remove, so the
        first access after a change costs one pass over the documents.
        """
        if isinstance(self._store, OxigraphGraphStore):
            return self._store.union()
        if self._union is None:
            self._union = self._store.union()
        return self._union

    def __len__(self) -> int:
        """Number of distinct triples in the union."""
        return len(self.rdf)

    @property
    def document_count(self) -> int:
        """Number of documents in the graph."""
        return self._store.document_count()

    def documents(self) -> list[str]:
        """IRIs of the documents in the graph (each also names its graph), sorted."""
        return [str(d) for d in self._store.documents()]

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, relations as edges keyed by predicate, evidence as attributes."""
        return to_networkx(self.rdf)

    def query(self, sparql: str, **bindings: object) -> Result:
        """Run SPARQL over the whole graph; kg's prefixes (kg:, kgr:, rdfs:, ...) are declared.

        On an Oxigraph store the query runs inside Oxigraph on the maintained union, so rows
        are not repeated per document; Oxigraph normalises numbers (``xsd:nonNegativeInteger``
        comes back as ``xsd:integer``): compare them by value. On a SPARQL server it runs there,
        on the union kg maintains in the default graph (same rows as the local stores).
        """
        try:
            return run_query(self.rdf, sparql, bindings or None)
        except QueryError as err:
            if isinstance(err.__context__, StoreError):  # remote: the server, not the query
                raise err.__context__ from None
            # Oxigraph substitutes only projected variables; bind the others with a trailing
            # VALUES clause, which joins them into the pattern before projection.
            if not bindings or "projection" not in str(err):
                raise
            return run_query(self.rdf, sparql + _values_clause(bindings))

    def stats(self) -> dict[str, int]:
        """Counts for a summary line, computed by SPARQL (no NetworkX copy of a big store)."""
        row = next(iter(self.query(_stats_query())))
        return {
            "documents": self.document_count,
            "entities": int(row.entities),
            "relations": int(row.relations),
            "triples": len(self),
        }

    def explain(self, name_or_iri: str) -> list[dict[str, object]]:
        """Why an entity is what it is: every mention of it, with the reason it was linked.

        The entity is matched by IRI (full or ``kgr:``-prefixed), ``rdfs:label`` or
        ``skos:altLabel``, case-insensitively; a short name ("Lee") may match several
        entities. Each row: entity IRI, label, type, how the IRI was formed (gazetteer id or
        normalised name), document, source, surface text, begin, end, resolvedBy. The same
        queries answer ``kg explain --store`` without the facade (:mod:`kg.query.explain`).
        """

        def select(sparql: str) -> list[dict[str, str | None]]:
            result = self.query(sparql)
            names = [str(v) for v in result.vars]
            return [
                {n: None if row[i] is None else str(row[i]) for i, n in enumerate(names)}
                for row in result
            ]

        return explain(select, name_or_iri)

    # -- writing --------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the graph; the format follows the suffix (.ttl .nt .nq .trig .jsonld .graphml
        .gexf .csv .html). The file is written to a temporary name first, so a failure leaves
        no half file. .nq and .trig keep one named graph per document; the others hold the
        union."""
        return self.save_all([path])[0]

    def save_all(self, paths: Iterable[str | Path]) -> list[Path]:
        """Write the graph to several files, all or none: each is complete under a temporary
        name before any is renamed into place (see :mod:`kg.output`)."""
        targets = [check_output(p, OUTPUT_SUFFIXES) for p in paths]
        return write_all((p, self._writer(p.suffix.lower())) for p in targets)

    def _writer(self, suffix: str) -> Writer:
        if suffix == ".html":
            from kg.viz import render_html

            return lambda tmp: Path(tmp).write_text(
                render_html(self.to_networkx(), title="kg"), encoding="utf-8"
            )
        if suffix == ".graphml":
            return lambda tmp: write_graphml(self.to_networkx(), tmp)
        if suffix == ".gexf":
            return lambda tmp: write_gexf(self.to_networkx(), tmp)
        if suffix == ".csv":
            return lambda tmp: write_csv(self.to_networkx(), tmp)
        fmt = RDF_FORMATS[suffix]
        if suffix in (".nq", ".trig"):
            return lambda tmp: _write_binary(tmp, lambda f: self._store.dump(f, fmt))
        if suffix == ".jsonld":
            return lambda tmp: write_jsonld(self.rdf, tmp)
        fast = isinstance(self._store, OxigraphGraphStore)
        return lambda tmp: self.rdf.serialize(destination=tmp, format=f"ox-{fmt}" if fast else fmt)

    def to_html(self, path: str | Path, *, title: str | None = None) -> Path:
        """Write the interactive, self-contained HTML view (works offline)."""
        from kg.viz import write_html

        target = check_output(path, (".html", ".htm"))
        return write_html(self.to_networkx(), target, title=title)

    def __repr__(self) -> str:
        where = "memory" if self.store is None else str(self.store)
        try:
            counts = f"documents={self.document_count}, triples={len(self)}"
        except Exception:  # noqa: BLE001 - a repr must not raise (a closed or unreachable store)
            counts = "unavailable"
        mode = ", read-only" if self.read_only else ""
        return f"<KnowledgeGraph store={where}{mode} {counts}>"

    def _repr_html_(self) -> str:
        from kg.viz import notebook_html

        return notebook_html(self.to_networkx())

    def close(self) -> None:
        """Release the store (and its write lock); the object is unusable afterwards.

        pyoxigraph has no ``close``: the lock goes when the last reference to the store goes,
        and rdflib graphs sit in reference cycles, so a collection pass is forced here.
        """
        self._union = None
        on_disk = isinstance(self._store, OxigraphGraphStore)
        self._store.close()
        if on_disk:
            gc.collect()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_STATS = """
SELECT (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?edge) AS ?relations) WHERE {
  { ?e a ?cls ; rdfs:label [] .
    VALUES ?cls { CLASSES } }
  UNION
  { ?s ?p ?o . VALUES ?p { PREDICATES }
    BIND(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)) AS ?edge) }
}"""


@cache
def _stats_query() -> str:
    """``_STATS`` with the entity classes and relations of the schema (``kg.schema``)."""
    classes, predicates = sparql_values("classes"), sparql_values("relations")
    return _STATS.replace("CLASSES", classes).replace("PREDICATES", predicates)


def _document_of(result: AddReport | Failure) -> str | None:
    return result.document if isinstance(result, AddReport) else None


def _items(sources: Iterable[Source], max_bytes: int) -> Iterator[Item | Document]:
    """Documents and items pass through; paths, globs and ``-`` expand lazily."""
    if isinstance(sources, str | Path):  # one path, not an iterable of characters
        sources = [sources]
    for source in sources:
        if isinstance(source, Item | Document):
            yield source
        elif isinstance(source, str | Path):
            yield from iter_items([source], max_bytes=max_bytes)
        else:
            raise InputError(f"expected paths, items or documents, got {type(source).__name__}")


def _skipped(item: Item, content_hash: str) -> AddReport:
    """The report of a document ``resume`` skipped: known by its hash, not read further."""
    doc_iri = document_iri(content_hash)
    return AddReport(
        source=item.source,
        document=str(doc_iri),
        lang="",
        added=False,
        entities=0,
        relations=0,
        boilerplate_lines=0,
        status="unchanged",
    )


def _values_clause(bindings: dict[str, object]) -> str:
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(
        (v if isinstance(v, URIRef | Literal) else Literal(v)).n3() for v in bindings.values()
    )
    return f"\nVALUES ({names}) {{ ({terms}) }}"


def _as_doc_iri(text: str) -> URIRef | None:
    iri = expand_iri(text)
    return URIRef(iri) if iri is not None and iri.startswith(str(KGR["doc/"])) else None


def _write_binary(path: str, write: Callable[[object], None]) -> None:
    with open(path, "wb") as f:
        write(f)


def _check_store_argument(store: object) -> None:
    """Refuse a store URL kg cannot use (``ftp://``, ``file://``...), which would otherwise
    be taken for a folder name, and a store of the wrong type."""
    if store is None or isinstance(store, Path):
        return
    if not isinstance(store, str):
        raise StoreError(
            f"store must be a folder path or an http(s) URL, not {type(store).__name__}"
        )
    scheme, sep, _ = store.partition("://")
    if sep and not store.lower().startswith(_STORE_SCHEMES) and scheme.isalnum():
        raise StoreError(
            f"{store}: unsupported store URL scheme {scheme!r}; use a folder path or "
            "http(s)://HOST:PORT for a SPARQL server"
        )


def _check_min_confidence(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InputError(f"min_confidence must be a number in [0, 1], got {value!r}")
    return float(value)


def _check_max_bytes(max_bytes: object) -> int:
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        raise InputError(f"max_bytes must be a positive integer, got {max_bytes!r}")
    return max_bytes


def result_to_dataframe(result: Result):  # noqa: ANN201 - pandas is optional
    """A SELECT result as a ``pandas.DataFrame``: one column per variable, rdflib terms as
    Python values (``Literal.toPython()``; IRIs as ``str``), unbound as ``None``.

    pandas is not a dependency of kg: install it to use this (``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("result_to_dataframe needs pandas: pip install pandas") from None
    if result.type != "SELECT":
        raise QueryError(f"only a SELECT result is a table; this is a {result.type} result")
    columns = [str(v) for v in result.vars or []]
    rows = [[_python_value(term) for term in row] for row in result]
    return pd.DataFrame(rows, columns=columns)


def _python_value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)
