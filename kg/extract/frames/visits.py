"""Visit frames: arrivals and trips ("tiba di P", "travelled to P"), visit nouns ("kunjungan X
ke P", "X's visit to P"), fronted arrivals ("Setibanya di P, X ..."), attending an event in a
place, and the officials who accompany a traveller.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context, has_phrase
from kg.extract.frames.objects import MAX_GAP, MAX_PERSON_GAP, PERSON, right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import (
    companions_after,
    companions_before,
    consort_before,
    coordinated_after,
    delegation_body,
    delegation_leader,
    delegation_word_opens,
    in_object_position,
    kin_named_by,
    left_agent,
    party_of,
    possessor_before,
    previous_subject,
    subject_for,
    with_coordinated,
)
from kg.extract.frames.venues import at_home, place_before_where, venue_places, visited_venue
from kg.extract.lexicon import Trigger
from kg.extract.model import AGENT_TYPES, PLACE_TYPES, Mention
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import cue_words, facility_first

__all__ = [
    "accompanied_visit",
    "agent_at_place",
    "agent_to_places",
    "arrival_from",
    "arrival_origin",
    "departure_point",
    "fronted_arrival",
    "noun_visit",
    "opened_by",
    "passive_visit",
    "trip_stage",
]

_NOUN_VISIT_PREPS = {"ke", "to", "into", "in"}
_NOUN_VISIT_FILLERS = 4


@frame("agent_to_places")
def agent_to_places(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X tiba di / berkunjung ke / arrived in / travelled to PLACE(S)."""
    if ctx.negated(sent, start, end - 1):
        return
    if end < sent.end and ctx.doc[end].pos_ in ("VERB", "AUX"):
        return  # "moved to end the conflict": an infinitive, not a destination
    if _returning_home(ctx, sent, start, end):
        return
    if ctx.doc[start].tag_ == "VBG" and _visitor_after(ctx, end):
        return  # "greeted visiting Thai Premier X": the visitor, not the place
    subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    if trig.max_gap is not None and _idiom_after(ctx, sent, end):
        return  # "is in talks with Japan", "was in charge of ...": no place after "in"
    if _own_home_after(ctx, sent, end):
        return  # "berada di kediamannya di P", "was at his home in P": home, no trip
    if _settled_after(ctx, sent, end):
        return  # "fled to P and lived in exile there": residence, no trip
    gap = MAX_GAP if trig.max_gap is None else trig.max_gap
    if _facility_named_for_place(ctx, sent, end):
        gap = max(gap, MAX_GAP)  # "meninjau Lapas Kelas I P, Q": the facility named for P
    if _people_visited(ctx, end):
        places = _where_the_people_are(ctx, sent, end)
    else:
        places = right_chain(ctx, sent, end, PLACE_TYPES, max_gap=gap)
    travellers = with_coordinated(ctx, subj)
    body = delegation_body(ctx, subj) if sent.start <= subj.tok_start < start else None
    if body is not None and body not in travellers:
        travellers.append(body)  # "Delegasi KPK yang dipimpin X tiba di P": KPK too
    if places and delegation_word_opens(ctx, ctx.clause_bounds(sent, start)[0], start):
        travellers += [p for p in party_of(ctx, subj, sent) if p not in travellers]
    if places:
        along = companions_after(ctx, sent, places[-1].tok_end)
        if sent.start <= subj.tok_start and subj.tok_end <= start:
            # "A bersama B tiba di P", "Wapres bersama istrinya, B, tiba di P"; a
            # subject read from an earlier sentence (a definite description) has no
            # companions in this one
            along += companions_before(ctx, sent, subj, start)
        travellers += [p for p in along if p not in travellers]
    if places:
        places += event_place_after(ctx, sent, places[-1].tok_end)
    for obj in places:
        ctx.literal_places.add(obj.index)
        for agent in travellers:
            add_relation(ctx, sent, trig, agent, obj, weight)
    if ctx.doc[start].lower_ in ctx.cues.arrival:
        arrival_origin(ctx, sent, trig, travellers, end, weight)


def _facility_named_for_place(ctx: Context, sent: Span, i: int) -> bool:
    """A facility's name opens at ``i`` and holds a place before any punctuation ("Lapas
    Kelas I P"): visiting it is being in P. A place after a comma ("Museum X, museum
    tertua di Jawa Barat") describes the facility, its ranking no place of the visit."""
    if i >= sent.end or not facility_first(ctx.doc[i : i + 2]):
        return False
    for k in range(i + 1, min(sent.end, i + MAX_GAP + 1)):
        if ctx.doc[k].is_punct:
            return False
        m = ctx.mention_at(k)
        if m is not None:
            return ctx.resolve(m).type in PLACE_TYPES
    return False


def _people_visited(ctx: Context, i: int) -> bool:
    """The trigger's object is a group of people (the ``people_visited`` cue: "prajurit",
    "korban", "troops"), after at most a determiner or a number."""
    while i < len(ctx.doc) and ctx.doc[i].pos_ in ("DET", "NUM"):
        i += 1
    return i < len(ctx.doc) and ctx.doc[i].lower_ in ctx.cues.people_visited


