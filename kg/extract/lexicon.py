"""Trigger patterns and cue words per language, read from ``ontology/lexicon/<lang>.jsonl``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from kg.nlp.lexicon import read_jsonl

__all__ = ["Trigger", "Cues", "load_triggers", "load_cues", "trigger_matcher"]


@dataclass(frozen=True)
class Trigger:
    """A lexical trigger: a token pattern, the predicate it signals, and how to fill its roles."""

    rule: str
    predicate: str
    frame: str
    confidence: float
    pattern: tuple
    max_gap: int | None = None  # tokens allowed between trigger and object; None: the frame's
    venue: str | None = None  # who was at "di/in P" after it: subject, object or both


@dataclass(frozen=True)
class Cues:
    """Closed-class words that steer the frames (negation, clause breaks, pronouns...)."""

    negation_near: frozenset[str]
    negation_clause: frozenset[str]
    clause_break: frozenset[str]
    pronoun: frozenset[str]
    locative: frozenset[str]
    capital: tuple[tuple[str, ...], ...]
    group_leaders: tuple[tuple[str, ...], ...]
    coordination: frozenset[str]
    motion_from: frozenset[str]
    alias_of: tuple[tuple[str, ...], ...]
    head_of_state: tuple[tuple[str, ...], ...]
    delegation: frozenset[str]
    subjectless: frozenset[str]
    oblique: frozenset[str]
    relative: frozenset[str]
    venue: frozenset[str]
    list_intro: frozenset[str]
    delegation_head: frozenset[str]


@cache
def load_triggers(lang: str) -> tuple[Trigger, ...]:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "trigger"]
    return tuple(
        Trigger(
            r["rule"],
            r["predicate"],
            r["frame"],
            float(r["confidence"]),
            tuple(r["pattern"]),
            r.get("max_gap"),
            r.get("venue"),
        )
        for r in rows
    )


@cache
def load_cues(lang: str) -> Cues:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "cue"]

    def words(cue: str, scope: str | None = None) -> list[str]:
        return [
            w
            for r in rows
            if r["cue"] == cue and (scope is None or r.get("scope") == scope)
            for w in r["words"]
        ]

    def phrases(cue: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(w.split()) for w in words(cue)}, key=len, reverse=True))

    return Cues(
        negation_near=frozenset(words("negation", "near")),
        negation_clause=frozenset(words("negation", "clause")),
        clause_break=frozenset(words("clause_break")),
        pronoun=frozenset(words("pronoun")),
        locative=frozenset(words("locative")),
        capital=phrases("capital"),
        group_leaders=phrases("group_leaders"),
        coordination=frozenset(words("coordination")),
        motion_from=frozenset(words("motion_from")),
        alias_of=phrases("alias_of"),
        head_of_state=phrases("head_of_state"),
        delegation=frozenset(words("delegation")),
        subjectless=frozenset(words("subjectless")),
        oblique=frozenset(words("oblique")),
        relative=frozenset(words("relative")),
        venue=frozenset(words("venue")),
        list_intro=frozenset(words("list_intro")),
        delegation_head=frozenset(words("delegation_head")),
    )


def trigger_matcher(vocab: Vocab, lang: str) -> tuple[Matcher, dict[str, Trigger]]:
    """A spaCy Matcher over all triggers of ``lang``, keyed by rule name."""
    matcher = Matcher(vocab)
    by_rule = {}
    for trig in load_triggers(lang):
        matcher.add(trig.rule, [list(trig.pattern)], greedy="LONGEST")
        by_rule[trig.rule] = trig
    return matcher, by_rule
