"""Invasion frames: the verb ("X invaded Y", "X menginvasi Y") and the noun ("invasi X ke Y",
"X's invasion of Y", "the Russian invasion of Y", "invasion of Y by X"), countries only.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import (
    POSSESSIVE,
    left_agent,
    relative_head,
    subject_for,
)
from kg.extract.lexicon import Trigger
from kg.extract.model import Mention
from kg.nlp.gazetteer import load_gazetteer

__all__ = ["agent_invades", "invasion_of"]

_COUNTRY = frozenset({"Country"})
_INVADED_PREPS = {"ke", "atas", "terhadap", "of", "into", "on", "against"}


@frame("invasion_of")
def invasion_of(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """invasi X ke Y / X's invasion of Y / the Russian invasion of Y / invasion of Y by X."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    invader = (
        _country_before(ctx, start)
        or _possessor_by_parse(ctx, start)
        or _launcher(ctx, sent, start)
    )
    j = end
    while j < sent.end and j - end < 2 and ctx.doc[j].lower_ in ctx.cues.invasion_kind:
        j += 1  # "invasi darat ke", "a military invasion of": the kind of invasion
    m = ctx.mention_at(j)
    if invader is None and m is not None and m.type == "Country":
        invader = m
        j = m.tok_end
    if j >= sent.end or ctx.doc[j].lower_ not in _INVADED_PREPS:
        return
    invaded = ctx.mention_at(j + 1)
    if invaded is None or invaded.type != "Country":
        return
    if invader is None:
        k = invaded.tok_end
        if k + 1 < sent.end and ctx.doc[k].lower_ in {"by", "oleh"}:
            invader = ctx.mention_at(k + 1)
    if invader is not None and _state(ctx, invader):
        add_relation(ctx, sent, trig, invader, invaded)


#: Determiners between a launching verb and the invasion noun ("launched an invasion").
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "sebuah"})


def _launcher(ctx: Context, sent: Span, i: int) -> Mention | None:
    """ "Rusia melancarkan invasi ke Ukraina", "Iraq launched an invasion of Kuwait": the
    invasion noun is the object of a verb that starts it (the ``launch_verb`` cue; not one
    that fears or condemns it); its clause's subject, a country, invades."""
    if ctx.doc[i].lower_ not in ctx.cues.invasion_noun:
        return None  # "melancarkan serangan ke Suriah": an attack is no invasion
    k = i - 1
    while k > sent.start and ctx.doc[k].lower_ in ctx.cues.invasion_kind | _DETERMINERS:
        k -= 1  # "began a ground invasion of Y"
    if k < sent.start or ctx.doc[k].lower_ not in ctx.cues.launch_verb:
        return None
    subj, _ = subject_for(ctx, sent, k, _STATES)
    return subj if subj is not None and _state(ctx, subj) else None


#: What may stand for an invading state: a country, or its capital as its government.
_STATES = frozenset({"Country", "City"})


def _state(ctx: Context, m: Mention) -> bool:
    """A country, or a national capital standing for its government ("Moskow melancarkan
    invasi ke Ukraina"): resolve reads the capital as the country where the text never uses
    it as a place, and the schema drops an invasion by a city where it does."""
    if ctx.resolve(m).type == "Country":
        return True
    entry = load_gazetteer().get(m.kb_id) if m.type == "City" and m.kb_id else None
    return entry is not None and bool(entry.capital_of)


def _possessor_by_parse(ctx: Context, i: int) -> Mention | None:
    """The country whose invasion the noun at ``i`` is, with words between ("Germany's
    brutal invasion"), or through "its" the subject of the verb it is the object of
    ("Iraq began its invasion of Y"). English parse only."""
    if ctx.lang != "en":
        return None
    noun = ctx.doc[i]
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    m = ctx.mention_at(poss.i)
    if m is not None and not m.is_pronoun:
        return m if _state(ctx, m) else None  # "Germany's invasion", "Moscow's invasion"
    if poss.lower_ not in ("its", "their"):
        return None
    if noun.dep_ != "dobj":
        return _country_named_before(ctx, poss.i)  # "sanctions put on P after its invasion of Q"
    nsubj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    m = ctx.mention_at(nsubj.i) if nsubj is not None else None
    return m if m is not None and m.type == "Country" else None


def _country_named_before(ctx: Context, i: int) -> Mention | None:
    """The one country named in the sentence before "its" at token ``i`` ("sanctions were
    put on P after its invasion of Q"): whose the invasion is; None when the sentence names two
    or none there, for "its" might be either."""
    sent = ctx.doc[i].sent
    named = {
        ctx.resolve(m).kb_id or m.text: m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if m.tok_end <= i and ctx.resolve(m).type == "Country" and not m.is_demonym
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _country_before(ctx: Context, start: int) -> Mention | None:
    j = start - 1
    if j >= 0 and ctx.doc[j].text in POSSESSIVE:
        j -= 1
    if j >= 0 and ctx.doc[j].lower_ == "the":
        return None
    m = ctx.mention_at(j) if j >= 0 else None
    return m if m is not None and ctx.lang == "en" and _state(ctx, m) else None


@frame("agent_invades")
def agent_invades(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X invaded Y / X menginvasi Y."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    invader = left_agent(ctx, sent, start, _STATES)
    targets = right_chain(ctx, sent, end, _COUNTRY, max_gap=2)
    if invader is None or not _state(ctx, invader):
        return
    if not targets:  # "Ukraine, which Russia invaded in 2022": the relative clause's head
        target = _relative_object(ctx, invader)
        targets = [target] if target is not None else []
    for obj in targets:
        add_relation(ctx, sent, trig, invader, obj)


def _relative_object(ctx: Context, invader: Mention) -> Mention | None:
    """The head of an object relative clause whose subject is the invader: "Y, which X
    invaded" (the relative pronoun right before the invader)."""
    j = invader.tok_start - 1
    if j < 1 or ctx.doc[j].lower_ not in ctx.cues.relative_thing:
        return None
    head = relative_head(ctx, j)
    return head if head is not None and head.type in _COUNTRY and head is not invader else None

