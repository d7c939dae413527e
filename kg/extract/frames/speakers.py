"""Speaker frames: the place a report dates a speaker's words in ("kata X di Jakarta, Senin",
"X, di Jakarta, Senin, mengatakan ..."): the speaker was there.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import PERSON, right_chain
from kg.extract.frames.registry import frame
from kg.extract.frames.subjects import in_object_position, subject_for
from kg.extract.lexicon import Trigger
from kg.extract.model import PLACE_TYPES, Mention
from kg.ingest.metadata import calendar_lexicon
from kg.nlp.lexicon import facility_words

__all__ = ["speaker_at_place", "speaker_dated_before"]

_SPEAKER_REACH = 16  # tokens from the speaker to the "di" of the place


@frame("speaker_at_place")
def speaker_at_place(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "kata X di Jakarta, Senin", "ujar X kepada wartawan di Gedung DPR, Senayan, Jakarta,
    Selasa (6/3)": an inverted speech verb, its speaker, and the place the report dates the
    words in. The speaker was there (the annotation guidelines' "a named person acting in a
    named place"). The day or date beside the place is the sign of that dateline; without it
    "di P" is as often the topic. Between the speaker and "di", only an event of their own
    after a subordinator ("usai bertemu Y", "saat membuka ...") may have a verb, and no topic
    word ("tentang banjir di P") and no other person may stand."""
    speakers = right_chain(ctx, sent, end, PERSON, max_gap=4)
    speaker = speakers[0] if speakers else _speaker_after_long_title(ctx, sent, end)
    if speaker is None:
        return
    gap = ctx.doc[end : ctx.starts_at(speaker)]
    if any(t.lower_ in ctx.cues.pronoun or t.lower_ in ctx.cues.subordinator for t in gap):
        return  # "kata dia usai menjenguk X di ...": X is not the speaker
    at = _dateline_place_start(ctx, sent, speaker.tok_end)
    if at is None:
        return
    places = _address_after(ctx, sent, at)
    if not places or not _dated_around(ctx, sent, speaker.tok_end, at, places[-1].tok_end):
        return
    hedges = ctx.cues.negation_near | ctx.cues.negation_clause
    if any(t.lower_ in hedges for t in ctx.doc[end : places[-1].tok_end]):
        return  # only after the verb: the quote before it is the speaker's words
    for place in places:
        ctx.literal_places.add(place.index)
        ctx.add(speaker, "visited", place, rule=trig.rule, confidence=trig.confidence, sent=sent)


def _speaker_after_long_title(ctx: Context, sent: Span, i: int) -> Mention | None:
    """ "kata Deputi Bidang Pengkajian Kementerian Koperasi dan UKM Budi di ...": the first
    person after a title of capitalised words, connectors and bodies (no verb, no comma)."""
    for j in range(i, min(sent.end, i + _SPEAKER_REACH)):
        m = ctx.mention_at(j)
        if m is not None and ctx.resolve(m).type == "Person":
            return m
        tok = ctx.doc[j]
        if m is None and not (tok.text[:1].isupper() or tok.lower_ in ctx.cues.coordination):
            return None
        if tok.text == "," or tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def _dateline_place_start(ctx: Context, sent: Span, i: int) -> int | None:
    """The token after the "di" that follows the speaker (``i``): their place, if nothing
    between makes it another's or a topic."""
    subordinated = False
    apposed = i < sent.end and ctx.doc[i].text == ","  # "kata X, pedagang ikan di Pasar Y"
    for j in range(i, min(sent.end, i + _SPEAKER_REACH)):
        tok = ctx.doc[j]
        m = ctx.mention_at(j)
        if m is not None and m.type == "Person" and not subordinated:
            return None  # another person's words or place; "usai bertemu Y di P" is theirs
        if tok.lower_ in ctx.cues.topic or tok.lower_ in ctx.cues.complementizer:
            return None
        if tok.lower_ in ctx.cues.subordinator:
            subordinated = True
        if tok.pos_ == "VERB" and not subordinated:
            return None
        if tok.lower_ in ctx.cues.venue and tok.lower_ in ctx.cues.locative:
            if apposed and not subordinated and ctx.doc[j - 1].text != ",":
                return None  # the place of the apposition's noun (a workplace), not the report's
            return j + 1
    return None


def _address_after(ctx: Context, sent: Span, i: int) -> list[Mention]:
    """The places of the address starting at or a few words after ``i`` ("di Kompleks
    Parlemen, Senayan, Jakarta": Senayan, Jakarta); the words before the first place are a
    building's name, with no verb."""
    j = i
    while j < min(sent.end, i + 8):
        m = ctx.mention_at(j)
        if (
            m is not None
            and m.type in PLACE_TYPES
            and ctx.doc[j - 1].lower_ not in facility_words()
        ):
            break  # "di restoran X, Jakarta": X is the restaurant; Jakarta the place
        if m is None and ctx.doc[j].pos_ == "VERB":
            return []
        j = m.tok_end if m is not None else j + 1
    places: list[Mention] = []
    while (m := ctx.mention_at(j)) is not None and m.type in PLACE_TYPES:
        places.append(m)
        if m.tok_end + 1 >= sent.end or ctx.doc[m.tok_end].text != ",":
            break
        j = m.tok_end + 1
    return places


