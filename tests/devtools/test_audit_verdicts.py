"""The audit's verdict file: scoring a run against it, the unjudged TSV, merging a filled TSV.

The relations and verdicts are written here, in the test (invented sentences, no corpora):
``python -m kg.devtools.audit --verdicts`` reads ``OUT/relations.jsonl`` as a run left it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kg.devtools.audit import main
from kg.devtools.audit_verdicts import (
    TSV_COLUMNS,
    VerdictError,
    layer_of,
    read_verdicts,
    score_verdicts,
    write_verdicts,
)

SENTENCE_A = "Budi Santoso tiba di Kota Lama, Negeri Hulu, Senin."
SENTENCE_B = "Gubernur Negeri Hulu Sari Dewi bertemu dengan Budi Santoso."


def _row(sent: int, predicate: str, subject: str, obj: str, rule: str, sentence: str) -> dict:
    return {
        "corpus": "toy-corpus",
        "split": "train",
        "sent": sent,
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "rule": rule,
        "confidence": 0.9,
        "anchor": subject,
        "sentence": sentence,
    }


ROWS = [
    _row(2, "visited", "Budi Santoso", "Kota Lama", "id.visited.tiba-di", SENTENCE_A),
    _row(2, "locatedIn", "Kota Lama", "Negeri Hulu", "id.locatedIn.address", SENTENCE_A),
    _row(10, "officialOf", "Sari Dewi", "Negeri Hulu", "id.officialOf.title", SENTENCE_B),
    _row(10, "met", "Sari Dewi", "Budi Santoso", "id.met.learned", SENTENCE_B),
]

VERDICTS = [
    {"key": "toy-corpus/train/2", "predicate": "visited", "subject": "Budi Santoso",
     "object": "Kota Lama", "verdict": "y"},
    {"key": "toy-corpus/train/10", "predicate": "met", "subject": "Sari Dewi",
     "object": "Budi Santoso", "verdict": "n", "why": "wrong subject: earlier clause"},
    # a relation the run no longer produces: kept in the file, left out of the scores
    {"key": "toy-corpus/train/10", "predicate": "visited", "subject": "Sari Dewi",
     "object": "Negeri Hulu", "verdict": "n", "why": "title place read as visit"},
]  # fmt: skip


@pytest.fixture
def run(tmp_path: Path) -> tuple[Path, Path]:
    """An audit output directory with ``relations.jsonl`` and a verdict file beside it."""
    out = tmp_path / "audit"
    out.mkdir()
    with (out / "relations.jsonl").open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    verdicts = tmp_path / "verdicts.jsonl"
    verdicts.write_text("".join(json.dumps(v) + "\n" for v in VERDICTS), encoding="utf-8")
    return out, verdicts


def _tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_layer_of_reads_the_learned_rule_names():
    assert layer_of("id.met.learned") == "learned"
    assert layer_of("id.visited.learned-candidate") == "learned"
    assert layer_of("id.visited.tiba-di") == "rules"


def test_score_verdicts_counts_current_judged_unjudged_and_stale(run):
    out, verdicts = run
    rows = [json.loads(line) for line in (out / "relations.jsonl").open()]
    scores = score_verdicts(rows, read_verdicts(verdicts))
    assert scores.groups["predicate"]["visited"] == [1, 1, 0]
    assert scores.groups["predicate"]["met"] == [0, 1, 0]
    assert scores.groups["predicate"]["locatedIn"] == [0, 0, 1]
    assert scores.groups["layer"] == {"rules": [1, 1, 2], "learned": [0, 1, 0]}
    assert scores.groups["rule"]["id.met.learned"] == [0, 1, 0]
    assert scores.overall == (1, 2)
    assert scores.stale == 1
    assert {(r["predicate"], r["subject"]) for r in scores.unjudged} == {
        ("locatedIn", "Kota Lama"),
        ("officialOf", "Sari Dewi"),
    }


def test_cli_prints_summary_and_writes_unjudged_tsv(run, capsys):
    out, verdicts = run
    assert main(["--verdicts", str(verdicts), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "unjudged: 2; verdicts of relations no longer produced (ignored): 1" in printed
    assert any(line.split()[:2] == ["predicate", "met"] for line in printed.splitlines())
    unjudged = _tsv(out / "unjudged.tsv")
    assert tuple(unjudged[0]) == TSV_COLUMNS
    # sentence order is numeric (2 before 10), and only the relations without a verdict
    assert [(r["key"], r["predicate"]) for r in unjudged] == [
        ("toy-corpus/train/2", "locatedIn"),
        ("toy-corpus/train/10", "officialOf"),
    ]
    assert all(r["verdict"] == "" and r["sentence"] for r in unjudged)


def test_add_verdicts_merges_a_filled_tsv_sorted_and_stable(run, capsys):
    out, verdicts = run
    main(["--verdicts", str(verdicts), "--out", str(out)])
    path = out / "unjudged.tsv"
    rows = _tsv(path)
    rows[0]["verdict"] = "y"  # locatedIn: judged; officialOf left blank: stays unjudged
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=TSV_COLUMNS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    capsys.readouterr()
    assert main(["--verdicts", str(verdicts), "--out", str(out), "--add-verdicts", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "1 added, 0 changed, 0 unchanged" in printed
    assert "unjudged: 1;" in printed
    lines = [json.loads(line) for line in verdicts.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    assert [(v["key"], v["predicate"]) for v in lines] == [
        ("toy-corpus/train/2", "locatedIn"),
        ("toy-corpus/train/2", "visited"),
        ("toy-corpus/train/10", "met"),
        ("toy-corpus/train/10", "visited"),
    ]
    assert list(lines[2]) == ["key", "predicate", "subject", "object", "verdict", "why"]
    before = verdicts.read_text(encoding="utf-8")
    write_verdicts(verdicts, read_verdicts(verdicts))
    assert verdicts.read_text(encoding="utf-8") == before  # a re-write changes nothing


def test_a_no_without_a_reason_is_refused(run, tmp_path):
    out, verdicts = run
    main(["--verdicts", str(verdicts), "--out", str(out)])
    path = out / "unjudged.tsv"
    rows = _tsv(path)
    rows[0]["verdict"] = "n"
    rows[1]["verdict"], rows[1]["why"] = "n", "containment not stated"  # a valid one
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=TSV_COLUMNS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    before = verdicts.read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="needs a reason"):
        main(["--verdicts", str(verdicts), "--out", str(out), "--add-verdicts", str(path)])
    assert verdicts.read_text(encoding="utf-8") == before  # nothing merged
    rows[0]["why"] = "containment not stated"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=TSV_COLUMNS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    main(["--verdicts", str(verdicts), "--out", str(out), "--add-verdicts", str(path)])
    assert len(read_verdicts(verdicts)) == 5


def test_read_verdicts_refuses_a_bad_verdict(tmp_path):
    path = tmp_path / "v.jsonl"
    good = {"key": "c/dev/0", "predicate": "met", "subject": "A", "object": "B", "verdict": "y"}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "verdict": "maybe"}) + "\n")
    with pytest.raises(VerdictError, match="'y' or 'n'"):
        read_verdicts(path)
    path.write_text(json.dumps(good) + "\n")
    assert read_verdicts(path) == {("c/dev/0", "met", "A", "B"): {"verdict": "y", "why": ""}}


def test_score_still_reads_a_judged_sample(tmp_path):
    path = tmp_path / "sample.tsv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(TSV_COLUMNS)
        writer.writerow(["y", "", "met", "A", "B", 0.9, "r", "a", "s", "c/dev/0"])
        writer.writerow(["n", "hedge", "met", "A", "C", 0.9, "r", "a", "s", "c/dev/1"])
        writer.writerow(["", "", "met", "A", "D", 0.9, "r", "a", "s", "c/dev/2"])
    from kg.devtools.audit import score_sample

    table = score_sample(path)
    assert "met              1      2      0.50" in table
