"""Relations from patterns over the dependency parse (spaCy ``DependencyMatcher``).

Token patterns (``kg.extract.frames``) read word order; these read grammatical roles, so they hold
where order misleads: a relative clause between subject and verb ("Modi, who landed on
Friday, visited Dhaka"), a passive agent ("was received by X"), a coordinated object. The
patterns are data (``kind: dep_trigger`` in ``ontology/lexicon/<lang>.jsonl``); each names the
pattern nodes that are the relation's subject and object.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.extract.context import Context
from kg.extract.frames.objects import MAX_PERSON_GAP, PERSON, right_chain
from kg.extract.frames.subjects import companions_after, past_relative_pronoun
from kg.extract.frames.venues import known_place, meeting_venue
from kg.extract.frames.visits import arrival_origin, event_place_after
from kg.extract.model import Mention
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import cue_words, facility_words, read_jsonl
from kg.schema import relations

__all__ = [
    "DepTrigger",
    "SentenceGatedMatcher",
    "anchor_lemmas",
    "load_dep_triggers",
    "extract_dependency_relations",
]


@dataclass(frozen=True)
class DepTrigger:
    rule: str
    predicate: str
    confidence: float
    subject: str
    object: str
    node_ids: tuple[str, ...]
    pattern: tuple
    venue: str | None = None  # who was at "in P" after a meeting: subject, object or both
    #: False: the reading adds to the word-order frames' instead of settling the trigger (a
    #: parse less sure than the frames' special cases, read for what they miss)
    explains: bool = True


@cache
def load_dep_triggers(lang: str) -> tuple[DepTrigger, ...]:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "dep_trigger"]
    return tuple(
        DepTrigger(
            rule=r["rule"],
            predicate=r["predicate"],
            confidence=float(r["confidence"]),
            subject=r["roles"]["subject"],
            object=r["roles"]["object"],
            node_ids=tuple(node["RIGHT_ID"] for node in r["pattern"]),
            pattern=tuple(r["pattern"]),
            venue=r.get("venue"),
            explains=r.get("explains", True),
        )
        for r in rows
    )


class SentenceGatedMatcher(DependencyMatcher):
    """spaCy's ``DependencyMatcher``, reading only the sentences where a pattern can start.

    Why: the matcher runs every node of every pattern as a token pattern over the whole
    document (79 token patterns for English, ``{"DEP": "nsubj"}`` among them), then walks
    each hit's ancestors: ~16 microseconds a token, 6% of the English kg path (issue 11). A
    match is one dependency tree, so it lies in one sentence, and its first node (the trigger
    verb) needs one of the lemmas its pattern lists; sentences holding none of those lemmas
    cannot match and are skipped. The others are read by spaCy's own token patterns, in
    document order, so the matches and their order are those of the whole document
    (``tests/extract/test_dependency_gate.py``).

    anchor_lemmas: hashes of every lemma a pattern's first node may have; None when some
        pattern's first node names no lemma (every sentence is read then).
    """

    def __init__(self, vocab: Vocab, anchor_lemmas: frozenset[int] | None) -> None:
        super().__init__(vocab)
        self.anchor_lemmas = (
            None if anchor_lemmas is None else np.fromiter(anchor_lemmas, dtype=np.uint64)
        )

    def _sentences(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """(start, end) of the sentences in which a pattern can start, in order."""
        if self.anchor_lemmas is None:
            yield 0, len(doc)
            return
        hits = np.isin(doc.to_array("LEMMA"), self.anchor_lemmas)
        if not hits.any():
            return
        for sent in doc.sents:
            if hits[sent.start : sent.end].any():
                yield sent.start, sent.end

    def _get_keys_to_position_maps(self, doc: Doc):  # noqa: ANN202 - spaCy's method, gated
        maps: defaultdict = defaultdict(lambda: defaultdict(list))
        for start, end in self._sentences(doc):
            for match_id, first, _end in self._matcher(doc[start:end]):
                token = doc[start + first]
                root = ([token] + list(token.ancestors))[-1]
                maps[root.i][match_id].append(token.i)
        return maps


def anchor_lemmas(triggers: tuple[DepTrigger, ...]) -> frozenset[str] | None:
    """Every lemma the first node of a pattern may have (``LEMMA`` equal to one, or ``IN`` a
    list); None if a first node is not tied to lemmas that way."""
    found: set[str] = set()
    for trig in triggers:
        lemma = trig.pattern[0].get("RIGHT_ATTRS", {}).get("LEMMA")
        if isinstance(lemma, str):
            found.add(lemma)
        elif isinstance(lemma, dict) and set(lemma) == {"IN"}:
            found.update(lemma["IN"])
        else:
            return None
    return frozenset(found)


_MATCHERS: dict[tuple[int, str], tuple[DependencyMatcher, dict[str, DepTrigger]]] = {}


def _matcher(vocab: Vocab, lang: str) -> tuple[DependencyMatcher, dict[str, DepTrigger]]:
    key = (id(vocab), lang)
    if key not in _MATCHERS:
        triggers = load_dep_triggers(lang)
        lemmas = anchor_lemmas(triggers)
        hashes = None if lemmas is None else frozenset(vocab.strings.add(x) for x in lemmas)
        matcher = SentenceGatedMatcher(vocab, hashes)
        by_rule = {}
        for trig in triggers:
            matcher.add(trig.rule, [list(trig.pattern)])
            by_rule[trig.rule] = trig
        _MATCHERS[key] = (matcher, by_rule)
    return _MATCHERS[key]


def extract_dependency_relations(ctx: Context) -> set[tuple[int, str]]:
    """Add the relations the dependency patterns find (none without a parser); return the
    trigger tokens they explained, with the predicate they explained them for ("*" for
    all: a negated trigger, or one the parse read a relation from), so word-order frames
    leave those alone. A token the parse gave no relation may still carry another predicate
    ("held talks in P with officials": no meeting with a person, but a visit)."""
    doc: Doc = ctx.doc
    explained: set[tuple[int, str]] = set()
    if not doc.has_annotation("DEP") or not load_dep_triggers(ctx.lang):
        return explained
    matcher, by_rule = _matcher(doc.vocab, ctx.lang)
    for match_id, token_ids in matcher(doc):
        trig = by_rule[doc.vocab.strings[match_id]]
        nodes = dict(zip(trig.node_ids, token_ids, strict=True))
        verb = doc[token_ids[0]]
        sent = verb.sent
        if _negated(verb) or _unasserted(ctx, verb) or _hedged(ctx, sent, verb):
            explained.add((verb.i, "*"))  # a negated trigger must not fire through word order
            continue
        agents = _subjects(ctx, doc[nodes[trig.subject]], trig.predicate)
        if not agents:
            continue  # no usable subject in the parse (e.g. a dateline): word order may try
        ctx.trigger = (verb.idx, verb.idx + len(verb.text))
        objects = _objects(ctx, doc[nodes[trig.object]], trig.predicate)
        if trig.predicate == "visited":  # "to visit President X in P": X is whom, P where
            objects = [o for o in objects if not (o.title and ctx.resolve(o).type == "Person")]
        if not objects and trig.predicate == "visited":
            objects = _where_the_thing_stands(ctx, verb, doc[nodes[trig.object]])
        if not objects and _described(ctx, doc[nodes[trig.object]]):
            ctx.trigger = None
            continue  # "The Kenyan leader was welcomed by X": word order reads the description
        if not objects and doc[nodes[trig.object]].lower_ in ctx.cues.trip_noun:
            ctx.trigger = None
            continue  # "received a visit from X": the guest follows the noun; word order reads it
        pronoun = doc[nodes[trig.object]].lower_
        if not objects and (pronoun in ctx.cues.pronoun or pronoun in ctx.cues.group_pronoun):
            ctx.trigger = None
            continue  # "where they were welcomed by X": word order resolves the pronoun
        # the parse found who acts: word order must not guess again; when it found nobody
        # acted upon ("held talks in P with officials"), only this predicate is settled
        if trig.explains:
            explained.add((verb.i, "*" if objects else trig.predicate))
        if trig.predicate == "visited" and objects:
            last = max(o.tok_end for o in objects)
            objects += event_place_after(ctx, sent, last)
            # "arrived in P with his wife, Y", "X, accompanied by Y, arrived in P": the
            # companion was there too
            along = companions_after(ctx, sent, last) + _companions_before(ctx, sent, agents, verb)
            along += _arrived_with(ctx, sent, verb)
            agents += [p for p in along if p not in agents]
        for obj in objects:
            if relations()[trig.predicate].to_place:  # "visited X": X is a place here
                ctx.literal_places.add(obj.index)
            for agent in agents:
                ctx.add(
                    agent,
                    trig.predicate,
                    obj,
                    rule=trig.rule,
                    confidence=trig.confidence,
                    sent=sent,
                )
        meeting_venue(ctx, sent, trig, agents, objects, verb=verb)
        if trig.predicate == "visited" and verb.lower_ in ctx.cues.arrival:
            arrival_origin(ctx, sent, trig, agents, verb.i + 1)
        ctx.trigger = None
    return explained


def _subjects(ctx: Context, token: Token, predicate: str) -> list[Mention]:
    """Who acts: the subject token's mention and its conjuncts' ("A, B and C arrived in P":
    each of them did), those of the predicate's domain only. The small English model parses
    such a list as an apposition ("A, [B] and [C]"), and a true apposition names the same
    agent again, so apposed names count too. Empty when the subject itself is no usable
    mention; a conjunct of another type is just left out."""
    domain = relations()[predicate].domain
    head = _conjunct_mention(ctx, token)  # "oleh Presiden India X": the title heads the phrase
    if head is None or ctx.resolve(head).type not in domain:
        return []
    found = {m.index: m for m in ctx.group(head)}
    apposed = [c for c in token.children if c.dep_ == "appos"]
    # "X and his wife Y": the conjunct is "wife", its apposition the name
    spouses = [c for t in token.conjuncts for c in t.children if c.dep_ == "appos"]
    # "army chief X and navy chief Y sailed": the small English model may hang X on Y as
    # a modifier that keeps its "and"; a coordination all the same
    joined = [
        c
        for c in token.children
        if c.dep_ in ("nmod", "compound")
        and c.i < token.i
        and any(g.dep_ == "cc" for g in c.children)
    ]
    for t in [
        *token.conjuncts,
        *apposed,
        *(c for a in apposed for c in a.conjuncts),
        *spouses,
        *joined,
    ]:
        m = _conjunct_mention(ctx, t)
        if m is not None and not m.is_pronoun and ctx.resolve(m).type in domain:
            found.setdefault(m.index, m)
    return list(found.values())


def _objects(ctx: Context, token: Token, predicate: str) -> list[Mention]:
    """The object mentions: the object token's own entity and its conjuncts, or, when the
    object is a common noun ("Vietnam's top leaders, President X and Prime Minister Y"), the
    fitting entities named in its subtree (appositions and their conjuncts)."""
    heads = _with_conjuncts(token)
    # "A and his wife B were greeted by X": the conjunct is "wife", its apposition the name
    heads += [c for t in token.conjuncts for c in t.children if c.dep_ == "appos"]
    direct = [
        m
        for m in (_mention_of(ctx, token), *(_conjunct_mention(ctx, t) for t in heads[1:]))
        if m is not None
    ]
    if direct:
        if relations()[predicate].to_place:
            direct += [m for t in heads for m in _capital_of(ctx, t)]
            direct = [a for m in direct for a in (m, *_address_mates(ctx, m))]
        return [each for m in direct for each in ctx.group(m)]
    wanted = relations()[predicate].range
    found: dict[int, Mention] = {}
    for t in token.subtree:
        m = _mention_of(ctx, t)
        if (
            m is not None
            and ctx.resolve(m).type in wanted
            and (_apposed_to(token, t) or _named_by_of(ctx, token, t))
        ):
            found[m.index] = m
    if relations()[predicate].to_place:
        found.update((m.index, m) for m in _demonym_of_capital(ctx, token, found.values()))
    return list(found.values())


#: Prepositions whose object is where the noun they hang on stands.
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside"})


def _apposed_to(noun: Token, t: Token) -> bool:
    """``t`` names ``noun`` again: an apposition of it, or a conjunct of one ("Vietnam's top
    leaders, President X and Prime Minister Y"), also behind a preposition the parse hangs a
    later apposition on ("the speaker of its parliament, Y", "his counterpart from P, Y");
    not a name inside a phrase of place hung on it ("a hospital in Quito, Ecuador": the
    country is Quito's apposition, no name of the hospital, which stands in both)."""
    if t.dep_ not in ("appos", "conj"):
        return False  # "the mayor of Lima": a name after a preposition names no person
    while t.i != noun.i:
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE:
            return False
        if t.dep_ not in ("appos", "conj", "pobj", "prep"):
            return False
        t = t.head
    return True


def _demonym_of_capital(ctx: Context, noun: Token, places: Iterable[Mention]) -> list[Mention]:
    """ "to the Kenyan capital, Nairobi": the object is the noun "capital", the city its
    apposition and the country only its demonym; the country is where the trip went too
    (the city must be its capital by the gazetteer, or a city it does not know)."""
    if noun.lower_ != "capital":
        return []
    cities = [m for m in places if ctx.resolve(m).type == "City"]
    gaz = load_gazetteer()
    found = []
    for child in (c for c in noun.children if c.dep_ in ("amod", "compound")):
        m = _mention_of(ctx, child)
        if m is None or m.type != "Country":
            continue
        for city in cities:
            entry = gaz.get(city.kb_id) if city.kb_id else None
            if entry is None or entry.capital_of == m.kb_id:
                found.append(m)
                break
    return found


def _where_the_thing_stands(ctx: Context, verb: Token, thing: Token) -> list[Mention]:
    """ "visited a hospital in P", "toured troops at a base in P": what was visited is no
    place, but the place it stands in, hung by "in"/"at" on the thing or on the verb (or
    naming a facility: "P airport"), is where the visitor was. Known places only (a gazetteer
    link or a name of known kind), as for any event's venue, since the model takes many
    buildings for places."""
    found: list[Mention] = []
    if thing.lower_ in facility_words():  # "landed at Quito airport": the city naming it
        for c in thing.children:
            m = _mention_of(ctx, c) if c.dep_ == "compound" else None
            if m is not None and ctx.resolve(m).type == "City" and known_place(ctx, m):
                found += [m, *_address_mates(ctx, m)]
    # "to the Group of 20 summit in P": the place hangs on the noun after "of"
    named = [o for c in thing.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for head in (thing, *named, verb):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for t in _with_conjuncts(obj):
                    m = _mention_of(ctx, t)
                    if m is None or m.is_pronoun or ctx.resolve(m).type not in _VENUE_TYPES:
                        continue
                    if known_place(ctx, m):
                        found += [m, *_address_mates(ctx, m)]
    return found


#: The kinds of place a visited thing stands in.
_VENUE_TYPES = frozenset({"City", "Country", "Region"})


def _address_mates(ctx: Context, place: Mention) -> list[Mention]:
    """ "flies on to Lyon, France": whichever of the two the parse makes the head, the place
    set off from the trip's object by one comma and hanging on it (the city before it, the
    country or region after it) is where the trip went too."""
    doc, mates = ctx.doc, []
    k = place.tok_start - 1
    if k >= 1 and doc[k].text == ",":
        mates += _hanging_on(ctx, ctx.mention_at(k - 1), place, ("City", "Region", "Place"))
    k = place.tok_end
    if k + 1 < len(doc) and doc[k].text == ",":
        mates += _hanging_on(ctx, ctx.mention_at(k + 1), place, ("Country", "Region"))
    return mates


def _hanging_on(
    ctx: Context, m: Mention | None, place: Mention, types: tuple[str, ...]
) -> list[Mention]:
    """``m`` when it is a named place of ``types`` whose last word the parse hangs on ``place``."""
    if m is None or m.is_pronoun or ctx.resolve(m).type not in types:
        return []
    return [m] if ctx.doc[m.tok_end - 1].head.i in range(place.tok_start, place.tok_end) else []


def _named_by_of(ctx: Context, noun: Token, t: Token) -> bool:
    """ "the city of Lviv": the name after "of" under a place noun names the place."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.i == noun.i
        and noun.lower_ in ctx.cues.place_noun
    )


def _capital_of(ctx: Context, token: Token) -> list[Mention]:
    """ "Bandar Seri Begawan, the capital of Brunei", "the Thai capital Bangkok", "the
    Indonesian capital": the country or region a place is named with as its capital, where
    the place is (Brunei was visited too)."""
    city = _mention_of(ctx, token)
    entry = load_gazetteer().get(city.kb_id) if city is not None and city.kb_id else None
    found = [
        m
        for t in token.subtree
        if entry is not None
        and entry.capital_of
        and (m := _mention_of(ctx, t)) is not None
        and m.kb_id == entry.capital_of
    ][:1]
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if appos.lower_ not in ("capital", "city"):
            continue
        for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = _mention_of(ctx, obj) or _named_area(ctx, obj)
                if m is not None and ctx.resolve(m).type in ("Country", "Region"):
                    found.append(m)
    return found


def _named_area(ctx: Context, noun: Token) -> Mention | None:
    """ "Alor Setar, the capital of Kedah state", "capital of the P highland region": a noun
    of the ``area_kind`` cue the parse makes the head, the area's name its compound."""
    if noun.lower_ not in cue_words(ctx.lang, "area_kind"):
        return None
    names = (_mention_of(ctx, c) for c in noun.children if c.dep_ == "compound")
    return next((m for m in names if m is not None), None)


def _described(ctx: Context, token: Token) -> bool:
    """The object is a definite description with a country's demonym ("the Kenyan leader"),
    which the word-order frames resolve to the person last named with that country's title;
    the parse alone has no entity for it."""
    words = list(token.lefts)
    return (
        token.pos_ == "NOUN"
        and any(w.lower_ == "the" for w in words)
        and any((m := ctx.mention_at(w.i)) is not None and m.is_demonym for w in words)
    )


def _companions_before(
    ctx: Context, sent: Span, agents: list[Mention], verb: Token
) -> list[Mention]:
    """Companions between the subject and its verb ("X, accompanied by Y, arrived in P")."""
    ends = [a.tok_end for a in agents if sent.start <= a.tok_start and a.tok_end <= verb.i]
    if not ends:
        return []
    return companions_after(ctx, sent, past_relative_pronoun(ctx, max(ends), verb.i), stop=verb.i)


def _arrived_with(ctx: Context, sent: Span, verb: Token) -> list[Mention]:
    """ "landed in P on Monday with Foreign Minister Y": the persons of a "with" phrase the
    parse hangs on an arrival verb itself (the ``arrival`` and ``arrival_with`` cues) came
    too. Not "talks with Y" (the noun's phrase) nor "with a message for Y" (no person
    first)."""
    if verb.lower_ not in ctx.cues.arrival:
        return []
    return [
        person
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in ctx.cues.arrival_with
        for person in right_chain(ctx, sent, child.i + 1, PERSON, max_gap=MAX_PERSON_GAP)
    ]


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _hedged(ctx: Context, sent: Span, verb: Token) -> bool:
    """Negation or hedge over the trigger. A trigger in a clause of time ("as he met X",
    "while in P"; the lexicon's ``temporal_mark``) tells an event that happened whatever the
    clause it hangs on says ("said his country might look again at it, as he met X"): only its own
    words can negate or hedge it."""
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ctx.cues.temporal_mark for c in verb.children
    ):
        hedges = ctx.cues.negation_near | ctx.cues.negation_clause
        return any(t.lower_ in hedges for t in verb.subtree if t.i != verb.i)
    return ctx.negated(sent, verb.i, verb.i)


def _unasserted(ctx: Context, verb: Token) -> bool:
    """The parse puts the trigger in a clause that states no event: a condition, an indirect
    question or a "for X to ..." clause ("if X visits P", "whether X will visit P", "no reason
    for X to visit P"), or a question a negated verb leaves open ("would not say when he
    might visit P"). Negation words near the trigger miss these; the clause's own words tell."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & ctx.cues.unasserted_mark:
        return True
    asked = any(
        c.lower_ in ctx.cues.indirect_question and c.i < verb.i
        for c in verb.children
        if c.dep_ in ("advmod", "mark")
    )
    return asked and verb.dep_ in ("ccomp", "advcl") and _negated(verb.head)


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _conjunct_mention(ctx: Context, token: Token) -> Mention | None:
    """A role's (or its conjunct's) mention, or the person whose title phrase the token
    heads ("greeted by X and Peru's Ambassador to Chile Y": the parse makes "Ambassador" the
    conjunct, and Y the object of its "to"; "oleh Presiden India Y": the title)."""
    return _mention_of(ctx, token) or ctx.titled_at(token.i)


def _mention_of(ctx: Context, token: Token) -> Mention | None:
    """The entity (or pronoun) mention a syntactic head token belongs to."""
    return ctx.mention_at(token.i)
