"""Frames: how each kind of trigger finds its subject and objects in the sentence.

A trigger in ``ontology/lexicon/<lang>.jsonl`` names its frame; the frames are registered here by
name (like spaCy's registered functions) so the lexicon can use them without code changes.
Frames read token order and entity types, with coordination ("X dan Y", "X, Y and Z"),
appositions ("ibu kota Armenia, Yerevan") and title phrases; negation and hedges block them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.lexicon import Trigger
from kg.extract.model import AGENT_TYPES, PLACE_TYPES, Mention

__all__ = ["FRAMES", "frame"]

Frame = Callable[[Context, Span, Trigger, int, int], None]
FRAMES: dict[str, Frame] = {}

_PERSON = frozenset({"Person"})
_MAX_GAP = 4
_MAX_PERSON_GAP = 10
_NOUN_VISIT_PREPS = {"ke", "to", "into", "in"}
_POSSESSIVE = {"'s", "'"}
_NOUN_VISIT_FILLERS = 4


def frame(name: str) -> Callable[[Frame], Frame]:
    def register(fn: Frame) -> Frame:
        FRAMES[name] = fn
        return fn

    return register


# -- role finders ---------------------------------------------------------------------------
def left_agent(ctx: Context, sent: Span, i: int, types=_PERSON) -> Mention | None:
    """Nearest person (or pronoun) left of token ``i`` in the sentence, skipping possessors
    ("Joe Biden's administration") which modify a noun rather than act. A person is
    preferred to an organisation ("Trump told reporters at the White House before leaving")."""
    if types != _PERSON and "Person" in types:
        person = left_agent(ctx, sent, i, _PERSON)
        if person is not None:
            return person
    for j in range(i - 1, sent.start - 1, -1):
        m = ctx.mention_at(j)
        if m is None or ctx.resolve(m).type not in types:
            continue
        if m.tok_end < len(ctx.doc) and ctx.doc[m.tok_end].text in _POSSESSIVE:
            continue
        return m
    return None


def salient_person(ctx: Context, sent: Span, i: int) -> Mention | None:
    """The implicit subject: the first person of the closest earlier sentence that names one
    (news prose continues about it: "Ia ...", "diplomat itu ..."), unless the sentence itself
    names a person the article has named more often ("... perjalanan luar negeri Prabowo")."""
    idx = ctx.sents.index(sent)
    previous = None
    for k in range(idx - 1, max(-1, idx - 4), -1):
        people = [ctx.resolve(m) for m in ctx.by_sent.get(k, []) if ctx.resolve(m).type == "Person"]
        if people:
            previous = people[0]
            break
    here = [
        ctx.resolve(m)
        for m in ctx.by_sent.get(idx, [])
        if ctx.resolve(m).type == "Person" and not m.is_pronoun
    ]
    if not here:
        return previous
    counts = ctx.person_counts(before=sent.start)
    key = ctx.person_key
    best = max(here, key=lambda m: counts.get(key(m), 0))
    if previous is None or counts.get(key(best), 0) > counts.get(key(previous), 0):
        return best
    return previous


def _in_quote(ctx: Context, sent: Span, i: int) -> bool:
    """Inside a quotation, an unstated subject is the speaker, not the article's protagonist."""
    before = sent.text[: ctx.doc[i].idx - sent.start_char]  # Doc.text would cost O(doc)
    return before.count('"') % 2 == 1


def subject_for(ctx: Context, sent: Span, i: int, types=_PERSON) -> tuple[Mention | None, float]:
    """Explicit subject on the left, else the salient person at a lower confidence.

    An infinitive ("He is scheduled to ... and to call on X", "datang untuk bertemu X")
    takes the sentence's subject, not the nearest name before it."""
    if i > 0 and ctx.doc[i - 1].lower_ in ("to", "untuk") and ctx.doc[i - 1].i > sent.start:
        first = next(
            (
                m
                for m in ctx.by_sent.get(ctx.sents.index(sent), [])
                if m.tok_start < i and ctx.resolve(m).type in types
            ),
            None,
        )
        if first is not None:
            return first, 0.9
    m = left_agent(ctx, sent, i, types)
    if m is not None:
        return m, 1.0
    described = definite_description(ctx, sent, i)
    if described is not None:
        return described, 0.85
    if _in_quote(ctx, sent, i):
        return None, 0.0
    return salient_person(ctx, sent, i), 0.75


def definite_description(ctx: Context, sent: Span, i: int) -> Mention | None:
    """ "The secretary is scheduled to ...", "Menteri itu ...": the person last named with a
    title containing that word."""
    c_start, _ = ctx.clause_bounds(sent, i)
    words = [t.lower_ for t in ctx.doc[c_start:i]]
    for k, word in enumerate(words):
        definite = (k > 0 and words[k - 1] == "the") or (
            k + 1 < len(words) and words[k + 1] in ("itu", "tersebut")
        )
        if not definite or not word.isalpha():
            continue
        titled = [
            m
            for m in ctx.mentions
            if m.type == "Person"
            and m.title
            and m.tok_start < sent.start
            and word in m.title.lower().split()
        ]
        if titled:
            return titled[-1]
    return None


