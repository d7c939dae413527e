"""Analysis of many documents: in this process, in a pool of worker processes, or on Dask.

The expensive part of adding an article is the spaCy pipeline and what follows it (ingest ->
nlp -> extract -> resolve -> the document's rdflib graph); writing the graph to the store is
cheap. So only the analysis fans out, and the store keeps ONE writer (the caller), which
commits each document in its own transaction, in input order: the result is the same graph a
single process builds, and a crash never leaves half a document.

Why this module sits beside ``kg/api.py`` and not in a stage package: it drives every stage,
so a stage importing it would import a later stage. It imports no Dask unless asked.

Workers hold one loaded pipeline per language (loaded once by the pool's initializer, or once
per Dask worker process through :func:`kg.nlp.load_pipeline`'s per-process cache) and send back
each document's graph as N-Triples text (built without an rdflib Graph,
:func:`kg.graph.build.document_ntriples`), which is cheaper to move between processes than
pickled rdflib terms and is what the Oxigraph and remote stores load. At most ``window``
tasks (a few documents each) are in flight, so memory stays flat whatever the size of the
batch.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from rdflib import Graph

from kg.errors import KgError, ModelError
from kg.graph.sink import NTriples
from kg.ingest import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "Analysis",
    "Failure",
    "analyze_document",
    "analyze_documents",
    "analyses",
    "run_stages",
    "DASK_LOCAL",
]

DASK_LOCAL = "local"
K = TypeVar("K")


@dataclass(frozen=True)
class Analysis:
    """One document analysed: its IRI, its graph (in process) or N-Triples (from a worker),
    and likewise its candidate graph when candidates were asked for and found."""

    doc_iri: str
    entities: int
    relations: int
    graph: Graph | None = None
    ntriples: str | None = None
    candidates: Graph | None = None
    candidate_ntriples: str | None = None
    candidate_count: int = 0  # relations kept apart (several pieces of evidence each)

    def triples(self) -> Graph | NTriples:
        """What :meth:`kg.graph.store.GraphStore.write` takes: the graph, or the text."""
        return self.graph if self.graph is not None else NTriples(self.ntriples or "")

    def candidate_triples(self) -> Graph | NTriples | None:
        """The candidate graph (``kg.graph.build.emit_candidates``) in the same two forms as
        :meth:`triples`, or None when none were asked for or found."""
        if self.candidates is not None or self.candidate_ntriples is None:
            return self.candidates
        return NTriples(self.candidate_ntriples)


@dataclass(frozen=True)
class Failure:
    """Why one document could not be analysed: ``source: reason`` in one line."""

    source: str
    reason: str

    def __str__(self) -> str:
        return (
            self.reason
            if self.reason.startswith(f"{self.source}:")
            else (f"{self.source}: {self.reason}")
        )


def run_stages(
    document: Document,
    *,
    as_text: bool = False,
    min_confidence: float | None = None,
    doc: Doc | Exception | None = None,
) -> Analysis:
    """Run every stage after ingest on one document (nlp, extract, resolve, graph).

    ``as_text`` gives the graphs as N-Triples text, built without an rdflib Graph: for
    another process, or for a store that loads text (Oxigraph, a SPARQL server).
    ``min_confidence``: see :func:`kg.resolve.gate_and_floor` (None: the default gate).
    ``doc``: the document as the pipeline already analysed it (or the error that analysis
    raised), by :func:`analyze_documents` inside the memory zone it holds; None: analysed
    here, in a zone of its own.
    Errors propagate: :meth:`kg.KnowledgeGraph.add_document` wants them raised.
    """
    from kg.nlp import analyze, load_pipeline

    if isinstance(doc, Exception):
        raise doc
    if doc is not None:
        return _after_nlp(document, doc, as_text, min_confidence)
    with _memory_zone(load_pipeline(document.lang)):
        return _after_nlp(document, analyze(document), as_text, min_confidence)


def _after_nlp(
    document: Document, doc: Doc, as_text: bool, min_confidence: float | None
) -> Analysis:
    """The stages after nlp (extract, resolve, graph), inside the caller's memory zone."""
    from kg.extract import extract
    from kg.graph.build import (
        candidate_graph,
        candidate_ntriples,
        document_graph,
        document_ntriples,
    )
    from kg.nlp import pipeline_info
    from kg.resolve import gate_and_floor, resolve

    gate, floor = gate_and_floor(min_confidence)
    graph: Graph | None = None
    text: str | None = None
    candidates: Graph | None = None
    candidate_text: str | None = None
    extraction = extract(doc, document.lang, document.metadata, learned_floor=floor)
    resolved = resolve(extraction, min_confidence=gate, candidate_floor=floor)
    built = (document, extraction, resolved)
    pipeline = pipeline_info(document.lang)
    if as_text:
        doc_iri, nt = document_ntriples(*built, pipeline=pipeline)
        text = nt.text
        kept_apart = candidate_ntriples(document, resolved)
        candidate_text = kept_apart.text if kept_apart is not None else None
    else:
        doc_iri, graph = document_graph(*built, pipeline=pipeline)
        candidates = candidate_graph(document, resolved)
    return Analysis(
        doc_iri=str(doc_iri),
        entities=len(resolved.entities),
        relations=len(resolved.relations),
        graph=graph,
        ntriples=text,
        candidates=candidates,
        candidate_ntriples=candidate_text,
        candidate_count=len(resolved.candidates),
    )


