"""Frames: how each kind of trigger finds its subject and objects in the sentence.

A trigger in ``ontology/lexicon/<lang>.jsonl`` names its frame; the frames are registered here by
name (like spaCy's registered functions) so the lexicon can use them without code changes.
A frame writes its trigger's predicate (``trig.predicate``), so a new relation can reuse a
frame whose roles fit (``ontology/README.md``, "Adding a relation").
Frames read token order and entity types, with coordination ("X dan Y", "X, Y and Z"),
appositions ("ibu kota Armenia, Yerevan") and title phrases; negation and hedges block them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.lexicon import Trigger
from kg.extract.mentions import head_type, object_position
from kg.extract.model import AGENT_TYPES, PLACE_TYPES, Mention
from kg.ingest.metadata import calendar_lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import facility_words

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
def left_agent(
    ctx: Context,
    sent: Span,
    i: int,
    types=_PERSON,
    *,
    lower: int | None = None,
    noun: bool = False,
) -> Mention | None:
    """Nearest agent left of token ``i`` (not before ``lower``, the sentence start by default).

    Skipped: possessors ("Joe Biden's administration") modify a noun rather than act; names
    in object position ("bertemu Zelensky, lalu terbang ke ...", "greeted by X before
    holding talks") belong to an earlier predicate, so coordinated verbs share the first
    verb's subject; organisations act as travellers only as a delegation. A person is
    preferred to an organisation ("Trump told reporters at the White House before leaving").
    A verb trigger's own subject stops the search ("mencatat wisatawan berkunjung"); a noun
    trigger ("arrived in P for a visit to Q") takes the subject of the verb it hangs on, so
    ``noun`` lets the search cross verbs."""
    lower = sent.start if lower is None else lower
    if types != _PERSON and "Person" in types:
        person = left_agent(ctx, sent, i, _PERSON, lower=lower, noun=noun)
        if person is not None:
            return person
    saw_nominal = saw_link = noun
    for j in range(i - 1, lower - 1, -1):
        tok = ctx.doc[j]
        m = ctx.mention_at(j)
        if m is None:
            if tok.lower_ in ctx.cues.relative:
                head = relative_head(ctx, j)  # "X, yang kala itu hadir di ...": X acts
                return head if head is not None and _acts(ctx, head, types) else None
            if tok.lower_ in ctx.cues.coordination:
                if saw_nominal and not saw_link:
                    return None  # "X merinci, korban berada di": the clause's own subject
                saw_link = True
            elif _nominal(ctx, tok):
                saw_nominal = True
            elif tok.pos_ == "VERB" and saw_nominal and not saw_link:
                return None  # "mencatat wisatawan berkunjung": the trigger has its own subject
            continue
        if m.tok_start != j and not m.is_pronoun:
            continue  # inside a name: judge it once, at its first token
        if ctx.resolve(m).type not in types:
            # "bertolak dari Beijing menuju Tokyo": a place after a preposition is the
            # earlier verb's oblique, not the trigger's own subject
            saw_nominal = saw_nominal or not _after_preposition(ctx, m)
        elif _can_be_subject(ctx, m, types):
            return m
    return None


def _after_preposition(ctx: Context, m: Mention) -> bool:
    start = ctx.starts_at(m)
    if start == 0:
        return False
    word = ctx.doc[start - 1].lower_
    return word in ctx.cues.oblique or word in ctx.cues.locative


def _can_be_subject(ctx: Context, m: Mention, types: frozenset[str]) -> bool:
    """Not a possessor ("Biden's administration"), not an earlier predicate's object, and an
    agent of ``types`` (an organisation only as a delegation)."""
    possessor = m.tok_end < len(ctx.doc) and ctx.doc[m.tok_end].text in _POSSESSIVE
    return not possessor and not in_object_position(ctx, m) and _acts(ctx, m, types)


def _acts(ctx: Context, m: Mention, types: frozenset[str]) -> bool:
    kind = ctx.resolve(m).type
    return kind in types and (kind != "Organization" or _delegation_before(ctx, m))


def _nominal(ctx: Context, tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A noun that could be a clause's own subject (not a time word, a delegation or spouse
    word, "X dan istrinya disambut", a travel verb the tagger took for a noun ("bertolak") or
    part of a title phrase)."""
    word = tok.lower_
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and word not in ctx.cues.subjectless
        and (word,) not in ctx.cues.consort
        and word not in ctx.cues.motion_from
        and word.removesuffix("nya") not in ctx.cues.delegation
        and ctx.titled_at(tok.i) is None
    )


def relative_head(ctx: Context, j: int) -> Mention | None:
    """The name a relative pronoun at token ``j`` refers to ("X, yang ...", "X, who ...")."""
    k = j - 1
    if k >= 0 and ctx.doc[k].text == ",":
        k -= 1
    m = ctx.mention_at(k) if k >= 0 else None
    return ctx.resolve(m) if m is not None else None


def _list_goes_on(ctx: Context, m: Mention) -> bool:
    """A coordination word follows the mention: it sits inside a list ("A, B dan C")."""
    return m.tok_end < len(ctx.doc) and ctx.doc[m.tok_end].lower_ in ctx.cues.coordination


