"""Border frames: "X dan Y berbagi perbatasan", "X berbatasan dengan Y", "X, which shares a
border with Y", and the border as a noun with both sides named ("perbatasan A dan B", "the A-B
border", "A's border with B").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.extract.frames.objects import area_kind_at, right_chain
from kg.extract.frames.registry import add_relation, frame
from kg.extract.frames.subjects import in_object_position
from kg.extract.lexicon import Trigger
from kg.extract.model import Mention, is_possessive
from kg.nlp.lexicon import cue_words

__all__ = ["border_between", "places_share_border"]

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
    if left and _after_locative(ctx, left[-1]):
        left = []  # "gugusan itu berada di sisi utara A dan berbatasan dengan B": A is where
        # the subject lies, and an earlier place is no likelier its subject
    if _participle_on_noun(ctx, start):
        # "(went to) A, a small kingdom bordered by B and C": the noun's place, set off
        # before it, is the subject, wherever it stands
        j = _before_apposed_noun(ctx, start - 1)
        described = ctx.mention_at(j - 1) if j < start - 1 and ctx.doc[j].text == "," else None
        left = [described] if described is not None and _border_end(ctx, described) else []
    after = _after_measure(ctx, sent, end)
    after += area_kind_at(ctx, after, adjectives=1)  # "dengan provinsi baru P"
    right = [
        obj
        for obj in right_chain(ctx, sent, after, _BORDER_TYPES, max_gap=1)
        if _border_end(ctx, obj)
    ]
    if after < len(ctx.doc) and ctx.doc[after].lower_ in ctx.cues.locative:
        right = []  # "A dan B berbatasan langsung di Pulau Timor": where, not with whom
    head = _relative_place(ctx, c_start, start)
    if head is None and _relative_of_common_noun(ctx, start):
        return  # "trade with a nation that shares a frontier with A": no place named as subject
    if head is not None and left and left[-1].index == head.index:
        if _one_apposed(ctx, head, start):
            left = [head]  # "A dan B, negara yang berbatasan dengan C": B's clause alone
    if head is not None and (not left or left[-1].index != head.index):
        left = [head]  # "tiba dari Chad, yang berbatasan dengan Sudan": the clause's head
        before = _coordinated_before(ctx, head)
        singular = ctx.doc[start].tag_ == "VBZ" or _one_apposed(ctx, head, start)
        if before is not None and not singular:
            left = [before, head]  # "A and B, which share a border" ("which shares": B's)
    if _country_reference_before(ctx, c_start, start):
        # "The country is bordered by A and B", "and it shares a border with C": the
        # country the text goes on about, never a place named earlier in the clause
        topic = _topic_country(ctx, sent)
        if topic is None:
            return
        left = [topic]
    if after != end and not right:
        return  # "A and B, which share frontiers with rebel-held C": a neighbour kg did not
        # read, not each other
    if len(left) >= 2 and _coordinated(ctx, left[-2], left[-1]):
        a, b = left[-2], left[-1]
        if not right:  # "A dan B berbatasan": each other
            add_relation(ctx, sent, trig, a, b)
        for obj in right:  # "A dan B, dua negara yang berbatasan dengan C": each with C
            add_relation(ctx, sent, trig, a, obj)
            add_relation(ctx, sent, trig, b, obj)
        return
    if not left or _pair_phrase_subject(ctx, start) or _pair_phrase_subject(ctx, end - 1):
        # "the frontier both neighbours share": the phrase inside the trigger is its subject
        pair = _country_pair_before(ctx, sent, c_start, start, end)
        if pair is not None and not right:  # "The two countries share a border": each other
            add_relation(ctx, sent, trig, *pair)
        for obj in right if pair is not None else ():  # "Both countries border C"
            add_relation(ctx, sent, trig, pair[0], obj)
            add_relation(ctx, sent, trig, pair[1], obj)
        return
    subject = left[-1]
    for obj in right:
        add_relation(ctx, sent, trig, subject, obj)


def _participle_on_noun(ctx: Context, start: int) -> bool:
    """ "the first Bolivian leader to tour this large country bordered by A": a participle on
    the common noun right before it has that noun as its subject, not a place named before."""
    before = ctx.doc[start - 1] if start > 0 else None
    return (
        ctx.doc[start].tag_ == "VBN"
        and before is not None
        and before.pos_ == "NOUN"
        and ctx.mention_at(before.i) is None
    )


def _after_locative(ctx: Context, m: Mention) -> bool:
    """A place after "di/in" (and at most two lower-case words): where the subject lies, not
    the subject ("gugusan itu berada di sisi utara A dan berbatasan dengan B")."""
    k = ctx.starts_at(m) - 1
    while k >= 0 and ctx.starts_at(m) - k <= 3 and ctx.doc[k].is_lower:
        if ctx.doc[k].lower_ in ctx.cues.locative:
            return True
        k -= 1
    return False


def _pair_phrase_subject(ctx: Context, start: int) -> bool:
    """A phrase for two countries (the ``country_pair`` cue) ends right before the trigger,
    only auxiliaries or adverbs between ("..., and both nations have a border"): the
    pair is the subject, whatever countries the clause named before it."""
    end = start
    while end > 0 and ctx.doc[end - 1].pos_ in ("AUX", "ADV", "PART"):
        end -= 1
    return any(
        tuple(t.lower_ for t in ctx.doc[max(0, end - len(p)) : end]) == p
        for p in ctx.cues.country_pair
    )


def _country_reference_before(ctx: Context, c_start: int, start: int) -> bool:
    """A phrase for one country (the ``country_reference`` cue: "it", "the landlocked country",
    "negara itu") ends right before the trigger, only auxiliaries or adverbs between, and
    opens its clause (at its start, or after "and" or a comma)."""
    end = start
    while end > c_start and ctx.doc[end - 1].pos_ in ("AUX", "ADV", "PART"):
        end -= 1
    words = tuple(t.lower_ for t in ctx.doc[c_start:end])
    for phrase in ctx.cues.country_reference:
        k = end - len(phrase)
        if k < c_start or words[k - c_start :] != phrase:
            continue
        if k == c_start or ctx.doc[k - 1].pos_ in ("CCONJ", "PUNCT"):
            return True
    return False


def _topic_country(ctx: Context, sent: Span) -> Mention | None:
    """The country a sentence opens with, else the first country of the sentence before it:
    what a "the country" or an "it" further on stands for."""
    idx = ctx.sents.index(sent)
    for s in (idx, idx - 1):
        if s < 0:
            return None
        for m in ctx.by_sent.get(s, []):
            if s == idx and ctx.starts_at(m) > sent.start + 1:
                break  # only a country opening this sentence ("Chad ..., and it borders ...")
            if m.type == "Country" and not m.is_pronoun and not m.is_demonym:
                return m
    return None


def _border_end(ctx: Context, m: Mention) -> bool:
    """A country or region (or a place of unknown kind), not a village named as one, nor a
    sea or strait ("Pulau X berbatasan dengan Laut Y", "the Indian Ocean" where
    the model took only "Indian": a coast, no border)."""
    if m.is_pronoun or m.type not in _BORDER_TYPES:
        return False
    words = {t.lower_ for t in ctx.doc[m.tok_start : min(len(ctx.doc), m.tok_end + 1)]}
    return ctx.doc[m.tok_start].lower_ not in ctx.cues.village_words and not (
        words & ctx.cues.water_body
    )


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
        add_relation(ctx, sent, trig, *pair)
        for other in _more_neighbours(ctx, sent, pair[1]):
            add_relation(ctx, sent, trig, pair[0], other)


def _more_neighbours(ctx: Context, sent: Span, b: Mention) -> list[Mention]:
    """ "A's border with B, C and D": the places coordinated after the first neighbour (a list
    closed by "and"/"dan"), each a neighbour of A too."""
    listed = right_chain(ctx, sent, b.tok_start, _BORDER_TYPES, max_gap=1)
    if len(listed) < 2 or listed[0].index != b.index:
        return []
    last = listed[-1]
    before = ctx.doc[ctx.starts_at(last) - 1].lower_
    closed = before in ctx.cues.coordination and before != ","
    return [m for m in listed[1:] if _border_end(ctx, m)] if closed else []


def _border_side(ctx: Context, k: int, demonym: bool = False) -> Mention | None:
    m = ctx.mention_at(k) if k >= 0 else None
    if m is None or not _border_end(ctx, m) or (m.is_demonym and not demonym):
        return None
    return m


def _sides_after(ctx: Context, sent: Span, end: int) -> tuple[Mention, Mention] | None:
    """ "perbatasan (antara) A dan/-/dengan B", "border between A and B"."""
    k = end
    if k < sent.end and ctx.doc[k].lower_ in cue_words(ctx.lang, "border_kind"):
        k += 1  # "perbatasan darat A dan B", "perbatasan antarnegara A-B"
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
    """ "the A-B border" (two sides joined by a hyphen before the noun), "A's border with B",
    "A ... its border with B" (the clause's country before the possessive pronoun: "P closed
    its frontier with Q")."""
    b = _border_side(ctx, start - 1, demonym=True)
    if b is not None and b.tok_end == start and b.tok_start >= 2:
        if ctx.doc[b.tok_start - 1].text in _PAIR_LINKS:
            # "the Russian-Azerbaijani border": demonyms joined by a hyphen name both sides
            a = _border_side(ctx, b.tok_start - 2, demonym=True)
            if a is not None and a.tok_end == b.tok_start - 1:
                return a, b
    mark = start - 1
    while mark > 0 and start - mark <= _BORDER_ADJECTIVES and _describes_border(ctx.doc[mark]):
        mark -= 1  # "Peru's northern border with Ecuador", "its long border with B"
    owner = None
    if mark >= 1 and is_possessive(ctx.doc[mark]):
        owner = _border_side(ctx, mark - 1)
    elif mark >= 1 and ctx.doc[mark].lower_ in _ITS:
        owner = _clause_country(ctx, sent, mark)
    if owner is not None and end < sent.end and ctx.doc[end].lower_ in ctx.cues.border_link:
        k = end + 1 + (end + 1 < sent.end and ctx.doc[end + 1].lower_ == "the")
        b = _border_side(ctx, k)
        if b is not None and b.tok_start == k:
            return owner, b
    return None


#: Possessive pronouns of a country ("P closed its frontier with Q").
_ITS = frozenset({"its"})


def _clause_country(ctx: Context, sent: Span, k: int) -> Mention | None:
    """The only country named in the clause before token ``k`` (its subject, "P closed its
    frontier with Q"), else None."""
    c_start, _ = ctx.clause_bounds(sent, k)
    found = {
        m.kb_id: m
        for m in ctx.by_sent.get(ctx.sents.index(sent), [])
        if c_start <= m.tok_start < k and m.type == "Country" and not m.is_demonym and m.kb_id
    }
    return next(iter(found.values())) if len(found) == 1 else None


#: Adjectives that may stand between "'s" and the border noun.
_BORDER_ADJECTIVES = 2


def _describes_border(tok: Token) -> bool:
    """A lower-case adjective of the border ("northern", "long", "porous")."""
    return tok.is_lower and tok.is_alpha and tok.pos_ == "ADJ"


def _relative_place(ctx: Context, c_start: int, start: int) -> Mention | None:
    """ "Poland, which shares ...", "Polandia, yang berbatasan ...": the place the relative
    pronoun right before the trigger stands for (the clause break may sit on the pronoun); an
    adverb may stand between ("which also shares", "which itself shares", "yang juga")."""
    k = start - 1
    while k >= max(c_start, 1) and start - k <= 2 and _adverb(ctx.doc[k]):
        k -= 1
    if k < 0 or ctx.doc[k].lower_ not in ctx.cues.relative_thing:
        return None
    k -= 1
    k = _before_apposed_noun(ctx, k)
    if k >= 0 and ctx.doc[k].text == ",":
        k -= 1
    m = ctx.mention_at(k) if k >= 0 else None
    if m is None and k >= 1 and ctx.doc[k].lower_ in cue_words(ctx.lang, "area_kind"):
        m = ctx.mention_at(k - 1)  # "Tarija province, which borders ...": the name before
    locative = _locative_before(ctx, m) if m is not None else None
    if locative is not None:
        # "A, negara kecil di Eropa Timur yang berbatasan ...", "A, a country in Central Asia
        # that borders ...", "A adalah negara pesisir di kawasan R yang ...": the region
        # where the noun lies is not what the clause describes; with no such noun ("berada di
        # A, yang berbatasan ...") the clause is A's
        j = _before_apposed_noun(ctx, locative)
        if j < locative:
            m = ctx.mention_at(j - 1) if j >= 1 else None
    m = _addressed_place(ctx, m)
    return m if m is not None and m.type in _BORDER_TYPES and not m.is_pronoun else None


def _relative_of_common_noun(ctx: Context, start: int) -> bool:
    """The trigger opens a relative clause on a common noun that no place names ("a nation
    that shares a frontier with A", "negara yang berbatasan dengan A" with no name before): the
    subject is that noun, which kg cannot tell; a place named earlier is not it."""
    k = start - 1
    while k > 0 and start - k <= 2 and (_adverb(ctx.doc[k]) or ctx.doc[k].pos_ == "VERB"):
        k -= 1  # "that also shares a frontier with A": the verb before the border noun
    if k < 1 or ctx.doc[k].lower_ not in ctx.cues.relative_thing:
        return False
    noun = ctx.doc[k - 1]
    if not (noun.is_lower and noun.pos_ == "NOUN" and ctx.mention_at(noun.i) is None):
        return False
    j = noun.i
    while j > 0 and noun.i - j < _MAX_APPOSED and ctx.doc[j - 1].is_lower:
        j -= 1  # the noun phrase's first word ("dua negara", "a landlocked country")
    before = ctx.doc[j - 1] if j > 0 else None
    # "A dan B, dua negara yang berbatasan dengan C": a noun set off after a place is its;
    # "A merupakan provinsi yang berbatasan dengan B": a predicate noun is its subject's
    if before is not None and before.text == ",":
        return not (j > 1 and (m := ctx.mention_at(j - 2)) is not None and m.type in _BORDER_TYPES)
    copulas = cue_words(ctx.lang, "copula")
    return not any(t.lower_ in copulas for t in ctx.doc[j : noun.i])


def _one_apposed(ctx: Context, head: Mention, start: int) -> bool:
    """ "konflik di A dan B, negara yang berbatasan dengan C": a bare noun set off after the
    pair ("negara", "wilayah") with no word of number ("dua", "kedua", a reduplicated
    "negara-negara") describes the nearer place only, as English "which shares" does."""
    between = ctx.doc[head.tok_end : start]
    nouns = [t for t in between if t.is_lower and t.pos_ == "NOUN"]
    if ctx.lang != "id" or not nouns:
        return False
    return not any(t.lower_ in ctx.cues.plural_count or "-" in t.text for t in between)


def _addressed_place(ctx: Context, m: Mention | None) -> Mention | None:
    """ "ke A, Kabupaten B, wilayah yang berbatasan dengan C": a region set off by commas after
    a place is that place's address; the relative clause describes the place (A), not the
    region that holds it."""
    if m is None or m.type != "Region" or m.tok_start < 2 or ctx.doc[m.tok_start - 1].text != ",":
        return m
    before = ctx.mention_at(m.tok_start - 2)
    if before is None or before.is_pronoun or before.type not in _BORDER_TYPES:
        return m
    return before if before.type != "Country" else m


def _adverb(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """An adverb or a reflexive ("also", "itself", "juga") between a relative pronoun and its
    verb."""
    return tok.pos_ == "ADV" or tok.lower_ in ("itself", "themselves")


#: Words of a common-noun apposition between a place and its relative pronoun.
_MAX_APPOSED = 5
_APPOSED_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "NUM"})