def right_chain(
    ctx: Context, sent: Span, i: int, types: frozenset[str], max_gap: int = _MAX_GAP
) -> list[Mention]:
    """Mentions of ``types`` starting within ``max_gap`` tokens right of ``i``, with the
    ones coordinated or apposed after it ("ke Kazakhstan dan Uzbekistan", "Tashkent, Uzbekistan",
    "Presiden X dan Perdana Menteri Y")."""
    _, end = ctx.clause_bounds(sent, i)
    end = max(end, min(sent.end, i + max_gap + 1))
    found: list[Mention] = []
    j = i
    gap = 0
    while j < sent.end:
        m = ctx.mention_at(j)
        if m is not None and ctx.resolve(m).type in types:
            found.append(m)
            j = m.tok_end
            gap = 0
            j = _skip_coordination(ctx, sent, j, types)
            if j is None:
                break
            continue
        if found or j >= end:
            break
        gap += 1
        if gap > max_gap:
            break
        # Another entity on the way (a title's country, a venue: "to the G7 summit in
        # Biarritz") counts as one step of the gap.
        j = m.tok_end if m is not None else j + 1
    return found


def _skip_coordination(ctx: Context, sent: Span, j: int, types: frozenset[str]) -> int | None:
    """Index of the next coordinated mention's first token, or None when the list ends."""
    k = j
    saw_link = False
    while k < sent.end and k - j <= 6:
        tok = ctx.doc[k]
        m = ctx.mention_at(k)
        if m is not None:
            if ctx.resolve(m).type in types and saw_link:
                return k
            if types == _PERSON and m.type in ("Country", "Organization") and saw_link:
                k = m.tok_end  # title country: "dan Perdana Menteri India Narendra Modi"
                continue
            return None
        word = tok.lower_
        if word in ctx.cues.coordination:
            saw_link = True
        elif types == _PERSON and saw_link and (tok.is_title or tok.is_upper or tok.is_lower):
            pass  # title words between "dan" and the next name
        elif types != _PERSON and saw_link and word in {"ibu", "kota", "capital", "the", "city"}:
            pass
        else:
            return None
        k += 1
    return None


# -- frames ---------------------------------------------------------------------------------
@frame("agent_to_places")
def agent_to_places(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X tiba di / berkunjung ke / arrived in / travelled to PLACE(S)."""
    if ctx.negated(sent, start, end - 1):
        return
    if end < sent.end and ctx.doc[end].pos_ in ("VERB", "AUX"):
        return  # "moved to end the conflict": an infinitive, not a destination
    subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    for obj in right_chain(ctx, sent, end, PLACE_TYPES):
        obj.literal_place = True
        ctx.add(
            subj, "visited", obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent
        )


@frame("noun_visit")
def noun_visit(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """Kunjungan [X] ke PLACE / X's visit to PLACE / visit to PLACE by X."""
    subj = None
    weight = 1.0
    j = end
    fillers = 0
    while j < sent.end and fillers <= _NOUN_VISIT_FILLERS:
        m = ctx.mention_at(j)
        tok = ctx.doc[j]
        if m is not None and ctx.resolve(m).type in AGENT_TYPES and subj is None:
            subj = m
            j = m.tok_end
            continue
        if tok.lower_ in _NOUN_VISIT_PREPS:
            break
        if tok.is_punct or m is not None:
            return
        fillers += 1
        j += 1
    else:
        return
    if j >= sent.end or ctx.doc[j].lower_ not in _NOUN_VISIT_PREPS:
        return
    if ctx.negated(sent, start, j):
        return
    if subj is None:
        subj = _possessor_before(ctx, start)
    if subj is None:
        subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    for obj in right_chain(ctx, sent, j + 1, PLACE_TYPES):
        obj.literal_place = True
        ctx.add(
            subj, "visited", obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent
        )


def _possessor_before(ctx: Context, start: int) -> Mention | None:
    """ "Modi's (previous) visit": a person right before, marked possessive."""
    j = start - 1
    while j >= 0 and start - j <= 3:
        tok = ctx.doc[j]
        if tok.text in _POSSESSIVE:
            m = ctx.mention_at(j - 1)
            return m if m is not None and ctx.resolve(m).type in AGENT_TYPES else None
        if not tok.is_lower:
            return None
        j -= 1
    return None


_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})


def _passive(ctx: Context, start: int) -> bool:
    """ "was (formally) welcomed": an English passive, read by the passive frame instead."""
    j = start - 1
    while j >= 0 and start - j <= 3 and ctx.doc[j].pos_ == "ADV":
        j -= 1
    return j >= 0 and ctx.doc[j].lower_ in _PASSIVE_AUX


