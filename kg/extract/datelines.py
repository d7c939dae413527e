"""Visitors named in a dateline's lead: "HANOI, Vietnam (AP) - U.S. President X and North
Korean leader Y ended their summit ...". The dateline says where the story happened; the
persons the first sentence names before its verb are its actors, and were there. Only those
whose office the text ties to another country than the dateline's are read as visitors: a
home leader under a dateline of his own capital ("JAKARTA - Menlu RI X mengatakan") was not
visiting, and a person whose country the text does not give could be either.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.frames.subjects import companions_after
from kg.extract.model import PLACE_TYPES, Mention, same_name
from kg.ingest.metadata import Metadata
from kg.nlp.gazetteer import load_gazetteer

__all__ = ["extract_dateline_visitors", "office_abroad"]

CONFIDENCE = 0.8
_LEAD_REACH = 40  # tokens after the dateline within which the lead's verb must come


def extract_dateline_visitors(ctx: Context, meta: Metadata | None) -> None:
    """Add ``visited`` from the lead's foreign actors to the dateline's city (run after the
    office rules: the actors' countries come from them), and from those present at an event
    the text placed nowhere ("X also attended the summit")."""
    if meta is None or meta.dateline_head is None or meta.newsroom:
        return  # an outlet's newsroom ("Jakarta, CNN Indonesia --") is no place of the story
    start, end = meta.dateline_head
    head = [m for m in ctx.mentions if start <= m.start < end and not m.is_pronoun]
    city = next((m for m in head if m.type == "City" and m.kb_id), None)
    country = _country_of(city, head) if city is not None else None
    if city is None:  # "KAVOO, Uganda (AFP) -": a town the gazetteer lacks, in a country
        named = _country_after_unknown_town(ctx, head, start)
        country = named.kb_id if named is not None else None
        # the town itself when the NLP stage made it a place, else the country at least
        city = _town_before(ctx, head, named) if named is not None else None
        city = city or named
    lead = _lead_sentence(ctx, end)
    if city is None or country is None or lead is None:
        return
    _arrivals_without_place(ctx, city, country)
    for m, sent in ctx.unplaced_presence:  # "X also attended the summit", placed nowhere
        _visit_from_abroad(ctx, m, city, country, "dateline-event", sent)
    verb = _first_verb(lead, end)
    if verb is None or ctx.negated(lead, verb, _chained_verb(lead, verb)):
        return
    for m in ctx.by_sent.get(ctx.sents.index(lead), []):
        if m.start < end or m.tok_end > verb or ctx.resolve(m).type != "Person":
            continue
        _visit_from_abroad(ctx, m, city, country, "dateline-lead", lead)


def _arrivals_without_place(ctx: Context, city: Mention, country: str) -> None:
    """ "X, who flew in from Y", "X arrived on Sunday": an arrival the sentence
    places nowhere (no "in/at/to" place after the verb; "from" names where it started) is an
    arrival where the story is told, the dateline's city. Only for a person whose office the
    text ties to another country, as for the lead."""
    for verb in ctx.doc:
        if verb.lemma_ not in ctx.cues.arrival_verb or verb.pos_ != "VERB":
            continue
        if verb.lemma_ == "fly" and not any(
            c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
        ):
            continue  # "flew in": "flew" alone goes somewhere
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at", "to", "into", "for")
            and (c.lower_ != "for" or _names_a_place(ctx, c))
            for c in verb.children
        ):
            continue  # placed by the sentence itself (or a purpose: "arrived for talks in P";
            # not "had flown in for the game", which says why, not where)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "X, who flew in from Y"
        m = ctx.mention_at(subject.i) if subject is not None else None
        sent = verb.sent
        if m is None or ctx.resolve(m).type != "Person" or ctx.negated(sent, verb.i, verb.i):
            continue
        if _visit_from_abroad(ctx, m, city, country, "dateline-arrival", sent):
            # "X, who landed on Sunday with her husband, Y": who came along came there too
            for companion in companions_after(ctx, sent, verb.i + 1):
                ctx.add(
                    companion,
                    "visited",
                    city,
                    rule=f"{ctx.lang}.visited.dateline-arrival",
                    confidence=CONFIDENCE,
                    sent=sent,
                )


def _names_a_place(ctx: Context, prep) -> bool:  # noqa: ANN001 - a spaCy Token
    """A place is named in the phrase a preposition opens ("for talks in P")."""
    return any(
        (m := ctx.mention_at(t.i)) is not None and ctx.resolve(m).type in PLACE_TYPES
        for t in prep.subtree
    )


def _visit_from_abroad(
    ctx: Context, m: Mention, city: Mention, country: str, rule: str, sent: Span
) -> bool:
    """``m`` visited the dateline's city, when the text gives them an office abroad; whether
    it did."""
    if not office_abroad(ctx, m, country):
        return False
    ctx.literal_places.add(city.index)
    ctx.add(m, "visited", city, rule=f"{ctx.lang}.visited.{rule}", confidence=CONFIDENCE, sent=sent)
    return True


def _country_of(city: Mention, head: list[Mention]) -> str | None:
    """The dateline's country: the one it names ("HANOI, Vietnam"), else the city's own."""
    named = next((m.kb_id for m in head if m.type == "Country" and m.kb_id), None)
    if named is not None:
        return named
    entry = load_gazetteer().get(city.kb_id) if city.kb_id else None
    return entry.country if entry is not None else None


def _country_after_unknown_town(ctx: Context, head: list[Mention], start: int) -> Mention | None:
    """The country of a dateline whose first word, a town, is no known place ("KAVOO,
    Uganda (AFP) -"): the visit is placed in that country at least. Only a country right
    after the dateline's first word and its comma."""
    country = next((m for m in head if m.type == "Country" and m.kb_id), None)
    if country is None or country.is_demonym or country.tok_start < 2:
        return None
    comma = ctx.doc[country.tok_start - 1]
    town = _town_before(ctx, head, country)  # "PUERTO KAVOO, Uganda": one or more words
    first = ctx.doc[town.tok_start if town is not None else country.tok_start - 2]
    opens = first.idx >= start and first.is_alpha and first.i == _first_token(ctx, start)
    return country if comma.text == "," and opens else None


def _town_before(ctx: Context, head: list[Mention], country: Mention) -> Mention | None:
    """The unlinked city right before the dateline's country and its comma ("KAVOO,")."""
    comma = country.tok_start - 1
    return next(
        (m for m in head if m.type == "City" and not m.kb_id and m.tok_end == comma),
        None,
    )


def _first_token(ctx: Context, start: int) -> int:
    """The token the dateline starts at."""
    return next(t.i for t in ctx.doc if t.idx >= start and not t.is_space)


def _lead_sentence(ctx: Context, end: int) -> Span | None:
    """The sentence the story's text starts in, right after the dateline."""
    return next((s for s in ctx.sents if s.end_char > end), None)


#: Tokens from the lead's first verb to a verb it governs ("dipastikan tidak hadir").
_CHAIN = 3


def _chained_verb(lead: Span, verb: int) -> int:
    """The verb a lead's first verb takes within a few tokens ("dipastikan tidak hadir", "is
    expected not to attend"), whose negation is the lead's; else the first verb itself."""
    doc = lead.doc
    for k in range(verb + 1, min(lead.end, verb + _CHAIN + 1)):
        if doc[k].pos_ == "VERB":
            return k
    return verb


def _first_verb(lead: Span, end: int) -> int | None:
    """The first verb after the dateline, near enough to be the lead's own."""
    after = [t for t in lead if t.idx >= end]
    return next((t.i for t in after[:_LEAD_REACH] if t.pos_ == "VERB"), None)


def office_abroad(ctx: Context, m: Mention, country: str) -> bool:
    """The text gives the person an office of a present-day country, and of none but countries
    other than ``country``."""
    person = ctx.resolve(m)
    held = {  # the office read where the person was named in full is the surname's too
        ctx.mentions[r.object].kb_id
        for r in ctx.relations
        if r.predicate == "officialOf"
        and (r.subject == person.index or same_name(ctx.mentions[r.subject], person))
        and ctx.mentions[r.object].type == "Country"
    }
    # a state of the past ("kg:country/soviet-union") has no present-day code to compare the
    # city's country with: Moscow was its capital, so its office is no sign of a visit
    return bool(held) and all(c and c.startswith("iso3166:") for c in held) and country not in held