def in_object_position(ctx: Context, m: Mention) -> bool:
    """``object_position``, shared along a coordination: in "menerima A dan B, lalu terbang
    ke P" B is received as A is, and flies no more than A does."""
    if m.is_pronoun:
        return False
    if object_position(ctx.doc, m, ctx.cues):
        return True
    start = ctx.starts_at(m)
    if start < 2 or ctx.doc[start - 1].lower_ not in ctx.cues.coordination:
        return False
    if ctx.doc[start - 1].text == "," and not _list_goes_on(ctx, m):
        return False  # "sebelum bertemu Xi, Jokowi mengadakan ...": the comma ends a clause
    before = ctx.mention_at(start - 2)
    if before is None or before is m or ctx.resolve(before).type != ctx.resolve(m).type:
        return False  # "Dari Vladivostok, Putin ...": a fronted phrase, not a list
    return in_object_position(ctx, before)


def _delegation_before(ctx: Context, m: Mention) -> bool:
    """ "delegasi KPK", "a Chinese delegation": an organisation standing for its travellers."""
    start = ctx.starts_at(m)
    window = ctx.doc[max(0, start - 3) : m.tok_end + 2]
    return any(t.lower_ in ctx.cues.delegation for t in window)


def previous_subject(ctx: Context, sent: Span, types=_PERSON) -> Mention | None:
    """The subject a clause without one continues about: the first agent in subject position
    of the sentence just before (news prose goes on about it: "Ia ...", "Dijadwalkan ...").
    Nothing further back: a person two sentences away is a guess, not a reading."""
    idx = ctx.sents.index(sent)
    if idx == 0:
        return None
    return next((m for m in ctx.by_sent.get(idx - 1, []) if _can_be_subject(ctx, m, types)), None)


def _in_quote(ctx: Context, sent: Span, i: int) -> bool:
    """Inside a quotation, an unstated subject is the speaker, not the article's protagonist."""
    before = sent.text[: ctx.doc[i].idx - sent.start_char]  # Doc.text would cost O(doc)
    return before.count('"') % 2 == 1


def _unrecognised_subject(ctx: Context, sent: Span, i: int) -> bool:
    """Whether a word that could be the clause's subject stands between its start (or its last
    comma) and the trigger, though kg did not recognise it as an agent ("wisatawan Indonesia
    berkunjung", "Austin pernah berkunjung", "Japan's prime minister makes a trip")."""
    c_start, _ = ctx.clause_bounds(sent, i)
    commas = [j for j in range(c_start, i) if ctx.doc[j].text == ","]
    start = commas[-1] + 1 if commas else c_start
    return any(
        ctx.mention_at(tok.i) is not None or tok.pos_ == "PRON" or _nominal(ctx, tok)
        for tok in ctx.doc[start:i]
    )


def subject_for(
    ctx: Context, sent: Span, i: int, types=_PERSON, *, noun: bool = False
) -> tuple[Mention | None, float]:
    """The subject of the clause holding token ``i``, with how sure the reading is.

    From the clause itself (1.0); a definite description ("Menteri itu", 0.85); a clause with
    no subject of its own, or a delegation ("rombongan"), continues the previous sentence's
    subject (0.8). A subject the text has but kg did not recognise gives nothing: guessing
    a person from elsewhere is how most wrong edges were made. An infinitive ("He is
    scheduled to ... and to call on X", "datang untuk bertemu X") takes the sentence's
    subject, not the nearest name before it."""
    c_start, _ = ctx.clause_bounds(sent, i)
    governing = _participle_subject(ctx, sent, i, types)
    if governing is not None:
        return governing, 0.9
    if i > 0 and ctx.doc[i - 1].lower_ in ctx.cues.nonfinite_link and ctx.doc[i - 1].i > sent.start:
        first = next(
            (
                m
                for m in ctx.by_sent.get(ctx.sents.index(sent), [])
                if c_start <= m.tok_start < i
                and ctx.resolve(m).type in types
                and not in_object_position(ctx, m)
            ),
            None,
        )
        if first is not None:
            return first, 0.9
    m = left_agent(ctx, sent, i, types, lower=c_start, noun=noun)
    if m is not None:
        return m, 1.0
    if c_start > sent.start and ctx.doc[c_start - 1].lower_ in ctx.cues.relative:
        head = relative_head(ctx, c_start - 1)  # "Pompeo, who is to lead ..., was due to fly"
        return (head, 1.0) if head is not None and _acts(ctx, head, types) else (None, 0.0)
    described = definite_description(ctx, sent, i)
    if described is not None:
        return described, 0.85
    if _in_quote(ctx, sent, i):
        return None, 0.0
    fronted = _fronted_clause_subject(ctx, sent, i, types)
    if fronted is not None:
        return fronted, 0.9
    if _unrecognised_subject(ctx, sent, i):
        return None, 0.0
    return previous_subject(ctx, sent, types), 0.8


