"""Presence at an event the text has placed: "Perdana Menteri X juga hadir", "Y tiba lebih
dulu", "Thailand diwakili Menteri Luar Negeri Z", "W also attended".

News of a summit names its place once ("KTT ASEAN ke-43 dibuka di Jakarta") and then lists
who came, arrived or represented their country without repeating it. A person present at
the event was in its place. The frames of ``visits`` read a place in the sentence itself;
these read only sentences without one, and take the place of the event named in this
sentence or the three before it, nothing further (a story of several stops names each). An
event the text names but never places is where a wire story's dateline is; those present at
it are left to ``kg.extract.datelines``, which knows the dateline and their offices.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.objects import MAX_PERSON_GAP, PERSON, right_chain
from kg.extract.frames.places import country_of
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import subject_for, with_coordinated
from kg.extract.frames.venues import at_home, posted_in, title_countries, venue_places
from kg.extract.lexicon import Trigger
from kg.extract.model import ARTICLES, DEMONSTRATIVES, PLACE_TYPES, Mention, is_possessive
from kg.ingest.metadata import calendar_lexicon
from kg.nlp.lexicon import cue_words

__all__ = [
    "attendees_listed",
    "event_place",
    "event_placed_nowhere",
    "present_at_event",
    "represented_at_event",
]

#: Sentences before the trigger's in which the event's place may be named.
_BACK = 3
#: Tokens from an event noun to its venue's preposition ("KTT ASEAN ke-43 dibuka di P").
_EVENT_REACH = 8
#: The only kinds of place an event is held in here: a city (a summit in a country is in
#: one of its cities, which the text did not say).
_EVENT_PLACES = frozenset({"City"})


def event_place(ctx: Context, sent: Span, before: int) -> Mention | None:
    """The city of the latest event the text placed: an event noun (the lexicon's
    ``event_noun`` cue) beside a city ("the Jakarta meetings") or followed, within a few
    tokens, by "di/in" and a city, in the sentence up to token ``before`` or in the three
    sentences before it. An event noun with no place ("Pertemuan ini dihadiri ...") names the
    same event again, so the three sentences are counted back from it. An event of another
    occasion ("the previous summit in P") is none of these."""
    index = ctx.sents.index(sent)
    oldest = index - (_BACK_ANAPHORIC if _event_named_again(ctx, sent, before) else _BACK)
    k = index
    while k >= max(0, oldest):
        named, found = _event_in(
            ctx, ctx.sents[k], before if k == index else ctx.sents[k].end, earlier=k < index
        )
        if found is not None:
            return found
        if named:
            oldest = min(oldest, k - _BACK)
        k -= 1
    return None


def event_placed_nowhere(ctx: Context, sent: Span, before: int) -> bool:
    """The sentence or the three before it name an event ("also attended the summit",
    "KTT dibuka Senin. X juga hadir") and the text has placed no event anywhere up to token
    ``before``: the event is where the story is told, which only a dateline can say
    (``kg.extract.datelines``)."""
    if not _unplaced_clause(ctx, sent):
        return False
    index = ctx.sents.index(sent)
    read = [
        _event_in(ctx, s, before if k == index else s.end, PLACE_TYPES)
        for k, s in enumerate(ctx.sents[: index + 1])
    ]
    return any(named for named, _ in read[-_BACK - 1 :]) and all(place is None for _, place in read)


#: Quotation marks: a quoted clause is the speaker's, told from wherever he spoke.
_QUOTES = frozenset('"\u201c\u201d')
#: English articles that introduce something new ("a summit"), not one the text has named.
_INDEFINITE = ARTICLES - {"the"}


def _unplaced_clause(ctx: Context, sent: Span) -> bool:
    """A sentence outside quotes with no place phrase of any kind ("in the Lao capital", "di
    sana", "in November") and, in English, its event named as one known ("the summit", not
    "a summit", which is a new one): only then may the dateline say where it was."""
    adverbs = cue_words(ctx.lang, "place_adverb")
    for tok in sent:
        if tok.text in _QUOTES or tok.lower_ in adverbs:
            return False
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if (
            tok.lower_ in ctx.cues.locative
            and nxt is not None
            and (not nxt.is_lower or nxt.lower_ in ARTICLES)
        ):
            return False
        if tok.lower_ in ctx.cues.event_noun and any(
            t.lower_ in _INDEFINITE for t in ctx.doc[max(sent.start, tok.i - 3) : tok.i]
        ):
            return False
    return True


def _event_in(
    ctx: Context,
    s: Span,
    end: int,
    kinds: frozenset[str] = _EVENT_PLACES,
    *,
    earlier: bool = False,
) -> tuple[bool, Mention | None]:
    """Whether sentence ``s`` names an event of this occasion before token ``end``, and the
    place of ``kinds`` it puts the last such event in, if any. ``earlier``: a sentence before
    the trigger's, where an event dated before now ("akhir Juli lalu") is background; in the
    trigger's own it may be the very event told ("KTT di P pada 3 Mei lalu, yang juga
    dihadiri X")."""
    named, found = False, None
    for i in range(s.start, end):
        if ctx.doc[i].lower_ not in ctx.cues.event_noun or _other_occasion(ctx, i):
            continue
        named = True
        beside = [ctx.mention_at(i - 1), ctx.mention_at(i + 1)]  # "the Jakarta meetings"
        places = [m for m in beside if m is not None and m.tok_start < end]
        reach = _EVENT_REACH + _name_run(ctx, i + 1, end) + _named_tokens(ctx, i + 1, end)
        places += venue_places(ctx, s, i + 1, reach=reach)
        for place in places:
            if (
                ctx.resolve(place).type in kinds
                and place.tok_start < end
                and not _dated_by_year(ctx, place.tok_end, s.end)
                and not (earlier and _dated_before_now(ctx, place.tok_end, s.end))
            ):
                found = place
                break
    return named, found