def _where_the_people_are(ctx: Context, sent: Span, i: int) -> list[Mention]:
    """ "mengunjungi prajurit Satgas X yang berjaga di P", "visited troops in P": the people
    visited are where the place after "di/in" puts them, in the clause or in
    a relative clause about them right after; a name right after them is theirs (a unit, a
    camp), not a destination."""
    _, c_end = ctx.clause_bounds(sent, i)
    if c_end < sent.end and c_end - i <= 4 and ctx.doc[c_end].lower_ in ctx.cues.relative:
        _, c_end = ctx.clause_bounds(sent, c_end + 1)  # "... yang berjaga di P"
    at = next((k for k in range(i, c_end) if ctx.doc[k].lower_ in ctx.cues.venue), None)
    return right_chain(ctx, sent, at + 1, PLACE_TYPES, max_gap=0) if at is not None else []


def _visitor_after(ctx: Context, i: int) -> bool:
    """A person's title phrase or name right after an -ing trigger makes the trigger an
    adjective ("visiting Thai Premier X", "the visiting Indian leader"): it names
    who visited, never a place visited."""
    if i >= len(ctx.doc):
        return False
    if ctx.titled_at(i) is not None:
        return True
    m = ctx.mention_at(i)
    return m is not None and (ctx.resolve(m).type == "Person" or m.is_demonym)


#: Tokens from "for"/"untuk" to the event noun, and from the noun to the place's "in"; words
#: of a time ("on Wednesday", "pada Senin") allowed between the destination and "for".
_PURPOSE_TO_EVENT, _EVENT_TO_PLACE, _TIME_BEFORE_PURPOSE = 5, 5, 3


def event_place_after(ctx: Context, sent: Span, i: int) -> list[Mention]:
    """ "fly to Kenya for the trade summit in Mombasa", "terbang ke Jepang untuk menghadiri
    KTT iklim di Osaka": the trip's purpose, an event (the ``event_noun`` cue)
    placed right after it, puts the traveller in the event's place too."""
    _, c_end = ctx.clause_bounds(sent, i)
    for _ in range(_TIME_BEFORE_PURPOSE):  # "landed in Chile on Monday for the forum"
        if i >= c_end or ctx.doc[i].lower_ in ctx.cues.purpose:
            break
        tok = ctx.doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct or ctx.mention_at(i) is not None:
            return []
        i += 1
    if i >= c_end or ctx.doc[i].lower_ not in ctx.cues.purpose:
        return []
    noun = next(
        (
            k
            for k in range(i + 1, min(c_end, i + 1 + _PURPOSE_TO_EVENT))
            if ctx.doc[k].lower_ in ctx.cues.event_noun
        ),
        None,
    )
    if noun is None:
        return []
    for k in range(noun + 1, min(c_end, noun + 1 + _EVENT_TO_PLACE)):
        if ctx.doc[k].lower_ in ctx.cues.locative and ctx.doc[k].lower_ not in ("to", "ke"):
            return right_chain(ctx, sent, k + 1, PLACE_TYPES, max_gap=1)
        if ctx.doc[k].pos_ in ("VERB", "AUX") or ctx.doc[k].text in (",", ";"):
            return []
    return []


def _returning_home(ctx: Context, sent: Span, start: int, end: int) -> bool:
    """ "pulang ke tanah air dan tiba di Surabaya", "flew back to Peru": a
    return home (the ``return_home`` cue in the trigger's clause) ends a trip; the place it
    reaches is no visit. Not across a subordinator: "Sebelum pulang ke tanah air, Menteri
    singgah di Muscat" stops on the way."""
    if has_phrase([t.lower_ for t in ctx.doc[start:end]], ctx.cues.return_home):
        return True  # the trigger itself ("before flying back to Rome")
    c_start, _ = ctx.clause_bounds(sent, start)
    words = [t.lower_ for t in ctx.doc[c_start:end]]
    if any(w in ctx.cues.subordinator for w in words):
        return False
    return has_phrase(words, ctx.cues.return_home)


def _own_home_after(ctx: Context, sent: Span, i: int) -> bool:
    """The subject's own home right after the trigger (the ``own_home`` cue: "kediamannya",
    "his home", "her residence"): where one lives is no visit, wherever it lies."""
    words = tuple(t.lower_ for t in ctx.doc[i : min(sent.end, i + 3)])
    return any(words[: len(p)] == p for p in ctx.cues.own_home)


def _settled_after(ctx: Context, sent: Span, i: int) -> bool:
    """A stay told after the destination in the same sentence (the ``settled`` cue: "lived
    in exile", "sought asylum", "menetap", "pengasingan"): one who moved there to live, as
    an exile does, was not on a visit."""
    words = [t.lower_ for t in ctx.doc[i : sent.end]]
    return has_phrase(words, ctx.cues.settled)


def _idiom_after(ctx: Context, sent: Span, i: int) -> bool:
    """A common noun right after a tight trigger's preposition ("is in talks", "was in
    charge") makes an idiom of them, not a place: the lexicon gives such triggers a
    ``max_gap``."""
    return (
        i < sent.end
        and ctx.doc[i].pos_ == "NOUN"
        and ctx.mention_at(i) is None
        and ctx.titled_at(i) is None
        and not _place_noun_before_name(ctx, i)
    )


def _place_noun_before_name(ctx: Context, i: int) -> bool:
    """ "meninjau kawasan Pantai X": a noun of place (the ``place_noun_before`` cue) right
    before a name is where the trigger goes, no idiom."""
    return ctx.doc[i].lower_ in cue_words(ctx.lang, "place_noun_before") and (
        ctx.mention_at(i + 1) is not None
    )


