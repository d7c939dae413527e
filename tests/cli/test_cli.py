"""The command line: builds, queries, views, and bad input handled in one line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(SEED),
            "-o",
            str(out / "g.ttl"),
            "-o",
            str(out / "g.html"),
            "-o",
            str(out / "g.graphml"),
            "-o",
            str(out / "g.nq"),
            "-o",
            str(out / "g.jsonld"),
            "--each-to",
            str(out / "each"),
        ],
    )
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_every_format_and_a_summary(built):
    out, output = built
    for name in (
        "g.ttl",
        "g.html",
        "g.graphml",
        "g.nq",
        "g.jsonld",
        "each/seed-blinken-astana.ttl",
    ):
        assert (out / name).stat().st_size > 0, name
    assert "entities:" in output and "relations:" in output and "wrote" in output


def test_query_table_csv_json(built):
    out, _ = built
    runner = CliRunner()
    q = "SELECT ?l WHERE { ?e a kg:Country ; rdfs:label ?l } ORDER BY ?l"
    table = runner.invoke(main, ["query", str(out / "g.ttl"), q])
    assert table.exit_code == 0 and "Kazakhstan" in table.output
    csv = runner.invoke(main, ["query", str(out / "g.ttl"), q, "--format", "csv"])
    assert csv.output.splitlines()[0] == "l"
    js = runner.invoke(main, ["query", str(out / "g.nq"), q, "--format", "json"])
    assert {"l": "Kazakhstan"} in json.loads(js.output)
    rq = runner.invoke(
        main, ["query", str(out / "g.ttl"), "-f", str(ROOT / "examples/queries/who-met-whom.rq")]
    )
    assert rq.exit_code == 0 and "Tokayev" in rq.output


def test_view_from_saved_graph(built, tmp_path):
    out, _ = built
    result = CliRunner().invoke(main, ["view", str(out / "g.ttl"), "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert "Kazakhstan" in (tmp_path / "v.html").read_text("utf-8")


def test_view_title_is_the_headline_or_given(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    runner.invoke(main, ["view", str(out / "g.ttl"), "-o", str(tmp_path / "a.html")])
    titled = [
        "view",
        str(out / "g.ttl"),
        "-o",
        str(tmp_path / "b.html"),
        "--title",
        "Astana <trip>",
    ]
    assert runner.invoke(main, titled).exit_code == 0
    first = (tmp_path / "a.html").read_text("utf-8")
    assert "<title>Blinken mengadakan pembicaraan dengan negara-negara Asia Tengah" in first
    assert "<title>Astana &lt;trip&gt;</title>" in (tmp_path / "b.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        ("Menteri José tiba di Medan.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.ttl"
    # a single article keeps the strict contract; a batch with a bad one: tests/batch
    result = CliRunner().invoke(main, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".out.ttl*"))


def test_missing_path(tmp_path):
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.ttl")]
    )
    assert result.exit_code == 2 and "no such file" in result.output
    assert not (tmp_path / "o.ttl").exists()


def test_unknown_output_format(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / "o.xyz")])
    assert result.exit_code == 2 and "unknown output format" in result.output  # before any work


def test_bad_query_and_bad_graph(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    r = runner.invoke(main, ["query", str(out / "g.ttl"), "SELEKT nonsense"])
    assert r.exit_code == 1 and "malformed query: line 1, column 1" in r.output
    assert "Traceback" not in r.output
    r = runner.invoke(
        main,
        [
            "query",
            str(out / "g.ttl"),
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        ],
    )
    assert r.exit_code == 1 and "SERVICE" in r.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <<<")
    r = runner.invoke(main, ["query", str(broken), "SELECT * WHERE { ?s ?p ?o }"])
    assert r.exit_code == 1 and "not valid turtle" in r.output


def test_help_reads_well():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query", "view", "serve"):
        assert command in result.output


def test_view_with_a_query_draws_a_subgraph(built, tmp_path):
    out, _ = built
    query = tmp_path / "met.rq"
    query.write_text("SELECT ?a ?b WHERE { ?a kg:met ?b }")
    result = CliRunner().invoke(
        main, ["view", str(out / "g.ttl"), "--query", str(query), "-o", str(tmp_path / "m.html")]
    )
    assert result.exit_code == 0, result.output
    html = (tmp_path / "m.html").read_text("utf-8")
    assert "Kassym-Jomart Tokayev" in html and "Tashkent" not in html
