"""The ``kg`` command line: a thin shell over :class:`kg.KnowledgeGraph`.

Every error kg raises on purpose (bad input, bad query, unwritable output) is printed as one
line and exits non-zero; nothing is written until every input has been read and checked.
"""

from __future__ import annotations

import atexit
import gc
import math
import os
import re
import signal
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli_web import round_sources, stopping, web_options, web_session, web_summary
from kg.errors import KgError, KgWarning
from kg.ingest.limits import MAX_BYTES
from kg.query.results import FORMATS
from kg.version import __version__

if TYPE_CHECKING:
    from kg.graph.plain_view import PlainGraph

__all__ = ["main"]


def _path_or_url(value: str) -> Path | str:
    """A store or graph argument: a URL stays a string (``Path`` would collapse its ``//``;
    the API serves ``http(s)://`` and refuses other schemes), anything else is a path."""
    return value if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", value) else Path(value)


class _StoreType(click.ParamType):
    """A path, or the URL of a SPARQL server (kept as a string)."""

    name = "path|url"

    def convert(self, value, param, ctx) -> Path | str:  # noqa: ANN001
        return value if isinstance(value, Path) else _path_or_url(str(value))


_STORE = _StoreType()


class _Confidence(click.FloatRange):
    """A confidence in [0, 1]; click's range lets "nan" through (every comparison is false)."""

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value, param, ctx) -> float:  # noqa: ANN001
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number in [0, 1].", param, ctx)
        return number


