"""Venues: the visits that an event's place gives ("bertemu X di Manila", "attended the summit
in Riyadh"). Shared by the meeting frames, the attendance frame, the accompaniment frame and
the dependency patterns.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.extract.frames.objects import right_chain
from kg.extract.frames.places import country_of
from kg.extract.lexicon import Trigger, is_active_verb
from kg.extract.mentions import head_type
from kg.extract.model import PLACE_TYPES, POSTED, Mention
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import apposed_place_kind

__all__ = [
    "at_home",
    "known_place",
    "meeting_venue",
    "place_before_where",
    "title_countries",
    "posted_in",
    "venue_places",
    "visited_venue",
]


def meeting_venue(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    subjects: list[Mention],
    objects: list[Mention],
    weight: float = 1.0,
    *,
    paired: bool = False,
    verb: Token | None = None,
    start: int | None = None,
    at: int | None = None,
) -> None:
    """The visits a meeting's place gives ("bertemu Y di Manila", "hosted Y in London"): the
    trigger's ``venue`` role says who was there (the one who meets, the guest received, both);
    the other party too when their title names another country (``visited_venue``).
    ``paired``: both parties named before the verb ("A dan B bertemu di P"), both there.
    ``verb``: the meeting's verb in the parse, whose own "in P" may come before the other
    party ("held talks in P with Y"). ``start``: the trigger's first token, given when a pair
    named before it has a clause of its own between ("A dan B membahas isu itu saat bertemu
    di P"): they met where the verb says, so the search starts past it. ``at``: the venue's
    preposition inside the trigger itself ("talks in P with Y"), where the search starts."""
    if not objects or not trig.venue:
        return
    who = {"subject": subjects, "object": objects, "both": [*subjects, *objects]}[trig.venue]
    guests = objects if trig.venue == "subject" else []
    # after the last party named: "X was received by Y at the Z Hall in P" names the guest
    # before the verb and the host after it
    after = at or _venue_before_party(ctx, verb, [*subjects, *objects])
    after = after or max(m.tok_end for m in [*subjects, *objects])
    if paired and start is not None:
        after = max(after, start + 1)
    stops = _own_venues(ctx, guests) if guests and not paired else []
    if stops:
        # "held talks in P with X and in Q with Y": each party was met at its own place
        first = after if after < stops[0] else min(ctx.starts_at(m) for m in [*who, *guests])
        bounds = [0, *stops, len(ctx.doc)]
        for n, at in enumerate([first, *stops]):
            met_there = [g for g in guests if bounds[n] <= g.tok_start < bounds[n + 1]]
            visited_venue(ctx, sent, trig, who, at, weight * 0.9, met_there, meeting=True)
        return
    visited_venue(
        ctx,
        sent,
        trig,
        [*subjects, *objects] if paired else who,
        after,
        weight * 0.9,
        guests,
        meeting=True,
    )


def _own_venues(ctx: Context, parties: list[Mention]) -> list[int]:
    """ "held talks in P with X and in Q with Y": a coordinator and a place preposition between
    one party and the next open another meeting at its own place; the index of each such
    preposition, in order."""
    ordered = sorted(parties, key=lambda m: m.tok_start)
    stops = []
    for before, party in zip(ordered, ordered[1:], strict=False):
        k = before.tok_end
        while k - before.tok_end < 2 and ctx.doc[k].lower_ in ctx.cues.coordination:
            k += 1  # ", and", "dan"
        if before.tok_end < k < party.tok_start and ctx.doc[k].lower_ in ctx.cues.venue:
            stops.append(k)
    return stops


def _venue_before_party(ctx: Context, verb: Token | None, parties: list[Mention]) -> int | None:
    """The "in"/"at" the parse hangs on the meeting's verb or its object noun, between the
    verb and the first party named after it ("held talks in P with Y", "met in P with Y",
    "X was received in P by Y"): where the venue search starts."""
    after = [m.tok_start for m in parties if verb is not None and m.tok_start > verb.i]
    if not after:
        return None
    first = min(after)
    preps = [
        t.i
        for t in ctx.doc[verb.i + 1 : first]
        if t.lower_ in ctx.cues.venue
        and (
            (t.dep_ == "prep" and verb in (t.head, t.head.head))
            # "talks in P with X and in Q with Y": the second "in" a conjunct of the first
            or (
                t.dep_ == "conj"
                and t.head.dep_ == "prep"
                and verb in (t.head.head, t.head.head.head)
            )
        )
    ]
    # "held talks in P with X and in Q with Y": for Y, the place after the coordinator
    coordinated = [k for k in preps if ctx.doc[k - 1].lower_ in ctx.cues.coordination]
    return coordinated[-1] if coordinated and len(preps) > 1 else (preps[0] if preps else None)


def venue_places(
    ctx: Context,
    sent: Span,
    i: int,
    reach: int = 14,
    parties: set[int] = frozenset(),
    *,
    through_relative: bool = False,
) -> list[Mention]:
    """Places after "di/in/at" that follow token ``i`` within its clause ("bertemu X di
    Manila, Filipina", "attended the summit in Riyadh"): where the event took place. With a
    meeting's ``parties`` (token indices), another clause between ends the search.
    ``through_relative``: a relative clause on the thing visited does not end it ("meninjau
    sawah yang terendam di P": the fields lie in P, and so did the visit; a meeting's "bertemu
    X yang tinggal di P" says where X lives)."""
    _, c_end = ctx.clause_bounds(sent, i)
    relative = range(0)
    if through_relative and c_end < sent.end and ctx.doc[c_end].lower_ in ctx.cues.relative:
        relative = range(c_end, ctx.clause_bounds(sent, c_end)[1])
        c_end = relative.stop
    for j in range(i, min(c_end, i + reach) - 1):
        if ctx.doc[j].text == "," and _attribution_after(ctx, sent, j):
            break  # "talks with X, the ministry in Lima said": the speaker's place
        if ctx.doc[j].lower_ in ctx.cues.topic_opener:
            break  # "hosted them amid a dispute over the mine in southern P": the topic's
        if parties and j not in relative and _another_clause(ctx, ctx.doc[j], parties):
            break  # "talks with X, and later toured P", "a week after Y fought Z in P"
        if parties and j > i and _subordinate_subject(ctx, j, parties):
            break  # "X meets mediators as ousted Y surfaces in P": P is Y's clause's
        if parties and _purpose_opens(ctx, j):
            break  # "bertemu X untuk membahas sengketa lahan di pesisir P": the topic's
        if ctx.doc[j].lower_ in ctx.cues.venue and ctx.doc[j + 1].lower_ in ctx.cues.not_venue:
            continue  # "berpidato di hadapan parlemen Kenya di Nairobi": before an audience
        if ctx.doc[j].lower_ in ctx.cues.venue and _inside_topic(ctx, ctx.doc[j]):
            continue  # "signed agreements on investment in P": what they are about
        if (
            ctx.doc[j].lower_ in ctx.cues.venue
            and j > i
            and ctx.doc[j - 1].lower_ in ctx.cues.superlative
        ):
            continue  # "Istana X, istana tertua di Eropa": where it ranks, not a venue
        island = _island_of(ctx, j, c_end)
        if ctx.doc[j].lower_ in ctx.cues.venue or island:
            # Known places only: a venue is often a building ("Villa 5", "Government House")
            # that the model takes for a place. A place of a known kind is never a building.
            chain = right_chain(ctx, sent, island or j + 1, PLACE_TYPES, max_gap=4)
            if chain and any(
                t.lower_ in ctx.cues.topic_opener for t in ctx.doc[j + 1 : chain[0].tok_start]
            ):
                break  # "said, in a veiled reference to P": the topic's place
            places = [
                p
                for k, p in enumerate(chain)
                if (known_place(ctx, p) or _apposed_to_country(ctx, p, chain[k + 1 : k + 2]))
                and not _qualifies_body(ctx, p)
                and not p.is_demonym  # "at a hotel with Chilean Trade Minister X": a title's
            ]
            if not places:
                # "at Villa X in a region": a building, then where it stands; "at the old
                # customs house in P": a building the model did not take for a name
                continue
            k = chain[-1].tok_end
            if k < c_end and ctx.doc[k].lower_ in ctx.cues.venue:
                # "di Kantor Gubernur P di Q": the building named for P stands in Q, and the
                # event was in both
                places += [q for q in venue_places(ctx, sent, k, 6, parties) if q not in places]
            for place in places:
                ctx.literal_places.add(place.index)
            return places
    return []


def _inside_topic(ctx: Context, prep: Token) -> bool:
    """The parse hangs the venue's preposition on a noun that a topic preposition governs
    ("agreements on investment in P": the ``topic`` cue's "on"): the place is the topic's."""
    noun = prep.head
    return (
        prep.dep_ == "prep"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ctx.cues.topic
    )


def _purpose_opens(ctx: Context, j: int) -> bool:
    """A purpose clause opens at ``j`` (the ``purpose_clause`` cue before a verb): a meeting's
    place comes before it; a place inside it is what the meeting was about."""
    if ctx.doc[j].lower_ not in ctx.cues.purpose_clause or j + 1 >= len(ctx.doc):
        return False
    after = ctx.doc[j + 1]
    if after.text[:1].isupper():
        return False  # "Dewan untuk Kerja Sama Pangan": inside a body's name
    return after.pos_ == "VERB" or is_active_verb(after, ctx.cues)


def _qualifies_body(ctx: Context, m: Mention) -> bool:
    """A country closing a body's name the model ended before it ("Persatuan Pelajar [Chile]",
    "Kedutaan Besar [Peru]"): the body's, no venue; the venue may come after ("di Lima"). A
    city there is where the body sits ("markas PBB Jenewa") and stays a venue."""
    before = ctx.mention_at(m.tok_start - 1) if m.tok_start > 0 else None
    return (
        m.type == "Country"
        and before is not None
        and before is not m
        and before.type == "Organization"
    )


def known_place(ctx: Context, m: Mention) -> bool:
    """A place the gazetteer links, or one named by its kind: an administrative word
    ("Kabupaten X", "Provinsi Y") or an apposition ("X, a fishing town in Y", "X, kota
    kecil di Z"). Many of the model's other unknown places are buildings ("Villa 5",
    "Government House"), no venue of a visit; a compass part of a city ("Jakarta Selatan")
    is where offices stand more often than where visitors go."""
    resolved = ctx.resolve(m)
    if resolved.kb_id:
        return True
    if resolved.type == "Region" and head_type(ctx.doc[m.tok_start : m.tok_end]) == "Region":
        return True
    kind = apposed_place_kind(ctx.doc, m.tok_end, ctx.lang)
    return resolved.type in ("City", "Region") and (kind == resolved.type or _addressed(ctx, m))


def _addressed(ctx: Context, m: Mention) -> bool:
    """ "Antalya, Turkey": a place written with its country after a comma, as an address
    is, is a place and no building."""
    k = m.tok_end
    if k + 1 >= len(ctx.doc) or ctx.doc[k].text != ",":
        return False
    country = ctx.at.get(k + 1)
    return country is not None and country.type == "Country" and country.kb_id is not None


def _island_of(ctx: Context, j: int, end: int) -> int | None:
    """ "met on the Greek island of Corfu": "on" (the ``surface_venue`` cue) with an island
    word and "of" within the next few tokens places an event; the token after "of", else None
    ("talks on Syria" is a topic)."""
    if ctx.doc[j].lower_ not in ctx.cues.surface_venue:
        return None
    for k in range(j + 1, min(end - 1, j + 5)):
        if ctx.doc[k].lower_ in ctx.cues.island_noun and ctx.doc[k + 1].lower_ == "of":
            return k + 2
    return None


def _another_clause(ctx: Context, tok, parties: set[int]) -> bool:  # noqa: ANN001 - a Token
    """A verb that starts another clause between a meeting and a place: coordinated with the
    meeting's verb, or with a subject of its own that is none of the meeting's ``parties``
    (token indices: "he was received by X in P" is the meeting's own verb), unless it places
    the event itself ("berlangsung di", "held in": the ``event_verb`` cue)."""
    if tok.pos_ != "VERB" or tok.lower_ in ctx.cues.event_verb:
        return False
    subjects = [c for c in tok.children if c.dep_.startswith("nsubj")]
    if any(c.i in parties for c in subjects):
        return False
    return tok.dep_ == "conj" or bool(subjects)


#: Tokens after a subordinating conjunction in which its clause's subject is looked for.
_SUBJECT_REACH = 4


def _subordinate_subject(ctx: Context, j: int, parties: set[int]) -> bool:
    """A subordinating conjunction at ``j`` ("as", "while", "ketika") opening a clause whose
    subject, named within a few tokens, is none of the meeting's parties: a place after it is
    that clause's."""
    tok = ctx.doc[j]
    if tok.dep_ != "mark" or (tok.pos_ != "SCONJ" and tok.lower_ not in ctx.cues.subordinator):
        return False  # "ketika", tagged an adverb, marks a clause as "as" does
    for k in range(j + 1, min(len(ctx.doc), j + 1 + _SUBJECT_REACH)):
        m = ctx.mention_at(k)
        if m is not None and not m.is_pronoun and ctx.resolve(m).type in ("Person", "Organization"):
            return not any(m.tok_start <= p < m.tok_end for p in parties)
    return False


def _attribution_after(ctx: Context, sent: Span, comma: int) -> bool:
    """A comma that opens the sentence's attribution (", the ministry in Lima said", ",
    kata juru bicara di Jakarta"): what follows is who said it and where, not the event."""
    return any(t.lower_ in ctx.cues.speech for t in ctx.doc[comma + 1 : sent.end])


def _apposed_to_country(ctx: Context, m: Mention, after: list[Mention]) -> bool:
    """ "di Putrajaya, Malaysia": a place the gazetteer does not know, set beside a known
    country by a comma, is a town of it, not a building."""
    return (
        bool(after)
        and after[0].type == "Country"
        and after[0].kb_id is not None
        and after[0].tok_start == m.tok_end + 1
        and ctx.doc[m.tok_end].text == ","
    )


def visited_venue(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    who: list[Mention],
    i: int,
    weight: float,
    guests: list[Mention] = (),
    *,
    meeting: bool = False,
) -> None:
    """Whoever takes part in an event in a place was in that place (news says "met X in P"
    more often than "arrived in P"). ``weight`` scales the trigger's confidence: a visit read
    off a meeting's place is a step less direct than the meeting itself. ``guests``: the
    other party, who was there too when their title names another country than the place's
    ("bertemu PM Cina Zhu Rongji di Manila"); a host in their own country visited nothing.
    ``meeting``: the event is a meeting, where a leader whose title names the place's country
    hosts at home ("Russia's President X and Y met in Moscow"); a tour of one's own country
    ("Presiden Indonesia X meninjau banjir di Bogor") is still a visit."""
    parties = {k for m in [*who, *guests] for k in range(ctx.starts_at(m), m.tok_end)}
    places = venue_places(ctx, sent, i, parties=parties, through_relative=not meeting)
    if not places and meeting:
        first = min((ctx.starts_at(m) for m in [*who, *guests]), default=i)
        places = place_before_where(ctx, sent, first)
        # only a pronoun there is the traveller the sentence is about: a person named in the
        # clause is as often its host at home (tried: visitors named there whose titles give
        # another country added 4 visits on articles nobody had read, all 4 counted wrong)
        who, guests = [m for m in who if m.is_pronoun], []
    for person in [*who, *(g for g in guests if g not in who)]:
        for place in places:
            if person not in who and not _abroad(ctx, person, place):
                continue
            if meeting and at_home(ctx, person, place):
                continue
            rule = f"{trig.rule}.venue" if trig.predicate != "visited" else trig.rule
            if country_of(ctx.resolve(place)) in posted_in(ctx, person):
                rule += POSTED  # an envoy's trip inside his posting: the place, not the country
            ctx.add(
                person,
                "visited",
                place,
                rule=rule,
                confidence=trig.confidence * weight,
                sent=sent,
            )


def place_before_where(ctx: Context, sent: Span, first: int) -> list[Mention]:
    """ "came on from P, where that day she and Y signed ...": the place a "where" clause
    about a meeting hangs on is its venue (``first``: the first party's token; a time phrase
    may stand between). "in Dammam, Saudi Arabia, where ...": the city and its country."""
    for k in range(first - 1, max(sent.start, first - _WHERE_REACH) - 1, -1):
        if ctx.doc[k].is_punct:
            return []
        if ctx.doc[k].lower_ in ctx.cues.place_relative:
            if k - 2 < sent.start or ctx.doc[k - 1].text != ",":
                return []
            m = ctx.mention_at(k - 2)
            if m is None or ctx.resolve(m).type not in PLACE_TYPES:
                return []
            ctx.literal_places.add(m.index)  # where things happen: the city, not its government
            described = _city_before_capital_words(ctx, m)
            if described is not None:  # "from Lima, capital of Peru, where ...": the city
                ctx.literal_places.add(described.index)
                return [described]
            city = ctx.mention_at(m.tok_start - 2) if m.tok_start >= 2 else None
            if (  # "in Dammam, Saudi Arabia, where ...": the city and its country
                city is not None
                and ctx.doc[m.tok_start - 1].text == ","
                and ctx.resolve(city).type == "City"
                and ctx.resolve(m).type == "Country"
            ):
                ctx.literal_places.add(city.index)
                return [city, m]
            return [m]
    return []


def _city_before_capital_words(ctx: Context, country: Mention) -> Mention | None:
    """ "Lima, capital of Peru", "Lima, ibu kota Peru": the city set off before the words that
    make it the country's capital (the ``capital`` cue, "of" after it), or None."""
    words = tuple(t.lower_ for t in ctx.doc[max(0, country.tok_start - 3) : country.tok_start])
    for phrase in ctx.cues.capital:
        for tail in (phrase + ("of",), phrase):
            n = len(tail)
            if words[-n:] != tail:
                continue
            k = country.tok_start - n - 1  # the comma before the capital words
            if k < 1 or ctx.doc[k].text != ",":
                continue
            city = ctx.mention_at(k - 1)
            if city is not None and ctx.resolve(city).type == "City":
                return city
    return None


#: Tokens between "where" and the clause's first party ("where on Monday he").
_WHERE_REACH = 5


def title_countries(ctx: Context, person: Mention) -> set[str]:
    """The countries named in ``person``'s title phrase ("Russia's President", "PM Cina"), not
    the one an envoy is sent to ("Duta Besar Chile untuk Peru": Chile's only)."""
    return {m.kb_id for m in _title_country_mentions(ctx, person) if not _sent_to(ctx, m)}


def posted_in(ctx: Context, person: Mention) -> set[str]:
    """The countries ``person``'s title sends him to as an envoy ("untuk Indonesia")."""
    return {m.kb_id for m in _title_country_mentions(ctx, person) if _sent_to(ctx, m)}


def _title_country_mentions(ctx: Context, person: Mention) -> list[Mention]:
    """The linked countries of ``person``'s title phrase, in order."""
    return [
        m
        for k in range(ctx.starts_at(person), person.tok_start)
        if (m := ctx.mention_at(k)) is not None and m.type == "Country" and m.kb_id
    ]


def _sent_to(ctx: Context, country: Mention) -> bool:
    """A country after an envoy's receiving preposition ("untuk", "to"; the lexicon's
    ``envoy_to`` cue), an article between at most."""
    k = country.tok_start - 1
    if k > 0 and ctx.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and ctx.doc[k].lower_ in ctx.cues.envoy_to


def _abroad(ctx: Context, person: Mention, place: Mention) -> bool:
    """The country in ``person``'s title phrase is known and is not ``place``'s country."""
    named = title_countries(ctx, person)
    home = country_of(ctx.resolve(place))
    return bool(named) and home is not None and home not in named


def at_home(ctx: Context, person: Mention, place: Mention) -> bool:
    """The country in ``person``'s title phrase is ``place``'s own: a leader meeting a guest
    or attending a summit in his own country's city hosts, he visits nothing. So is an envoy
    in the country he is posted to, or in its capital, where his embassy is ("Duta Besar RI
    untuk Peru X" in Lima); his trips elsewhere there are visits (``posted_in``)."""
    resolved = ctx.resolve(place)
    home = country_of(resolved)
    if home is None:
        return False
    if home in title_countries(ctx, person):
        return True
    if home not in posted_in(ctx, person):
        return False
    entry = load_gazetteer().get(resolved.kb_id) if resolved.kb_id else None
    return resolved.type == "Country" or (entry is not None and entry.capital_of == home)