def arrival_origin(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    travellers: list[Mention],
    i: int,
    weight: float = 1.0,
) -> None:
    """ "Biden tiba di Bali ... dari Phnom Penh, Kamboja", "arrived in Singapore straight from a
    summit in Canada": the place an arrival came from, in its clause, is where the traveller
    was before. Written ``<rule>.from``: resolve leaves it out when that place is the
    traveller's home (an official "arriving from" their own capital visited nothing). A
    relative clause after the arrival ("flies to P, where he meets Y, whose family came from
    Q") tells of someone else's origin."""
    _, c_end = ctx.clause_bounds(sent, i)
    c_end = ctx.relative_clause_after(i, c_end)
    for j in range(i, c_end):
        if ctx.doc[j].lower_ in ctx.cues.origin:
            places = right_chain(ctx, sent, j + 1, PLACE_TYPES)
            _was_at(ctx, sent, trig, travellers, places, trig.confidence * weight * 0.9)
            return


def _was_at(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    travellers: list[Mention],
    places: list[Mention],
    confidence: float,
) -> None:
    """The travellers were at the places a trip set out or came from: visits written
    ``<rule>.from``, which resolve keeps only for an official of another country."""
    for place in places:
        ctx.literal_places.add(place.index)
        for agent in travellers:
            ctx.add(
                agent, "visited", place, rule=f"{trig.rule}.from", confidence=confidence, sent=sent
            )


