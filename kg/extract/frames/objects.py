"""Objects: the mentions a trigger points at, to its right.

``right_chain`` reads the names after a trigger with their coordination ("ke Kazakhstan dan
Uzbekistan", "Presiden X dan Perdana Menteri Y") and appositions ("Tashkent, Uzbekistan",
"Astana, ibu kota Kazakhstan"), stepping over title words and places that only describe.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.extract.frames.places import hyphen_paired, in_another_country
from kg.extract.model import Mention, is_possessive
from kg.ingest.metadata import calendar_lexicon
from kg.nlp.components import unit_number_at
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import cue_phrases, cue_words, facility_words, phrase_at

__all__ = [
    "MAX_GAP",
    "MAX_PERSON_GAP",
    "OF_COUNTRY",
    "PERSON",
    "area_kind_at",
    "list_opener_at",
    "right_chain",
]

#: The entity types of a person role (the default of the subject finders).
PERSON = frozenset({"Person"})
#: Tokens ``right_chain`` may cross before a place; ``MAX_PERSON_GAP`` before a person.
MAX_GAP = 4
MAX_PERSON_GAP = 10


def right_chain(
    ctx: Context, sent: Span, i: int, types: frozenset[str], max_gap: int = MAX_GAP
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
            capital = _capital_after_demonym(ctx, m, types)
            if capital is not None:
                found.extend(ctx.group(m))  # "to the Kenyan capital, Nairobi": both places
                j = capital.tok_start
                continue
            j = m.tok_end  # "to land Armenian troops hold": an adjective, not the place
            gap += 1
            continue
        noun = _place_noun_after(ctx, m, types) if m is not None and not found else None
        if noun is not None:
            # "the Kurdistan city of Erbil", "Bali's main city of Denpasar": both places;
            # "the Caspian port of Baku": the sea only says where the port is
            if not _water_body(ctx, m):
                found.extend(ctx.group(m))
            j = noun + 2
            continue
        opener = list_opener_at(ctx, j) if not found and m is None else 0
        if opener:
            j += opener  # "bertemu para menteri, antara lain Menlu X": the list starts here
            gap = 0
            continue
        if not found and _place_noun_of(ctx, j, types):
            j += 2  # "to the port city of P": the name after "of" is the place
            continue
        after = _after_facility(ctx, sent, j, types) if not found and m is None else None
        if after is not None:
            j = after  # "di Bandara Internasional X, Jeddah": the city after the facility
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
        if (
            m is None
            and word.lower_ in ctx.cues.complementizer
            and (ctx.lang == "id" or word.dep_ == "mark")
        ):
            break  # "kata X kepada wartawan bahwa Presiden Y": Y is the clause's, not the verb's
        if m is None and word.lower_ in ctx.cues.contrast_clause:
            break  # "to meet envoys there, while Y held ...": another clause's subject
        if m is None and types == PERSON and _marks_clause(ctx, word):
            break  # "bertemu ketika Y menghadiri ...": Y is the clause's subject, not met
        if m is None and types == PERSON and phrase_at(ctx.doc, j, ctx.cues.companion):
            break  # "received the team along with Y": Y received it too, no one Y met
        if m is None and _topic_of_talks(ctx, j):
            break  # "went to the palace for talks on P": P is the talks' topic
        if m is None and j > i and word.lower_ in ctx.cues.topic_opener:
            break  # "mengunjungi pameran tentang sejarah P": what it is about, not where
        if m is None and word.text in _CLOSING_QUOTES and _quote_closes(ctx, j):
            break  # '"... will meet again soon," Y said': Y speaks, after the quotation
        gap += 1
        if gap > max_gap:
            break
        # Another entity on the way (a title's country, a venue: "to the G7 summit in
        # Biarritz") counts as one step of the gap.
        j = m.tok_end if m is not None else j + 1
    persons = types == PERSON
    if not found or not persons:
        later = _listed_after_group(ctx, sent, i, persons)
        if later is not None:
            listed = right_chain(ctx, sent, later, types, max_gap=1)
            found += [m for m in listed if m not in found]
        elif persons and not found:
            found += members_in_next_sentence(ctx, sent, i)
    return found


def _topic_of_talks(ctx: Context, j: int) -> bool:
    """A meeting noun (``talk_noun``) at ``j`` and a topic preposition (``topic_preposition``)
    right after it: what follows is what the talks were about."""
    return (
        j + 1 < len(ctx.doc)
        and ctx.doc[j].lower_ in ctx.cues.talk_noun
        and ctx.doc[j + 1].lower_ in cue_words(ctx.lang, "topic_preposition")
    )


def _marks_clause(ctx: Context, word: Token) -> bool:
    """A subordinator the parse makes a clause's marker ("ketika", "when"): what follows is
    that clause's."""
    return word.dep_ == "mark" and word.lower_ in ctx.cues.subordinator