#: Tokens on either side of an event noun where a word may make it another occasion.
_OCCASION_REACH = 2


def _other_occasion(ctx: Context, i: int) -> bool:
    """An event noun told as another occasion than the one reported (the ``other_occasion``
    cue beside it: "the group's previous summit in P", "KTT berikutnya di Q"): who is present
    now was not at its place."""
    words = cue_words(ctx.lang, "other_occasion")
    window = ctx.doc[max(0, i - _OCCASION_REACH) : i + _OCCASION_REACH + 1]
    return any(t.lower_ in words for t in window)


def _named_tokens(ctx: Context, i: int, end: int) -> int:
    """Tokens past one of each person named (with the title) within the event's reach after
    token ``i`` ("pemakaman mendiang Presiden Q Rizal Hakim di P"): a name whose funeral or
    inauguration it is counts as one word, so its place is still in reach."""
    extra, j = 0, i
    while j < min(end, i + _EVENT_REACH + extra):
        m = ctx.mention_at(j) or ctx.titled_at(j)
        if m is None or ctx.resolve(m).type != "Person":
            j += 1
            continue
        extra += m.tok_end - j - 1
        j = m.tok_end
    return extra


def _name_run(ctx: Context, i: int, end: int) -> int:
    """Tokens of the capitalised name an event noun opens ("Konferensi Tingkat Tinggi
    Forum Kerja Sama Pasifik (FKSP) di P"): its place comes after the whole name."""
    j = i
    while j < end and (ctx.doc[j].is_title or ctx.doc[j].is_upper or ctx.doc[j].text in "()"):
        j += 1
    return j - i


#: Sentences searched back from an event the trigger's sentence names again with a
#: demonstrative ("KTT tiga hari itu turut dihadiri ..."): the story may have moved on to the
#: arrivals in between.
_BACK_ANAPHORIC = 8


def _event_named_again(ctx: Context, sent: Span, before: int) -> bool:
    """An event noun before the trigger with a demonstrative closing its phrase ("KTT dua
    hari itu", "pertemuan tersebut"): the event the text placed earlier, not a new one."""
    for i in range(sent.start, before):
        if ctx.doc[i].lower_ in ctx.cues.event_noun:
            window = ctx.doc[i + 1 : min(before, i + 4)]
            if any(t.lower_ in DEMONSTRATIVES for t in window):
                return True
    return False