def _dated_around(ctx: Context, sent: Span, first: int, at: int, last: int) -> bool:
    """A weekday or a "(d/m)" date just after the place (", Senin", "Rabu (20/8)") or between
    the speaker and the place ("pada Rabu (20/8) di Jakarta")."""
    weekdays = calendar_lexicon()["weekdays"]
    after = [t.lower_ for t in ctx.doc[last : min(sent.end, last + 3)] if t.text != ","]
    before = [t.lower_ for t in ctx.doc[first:at]]
    return any(w in weekdays or w == "(" for w in after[:1]) or any(w in weekdays for w in before)


@frame("speaker_said_in")
def speaker_said_in(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X said in Lima on Tuesday", "Speaking in P on Monday, X said": the place right after a
    speech verb, with a day right after it, dates the words, as after an inverted verb in
    Indonesian ("kata X di P, Senin"); the speaker was there. Without the day "said in P" is
    as often a statement's or a topic's ("said in a statement", "said in P the talks ...")."""
    if ctx.negated(sent, start, end - 1) or end >= sent.end:
        return
    at = ctx.doc[end]
    if not (at.lower_ in ctx.cues.venue and at.lower_ in ctx.cues.locative):
        return
    places = _address_after(ctx, sent, end + 1)
    if not places or places[0].tok_start != end + 1 or not _day_after(ctx, sent, places[-1]):
        return
    subj, weight = subject_for(ctx, sent, start, PERSON)
    if subj is None:
        return
    for place in places:
        ctx.literal_places.add(place.index)
        rule, confidence = trig.rule, trig.confidence * weight
        ctx.add(subj, "visited", place, rule=rule, confidence=confidence, sent=sent)


def _day_after(ctx: Context, sent: Span, place: Mention) -> bool:
    """A weekday right after the place, with "on" or a comma before it ("in P on Tuesday")."""
    weekdays = calendar_lexicon()["weekdays"]
    words = [t.lower_ for t in ctx.doc[place.tok_end : min(sent.end, place.tok_end + 2)]]
    words = words[1:] if words and words[0] in ("on", ",") else words
    return bool(words) and words[0] in weekdays


@frame("speaker_dated_before")
def speaker_dated_before(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X, di Jakarta, Senin, mengatakan ...", "X dalam diskusi di Jakarta, Rabu, mengatakan
    ...": the place and day standing between a speaker and a speech verb date the words, as
    after an inverted verb ("kata X di Jakarta, Senin"). Only the day, time words and commas
    may come between the place and the verb, so the place is the report's, not a topic's."""
    for k in range(start - 1, max(sent.start, start - _SPEAKER_REACH) - 1, -1):
        if ctx.doc[k].lower_ not in ctx.cues.locative:
            continue
        places = _address_after(ctx, sent, k + 1)
        if not places or not _only_time_between(ctx, places[-1].tok_end, start):
            continue
        if not _dated_around(ctx, sent, k, k + 1, places[-1].tok_end):
            return
        subj = _speaker_before(ctx, sent, k)
        if subj is None:
            return
        for place in places:
            ctx.literal_places.add(place.index)
            ctx.add(subj, "visited", place, rule=trig.rule, confidence=trig.confidence, sent=sent)
        return


def _speaker_before(ctx: Context, sent: Span, k: int) -> Mention | None:
    """The person a dated place follows: right before it, after a comma ("X, di Jakarta"), or
    before an event phrase with no verb ("X, dalam diskusi di Jakarta"). A verb or another
    name on the way means the place is someone else's."""
    for j in range(k - 1, max(sent.start, k - _SPEAKER_REACH) - 1, -1):
        m = ctx.mention_at(j)
        if m is not None:
            person = ctx.resolve(m)
            if person.type != "Person" or in_object_position(ctx, m):
                return None
            return m
        if ctx.doc[j].pos_ in ("VERB", "AUX") or ctx.doc[j].lower_ in ctx.cues.topic:
            return None
    return None


def _only_time_between(ctx: Context, i: int, j: int) -> bool:
    """Tokens ``i``..``j`` are commas, a day, a date or time words ("Senin", "(20/8)", "pagi")."""
    weekdays = calendar_lexicon()["weekdays"]
    return all(
        t.text in (",", "(", ")", "/", "-")
        or t.like_num
        or t.lower_ in weekdays
        or t.lower_ in ctx.cues.subjectless
        for t in ctx.doc[i:j]
    )
