"""Meeting frames: "X bertemu Y", "X held talks with Y", the passive "X disambut oleh Y", a
clitic object ("X menyambutnya") and a meeting noun with "antara/between" two persons.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import MAX_PERSON_GAP, PERSON, right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import (
    companions_before,
    possessor_before,
    previous_subject,
    subject_for,
    with_coordinated,
)
from kg.extract.frames.venues import known_place, meeting_venue, venue_places, visited_venue
from kg.extract.lexicon import Trigger
from kg.extract.model import PLACE_TYPES, Mention, is_possessive
from kg.nlp.lexicon import cue_words

__all__ = [
    "agent_meets",
    "agent_meets_clitic",
    "joined_meeting",
    "meeting_attendees",
    "meeting_between",
    "passive_met",
    "signed_by_pair",
]

_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})


def _passive(ctx: Context, start: int) -> bool:
    """ "was (formally) welcomed": an English passive, read by the passive frame instead."""
    j = start - 1
    while j >= 0 and start - j <= 3 and ctx.doc[j].pos_ == "ADV":
        j -= 1
    return j >= 0 and ctx.doc[j].lower_ in _PASSIVE_AUX


def _nonfinite(ctx: Context, i: int) -> bool:
    """Token ``i`` is a noun that an -ing verb right after a subordinator governs ("before
    holding (hours of) talks with Y"): the clause has no subject of its own."""
    if ctx.doc[i].pos_ != "NOUN":
        return False
    head = ctx.doc[i].head
    for _ in range(4):  # up through "hours of", "a round of"
        if head.pos_ == "VERB" or head.head is head:
            break
        head = head.head
    return head.tag_ == "VBG" and head.i > 0 and ctx.doc[head.i - 1].lower_ in ctx.cues.subordinator


def _seen_acting(ctx: Context, end: int, j: int) -> bool:
    """A verb of perception (the ``perception_verb`` cue) with a bare infinitive or a
    participle right after its object ("wants to see X punished", "came to see X play"): X
    is the subject of what is seen, no one met."""
    return (
        ctx.doc[end - 1].lower_ in cue_words(ctx.lang, "perception_verb")
        and j < len(ctx.doc)
        and ctx.doc[j].tag_ in ("VB", "VBN")
    )


def _urged(ctx: Context, j: int) -> bool:
    """ "X to <verb>" right after the object: the trigger asks X to act ("called on X to")."""
    return (
        j + 1 < len(ctx.doc)
        and ctx.doc[j].lower_ == "to"
        and ctx.doc[j + 1].pos_ in ("VERB", "AUX")
    )


def _remote_continued(ctx: Context, sent: Span, start: int) -> bool:
    """ "X spoke by phone with Y on Friday. X also spoke with Z": a verb of talking (the
    ``contact_verb`` cue) that "also" (the ``likewise`` cue, right before it) ties to a
    previous sentence of contact at a distance (the ``remote_contact`` cue) is more of the
    same, no meeting in person. "X also met Z" is in person whatever came before."""
    if ctx.doc[start].lower_ not in ctx.cues.contact_verb:
        return False
    if not any(t.lower_ in ctx.cues.likewise for t in ctx.doc[max(sent.start, start - 2) : start]):
        return False
    idx = ctx.sents.index(sent)
    return idx > 0 and any(t.lower_ in ctx.cues.remote_contact for t in ctx.sents[idx - 1])


@frame("agent_meets")
def agent_meets(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X bertemu (dengan) Y / X held talks with Y / kata X kepada Y."""
    if ctx.negated(sent, start, end - 1) or _passive(ctx, start):
        return
    if _remote_continued(ctx, sent, start):
        return
    if end < sent.end and ctx.doc[end].lower_ in ctx.cues.approval:
        return  # "menyambut baik rencana X": approval of a thing, no guest received
    inside = [ctx.mention_at(j) for j in range(start, end)]
    speaker = next((m for m in inside if m is not None and ctx.resolve(m).type == "Person"), None)
    if speaker is not None and ctx.starts_at(speaker) > start + 1:
        # "menyampaikan undangan Presiden X kepada Y": X's invitation, addressed to Y; who
        # heard it in person the phrase does not say
        return
    owner = _meeting_owner(ctx, sent, start) if speaker is None else None
    if speaker is not None:
        subj, weight = speaker, 1.0
    elif owner is not None:
        subj, weight = owner, 1.0
    else:
        # "flew to P for talks with Y": a meeting as a trip's purpose is the traveller's;
        # "was greeted by X before holding talks with Y": a non-finite clause's subject is
        # the main clause's
        purpose = start > sent.start and ctx.doc[start - 1].lower_ in ctx.cues.purpose
        # "raised the issue during talks with Y", "dalam pertemuan dengan Y": a meeting noun
        # after a preposition hangs on the clause's verb, whose subject held the talks
        framed = start > sent.start and (
            (ctx.doc[start].pos_ == "NOUN" and ctx.doc[start - 1].pos_ == "ADP")
            # a trigger that opens with the preposition: "dalam pertemuan bilateral"
            or (
                ctx.doc[start].pos_ == "ADP"
                and start + 1 < len(ctx.doc)
                and ctx.doc[start + 1].pos_ == "NOUN"
            )
        )
        subj, weight = subject_for(
            ctx, sent, start, noun=purpose or framed or _nonfinite(ctx, start)
        )
    if subj is None:
        pair = _pair_as_they(ctx, sent, start, end)
        if pair is None:
            return
        subj, weight = pair[0], 0.9
    gap = MAX_PERSON_GAP if trig.max_gap is None else trig.max_gap
    objects = right_chain(ctx, sent, end, PERSON, max_gap=gap)
    last = max((o.tok_end for o in objects), default=end)
    if objects and (_urged(ctx, last) or _seen_acting(ctx, end, last)):
        return  # "called on X to resign": urging, not a meeting
    if objects and any(
        t.lower_ in ctx.cues.between and ctx.doc[t.i + 1].lower_ not in ctx.cues.list_intro
        for t in ctx.doc[end : ctx.starts_at(objects[0])]
    ):
        # "a meeting between Y and Z": the parties are theirs (meeting_between); "bertemu
        # beberapa kepala negara, antara lain Y" is a list
        return
    reciprocal = any(t.lower_ in ctx.cues.reciprocal for t in ctx.doc[start:end])
    # "A dan B bertemu sejumlah tokoh agama": they met others together, not each other
    met_others = _common_noun_object(ctx, sent, start, end)
    if not objects and speaker is None and reciprocal and not met_others:
        pair = _coordinated_persons_before(ctx, sent, start)
        if pair is None and subj.is_pronoun and len(ctx.group(subj)) == 2:
            pair = ctx.group(subj)  # "Keduanya bertemu di P", "the two leaders met in P"
        if pair is not None:
            members = with_coordinated(ctx, pair[1])
            if len(members) > 2 and pair[0] in members:
                _all_met(ctx, sent, trig, members, weight)
                return
            subj, objects = pair[0], [pair[1]]
    subjects = [subj] if speaker is not None else with_coordinated(ctx, subj)
    for obj in objects:
        for agent in subjects:
            add_relation(ctx, sent, trig, agent, obj, weight)
    if objects:
        paired = objects[0].tok_end <= start  # "A dan B bertemu di P": both were there
        # "A dan B membahas isu itu saat bertemu di P": the pair's own clause comes first; the
        # meeting's place follows its verb, after the subordinator (a pair named in this
        # sentence, not one a pronoun takes from an earlier one)
        opener = start - 1
        phrase = ctx.mention_at(start - 1)
        if phrase is not None and phrase.antecedent is not None and phrase.tok_end == start:
            opener = phrase.tok_start - 1  # "when both ministers met in P"
        elif opener > sent.start and ctx.doc[opener].pos_ in ("PRON", "NUM", "DET"):
            opener -= 1  # "ketika keduanya bertemu di P", "when they met in P"
        later = (
            opener > sent.start
            and ctx.doc[opener].lower_ in ctx.cues.subordinator
            and all(
                ctx.resolve(g).sent_index == ctx.sents.index(sent)
                for m in [*subjects, *objects]
                for g in ctx.group(m)
            )
        )
        venue_from = start if later else None
        # "talks in P with Y", "pertemuan di P dengan Y": the trigger holds the venue
        inner = next((t.i for t in ctx.doc[start + 1 : end] if t.lower_ in ctx.cues.venue), None)
        meeting_venue(
            ctx, sent, trig, subjects, objects, weight, paired=paired, start=venue_from, at=inner
        )


@frame("pair_meets")
def pair_meets(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "A dan B menggelar pertemuan bilateral": holding a meeting of two is a meeting of the
    pair the sentence itself names before the verb. A phrase standing for a pair of earlier
    sentences ("keduanya") is left to the verbs of meeting proper: on articles nobody had
    read, the pairs it found for this noun phrase were wrong three times in four."""
    pair = _coordinated_persons_before(ctx, sent, start)
    if pair is None:
        return
    if any(t.lower_ in ctx.cues.reciprocal for t in ctx.doc[start:end]):
        agent_meets(ctx, sent, trig, start, end)
    elif not ctx.negated(sent, start, end - 1):
        # "A dan B menggelar Konsultasi Tahunan di P": a meeting of two by its kind's name
        add_relation(ctx, sent, trig, pair[0], pair[1])
        meeting_venue(ctx, sent, trig, [pair[0]], [pair[1]], paired=True)


def _common_noun_object(ctx: Context, sent: Span, start: int, end: int) -> bool:
    """In Indonesian a lower-case noun or determiner right after "bertemu" is its object
    ("bertemu sejumlah tokoh", "bertemu para pengusaha", "bertemu warga"): the pair before
    the verb met those people together. ("bertemu empat mata", "bertemu kemarin" are no
    object: a number, an adverb; a pair signing "nota kesepahaman" or holding "perundingan"
    acts together, its object a thing.)"""
    if ctx.lang != "id" or end >= sent.end or ctx.doc[start].lower_ not in ctx.cues.meet_verb:
        return False
    t = ctx.doc[end]
    return t.is_lower and t.pos_ in ("NOUN", "DET")


def _all_met(
    ctx: Context, sent: Span, trig: Trigger, members: list[Mention], weight: float
) -> None:
    """ "A, B and C met in P": a reciprocal verb after a list of three or more persons is
    one meeting of them all, each with each, and all were at its place."""
    _each_with_each(ctx, sent, trig, members, weight)
    meeting_venue(ctx, sent, trig, members[:-1], members[-1:], weight, paired=True)


def _each_with_each(
    ctx: Context, sent: Span, trig: Trigger, persons: list[Mention], weight: float = 1.0
) -> None:
    """Persons at one table (a list that met, signed or talked together) each met each."""
    for k, a in enumerate(persons):
        for b in persons[k + 1 :]:
            add_relation(ctx, sent, trig, a, b, weight)


def _pair_as_they(ctx: Context, sent: Span, start: int, end: int):
    """ "the deal A and B struck when they met in Lima": a plural pronoun (not a
    singular one of the ``pronoun`` cue) right before a reciprocal verb stands for the pair
    joined by "and" before it in the sentence."""
    if start <= sent.start or not any(
        t.lower_ in ctx.cues.reciprocal for t in ctx.doc[start:end]
    ):
        return None
    before = ctx.doc[start - 1]
    if before.pos_ != "PRON" or before.lower_ in ctx.cues.pronoun:
        return None
    return _coordinated_persons_before(ctx, sent, start)


def _meeting_owner(ctx: Context, sent: Span, start: int) -> Mention | None:
    """Who holds a meeting named by a noun: its possessor ("Ruto's talks with X"), or, in a
    phrase opening the sentence with no verb in it, the name right after its comma ("In a
    meeting with X, Y pledged ..."), not a subject guessed from the sentence before."""
    if ctx.doc[start].pos_ != "NOUN":
        return None
    owner = possessor_before(ctx, start)
    if owner is not None:
        return owner if ctx.resolve(owner).type == "Person" else None
    if ctx.doc[sent.start].pos_ != "ADP" or start - sent.start > 3:
        return None
    for k in range(start, sent.end - 1):
        if ctx.doc[k].pos_ in ("VERB", "AUX"):
            return None
        if ctx.doc[k].text == ",":
            m = ctx.mention_at(k + 1) or ctx.titled_at(k + 1)
            return m if m is not None and ctx.resolve(m).type == "Person" else None
    return None


@frame("agent_meets_clitic")
def agent_meets_clitic(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X menyambutnya", "X menemuinya": the verb's clitic object ("-nya") is the person the
    sentence before is about, as a pronoun would be; a subject who is that person himself
    means the clitic is someone else, and nothing is read."""
    if ctx.negated(sent, start, end - 1) or _passive(ctx, start):
        return
    subj, weight = subject_for(ctx, sent, start)
    guest = previous_subject(ctx, sent)
    if subj is None or guest is None:
        return
    hosts = with_coordinated(ctx, subj)
    if any(ctx.resolve(h).text == ctx.resolve(guest).text for h in hosts):
        return
    for host in hosts:
        add_relation(ctx, sent, trig, host, guest, weight)


#: Persons named together as one meeting's parties or one agreement's signatories: at least
#: two, and a list longer than this is a roll of delegations, not persons at one table.
_MAX_AT_ONE_TABLE = 4


@frame("meeting_between")
def meeting_between(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "pertemuan di Jerusalem antara PM X dan Presiden Y", "talks between X and Y": a
    meeting noun, then "antara/between" a few words on, then coordinated persons, who met
    each other ("talks between A, B and C": three at one table). A longer list is a roll of
    delegations, as for signatories."""
    if ctx.negated(sent, start, end - 1) or _subject_of_denied_verb(ctx, start):
        return
    _, c_end = ctx.clause_bounds(sent, end)
    k = next(
        (j for j in range(end, min(c_end, end + 6)) if ctx.doc[j].lower_ in ctx.cues.between),
        None,
    )
    if k is None:
        persons = _meeting_of_pair(ctx, sent, end)
        if not persons:
            return
        k = end - 1
    elif k + 1 < len(ctx.doc) and ctx.doc[k + 1].lower_ in ctx.cues.list_intro:
        return  # "antara lain A dan B" is "among others", a list, not the two who met
    else:
        persons = right_chain(ctx, sent, k + 1, PERSON, max_gap=1)  # "A dan B", with titles
    if not 2 <= len(persons) <= _MAX_AT_ONE_TABLE:
        return
    _each_with_each(ctx, sent, trig, persons)
    # "talks in P between A and B", "pertemuan antara A dan B di P": a party whose title
    # names another country than the place's came there; one whose title names none may
    # be the host at home ("antara Menko X dan Kepala Perunding Chile Y di Jakarta")
    before = any(t.lower_ in ctx.cues.venue for t in ctx.doc[end:k])
    after = end if before else max(p.tok_end for p in persons)
    visited_venue(ctx, sent, trig, [], after, 0.9, persons, meeting=True)


def _subject_of_denied_verb(ctx: Context, i: int) -> bool:
    """ "A meeting between A and B has not been confirmed", "Pertemuan antara A dan B belum
    dipastikan": the meeting noun is the subject of a verb a negation word denies, so the
    meeting is not told as having happened."""
    noun = ctx.doc[i]
    if not noun.dep_.startswith("nsubj"):
        return False
    return any(
        c.i > i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ctx.cues.negation_near))
        for c in noun.head.children
    )


#: Persons a meeting's chair and attendance list may name (each with each: 15 pairs at most).
_MAX_ATTENDEES = 6


@frame("meeting_attendees")
def meeting_attendees(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Rapat dipimpin X dan dihadiri A, B, serta C", "KTT dipimpin bersama oleh A dan B",
    "co-chaired by A and B": one meeting (the trigger spans its noun to the attendance verb)
    of its chair and the persons named after the verb, each with each. A small meeting with
    its chair named only: a meeting "attended by" a list alone, as a summit's roll of
    leaders, sat at no one table (on unseen articles that reading was wrong as often as
    right)."""
    if ctx.negated(sent, start, end - 1):
        return
    attendees = right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP)
    chair = [
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if start < m.tok_start < end and ctx.resolve(m).type == "Person" and not m.is_pronoun
    ]
    persons = [m for m in chair[:1] + attendees if not m.is_pronoun]
    if 2 <= len(persons) <= _MAX_ATTENDEES:
        _each_with_each(ctx, sent, trig, persons)


def _meeting_of_pair(ctx: Context, sent: Span, i: int) -> list[Mention]:
    """ "pertemuan A dan B di P", "pertemuan Presiden P A dengan B": Indonesian names the two
    who met right after the meeting noun, as its possessors, without "antara". Exactly two
    persons (with their titles) joined by "dan" or "dengan", the first touching the noun;
    anything else (one name, a list, a comma) is not."""
    if ctx.lang != "id" or i >= sent.end:
        return []
    first = ctx.mention_at(i) or ctx.titled_at(i)
    if first is None or first.type != "Person" or ctx.starts_at(first) != i:
        return []
    k = first.tok_end
    if k + 1 >= sent.end or ctx.doc[k].lower_ not in _PAIR_JOINERS:
        return []
    others = right_chain(ctx, sent, k + 1, PERSON, max_gap=0)
    if len(others) != 1 or ctx.starts_at(others[0]) != k + 1:
        return []
    return [first, others[0]]


#: Words joining the two persons of "pertemuan A dan B" / "pertemuan A dengan B".
_PAIR_JOINERS = frozenset({"dan", "dengan"})


#: How far before the signing verb, within its clause, the agreement may be named.
_AGREEMENT_WINDOW = 6


@frame("signed_by_pair")
def signed_by_pair(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Perjanjian itu ditandatangani (oleh) A dan B", "Penandatanganan dilakukan A dan B",
    "the treaty was signed by A and B": the persons who signed one agreement together met.
    Only for an agreement or a signing (the ``agreement_noun`` cue, as the trigger's first
    word or shortly before it in its clause): two people who signed a letter may have
    signed it apart."""
    if ctx.negated(sent, start, end - 1):
        return
    c_start, _ = ctx.clause_bounds(sent, start)
    window = ctx.doc[max(c_start, start - _AGREEMENT_WINDOW) : start + 1]
    if not any(t.lower_ in ctx.cues.agreement_noun for t in window):
        return
    k = end + (end < sent.end and ctx.doc[end].lower_ in ctx.cues.agent_marker)
    persons = right_chain(ctx, sent, k, PERSON, max_gap=1)
    if _group_between(ctx, k, persons):
        return  # "diteken A dan ketua umum partai-partai pendukung B": B is whom they back
    if not 2 <= len(persons) <= _MAX_AT_ONE_TABLE:
        return
    _each_with_each(ctx, sent, trig, persons)
    # "ditandatangani A dan B di P": the signers were at the table in P
    meeting_venue(ctx, sent, trig, persons[:1], persons[1:], paired=True)


def _group_between(ctx: Context, k: int, persons: list[Mention]) -> bool:
    """A reduplicated (plural) word among the words before or between the persons ("A dan
    ketua umum partai-partai pendukung B"): the list names a group, and a name after it is
    someone the group is about."""
    ends = [k, *(p.tok_end for p in persons)]
    for start, person in zip(ends, persons, strict=False):
        for t in ctx.doc[start : person.tok_start]:
            halves = t.lower_.split("-")
            if len(halves) == 2 and halves[0] and halves[0] == halves[1]:
                return True
    return False


def _coordinated_persons_before(ctx: Context, sent: Span, i: int):
    """ "Biden and Xi ... when they met": two coordinated persons before an object-less meet,
    the second also as the first's counterpart ("A and his Chilean counterpart, B, met")."""
    conjunction = ctx.cues.coordination - {","}
    persons = [
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if m.tok_end <= i and m.type == "Person" and not m.is_pronoun
    ]
    for a, b in zip(persons, persons[1:], strict=False):
        between = [t.lower_ for t in ctx.doc[a.tok_end : ctx.starts_at(b)]]
        if between and between[-1] in conjunction and between[:-1] in ([], [","]):
            return a, b  # "A and B", "A, B, and C" (the list's last comma)
        if _counterpart_joined(ctx, ctx.doc[a.tok_end : ctx.starts_at(b)], conjunction):
            return a, b
        if _counterpart_joined(ctx, ctx.doc[a.tok_end : b.tok_start], conjunction):
            return a, b  # "A and his Chinese counterpart B": the counterpart read as B's title
    return None


#: Words at most between two persons a counterpart phrase joins ("and his newly appointed
#: Chilean counterpart ,").
_COUNTERPART_PHRASE = 7


def _counterpart_joined(ctx: Context, between: Span, conjunction: frozenset[str]) -> bool:
    """ "A and his Chilean counterpart, B", "A dan mitranya dari Chile, B", "A and Ecuador's
    B": a conjunction, then a short phrase with no verb holding a counterpart word (the
    ``counterpart`` cue) or only a country and its possessive, between two persons: the
    second is coordinated with the first, not apposed to something else."""
    words = [t.lower_ for t in between]
    if not (1 < len(words) <= _COUNTERPART_PHRASE and words[0] in conjunction):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    if any(w in ctx.cues.counterpart for w in words):
        return True
    return all(
        is_possessive(t)
        or ((m := ctx.mention_at(t.i)) is not None and ctx.resolve(m).type == "Country")
        for t in between[1:]
    )


@frame("passive_met")
def passive_met(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X disambut oleh Y / X was received by Y."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start)
    if subj is None:
        return
    gap = MAX_PERSON_GAP if trig.max_gap is None else trig.max_gap
    hosts = right_chain(ctx, sent, end, PERSON, max_gap=gap)
    by = _agent_after_manner(ctx, sent, end) if not hosts else None
    venue: list[Mention] = []
    if by is None and not hosts:  # "disambut di Bandara X, Lima, oleh Y": the place first
        by, venue = _agent_after_venue(ctx, sent, end)
    if by is not None:  # "disambut dengan upacara kenegaraan oleh X"
        hosts = right_chain(ctx, sent, by, PERSON, max_gap=gap)
    if hosts and _joint_act_after(ctx, max(h.tok_end for h in hosts)):
        return  # "X was joined by Y in calling for ...": a shared stand, not a meeting
    guests = with_coordinated(ctx, subj)
    if not hosts and ctx.doc[start].lower_ in ctx.cues.welcome_passive:
        # "disambut ribuan warga di P", "was greeted by cheering crowds in P": welcomed by
        # people nobody names, the guest was still there
        _were_there(ctx, sent, trig, guests, venue_places(ctx, sent, end), weight)
        return
    # "A bersama Ibu Negara B disambut Y": who came with the guest was welcomed too
    guests += [
        c for c in companions_before(ctx, sent, subj, start, relative=False) if c not in guests
    ]
    # "A, yang didampingi B, disambut Y di P": B came to P, though the welcome was A's
    along = [c for c in companions_before(ctx, sent, subj, start) if c not in guests]
    # "X was joined in P by Y", "was received at P by Y": the guest was in P, and who joined
    # came there too (a host who receives may be at home)
    joined = trig.rule.endswith(".joined")
    places = [*_places_in_span(ctx, start, end), *(venue if hosts else [])]
    _were_there(ctx, sent, trig, [*guests, *along, *(hosts if joined else [])], places, weight)
    while hosts:
        for obj in hosts:
            for guest in guests:
                add_relation(ctx, sent, trig, obj, guest, weight)
        if trig.venue:  # "Ia disambut X di Bandara Y, Jakarta": the guest was there
            came = [*guests, *along]
            visited_venue(ctx, sent, trig, came, max(h.tok_end for h in hosts), weight * 0.9)
        # "was received by X in P and by Y in Q": each agent in turn, with its own place
        hosts = _next_agents(ctx, sent, max(h.tok_end for h in hosts), gap)


def _were_there(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    people: list[Mention],
    places: list[Mention],
    weight: float,
) -> None:
    """Those welcomed (and who came with them) were at each place of the welcome."""
    for place in places:
        ctx.literal_places.add(place.index)
        for person in people:
            ctx.add(
                person,
                "visited",
                place,
                rule=f"{trig.rule}.venue",
                confidence=trig.confidence * weight * 0.9,
                sent=sent,
            )


def _places_in_span(ctx: Context, start: int, end: int) -> list[Mention]:
    """Known places after "in/at/di" inside a passive trigger's own words ("was joined in
    Tokyo by", "was received at Quito by")."""
    found = []
    for j in range(start, end - 1):
        m = ctx.mention_at(j + 1) if ctx.doc[j].lower_ in ctx.cues.venue else None
        if m is not None and ctx.resolve(m).type in PLACE_TYPES and known_place(ctx, m):
            found.append(m)
    return found


#: Tokens after an agent (its place, "in Rabat") within which "and by" may bring another.
_NEXT_AGENT_REACH = 6


def _next_agents(ctx: Context, sent: Span, k: int, gap: int) -> list[Mention]:
    """The persons after "and by"/"dan oleh" a few words after token ``k``, or none: another
    agent of the same passive verb. A verb or a stop comes first: none."""
    doc = ctx.doc
    for j in range(k, min(k + _NEXT_AGENT_REACH, sent.end - 2)):
        if doc[j].lower_ in ("and", "dan") and doc[j + 1].lower_ in ("by", "oleh"):
            return right_chain(ctx, sent, j + 2, PERSON, max_gap=gap)
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";"):
            return []
    return []


#: Tokens after the last agent (its "of Rwanda") within which a joint act may start.
_JOINT_ACT_REACH = 3


def _joint_act_after(ctx: Context, k: int) -> bool:
    """ "in" and a gerund just after the agents ("was joined by Y of Z in urging restraint"):
    the two took the same stand, wherever they were. Punctuation ends the search."""
    doc = ctx.doc
    for j in range(k, min(k + _JOINT_ACT_REACH + 1, len(doc) - 1)):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ == "in" and doc[j + 1].tag_ == "VBG":
            return True
    return False


def _agent_after_manner(ctx: Context, sent: Span, end: int, reach: int = 5) -> int | None:
    """The token after an agent marker ("oleh", "by") that a short manner phrase separates
    from the passive verb ("disambut secara kenegaraan oleh X", "disambut dengan upacara
    kenegaraan oleh X"); None when a name, punctuation or a verb comes first."""
    for k in range(end, min(end + reach + 1, sent.end)):
        tok = ctx.doc[k]
        if tok.lower_ in ctx.cues.agent_marker:
            return k + 1
        if ctx.mention_at(k) is not None or tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
    return None


#: Tokens from a passive verb to its agent marker across a place phrase ("disambut di Bandara
#: Internasional X, Lima, oleh").
_VENUE_TO_AGENT = 12


def _agent_after_venue(ctx: Context, sent: Span, end: int) -> tuple[int | None, list[Mention]]:
    """ "disambut di Bandara X, Lima, oleh Y", "diterima di Istana Z oleh Y": a place phrase
    between the passive verb and its agent marker. The token after the marker and the known
    places the phrase names (the guest was there); (None, []) when no marker closes the
    phrase or a person, a verb or a stop comes first."""
    if end >= sent.end or ctx.doc[end].lower_ not in ctx.cues.venue:
        return None, []
    for k in range(end + 1, min(end + _VENUE_TO_AGENT + 1, sent.end)):
        tok = ctx.doc[k]
        if tok.lower_ in ctx.cues.agent_marker:
            return k + 1, venue_places(ctx, sent, end, reach=k - end + 1)
        m = ctx.mention_at(k)
        if (m is not None and ctx.resolve(m).type == "Person") or tok.pos_ in ("VERB", "AUX"):
            return None, []
        if tok.text in (".", ";"):
            return None, []
    return None, []


@frame("joined_meeting")
def joined_meeting(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "A and B joined the talks", "X turut bergabung dalam pertemuan itu": whoever joins a
    meeting the text has just told (a definite "the talks") met its parties of another
    country; not each other, nor their own side's leader, since joiners are often aides."""
    if ctx.negated(sent, start, end - 1) or _joined_in_act(ctx, end):
        return
    if ctx.doc[end - 1].lower_ == "the":
        return  # "joined the" with no meeting noun or party after it: "joined the army"
    subj, weight = subject_for(ctx, sent, start)
    if subj is None:
        return
    _met_recent_parties(ctx, sent, trig, with_coordinated(ctx, subj), weight)


def _met_recent_parties(
    ctx: Context, sent: Span, trig: Trigger, persons: list[Mention], weight: float = 1.0
) -> None:
    """Each of ``persons`` met each party of the meeting told last (``_recent_meeting_parties``),
    written ``<rule>.joined``: resolve keeps it only between officials of two different
    countries, once the document's offices are known."""
    for party in _recent_meeting_parties(ctx, sent):
        for person in persons:
            if ctx.resolve(person) is not ctx.resolve(party):
                ctx.add(
                    person,
                    "met",
                    party,
                    rule=f"{trig.rule}.joined",
                    confidence=trig.confidence * weight,
                    sent=sent,
                )


@frame("hosted_meeting")
def hosted_meeting(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "A and B met in P. The meeting, which was chaired by C, ...": whoever is named after
    the verb of a meeting the text has just told met its parties (as a joiner does, and kept, as
    a joiner's, only between officials of two countries)."""
    if ctx.negated(sent, start, end - 1):
        return
    k = end + (end < sent.end and ctx.doc[end].lower_ in ("were", "was"))
    # the verb past the pattern: a dependency rule reads "hosted by" as a welcome and
    # claims its tokens, though it finds no person welcomed in "the talks"
    if k + 1 >= sent.end or ctx.doc[k].lower_ not in cue_words(ctx.lang, "host_verb"):
        return
    if ctx.doc[k + 1].lower_ != "by":
        return
    _met_recent_parties(ctx, sent, trig, right_chain(ctx, sent, k + 2, PERSON, max_gap=1))


def _joined_in_act(ctx: Context, end: int) -> bool:
    """ "joined them in calling for a ceasefire": joining a stance or an act, not a meeting."""
    doc = ctx.doc
    return end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].tag_ == "VBG"


def _recent_meeting_parties(ctx: Context, sent: Span) -> list[Mention]:
    """The parties of the meetings told last, in this sentence or the one before (the latest
    that has any): what "the talks" refers to."""
    idx = ctx.sents.index(sent)
    window = {s.start_char for s in ctx.sents[max(0, idx - 1) : idx + 1]}
    meetings = [r for r in ctx.relations if r.predicate == "met" and r.sentence_start in window]
    if not meetings:
        return []
    latest = max(r.sentence_start for r in meetings)
    found: dict[int, Mention] = {}
    for r in meetings:
        if r.sentence_start == latest:
            for k in (r.subject, r.object):
                m = ctx.resolve(ctx.mentions[k])
                found.setdefault(m.index, m)
    return list(found.values())