@frame("agent_meets")
def agent_meets(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X bertemu (dengan) Y / X held talks with Y / kata X kepada Y."""
    if ctx.negated(sent, start, end - 1) or _passive(ctx, start):
        return
    inside = [ctx.mention_at(j) for j in range(start, end)]
    speaker = next((m for m in inside if m is not None and ctx.resolve(m).type == "Person"), None)
    if speaker is not None:
        subj, weight = speaker, 1.0
    else:
        subj, weight = subject_for(ctx, sent, start)
    if subj is None:
        return
    objects = right_chain(ctx, sent, end, _PERSON, max_gap=_MAX_PERSON_GAP)
    if not objects and speaker is None:
        pair = _coordinated_persons_before(ctx, sent, start)
        if pair is not None:
            subj, objects = pair[0], [pair[1]]
    for obj in objects:
        ctx.add(subj, "met", obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent)


def _coordinated_persons_before(ctx: Context, sent: Span, i: int):
    """ "Biden and Xi ... when they met": two coordinated persons before an object-less meet."""
    persons = [
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if m.tok_end <= i and m.type == "Person" and not m.is_pronoun
    ]
    for a, b in zip(persons, persons[1:], strict=False):
        between = ctx.doc[a.tok_end : ctx.starts_at(b)]
        if len(between) == 1 and between[0].lower_ in ctx.cues.coordination - {","}:
            return a, b
    return None


@frame("passive_met")
def passive_met(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X disambut oleh Y / X was received by Y."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start)
    if subj is None:
        return
    for obj in right_chain(ctx, sent, end, _PERSON, max_gap=_MAX_PERSON_GAP):
        ctx.add(obj, "met", subj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent)


_BORDER_TYPES = frozenset({"Country", "Region", "Place"})


@frame("places_share_border")
def places_share_border(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X dan Y berbagi perbatasan / X berbatasan dengan Y / X and Y share a border."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    c_start, _ = ctx.clause_bounds(sent, start)
    left = [
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if c_start <= m.tok_start < start and m.type in _BORDER_TYPES and not m.is_pronoun
    ]
    if len(left) >= 2 and _coordinated(ctx, left[-2], left[-1]):
        a, b = left[-2], left[-1]
        ctx.add(a, "borders", b, rule=trig.rule, confidence=trig.confidence, sent=sent)
        return
    if not left:
        return
    right = right_chain(ctx, sent, end, _BORDER_TYPES, max_gap=1)
    for obj in right:
        ctx.add(left[-1], "borders", obj, rule=trig.rule, confidence=trig.confidence, sent=sent)


def _coordinated(ctx: Context, a: Mention, b: Mention) -> bool:
    between = ctx.doc[a.tok_end : b.tok_start]
    return 0 < len(between) <= 2 and all(t.lower_ in ctx.cues.coordination for t in between)


_COUNTRY = frozenset({"Country"})
_INVADED_PREPS = {"ke", "atas", "terhadap", "of", "into", "on", "against"}


@frame("invasion_of")
def invasion_of(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """invasi X ke Y / X's invasion of Y / the Russian invasion of Y / invasion of Y by X."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    invader = _country_before(ctx, start)
    j = end
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
    if invader is not None and invader.type == "Country":
        ctx.add(invader, "invaded", invaded, rule=trig.rule, confidence=trig.confidence, sent=sent)


def _country_before(ctx: Context, start: int) -> Mention | None:
    j = start - 1
    if j >= 0 and ctx.doc[j].text in _POSSESSIVE:
        j -= 1
    if j >= 0 and ctx.doc[j].lower_ == "the":
        return None
    m = ctx.mention_at(j) if j >= 0 else None
    return m if m is not None and m.type == "Country" and ctx.lang == "en" else None


@frame("agent_invades")
def agent_invades(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X invaded Y / X menginvasi Y."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    invader = left_agent(ctx, sent, start, _COUNTRY)
    targets = right_chain(ctx, sent, end, _COUNTRY, max_gap=2)
    if invader is None:
        return
    for obj in targets:
        ctx.add(invader, "invaded", obj, rule=trig.rule, confidence=trig.confidence, sent=sent)


@frame("fronted_arrival")
def fronted_arrival(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Setibanya di Vientiane, Wapres disambut ...", "Upon arriving in X, Y ...": the arrival
    clause comes first and its subject is the main clause's, after the comma."""
    if ctx.negated(sent, start, end - 1):
        return
    places = right_chain(ctx, sent, end, PLACE_TYPES)
    if not places:
        return
    subj = None
    for j in range(places[-1].tok_end, sent.end):
        m = ctx.mention_at(j)
        if m is not None and ctx.resolve(m).type in AGENT_TYPES:
            subj = m
            break
    weight = 1.0
    if subj is None:
        subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    for obj in places:
        obj.literal_place = True
        ctx.add(
            subj, "visited", obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent
        )