_SEEN_VOCABS: set[int] = set()
"""``id`` of each pipeline vocabulary a document went through whole (the key the extract
stage caches its matchers by)."""


@contextmanager
def _memory_zone(nlp: Any) -> Iterator[object]:
    """spaCy's memory zone around one document (or one batch: :func:`analyze_documents`),
    except the first of each loaded pipeline.

    Why: everything spaCy allocates inside a zone (new strings, lexemes, the Doc) is freed
    when it ends; a long-lived pipeline otherwise keeps every new word of every article in its
    vocabulary (a 2,000-article batch took 1.7x the memory of a 500-article one). Nothing
    built from the Doc outlives the zone but plain Python data: the extraction, resolution
    and rdflib graph hold strings, not spaCy objects. Why not the first document: the
    extract stage builds its matchers from the vocabulary on first use, and their rule names
    must outlive the zone; built outside one, they stay (the first document that went through
    whole, so a failed first one leaves the next outside the zone too; a reloaded pipeline
    has a new vocabulary, so its first document is again outside).
    """
    if id(nlp.vocab) in _SEEN_VOCABS:
        with nlp.memory_zone() as zone:
            yield zone
        return
    yield None
    _SEEN_VOCABS.add(id(nlp.vocab))  # only once a document went through: caches are built


def analyze_document(
    document: Document,
    *,
    as_text: bool = False,
    min_confidence: float | None = None,
    doc: Doc | Exception | None = None,
) -> Analysis | Failure:
    """:func:`run_stages`, with any error turned into a :class:`Failure`.

    Why catch everything: in a batch, one hostile article that crashes a rule must cost that
    article, not the batch. A :class:`~kg.errors.ModelError` (no pipeline for the language)
    is raised instead: it is no fault of the article, and would fail every later one.
    ``KG_DEBUG=1`` appends where the error was raised, for bug reports.
    """
    source = document.source or document.content_hash[:12]
    try:
        return run_stages(document, as_text=as_text, min_confidence=min_confidence, doc=doc)
    except ModelError:  # the installation, not this article: every later one would fail too
        raise
    except KgError as err:
        return Failure(source, str(err))
    except Exception as err:  # noqa: BLE001 - see the docstring
        where = traceback.extract_tb(err.__traceback__)[-1] if os.environ.get("KG_DEBUG") else None
        at = f" at {where.filename}:{where.lineno}" if where else ""
        return Failure(source, f"internal error in extraction ({type(err).__name__}: {err}){at}")


def analyze_documents(
    documents: Sequence[Document], *, as_text: bool = False, min_confidence: float | None = None
) -> list[Analysis | Failure]:
    """:func:`analyze_document` for each document, in order, with the pipeline run over them
    together (:func:`kg.nlp.analyze_batch`: faster per word, the same output), all inside one
    memory zone per pipeline. A bad article still costs only itself."""
    from kg.nlp import analyze_batch, load_pipeline

    pipelines = {d.lang: load_pipeline(d.lang) for d in documents}  # a ModelError stops all
    with ExitStack() as zones:
        for nlp in pipelines.values():
            zones.enter_context(_memory_zone(nlp))
        docs = analyze_batch(documents)
        return [
            analyze_document(d, as_text=as_text, min_confidence=min_confidence, doc=doc)
            for d, doc in zip(documents, docs, strict=True)
        ]


def _analyze_partition(
    documents: list[Document], min_confidence: float | None = None
) -> list[Analysis | Failure]:
    """A Dask or pool task: a partition of documents, analysed together by this worker's
    cached pipelines (:func:`analyze_documents`)."""
    return analyze_documents(documents, as_text=True, min_confidence=min_confidence)