#: Tokens after an event's place where a year dates it ("a summit in Madrid in 2011").
_YEAR_REACH = 3


def _dated_by_year(ctx: Context, i: int, end: int) -> bool:
    """A year right after an event's place ("a summit in Madrid in 2011", "KTT di Bali
    pada 2022"): an event of another time, told as background, not the one being attended."""
    return any(
        t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
        for t in ctx.doc[i : min(end, i + _YEAR_REACH)]
    )


def _dated_before_now(ctx: Context, i: int, end: int) -> bool:
    """A time before now right after an event's place ("di Jakarta, akhir Juli lalu", "in
    Deauville, France, last May"): an earlier occasion than the one the text goes on about."""
    calendar = calendar_lexicon()
    closers = cue_words(ctx.lang, "past_closer")
    nouns = cue_words(ctx.lang, "time_noun")
    for t in ctx.doc[i : min(end, i + _PAST_REACH)]:
        after = ctx.doc[t.i + 1] if t.i + 1 < end else None
        if t.lower_ in closers and t.i > i and ctx.doc[t.i - 1].is_alpha:
            return True  # "akhir Juli lalu", not ", lalu ke P" (then)
        if t.lower_ in calendar["last_before"] and after is not None:
            if after.lower_ in calendar["months"] or after.lower_ in nouns:
                return True
    return False


#: Tokens after an event's place where a time before now dates it ("akhir Juli lalu").
_PAST_REACH = 5


def _place_in_clause(ctx: Context, sent: Span, end: int) -> bool:
    """The clause goes on to say where: a place, or a locative preposition before a name kg
    does not know as a place ("mendarat di Pangkalan Udara Andrews"). The visit frames read
    the first; the second is no event's city. A common noun after the preposition ("tiba di
    lokasi KTT") is the event's own site, and the event's city stands."""
    _, c_end = ctx.clause_bounds(sent, end)
    window = ctx.doc[end : min(c_end, end + 3)]
    if c_end < sent.end and ctx.doc[c_end].lower_ in ctx.cues.relative:
        # "hadir dalam rapat yang diadakan X di P": the event's own place, told in a
        # relative clause on it, is no earlier event's
        c_end = ctx.clause_bounds(sent, c_end)[1]
    if any(
        t.lower_ in ctx.cues.locative and t.i + 1 < c_end and ctx.doc[t.i + 1].is_title
        for t in window
    ):
        return True
    here = ctx.by_sent.get(ctx.sents.index(sent), [])
    titled = [  # "dihadiri Menteri Luar Negeri Laos X": a title's country is no venue
        (ctx.starts_at(p), p.tok_start) for p in here if p.type == "Person" and not p.is_pronoun
    ]
    return any(
        ctx.resolve(m).type in PLACE_TYPES
        and not any(lo <= m.tok_start < hi for lo, hi in titled)
        and not _possessor_of_person(ctx, m)
        for m in here
        if end <= m.tok_start < c_end
    )


def _possessor_of_person(ctx: Context, m: Mention) -> bool:
    """ "Bolivia's Tom Hakim": a country owning the person named right after it, no venue."""
    k = m.tok_end
    if k + 1 >= len(ctx.doc) or not is_possessive(ctx.doc[k]):
        return False
    after = ctx.mention_at(k + 1)
    return after is not None and ctx.resolve(after).type == "Person"


def _add_present(
    ctx: Context, sent: Span, trig: Trigger, people: list[Mention], place: Mention, weight: float
) -> None:
    for person in people:
        if ctx.resolve(person).type == "Person" and not at_home(ctx, person, place):
            for where in _with_larger_places(ctx, place, person):
                add_relation(ctx, sent, trig, person, where, weight)


def _leave_to_dateline(ctx: Context, sent: Span, people: list[Mention]) -> None:
    """Keep those present at an event placed nowhere for the dateline to place, but not an
    envoy: he attends where he is posted, which may be neither the dateline's country nor a
    visit ("Duta Besar Chile untuk Peru X turut hadir" under a Quito dateline)."""
    ctx.unplaced_presence += [(m, sent) for m in people if not posted_in(ctx, m)]


