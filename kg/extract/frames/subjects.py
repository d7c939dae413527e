"""Subjects: who does what a trigger says.

The subject comes from the trigger's own clause: never a possessor, never a name in object
position (an earlier verb's), never a guess from two sentences back. Relative clauses,
infinitives, fronted clauses, participles and definite descriptions ("Menteri itu") are read;
a clause with no subject continues the previous sentence's. Coordination ("A dan B bertemu
X") and companions ("tiba di P bersama Y") give every person who took part.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.context import Context, with_title_start
from kg.extract.frames.objects import (
    MAX_PERSON_GAP,
    OF_COUNTRY,
    PERSON,
    list_opener_at,
    members_in_next_sentence,
    right_chain,
)
from kg.extract.mentions import carried_by_vehicle, object_position
from kg.extract.model import AGENT_TYPES, ARTICLES, DEMONSTRATIVES, Mention, is_possessive
from kg.nlp.lexicon import cue_words, load_titles

__all__ = [
    "POSSESSIVE",
    "companions_after",
    "companions_before",
    "consort_before",
    "coordinated_after",
    "definite_description",
    "delegation_body",
    "delegation_leader",
    "delegation_word_opens",
    "in_object_position",
    "kin_named_by",
    "left_agent",
    "party_of",
    "past_relative_pronoun",
    "possessor_before",
    "previous_subject",
    "relative_head",
    "subject_for",
    "with_coordinated",
]

#: English possessive markers: a name before one modifies a noun ("Biden's administration").
POSSESSIVE = {"'s", "'"}


def left_agent(
    ctx: Context,
    sent: Span,
    i: int,
    types=PERSON,
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
    if types != PERSON and "Person" in types:
        person = left_agent(ctx, sent, i, PERSON, lower=lower, noun=noun)
        if person is not None:
            return person
    saw_nominal = saw_link = noun
    title = range(0)  # the title phrase of a person passed over: part of that person
    for j in range(i - 1, lower - 1, -1):
        if j in title:
            continue  # "diterima Presiden Chile X": the country is X's, no subject
        tok = ctx.doc[j]
        m = ctx.mention_at(j)
        if m is None:
            if tok.lower_ in ctx.cues.relative:
                if _carries_pronoun(ctx, j + 1):  # "heli yang membawanya mendarat di P"
                    return previous_subject(ctx, sent, types)
                head = relative_head(ctx, j)  # "X, yang kala itu hadir di ...": X acts
                if head is None:  # "pemimpin yang datang ke P adalah A dan B": A and B act
                    head = _group_named_later(ctx, sent, j, i)
                return head if head is not None and _acts(ctx, head, types) else None
            if _owned_vehicle(ctx, j):  # "His plane landed in P", "pesawatnya mendarat di P"
                return previous_subject(ctx, sent, types)
            if _vehicle_subject(ctx, j):
                return None  # "X menjelaskan, pesawat itu ... lalu mendarat di P": no one named
            if tok.lower_ in ctx.cues.coordination:
                named = ctx.mention_at(j - 1) if j > lower else None
                group = (
                    j + 1 < i
                    and tok.pos_ == "CCONJ"  # "dan"/"and", not a comma before "whose"
                    and ctx.doc[j + 1].pos_ in ("DET", "NUM")
                    and named is not None
                    and ctx.resolve(named).type in types
                )
                if saw_nominal and not saw_link and not group:
                    return None  # "X merinci, korban berada di": the clause's own subject
                # "A dan para menteri menemui Y": a group joined to a named subject
                saw_link = True
            elif tok.lower_ in ctx.cues.subordinator and not saw_nominal:
                # "X mengambil keputusan itu setelah bertemu Y": a clause with no subject
                # of its own after "setelah" takes the main clause's, past its object
                saw_link = True
            elif (
                tok.pos_ == "ADP"
                and (tok.lower_ in ctx.cues.oblique or tok.lower_ in ctx.cues.locative)
            ) or (tok.lower_,) in ctx.cues.companion:
                # "bertolak dari Pangkalan X menuju P": an oblique, no subject; "ikut terbang
                # bersama rombongan Y ke P": a companion, not the clause's own subject
                saw_nominal = False
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
        elif (
            _can_be_subject(ctx, m, types)
            and not _in_closed_place_clause(ctx, m, i)
            and not _in_closed_relative_clause(ctx, m, i)
        ):
            return m
        elif ctx.resolve(m).type == "Person":
            title = range(ctx.starts_at(m), m.tok_start)
    return None


#: Purpose markers between a sent person and the act ("mengutus X untuk hadir", "sent X to").
_PURPOSE = frozenset({"untuk", "guna", "to"})


def _object_sent_to_act(ctx: Context, sent: Span, i: int) -> Mention | bool | None:
    """ "Presiden mengutus Menlu X untuk hadir di P", "sent Foreign Minister X to attend the
    inauguration in P": the person a verb of sending (``sending_verb``) takes as object does
    the act of the purpose clause after it, not the verb's subject; the one a verb of asking
    (``request_verb``: "asked X to attend") was only asked, and nobody did it (False). None
    when the trigger at ``i`` opens no such clause."""
    k = i - 1
    if k <= sent.start or ctx.doc[k].lower_ not in _PURPOSE:
        return None
    m = ctx.mention_at(k - 1)
    if m is None or m.tok_end != k or ctx.resolve(m).type != "Person":
        return None
    start = ctx.starts_at(m)
    verb = ctx.doc[start - 1] if start > sent.start else None
    if verb is None:
        return None
    if verb.lower_ in cue_words(ctx.lang, "sending_verb"):
        return m
    if verb.lower_ in cue_words(ctx.lang, "request_verb"):
        return False
    return None


def _group_named_later(ctx: Context, sent: Span, j: int, i: int) -> Mention | None:
    """ "Para pemimpin yang datang ke P adalah A dan B", "The leaders who gathered in P
    were A and B": a relative pronoun at ``j`` on a group noun (the ``group_noun`` cue) whose
    members a copula (``members_copula``) or a list opener later in the sentence names: the
    last of them, so that ``with_coordinated`` gathers the list."""
    noun = ctx.doc[j - 1].lower_.split("-")[0] if j > sent.start else ""
    if noun not in ctx.cues.group_noun and noun.removesuffix("s") not in ctx.cues.group_noun:
        return _group_named_next(ctx, sent, j)
    for k in range(i + 1, sent.end):
        word = ctx.doc[k].lower_
        width = 1 if word in ctx.cues.members_copula else list_opener_at(ctx, k)
        if not width:
            continue
        named = right_chain(ctx, sent, k + width, PERSON, max_gap=MAX_PERSON_GAP)
        return named[-1] if named else None
    return _group_named_next(ctx, sent, j)


#: Words a group noun's own modifiers may take between it and its relative pronoun ("lima
#: menteri negeri jiran yang diundang").
_GROUP_MODIFIERS = 3


def _group_named_next(ctx: Context, sent: Span, j: int) -> Mention | None:
    """ "Tiga menteri negeri jiran yang diundang ke P sudah hadir. Mereka ialah A, B dan C":
    a counted group (a number or quantifier before its noun) with a relative clause, whose
    members the next sentence opens by naming (``members_intro``): the last of them, so that
    ``with_coordinated`` gathers the list."""
    for k in range(j - 1, max(sent.start, j - 1 - _GROUP_MODIFIERS) - 1, -1):
        if ctx.doc[k].lower_ not in ctx.cues.group_noun:
            continue
        start = k
        while start > sent.start and _counts(ctx.doc[start - 1]):
            start -= 1
        named = members_in_next_sentence(ctx, sent, start) if start < k else []
        return named[-1] if named else None
    return None


def _counts(tok: Token) -> bool:
    """A number, article or quantifier before a group noun ("lima", "para", "the three")."""
    return tok.like_num or tok.pos_ in ("DET", "NUM")


def _vehicle_subject(ctx: Context, j: int) -> bool:
    """A vehicle that opens a clause, at the sentence's start or after punctuation ("X
    menjelaskan, pesawat itu berangkat ..."), not one after a preposition or verb ("terbang
    dengan pesawat", "boarded a plane"): the clause is the vehicle's, and a person named
    before it (the one reporting) did not travel. A vehicle carrying someone is read as them
    before this is reached ("pesawat yang membawa X": ``carried_by_vehicle``)."""
    if ctx.doc[j].lower_ not in ctx.cues.vehicle:
        return False
    k = j - 1
    while k >= 0 and ctx.doc[k].pos_ in ("DET", "ADJ"):
        k -= 1  # "the presidential plane", "a chartered jet"
    return k < 0 or ctx.doc[k].is_punct


def _owned_vehicle(ctx: Context, j: int) -> bool:
    """A vehicle a possessive pronoun owns ("his plane", "her motorcade", "pesawatnya"): it
    carried the person the text is about, who is the one travelling."""
    tok = ctx.doc[j]
    if ctx.lang == "id":
        return tok.lower_.endswith("nya") and tok.lower_.removesuffix("nya") in ctx.cues.vehicle
    before = ctx.doc[j - 1] if j > 0 else None
    return (
        tok.lower_ in ctx.cues.vehicle
        and before is not None
        and before.tag_ == "PRP$"
        and before.lower_ in ("his", "her")
    )


def _carries_pronoun(ctx: Context, k: int) -> bool:
    """ "Pesawat yang membawanya": a vehicle's carrying verb with the enclitic pronoun of the
    person the text is about, who is the one travelling."""
    if k >= len(ctx.doc) or not ctx.doc[k].lower_.endswith("nya"):
        return False
    verb = ctx.doc[k].lower_.removesuffix("nya")
    return verb in ctx.cues.carrying and carried_by_vehicle(ctx.doc, k, ctx.cues, verb=verb)


def _in_closed_place_clause(ctx: Context, m: Mention, i: int) -> bool:
    """ "flies on to P, where Prime Minister Y hosts a dinner, before closing the trip in Q":
    Y acts inside the clause about P, which a comma closes before token ``i``; the trigger
    after it is the main clause's, whose subject lies further left."""
    start = with_title_start(ctx.doc, m)
    opens = start > 0 and ctx.doc[start - 1].lower_ in ctx.cues.place_relative
    return opens and any(t.text == "," for t in ctx.doc[m.tok_end : i])