def members_in_next_sentence(ctx: Context, sent: Span, i: int) -> list[Mention]:
    """ "Gubernur menerima tiga bupati ... . Mereka adalah A, B, dan C":
    a group noun at ``i`` (after a number or quantifier, the ``group_noun`` cue) that the
    next sentence opens by naming (the ``members_intro`` cue) stands for those persons."""
    doc = ctx.doc
    j = _group_noun_at(ctx, sent, i, ctx.cues.group_noun)
    if j is None or j == i:
        return []  # a bare "menteri" is a title, not a group: a number or "para" makes one
    index = ctx.sents.index(sent)
    if index + 1 >= len(ctx.sents):
        return []
    nxt = ctx.sents[index + 1]
    words = tuple(t.lower_ for t in doc[nxt.start : nxt.start + 5])
    opener = next((len(p) for p in ctx.cues.members_intro if words[: len(p)] == p), 0)
    if not opener:
        return []
    return right_chain(ctx, nxt, nxt.start + opener, PERSON, max_gap=1)


def _group_noun_at(ctx: Context, sent: Span, i: int, nouns: frozenset[str]) -> int | None:
    """The token of a group noun (one of ``nouns``) at ``i``, after any number, article or
    quantifier ("dua pemimpin", "para menteri", "the three guests"), or None."""
    j = i
    while j < sent.end and (ctx.doc[j].like_num or ctx.doc[j].pos_ in ("DET", "NUM")):
        j += 1
    return j if j < sent.end and ctx.doc[j].lower_ in nouns else None


def _listed_after_group(ctx: Context, sent: Span, i: int, persons: bool) -> int | None:
    """ "menerima dua pemimpin yang hadir di P ..., yakni A dan B", "mengunjungi tiga kota di
    X, yakni A, B dan C": persons or places named by a group noun (the lexicon's
    ``group_noun`` or ``place_group_noun`` cue, after a number or quantifier) right at ``i``
    are the ones a list opener later in the sentence names; the token after the opener, or
    None."""
    doc = ctx.doc
    nouns = ctx.cues.group_noun if persons else ctx.cues.place_group_noun
    j = _group_noun_at(ctx, sent, i, nouns)
    if j is None:
        return None
    for k in range(j + 1, sent.end):
        if doc[k].text == ";":
            return None
        opener = list_opener_at(ctx, k)
        if opener and k > 0 and doc[k - 1].text in (",", ":", "("):
            return k + opener
        if doc[k].text == ":":
            return k + 1  # "received three guests: A, B and C"
    return None


_CLOSING_QUOTES = frozenset({'"', "”", "’"})


def _quote_closes(ctx: Context, j: int) -> bool:
    """The quotation mark at ``j`` closes a quotation: a closing curly mark, or a straight one
    written against the word before it (',"', 'person"'), as an opening one never is."""
    tok = ctx.doc[j]
    return tok.text == "”" or (j > 0 and ctx.doc[j - 1].whitespace_ == "" and tok.text != "“")


def list_opener_at(ctx: Context, j: int) -> int:
    """Length of a phrase opening a list of examples at token ``j`` ("antara lain",
    "termasuk", "including", "among them"; the lexicon's ``list_opener`` cue), else 0."""
    words = tuple(t.lower_ for t in ctx.doc[j : j + 3])
    return next((len(p) for p in ctx.cues.list_opener if words[: len(p)] == p), 0)


#: Tokens a facility's name may span before the comma that ends it.
_FACILITY_NAME = 7


def _after_facility(ctx: Context, sent: Span, j: int, types: frozenset[str]) -> int | None:
    """ "di Bandara Internasional X, Jeddah", "at Pangkalan TNI AU Halim, Jakarta": a
    facility word at ``j`` opens a facility's name, which is no place of the gazetteer; the
    place after the comma that closes it is where the facility stands. The token after that
    comma, or None when no such comma follows within a name's length, a verb comes first, or
    the name holds a place itself ("di Istana Bogor, Jawa Barat": Bogor is read as it is)."""
    if ctx.doc[j].lower_ not in facility_words():
        return None
    for k in range(j + 1, min(sent.end, j + _FACILITY_NAME + 1)):
        tok = ctx.doc[k]
        if tok.text == ",":
            return k + 1
        m = ctx.mention_at(k)
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct or (m and ctx.resolve(m).type in types):
            return None
    return None


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


