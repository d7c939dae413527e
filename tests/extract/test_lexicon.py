"""The relation lexicon is validated against the frames and the schema (ontology/kg.ttl)."""

from __future__ import annotations

import json

import pytest

from kg.extract import lexicon
from kg.extract.frames import FRAMES
from kg.schema import relations


@pytest.mark.parametrize("lang", ["id", "en"])
def test_shipped_lexicons_have_no_problems(lang):
    assert lexicon.lexicon_problems(lang, FRAMES) == []


def test_schema_relations_come_from_the_ontology():
    rels = relations()
    assert set(rels) == {
        "visited",
        "met",
        "borders",
        "officialOf",
        "locatedIn",
        "withinArea",
        "invaded",
    }
    assert rels["met"].symmetric and not rels["visited"].symmetric
    assert "City" in rels["visited"].range and "Person" in rels["officialOf"].domain


def test_broken_lexicon_entries_are_reported(tmp_path, monkeypatch):
    rows = [
        {
            "kind": "trigger",
            "predicate": "visited",
            "frame": "agent_to_places",
            "rule": "ok",
            "confidence": 0.9,
            "pattern": [{"LOWER": "tiba"}],
        },
        {
            "kind": "trigger",
            "predicate": "visits",
            "frame": "agent_to_places",
            "rule": "bad-pred",
            "confidence": 0.9,
            "pattern": [{"LOWER": "tiba"}],
        },
        {
            "kind": "trigger",
            "predicate": "met",
            "frame": "agent_greets",
            "rule": "bad-frame",
            "confidence": 0.9,
            "pattern": [{"LOWER": "bertemu"}],
        },
        {
            "kind": "trigger",
            "predicate": "met",
            "frame": "agent_meets",
            "rule": "bad-token",
            "confidence": 0.9,
            "pattern": [{"LOWER": {"IN": ["bertemu", "bertatap muka"]}}],
        },
        {
            "kind": "trigger",
            "predicate": "visited",
            "frame": "agent_to_places",
            "rule": "twice",
            "confidence": 0.9,
            "pattern": [{"LOWER": "tiba"}],
        },
        {
            "kind": "trigger",
            "predicate": "visited",
            "frame": "agent_to_places",
            "rule": "twice",
            "confidence": 0.8,
            "pattern": [{"LOWER": "datang"}],
        },
        {"kind": "cue", "cue": "coordination", "words": [",", "as well as"]},
    ]
    (tmp_path / "xx.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    monkeypatch.setattr(
        lexicon,
        "read_jsonl",
        lambda *parts: [
            json.loads(x) for x in (tmp_path / parts[-1]).read_text("utf-8").splitlines()
        ],
    )
    problems = "\n".join(lexicon.lexicon_problems("xx", FRAMES))
    for rule in ("bad-pred", "bad-frame", "bad-token", "as well as", "twice: a second"):
        assert rule in problems
    assert "xx ok:" not in problems  # the good entry passes
