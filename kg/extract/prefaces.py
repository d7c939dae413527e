"""Fronted phrases and asides that say where, or with whom, the clause's person was.

"Di Quito, X bertemu Y", "Selama di Lima, X ...", "Di sela KTT di P, X ...", "X, in Lima for
talks, said ...", "Bersama Menlu A, Menlu B tiba di P": the phrase sits apart from the verb the
trigger frames read, so these run after them, over the relations the frames found.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.extract.datelines import office_abroad
from kg.extract.frames.objects import PERSON, right_chain
from kg.extract.frames.places import country_of
from kg.extract.frames.subjects import coordinated_after
from kg.extract.frames.venues import posted_in, title_countries
from kg.extract.model import AGENT_TYPES, DEMONSTRATIVES, Mention, Relation
from kg.nlp.lexicon import cue_phrases, cue_words
from kg.schema import dated_relations

__all__ = ["extract_prefaces"]


def extract_prefaces(ctx: Context) -> None:
    """Add the visits (and companions) the fronted phrases and asides of ``ctx`` tell; run
    after every other rule, since most read the relations those found."""
    _locative_preface(ctx)
    _presence_preface(ctx)
    _apposed_presence(ctx)
    _companion_preface(ctx)


def _locative_preface(ctx: Context) -> None:
    """ "Di Quito, X bertemu ...", "Last week in Quito, X met ...", "Di sela KTT di
    P, X bertemu Y": whoever the sentence reports meeting or visiting was in that place. With
    no such event, a named person opening the clause ("Di Lima, Menlu Chile X meninjau ...")
    was there only when the text ties their office to another country: one at home lives
    there."""
    for sent in ctx.sents:
        first = _after_time_opening(ctx, sent)
        # "On the sidelines of ...": its "on" also opens time phrases, so try the very start
        place, end = _sidelines_place(ctx, sent, sent.start)
        if place is None:
            place, end = _sidelines_place(ctx, sent, first.i)
        if place is None:
            if first.lower_ not in ("di", "in", "at", "dari", "from") or len(sent) < 4:
                continue  # "Di Quito, ...", "Dari Medan, ia ..." (one leaves only where one was)
            place, end = _fronted_place(ctx, first.i + 1, sent.end)
            if place is None and first.lower_ not in ("dari", "from"):
                place, end = _place_of_fronted_site(ctx, first.i + 1, sent.end)
        if not _linked_place(place):
            continue  # known places only: "Di Balai Agung," is a hall, not a destination
        comma = _comma_after_time(ctx, end, sent.end)
        if comma is None:
            comma = _subject_after_time(ctx, end, sent.end)
        if comma is None:
            continue
        bound = _next_placed_clause(ctx, sent, comma)
        acting = [  # relations that report an event (visited, met: kg:eventClass)
            r
            for r in ctx.relations
            if r.sentence_start == sent.start_char
            and r.predicate in dated_relations()
            and r.start < bound
        ]
        rule = f"{ctx.lang}.visited.locative-preface"
        if acting:
            subj = _clause_subject(ctx, sent, comma, acting[0])
        else:  # "Di Lima, Menlu Chile X meninjau pelabuhan": a named person opens the clause
            subj = _opening_person(ctx, sent, comma)
            country = country_of(place)
            if subj is None or subj.is_pronoun or country is None:
                continue
            if not office_abroad(ctx, subj, country):
                continue  # one at home, or of no country the text gives, may live there
            rule += ".subject"
        ctx.literal_places.add(place.index)
        for person in [subj, *_coordinated_in(ctx, sent, subj)]:
            ctx.add(person, "visited", place, rule=rule, confidence=0.75, sent=sent)
        if first.lower_ not in ("dari", "from") and all(
            r.object == place.index for r in acting if r.predicate == "visited"
        ):  # "From P, X travels to Q for talks with Y": Y is met in Q, not in P
            for other in _met_from_abroad(ctx, acting, subj, place):
                ctx.add(other, "visited", place, rule=f"{rule}.guest", confidence=0.75, sent=sent)


def _next_placed_clause(ctx: Context, sent: Span, comma: int) -> int:
    """The character where a later clause of the sentence opens with a connective and a place
    of its own ("Di P ia bertemu X, sedangkan di Q ia berbicara dengan Y"): what it tells
    happened there, not in the fronted place. The sentence's end when there is none."""
    for k in range(comma + 1, sent.end - 3):
        if ctx.doc[k].text != "," or ctx.doc[k + 1].lower_ not in ctx.cues.connective:
            continue
        for j in (k + 2, k + 3):
            place = ctx.mention_at(j + 1) if ctx.doc[j].lower_ in ctx.cues.venue else None
            if place is not None and place.tok_start == j + 1 and _linked_place(place):
                return ctx.doc[k].idx
    return sent.end_char