def _with_larger_places(ctx: Context, place: Mention, person: Mention) -> list[Mention]:
    """The event's city and the province or country named right after it ("di Cicendo,
    Bandung, Jawa Barat"): who was in the city was in each of them, as "tiba di Bandung, Jawa Barat"
    reads for an arrival. Not for a guest whose title names another country: a foreign
    leader at a summit in Manado visited the town (and the country), not its province."""
    home = country_of(ctx.resolve(place))
    if home is not None and title_countries(ctx, person) - {home}:
        return [place]
    out = [place]
    k = place.tok_end
    while k + 1 < len(ctx.doc) and ctx.doc[k].text == ",":
        m = ctx.mention_at(k + 1)
        if m is None or m.tok_start != k + 1 or ctx.resolve(m).type not in ("Region", "Country"):
            break
        out.append(m)
        k = m.tok_end
    return out


@frame("present_at_event")
def present_at_event(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "X juga hadir", "A, B, dan C tiba lebih dulu", "X also attended": the subject (and
    the persons coordinated with it) was at the event the text placed just before."""
    if ctx.negated(sent, start, end - 1) or _place_in_clause(ctx, sent, end):
        return
    subj, weight = subject_for(ctx, sent, start, PERSON)
    if subj is None:
        return
    place = event_place(ctx, sent, start)
    if place is not None:
        _add_present(ctx, sent, trig, with_coordinated(ctx, subj), place, weight)
    elif event_placed_nowhere(ctx, sent, sent.end):
        _leave_to_dateline(ctx, sent, with_coordinated(ctx, subj))


@frame("represented_at_event")
def represented_at_event(
    ctx: Context, sent: Span, trig: Trigger, start: int, end: int
) -> None:
    """ "Thailand diwakili Menteri Luar Negeri X", "Russia was represented by Y", "pertemuan
    dihadiri A dan B", "the talks were attended by C": the persons named after the verb were
    at the event the text placed just before; after the active "mewakili" the one named is
    represented, and the subject was there ("X hadir mewakili ibunya, Y"); a sentence the verb
    opens names them after it ("Hadir pula Menteri X dan Y")."""
    if ctx.negated(sent, start, end - 1) or _place_in_clause(ctx, sent, end):
        return
    if ctx.lang == "id" and not ctx.doc[start].lower_.startswith("di") and start != sent.start:
        # the active "X hadir mewakili ibunya, Y": the one named after is the absent one
        subj, _ = subject_for(ctx, sent, start, PERSON)
        people = with_coordinated(ctx, subj) if subj is not None else []
    else:
        people = right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP)
    _place_named(ctx, sent, trig, start, people)


@frame("attendees_listed")
def attendees_listed(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Sejumlah kepala negara hadir, antara lain Presiden X dan Y", "Leaders at the summit
    include A, B and C": the subject is a group noun the list after the verb spells out, so
    the persons named there, not the subject, were at the event the text placed before."""
    if ctx.negated(sent, start, end - 1) or _place_in_clause(ctx, sent, end):
        return
    listed = right_chain(ctx, sent, end, PERSON, max_gap=MAX_PERSON_GAP)
    inside = [  # "Among the guests in P were A and B": the group's own place
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if start <= m.tok_start < end and ctx.resolve(m).type in PLACE_TYPES and not m.is_demonym
    ]
    if inside and listed:
        _add_present(ctx, sent, trig, listed, inside[-1], 1.0)
        return
    _place_named(ctx, sent, trig, start, listed)


def _place_named(
    ctx: Context, sent: Span, trig: Trigger, start: int, people: list[Mention]
) -> None:
    """Puts those named at the event placed before, or leaves them to the dateline."""
    place = event_place(ctx, sent, start) if people else None
    if place is not None:
        _add_present(ctx, sent, trig, people, place, 1.0)
    elif people and event_placed_nowhere(ctx, sent, sent.end):
        _leave_to_dateline(ctx, sent, people)