def _capital_after_demonym(ctx: Context, m: Mention, types: frozenset[str]) -> Mention | None:
    """ "the Kenyan capital, Nairobi", "the Thai capital Bangkok": the city after a country's
    demonym and "capital" (its capital by the gazetteer, or a city it does not know), so the
    country is named as a place too; None for any other noun after the demonym."""
    doc, k = ctx.doc, m.tok_end
    if m.type != "Country" or "Country" not in types or doc[k].lower_ != "capital":
        return None
    k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ",")
    city = ctx.mention_at(k) if k < len(doc) else None
    if city is None or ctx.resolve(city).type != "City":
        return None
    entry = load_gazetteer().get(city.kb_id) if city.kb_id else None
    return city if entry is None or entry.capital_of == m.kb_id else None


def _water_body(ctx: Context, m: Mention) -> bool:
    """A sea, strait or ocean by its words (the ``water_body`` cue): no place one visits."""
    return bool({t.lower_ for t in ctx.doc[m.tok_start : m.tok_end]} & ctx.cues.water_body)


def _place_noun_after(ctx: Context, m: Mention, types: frozenset[str]) -> int | None:
    """The place noun right after a place's name, past its "'s" and up to two adjectives
    ("Bali's main city of Denpasar"), when a place's name follows it with "of"; None."""
    k = m.tok_end
    if k < len(ctx.doc) and is_possessive(ctx.doc[k]):
        k += 1
    for _ in range(2):
        if k < len(ctx.doc) and ctx.doc[k].pos_ == "ADJ" and ctx.doc[k].is_lower:
            k += 1
    return k if _place_noun_of(ctx, k, types) else None


def _place_noun_of(ctx: Context, j: int, types: frozenset[str]) -> bool:
    """ "the city of Lviv", "the port city of P": a place noun and "of" before a place's name."""
    doc = ctx.doc
    return (
        types != PERSON
        and j + 2 < len(doc)
        and doc[j].lower_ in ctx.cues.place_noun
        and doc[j + 1].lower_ == "of"
        and ctx.mention_at(j + 2) is not None
        and ctx.resolve(ctx.mention_at(j + 2)).type in types
    )


#: What a title may name between a list's link and the next titled name.
_TITLE_BODIES = frozenset({"Country", "Organization", "City", "Region", "Place"})


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


def _possessor(ctx: Context, m: Mention) -> bool:
    return m.tok_end < len(ctx.doc) and is_possessive(ctx.doc[m.tok_end])


def _demonym_ends(ctx: Context, j: int) -> bool:
    m = ctx.mention_at(j - 1) if j > 0 else None
    return m is not None and m.is_demonym and m.type == "Country"


#: Words that put a person's country right after the name ("President X of Chile").
OF_COUNTRY = frozenset({"of", "dari"})


def _country_after_person(ctx: Context, k: int) -> bool:
    """ "of Chile" at token ``k``, right after a person in a list: the person's country,
    which the list goes on after ("Foreign Minister A of Chile and Foreign Minister B")."""
    if k + 1 >= len(ctx.doc) or ctx.doc[k].lower_ not in OF_COUNTRY:
        return False
    m = ctx.mention_at(k + 1)
    return m is not None and m.tok_start == k + 1 and m.type == "Country"


def _side_phrase_end(ctx: Context, sent: Span, k: int) -> int | None:
    """The end of a side phrase starting at token ``k`` ("di sebelah barat", "to the west"):
    words of the ``side_word`` and ``compass_point`` cues with at least one compass word,
    before a list's link or its end; else None."""
    words = ctx.cues.side_word | ctx.cues.compass_point
    end = k
    while end < sent.end and end - k < 5 and ctx.doc[end].lower_ in words:
        end += 1
    if end == k or not any(t.lower_ in ctx.cues.compass_point for t in ctx.doc[k:end]):
        return None
    return end


#: Tokens from the end of a list item to the next one: a link word, then for persons the
#: next one's title ("dan Menteri Energi, Air, dan Tambang Peru X").
_LINK_REACH = 6
_PERSON_LINK_REACH = 10


def area_kind_at(ctx: Context, k: int, adjectives: int = 0) -> int:
    """Tokens of a lower-case kind of area at ``k`` (the lexicon's ``area_kind``: "negara
    bagian", "provinsi") with a name right after it, else 0; up to ``adjectives`` lower-case
    adjectives or prepositions may stand between ("provinsi baru X", "the state of Y")."""
    n = phrase_at(ctx.doc, k, cue_phrases(ctx.lang, "area_kind"))
    if not n or not all(t.is_lower for t in ctx.doc[k : k + n]):
        return 0
    for extra in range(adjectives + 1):
        j = k + n + extra
        if j < len(ctx.doc) and ctx.mention_at(j) is not None:
            return n + extra
        if j >= len(ctx.doc) or not (ctx.doc[j].is_lower and ctx.doc[j].pos_ in ("ADJ", "ADP")):
            return 0
    return 0


