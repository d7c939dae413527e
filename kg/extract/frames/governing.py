"""The governing frame: "Stalin memerintah Uni Soviet": whoever governs a place holds its
office (the trigger's predicate, officialOf).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import PERSON, right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import subject_for
from kg.extract.lexicon import Trigger
from kg.extract.model import PLACE_TYPES

__all__ = ["agent_governs"]


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