def _met_from_abroad(
    ctx: Context, acting: list[Relation], subj: Mention, place: Mention
) -> list[Mention]:
    """ "Di Quito, X bertemu Menlu Chile Y": the one met was in the place too, when the
    text gives them an office of another country than the place's (one at home lives there:
    "Di Lima, X bertemu Wali Kota Lima Y" is no visit of Y's), and their title does not name
    the place's country (an envoy "untuk Australia" is at his post there)."""
    country = country_of(place)
    if country is None:
        return []
    me = ctx.resolve(subj).index
    others = [
        ctx.mentions[r.object if r.subject == me else r.subject]
        for r in acting
        if r.predicate == "met" and me in (r.subject, r.object)
    ]
    return [
        m
        for m in others
        if office_abroad(ctx, m, country)
        and country not in title_countries(ctx, m)
        and country not in posted_in(ctx, m)
    ]


#: Tokens a fronted "on the sidelines of <event> in P" may take before its place.
_SIDELINES_REACH = 10


def _sidelines_place(ctx: Context, sent: Span, k: int) -> tuple[Mention | None, int]:
    """ "Di sela KTT APEC di Lima, X bertemu Y", "On the sidelines of the summit in Lima, X
    met Y": the known place an opening ``sidelines`` phrase puts its event in, and the token
    after it; (None, k) when the sentence opens otherwise."""
    phrase = next(
        (p for p in ctx.cues.sidelines if tuple(t.lower_ for t in ctx.doc[k : k + len(p)]) == p),
        None,
    )
    if phrase is None:
        return None, k
    stop = min(sent.end - 1, k + len(phrase) + _SIDELINES_REACH)
    for j in range(k + len(phrase), stop):
        if ctx.doc[j].text == ",":
            break
        place = ctx.mention_at(j + 1)
        if ctx.doc[j].lower_ in ctx.cues.venue and place is not None and place.tok_start == j + 1:
            return place, place.tok_end
    return None, k


def _presence_preface(ctx: Context) -> None:
    """ "Selama di Lima, X meninjau ...", "While in Lima, he met ...": a fronted clause of time
    whose only content is a known place (the ``presence_opener`` cue, then "di/in", or
    "berada di") says the clause's subject was there, whatever the clause goes on to tell. The
    subject is the person the clause opens with, right after the comma; a pronoun is read as
    the rules read it."""
    openers = cue_words(ctx.lang, "presence_opener")
    for sent in ctx.sents:
        k = _after_time_opening(ctx, sent).i
        if k + 2 >= sent.end or ctx.doc[k].lower_ not in openers:
            continue
        k += 1 + (ctx.doc[k + 1].lower_ in ("berada", "being"))
        if ctx.doc[k].lower_ not in cue_words(ctx.lang, "stative_locative"):
            continue
        place, end = _fronted_place(ctx, k + 1, sent.end)
        if not _linked_place(place):
            continue
        comma = _comma_after_time(ctx, end, sent.end)
        subject = _opening_person(ctx, sent, comma) if comma is not None else None
        if subject is None:
            continue
        ctx.literal_places.add(place.index)
        ctx.add(
            subject,
            "visited",
            place,
            rule=f"{ctx.lang}.visited.presence-preface",
            confidence=0.8,
            sent=sent,
        )


