"""kg.devtools.benchmarks: how a partial run (``--only``) rewrites BENCHMARKS.md."""

from __future__ import annotations

from pathlib import Path

from kg.devtools.benchmarks import _merge_into

BEFORE = """# Benchmarks

Written by `make bench` on 2026-11-26.

Sections `b` refreshed by `python -m kg.devtools.benchmarks --only b` on 2026-12-01 (M); the \
others are from the run above.

## A

old a

## B

old b
"""


def test_a_partial_run_replaces_its_sections_and_keeps_earlier_notes(tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    out.write_text(BEFORE, "utf-8")
    _merge_into(out, ["## A\n\nnew a\n"], "a")
    text = out.read_text("utf-8")
    assert "new a" in text and "old a" not in text and "old b" in text
    head = text.split("\n## ", 1)[0]
    assert head.index("Sections `a` refreshed") < head.index("Sections `b` refreshed")
    assert "2026-12-01 (M)." in head and "the others are from the run above" not in head
    _merge_into(out, ["## B\n\nnew b\n"], "b")
    head = out.read_text("utf-8").split("\n## ", 1)[0]
    assert head.count("Sections `") == 3 and head.count("Each section is from the first") == 1


def test_startup_commands_run_in_interleaved_rounds(tmp_path: Path) -> None:
    """Each round runs every command once, so load that comes and goes hits a command and its
    floor alike (kg.devtools.benchmarks._interleaved)."""
    import sys

    from kg.devtools.benchmarks import _interleaved

    trace = tmp_path / "order.txt"
    append = "import sys; open(sys.argv[1], 'a').write(sys.argv[2])"
    commands = {name: [sys.executable, "-c", append, str(trace), name] for name in "ab"}
    medians = _interleaved(commands, repeats=3)
    assert trace.read_text() == "ababab"
    assert set(medians) == {"a", "b"} and all(t > 0 for t in medians.values())


def _pipeline_result(full_wps: float, components: dict[str, float]) -> dict:
    return {
        "articles": 2,
        "words": 800,
        "load_s": 1.0,
        "tokenizer_wps": 90_000.0,
        "spacy_wps": 3_000.0,
        "batched_wps": 3_300.0,
        "full_wps": full_wps,
        "ratio": 1.2,
        "article_words": 400,
        "article_s": 0.2,
        "components": components,
        "models": ["tok2vec", "ner"],
    }


def test_pipeline_report_has_before_and_now_rows_and_the_models_ceiling() -> None:
    """kg.devtools.bench.report: "before" rows from a baseline checkout beside "now" rows, each
    component's rate, and the rate of the statistical components alone (their harmonic sum,
    without the rule components)."""
    from kg.devtools.bench import models_ceiling, report

    before = _pipeline_result(1_000, {"tok2vec": 8_000.0, "ner": 8_000.0, "kg_gazetteer": 3_000.0})
    now = _pipeline_result(4_100, {"tok2vec": 8_000.0, "ner": 8_000.0, "kg_gazetteer": 48_000.0})
    assert models_ceiling(now) == 4_000.0  # kg_gazetteer is no model
    text = report({"id": now}, {"id": before})
    rows = [line for line in text.splitlines() if line.startswith("| id")]
    assert rows[0].startswith("| id (before) |") and "| not met |" in rows[0]
    assert rows[1].startswith("| id (now) |") and "| met |" in rows[1]
    assert "| id (now) | 8,000 | 8,000 | 48,000 |" in text and "4,000 words/s (id)" in text
    assert "(before)" not in report({"id": now})