#: Lower-case words between a locative and the place it opens ("di kawasan A", "in the A").
_LOCATIVE_REACH = 2


def _locative_before(ctx: Context, m: Mention) -> int | None:
    """The token before the locative that opens ``m``'s phrase ("negara [di] kawasan A"), a
    lower-case word or two between at most; None when none does."""
    k = m.tok_start - 1
    while k >= 1 and m.tok_start - k <= _LOCATIVE_REACH + 1:
        if ctx.doc[k].lower_ in ctx.cues.locative:
            return k - 1
        if not ctx.doc[k].is_lower:
            return None
        k -= 1
    return None


def _before_apposed_noun(ctx: Context, k: int) -> int:
    """ "Niger, negeri gurun tanpa laut yang berbatasan ...", "Chad, a landlocked country
    that borders ...": the token before a common-noun phrase set off by a comma, ending at
    ``k``, so the relative clause reaches the place it describes; ``k`` when there is none."""
    copula = cue_words(ctx.lang, "copula")  # "Peru adalah negara ...", "Peru is a country"
    j = k
    while (
        j >= 0
        and k - j < _MAX_APPOSED
        and ctx.doc[j].is_lower
        and ctx.doc[j].is_alpha
        and ctx.doc[j].lower_ not in copula
    ):
        if ctx.doc[j].pos_ not in _APPOSED_POS and not _superlative(ctx.doc[j]):
            return k
        j -= 1
    if j == k or j < 0 or ctx.doc[j + 1].pos_ not in ("NOUN", "DET"):
        return k
    return j if ctx.doc[j].text == "," or ctx.doc[j].lower_ in copula else k