def _apposed_presence(ctx: Context) -> None:
    """ "X, in Lima for talks, said ...", "X, di Lima untuk ...": a known place set beside a
    named person by a comma and a ``venue`` word is where the person was when speaking or
    acting. With a purpose after it (the ``purpose`` cue: "for talks") the person came there;
    without one ("X, in Lima on Monday,") only a person whose office the text ties to another
    country is read as a visitor, as a fronted place is."""
    doc = ctx.doc
    for m in ctx.mentions:
        k = m.tok_end
        if m.is_pronoun or m.type != "Person" or k + 3 >= len(doc):
            continue
        if doc[k].text != "," or doc[k + 1].lower_ not in ctx.cues.venue:
            continue
        place = ctx.mention_at(k + 2)
        if not _linked_place(place) or place.tok_start != k + 2 or place.tok_end >= len(doc):
            continue
        after = doc[place.tok_end].lower_
        if after not in ctx.cues.purpose:
            country = country_of(place)
            if (after != "," and after not in ctx.cues.time_preposition) or country is None:
                continue
            if not office_abroad(ctx, m, country):
                continue
        ctx.literal_places.add(place.index)
        ctx.add(
            m,
            "visited",
            place,
            rule=f"{ctx.lang}.visited.apposed-presence",
            confidence=0.8,
            sent=doc[k].sent,
        )


def _coordinated_in(ctx: Context, sent: Span, subj: Mention) -> list[Mention]:
    """The persons coordinated after the clause's subject when the sentence names it ("In P,
    A and his wife, B, were received by Y"): the preface places them all."""
    if not sent.start <= subj.tok_start < sent.end:
        return []
    return coordinated_after(ctx, sent, subj)


def _linked_place(place: Mention | None) -> bool:
    """A city, country or region the gazetteer links: a fronted or apposed name of unknown
    kind is as often a hall or a building ("Di Balai Agung,") as a destination."""
    return place is not None and bool(place.kb_id) and place.type in ("City", "Country", "Region")


def _opening_person(ctx: Context, sent: Span, comma: int) -> Mention | None:
    """The person a clause opens with after ``comma``: the first mention there, with no verb
    before it, when it is (or, a pronoun, stands for) a person."""
    for m in ctx.by_sent.get(ctx.sents.index(sent), []):
        if m.tok_start <= comma:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[comma + 1 : m.tok_start]):
            return None
        return m if ctx.resolve(m).type == "Person" else None
    return None


def _companion_preface(ctx: Context) -> None:
    """ "Bersama Menlu A dan Menlu B, Menlu C bertemu Y", "Accompanied by Minister A, X
    arrived in P": the persons of a fronted companion phrase (the ``companion`` cue opening
    the sentence, closed by the comma before the clause's subject) took part in the visit or
    meeting its subject is read to make. Only a subject named in the sentence itself: a
    pronoun's antecedent says nothing of where the phrase ends."""
    for sent in ctx.sents:
        opening = tuple(t.lower_ for t in sent[:3])
        phrase = next((p for p in ctx.cues.companion if opening[: len(p)] == p), None)
        if phrase is None:
            continue
        acting = [
            r
            for r in ctx.relations
            if r.sentence_start == sent.start_char and r.predicate in dated_relations()
        ]
        for rel in acting:
            subj = next(
                (
                    m
                    for m in ctx.by_sent.get(ctx.sents.index(sent), [])
                    if not m.is_pronoun and ctx.resolve(m).index == rel.subject
                ),
                None,
            )
            start = ctx.starts_at(subj) if subj is not None else 0
            if start <= sent.start + len(phrase) or ctx.doc[start - 1].text != ",":
                continue
            if any(t.lower_ in ctx.cues.installation for t in sent):
                continue  # "Bersama A dan B, X juga melantik Y": A and B were installed too
            first = _past_consort(ctx, sent.start + len(phrase))
            named = right_chain(ctx, sent, first, PERSON, max_gap=1)
            for mate in named:
                if mate.tok_end >= start or ctx.resolve(mate).index in (rel.subject, rel.object):
                    continue
                ctx.add(
                    mate,
                    rel.predicate,
                    ctx.mentions[rel.object],
                    rule=f"{ctx.lang}.{rel.predicate}.companion-preface",
                    confidence=min(rel.confidence, 0.8),
                    sent=sent,
                )