#: Tokens back from a name to the relative pronoun whose clause may hold it.
_RELATIVE_REACH = 15


def _in_closed_relative_clause(ctx: Context, m: Mention, i: int) -> bool:
    """ "X, yang datang dari P sesudah meresmikan pabrik milik Presiden Y, kemudian berunding
    dengan Z", "X, who opened a fair with Y, then met Z": Y is named inside
    a relative clause set off by commas, which a comma closes before the trigger at ``i``;
    the trigger belongs to the main clause, whose subject is the clause's head X (read when
    the search reaches the relative pronoun)."""
    between = ctx.doc[m.tok_end : i]
    if not any(t.text == "," for t in between):
        return False
    if any(t.lower_ in ctx.cues.complementizer for t in between):
        return False  # "X, yang ..., mengatakan bahwa pertemuan dengan Z": another clause's
    start = ctx.starts_at(m)
    start -= consort_before(ctx, start)  # "yang didampingi A dan istrinya, B, disambut Y"
    lowest = max(ctx.doc[start].sent.start, start - _RELATIVE_REACH)
    for j in range(start - 1, lowest - 1, -1):
        word = ctx.doc[j]
        if word.text == ",":
            return False
        if word.lower_ in ctx.cues.relative:
            return j > 0 and ctx.doc[j - 1].text == ","
    return False


def _after_preposition(ctx: Context, m: Mention) -> bool:
    start = ctx.starts_at(m)
    if start == 0:
        return False
    word = ctx.doc[start - 1].lower_
    return word in ctx.cues.oblique or word in ctx.cues.locative


def _can_be_subject(ctx: Context, m: Mention, types: frozenset[str]) -> bool:
    """Not a possessor ("Biden's administration"), not an earlier predicate's object, and an
    agent of ``types`` (an organisation only as a delegation)."""
    possessor = m.tok_end < len(ctx.doc) and ctx.doc[m.tok_end].text in POSSESSIVE
    acting = not in_object_position(ctx, m) or _leads_delegation(ctx, m)
    return not possessor and acting and _acts(ctx, m, types)


#: Words between a delegation word and the verb of leading it ("delegasi RI yang dipimpin").
_DELEGATION_REACH = 3


def _leads_delegation(ctx: Context, m: Mention) -> bool:
    """ "Delegasi yang diketuai Menlu X bertemu Y", "The delegation, headed by X, met Y",
    "The delegation included X and Y": the leader or a member of a delegation (the
    ``delegation_lead`` or ``delegation_members`` verb right before the name, a
    ``delegation`` word shortly before it) acts with it, though the object of that verb."""
    return _delegation_word_of(ctx, m) is not None


def delegation_body(ctx: Context, m: Mention) -> Mention | None:
    """The organisation whose delegation ``m`` leads or belongs to ("Delegasi KPK yang
    dipimpin X", "The delegation of the Senate, led by X"): it travels where its delegation
    goes, as "delegasi KPK tiba di P" makes it travel."""
    word = _delegation_word_of(ctx, m)
    if word is None:
        return None
    return next(
        (
            b
            for b in ctx.mentions
            if word < b.tok_start < ctx.starts_at(m)
            and not b.is_pronoun
            and b.type == "Organization"
        ),
        None,
    )