def _day_phrase_end(ctx: Context, sent: Span, k: int) -> int | None:
    """The token after a weekday phrase at ``k`` ("on Saturday", "pada Senin pagi", "Sabtu
    (12/3)"), when a list goes on after it ("dan"/"and"), else None."""
    lex = calendar_lexicon()
    doc = ctx.doc
    if k < sent.end and doc[k].lower_ in ("on", "pada"):
        k += 1
    if k >= sent.end or doc[k].lower_ not in lex["weekdays"] or not doc[k].text[:1].isupper():
        return None
    k += 1
    if k < sent.end and doc[k].lower_ in lex["parts_of_day"]:
        k += 1
    if k < sent.end and doc[k].text == "(":
        close = next((c for c in range(k + 1, min(sent.end, k + 7)) if doc[c].text == ")"), None)
        if close is None or not all(t.is_digit or t.text in "/-." for t in doc[k + 1 : close]):
            return None
        k = close + 1  # "(12/3)", "(12/3/2023)"
    return k if k < sent.end and doc[k].lower_ in ctx.cues.coordination - {","} else None


def _skip_coordination(ctx: Context, sent: Span, j: int, types: frozenset[str]) -> int | None:
    """Index of the next coordinated mention's first token, or None when the list ends."""
    k = j
    saw_link = False
    # a person's title may be long ("serta Duta Besar Chile untuk Peru, X")
    reach = _PERSON_LINK_REACH if types == PERSON else _LINK_REACH
    while k < sent.end and k - j <= reach:
        tok = ctx.doc[k]
        m = ctx.mention_at(k)
        if types == PERSON and k == j and _country_after_person(ctx, k):
            k = ctx.mention_at(k + 1).tok_end  # "A of Chile and B of Peru": A's country
            j = k
            continue
        side = _side_phrase_end(ctx, sent, k) if types != PERSON and k == j else None
        if side is not None:
            k = j = side  # "dengan A di sebelah barat dan B ...": A's side, then the list
            continue
        day = _day_phrase_end(ctx, sent, k) if types != PERSON and k == j else None
        if day is not None:
            k = j = day  # "in Lima on Saturday and in Quito on Sunday": one day per stop
            continue
        if m is not None:
            if types != PERSON and _possessor(ctx, m):
                return None  # "in Taipei, Washington's trade mission there": no list item
            if types != PERSON and hyphen_paired(ctx, m):
                return None  # "di P, RI-Peru Sepakat ...": a pair of countries, no list item
            if types != PERSON and ctx.doc[k - 1].text == "," and _adjectival_demonym(ctx, m):
                return None  # "to Peru, Chilean diplomats said": no list item (but "the
                # Peruvian and Chilean capitals" share their noun)
            if ctx.resolve(m).type in types and (saw_link or _capital_beside(ctx, j, m, k)):
                return k
            if types == PERSON and m.type in _TITLE_BODIES and saw_link:
                k = m.tok_end  # title country: "dan Perdana Menteri India Narendra Modi",
                continue  # a see or a city: "serta Uskup Agung Jakarta Kardinal X"
            return None
        word = tok.lower_
        if word in ctx.cues.coordination:
            saw_link = True
        elif word in ctx.cues.relative:
            return None  # "talks with X, who according to Y ...": Y is the clause's, no item
        elif types == PERSON and saw_link and tok.is_lower and tok.pos_ in ("VERB", "AUX"):
            return None  # "talks with X and was seen thanking him": another clause
        elif types == PERSON and saw_link and unit_number_at(ctx.doc, k):
            k += 3  # "dan Pangdam XIV/Hasanuddin Mayjen X": a command's number in the title
            continue
        elif types == PERSON and saw_link and (tok.is_title or tok.is_upper or tok.is_lower):
            pass  # title words between "dan" and the next name
        elif (
            types != PERSON
            and saw_link
            and word in ctx.cues.locative
            and ctx.doc[k - 1].lower_ in ctx.cues.coordination
        ):
            pass  # "ke Medan dan ke Bandung", "to Lima and to Quito": the preposition again
        elif types != PERSON and saw_link and (n := area_kind_at(ctx, k)):
            k += n  # "tiba di Austin, negara bagian Texas, AS": the next is a state
            continue
        elif types != PERSON and saw_link and word in _CAPITAL_APPOSITION:
            pass  # "Makassar, the capital of South Sulawesi", "Astana, ibu kota Kazakhstan"
        elif types != PERSON and word == "capital" and k == j and _demonym_ends(ctx, j):
            saw_link = True  # "the Thai capital Bangkok": the capital is the next name
        else:
            return None
        k += 1
    return None
