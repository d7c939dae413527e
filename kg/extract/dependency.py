"""Relations from patterns over the dependency parse (spaCy ``DependencyMatcher``).

Token patterns (``frames.py``) read word order; these read grammatical roles, so they hold
where order misleads: a relative clause between subject and verb ("Modi, who landed on
Friday, visited Dhaka"), a passive agent ("was received by X"), a coordinated object. The
patterns are data (``kind: dep_trigger`` in ``ontology/lexicon/<lang>.jsonl``); each names the
pattern nodes that are the relation's subject and object.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from kg.extract.context import Context
from kg.extract.model import Mention
from kg.nlp.lexicon import read_jsonl
from kg.schema import relations

__all__ = ["DepTrigger", "load_dep_triggers", "extract_dependency_relations"]


@dataclass(frozen=True)
class DepTrigger:
    rule: str
    predicate: str
    confidence: float
    subject: str
    object: str
    node_ids: tuple[str, ...]
    pattern: tuple


@cache
def load_dep_triggers(lang: str) -> tuple[DepTrigger, ...]:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "dep_trigger"]
    return tuple(
        DepTrigger(
            rule=r["rule"],
            predicate=r["predicate"],
            confidence=float(r["confidence"]),
            subject=r["roles"]["subject"],
            object=r["roles"]["object"],
            node_ids=tuple(node["RIGHT_ID"] for node in r["pattern"]),
            pattern=tuple(r["pattern"]),
        )
        for r in rows
    )


_MATCHERS: dict[tuple[int, str], tuple[DependencyMatcher, dict[str, DepTrigger]]] = {}


def _matcher(vocab: Vocab, lang: str) -> tuple[DependencyMatcher, dict[str, DepTrigger]]:
    key = (id(vocab), lang)
    if key not in _MATCHERS:
        matcher = DependencyMatcher(vocab)
        by_rule = {}
        for trig in load_dep_triggers(lang):
            matcher.add(trig.rule, [list(trig.pattern)])
            by_rule[trig.rule] = trig
        _MATCHERS[key] = (matcher, by_rule)
    return _MATCHERS[key]


def extract_dependency_relations(ctx: Context) -> set[int]:
    """Add the relations the dependency patterns find (none without a parser); return the
    trigger tokens they explained, so word-order frames leave those alone."""
    doc: Doc = ctx.doc
    explained: set[int] = set()
    if not doc.has_annotation("DEP") or not load_dep_triggers(ctx.lang):
        return explained
    matcher, by_rule = _matcher(doc.vocab, ctx.lang)
    for match_id, token_ids in matcher(doc):
        trig = by_rule[doc.vocab.strings[match_id]]
        nodes = dict(zip(trig.node_ids, token_ids, strict=True))
        verb = doc[token_ids[0]]
        sent = verb.sent
        if _negated(verb) or ctx.negated(sent, verb.i, verb.i):
            explained.add(verb.i)  # a negated trigger must not fire through word order either
            continue
        subj = _mention_of(ctx, doc[nodes[trig.subject]])
        if subj is None or ctx.resolve(subj).type not in relations()[trig.predicate].domain:
            continue  # no usable subject in the parse (e.g. a dateline): word order may try
        explained.add(verb.i)  # the parse found who acts: word order must not guess again
        ctx.trigger = (verb.idx, verb.idx + len(verb.text))
        for obj in _objects(ctx, doc[nodes[trig.object]], trig.predicate):
            if relations()[trig.predicate].to_place:  # "visited X": X is a place here
                ctx.literal_places.add(obj.index)
            for agent in ctx.group(subj):
                ctx.add(
                    agent,
                    trig.predicate,
                    obj,
                    rule=trig.rule,
                    confidence=trig.confidence,
                    sent=sent,
                )
        ctx.trigger = None
    return explained


def _objects(ctx: Context, token: Token, predicate: str) -> list[Mention]:
    """The object mentions: the object token's own entity and its conjuncts, or, when the
    object is a common noun ("Vietnam's top leaders, President X and Prime Minister Y"), the
    fitting entities named in its subtree (appositions and their conjuncts)."""
    direct = [m for m in (_mention_of(ctx, t) for t in _with_conjuncts(token)) if m is not None]
    if direct:
        return [each for m in direct for each in ctx.group(m)]
    wanted = relations()[predicate].range
    found: dict[int, Mention] = {}
    for t in token.subtree:
        m = _mention_of(ctx, t)
        if m is not None and ctx.resolve(m).type in wanted and t.dep_ in ("appos", "conj"):
            found[m.index] = m
    return list(found.values())


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _mention_of(ctx: Context, token: Token) -> Mention | None:
    """The entity (or pronoun) mention a syntactic head token belongs to."""
    return ctx.mention_at(token.i)