def _delegation_word_of(ctx: Context, m: Mention) -> int | None:
    """The token of the delegation word whose leader or member ``m`` is named as (see
    :func:`_leads_delegation`), or None."""
    k = ctx.starts_at(m) - 1
    co_leader = _listed_after(ctx, k)
    if co_leader is not None:  # "Delegasi RI dipimpin Menlu A dan Menhan B": B leads too
        return _delegation_word_of(ctx, co_leader)
    if k >= 1 and ctx.doc[k].lower_ in ("by", "atas", "dari"):
        k -= 1  # "led by X", "terdiri atas X"
    word = ctx.doc[k].lower_ if k >= 1 else ""
    if word not in ctx.cues.delegation_lead and word not in ctx.cues.delegation_members:
        return None
    j, words = k - 1, 0
    while j >= 0 and words <= _DELEGATION_REACH:
        tok = ctx.doc[j]
        if tok.lower_.removesuffix("nya") in ctx.cues.delegation:
            return j
        named = ctx.mention_at(j)
        if named is not None:  # "Rombongan [DPRD Bali] yang dipimpin X": a name is one
            j = named.tok_start - 1
            continue
        if tok.text in ("(", ")"):  # "Delegasi Majelis Permusyawaratan Rakyat (MPR) yang dipimpin"
            j -= 1
            continue
        if not (
            tok.lower_ in ctx.cues.relative_thing
            or tok.lower_ in ARTICLES
            or tok.text == ","
            or (tok.text[:1].isupper() and not tok.is_sent_start)  # "Komisi C ..."
            or (tok.is_lower and tok.is_alpha)  # "delegasi muhibah DPR"
        ):
            return None
        j, words = j - 1, words + 1
    return None


def _listed_after(ctx: Context, k: int) -> Mention | None:
    """The person before a list's "dan"/"and" (or its comma) at token ``k``, whom the name
    after it is listed with ("A dan B", "A, B"), or None."""
    if k < 1 or not (ctx.doc[k].lower_ in ctx.cues.coordination or ctx.doc[k].text == ","):
        return None
    j = k - 1 if ctx.doc[k - 1].text != "," else k - 2
    before = ctx.mention_at(j) if j >= 0 else None
    if before is None or before.is_pronoun or ctx.resolve(before).type != "Person":
        return None
    return before


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
    if m is None:
        return _subject_described(ctx, k)
    start = ctx.starts_at(m)
    if start > 0 and ctx.doc[start - 1].lower_ == "of" and k == j - 1:
        return None  # "a friend of X who is in P": the friend is, not X; after a comma the
        # clause is about the name ("the backing of President X, who flew to P")
    if k < j - 1 and ctx.resolve(m).type != "Person":
        return _person_apposed_to_body(ctx, start) or ctx.resolve(m)
    return ctx.resolve(m)


#: Tokens of an office set off after a name, before the body it names ("head of the").
_APPOSED_OFFICE_REACH = 6


def _person_apposed_to_body(ctx: Context, start: int) -> Mention | None:
    """ "X, head of the Y association, who travelled to P": the body ending an apposition
    of office set off by commas after a person's name; the relative clause is that person's.
    The apposition holds the office's words only: no other name, no verb."""
    for k in range(start - 1, max(-1, start - 1 - _APPOSED_OFFICE_REACH), -1):
        tok = ctx.doc[k]
        if tok.text == ",":
            before = ctx.mention_at(k - 1) if k > 0 else None
            person = ctx.resolve(before) if before is not None else None
            return person if person is not None and person.type == "Person" else None
        if ctx.mention_at(k) is not None or not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
            return None  # "A, B and the C club, who ...": a list, no apposition
    return None


#: Tokens from a relative pronoun back to the predicative verb of the noun it modifies.
_DESCRIPTION_REACH = 6
#: What ends a noun phrase walked back over: no verb, preposition, conjunction or punctuation.
_NOT_IN_DESCRIPTION = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT"})


def _subject_described(ctx: Context, k: int) -> Mention | None:
    """ "X menjadi presiden pertama yang singgah di P": a relative clause on a noun
    phrase that a predicative verb says the subject is (the ``predicative`` cue) is about
    that subject, as is one on a noun phrase set beside a name by a comma ("X, the
    federation's president who was in P for the final"). A country or body inside the
    phrase modifies it ("presiden Finlandia pertama yang ..."); anything else that is no
    noun phrase leaves the clause unowned."""
    lowest = max(ctx.doc[k].sent.start, k - _DESCRIPTION_REACH) if k >= 0 else 0
    for j in range(k, lowest - 1, -1):
        tok = ctx.doc[j]
        if tok.lower_ in ctx.cues.predicative or (tok.text == "," and j < k):
            before = ctx.mention_at(j - 1) if j > 0 else None
            person = ctx.resolve(before) if before is not None else None
            return person if person is not None and person.type == "Person" else None
        m = ctx.mention_at(j)
        if m is not None:
            if ctx.resolve(m).type == "Person":
                return None
            continue  # "presiden Finlandia pertama": a place or body modifying the noun
        if tok.pos_ in _NOT_IN_DESCRIPTION:
            return None
    return None


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
    before = ctx.doc[max(0, start - 3) : start]
    after = []
    for t in ctx.doc[m.tok_end : m.tok_end + 2]:
        if t.is_punct:
            break  # "BETUN - Rombongan dari ...": a dateline's town, then the story
        after.append(t)
    return any(
        t.lower_ in ctx.cues.delegation for t in [*before, *ctx.doc[start : m.tok_end], *after]
    )


def previous_subject(ctx: Context, sent: Span, types=PERSON) -> Mention | None:
    """The subject a clause without one continues about: the first agent in subject position
    of the sentence just before (news prose goes on about it: "Ia ...", "Dijadwalkan ...").
    Nothing further back: a person two sentences away is a guess, not a reading."""
    idx = ctx.sents.index(sent)
    if idx == 0:
        return None
    before = ctx.by_sent.get(idx - 1, [])
    first = next((m for m in before if _can_be_subject(ctx, m, types)), None)
    if first is None or ctx.resolve(first).type != "Person":
        return first
    # "A dan B tiba di P. Rombongan kemudian bertolak ke Q": the whole coordinated subject
    # goes on; the list's last name, so that ``with_coordinated`` gathers them all. Not a
    # family travelling along ("X, his wife A and Y landed ... The delegation was received
    # by Z"): what the next sentence says of the party is said of its officials
    last = next(
        (
            m
            for m in reversed(before)
            if m.tok_start >= first.tok_start
            and first.index in {x.index for x in with_coordinated(ctx, m)}
        ),
        first,
    )
    group = with_coordinated(ctx, last)
    return first if any(consort_before(ctx, ctx.starts_at(m)) for m in group) else last


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
    if any(
        ctx.mention_at(tok.i) is not None or _subject_pronoun(ctx, tok) or _nominal(ctx, tok)
        for tok in ctx.doc[start:i]
    ):
        return True
    # the parse's subject of the verb, before a parenthetical set off by commas ("The
    # 81-year-old king, steadied by a cane, greeted X")
    return any(
        child.dep_.startswith("nsubj")
        and c_start <= child.i < start
        and ctx.mention_at(child.i) is None
        and _nominal(ctx, child)
        for child in ctx.doc[i].children
    )


