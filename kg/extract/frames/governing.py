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
from kg.extract.model import ARTICLES, PLACE_TYPES, Mention, is_possessive

__all__ = ["agent_governs", "agent_leads", "body_led_by"]


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


#: Lower-case words that may describe the body between the verb and its name ("runs the
#: chipmaker X", "heads the state oil firm Y").
_DESCRIBERS = frozenset({"the", "a", "an"})
_MAX_DESCRIBERS = 4


@frame("agent_leads")
def agent_leads(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X, who heads the Y agency's ...", "X runs the chipmaker Z", "X chairs W": a person who
    leads an organisation or a country named right after the verb (at most a few lower-case
    words describing it between, or the trigger's ``max_gap``: none for "memimpin", whose
    "memimpin delegasi Indonesia" is a task) holds its office.

    Why so narrow: a present-tense verb with its object right after it is a standing office;
    a past one ("led Z until 2019") is a former office, and "leads Y's delegation" is a task,
    not an office. A motion reading ("heads to P") never reaches here: its object is no
    organisation or country right after the verb."""
    if ctx.negated(sent, start, end - 1):
        return
    before = [t.lower_ for t in ctx.doc[max(sent.start, start - 3) : start]]
    if any(w in ctx.cues.former for w in before):
        return
    j = end
    describers = _MAX_DESCRIBERS if trig.max_gap is None else trig.max_gap
    while (
        j < min(sent.end, end + describers)
        and ctx.mention_at(j) is None
        and (
            ctx.doc[j].lower_ in _DESCRIBERS
            or (ctx.doc[j].is_lower and ctx.doc[j].pos_ in ("NOUN", "ADJ"))
        )
    ):
        j += 1
    body = ctx.mention_at(j)
    if body is None or body.tok_start != j:
        return
    if ctx.resolve(body).type not in ("Organization", "Country"):
        return
    after = body.tok_end
    if after < sent.end and is_possessive(ctx.doc[after]):
        owned = [t.lower_ for t in ctx.doc[after + 1 : min(sent.end, after + 4)]]
        if any(w in ctx.cues.delegation for w in owned):
            return  # "leads Chile's delegation": a task, not an office
    subj, weight = subject_for(ctx, sent, start, PERSON)
    if subj is None:
        return
    add_relation(ctx, sent, trig, subj, body, weight)


#: What may stand between a body and "led by" / "dipimpin": "the Green Party, co-led by",
#: "KPK yang dipimpin".
_BODY_TO_VERB = frozenset({",", "yang", "which", "is", "was", "co", "-", "currently", "kini"})


def _delegation_country(ctx: Context, sent: Span, k: int) -> Mention | None:
    """ "Delegasi Chile yang dipimpin PM X", "the Chilean delegation, led by Prime Minister
    X": a country's delegation is led by that country's official. The country right after a
    delegation word (Indonesian order) or right before it (English order, a demonym). Only
    the narrow ``delegation_head`` words: a team led by its captain holds no office."""
    doc = ctx.doc
    if k < sent.start:
        return None
    if doc[k].lower_ in ctx.cues.delegation_head:
        country = ctx.mention_at(k - 1) if k - 1 >= sent.start else None
    else:
        country = ctx.mention_at(k)
        if country is not None and (
            country.tok_start - 1 < sent.start
            or doc[country.tok_start - 1].lower_ not in ctx.cues.delegation_head
        ):
            country = None
    if country is None or ctx.resolve(country).type != "Country":
        return None
    return country


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
    while (
        k >= sent.start
        and ctx.mention_at(k) is None
        and (
            ctx.doc[k].lower_ in _BODY_TO_VERB
            or ctx.doc[k].lower_ in ctx.cues.body_kind
            or ctx.doc[k].lower_ in ARTICLES
        )
    ):
        k -= 1  # "Partai X, partai yang dipimpin", "Satgas itu diketuai", ", a party led by"
    body = _delegation_country(ctx, sent, k)
    if body is None:
        body = ctx.mention_at(k) if k >= sent.start else None
        if body is None or body.tok_end != k + 1 or ctx.resolve(body).type != "Organization":
            return
    if any(t.lower_ in ctx.cues.former for t in ctx.doc[body.tok_end : end]):
        return
    for person in right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP):
        add_relation(ctx, sent, trig, person, body, 1.0)
