"""The CLI on a persistent store: build, query (read-only), explain, remove, the lock, and a
batch killed with SIGKILL in the middle that a re-run completes with no duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.api.test_incremental import ARTICLES

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
        paths.append(folder / name)
    return paths


def kg_cli(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


def store_quads(path: Path) -> set[str]:
    """Every quad of the store except extraction times (they differ between runs)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    prov_time = "http://www.w3.org/ns/prov#endedAtTime"
    return {str(q) for q in store if q.predicate.value != prov_time}


def check_consistent(path: Path) -> int:
    """Every document graph present is complete; returns the number of documents."""
    import kg

    g = kg.KnowledgeGraph.open(path)
    incomplete = g.query(
        """ASK { GRAPH ?d { ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ;
                 rdf:object ?o . FILTER NOT EXISTS { ?s ?p ?o . ?a kg:sentence ?x } } }"""
    )
    assert not incomplete.askAnswer
    for doc in g.documents():
        rows = g.query(f"ASK {{ GRAPH <{doc}> {{ <{doc}> a kg:Document ; kg:contentHash [] }} }}")
        assert rows.askAnswer, doc
    n = g.document_count
    g.close()
    return n


def test_build_query_explain_remove_on_a_store(articles, tmp_path):
    db = tmp_path / "db"
    runner = CliRunner()
    built = runner.invoke(main, ["build", *map(str, articles), "--store", str(db)])
    assert built.exit_code == 0, built.output
    assert built.output.count("  added ") == len(articles)
    again = runner.invoke(main, ["build", str(articles[0]), "--store", str(db)])
    assert "unchanged" in again.output and "0 added" in again.output
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l ; a kg:Person }"
    out = runner.invoke(main, ["query", str(db), q, "--format", "csv"])
    assert out.exit_code == 0, out.output
    persons = int(out.output.splitlines()[1])
    assert persons >= 6  # one row per person, not one per document mentioning them
    explained = runner.invoke(main, ["explain", "--store", str(db), "Antony Blinken"])
    assert explained.exit_code == 0 and "part of the longer name" in explained.output
    removed = runner.invoke(main, ["remove", "--store", str(db), str(articles[1])])
    assert removed.exit_code == 0 and "removed" in removed.output
    missing = runner.invoke(main, ["remove", "--store", str(db), "nope.txt"])
    assert missing.exit_code == 1 and missing.output.strip().count("\n") <= 1
    unknown = runner.invoke(main, ["explain", "--store", str(db), "Nobody At All"])
    assert unknown.exit_code == 1 and "no entity" in unknown.output


def test_second_writer_gets_one_line_error_and_readers_work(articles, tmp_path):
    db = tmp_path / "db"
    assert CliRunner().invoke(main, ["build", str(articles[2]), "--store", str(db)]).exit_code == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, kg; g = kg.KnowledgeGraph(store=sys.argv[1]); "
            "print('ready', flush=True); time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        second = kg_cli("build", str(articles[3]), "--store", str(db))
        _, err = second.communicate(timeout=120)
        assert second.returncode == 1
        assert err.strip() == f"Error: {db}: store is locked by another process"
        reader = CliRunner().invoke(main, ["query", str(db), "ASK { ?s a kg:Document }"])
        assert reader.exit_code == 0 and "True" in reader.output
    finally:
        holder.kill()
        holder.wait()


def test_batch_killed_midway_is_consistent_and_rerun_completes(articles, tmp_path):
    """Each document durable before it is reported (grouping off: a group of these short
    articles would be written at once, after the kill); kg.graph tests kill a group."""
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    batch = [str(p) for p in articles]
    proc = kg_cli("build", *batch, "--store", str(killed), KG_STORE_GROUP_SECONDS="0")
    seen = 0
    for line in proc.stdout:
        seen += line.startswith("  added ")
        if seen == 2:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    present = check_consistent(killed)
    assert 2 <= present < len(batch)
    rerun = kg_cli("build", *batch, "--store", str(killed))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.count("  unchanged ") == present
    full = kg_cli("build", *batch, "--store", str(clean))
    assert full.wait(timeout=300) == 0
    assert check_consistent(killed) == len(batch)
    assert store_quads(killed) == store_quads(clean)