def _subject_pronoun(ctx: Context, tok: Token) -> bool:
    """A pronoun that may be a subject: not one a preposition governs ("Di sana rombongan
    diterima X": "sana" is where, not who)."""
    return tok.pos_ == "PRON" and not (tok.i > 0 and ctx.doc[tok.i - 1].pos_ == "ADP")


def _trip_of_the_one_before(ctx: Context, i: int) -> bool:
    """ "Kunjungannya disambut X", "Kedatangannya diterima Y": an arrival noun with the clitic
    "-nya" (the ``arrival_noun`` cue) right before the verb is the arrival of the one the text
    is about, who is the one received."""
    if i < 1:
        return False
    word = ctx.doc[i - 1].lower_
    return word.endswith("nya") and word.removesuffix("nya") in ctx.cues.arrival_noun


def subject_for(
    ctx: Context, sent: Span, i: int, types=PERSON, *, noun: bool = False
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
    shared = _conjunct_subject(ctx, sent, i, types)
    if shared is not None:
        return shared, 1.0
    sent_one = _object_sent_to_act(ctx, sent, i)
    if sent_one is not None:  # "mengutus X untuk hadir di P": X; "asked X to attend": nobody
        return (sent_one, 0.9) if sent_one else (None, 0.0)
    if i > 0 and ctx.doc[i - 1].lower_ in ctx.cues.nonfinite_link and ctx.doc[i - 1].i > sent.start:
        controller = _controller(ctx, sent, i, types)
        if controller is not None:
            return controller, 0.9
        # "X said Y was scheduled to meet Z": the reported clause's subject, not the speaker
        reported = max(
            (k + 1 for k in range(c_start, i) if ctx.doc[k].lower_ in ctx.cues.report_verb),
            default=c_start,
        )
        first = next(
            (
                m
                for m in ctx.by_sent.get(ctx.sents.index(sent), [])
                if reported <= m.tok_start < i
                and ctx.resolve(m).type in types
                and not in_object_position(ctx, m)
            ),
            None,
        )
        if first is not None and kin_named_by(ctx, first):
            first = _apposed_person(ctx, first)  # "Pendahulu X, Y, ... dengan lawatan": Y
        if first is not None:
            return first, 0.9
    m = left_agent(ctx, sent, i, types, lower=c_start, noun=noun)
    if m is not None and kin_named_by(ctx, m):
        # "putra pengusaha X itu disambut Y": the son acts, not X; "Presiden Z, sekutu
        # terdekat X, tiba": Z, before the apposition, acts
        head = _head_of_apposed_kin(ctx, m)
        return (head, 1.0) if head is not None else (None, 0.0)
    if m is not None:
        # "X bersama ajudan Y terbang ke P": the one accompanied acts (the frames add Y)
        return _companion_of(ctx, m) or m, 1.0
    if c_start > sent.start and ctx.doc[c_start - 1].lower_ in ctx.cues.relative:
        head = relative_head(ctx, c_start - 1)  # "Pompeo, who is to lead ..., was due to fly"
        if head is None:  # "The leaders who arrived in P were A and B"
            head = _group_named_later(ctx, sent, c_start - 1, i)
        return (head, 1.0) if head is not None and _acts(ctx, head, types) else (None, 0.0)
    described = definite_description(ctx, sent, i)
    if described is not None:
        return described, 0.85
    if _in_quote(ctx, sent, i):
        return None, 0.0
    fronted = _fronted_clause_subject(ctx, sent, i, types)
    if fronted is not None:
        return fronted, 0.9
    if _trip_of_the_one_before(ctx, i):
        return previous_subject(ctx, sent, types), 0.8
    listed = None if delegation_word_opens(ctx, c_start, i) else _listed_before(ctx, sent, i, types)
    if listed is not None:
        return listed, 1.0
    if _unrecognised_subject(ctx, sent, i):
        member = _member_named_next(ctx, sent, types)
        return (member, 0.9) if member is not None else (None, 0.0)
    leader = delegation_leader(ctx, sent, c_start, i)
    if leader is not None:
        return leader, 0.8
    if delegation_word_opens(ctx, c_start, i):
        return _party_named_before(ctx, sent, types), 0.8
    return previous_subject(ctx, sent, types), 0.8


def _party_named_before(ctx: Context, sent: Span, types=PERSON) -> Mention | None:
    """ "A tiba di P. Setibanya di P, rombongan menuju katedral. Rombongan disambut Y": a
    delegation word names the party a sentence before it began with, however many sentences
    without a person stand between (a few at most); a clause with no subject at all goes on
    only from the sentence just before (``previous_subject``)."""
    idx = ctx.sents.index(sent)
    for back in range(idx, max(0, idx - _LEADER_BACK), -1):
        found = previous_subject(ctx, ctx.sents[back], types)
        if found is not None:
            return found
        if any(ctx.resolve(m).type == "Person" for m in ctx.by_sent.get(back - 1, [])):
            return None  # a sentence naming someone, though none who could be its subject
    return None


#: Sentences back in which a delegation's leader may have been named.
_LEADER_BACK = 4


def delegation_leader(ctx: Context, sent: Span, c_start: int, i: int) -> Mention | None:
    """ "Rombongan dipimpin Ketua Komisi X. ... Rombongan kemudian bertolak ke P": a clause
    whose subject is a bare delegation word goes on with the person the text last named as
    leading a delegation ("dipimpin X", "led by X"), a few sentences back at most, rather than
    with the previous sentence's subject (often the body the delegation is from)."""
    if not delegation_word_opens(ctx, c_start, i):
        return None
    first = max(0, ctx.sents.index(sent) - _LEADER_BACK)
    leaders = [
        m
        for m in ctx.mentions
        if m.type == "Person"
        and not m.is_pronoun
        and ctx.sents[first].start <= m.tok_start < sent.start
        and _leads_delegation(ctx, m)
    ]
    return leaders[-1] if leaders else None


def delegation_word_opens(ctx: Context, c_start: int, i: int) -> bool:
    """The clause from ``c_start`` to the verb at ``i`` opens with a bare delegation word
    ("Rombongan tiba di P", "The delegation then flies on to Q"), after a fronted phrase if any
    ("Dari P, rombongan dijadwalkan ke Q"): its subject is a party."""
    commas = [k for k in range(c_start, i) if ctx.doc[k].text == ","]
    start = commas[-1] + 1 if commas else c_start
    words = [t for t in ctx.doc[start:i] if t.is_alpha and t.lower_ not in ARTICLES]
    while len(words) > 1 and words[0].pos_ in _FRONTED_FUNCTION_WORDS:
        words = words[1:]  # "Di sana rombongan diterima X", "There the delegation met Y"
    return bool(words) and words[0].lower_.removesuffix("nya") in ctx.cues.delegation


#: Parts of speech of a short fronted phrase with no comma before a clause's subject ("Di
#: sana", "Kemudian", "There"): no noun among them, so none is the subject.
_FRONTED_FUNCTION_WORDS = frozenset({"ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART"})


def party_of(ctx: Context, leader: Mention, sent: Span) -> list[Mention]:
    """Who travelled with ``leader`` earlier in the text, a few sentences back at most: the
    persons a travel reading put where it put the leader, in the same sentence by the same
    rule ("A tiba di P bersama B dan C"), and those named as the leader's companions ("A
    didampingi B dan C."). A delegation word later ("Rombongan kemudian bertolak ke Q")
    speaks of them all. A meeting's venue is no such reading: the host was there, not on the
    trip."""
    back = max(0, ctx.sents.index(sent) - _LEADER_BACK)
    first = ctx.sents[back].start_char
    leader_ids = {leader.index, ctx.resolve(leader).index}
    party = [
        c
        for s in ctx.sents[back : ctx.sents.index(sent)]
        for m in ctx.by_sent.get(ctx.sents.index(s), [])
        if m.index in leader_ids or ctx.resolve(m).index in leader_ids
        for c in companions_after(ctx, s, m.tok_end)
    ]
    trips = {
        (r.sentence_start, r.object, r.rule)
        for r in ctx.relations
        if r.predicate == "visited"
        and r.subject in leader_ids
        and first <= r.sentence_start < sent.start_char
        and not r.rule.endswith(".venue")
    }
    for r in ctx.relations:
        m = ctx.mentions[r.subject]
        if (
            r.predicate == "visited"
            and (r.sentence_start, r.object, r.rule) in trips
            and r.subject not in leader_ids
            and m.type == "Person"
        ):
            party.append(m)
    return list({m.index: m for m in party if m.index not in leader_ids}.values())


#: Lower-case words between a kinship noun and the name it takes ("putra pengusaha X").
_KIN_REACH = 3


def _apposed_person(ctx: Context, m: Mention) -> Mention | None:
    """The person set off by a comma right after ``m`` ("Pendahulu X, Y, ..."): the one a
    relative's or predecessor's noun before ``m`` names."""
    k = m.tok_end
    if k + 1 >= len(ctx.doc) or ctx.doc[k].text != ",":
        return None
    after = ctx.mention_at(k + 1)
    if after is None or after.tok_start != k + 1 or ctx.resolve(after).type != "Person":
        return None
    return after


def kin_named_by(ctx: Context, m: Mention) -> bool:
    """A kinship noun (the ``kin_of`` cue) before ``m`` with only lower-case words between
    and no comma ("putra pengusaha X", "the widow of former president X"): ``m`` names whose
    relative the subject is; the relative, unnamed, is who acts."""
    return _kin_phrase_start(ctx, m) is not None


def _kin_phrase_start(ctx: Context, m: Mention) -> int | None:
    """First token of the kinship phrase that names ``m`` as whose relative (``kin_named_by``)."""
    k = ctx.starts_at(m)
    for end in range(k, max(-1, k - _KIN_REACH - 1), -1):
        for phrase in ctx.cues.kin_of:
            n = len(phrase)
            if end - n >= 0 and tuple(t.lower_ for t in ctx.doc[end - n : end]) == phrase:
                return end - n
        if end - 1 < 0 or not (ctx.doc[end - 1].is_lower and ctx.doc[end - 1].is_alpha):
            return None
    return None


def _head_of_apposed_kin(ctx: Context, m: Mention) -> Mention | None:
    """ "Presiden X, sekutu terdekat Y, tiba di P", "X, a close ally of Y, arrived": the
    kinship phrase is an apposition set off by commas, and the person before it acts."""
    k = _kin_phrase_start(ctx, m)
    for _ in range(_KIN_REACH):
        if k is None or k < 1 or not (ctx.doc[k - 1].is_lower and ctx.doc[k - 1].is_alpha):
            break
        k -= 1  # "a close ally of"
    if k is None or k < 2 or ctx.doc[k - 1].text != ",":
        return None
    if m.tok_end >= len(ctx.doc) or ctx.doc[m.tok_end].text != ",":
        return None
    head = ctx.mention_at(k - 2)
    return head if head is not None and ctx.resolve(head).type == "Person" else None


def _member_named_next(ctx: Context, sent: Span, types: frozenset[str]) -> Mention | None:
    """ "Para menteri luar negeri mendarat di P. Di antara mereka Menlu A dan Menlu B.",
    "Some 40 heads of state attended. Among them were A and B.": a subject kg knows no name
    for, whose members the next sentence opens by naming (the lexicon's ``members_opener``
    cue). The last person of that list, so that ``with_coordinated`` gathers them all."""
    idx = ctx.sents.index(sent)
    if idx + 1 >= len(ctx.sents):
        return None
    nxt = ctx.sents[idx + 1]
    words = tuple(t.lower_ for t in ctx.doc[nxt.start : nxt.start + 3])
    opener = next((len(p) for p in ctx.cues.members_opener if words[: len(p)] == p), 0)
    if not opener:
        return None
    members = [
        m
        for m in ctx.by_sent.get(idx + 1, [])
        if m.tok_start >= nxt.start + opener
        and not m.is_pronoun
        and ctx.resolve(m).type in types & PERSON
    ]
    if not members:
        return None
    first = members[0].index
    return next(
        (m for m in reversed(members) if first in {x.index for x in with_coordinated(ctx, m)}),
        members[0],
    )


def _conjunct_subject(ctx: Context, sent: Span, i: int, types: frozenset[str]) -> Mention | None:
    """ "She flew to P to see its president, Y, and later stopped in R", "X tiba di P bersama
    istrinya, Y, dan disambut Z": a verb coordinated with an earlier one (``conj`` in the
    parse; in Indonesian by a conjunction) and with no subject of its own shares that verb's
    subject, not the name nearest before it (Y, an apposition the
    word order cannot tell from a subject). A trigger that is the object noun of such a verb
    ("paid a call on Y and held talks with Z") is read from its verb."""
    sequenced = _sequenced_subject(ctx, sent, i, types) if ctx.lang == "id" else None
    if sequenced is not None:
        return sequenced
    tok = ctx.doc[i]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i < i:
        tok = tok.head  # "held [talks]": the light verb carries the coordination
    elif tok.dep_ in ("aux", "auxpass") and tok.head.i > i:
        tok = tok.head  # "... and [was] met by Z": a passive trigger starts at its auxiliary
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return None
    if any(c.dep_.startswith("nsubj") for c in tok.children):
        return None
    if ctx.lang == "id" and not any(c.dep_ == "cc" for c in tok.children):
        return None  # "X tiba di P bersama Y, dan disambut Z": a conjunction joins the verbs
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or not sent.start <= head.i < i:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = ctx.mention_at(subj.i) if subj is not None else None
    if subj is not None and ctx.lang == "id":
        # "Presiden Peru X tiba ...": the parse makes the title the subject, the name its
        # part; one name only ("Pendahulu X, Y, ..." names two: the word order tells better)
        found = {ctx.mention_at(t.i) for t in subj.subtree} - {None}
        # "X bersama ajudan Y terbang ke P dan menemui Z": the companion Y is no subject,
        # wherever the parse hangs it (under X, or as the subject with X left out)
        named = [x for x in found if ctx.resolve(x).type in types and _companion_of(ctx, x) is None]
        if not named:
            named = [c for x in found if (c := _companion_of(ctx, x)) is not None]
        m = named[0] if len(named) == 1 else None
    if m is None or ctx.resolve(m).type not in types:
        return None
    return m


def _sequenced_subject(ctx: Context, sent: Span, i: int, types: frozenset[str]) -> Mention | None:
    """ "X menabur bunga di pusara pejuang Y, kemudian menggelar perundingan dengan Z": a
    verb right after a comma and a word of sequence (the ``sequence_link`` cue) goes on
    from the sentence's first verb, whose subject it shares, whatever the parse made of the
    names between (Y, here a genitive the word order cannot tell from a subject)."""
    links = cue_words(ctx.lang, "sequence_link")
    k = i - 1
    if k > sent.start and ctx.doc[i].pos_ == "NOUN" and ctx.doc[k].pos_ == "VERB":
        k -= 1  # "kemudian menggelar [perundingan] dengan Z": the light verb's link
    if k <= sent.start or ctx.doc[k].lower_ not in links:
        return None
    if ctx.doc[k - 1].text != ",":
        return None
    first = next((t.i for t in ctx.doc[sent.start : k - 1] if t.pos_ == "VERB"), None)
    if first is None:
        return None
    m = left_agent(ctx, sent, first, types)
    return m if m is not None and ctx.resolve(m).type in types else None


def _controller(ctx: Context, sent: Span, i: int, types: frozenset[str]) -> Mention | None:
    """ "X mengapresiasi Y meluangkan waktu singgah ke P sebelum pulang ke Q untuk membuka
    forum di R": an infinitive with no subject of its own, in a chain of adverbial or
    complement clauses, is done by the subject of the nearest verb up the parse that has one
    (Y, the subject of the clause the chain hangs on), not by the sentence's first name (X).
    Nothing when that subject is not a person kg knows (the word order is read instead)."""
    verb = ctx.doc[i]
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subj is not None:
            m = ctx.mention_at(subj.i) or ctx.titled_at(subj.i)
            return m if m is not None and subj.i != verb.i and _acts(ctx, m, types) else None
        if verb.dep_ not in ("advcl", "xcomp"):
            return None  # not through a reported clause ("X said Y was due to meet Z")
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not sent.start <= verb.i < i:
            return None
    return None


def _companion_of(ctx: Context, m: Mention) -> Mention | None:
    """The person ``m`` accompanies, when a one-word companion word (the ``companion`` cue)
    and at most lower-case words (a role: "ajudan") stand between them: "X bersama
    ajudan Y"."""
    words = cue_words(ctx.lang, "companion")  # one-word entries are the ones a token matches
    start = ctx.starts_at(m)
    k = start - 1
    while k > 0 and start - k <= _COMPANION_REACH and ctx.doc[k].lower_ not in words:
        if not ctx.doc[k].is_lower:
            return None
        k -= 1
    if k <= 0 or ctx.doc[k].lower_ not in words:
        return None
    before = ctx.mention_at(k - 1)
    return before if before is not None and ctx.resolve(before).type == "Person" else None


#: Tokens from a companion word to the companion's name ("bersama ajudan Y").
_COMPANION_REACH = 3


def _participle_subject(ctx: Context, sent: Span, i: int, types: frozenset[str]) -> Mention | None:
    """ "X met Y at the palace, shortly after landing in P", "X memberi keterangan pers usai
    bertemu Menlu Y": a verb right after a subordinator inside the sentence (an English -ing
    form, or any Indonesian verb, which has no non-finite form) has no subject of its own; it
    is the subject of the verb the subordinator's clause hangs on in the parse (X), not the
    nearest name before it (Y, or the object "keterangan" that hides X from the word-order search).
    A subordinator opening the sentence is a fronted clause, read by
    ``_fronted_clause_subject``. A trigger noun that is the object of such a verb ("X called
    on Y before holding talks with Z") is read from its verb."""
    tok = ctx.doc[i]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and sent.start < tok.head.i < i:
        tok = tok.head
        i = tok.i
    finite_less = tok.tag_ == "VBG" if ctx.lang == "en" else tok.pos_ == "VERB"
    if (
        not finite_less
        or i - 1 <= sent.start
        or ctx.doc[i - 1].lower_ not in ctx.cues.subordinator
    ):
        return None
    head = tok.head
    for _ in range(3):  # up through the subordinator ("after" -> "called")
        if head.pos_ in ("VERB", "AUX") and head.i != i:
            break
        head = head.head
    else:
        return None
    if not sent.start <= head.i < i:
        return None  # the clause hangs on a verb after it: no main clause read yet
    # a passive verb's subject too, when its agent stands between and would be taken for the
    # nearest name: "X was greeted by Y after arriving in P" (X arrived, not Y)
    roles = ("nsubj", "nsubjpass") if any(c.dep_ == "agent" for c in head.children) else ("nsubj",)
    nsubj = next((c for c in head.children if c.dep_ in roles), None)
    while nsubj is None and head.dep_ in ("xcomp", "acomp") and head.head.i < head.i:
        # "X is due to sit down with A and B before flying back to P": the subject of the
        # verb the infinitive completes ("is due"), not one of the persons sat with
        head = head.head
        nsubj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if nsubj is None:
        return None
    m = ctx.mention_at(nsubj.i) or ctx.titled_at(nsubj.i)
    return m if m is not None and _acts(ctx, m, types) else None


def _fronted_clause_subject(
    ctx: Context, sent: Span, i: int, types: frozenset[str]
) -> Mention | None:
    """ "Sebelum bertemu Xi, Biden ...", "After meeting X, Y said", "Speaking to reporters in
    P, Y said": a clause opened by a subordinator (or by an English -ing verb that opens the
    sentence) before the first comma has the main clause's subject, named right after that
    comma."""
    start = i
    while start > sent.start and ctx.doc[start - 1].text != ",":
        start -= 1
    opening_participle = i == sent.start and ctx.doc[i].tag_ == "VBG"
    if not opening_participle and not any(
        ctx.doc[k].lower_ in ctx.cues.subordinator for k in range(start, i)
    ):
        return None
    comma = next((k for k in range(i, sent.end) if ctx.doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return None
    m = ctx.mention_at(comma + 1) or ctx.titled_at(comma + 1)
    if m is not None and ctx.resolve(m).type not in types:
        # "..., US President X said": the country opens X's title phrase
        m = ctx.titled_at(m.tok_end) if m.type == "Country" else None
    return m if m is not None and ctx.resolve(m).type in types else None


def with_coordinated(ctx: Context, subj: Mention) -> list[Mention]:
    """The subject and the persons coordinated before it ("A dan B bertemu X", "A serta B
    tiba di P", "A, B, dan C tiba di P"): each of them did it. A comma joins names only inside
    a list closed by "dan"/"serta" (alone it may be an apposition or end a fronted phrase),
    and never a name in object position. A slash with no space around it pairs two names
    ("A/B", a doubles pair) as "dan" does."""
    if (subj.is_pronoun and not _title_reference(ctx, subj)) or ctx.resolve(subj).type != "Person":
        return ctx.group(subj) + _members_apposed(ctx, subj)
    out = [subj]
    conjunction = frozenset(ctx.cues.coordination - {","})
    in_list = False
    while True:
        start = ctx.starts_at(out[0])
        start -= consort_before(ctx, start)  # "A dan istrinya B", "A and his wife B"
        start = _country_possessor_start(ctx, start)  # "A, Chile's B and Peru's C"
        link = start - 1
        if link >= 1 and (ctx.doc[link].lower_ in conjunction or _pair_slash(ctx.doc, link)):
            in_list = True
            if ctx.doc[link - 1].text == ",":  # "A, B, dan C": the list's last comma
                link -= 1
        elif not (in_list and link >= 1 and ctx.doc[link].text == ","):
            break
        before = ctx.mention_at(link - 1)
        if before is None and link >= 2 and ctx.doc[link - 1].text == ".":
            before = ctx.mention_at(link - 2)  # "Ferdinand Marcos Jr., dan": an abbreviation
        person = _person_of_country(ctx, before) if before is not None else None
        before = person or before  # "A of Chile and B": A
        if (
            before is None
            or (before.is_pronoun and not _title_reference(ctx, before))
            or ctx.resolve(before).type != "Person"
            or (in_object_position(ctx, before) and not _leads_delegation(ctx, before))
        ):
            break
        out.insert(0, before)
    if len(out) == 1:
        out = _opened_list_holding(ctx, subj) or out
    return out + _members_apposed(ctx, subj)


def _country_possessor_start(ctx: Context, start: int) -> int:
    """Where a list item opens whose name a country possesses ("Peru's C" in "A, Chile's B
    and Peru's C"): the country's first token, else ``start``."""
    if start < 2 or not is_possessive(ctx.doc[start - 1]):
        return start
    owner = ctx.mention_at(start - 2)
    if owner is None or ctx.resolve(owner).type != "Country":
        return start
    return owner.tok_start


def _opened_list_holding(ctx: Context, subj: Mention) -> list[Mention]:
    """ "..., termasuk A dan B, tiba": the persons of the list a list word opens, when the
    subject is its last (``_listed_before``); a list word is no verb, so A is no object."""
    sent = ctx.doc[subj.tok_start].sent
    start = ctx.starts_at(subj)
    for k in range(start - 1, max(sent.start, start - 3 * MAX_PERSON_GAP) - 1, -1):
        width = list_opener_at(ctx, k) if k > sent.start and ctx.doc[k - 1].text == "," else 0
        if width:
            named = right_chain(ctx, sent, k + width, PERSON, max_gap=1)
            return named if named and named[-1].index == subj.index else []
    return []


def _members_apposed(ctx: Context, subj: Mention) -> list[Mention]:
    """ "Skuad Peru, termasuk A dan B, tiba di P": the persons an apposition after a group's
    name lists, opened by a list word and closed by a comma, did what the group did."""
    k = subj.tok_end
    if subj.is_pronoun or k + 2 >= len(ctx.doc):
        return []
    opener = list_opener_at(ctx, k + 1) if ctx.doc[k].text == "," else 0
    if not opener:
        return []
    sent = ctx.doc[k].sent
    members = right_chain(ctx, sent, k + 1 + opener, PERSON, max_gap=1)
    closed = bool(members) and members[-1].tok_end < sent.end - 1
    return members if closed and ctx.doc[members[-1].tok_end].text == "," else []


#: Words between an apposition's closing comma and the verb ("langsung", "also").
_AFTER_APPOSITION = 2


def _listed_before(ctx: Context, sent: Span, i: int, types=PERSON) -> Mention | None:
    """ "Skuad Korea, termasuk A dan B, tiba di P", "The squad, including A and B, arrived":
    the clause's subject is a group kg does not read as an agent, and the apposition after it,
    opened by a list word and closed by a comma just before the verb at ``i``, names who did
    it: the last of them, so that ``with_coordinated`` gathers the list."""
    window = range(i - 1, max(sent.start, i - _AFTER_APPOSITION - 1) - 1, -1)
    close = next((k for k in window if ctx.doc[k].text == ","), None)
    if close is None or any(ctx.mention_at(k) for k in range(close + 1, i)):
        return None
    for k in range(close - 1, max(sent.start, close - 3 * MAX_PERSON_GAP) - 1, -1):
        width = list_opener_at(ctx, k) if ctx.doc[k - 1].text == "," else 0
        if not width:
            continue
        named = right_chain(ctx, sent, k + width, types, max_gap=1)
        last = named[-1] if named else None
        return last if last is not None and last.tok_end == close else None
    return None


def coordinated_after(ctx: Context, sent: Span, subj: Mention) -> list[Mention]:
    """The persons coordinated after ``subj`` in its sentence ("Setibanya di P, A dan
    istrinya, B, disambut Y": B; "In P, A and B were received by Y": B): the clause tells of
    them all, as ``with_coordinated`` reads it from the last of them."""
    me = ctx.resolve(subj).index
    out: list[Mention] = []
    for m in ctx.by_sent.get(ctx.sents.index(sent), []):
        if m.tok_start < subj.tok_end or m.is_pronoun or ctx.resolve(m).type != "Person":
            continue
        group = with_coordinated(ctx, m)
        if len(group) > 1 and any(ctx.resolve(g).index == me for g in group[:-1]):
            out.append(m)
    return out


def _pair_slash(doc: Doc, i: int) -> bool:
    """Token ``i`` is a slash written tight between two words ("Wibisono/Hakim")."""
    return doc[i].text == "/" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _person_of_country(ctx: Context, country: Mention) -> Mention | None:
    """The person named right before "of/dari <country>" ("President A of Chile"), or None."""
    k = country.tok_start - 1
    if country.type != "Country" or k < 1 or ctx.doc[k].lower_ not in OF_COUNTRY:
        return None
    person = ctx.mention_at(k - 1)
    return person if person is not None and person.type == "Person" else None


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
    trip_until = -1  # "untuk memulai lawatan ke P bersama Y": a trip's purpose, still the trip
    for k in range(i, c_end if stop is None else min(stop, c_end)):
        if ctx.doc[k].text == "," and k + 1 < len(ctx.doc) and ctx.doc[k + 1].pos_ == "AUX":
            return []  # "X, who flew in from P, was accompanied by Y": the main clause's
        for phrase in ctx.cues.companion:
            if tuple(t.lower_ for t in ctx.doc[k : k + len(phrase)]) == phrase:
                if k > 0 and ctx.doc[k - 1].lower_ in ctx.cues.talk_noun:
                    return []  # "dengan pembicaraan bersama Presiden Y": the talks' partner
                after = k + len(phrase)
                if after < len(ctx.doc) and ctx.doc[after].lower_ in ctx.cues.delegation:
                    # "bersama rombongan Pemda X": the delegation of a body came too
                    return right_chain(ctx, sent, after + 1, AGENT_TYPES, max_gap=1)
                return right_chain(ctx, sent, after, PERSON, max_gap=MAX_PERSON_GAP)
        if ctx.doc[k].lower_ in ctx.cues.purpose and _trip_follows(ctx, k + 1):
            trip_until = k + 3
            continue
        if (ctx.doc[k].pos_ == "VERB" and k > trip_until) or ctx.doc[k].lower_ in ctx.cues.purpose:
            return []
    return []


def companions_before(
    ctx: Context, sent: Span, subj: Mention, stop: int, *, relative: bool = True
) -> list[Mention]:
    """Companions between a subject the sentence names and its verb at ``stop`` ("A bersama
    Ibu Negara B disambut Y", "A bersama B meninjau banjir di P"): they did it too. None for
    a subject from an earlier sentence. A relative clause set off after the subject ("A, yang
    didampingi B, tiba di P", "A, who was accompanied by B, landed in P") is read from its
    first word, so that its pronoun does not end the clause the companions are in; not with
    ``relative`` off (who only accompanied a welcome "A, yang didampingi B, disambut Y" was
    there, but the welcome was A's)."""
    if not sent.start <= subj.tok_start < stop:
        return []
    start = past_relative_pronoun(ctx, subj.tok_end, stop) if relative else subj.tok_end
    return companions_after(ctx, sent, start, stop=stop)


def past_relative_pronoun(ctx: Context, i: int, stop: int) -> int:
    """``i``, or the token after ", yang"/", who" opening there: where a search for what a
    relative clause on the name before ``i`` tells begins."""
    if i + 1 < stop and ctx.doc[i].text == "," and ctx.doc[i + 1].lower_ in ctx.cues.relative:
        return i + 2
    return i


def _trip_follows(ctx: Context, k: int) -> bool:
    """A verb and a trip noun right after a purpose word ("untuk memulai lawatan", "to begin
    a tour"): the purpose is the trip itself."""
    words = ctx.doc[k : k + 3]
    return (
        len(words) > 1
        and words[0].pos_ == "VERB"
        and any(t.lower_ in ctx.cues.trip_noun for t in words[1:])
    )


def consort_before(ctx: Context, i: int) -> int:
    """Length of a spouse word ending right before token ``i`` ("istrinya", "his wife"), 0 if
    none: it joins a couple as a title joins a name."""
    comma = int(i > 0 and ctx.doc[i - 1].text == ",")  # "A dan istrinya, B, tiba di P"
    for phrase in ctx.cues.consort:
        n = len(phrase) + comma
        if i - n >= 0 and tuple(t.lower_ for t in ctx.doc[i - n : i - comma]) == phrase:
            return n
    return 0


#: Adjectives between "the" and a title word that still point back at its holder.
_DESCRIBING = frozenset({"visiting", "veteran", "new", "incoming", "current"})


def definite_description(ctx: Context, sent: Span, i: int) -> Mention | None:
    """ "The secretary is scheduled to ...", "Menteri itu ...": the person last named with a
    title containing that word. Not a place's name after a noun of place ("Menteri Kebudayaan
    Chile X ... setiba di ibu kota Chile itu"): that phrase is the place."""
    c_start, _ = ctx.clause_bounds(sent, i)
    words = [t.lower_ for t in ctx.doc[c_start:i]]
    for k, word in enumerate(words):
        j = k - 1
        while j > 0 and words[j] in _DESCRIBING:
            j -= 1  # "the visiting prime minister", "the veteran minister"
        definite = (
            (j >= 0 and words[j] == "the")
            or (k + 1 < len(words) and words[k + 1] in DEMONSTRATIVES)
            or (j >= 0 and words[j] in ctx.cues.entourage)  # "Rombongan gubernur tiba di P"
        )
        if not definite or not word.isalpha():
            continue
        if _place_phrase(ctx, c_start + k):
            continue  # "ibu kota Chile itu": the city, though a title holds the country's name
        titled = [
            m
            for m in ctx.mentions
            if m.type == "Person"
            and m.tok_start < sent.start
            and (
                (m.title and word in m.title.lower().split())
                or (m.text.split()[0].lower() == word and _title_word(ctx, word))
            )
        ]
        if titled:
            return titled[-1]
    return None


def _place_phrase(ctx: Context, i: int) -> bool:
    """Token ``i`` is a place's name after a noun of place ("ibu kota Chile itu", "kota Lima
    itu"): a phrase for the place, not a description of a person ("diplomat AS itu")."""
    named = ctx.mention_at(i)
    if named is None or ctx.resolve(named).type == "Person" or named.tok_start == 0:
        return False
    before = ctx.doc[named.tok_start - 1]
    return before.is_lower and before.lower_ in cue_words(ctx.lang, "place_noun_before")


def _title_word(ctx: Context, word: str) -> bool:
    """A one-word title of the lexicon that names often keep ("Queen X", "Pope
    Y"): "the Queen" later is that person."""
    return any(t.head and t.words == (word.capitalize(),) for t in load_titles(ctx.lang))


def possessor_before(ctx: Context, start: int) -> Mention | None:
    """ "Modi's (previous) visit": a person right before, marked possessive."""
    j = start - 1
    while j >= 0 and start - j <= 3:
        tok = ctx.doc[j]
        if tok.text in POSSESSIVE:
            m = ctx.mention_at(j - 1)
            return m if m is not None and ctx.resolve(m).type in AGENT_TYPES else None
        if not tok.is_lower:
            return None
        j -= 1
    return None