class _Group(click.Group):
    """Turn kg's own errors into one-line messages with their documented exit code
    (``KgError.exit_code``: 2 for unusable input or output, 1 for the rest), warnings into
    one ``warning:`` line each, and SIGTERM into the same clean stop as Ctrl-C (exit 130):
    temporary files removed, no output half written."""

    def resolve_command(self, ctx: click.Context, args: list[str]):  # noqa: ANN201
        name, command, rest = super().resolve_command(ctx, args)
        if name in READ_ONLY_COMMANDS:
            _no_collections(ctx)
        return name, command, rest

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            with _one_line_warnings(), _sigterm_interrupts():
                return super().invoke(ctx)
        except KgError as err:
            click.echo(f"Error: {_one_line(str(err))}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: say so in one line; KG_DEBUG=1 shows the traceback
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(
                f"Error: internal error ({type(err).__name__}: {err}); "
                "rerun with KG_DEBUG=1 and report it",
                err=True,
            )
            ctx.exit(70)


#: Commands that only read, then print or write one file whole (closed before they return).
READ_ONLY_COMMANDS = frozenset({"query", "explain", "view"})


def _no_collections(ctx: click.Context) -> None:
    """No garbage collection while a read command runs, nor at exit.

    Why: such a command lives a tenth of a second and makes few reference cycles, yet the
    collector ran ~30 times during ``kg view`` (~4 ms) and once more over every object at
    exit (~10 ms), together a fifth of its time beyond ``import pyoxigraph, click``
    (BENCHMARKS.md). The collector is switched back on when the command's context closes, and
    at exit :func:`gc.freeze` leaves what the process holds to the operating system: nothing in
    it needs finalising (the store is read-only, the output closed). ``atexit`` keeps a
    process that runs commands in-process (tests, ``CliRunner``) collecting until it ends.
    """
    global _FREEZE_AT_EXIT  # noqa: PLW0603 - registered once per process
    if gc.isenabled():
        gc.disable()
        ctx.call_on_close(gc.enable)
    if not _FREEZE_AT_EXIT:
        atexit.register(gc.freeze)
        _FREEZE_AT_EXIT = True


_FREEZE_AT_EXIT = False


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


@contextmanager
def _one_line_warnings() -> Iterator[None]:
    def show(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
        click.echo(f"warning: {_one_line(str(message))}", err=True)

    with warnings.catch_warnings():
        warnings.simplefilter("always", KgWarning)
        warnings.showwarning = show
        yield


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt, so ``finally`` blocks and kg.output's clean-up run."""

    def interrupt(signum, frame) -> None:  # noqa: ANN001
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


_MAX_BYTES_HELP = (
    "Largest article accepted, in bytes (default {:,}); longer ones are analysed in "
    "chunks, so time grows linearly."
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: knowledge graphs from Indonesian and English news.

    \b
    Read articles, find people, countries, cities, regions and organisations and the
    relations between them (visited, met, borders, officialOf, locatedIn, withinArea,
    invaded), each with its evidence sentence, and write one graph: RDF (.ttl .nt .nq
    .trig .jsonld), GraphML, GEXF, CSV or an offline HTML view, or keep it in an Oxigraph
    store.

    \b
    Examples:
      kg build article.txt -o graph.ttl -o graph.html
      kg build articles/*.txt --store graph.db
      kg query graph.ttl 'SELECT ?a ?b WHERE { ?a kg:met ?b }'
      kg explain --store graph.db "Antony Blinken"
      kg remove --store graph.db articles/old-story.txt
      kg view graph.ttl -o graph.html
    """


@main.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Write the merged graph; format by suffix: .ttl .nt .nq .trig .jsonld "
    ".graphml .gexf .csv .html (.nq/.trig keep one named graph per document). Repeatable.",
)
@click.option(
    "--each-to",
    type=click.Path(path_type=Path),
    help="Also write one DIR/<input stem>.ttl per input.",
)
@click.option(
    "--store",
    type=_STORE,
    help="Keep the graph on disk in this Oxigraph folder (created if missing), or on a SPARQL "
    "server (http://HOST:PORT[/dataset], see kg.graph.remote); a known text is skipped, a "
    "changed version of a known source replaces the old one.",
)
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default=None,
    help="Language of every input (default: detected per article; a JSON record's 'lang' wins).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes running the pipeline (one model copy each, ~0.5 GB); one writer.",
)
@click.option(
    "--dask",
    metavar="local|tcp://HOST:PORT",
    default=None,
    help="Run the pipeline on Dask workers: a local cluster of 2 processes or a scheduler "
    "(needs the [dask] extra).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Skip articles whose text is already in the store by content hash, before any "
    "analysis: rerun a killed batch with it.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help=_MAX_BYTES_HELP.format(MAX_BYTES),
)
@click.option(
    "--min-confidence",
    type=_Confidence(),
    default=None,
    metavar="X",
    help="Keep the relations with X <= confidence < 0.7 (the graph's threshold) apart, as "
    "candidate assertions in a candidate graph per document (GRAPH ?g; never in the union, "
    "the exports of it or the view); X >= 0.7 raises the threshold instead.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@web_options
def build(
    inputs: tuple[str, ...],
    outputs: tuple[Path, ...],
    each_to: Path | None,
    store: Path | str | None,
    lang: str | None,
    workers: int,
    dask: str | None,
    resume: bool,
    max_bytes: int | None,
    min_confidence: float | None,
    quiet: bool,
    url_lists: tuple[Path, ...],
    delay: float,
    max_pages: int,
    fetch_cache: Path | None,
    follow: bool,
    every: str,
) -> None:
    """Build a knowledge graph from articles: files, folders, globs, JSON Lines, '-' (stdin),
    article URLs, RSS/Atom feeds, sitemaps and WARC files.

    \b
    INPUTS are article files (UTF-8 text, or .html whose main text trafilatura extracts),
    folders (searched recursively for *.txt *.html *.jsonl), quoted globs ('news/**/*.txt'),
    JSON Lines files (one {"text": ..., "url": ..., "title": ..., "date": ..., "lang": ...}
    per line; url is the source) and '-' (stdin: one text, or JSON Lines if it starts with
    '{'). Articles are read one at a time, never all at once.

    \b
    Web: an http(s) URL is fetched and read as an article, a feed (each entry's article)
    or a sitemap (each URL's article, sitemap indexes followed); .rss .atom .xml files are
    feeds or sitemaps; .warc/.warc.gz files give their HTML responses; --urls FILE lists
    URLs. Fetching is polite: robots.txt obeyed, one request per host every --delay
    seconds, User-Agent kg/VERSION, timeouts, 5 MB per page, 429/5xx retried honouring
    Retry-After, http(s) only, at most --max-pages pages. Unchanged pages cost one
    conditional request on a re-run (the fetch cache lives beside --store).

    \b
    Exit codes: 0 every article was added (or already there); 3 a batch finished but some
    articles failed (each printed as "failed: SOURCE: REASON"; outputs are written unless
    no article succeeded); 2 a single article given alone is unreadable, or an output
    cannot be written (checked before any work; nothing is written); 1 other errors (store
    locked, no language model); 130 interrupted (Ctrl-C, SIGTERM: no output half written).
    Offsets from an .html input refer to the extracted text, which is the document's text.

    \b
    Examples:
      kg build examples/seed-blinken-astana.txt -o seed.ttl -o seed.html
      kg build news/ 'archive/**/*.jsonl' --store news.db --workers 2
      kg build news/ --store news.db --resume      # after an interrupted run
      kg build https://news.example/2024/03/story.html -o story.ttl
      kg build https://news.example/rss.xml --store news.db --follow --every 15m
      kg build CC-NEWS-20240301.warc.gz --store news.db --workers 2
      kg build news/ --store news.db --min-confidence 0.5   # weaker relations kept apart
    """
    from kg.api import OUTPUT_SUFFIXES, KnowledgeGraph
    from kg.ingest.sources import is_single, iter_items
    from kg.ingest.web.schedule import parse_every, rounds

    _check_outputs(outputs, each_to, OUTPUT_SUFFIXES)
    if not inputs and not url_lists:
        raise click.UsageError("give at least one INPUT or --urls FILE")
    limit = max_bytes or MAX_BYTES
    interval = parse_every(every) if follow else None
    stdin = sys.stdin.buffer
    web = web_session(inputs, url_lists, store, delay, max_pages, fetch_cache)
    single = not url_lists and not follow and is_single(inputs, stdin=stdin)
    if single:
        # one article: read and check it before opening anything (exit 2, nothing written)
        document = next(iter_items(inputs, stdin=stdin, max_bytes=limit)).document(lang)
    graph = KnowledgeGraph(store=store, max_bytes=limit, min_confidence=min_confidence)
    report = None
    with stopping(web, follow) as stop:
        for _ in rounds(interval, stop):
            if single:
                sources, total = [document], 1
            else:
                sources, total = round_sources(inputs, url_lists, stdin, web, stop, limit)
            progress = _Progress(total, quiet=quiet, graph=graph, each_to=each_to)
            try:
                report = graph.add_many(
                    sources,
                    lang=lang,
                    workers=workers,
                    dask=dask,
                    resume=resume,
                    on_result=progress,
                )
            finally:
                progress.close()
            nothing_read = report.failed and report.failed == report.documents
            written = [] if nothing_read else graph.save_all(outputs)
            if not quiet:
                if follow:
                    click.echo(progress._line(), err=True)
                _summary(graph, report, written, each_to)
                web_summary(web, max_pages)
                if nothing_read and outputs:
                    click.echo("no article could be read: no output written", err=True)
    graph.close()
    if web is not None:
        web.close()
    if report is not None and not report.ok:
        raise click.exceptions.Exit(3)


def _check_outputs(outputs: tuple[Path, ...], each_to: Path | None, suffixes) -> None:  # noqa: ANN001
    """Every output must be writable before the first article is read (exit 2 if not)."""
    from kg.errors import OutputError
    from kg.output import check_folder, check_output

    seen: set[Path] = set()
    for out in outputs:
        check_output(out, suffixes)
        if out.resolve() in seen:
            raise OutputError(f"{out}: given twice as an output")
        seen.add(out.resolve())
    if each_to is not None:
        check_folder(each_to)


class _Progress:
    """Progress of a batch: a tqdm bar (docs/s, words/s, ETA) when stderr is a terminal;
    otherwise one line per document on stdout and a progress line on stderr every 100
    documents, which is what a log file wants. Failures always print, one line each."""

    EVERY = 100

    def __init__(self, total: int | None, *, quiet: bool, graph, each_to: Path | None) -> None:  # noqa: ANN001
        self.total, self.quiet, self.graph, self.each_to = total, quiet, graph, each_to
        self.started = time.perf_counter()
        self.names: set[str] = set()  # --each-to file names taken in this run (case-folded)
        self.done = self.words = 0
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", dynamic_ncols=True, file=sys.stderr)

    def __call__(self, result, words: int) -> None:  # noqa: ANN001
        from kg.parallel import Failure

        self.done += 1
        self.words += words
        if isinstance(result, Failure):
            self._say(f"failed: {result}", err=True)
        else:
            if self.each_to is not None:
                self._write_each(result)
            if self.bar is None and not self.quiet:
                click.echo(_report_line(result))
        if self.bar is not None:
            rate = self.words / max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{rate:,.0f} words/s", refresh=False)
            self.bar.update(1)
        elif not self.quiet and self.done % self.EVERY == 0:
            click.echo(self._line(), err=True)

    def _say(self, text: str, *, err: bool = False) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            click.echo(text, err=err)

    def _line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        rate = self.done / elapsed
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {_duration((self.total - self.done) / rate)}"
        of = f"/{self.total}" if self.total else ""
        return (
            f"progress: {self.done}{of} documents, {rate:.2f} docs/s, "
            f"{self.words / elapsed:,.0f} words/s{eta}"
        )

    def _write_each(self, result) -> None:  # noqa: ANN001
        from kg.output import atomic_write

        name = _each_name(result.source, result.document)
        if name.lower() in self.names:  # two inputs with one name: never overwrite silently
            taken = name
            name = f"{name}-{result.document.rsplit('/', 1)[-1][:12]}"
            self._say(f"  note: {taken}.ttl is taken by an earlier input; wrote {name}.ttl")
        self.names.add(name.lower())
        graph = self.graph.document_graph(result.document)
        atomic_write(
            self.each_to / f"{name}.ttl",
            lambda tmp: graph.serialize(destination=tmp, format="turtle"),
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _each_name(source: str | None, doc_iri: str) -> str:
    """The ``--each-to`` file stem of a document: its source's file name without suffix
    (``news.jsonl:3`` gives ``news-3``), made safe for any file system; else its hash."""
    name = re.split(r"[/\\]", (source or "").rstrip("/\\"))[-1]
    if record := re.fullmatch(r"(.*)\.jsonl:(\d+)", name, flags=re.IGNORECASE):
        name = f"{record[1]}-{record[2]}"
    elif "." in name.strip("."):
        name = name.rsplit(".", 1)[0]
    name = re.sub(r"[^\w.-]+", "_", name).strip("._-")[:100]
    return name or doc_iri.rsplit("/", 1)[-1][:12]


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def _report_line(r) -> str:  # noqa: ANN001
    if not r.lang:  # skipped by --resume: known by its hash, not read further
        return f"  unchanged {r.source}: already in the graph (skipped by --resume)"
    extra = f" (replaced {', '.join(r.replaced)})" if r.replaced else ""
    candidates = f" candidates={r.candidates}" if r.candidates else ""
    return (
        f"  {r.status} {r.source}: lang={r.lang} entities={r.entities} "
        f"relations={r.relations}{candidates} boilerplate-lines={r.boilerplate_lines}{extra}"
    )


def _summary(graph, report, written, each_to) -> None:  # noqa: ANN001
    counts = {
        "added": report.added,
        "replaced": report.replaced,
        "unchanged": report.unchanged,
        "failed": report.failed,
    }
    click.echo(
        f"documents: {report.documents} ("
        + ", ".join(f"{n} {s}" for s, n in counts.items() if n or s == "added")
        + ")"
        + (f", {report.skipped} skipped by --resume" if report.skipped else "")
    )
    elapsed = max(report.elapsed, 1e-9)
    click.echo(
        f"elapsed: {report.elapsed:.1f} s ({report.documents / elapsed:.2f} documents/s, "
        f"{report.words / elapsed:,.0f} words/s)"
    )
    stats = graph.stats()
    click.echo(
        f"entities: {stats['entities']}  relations: {stats['relations']}  "
        f"triples: {stats['triples']}  documents in graph: {stats['documents']}"
    )
    if report.candidates:
        click.echo(
            f"candidates: {report.candidates} relations kept apart (candidate graphs, "
            "not in the graph's union)"
        )
    for path in written:
        click.echo(f"wrote {path}")
    if each_to is not None:
        click.echo(f"wrote one .ttl per input to {each_to}/")


@main.command()
@click.argument("graph_path", metavar="GRAPH", type=_STORE)
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def query(graph_path: Path | str, sparql: str | None, query_file: Path | None, fmt: str) -> None:
    """Run a SPARQL query over a saved graph (file, folder of RDF files, store folder or
    SPARQL server URL).

    A store folder is opened read-only, so this works while `kg build --store` writes; any
    other folder is read as one graph from its .ttl/.nt/.trig/.nq/.jsonld files. kg's
    prefixes (kg:, kgr:, rdfs:, skos:, nif:, prov:, ...) are predeclared. A query too long
    or too deeply nested exits 2; SERVICE is refused (a query never reaches the network).

    \b
    Example:
      kg query seed.ttl 'SELECT ?p ?place WHERE { ?x kg:visited ?y .
                         ?x rdfs:label ?p . ?y rdfs:label ?place }'
      kg query seed.ttl -f examples/queries/who-met-whom.rq --format csv
      kg query build/eval/ 'SELECT (COUNT(*) AS ?n) WHERE { ?s kg:met ?o }'
    """
    from kg.errors import QueryError
    from kg.query.guard import engine_text
    from kg.query.results import format_result
    from kg.query.sources import is_rdf_folder

    if (sparql is None) == (query_file is None):
        raise QueryError("give either a SPARQL string or -f FILE.rq")
    if query_file is not None:
        try:
            sparql = query_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{query_file}: cannot read query ({err})") from None
    engine_text(sparql)  # refuse a bad query before opening anything
    if isinstance(graph_path, Path) and is_rdf_folder(graph_path):
        from kg.query import run_query
        from kg.query.sources import load_rdf_folder

        click.echo(format_result(run_query(load_rdf_folder(graph_path), sparql), fmt))
        return
    if isinstance(graph_path, Path) and graph_path.is_dir():  # a store: pyoxigraph, no facade
        from kg.query.oxigraph import query_store

        if (answer := query_store(graph_path, sparql)) is not None:
            click.echo(format_result(answer, fmt))
            return
    from kg.api import KnowledgeGraph

    graph = KnowledgeGraph.open(graph_path)  # a store folder opens read-only: no lock taken
    click.echo(format_result(graph.query(sparql), fmt))
    graph.close()


@main.command()
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="HTML file to write."
)
@click.option(
    "--query",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Draw only what this .rq selects: a CONSTRUCT's graph, or a SELECT's entities with "
    "the relations among them.",
)
@click.option(
    "--title",
    help="Page title. Default: the document's title for one document, else 'N documents'.",
)
def view(graph_path: Path, output: Path, query_file: Path | None, title: str | None) -> None:
    """Write the interactive HTML view of a saved graph or store (works offline).

    \b
    Examples:
      kg view seed.ttl -o seed.html
      kg view graph.db --query examples/queries/who-met-whom.rq -o met.html
      kg view graph.db -o news.html --title "Blinken in Central Asia"
    """
    from kg.output import check_output
    from kg.viz.html import write_html

    check_output(output, (".html", ".htm"))  # before any work: no HTML in a .png
    drawn = _view_of(graph_path, query_file)
    write_html(drawn, output, title=title)
    click.echo(f"wrote {output} ({len(drawn.nodes)} entities, {len(drawn.edges)} relations)")


def _view_of(graph_path: Path, query_file: Path | None) -> PlainGraph:
    """What ``kg view`` draws: a whole store straight from Oxigraph (no rdflib, NetworkX or
    pyvis to import), anything else through the API's NetworkX view."""
    from kg.errors import QueryError

    if query_file is None and (graph_path / "CURRENT").is_file():
        from kg.viz.store_view import read_store_view

        if (drawn := read_store_view(graph_path)) is not None:
            return drawn
    from kg.api import KnowledgeGraph
    from kg.graph import to_networkx
    from kg.graph.plain_view import PlainGraph
    from kg.query.subgraph import subgraph

    graph = KnowledgeGraph.open(graph_path)
    if query_file is None:
        return PlainGraph.from_networkx(graph.to_networkx())
    try:
        sparql = query_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{query_file}: cannot read query ({err})") from None
    return PlainGraph.from_networkx(to_networkx(subgraph(graph.rdf, sparql)))


@main.command()
@click.argument("targets", metavar="SOURCE_OR_DOC_IRI", nargs=-1, required=True)
@click.option(
    "--store",
    required=True,
    type=_STORE,
    help="The Oxigraph store folder (or SPARQL server URL) to remove from.",
)
def remove(targets: tuple[str, ...], store: Path | str) -> None:
    """Remove documents from a store, by source (as given to `kg build`) or document IRI.

    What only those documents supported leaves the graph; what other documents also state
    stays. Each removal is one transaction.

    \b
    Example:
      kg remove --store graph.db articles/old-story.txt
      kg remove --store graph.db kgr:doc/21f89da295e0d7b4
    """
    from kg.api import KnowledgeGraph
    from kg.errors import StoreError

    if isinstance(store, Path) and not (store / "CURRENT").is_file():
        raise StoreError(f"{store}: not an Oxigraph store")
    with KnowledgeGraph(store=store) as graph:
        missing = []
        for target in targets:
            n = graph.remove(target)
            if n:
                click.echo(f"removed {target} ({n} document{'s' if n != 1 else ''})")
            else:
                missing.append(target)
        click.echo(f"documents in graph: {graph.document_count}")
    if missing:
        raise StoreError(f"no document with source or IRI {', '.join(missing)} in {store}")


@main.command()
@click.argument("args", metavar="[GRAPH] ENTITY", nargs=-1, required=True)
@click.option(
    "--store",
    type=_STORE,
    help="Read this Oxigraph store folder or SPARQL server URL (read-only) instead of a GRAPH.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def explain(args: tuple[str, ...], store: Path | str | None, fmt: str) -> None:
    """List every mention of an entity and why it was linked to it (the merge log).

    ENTITY is an IRI (kgr:person/antony-blinken), a label or another name, matched
    case-insensitively; a short name such as "Lee" can match several people.

    \b
    Example:
      kg explain --store graph.db "Antony Blinken"
      kg explain graph.trig kgr:country/KZ --format csv
    """
    from kg.errors import QueryError

    expected = 1 if store is not None else 2
    if len(args) != expected:
        usage = (
            "--store DIR ENTITY" if store is not None else "GRAPH ENTITY (or --store DIR ENTITY)"
        )
        raise QueryError(f"kg explain takes {usage}")
    source = store if store is not None else _path_or_url(args[0])
    rows = None
    if isinstance(source, Path) and (source / "CURRENT").is_file():  # a store: no facade
        from kg.query.explain import explain_store

        rows = explain_store(source, args[-1])
    if rows is None:
        from kg.api import KnowledgeGraph

        graph = KnowledgeGraph.open(source)
        rows = graph.explain(args[-1])
        graph.close()
    if not rows:
        raise QueryError(f"no entity named {args[-1]!r} in the graph")
    click.echo(_explain_text(rows, fmt))


def _explain_text(rows: list[dict], fmt: str) -> str:
    import csv
    import io
    import json

    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()
    out: list[str] = []
    for entity in dict.fromkeys(r["entity"] for r in rows):
        mine = [r for r in rows if r["entity"] == entity]
        head = mine[0]
        out.append(f"{head['label']} <{entity}> ({head['type']}; IRI from {head['iri_from']})")
        for r in mine:
            out.append(
                f"  {r['source'] or r['document']} [{r['begin']}:{r['end']}] {r['text']!r}: "
                f"{r['resolved_by'] or 'no reason recorded'}"
            )
    return "\n".join(out)


@main.command()
@click.argument("graph_path", metavar="GRAPH_OR_STORE", type=_STORE)
def validate(graph_path: Path | str) -> None:
    """Check a graph against kg's SHACL shapes (ontology/shapes.ttl).

    Exit 0 when it conforms; exit 1 with pySHACL's report of every violation.

    \b
    Example:
      kg validate graph.ttl
      kg validate graph.db
    """
    from kg.api import KnowledgeGraph
    from kg.graph.validate import validate as check

    graph = KnowledgeGraph.open(graph_path)
    report = check(graph.rdf)
    graph.close()
    if report.conforms:
        click.echo(f"{graph_path}: conforms to kg's shapes")
        return
    click.echo(report.text.rstrip())
    click.echo(f"{graph_path}: does not conform ({report.violations} violations)", err=True)
    raise click.exceptions.Exit(1)


@main.command()
@click.argument("store", metavar="STORE", type=click.Path(path_type=Path))
def verify(store: Path) -> None:
    """Check that an Oxigraph store is whole: documents, named graphs, and the union.

    Opens the store read-only (a build may hold it). Exit 0 when the default-graph union
    equals the union of the document graphs and every named graph is a document's;
    exit 1 when the store is damaged (rebuild it from a backup or the articles).

    \b
    Example:
      kg verify graph.db
    """
    from kg.graph.integrity import verify_store

    report = verify_store(store)
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        raise click.exceptions.Exit(1)


@main.command()
@click.option(
    "--store",
    "graph_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Graph to serve: an Oxigraph store folder (served in place, new documents seen) "
    "or an RDF file (copied into memory).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0, 3600, min_open=True),
    help="Seconds per query; a query still running then is stopped.",
)
@click.option(
    "--max-results",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows/triples per answer (more: 413).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Worker processes, i.e. queries at once [default: CPU count, at least 2].",
)
@click.option(
    "--max-memory",
    default=1024,
    show_default=True,
    type=click.IntRange(min=16),
    help="MB of memory a query may use in its worker.",
)
@click.option(
    "--allow-host",
    multiple=True,
    help="Host header name to accept (repeatable) [default: loopback names when listening "
    "on loopback, any otherwise].",
)
@click.option(
    "--cors",
    multiple=True,
    metavar="ORIGIN",
    help="Let pages from ORIGIN (e.g. http://localhost:8888, or *) read answers; off by default.",
)
@click.option("--html", type=click.Path(path_type=Path), help="HTML view to serve at /graph.")
@click.option("-v", "--verbose", is_flag=True, help="Log one line per request.")
def serve(
    graph_path: Path,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    workers: int | None,
    max_memory: int,
    allow_host: tuple[str, ...],
    cors: tuple[str, ...],
    html: Path | None,
    verbose: bool,
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    No authentication: it listens on loopback by default; put a reverse proxy in front
    of it for anything else. Limits and options: kg/serve/README.md.

    \b
    Example:
      kg serve --store graph.db
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' \\
           http://127.0.0.1:7878/sparql
    """
    from kg.serve import serve as run

    run(
        graph_path,
        host=host,
        port=port,
        verbose=verbose,
        timeout=timeout,
        max_results=max_results,
        max_running=workers,
        max_memory_mb=max_memory,
        allowed_hosts=list(allow_host) if allow_host else "auto",
        cors_origins=cors,
        html=str(html) if html else None,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