def _past_consort(ctx: Context, i: int) -> int:
    """The token after a spouse's word and its comma at ``i`` ("Bersama istrinya, B, X tiba
    di P", "Together with his wife, B,"), else ``i``: the name follows them."""
    for phrase in ctx.cues.consort:
        n = len(phrase)
        words = tuple(t.lower_ for t in ctx.doc[i : i + n])
        if words == phrase and i + n < len(ctx.doc) and ctx.doc[i + n].text == ",":
            return i + n + 1
    return i


#: Words of a time phrase opening a sentence before a fronted place ("Last week in P,").
_OPENING_TIME = 3


def _after_time_opening(ctx: Context, sent: Span) -> Token:
    """The sentence's first token after a time phrase that opens it (up to three words of the
    ``time_opening`` cue: "Last week", "Pekan lalu", "Senin malam", "A day earlier," with its
    comma), else its first token."""
    words = cue_words(ctx.lang, "time_opening")
    k = sent.start
    while k < min(sent.end, sent.start + _OPENING_TIME) and ctx.doc[k].lower_ in words:
        k += 1
    if sent.start < k < sent.end - 1 and ctx.doc[k].text == ",":
        k += 1  # "Sehari sebelumnya, di P, X bertemu Y": the time phrase set off by a comma
    return ctx.doc[k] if k < sent.end else sent[0]


def _fronted_place(ctx: Context, k: int, end: int) -> tuple[Mention | None, int]:
    """The place a fronted locative names from token ``k``, and the token after it: the place
    itself, or the country whose capital it names ("Di ibu kota Peru itu,", "In the capital
    of Cuba,", "In the Cuban capital,"): the traveller was in that country."""
    words = [t.lower_ for t in ctx.doc[k : min(end, k + 3)]]
    skip = 2 if words[:2] == ["ibu", "kota"] else 3 if words == ["the", "capital", "of"] else 0
    if not skip and words[:1] == ["the"]:
        m = ctx.mention_at(k + 1)
        if m is not None and m.tok_end < end and ctx.doc[m.tok_end].lower_ == "capital":
            city = ctx.mention_at(m.tok_end + 1)
            if m.type == "Country" and city is not None and ctx.resolve(city).type == "City":
                return city, city.tok_end  # "In the Peruvian capital Lima,": the city
            return (m, m.tok_end + 1) if m.type == "Country" else (None, k)
        return None, k
    place = ctx.mention_at(k + skip)
    if place is None:
        return None, k
    after = place.tok_end
    if skip and after < end and ctx.doc[after].lower_ in DEMONSTRATIVES:
        after += 1  # "Di ibu kota Peru itu,"
    return place, after


def _place_of_fronted_site(ctx: Context, k: int, end: int) -> tuple[Mention | None, int]:
    """ "At the airport in Lima,", "Di halaman istana di Lima,": a fronted site named by
    common words (no name of its own, no verb, no comma), then "in/di" and its place: the
    place, and the token after it; (None, k) otherwise. Not one's own home ("Di kediamannya
    di P,", "At his home in P,": the ``own_home`` cue): where one lives is no visit."""
    words = tuple(t.lower_ for t in ctx.doc[k : min(end, k + _SITE_REACH)])
    if any(words[: len(p)] == p for p in ctx.cues.own_home):
        return None, k
    kind = _place_after_kind(ctx, k, end)
    if kind is not None:
        return kind, kind.tok_end
    for j in range(k, min(end - 1, k + _SITE_REACH)):
        tok = ctx.doc[j]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or ctx.mention_at(j) is not None:
            return None, k
        if j > k and tok.lower_ in ctx.cues.venue:
            place = ctx.mention_at(j + 1)
            if place is None or place.tok_start != j + 1:
                return None, k
            return place, place.tok_end
    return None, k