def _participle_subject(ctx: Context, sent: Span, i: int, types: frozenset[str]) -> Mention | None:
    """ "X met Y at the palace, shortly after landing in P": an English -ing verb right
    after a subordinator has no subject of its own; it is the subject of the verb the
    subordinator hangs on in the parse (X), not the nearest name before it (Y)."""
    tok = ctx.doc[i]
    if tok.tag_ != "VBG" or i <= sent.start or ctx.doc[i - 1].lower_ not in ctx.cues.subordinator:
        return None
    head = tok.head
    for _ in range(3):  # up through the subordinator ("after" -> "called")
        if head.pos_ in ("VERB", "AUX") and head.i != i:
            break
        head = head.head
    else:
        return None
    nsubj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    m = ctx.mention_at(nsubj.i) if nsubj is not None else None
    return m if m is not None and _acts(ctx, m, types) else None


def _fronted_clause_subject(
    ctx: Context, sent: Span, i: int, types: frozenset[str]
) -> Mention | None:
    """ "Sebelum bertemu Xi, Biden ...", "After meeting X, Y said": a clause opened by a
    subordinator before the first comma has the main clause's subject, named right after
    that comma."""
    start = i
    while start > sent.start and ctx.doc[start - 1].text != ",":
        start -= 1
    if not any(ctx.doc[k].lower_ in ctx.cues.subordinator for k in range(start, i)):
        return None
    comma = next((k for k in range(i, sent.end) if ctx.doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return None
    m = ctx.mention_at(comma + 1) or ctx.titled_at(comma + 1)
    return m if m is not None and ctx.resolve(m).type in types else None


def with_coordinated(ctx: Context, subj: Mention) -> list[Mention]:
    """The subject and the persons coordinated before it ("A dan B bertemu X", "A serta B
    tiba di P", "A, B, dan C tiba di P"): each of them did it. A comma joins names only inside
    a list closed by "dan"/"serta" (alone it may be an apposition or end a fronted phrase),
    and never a name in object position."""
    if (subj.is_pronoun and not _title_reference(ctx, subj)) or ctx.resolve(subj).type != "Person":
        return ctx.group(subj)
    out = [subj]
    conjunction = frozenset(ctx.cues.coordination - {","})
    in_list = False
    while True:
        start = ctx.starts_at(out[0])
        start -= _consort_before(ctx, start)  # "A dan istrinya B", "A and his wife B"
        link = start - 1
        if link >= 1 and ctx.doc[link].lower_ in conjunction:
            in_list = True
            if ctx.doc[link - 1].text == ",":  # "A, B, dan C": the list's last comma
                link -= 1
        elif not (in_list and link >= 1 and ctx.doc[link].text == ","):
            break
        before = ctx.mention_at(link - 1)
        if (
            before is None
            or (before.is_pronoun and not _title_reference(ctx, before))
            or ctx.resolve(before).type != "Person"
            or in_object_position(ctx, before)
        ):
            break
        out.insert(0, before)
    return out


def _title_reference(ctx: Context, m: Mention) -> bool:
    """A title standing alone for one person ("Presiden dan Ibu Negara disambut ..."): it
    coordinates like a name, where a pronoun or "keduanya" does not."""
    return (
        m.is_pronoun
        and m.text.lower() not in ctx.cues.pronoun
        and len(ctx.group(m)) == 1
        and m.text[:1].isupper()
    )


def companions_after(ctx: Context, sent: Span, i: int, stop: int | None = None) -> list[Mention]:
    """Persons named after a companion word from token ``i`` on, within its clause and before
    ``stop`` ("tiba di P bersama Ibu Negara Y", "A bersama B tiba", "arrived in P accompanied
    by Y"): they were there too. Another verb or a purpose ends the search ("tiba di P untuk
    membahas ... bersama Y": Y is the talks' partner)."""
    _, c_end = ctx.clause_bounds(sent, i)
    for k in range(i, c_end if stop is None else min(stop, c_end)):
        for phrase in ctx.cues.companion:
            if tuple(t.lower_ for t in ctx.doc[k : k + len(phrase)]) == phrase:
                return right_chain(ctx, sent, k + len(phrase), _PERSON, max_gap=_MAX_PERSON_GAP)
        if ctx.doc[k].pos_ == "VERB" or ctx.doc[k].lower_ in ctx.cues.purpose:
            return []
    return []


def _consort_before(ctx: Context, i: int) -> int:
    """Length of a spouse word ending right before token ``i`` ("istrinya", "his wife"), 0 if
    none: it joins a couple as a title joins a name."""
    comma = int(i > 0 and ctx.doc[i - 1].text == ",")  # "A dan istrinya, B, tiba di P"
    for phrase in ctx.cues.consort:
        n = len(phrase) + comma
        if i - n >= 0 and tuple(t.lower_ for t in ctx.doc[i - n : i - comma]) == phrase:
            return n
    return 0


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
        m = ctx.mention_at(j) or ctx.titled_at(j)
        if m is not None and _adjectival_demonym(ctx, m) and not found:
            j = m.tok_end  # "to land Armenian troops hold": an adjective, not the place
            gap += 1
            continue
        if not found and _place_noun_of(ctx, j, types):
            j += 2  # "to the port city of P": the name after "of" is the place
            continue
        if m is not None and ctx.resolve(m).type in types:
            found.extend(ctx.group(m))
            j = m.tok_end
            gap = 0
            j = _skip_coordination(ctx, sent, j, types)
            if j is None or in_another_country(ctx, m, ctx.mention_at(j)):
                break
            continue
        if found or j >= end:
            break
        word = ctx.doc[j]
        if (
            m is None
            and word.pos_ == "VERB"
            and j > i
            and word.lower_ not in ctx.cues.list_intro
            and word.dep_ != "amod"  # "the occupied port city of P": a participle adjective
        ):
            break  # "received by [unknown] and held talks with Y": Y is another verb's object
        gap += 1
        if gap > max_gap:
            break
        # Another entity on the way (a title's country, a venue: "to the G7 summit in
        # Biarritz") counts as one step of the gap.
        j = m.tok_end if m is not None else j + 1
    return found


def _adjectival_demonym(ctx: Context, m: Mention) -> bool:
    """ "Armenian troops", "the Georgian port city": a demonym before a lower-case noun
    modifies it; it names no place the trip went to (unless it is the capital's description
    the mentions already read as the city)."""
    end = m.tok_end
    return (
        m.is_demonym
        and not m.is_pronoun
        and end < len(ctx.doc)
        and ctx.doc[end].is_lower
        and ctx.doc[end].pos_ == "NOUN"
        and ctx.mention_at(end) is None
    )


def _place_noun_of(ctx: Context, j: int, types: frozenset[str]) -> bool:
    """ "the city of Lviv", "the port city of P": a place noun and "of" before a place's name."""
    doc = ctx.doc
    return (
        types != _PERSON
        and j + 2 < len(doc)
        and doc[j].lower_ in ctx.cues.place_noun
        and doc[j + 1].lower_ == "of"
        and ctx.mention_at(j + 2) is not None
        and ctx.resolve(ctx.mention_at(j + 2)).type in types
    )


#: What a title may name between a list's link and the next titled name.
_TITLE_BODIES = frozenset({"Country", "Organization", "City", "Region"})


def country_of(m: Mention) -> str | None:
    """The gazetteer country of a place mention (itself for a country)."""
    if not m.kb_id:
        return None
    if m.type == "Country":
        return m.kb_id
    entry = load_gazetteer().get(m.kb_id)
    return entry.country if entry is not None else None


def in_another_country(ctx: Context, place: Mention, country: Mention | None) -> bool:
    """The gazetteer puts ``place`` in another country than ``country``: "di Bali, Taiwan
    Disebut ...", "di Bangkok, Malaysia dan Singapura" list them, where "Tashkent, Uzbekistan"
    apposes them."""
    if country is None or ctx.resolve(place).type == "Country":
        return False
    country = ctx.resolve(country)
    home = country_of(ctx.resolve(place))
    return country.type == "Country" and bool(country.kb_id) and home not in (None, country.kb_id)


#: Words of a capital apposition between a place and the next: "X, ibu kota Y", "X, the
#: capital of Y", "X, the capital city of Y".
_CAPITAL_APPOSITION = frozenset({"ibu", "kota", "capital", "the", "city", "of"})


def _capital_beside(ctx: Context, j: int, m: Mention, k: int) -> bool:
    """ "ibu kota Korea Selatan", "the Indonesian capital": a country and its capital's
    mention side by side, with no link between them."""
    before = ctx.mention_at(j - 1) if k == j and j > 0 else None
    if before is None:
        return False
    pair = {before.type: before, m.type: m}
    city, country = pair.get("City"), pair.get("Country")
    if city is None or country is None or not city.kb_id:
        return False
    entry = load_gazetteer().get(city.kb_id)
    return entry is not None and entry.capital_of == country.kb_id


def _demonym_ends(ctx: Context, j: int) -> bool:
    m = ctx.mention_at(j - 1) if j > 0 else None
    return m is not None and m.is_demonym and m.type == "Country"


def _skip_coordination(ctx: Context, sent: Span, j: int, types: frozenset[str]) -> int | None:
    """Index of the next coordinated mention's first token, or None when the list ends."""
    k = j
    saw_link = False
    while k < sent.end and k - j <= 6:
        tok = ctx.doc[k]
        m = ctx.mention_at(k)
        if m is not None:
            if ctx.resolve(m).type in types and (saw_link or _capital_beside(ctx, j, m, k)):
                return k
            if types == _PERSON and m.type in _TITLE_BODIES and saw_link:
                k = m.tok_end  # title country: "dan Perdana Menteri India Narendra Modi",
                continue  # a see or a city: "serta Uskup Agung Jakarta Kardinal X"
            return None
        word = tok.lower_
        if word in ctx.cues.coordination:
            saw_link = True
        elif types == _PERSON and saw_link and (tok.is_title or tok.is_upper or tok.is_lower):
            pass  # title words between "dan" and the next name
        elif types != _PERSON and saw_link and word in _CAPITAL_APPOSITION:
            pass  # "Makassar, the capital of South Sulawesi", "Astana, ibu kota Kazakhstan"
        elif types != _PERSON and word == "capital" and k == j and _demonym_ends(ctx, j):
            saw_link = True  # "the Thai capital Bangkok": the capital is the next name
        else:
            return None
        k += 1
    return None


def _add(
    ctx: Context, sent: Span, trig: Trigger, subj: Mention, obj: Mention, weight: float = 1.0
) -> None:
    """Record the trigger's own relation (``trig.predicate``), at its confidence times how
    sure the frame is of its roles."""
    ctx.add(
        subj, trig.predicate, obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent
    )


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
    if trig.max_gap is not None and _idiom_after(ctx, sent, end):
        return  # "is in talks with Japan", "was in charge of ...": no place after "in"
    gap = _MAX_GAP if trig.max_gap is None else trig.max_gap
    places = right_chain(ctx, sent, end, PLACE_TYPES, max_gap=gap)
    travellers = with_coordinated(ctx, subj)
    if places:
        along = companions_after(ctx, sent, places[-1].tok_end)
        if not subj.is_pronoun and subj.tok_end <= start:
            along += companions_after(ctx, sent, subj.tok_end, stop=start)
        travellers += [p for p in along if p not in travellers]
    for obj in places:
        ctx.literal_places.add(obj.index)
        for agent in travellers:
            _add(ctx, sent, trig, agent, obj, weight)
    if ctx.doc[start].lower_ in ctx.cues.arrival:
        arrival_origin(ctx, sent, trig, travellers, end, weight)


def _idiom_after(ctx: Context, sent: Span, i: int) -> bool:
    """A common noun right after a tight trigger's preposition ("is in talks", "was in
    charge") makes an idiom of them, not a place: the lexicon gives such triggers a
    ``max_gap``."""
    return (
        i < sent.end
        and ctx.doc[i].pos_ == "NOUN"
        and ctx.mention_at(i) is None
        and ctx.titled_at(i) is None
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
    traveller's home (an official "arriving from" their own capital visited nothing)."""
    _, c_end = ctx.clause_bounds(sent, i)
    for j in range(i, c_end):
        if ctx.doc[j].lower_ in ctx.cues.origin:
            for place in right_chain(ctx, sent, j + 1, PLACE_TYPES):
                ctx.literal_places.add(place.index)
                for agent in travellers:
                    ctx.add(
                        agent,
                        "visited",
                        place,
                        rule=f"{trig.rule}.from",
                        confidence=trig.confidence * weight * 0.9,
                        sent=sent,
                    )
            return


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
        titled = ctx.titled_at(j)
        if titled is not None and subj is None and ctx.doc[j - 1].lower_ in ctx.cues.oblique:
            subj = titled  # "a visit by Kenyan President X to Japan": the title's country is X's
            j = titled.tok_end
            continue
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
    if subj is None and _clitic_possessor(ctx, start, j):
        # "Lawatannya ke Indonesia ...", "kunjungan pertamanya ke ...": "-nya" is the
        # clause's subject, or the one the text goes on about; a pronoun written out, so
        # surer than a clause with no subject at all (0.8)
        subj = left_agent(ctx, sent, start, _PERSON, noun=True)
        if subj is None:
            subj, weight = previous_subject(ctx, sent), 0.9
    if subj is None:
        subj, weight = subject_for(ctx, sent, start, AGENT_TYPES, noun=True)
    if subj is None:
        return
    for obj in right_chain(ctx, sent, j + 1, PLACE_TYPES):
        ctx.literal_places.add(obj.index)
        _add(ctx, sent, trig, subj, obj, weight)


def _clitic_possessor(ctx: Context, start: int, end: int) -> bool:
    """The visit noun or a word after it carries the possessive "-nya" ("lawatannya",
    "kunjungan pertamanya") and no name follows it as the possessor."""
    return ctx.lang == "id" and any(
        ctx.doc[k].lower_.endswith("nya") and len(ctx.doc[k]) > 5 for k in range(start, end)
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


def _urged(ctx: Context, j: int) -> bool:
    """ "X to <verb>" right after the object: the trigger asks X to act ("called on X to")."""
    return (
        j + 1 < len(ctx.doc)
        and ctx.doc[j].lower_ == "to"
        and ctx.doc[j + 1].pos_ in ("VERB", "AUX")
    )


@frame("agent_meets")
def agent_meets(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X bertemu (dengan) Y / X held talks with Y / kata X kepada Y."""
    if ctx.negated(sent, start, end - 1) or _passive(ctx, start):
        return
    inside = [ctx.mention_at(j) for j in range(start, end)]
    speaker = next((m for m in inside if m is not None and ctx.resolve(m).type == "Person"), None)
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
        subj, weight = subject_for(ctx, sent, start, noun=purpose or _nonfinite(ctx, start))
    if subj is None:
        pair = _pair_as_they(ctx, sent, start, end)
        if pair is None:
            return
        subj, weight = pair[0], 0.9
    gap = _MAX_PERSON_GAP if trig.max_gap is None else trig.max_gap
    objects = right_chain(ctx, sent, end, _PERSON, max_gap=gap)
    if objects and _urged(ctx, max(o.tok_end for o in objects)):
        return  # "called on X to resign": urging, not a meeting
    reciprocal = any(t.lower_ in ctx.cues.reciprocal for t in ctx.doc[start:end])
    if not objects and speaker is None and reciprocal:
        pair = _coordinated_persons_before(ctx, sent, start)
        if pair is not None:
            subj, objects = pair[0], [pair[1]]
    subjects = [subj] if speaker is not None else with_coordinated(ctx, subj)
    for obj in objects:
        for agent in subjects:
            _add(ctx, sent, trig, agent, obj, weight)
    if objects:
        paired = objects[0].tok_end <= start  # "A dan B bertemu di P": both were there
        meeting_venue(ctx, sent, trig, subjects, objects, weight, paired=paired)


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
    owner = _possessor_before(ctx, start)
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
        _add(ctx, sent, trig, host, guest, weight)


@frame("meeting_between")
def meeting_between(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "pertemuan di Jerusalem antara PM X dan Presiden Y", "talks between X and Y": a
    meeting noun, then "antara/between" a few words on, then two coordinated persons."""
    if ctx.negated(sent, start, end - 1):
        return
    _, c_end = ctx.clause_bounds(sent, end)
    k = next(
        (j for j in range(end, min(c_end, end + 6)) if ctx.doc[j].lower_ in ctx.cues.between),
        None,
    )
    if k is None or (k + 1 < len(ctx.doc) and ctx.doc[k + 1].lower_ in ctx.cues.list_intro):
        return  # "antara lain A dan B" is "among others", a list, not the two who met
    persons = right_chain(ctx, sent, k + 1, _PERSON, max_gap=1)  # "A dan B", titles included
    if len(persons) == 2:
        _add(ctx, sent, trig, persons[0], persons[1])


def meeting_venue(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    subjects: list[Mention],
    objects: list[Mention],
    weight: float = 1.0,
    *,
    paired: bool = False,
) -> None:
    """The visits a meeting's place gives ("bertemu Y di Manila", "hosted Y in London"): the
    trigger's ``venue`` role says who was there (the one who meets, the guest received, both);
    the other party too when their title names another country (``_visited_venue``).
    ``paired``: both parties named before the verb ("A dan B bertemu di P"), both there."""
    if not objects or not trig.venue:
        return
    who = {"subject": subjects, "object": objects, "both": [*subjects, *objects]}[trig.venue]
    guests = objects if trig.venue == "subject" else []
    after = max(o.tok_end for o in objects)
    _visited_venue(
        ctx, sent, trig, [*subjects, *objects] if paired else who, after, weight * 0.9, guests
    )


def _venue_places(ctx: Context, sent: Span, i: int, reach: int = 14) -> list[Mention]:
    """Places after "di/in/at" that follow token ``i`` within its clause ("bertemu X di
    Manila, Filipina", "attended the summit in Riyadh"): where the event took place."""
    _, c_end = ctx.clause_bounds(sent, i)
    for j in range(i, min(c_end, i + reach) - 1):
        if ctx.doc[j].lower_ in ctx.cues.venue and ctx.doc[j + 1].lower_ in ctx.cues.not_venue:
            continue  # "berpidato di hadapan parlemen Kenya di Nairobi": before an audience
        if ctx.doc[j].lower_ in ctx.cues.venue:
            # Known places only: a venue is often a building ("Villa 5", "Government House")
            # that the model takes for a place. An administrative name ("Kabupaten X") is
            # never a building.
            places = [
                p
                for p in right_chain(ctx, sent, j + 1, PLACE_TYPES, max_gap=4)
                if ctx.resolve(p).kb_id or _administrative(ctx, p)
            ]
            for place in places:
                ctx.literal_places.add(place.index)
            return places
    return []


def _administrative(ctx: Context, m: Mention) -> bool:
    """A region named by its administrative word ("Kabupaten Cianjur", "Provinsi Riau")."""
    return m.type == "Region" and head_type(ctx.doc[m.tok_start : m.tok_end]) == "Region"


def _visited_venue(
    ctx: Context,
    sent: Span,
    trig: Trigger,
    who: list[Mention],
    i: int,
    weight: float,
    guests: list[Mention] = (),
) -> None:
    """Whoever takes part in an event in a place was in that place (news says "met X in P"
    more often than "arrived in P"). ``weight`` scales the trigger's confidence: a visit read
    off a meeting's place is a step less direct than the meeting itself. ``guests``: the
    other party, who was there too when their title names another country than the place's
    ("bertemu PM Cina Zhu Rongji di Manila"); a host in their own country visited nothing."""
    places = _venue_places(ctx, sent, i)
    for person in [*who, *(g for g in guests if g not in who)]:
        for place in places:
            if person not in who and not _abroad(ctx, person, place):
                continue
            ctx.add(
                person,
                "visited",
                place,
                rule=f"{trig.rule}.venue" if trig.predicate != "visited" else trig.rule,
                confidence=trig.confidence * weight,
                sent=sent,
            )


def _abroad(ctx: Context, person: Mention, place: Mention) -> bool:
    """The country in ``person``'s title phrase is known and is not ``place``'s country."""
    title_countries = {
        m.kb_id
        for k in range(ctx.starts_at(person), person.tok_start)
        if (m := ctx.mention_at(k)) is not None and m.type == "Country" and m.kb_id
    }
    home = country_of(ctx.resolve(place))
    return bool(title_countries) and home is not None and home not in title_countries


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
    gap = _MAX_PERSON_GAP if trig.max_gap is None else trig.max_gap
    hosts = right_chain(ctx, sent, end, _PERSON, max_gap=gap)
    guests = with_coordinated(ctx, subj)
    for obj in hosts:
        for guest in guests:
            _add(ctx, sent, trig, obj, guest, weight)
    if hosts and trig.venue:  # "Ia disambut X di Bandara Y, Jakarta": the guest was there
        _visited_venue(ctx, sent, trig, guests, max(h.tok_end for h in hosts), weight * 0.9)


_BORDER_TYPES = frozenset({"Country", "Region", "Place"})


@frame("places_share_border")
def places_share_border(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X dan Y berbagi perbatasan / X berbatasan dengan Y / X and Y share a border / X, which
    shares a 1,300-km border with Y: a relative clause's head is its subject, and a length
    between the border word and "with" is skipped."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    c_start, _ = ctx.clause_bounds(sent, start)
    # Not the object of an earlier verb ("berbatasan dengan Desa A, sebelah Barat berbatasan
    # dengan Desa B": A borders nothing here), and no village: borders join countries and
    # regions, a village's neighbours are a description of its location.
    left = [
        m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if c_start <= m.tok_start < start
        and _border_end(ctx, m)
        and not in_object_position(ctx, m)
    ]
    if len(left) >= 2 and _coordinated(ctx, left[-2], left[-1]):
        a, b = left[-2], left[-1]
        _add(ctx, sent, trig, a, b)
        return
    subject = left[-1] if left else _relative_place(ctx, c_start, start)
    if subject is None:
        return
    right = right_chain(ctx, sent, _after_measure(ctx, sent, end), _BORDER_TYPES, max_gap=1)
    for obj in right:
        if _border_end(ctx, obj):
            _add(ctx, sent, trig, subject, obj)


def _border_end(ctx: Context, m: Mention) -> bool:
    """A country or region (or a place of unknown kind), not a village named as one."""
    if m.is_pronoun or m.type not in _BORDER_TYPES:
        return False
    return ctx.doc[m.tok_start].lower_ not in ctx.cues.village_words


_PAIR_LINKS = frozenset({"-", "–", "/"})


@frame("border_between")
def border_between(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """The border as a noun with both sides named: "perbatasan (antara) A dan B", "perbatasan
    A-B", "perbatasan A dengan B", "the border between A and B", "the A-B border", "A's border
    with B". One side alone ("di perbatasan Ukraina") says nothing about the other."""
    if ctx.negated(sent, start, end - 1, near_only=True):
        return
    pair = _sides_after(ctx, sent, end) or _sides_before(ctx, sent, start, end)
    if pair is not None:
        _add(ctx, sent, trig, *pair)


def _border_side(ctx: Context, k: int) -> Mention | None:
    m = ctx.mention_at(k) if k >= 0 else None
    if m is None or not _border_end(ctx, m) or m.is_demonym:
        return None
    return m


def _sides_after(ctx: Context, sent: Span, end: int) -> tuple[Mention, Mention] | None:
    """ "perbatasan (antara) A dan/-/dengan B", "border between A and B"."""
    k = end
    if k < sent.end and ctx.doc[k].lower_ in ctx.cues.between:
        k += 1
    a = _border_side(ctx, k)
    if a is None or a.tok_start != k:
        return None
    j = a.tok_end
    links = ctx.cues.coordination | _PAIR_LINKS | ctx.cues.border_link
    if j >= sent.end or ctx.doc[j].lower_ not in links or ctx.doc[j].text == ",":
        return None
    b = _border_side(ctx, j + 1)
    return (a, b) if b is not None and b.tok_start == j + 1 else None


def _sides_before(
    ctx: Context, sent: Span, start: int, end: int
) -> tuple[Mention, Mention] | None:
    """ "the A-B border" (two sides joined by a hyphen before the noun), "A's border with B"."""
    b = _border_side(ctx, start - 1)
    if b is not None and b.tok_end == start and b.tok_start >= 2:
        if ctx.doc[b.tok_start - 1].text in _PAIR_LINKS:
            a = _border_side(ctx, b.tok_start - 2)
            if a is not None and a.tok_end == b.tok_start - 1:
                return a, b
    if start >= 2 and ctx.doc[start - 1].text in ("'s", "’s"):
        a = _border_side(ctx, start - 2)
        if a is not None and end < sent.end and ctx.doc[end].lower_ in ctx.cues.border_link:
            k = end + 1 + (end + 1 < sent.end and ctx.doc[end + 1].lower_ == "the")
            b = _border_side(ctx, k)
            if b is not None and b.tok_start == k:
                return a, b
    return None


def _relative_place(ctx: Context, c_start: int, start: int) -> Mention | None:
    """ "Poland, which shares ...", "Polandia, yang berbatasan ...": the place the relative
    pronoun right before the trigger stands for (the clause break may sit on the pronoun)."""
    k = start - 1
    if k < 0 or ctx.doc[k].lower_ not in ctx.cues.relative_thing:
        return None
    k -= 1
    if k >= 0 and ctx.doc[k].text == ",":
        k -= 1
    m = ctx.mention_at(k) if k >= 0 else None
    return m if m is not None and m.type in _BORDER_TYPES and not m.is_pronoun else None


def _after_measure(ctx: Context, sent: Span, end: int) -> int:
    """The token after a length between a border word and its "with"/"dengan" ("shares a
    border of more than 500 km with Y", "berbagi perbatasan sepanjang 1.300 km dengan Y"),
    or ``end`` when there is none."""
    k = end
    while k < sent.end and k - end < 10:
        tok = ctx.doc[k]
        if tok.lower_ in ctx.cues.border_link:
            return k + 1 if k > end else end
        if not (tok.like_num or tok.lower_ in ctx.cues.measure or tok.text in ("-", "(", ")")):
            return end
        k += 1
    return end


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
    invader = _country_before(ctx, start) or _possessor_by_parse(ctx, start)
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
        _add(ctx, sent, trig, invader, invaded)


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
        return m if m.type == "Country" else None
    if poss.lower_ not in ("its", "their") or noun.dep_ != "dobj":
        return None
    nsubj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    m = ctx.mention_at(nsubj.i) if nsubj is not None else None
    return m if m is not None and m.type == "Country" else None


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
        _add(ctx, sent, trig, invader, obj)


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
    subj, weight = subject_for(ctx, sent, start, _PERSON)
    if subj is None:
        return
    for place in right_chain(ctx, sent, end, PLACE_TYPES, max_gap=0)[:1]:
        _add(ctx, sent, trig, subj, place, weight)


@frame("agent_at_place")
def agent_at_place(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """X menghadiri KTT di P / meninjau lokasi di P / attended the summit in P: X was in P."""
    if ctx.negated(sent, start, end - 1):
        return
    subj, weight = subject_for(ctx, sent, start, _PERSON)
    if subj is not None:
        _visited_venue(ctx, sent, trig, [subj], end, weight)


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
    speakers = right_chain(ctx, sent, end, _PERSON, max_gap=4)
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


@frame("accompanied_visit")
def accompanied_visit(ctx: Context, sent: Span, trig: Trigger, start: int, end: int) -> None:
    """ "Dalam kunjungan ini, Presiden X didampingi A, B, dan C", "Turut mendampingi Presiden,
    A dan B": the officials who accompany a traveller were where the traveller went, as the
    text told it in this or the two sentences before. A place in the sentence itself is left
    to the frames that read it ("tiba di P didampingi A")."""
    if ctx.negated(sent, start, end - 1):
        return
    if ctx.doc[start].lower_.startswith("di"):  # "X didampingi (oleh) A, B"
        host, _ = subject_for(ctx, sent, start)
        k = end + (end < sent.end and ctx.doc[end].lower_ == "oleh")
    else:  # "(Turut) mendampingi Presiden(,) A dan B"
        host = ctx.mention_at(end) or ctx.titled_at(end)
        if host is None or ctx.starts_at(host) != end:
            return
        k = host.tok_end  # ", A dan B", "dalam kunjungan itu antara lain A dan B"
    if host is None or ctx.resolve(host).type != "Person":
        return
    companions = [
        m
        for m in right_chain(ctx, sent, k, _PERSON, max_gap=6)
        if ctx.resolve(m) is not ctx.resolve(host)
    ]
    if not companions or _venue_places(ctx, sent, end):
        return
    for place_index in _recent_visits(ctx, sent, ctx.resolve(host)):
        place = ctx.mentions[place_index]
        for person in companions:
            ctx.add(person, "visited", place, rule=trig.rule, confidence=trig.confidence, sent=sent)


def _recent_visits(ctx: Context, sent: Span, host: Mention) -> list[int]:
    """The places ``host`` visited by the text's own account in this sentence or the two
    before it (the latest sentence that has any), matched by the host's family name."""
    name = host.text.split()[-1] if host.text.split() else host.text
    idx = ctx.sents.index(sent)
    window = {s.start_char for s in ctx.sents[max(0, idx - 2) : idx + 1]}
    visits = [
        r
        for r in ctx.relations
        if r.predicate == "visited"
        and r.sentence_start in window
        and ctx.mentions[r.subject].text.split()[-1:] == [name]
    ]
    if not visits:
        return []
    latest = max(r.sentence_start for r in visits)
    # known places only: a venue the model took for a place ("the West Wing") is not passed on
    return sorted(
        {r.object for r in visits if r.sentence_start == latest and ctx.mentions[r.object].kb_id}
    )


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
            subj = m
            break
    weight = 1.0
    if subj is None:
        subj, weight = subject_for(ctx, sent, start, AGENT_TYPES)
    if subj is None:
        return
    for obj in places:
        ctx.literal_places.add(obj.index)
        _add(ctx, sent, trig, subj, obj, weight)
