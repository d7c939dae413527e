"""The governing frames: "Stalin memerintah Uni Soviet", "the Green Party, co-led by X and
Y", "PKB pimpinan Z": whoever governs a place or leads a body holds its office (the
trigger's predicate, officialOf).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import MAX_PERSON_GAP, PERSON, right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import subject_for
from kg.extract.lexicon import Trigger
from kg.extract.model import PLACE_TYPES

__all__ = ["agent_governs", "body_led_by"]


@frame("agent_governs")
def agent_governs(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Stalin memerintah Uni Soviet", "X terus memerintah Mykenai": whoever governs a place
    right after the verb holds its office. A past rule ("pernah memerintah", a ``former`` cue
    before the verb) is not asserted."""
    if ctx.negated(sent, start, end - 1):
        return
    before = [t.lower_ for t in ctx.doc[max(sent.start, start - 3) : start]]
    if any(w in ctx.cues.former for w in before):
        return
    subj, weight = subject_for(ctx, sent, start, PERSON)
    if subj is None:
        return
    for place in right_chain(ctx, sent, end, PLACE_TYPES, max_gap=0)[:1]:
        add_relation(ctx, sent, trig, subj, place, weight)


#: What may stand between a body and "led by" / "dipimpin": "the Green Party, co-led by",
#: "KPK yang dipimpin".
_BODY_TO_VERB = frozenset({",", "yang", "which", "is", "was", "co", "-", "currently", "kini"})


@frame("body_led_by")
def body_led_by(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "New Zealand First, led by Deputy Prime Minister X", "the Green Party, co-led by A and
    B", "PKB pimpinan Muhaimin", "KPK yang dipimpin Y": the persons named after the verb lead
    the organisation named right before it. Organisations only: "Argentina, led by Messi" is
    a team's captain, and a country's leaders carry titles. Not a past leadership ("formerly
    led by", "pernah dipimpin")."""
    if ctx.negated(sent, start, end - 1):
        return
    k = start - 1
    while k >= sent.start and ctx.doc[k].lower_ in _BODY_TO_VERB:
        k -= 1
    body = ctx.mention_at(k) if k >= sent.start else None
    if body is None or body.tok_end != k + 1 or ctx.resolve(body).type != "Organization":
        return
    if any(t.lower_ in ctx.cues.former for t in ctx.doc[body.tok_end : end]):
        return
    for person in right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP):
        add_relation(ctx, sent, trig, person, body, 1.0)
