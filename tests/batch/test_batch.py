"""Batches end to end: failures go on with exit code 3, --resume after SIGKILL rebuilds the
same graph, and worker processes and Dask build the graph one process builds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from tests.api.test_incremental import ARTICLES
from tests.cli.test_store_cli import check_consistent, kg_cli, store_quads

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed-blinken-astana.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The five test articles as files, plus two of them again as JSON Lines records."""
    root = tmp_path_factory.mktemp("batch")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, "utf-8")
    extra = [
        {"text": ARTICLES["en-blinken.txt"] + "More later.", "url": "https://wire/1"},
        {"text": ARTICLES["id-lee-kr.txt"] + "Lagi.", "url": "https://wire/2", "lang": "id"},
    ]
    (root / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in extra) + "\n", "utf-8")
    return root


def memory_quads(g: kg.KnowledgeGraph) -> set[str]:
    """Quads of every document graph as N-Quads lines, extraction times left out."""
    out = set()
    for doc in g.documents():
        for line in g.document_graph(doc).serialize(format="nt").splitlines():
            if line and "endedAtTime" not in line:
                out.add(f"{doc} {line}")
    return out


@pytest.fixture(scope="module")
def one_process(folder) -> set[str]:
    g = kg.KnowledgeGraph()
    report = g.add_many([folder])
    assert report.ok and report.added == 7
    return memory_quads(g)


def test_batch_with_bad_articles_goes_on_and_exits_3(folder, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(SEED),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "binary.txt"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 3, result.output
    assert f"failed: {tmp_path / 'empty.txt'}: is empty" in result.output
    assert "binary" in result.output and "Traceback" not in result.output
    assert "documents: 3 (1 added, 2 failed)" in result.output
    assert "Kazakhstan" in out.read_text("utf-8")


def test_batch_from_stdin_jsonl(folder):
    data = (folder / "wire.jsonl").read_bytes()
    result = CliRunner().invoke(main, ["build", "-", "-q"], input=data)
    assert result.exit_code == 0 and result.output == ""
    ok = CliRunner().invoke(main, ["build", "-"], input=data)
    assert "  added https://wire/1:" in ok.output and "documents: 2 (2 added)" in ok.output


def test_batch_crash_in_extraction_is_one_failure(folder, monkeypatch):
    import kg.parallel

    real = kg.parallel.run_stages

    def fragile(document, **kw):  # noqa: ANN001, ANN003, ANN202
        if "Lee" in document.text:
            raise ZeroDivisionError("a rule divided by zero")
        return real(document, **kw)

    monkeypatch.setattr(kg.parallel, "run_stages", fragile)
    seen = []
    report = kg.KnowledgeGraph().add_many(
        [folder / "id-blinken.txt", folder / "en-lee-sg.txt", folder / "en-blinken.txt"],
        on_result=lambda r, w: seen.append(r),
    )
    assert (report.added, report.failed) == (2, 1) and len(seen) == 3
    assert report.failures == [
        f"{folder / 'en-lee-sg.txt'}: internal error in extraction "
        "(ZeroDivisionError: a rule divided by zero)"
    ]
    assert report.words > 40 and report.elapsed > 0


def test_batch_killed_and_resumed_equals_uninterrupted(folder, tmp_path):
    """Killed after its third reported document, with grouping off (these short articles
    would otherwise be committed as one group, after the kill): kg.graph tests kill a group."""
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    proc = kg_cli("build", str(folder), "--store", str(killed), KG_STORE_GROUP_SECONDS="0")
    seen = 0
    for line in proc.stdout:
        seen += line.startswith("  added ")
        if seen == 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    present = check_consistent(killed)
    assert 3 <= present < 7
    resumed = kg_cli("build", str(folder), "--store", str(killed), "--resume")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert out.count("skipped by --resume") == present + 1  # lines and the summary
    assert f"{present} skipped by --resume" in out
    full = kg_cli("build", str(folder), "--store", str(clean))
    assert full.wait(timeout=300) == 0
    assert store_quads(killed) == store_quads(clean)


def test_batch_two_workers_equal_one_process(folder, one_process):
    g = kg.KnowledgeGraph()  # in memory both, so literals compare exactly
    report = g.add_many([folder], workers=2)
    assert report.ok and report.added == 7
    assert memory_quads(g) == one_process


@pytest.mark.skipif(
    os.environ.get("KG_SKIP_DASK") == "1", reason="KG_SKIP_DASK=1: Dask test switched off"
)
def test_batch_dask_local_cluster_equals_one_process(folder, one_process):
    pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    g = kg.KnowledgeGraph()
    report = g.add_many([folder], dask="local")
    assert report.ok and report.added == 7, report.failures
    assert memory_quads(g) == one_process


def test_batch_cli_workers_flag(folder, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(folder / "wire.jsonl"), "--workers", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "documents: 2 (2 added)" in proc.stdout