def _warm(langs: tuple[str, ...]) -> None:
    """Pool initializer: load each pipeline once per worker, before the first document."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from kg.nlp import load_pipeline

    for lang in langs:
        load_pipeline(lang)


def analyses(
    items: Iterable[tuple[K, Document]],
    *,
    workers: int = 1,
    dask: str | None = None,
    langs: tuple[str, ...] = ("id", "en"),
    as_text: bool = False,
    min_confidence: float | None = None,
) -> Iterator[tuple[K, Analysis | Failure]]:
    """Analyse ``(key, document)`` pairs, yielding ``(key, result)`` in input order.

    ``workers=1`` and no ``dask``: in this process, in batches (:func:`analyze_documents`),
    each graph as N-Triples text if ``as_text`` (see :func:`run_stages`); other processes
    always send text.
    ``workers=N``: N worker processes.
    ``dask="local"``: a LocalCluster of ``max(workers, 2)`` worker processes;
    ``dask="tcp://HOST:PORT"``: an existing Dask scheduler. The key travels with its
    document and stays in this process (it is not sent to workers).
    """
    if dask:
        yield from _dask_analyses(
            items, dask, workers=max(workers, 2), langs=langs, min_confidence=min_confidence
        )
    elif workers <= 1:
        from kg.nlp.chunks import BATCH_CHARS, BATCH_SIZE  # what the pipeline takes at once

        for keys, documents in _partitions(items, size=BATCH_SIZE, max_chars=BATCH_CHARS):
            results = analyze_documents(documents, as_text=as_text, min_confidence=min_confidence)
            yield from zip(keys, results, strict=True)
    else:
        yield from _pool_analyses(items, workers, langs, min_confidence)


def _pool_analyses(
    items: Iterable[tuple[K, Document]],
    workers: int,
    langs: tuple[str, ...],
    min_confidence: float | None = None,
) -> Iterator[tuple[K, Analysis | Failure]]:
    from kg.nlp.chunks import BATCH_CHARS

    # spawn, not fork: the parent may hold an open RocksDB store and a progress thread.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_warm, initargs=(langs,)
    ) as pool:
        # A few documents per task: most of a batch's gain per word, and every worker busy
        # on small inputs too; two tasks per worker in flight, so none waits for the order.
        for keys, results in _windowed(
            _partitions(items, size=_POOL_BATCH, max_chars=BATCH_CHARS),
            lambda docs: pool.submit(_analyze_partition, docs, min_confidence),
            2 * workers,
        ):
            yield from zip(keys, results, strict=True)


_POOL_BATCH = 4


def _windowed(
    items: Iterable[tuple[K, Any]], submit: Callable[[Any], Future], window: int
) -> Iterator[tuple[K, Any]]:
    """Keep at most ``window`` tasks in flight; yield their results in submission order."""
    pending: deque[tuple[K, Future]] = deque()
    for key, payload in items:
        pending.append((key, submit(payload)))
        if len(pending) >= window:
            done_key, future = pending.popleft()
            yield done_key, future.result()
    while pending:
        done_key, future = pending.popleft()
        yield done_key, future.result()


def _dask_analyses(
    items: Iterable[tuple[K, Document]],
    address: str,
    *,
    workers: int,
    langs: tuple[str, ...],
    min_confidence: float | None = None,
) -> Iterator[tuple[K, Analysis | Failure]]:
    """Partitions of the input mapped on Dask workers; results streamed back in order."""
    client, cluster = _dask_client(address, workers)
    try:
        client.run(_warm, langs)
        partitions = _partitions(items, size=8)
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        for keys, results in _windowed(
            ((keys, docs) for keys, docs in partitions),
            lambda docs: client.submit(_analyze_partition, docs, min_confidence, pure=False),
            window,
        ):
            yield from zip(keys, results, strict=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_client(address: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--dask needs the optional dependency: pip install 'kg-news[dask]'") from None
    if address == DASK_LOCAL:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout=10), None
    except OSError as err:
        raise KgError(f"{address}: cannot reach the Dask scheduler ({err})") from None


def _partitions(
    items: Iterable[tuple[K, Document]], size: int, max_chars: int | None = None
) -> Iterator[tuple[list[K], list[Document]]]:
    """``size`` documents at a time, and (given ``max_chars``) no more characters than that
    unless one document alone has more: its analysis is then the only one held."""
    keys: list[K] = []
    docs: list[Document] = []
    chars = 0
    for key, document in items:
        if docs and max_chars is not None and chars + len(document.body) > max_chars:
            yield keys, docs
            keys, docs, chars = [], [], 0
        keys.append(key)
        docs.append(document)
        chars += len(document.body)
        if len(docs) == size:
            yield keys, docs
            keys, docs, chars = [], [], 0
    if docs:
        yield keys, docs
