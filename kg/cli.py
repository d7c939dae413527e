"""The ``kg`` command line: a thin shell over :class:`kg.KnowledgeGraph`.

Every error kg raises on purpose (bad input, bad query, unwritable output) is printed as one
line and exits non-zero; nothing is written until every input has been read and checked.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from kg.errors import KgError
from kg.version import __version__

__all__ = ["main"]

_FORMATS = ("table", "csv", "json")


def _path_or_url(value: str) -> Path | str:
    """A store or graph argument: an ``http(s)://`` SPARQL server stays a string (``Path``
    would collapse its ``//``), anything else is a path."""
    return value if value.lower().startswith(("http://", "https://")) else Path(value)


class _StoreType(click.ParamType):
    """A path, or the URL of a SPARQL server (kept as a string)."""

    name = "path|url"

    def convert(self, value, param, ctx) -> Path | str:  # noqa: ANN001
        return value if isinstance(value, Path) else _path_or_url(str(value))


_STORE = _StoreType()


class _Group(click.Group):
    """Turn kg's own errors into one-line messages (exit 1; 2 for bad input)."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except KgError as err:
            from kg.errors import InputError

            click.echo(f"Error: {err}", err=True)
            ctx.exit(2 if isinstance(err, InputError) else 1)
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: knowledge graphs from Indonesian and English news.

    \b
    Read articles, find people, countries, cities, regions and organisations and the
    relations between them (visited, met, borders, officialOf, locatedIn, invaded), each
    with its evidence sentence, and write one graph: RDF (.ttl .nt .nq .trig .jsonld),
    GraphML, GEXF, CSV or an offline HTML view, or keep it in an Oxigraph store.

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
@click.argument("inputs", nargs=-1, required=True)
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
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build(
    inputs: tuple[str, ...],
    outputs: tuple[Path, ...],
    each_to: Path | None,
    store: Path | str | None,
    lang: str | None,
    workers: int,
    dask: str | None,
    resume: bool,
    quiet: bool,
) -> None:
    """Build a knowledge graph from articles: files, folders, globs, JSON Lines, '-' (stdin).

    \b
    INPUTS are article files (UTF-8 text, or .html whose main text trafilatura extracts),
    folders (searched recursively for *.txt *.html *.jsonl), quoted globs ('news/**/*.txt'),
    JSON Lines files (one {"text": ..., "url": ..., "title": ..., "date": ..., "lang": ...}
    per line; url is the source) and '-' (stdin: one text, or JSON Lines if it starts with
    '{'). Articles are read one at a time, never all at once.

    \b
    Exit codes: 0 every article was added (or already there); 3 a batch finished but some
    articles failed (each printed as "failed: SOURCE: REASON"); 2 a single article given
    alone is unreadable (nothing is written); 1 other errors (store locked, bad output).
    Offsets from an .html input refer to the extracted text, which is the document's text.

    \b
    Examples:
      kg build examples/seed-blinken-astana.txt -o seed.ttl -o seed.html
      kg build news/ 'archive/**/*.jsonl' --store news.db --workers 2
      kg build news/ --store news.db --resume      # after an interrupted run
    """
    from kg.api import OUTPUT_SUFFIXES, KnowledgeGraph
    from kg.errors import OutputError
    from kg.ingest.sources import count_items, is_single, iter_items

    for out in outputs:
        if out.suffix.lower() not in OUTPUT_SUFFIXES:
            raise OutputError(
                f"{out}: unknown output format; use one of {', '.join(OUTPUT_SUFFIXES)}"
            )
    stdin = sys.stdin.buffer
    if is_single(inputs, stdin=stdin):
        # one article: read and check it before opening anything (exit 2, nothing written)
        sources: object = [next(iter_items(inputs, stdin=stdin)).document(lang)]
        total: int | None = 1
    else:
        sources, total = iter_items(inputs, stdin=stdin), count_items(inputs)
    graph = KnowledgeGraph(store=store)
    progress = _Progress(total, quiet=quiet, graph=graph, each_to=each_to)
    try:
        report = graph.add_many(
            sources, lang=lang, workers=workers, dask=dask, resume=resume, on_result=progress
        )
    finally:
        progress.close()
    written = [graph.save(out) for out in outputs]
    if not quiet:
        _summary(graph, report, written, each_to)
    graph.close()
    if not report.ok:
        raise click.exceptions.Exit(3)


class _Progress:
    """Progress of a batch: a tqdm bar (docs/s, words/s, ETA) when stderr is a terminal;
    otherwise one line per document on stdout and a progress line on stderr every 100
    documents, which is what a log file wants. Failures always print, one line each."""

    EVERY = 100

    def __init__(self, total: int | None, *, quiet: bool, graph, each_to: Path | None) -> None:  # noqa: ANN001
        self.total, self.quiet, self.graph, self.each_to = total, quiet, graph, each_to
        self.started = time.perf_counter()
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
        target = self.each_to / f"{Path(result.source or 'stdin').stem}.ttl"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.graph.document_graph(result.document).serialize(target, format="turtle")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def _report_line(r) -> str:  # noqa: ANN001
    if not r.lang:  # skipped by --resume: known by its hash, not read further
        return f"  unchanged {r.source}: already in the graph (skipped by --resume)"
    extra = f" (replaced {', '.join(r.replaced)})" if r.replaced else ""
    return (
        f"  {r.status} {r.source}: lang={r.lang} entities={r.entities} "
        f"relations={r.relations} boilerplate-lines={r.boilerplate_lines}{extra}"
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
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="table", show_default=True)
def query(graph_path: Path | str, sparql: str | None, query_file: Path | None, fmt: str) -> None:
    """Run a SPARQL query over a saved graph (file, store folder or SPARQL server URL).

    A store folder is opened read-only, so this works while `kg build --store` writes.
    kg's prefixes (kg:, kgr:, rdfs:, skos:, nif:, prov:, ...) are predeclared.

    \b
    Example:
      kg query seed.ttl 'SELECT ?p ?place WHERE { ?x kg:visited ?y .
                         ?x rdfs:label ?p . ?y rdfs:label ?place }'
      kg query seed.ttl -f examples/queries/who-met-whom.rq --format csv
    """
    from kg.errors import QueryError
    from kg.query import format_result

    if (sparql is None) == (query_file is None):
        raise QueryError("give either a SPARQL string or -f FILE.rq")
    if query_file is not None:
        try:
            sparql = query_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{query_file}: cannot read query ({err})") from None
    if isinstance(graph_path, Path) and graph_path.is_dir():  # no rdflib on this path
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
def view(graph_path: Path, output: Path, query_file: Path | None) -> None:
    """Write the interactive HTML view of a saved graph or store (works offline).

    \b
    Examples:
      kg view seed.ttl -o seed.html
      kg view graph.db --query examples/queries/who-met-whom.rq -o met.html
    """
    from kg.api import KnowledgeGraph
    from kg.errors import QueryError
    from kg.graph import to_networkx
    from kg.query.subgraph import subgraph
    from kg.viz import write_html

    graph = KnowledgeGraph.open(graph_path)
    if query_file is None:
        nxg = graph.to_networkx()
    else:
        try:
            sparql = query_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{query_file}: cannot read query ({err})") from None
        nxg = to_networkx(subgraph(graph.rdf, sparql))
    write_html(nxg, output, title=graph_path.stem)
    click.echo(
        f"wrote {output} ({nxg.number_of_nodes()} entities, {nxg.number_of_edges()} relations)"
    )


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
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="table", show_default=True)
def explain(args: tuple[str, ...], store: Path | str | None, fmt: str) -> None:
    """List every mention of an entity and why it was linked to it (the merge log).

    ENTITY is an IRI (kgr:person/antony-blinken), a label or another name, matched
    case-insensitively; a short name such as "Lee" can match several people.

    \b
    Example:
      kg explain --store graph.db "Antony Blinken"
      kg explain graph.trig kgr:country/KZ --format csv
    """
    from kg.api import KnowledgeGraph
    from kg.errors import QueryError

    expected = 1 if store is not None else 2
    if len(args) != expected:
        usage = (
            "--store DIR ENTITY" if store is not None else "GRAPH ENTITY (or --store DIR ENTITY)"
        )
        raise QueryError(f"kg explain takes {usage}")
    graph = KnowledgeGraph.open(store if store is not None else _path_or_url(args[0]))
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
@click.option(
    "--store",
    "graph_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Graph to serve: an Oxigraph store folder or an RDF file.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=10.0, show_default=True, help="Seconds per query.")
@click.option("--max-results", default=10_000, show_default=True, help="Rows/triples per answer.")
@click.option("--html", type=click.Path(path_type=Path), help="HTML view to serve at /graph.html.")
def serve(
    graph_path: Path, host: str, port: int, timeout: float, max_results: int, html: Path | None
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    \b
    Example:
      kg serve --store graph.db
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' \\
           http://127.0.0.1:7878/sparql
    """
    from kg.graph import load_graph
    from kg.serve import open_store_readonly
    from kg.serve import serve as run

    source = open_store_readonly(graph_path) if graph_path.is_dir() else load_graph(graph_path)
    run(
        source,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        html=str(html) if html else None,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