@frame("arrival_from")
def arrival_from(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X arrived late on Sunday from Quito, Ecuador": an arrival told only by where it
    came from. The origin is read as ``arrival_origin`` reads it (rules ``*.from``: no visit
    for a traveller coming from home, nor for one whose home is unknown)."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    arrival_origin(ctx, sent, trig, with_coordinated(ctx, subj), start, weight)


@frame("departure_point")
def departure_point(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X left Hanoi on Thursday", "bertolak dari Hanoi", "took off from Dakar": the
    place a departure set out from, right after the trigger, is where the traveller was.
    Written ``<rule>.from`` as an arrival's origin is: resolve keeps it only for an official
    of a country, where the place lies outside it (leaving home is no visit, and a traveller
    of unknown home may be leaving home)."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    places = right_chain(ctx, sent, end, PLACE_TYPES, max_gap=0)
    _was_at(ctx, sent, trig, with_coordinated(ctx, subj), places, trig.confidence * weight)


#: Indonesian verb prefixes: a word with one after a visit noun is a verb of the clause
#: ("lawatan ditutup", "kunjungan berlangsung"), never a modifier of the noun ("kerja").
_VERB_PREFIXES = ("me", "di", "ber", "ter")


def _body_describes_person(ctx: Context, m: Mention) -> bool:
    """An organisation before a lower-case noun that is no delegation word ("a UN official",
    "an ASEAN envoy"): it describes the one who travels, who is not the body."""
    k = m.tok_end
    return (
        ctx.resolve(m).type == "Organization"
        and k < len(ctx.doc)
        and ctx.doc[k].is_lower
        and ctx.doc[k].pos_ == "NOUN"
        and ctx.doc[k].lower_ not in ctx.cues.delegation
    )


def _finite_verb(ctx: Context, tok: Token) -> bool:
    """A clause's verb, not a modifier of the visit noun ("kunjungan kerja")."""
    if tok.pos_ != "VERB" or not tok.is_lower:
        return False
    if ctx.lang == "id":
        return tok.lower_.startswith(_VERB_PREFIXES) and len(tok) > 4
    return tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN")


@frame("noun_visit")
def noun_visit(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """Kunjungan [X] ke PLACE / X's visit to PLACE / visit to PLACE by X."""
    subj = None
    weight = 1.0
    j = end
    fillers = 0
    described = False  # a visitor described by a noun and a country, named later or never
    while j < sent.end and fillers <= _NOUN_VISIT_FILLERS:
        m = ctx.mention_at(j)
        tok = ctx.doc[j]
        titled = ctx.titled_at(j)
        if (
            titled is not None
            and subj is None
            and (ctx.doc[j - 1].lower_ in ctx.cues.oblique or (ctx.lang == "id" and j == end))
        ):
            # "a visit by Kenyan President X to Japan", "kunjungan Presiden Chile X ke Lima":
            # the title's country is X's
            subj = titled
            j = titled.tok_end
            continue
        if m is not None and subj is None and _body_describes_person(ctx, m):
            fillers += 1  # "a visit by an ASEAN envoy to P": the envoy, described by the body
            described = True
            j = m.tok_end
            continue
        if m is not None and ctx.resolve(m).type in AGENT_TYPES and subj is None:
            subj = m
            j = m.tok_end
            continue
        if tok.lower_ in _NOUN_VISIT_PREPS or _visit_in(ctx, start, tok, subj):
            break
        if _tour_of(ctx, start, j):
            break  # "a ten-day tour of South Asia": "of" names where the tour goes
        if m is not None and m.type == "Country" and subj is None and ctx.doc[j - 1].is_lower:
            fillers += 1  # "kunjungan pemimpin Chile ke P": the visitor's country, no visitor
            described = True
            j = m.tok_end
            continue
        apposed = _apposed_visitor(ctx, j, sent) if subj is None else None
        if apposed is not None:
            # "lawatan Wakil Presiden ketika itu, X, ke P": the title's holder, set off by commas
            subj = apposed
            j = apposed.tok_end + 1
            continue
        if tok.is_punct or m is not None or (subj is None and _finite_verb(ctx, tok)):
            return  # "lawatan diakhiri dengan menghadiri KTT X di P": X is no visitor
        fillers += 1
        j += 1
    else:
        return
    if j >= sent.end or not (
        ctx.doc[j].lower_ in _NOUN_VISIT_PREPS
        or _visit_in(ctx, start, ctx.doc[j], subj)
        or _tour_of(ctx, start, j)
    ):
        return
    if ctx.negated(sent, start, j):
        return
    if subj is None and any(t.lower_ in ctx.cues.delegation for t in ctx.doc[end:j]):
        return  # "kunjungan utusan khusus ke X": an unnamed envoy's visit, nobody else's
    if subj is None or ctx.resolve(subj).type != "Person":
        # "kunjungan pemimpin Chile ke Peru dilakukan X": the person named after the places
        subj = _visitor_by_after(ctx, sent, j + 1) or subj
    if subj is None and described:
        return  # "menyambut kunjungan pemimpin Chile ke P": the leader, not the host, came
    if subj is None:
        subj = possessor_before(ctx, start)
    if subj is None and _clitic_possessor(ctx, start, j):
        # "Lawatannya ke Indonesia ...", "kunjungan pertamanya ke ...": "-nya" is the
        # clause's subject, or the one the text goes on about; a pronoun written out, so
        # surer than a clause with no subject at all (0.8)
        if ctx.lang == "id":
            subj = left_agent(ctx, sent, start, PERSON, noun=True)
        else:  # "X heads to P ... and closes his tour in Q": the clause's subject, not
            # a name in between
            subj, weight = subject_for(ctx, sent, start, PERSON, noun=True)
        if subj is None and _named_after_fronted_phrase(ctx, sent, start):
            return  # "Dalam kunjungannya ke P, X menyebut ...": X's visit (fronted_arrival)
        subj = _guest_received(ctx, subj, start) or subj
        if subj is None:
            subj, weight = previous_subject(ctx, sent), 0.9
    if subj is None and _trip_as_topic(ctx, start):
        return
    travellers = None
    if subj is None:
        subj, weight = subject_for(ctx, sent, start, AGENT_TYPES, noun=True)
        # "A and B prayed there, wrapping up a visit to P": the clause's subject, all of it
        travellers = with_coordinated(ctx, subj) if subj is not None else None
    if subj is None:
        return
    for obj in right_chain(ctx, sent, j + 1, PLACE_TYPES):
        known = obj.kb_id or _tour_of(ctx, start, j)
        if ctx.doc[j].lower_ not in _NOUN_VISIT_PREPS and not known:
            continue  # "kehadirannya di KTT G20": after "di", a known place only, as for venues
        ctx.literal_places.add(obj.index)
        for traveller in travellers or [subj]:
            add_relation(ctx, sent, trig, traveller, obj, weight)


def _guest_received(ctx: Context, host: Mention | None, start: int) -> Mention | None:
    """ "X menjamu Y di Bandung, dalam lawatan perdananya ke P", "X received Y ... during her
    trip to P": the person received right after a host's verb between the clause's subject
    and the visit noun owns the visit, not the host."""
    if host is None:
        return None
    verbs = cue_words(ctx.lang, "host_verb")
    for k in range(host.tok_end, start):
        if ctx.doc[k].lower_ in verbs:
            guests = [
                m
                for m in ctx.mentions
                if k < m.tok_start < start and ctx.resolve(m).type == "Person"
            ]
            return min(guests, key=lambda m: m.tok_start, default=None)
    return None


def _tour_of(ctx: Context, start: int, j: int) -> bool:
    """ "a tour of South Asia", "his tour of three Gulf states": after a tour noun, "of"
    names where the tour goes when a place follows it (after a visit noun, "of" names the
    visitor: "the visit of the president")."""
    return (
        ctx.lang == "en"
        and ctx.doc[start].lower_ in ("tour", "tours")
        and ctx.doc[j].lower_ == "of"
        and (m := ctx.mention_at(j + 1)) is not None
        and ctx.resolve(m).type in PLACE_TYPES
    )


def _visit_in(ctx: Context, start: int, tok: Token, visitor: Mention | None) -> bool:
    """ "kunjungannya di Italia", "kunjungan Presiden X di Bogor": a visit "di" a place is one
    there when the noun says whose it is ("-nya") or names the visitor; a bare "kunjungan di
    Bali" counts tourists."""
    return (
        ctx.lang == "id"
        and tok.lower_ == "di"
        and (ctx.doc[start].lower_.endswith("nya") or visitor is not None)
    )


#: Tokens between the place of a visit and "by" its visitor ("last week", "in May").
_VISITOR_BY_REACH = 4


#: Passive verbs of doing whose agent may follow bare ("kunjungan ... dilakukan X").
_DONE_BY = ("dilakukan", "dilaksanakan")


def _visitor_by_after(ctx: Context, sent: Span, i: int) -> Mention | None:
    """ "a visit to P last week by General X", "kunjungan ke P oleh Menlu X", "kunjungan ...
    ke P dilakukan (oleh) X": the person named after "by/oleh" or "dilakukan" following the
    visit's places (from token ``i``), a few time words allowed between; None when another
    verb or punctuation comes first."""
    places = right_chain(ctx, sent, i, PLACE_TYPES)
    if not places:
        return None
    k = places[-1].tok_end
    for j in range(k, min(sent.end - 1, k + _VISITOR_BY_REACH + 1)):
        tok = ctx.doc[j]
        if tok.lower_ in _DONE_BY and ctx.doc[j + 1].lower_ == "oleh":
            continue  # "dilakukan oleh X": the agent marker comes next
        if tok.lower_ in ("by", "oleh", *_DONE_BY):
            m = ctx.mention_at(j + 1)
            if m is None or ctx.resolve(m).type != "Person":
                m = ctx.titled_at(j + 1)  # "by Peruvian President X": the title's holder
            return m if m is not None and ctx.resolve(m).type == "Person" else None
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or ctx.mention_at(j) is not None:
            return None
    return None


def _named_after_fronted_phrase(ctx: Context, sent: Span, i: int) -> bool:
    """Token ``i`` lies in a phrase opening the sentence, with no verb, closed by a comma
    that a capitalised word (no pronoun) follows: the main clause names its subject there,
    and a "-nya" in the phrase points ahead to it, not back to the sentence before."""
    if any(t.text == "," for t in ctx.doc[sent.start : i]):
        return False
    comma = next((k for k in range(i, sent.end) if ctx.doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[sent.start : comma]):
        return False
    nxt = ctx.doc[comma + 1]
    return nxt.text[:1].isupper() and nxt.lower_ not in ctx.cues.pronoun


@frame("itinerary")
def itinerary(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "the minister's itinerary also includes Lyon and Marseille": the places a named
    traveller's itinerary includes; only with a possessor (an itinerary of nobody named is a
    guess)."""
    if ctx.negated(sent, start, end - 1):
        return
    subj = possessor_before(ctx, start)
    if subj is None or ctx.resolve(subj).type not in AGENT_TYPES:
        return
    for obj in right_chain(ctx, sent, end, PLACE_TYPES, max_gap=1):
        ctx.literal_places.add(obj.index)
        add_relation(ctx, sent, trig, subj, obj)


def _apposed_visitor(ctx: Context, j: int, sent: Span) -> Mention | None:
    """The person between the comma at token ``j`` and the next comma, when a title before it
    has no name of its own ("lawatan Wakil Presiden ketika itu, X, ke P"; a title of more words
    than the noun frame's fillers is not reached)."""
    if ctx.doc[j].text != "," or not ctx.doc[j - 1].text[:1].isalpha():
        return None
    m = ctx.mention_at(j + 1)
    if m is None or ctx.resolve(m).type != "Person" or m.tok_end >= sent.end:
        return None
    return m if ctx.doc[m.tok_end].text == "," else None


@frame("trip_takes_clitic")
def trip_takes_clitic(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Perjalanan itu kemudian membawanya ke P": a trip (a ``trip_noun`` before the verb in its
    clause) takes the one "-nya" stands for, the person the previous sentence is about, to the
    places after "ke". A vehicle or a person taking someone is another frame's."""
    if ctx.negated(sent, start, end - 1):
        return
    c_start, _ = ctx.clause_bounds(sent, start)
    if not any(t.lower_ in ctx.cues.trip_noun for t in ctx.doc[c_start:start]):
        return
    subj = previous_subject(ctx, sent)
    if subj is None or ctx.resolve(subj).type not in AGENT_TYPES:
        return
    for obj in right_chain(ctx, sent, end, PLACE_TYPES):
        ctx.literal_places.add(obj.index)
        add_relation(ctx, sent, trig, subj, obj, 0.9)


@frame("stop_named")
def stop_named(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Perhentian terakhirnya adalah P", "His next stop is P", "X's final stop will be P": a
    copula names a stop of somebody's trip. The traveller is the possessor: a name marked
    possessive before the noun, or, for "-nya" and "his/her", the one the text is about. A
    stop nobody owns ("the final stop is P") names no traveller, and a purpose ("tujuannya
    adalah mempererat ...") names no place, so neither gives anything."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = possessor_before(ctx, start), 1.0
    if subj is None and _clitic_possessor(ctx, start, end):
        subj, weight = previous_subject(ctx, sent), 0.9
    if subj is None or ctx.resolve(subj).type not in AGENT_TYPES:
        return
    for obj in right_chain(ctx, sent, end, PLACE_TYPES, max_gap=1):
        ctx.literal_places.add(obj.index)
        add_relation(ctx, sent, trig, subj, obj, weight)


def _trip_as_topic(ctx: Context, start: int) -> bool:
    """ "(X said) a trip to Taiwan was not a good idea": an indefinite visit noun that is
    itself a clause's subject is talked about, nobody's trip; the sentence's subject is not
    its traveller."""
    noun = ctx.doc[start]
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and start > 0
        and ctx.doc[start - 1].lower_ in ctx.cues.indefinite
    )


def _clitic_possessor(ctx: Context, start: int, end: int) -> bool:
    """The visit noun or a word after it carries the possessive "-nya" ("lawatannya",
    "kunjungan pertamanya") and no name follows it as the possessor; in English, a possessive
    pronoun before the noun and its modifiers ("his two-day state visit to P")."""
    if ctx.lang != "id":
        k = start - 1
        while k > max(0, start - 4) and ctx.doc[k].pos_ in ("ADJ", "NUM", "NOUN"):
            k -= 1  # "his first state visit", "her two-day visit"
        return k >= 0 and ctx.doc[k].tag_ == "PRP$" and ctx.doc[k].lower_ in ("his", "her")
    return any(
        ctx.doc[k].lower_.endswith("nya") and len(ctx.doc[k]) > 5 for k in range(start, end)
    )


@frame("agent_at_place")
def agent_at_place(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X menghadiri KTT di P / meninjau lokasi di P / attended the summit in P: X was in P;
    so in a clause about a place ("came from P, where he attended the summit", "dari P,
    tempat ia menghadiri KTT"), whose subject was there."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start, PERSON)
    if subj is None:
        return
    # "A dan B menghadiri KTT di P": all the coordinated subjects were there, and whoever
    # came with them ("A bersama B meninjau banjir di P", "meninjau lokasi di P bersama B")
    who = with_coordinated(ctx, subj)
    visited_venue(ctx, sent, trig, who, end, weight)
    along = companions_after(ctx, sent, end) + companions_before(ctx, sent, subj, start)
    # a companion whose title names the place's country is at home there, as a host is
    visited_venue(ctx, sent, trig, [m for m in along if m not in who], end, weight, meeting=True)
    if venue_places(ctx, sent, end) or subj.tok_start >= start:
        return
    for place in place_before_where(ctx, sent, subj.tok_start):
        rule = f"{trig.rule}.where"
        ctx.add(subj, "visited", place, rule=rule, confidence=trig.confidence * weight, sent=sent)


@frame("accompanied_visit")
def accompanied_visit(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Dalam kunjungan ini, Presiden X didampingi A, B, dan C", "Turut mendampingi Presiden,
    A dan B": the officials who accompany a traveller were where the traveller went, as the
    text told it in this or the two sentences before. A place in the sentence itself is left
    to the frames that read it ("tiba di P didampingi A")."""
    if ctx.negated(sent, start, end - 1):
        return
    if _passive_companion(ctx, start, end):  # "X didampingi (oleh) A, B", "X, accompanied by A"
        host, _ = subject_for(ctx, sent, start)
        k = end + (end < sent.end and ctx.doc[end].lower_ in ctx.cues.agent_marker)
    else:  # "(Turut) mendampingi Presiden(,) A dan B"
        host = ctx.mention_at(end) or ctx.titled_at(end)
        if host is None or ctx.starts_at(host) != end:
            return
        k = host.tok_end  # ", A dan B", "dalam kunjungan itu antara lain A dan B"
    if host is None or ctx.resolve(host).type != "Person":
        return
    companions = [
        m
        for m in right_chain(ctx, sent, k, PERSON, max_gap=6)
        if ctx.resolve(m) is not ctx.resolve(host) and ctx.resolve(m).type == "Person"
    ]  # "datang bersama Kepala Bidang Ekonomi Kedutaan Besar X": an unnamed holder's body
    if not companions and not _passive_companion(ctx, start, end):
        _companions_named_first(ctx, sent, trig, start, host)
        return
    if not companions or venue_places(ctx, sent, end):
        return
    for place_index in _recent_visits(ctx, sent, ctx.resolve(host)):
        place = ctx.mentions[place_index]
        for person in companions:
            if _home_capital(ctx, place) and not _titled_abroad(ctx, person):
                continue  # ministers beside the president in their own capital: at work
            family = consort_before(ctx, ctx.starts_at(person)) > 0  # "istrinya, A"
            ctx.add(
                person,
                "visited",
                place,
                rule=f"{trig.rule}.family" if family else trig.rule,
                confidence=max(trig.confidence, _FAMILY_CONFIDENCE) if family else trig.confidence,
                sent=sent,
            )


#: How sure a companion's visit is when the text calls the companion the traveller's spouse
#: or child ("didampingi istrinya, A"): family travels with the traveller, where officials
#: named as companions may have joined at one stop only.
_FAMILY_CONFIDENCE = 0.8


#: How sure a companion's visit is when the sentence itself names the place: as sure as a
#: visit read off an event's place (the trigger's own 0.65 is for a place told before).
_NAMED_PLACE_CONFIDENCE = 0.85


def _companions_named_first(
    ctx: Context, sent: Span, trig: Trigger, start: int, host: Mention
) -> None:
    """ "A dan B ikut mendampingi Presiden di Lima": the companions are the clause's
    subject, and the sentence says where they went with the traveller."""
    subj, _ = subject_for(ctx, sent, start, PERSON)
    if subj is None or not sent.start <= subj.tok_start < start or subj.is_pronoun:
        return
    places = venue_places(ctx, sent, host.tok_end, through_relative=True)
    for person in with_coordinated(ctx, subj):
        for place in places:
            ctx.add(
                person,
                "visited",
                place,
                rule=f"{trig.rule}.named",
                confidence=_NAMED_PLACE_CONFIDENCE,
                sent=sent,
            )


@frame("members_listed")
def members_listed(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Delegasi yang dipimpin X terbang ke P. ... Delegasi beranggotakan A, B dan C", "X
    flew to P with a delegation including A and B": the members a delegation's
    list names made the trip its leader made, as the text told it in this sentence or the two
    before (a list before the trip is read where the trip is: ``party_of``)."""
    if ctx.negated(sent, start, end - 1):
        return
    members = [
        m
        for m in right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP)
        if ctx.resolve(m).type == "Person"
    ]
    verb = next(k for k in range(start, end) if ctx.doc[k].lower_ in ctx.cues.delegation_members)
    c_start, _ = ctx.clause_bounds(sent, start)
    host = delegation_leader(ctx, sent, c_start, verb)
    if host is None and not delegation_word_opens(ctx, c_start, verb):
        host, _ = subject_for(ctx, sent, start)  # "X flew ... with a delegation including"
    if host is None or not members or ctx.resolve(host).type != "Person":
        return
    for place_index in _recent_visits(ctx, sent, host):
        for person in members:
            if ctx.resolve(person) is not ctx.resolve(host):
                ctx.add(
                    person,
                    "visited",
                    ctx.mentions[place_index],
                    rule=trig.rule,
                    confidence=trig.confidence,
                    sent=sent,
                )


def _passive_companion(ctx: Context, start: int, end: int) -> bool:
    """The trigger is the passive form, whose companions follow it and whose traveller is its
    subject ("didampingi", "accompanied by": the companion cue; "tiba bersama", "arrived
    with"), not the active one ("mendampingi Presiden, A dan B")."""
    words = tuple(t.lower_ for t in ctx.doc[start:end])
    # "tiba bersama A", "arrived with A": an arrival's companions follow it as a passive's do
    arrival = words[0] in ctx.cues.arrival and len(words) > 1
    return words[0].startswith("di") or words in ctx.cues.companion or arrival


def _titled_abroad(ctx: Context, person: Mention) -> bool:
    """The person's title phrase names a country other than the outlet's own ("Menteri Luar
    Negeri Peru X"): a foreign guest's companion, who came from abroad."""
    return any(
        m.type == "Country" and m.kb_id and m.kb_id not in ctx.cues.home_country
        for k in range(ctx.starts_at(person), person.tok_start)
        if (m := ctx.mention_at(k)) is not None
    )


def _home_capital(ctx: Context, place: Mention) -> bool:
    """The place is the capital of the outlet's own country (the ``home_country`` cue)."""
    gaz = load_gazetteer()
    return any(
        (entry := gaz.get(home)) is not None and entry.capital and entry.capital == place.kb_id
        for home in ctx.cues.home_country
    )


#: Rule names of visits read off where a traveller came from ("en.visited.flew-in-from",
#: "id.visited.bertolak-dari"): the leg before, not where the companions are.
_ORIGIN_RULE_ENDS = ("-from", "-dari")


def _recent_visits(ctx: Context, sent: Span, host: Mention) -> list[int]:
    """The places ``host`` visited by the text's own account in this sentence or the two
    before it (the latest sentence that has any), matched by the host's family name. Only
    visits told as such: a place read off a meeting's venue or a trip's starting point
    ("flew into Q from P, where Y had hosted him") may be an earlier stop, which the
    companions named now need not have shared."""
    me = ctx.resolve(host).index
    idx = ctx.sents.index(sent)
    window = {s.start_char for s in ctx.sents[max(0, idx - 2) : idx + 1]}
    visits = [
        r
        for r in ctx.relations
        if r.predicate == "visited"
        and r.sentence_start in window
        and not r.rule.endswith((".venue", ".from"))
        and not any(part.endswith(_ORIGIN_RULE_ENDS) for part in r.rule.split("."))
        and _same_traveller(ctx, ctx.mentions[r.subject], host.text, me)
    ]
    if not visits:
        return []
    latest = max(r.sentence_start for r in visits)
    # known places only: a venue the model took for a place ("the West Wing") is not passed on;
    # nor, from a sentence before, a place of an earlier trip told in a relative clause ("X,
    # who flew to P last week, met Y in Q. She was accompanied by A": A was in Q only; in the
    # companion's own sentence the clause tells the trip: "X, who spent a day in P, was
    # accompanied by A")
    return sorted(
        {
            r.object
            for r in visits
            if r.sentence_start == latest
            and ctx.mentions[r.object].kb_id
            and not (
                latest < sent.start_char and _in_inserted_relative(ctx, ctx.mentions[r.object])
            )
        }
    )


def _same_traveller(ctx: Context, m: Mention, host: str, me: int) -> bool:
    """``m`` names the host: the same family name, the same resolved person, or the host's one
    word opening ``m``'s name (a family name written first: "Kim" of "Kim Jong Un"; in
    Indonesian news the given name most people go by: "Hendra" of "Hendra Wibisono")."""
    words, short = m.text.split(), host.split()
    shortest = 2 if ctx.lang == "id" else 3
    return (
        words[-1:] == short[-1:]
        or ctx.resolve(m).index == me
        or (len(short) == 1 and len(words) >= shortest and words[0] == short[0])
    )


def _in_inserted_relative(ctx: Context, m: Mention) -> bool:
    """``m`` stands in a relative clause set off by commas inside its sentence ("X, who ...
    flew to P, met Y"): the clause tells of another time than the main one."""
    sent = ctx.doc[m.tok_start].sent
    opening = next(
        (k for k in range(m.tok_start - 1, sent.start, -1) if ctx.doc[k].text == ","), None
    )
    if opening is None or ctx.doc[opening + 1].lower_ not in ctx.cues.relative:
        return False
    return any(ctx.doc[k].text == "," for k in range(m.tok_end, sent.end - 1))


@frame("fronted_arrival")
def fronted_arrival(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Setibanya di Vientiane, Wapres disambut ...", "Upon arriving in X, Y ...", "Saat
    mengunjungi Kairo, X ...": the arrival clause comes first and its subject is the main
    clause's, after the comma. Only a negation or hedge inside the fronted clause undoes it
    ("Setibanya di X, ia batal bertemu Y" still arrived)."""
    places = right_chain(ctx, sent, end, PLACE_TYPES)
    if not places or ctx.negated(sent, start, end - 1, near_only=True):
        return
    fronted = range(sent.start, places[-1].tok_end)
    if any(ctx.doc[j].lower_ in ctx.cues.negation_clause for j in fronted):
        return
    subj = None
    for j in range(places[-1].tok_end, sent.end):
        if ctx.doc[j].lower_ in ctx.cues.pronoun and ctx.mention_at(j) is None:
            return  # "Setibanya di X, ia ...": a pronoun kg could not resolve is the subject
        m = ctx.mention_at(j)
        if m is not None and ctx.resolve(m).type in AGENT_TYPES:
            if in_object_position(ctx, m):
                return  # "..., ia diterima oleh Y": the agent of a passive did not arrive
            if kin_named_by(ctx, m):
                return  # "Setibanya di P, putra X itu ...": the son arrived, not X
            subj = m
            break
    weight = 1.0
    if subj is None:
        # "X was greeted by Y after arriving in P": the verb after the subordinator is read,
        # so the clause it hangs on gives its subject (X), not the nearest name (Y)
        verb = start + 1 if ctx.doc[start].lower_ in ctx.cues.subordinator else start
        subj, weight = subject_for(ctx, sent, verb, AGENT_TYPES)
        travellers = [subj]
    else:  # "A dan istrinya, B, disambut Y": the couple arrived
        travellers = [subj, *coordinated_after(ctx, sent, subj)]
    if subj is None:
        return
    for obj in places:
        ctx.literal_places.add(obj.index)
        for person in travellers:
            add_relation(ctx, sent, trig, person, obj, weight)


@frame("trip_stage")
def trip_stage(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Lawatan ini dimulai dari P", "Perjalanan diakhiri di P", "The tour ends in P": a stage
    of a trip the text has already told; the traveller is the one it last told travelling (a
    person: the trip noun names no one, and a guess beyond the told trip would be no reading)."""
    if ctx.negated(sent, start, end - 1):
        return
    named = [m for k in range(start, end) if (m := ctx.mention_at(k)) is not None]
    if any(ctx.resolve(m).type != "Person" for m in named):
        return  # "Lawatan delegasi KPK ini dimulai ...": a traveller kg cannot name
    # "Lawatan pertama X ini dimulai dari P": the noun names its traveller; ", dilanjutkan ke
    # Q" goes on with the stage told before it in the sentence
    traveller = named[0] if named else _last_traveller(ctx, sent, same=ctx.doc[start].is_punct)
    if traveller is None:
        return
    for obj in right_chain(ctx, sent, end, PLACE_TYPES):
        ctx.literal_places.add(obj.index)
        add_relation(ctx, sent, trig, traveller, obj)


def _last_traveller(ctx: Context, sent: Span, same: bool = False) -> Mention | None:
    """The person of the latest visit read before this sentence (``same``: or in it)."""
    told = [
        r
        for r in ctx.relations
        if r.predicate == "visited"
        and (r.sentence_start < sent.start_char or (same and r.sentence_start == sent.start_char))
        and ctx.mentions[r.subject].type == "Person"
    ]
    if not told:
        return None
    return ctx.mentions[max(told, key=lambda r: r.sentence_start).subject]


@frame("opened_by")
def opened_by(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Muktamar itu dibuka Presiden X di Lapangan Y, Makassar", "Jembatan itu diresmikan
    Presiden X di P": the person right after a passive verb of opening an event or a work was
    at the place the clause goes on to name (a tour of one's own country is still a visit)."""
    if ctx.negated(sent, start, end - 1):
        return
    people = [
        m
        for m in right_chain(ctx, sent, end, PERSON, max_gap=1)
        if ctx.resolve(m).type == "Person"
    ]
    if people:
        visited_venue(ctx, sent, trig, people, people[-1].tok_end, 1.0)


@frame("passive_visit")
def passive_visit(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Indonesia dikunjungi Menlu X dan PM Y", "The island was visited by X": the place is
    the clause's subject and the visitors follow the passive verb (after "oleh/by"). Not a
    visitor whose title names the place's own country (a leader at home visits nothing)."""
    if ctx.negated(sent, start, end - 1):
        return
    place, weight = subject_for(ctx, sent, start, PLACE_TYPES)
    if place is None or ctx.resolve(place).type not in PLACE_TYPES:
        return
    gap = MAX_PERSON_GAP if trig.max_gap is None else trig.max_gap
    visitors = right_chain(ctx, sent, end, PERSON, max_gap=gap)
    ctx.literal_places.add(place.index)
    for visitor in visitors:
        if ctx.resolve(visitor).type == "Person" and not at_home(ctx, visitor, place):
            add_relation(ctx, sent, trig, visitor, place, weight)