def _superlative(tok: Token) -> bool:
    """ "negara bagian terkecil": the Indonesian superlative (ter- on an adjective) that the
    tagger reads as a verb, inside an apposed noun phrase."""
    return (
        tok.lang_ == "id"
        and tok.pos_ == "VERB"
        and tok.lower_.startswith("ter")
        and tok.dep_ == "amod"
    )


def _after_measure(ctx: Context, sent: Span, end: int) -> int:
    """The token after a border word's "with"/"dengan", past a length or an adverb before it
    ("a border of some 500 km with Y", "perbatasan sepanjang 1.300 km dengan Y", "a frontier
    only with Y"), so that the neighbours' list starts there ("with both A and B", "with the
    Philippines"); ``end`` when no link follows."""
    k = end
    while k < sent.end and k - end < 10:
        tok = ctx.doc[k]
        if tok.lower_ in ctx.cues.border_link:
            return k + 1
        if not (
            tok.like_num
            or tok.lower_ in ctx.cues.measure
            or tok.text in ("-", "(", ")")
            or (tok.pos_ == "ADV" and k - end < 2)
        ):
            return end
        k += 1
    return end


def _country_pair_before(
    ctx: Context, sent: Span, c_start: int, start: int, end: int
) -> tuple[Mention, Mention] | None:
    """ "Kedua negara berbagi perbatasan", "Both nations share a border": a
    phrase for two countries (the ``country_pair`` cue) before the trigger in its clause, or
    as the head of its relative pronoun, stands for the last two countries the text joined
    by "dan/and", in this sentence before the phrase or in the two sentences before it; or,
    failing that, for the only two countries named in this sentence before the phrase, or,
    where it names none, in the sentence before."""
    words = [t.lower_ for t in ctx.doc[sent.start : end]]  # the phrase may be inside the trigger
    at = next(
        (
            sent.start + k
            for k in range(len(words))
            for p in ctx.cues.country_pair
            if tuple(words[k : k + len(p)]) == p
            and (sent.start + k >= c_start or _heads_relative(ctx, sent.start + k + len(p), start))
        ),
        None,
    )
    if at is None:
        return None
    idx = ctx.sents.index(sent)
    named: list[list[Mention]] = []
    for s in (idx, idx - 1, idx - 2):
        if s < 0:
            break
        places = [
            m
            for m in ctx.by_sent.get(s, [])
            if m.type == "Country" and not m.is_pronoun and (s != idx or m.tok_end <= at)
        ]
        named.append(places)
        for a, b in reversed(list(zip(places, places[1:], strict=False))):
            if _coordinated(ctx, a, b) and a.kb_id != b.kb_id:
                return a, b
    # "A sells most of its gas to B, and both nations share ...": exactly two countries
    # named in this sentence before the phrase (a sentence before may be about other
    # countries than the pair the article is about)
    distinct = {m.kb_id: m for m in named[0] if m.kb_id} if named else {}
    if not distinct and len(named) > 1:
        # "X visited Nepal, India's neighbour. The two nations share ...": a sentence naming no
        # country before the phrase speaks of the only two the sentence before it named
        distinct = {m.kb_id: m for m in named[1] if m.kb_id}
    if len(distinct) != 2:
        # "X spoke of India's aid to Nepal. ... The two nations share ...": with no pair near,
        # the phrase stands for the story's two countries, where the text so far names only two
        distinct = {}
        for s in range(idx + 1):
            for m in ctx.by_sent.get(s, []):
                before = s != idx or m.tok_end <= at
                if m.type == "Country" and not m.is_pronoun and m.kb_id and before:
                    distinct.setdefault(m.kb_id, m)
    if len(distinct) == 2:
        a, b = sorted(distinct.values(), key=lambda m: (m.sent_index, m.tok_start))
        return a, b
    return None


def _heads_relative(ctx: Context, end: int, start: int) -> bool:
    """Only a comma and a relative pronoun between a phrase's end and the trigger."""
    return all(t.text == "," or t.lower_ in ctx.cues.relative_thing for t in ctx.doc[end:start])


def _coordinated_before(ctx: Context, m: Mention) -> Mention | None:
    """The place joined to ``m`` by "dan"/"and" right before it ("A and B"), if any."""
    k = m.tok_start - 1
    if k < 1 or ctx.doc[k].lower_ not in ctx.cues.coordination or ctx.doc[k].text == ",":
        return None
    before = ctx.mention_at(k - 1)
    if before is None or before.is_pronoun or before.type not in _BORDER_TYPES:
        return None
    return before if _coordinated(ctx, before, m) else None


def _coordinated(ctx: Context, a: Mention, b: Mention) -> bool:
    between = ctx.doc[a.tok_end : b.tok_start]
    return 0 < len(between) <= 2 and all(t.lower_ in ctx.cues.coordination for t in between)