def _place_after_kind(ctx: Context, k: int, end: int) -> Mention | None:
    """ "Di kota pantai Fortaleza", "In the coastal city of Fortaleza": a place named after
    a word of its kind (the ``town_kind`` and ``area_kind`` cues; Indonesian puts the kind
    first and may add a word, English closes the kind with "of")."""
    kinds = {p[0] for cue in ("town_kind", "area_kind") for p in cue_phrases(ctx.lang, cue)}
    j = k
    if ctx.lang == "en":
        if ctx.doc[j].lower_ != "the":
            return None
        j += 1
        while j < end and ctx.doc[j].is_lower and ctx.doc[j].lower_ not in kinds:
            j += 1
        if j + 2 >= end or ctx.doc[j].lower_ not in kinds or ctx.doc[j + 1].lower_ != "of":
            return None
        j += 2
    else:
        if ctx.doc[j].lower_ not in kinds or not ctx.doc[j].is_lower:
            return None
        j += 1
        if j < end and ctx.doc[j].is_lower and ctx.doc[j].is_alpha:
            j += 1  # "kota pantai", "kota kecil"
    place = ctx.mention_at(j) if j - k <= _SITE_REACH else None
    return place if place is not None and place.tok_start == j else None


#: Tokens a fronted site's words may take before its "in/di" ("at the main air base in").
_SITE_REACH = 6


#: Tokens a time phrase may take between a fronted place and its comma ("In P on Monday,").
_PREFACE_TIME = 4


def _comma_after_time(ctx: Context, k: int, end: int) -> int | None:
    """The comma that closes a fronted place at token ``k``, right after it or after a time
    phrase ("Di Kairo pada Senin,", "In Cusco on Monday,", "In Quito the next day,"): its
    index, else None."""
    if k < end and ctx.doc[k].text == ",":
        return k
    if k < end and ctx.doc[k].lower_ not in ctx.cues.time_preposition:
        return _comma_after_time_noun(ctx, k, end)
    if k >= end:
        return None
    for j in range(k + 1, min(end, k + 1 + _PREFACE_TIME)):
        tok = ctx.doc[j]
        if tok.text == ",":
            return j
        if tok.pos_ in ("VERB", "AUX") or ctx.mention_at(j) is not None:
            return None
    return None


def _comma_after_time_noun(ctx: Context, k: int, end: int) -> int | None:
    """ "the next day,", "keesokan harinya,": a time phrase with no preposition, a noun of
    time in it (the ``time_noun`` cue) and nothing else but plain words up to its comma."""
    nouns = cue_words(ctx.lang, "time_noun")
    timed = False
    for j in range(k, min(end, k + _PREFACE_TIME)):
        tok = ctx.doc[j]
        if tok.text == ",":
            return j if timed else None
        if not tok.is_alpha or tok.pos_ in ("VERB", "AUX") or ctx.mention_at(j) is not None:
            return None
        timed = timed or tok.lower_ in nouns
    return None


def _subject_after_time(ctx: Context, k: int, end: int) -> int | None:
    """ "In Lima on Friday she met Y", "Di Lima ia bertemu Y": a fronted place with no
    comma, where the clause's subject (a pronoun or a named person) comes right after the
    place or its time phrase: the token before that subject, which stands for the comma."""
    if k < end and ctx.doc[k].lower_ in ctx.cues.time_preposition:
        j = k + 1
        while j < min(end, k + 1 + _PREFACE_TIME) and ctx.mention_at(j) is None:
            if ctx.doc[j].pos_ in ("VERB", "AUX", "PUNCT") or ctx.doc[j].lower_ in ctx.cues.pronoun:
                break
            j += 1
        k = j
    m = ctx.mention_at(k) if k < end else None
    if m is None or m.tok_start != k or ctx.resolve(m).type != "Person":
        return None
    after = m.tok_end
    return k - 1 if after < end and ctx.doc[after].pos_ in ("VERB", "AUX") else None


def _clause_subject(ctx: Context, sent: Span, comma: int, rel: Relation) -> Mention:
    """Who acts after the preface: the first person after its comma that the relation is
    about ("In Cusco, he was welcomed by X": he, not X, though X is the relation's subject)."""
    ends = {rel.subject, rel.object}
    for m in ctx.by_sent.get(ctx.sents.index(sent), []):
        if m.tok_start > comma and ctx.resolve(m).index in ends and m.type in AGENT_TYPES:
            return m
    return ctx.mentions[rel.subject]
