"""Turn the NLP stage's entities into :class:`Mention` objects with titles and pronouns.

A person's title phrase ("Menteri Luar Negeri AS", "Chinese foreign ministry spokeswoman") is
found by walking left from the name over title words, country/organisation names and a few
portfolio words; offices and aliases are read from it later.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import link_phrase_end, with_title_start
from kg.extract.lexicon import Cues, is_active_verb, load_cues
from kg.extract.model import (
    ARTICLES,
    DEMONSTRATIVES,
    PLACE_TYPES,
    Mention,
    is_possessive,
    same_name,
    tenure_start,
)
from kg.ingest.lines import STORY_MIN_WORDS, ends_like_a_sentence, lines, title_case_lines
from kg.ingest.metadata import calendar_lexicon
from kg.nlp.components import MONARCH_OFFICES, unit_number_at
from kg.nlp.gazetteer import GazetteerEntry, load_gazetteer, normalize_name
from kg.nlp.lexicon import (
    Title,
    cue_words,
    event_first_words,
    facility_first,
    facility_words,
    is_office_field,
    is_regnal_number,
    load_name_heads,
    load_name_tails,
    load_phrase_heads,
    load_titles,
    names_a_facility,
    phrase_at,
    read_jsonl,
    word_list,
)
from kg.resources import ontology_path

__all__ = [
    "build_mentions",
    "carried_by_vehicle",
    "find_title",
    "object_position",
    "title_starting_at",
]

_MAX_TITLE_TOKENS = 10
_OBJECT_PRONOUNS = frozenset({"him", "her", "-nya"})
_MAX_FILLERS = 5


@cache
def _not_entities() -> frozenset[str]:
    text = ontology_path("lexicon", "not-entities.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


def head_type(span: Span) -> str | None:
    """The type a name's first words give it ("Kabupaten X" a Region, "Partai X" an
    Organization), or in English its last word ("X Party"), None when they give none."""
    words = tuple(t.lower_ for t in span)
    for head, kind in load_name_heads() + load_phrase_heads():
        if len(words) > len(head) and words[: len(head)] == head:
            return kind
    if len(words) > 1 and span[-1].text[:1].isupper():
        return load_name_tails().get(words[-1])  # English, head-last: "X District Court"
    return None


def _body_shaped(ent: Span) -> str | None:
    """ "G8", "C40", "M-19", "G5 Sahel": a name with a digit in it is no person's, whatever the
    model read; news names groups, teams and movements so, never people."""
    if ent.label_ == "Person" and any(c.isdigit() for c in ent.text):
        return "Organization"
    return None


def _without_connective(ent: Span, cues: Cues) -> Span:
    """ "Sementara Budi mengatakan ...", "Meanwhile Herrera said ...": a connective opening
    the sentence that the model took into the name after it is cut off, and so is the last
    field word of a title (the rest stays a name only if it is capitalised)."""
    first = ent[0]
    if len(ent) < 2 or ent.kb_id_ or not ent[1].text[:1].isupper():
        return ent
    if (
        (first.is_sent_start and first.lower_ in cues.connective)
        or _last_field(ent, cues)
        or (ent.label_ == "Person" and first.lower_ in _weekdays())
    ):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


@cache
def _weekdays() -> frozenset[str]:
    """ "On Monday Benedict flew in": a weekday the model took into the name after it (no
    person's name opens with one; "Minggu", also "week", is left alone)."""
    lex = calendar_lexicon()
    return frozenset(lex["weekdays"]) - frozenset(lex["ambiguous_weekdays"])


def _last_field(ent: Span, cues: Cues) -> bool:
    """ "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan X": the last field
    word of a title's list of fields, after its "dan"/"and", taken into the person's name."""
    doc = ent.doc
    return (
        ent.label_ == "Person"
        and ent[0].lower_ in cues.portfolio
        and ent.start > 0
        and doc[ent.start - 1].lower_ in cues.coordination - {","}
    )


def _split_list(ent: Span, people: frozenset[str]) -> list[Span]:
    """ "Xi, Modi, Lula meet in ...": the model took a comma list of names for one name. Each
    item is a person where the document names that person on its own (``people``); otherwise
    the span is no entity at all, since a name never holds a comma the gazetteer does not
    know ("Washington, D.C." is linked whole)."""
    commas = [t.i for t in ent if t.text == ","]
    if not commas or ent.kb_id_:
        return [ent]
    bounds = [ent.start, *commas, ent.end]
    items = [
        Span(ent.doc, a + (k > 0), b, label="Person")
        for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]
    if all(len(item) and item.text in people for item in items):
        return items
    return []


def _split_institution(
    ent: Span, people: frozenset[str], titles: tuple[Title, ...] = ()
) -> list[Span]:
    """ "Partai Gerindra Prabowo Subianto", "Kementerian Luar Negeri India Anurag Srivastava":
    the model glued an institution to the person after it. It is cut where a known person
    begins (a notable person of ``ontology/people``, or a person the document names on its
    own, in ``people``); with no such person the whole span is the institution, because a
    party name may have several words ("Partai Persatuan Pembangunan") and a wrong cut makes
    a wrong person."""
    if ent.kb_id_ or head_type(ent) != "Organization":
        return [ent]
    if _bare_head_before_name(ent, titles):  # "Ketua Mahkamah Lucas X": a head, a name
        return [Span(ent.doc, ent.start + 1, ent.end, label="Person")]
    if ent.label_ != "Person":
        return [ent]
    from kg.nlp.people import load_people

    kb = load_people()
    for k in range(ent.start + 2, ent.end):
        rest = ent.doc[k : ent.end]
        if rest.text in people or (len(rest) > 1 and kb.lookup(rest.text) is not None):
            return [
                Span(ent.doc, ent.start, k, label="Organization"),
                Span(ent.doc, k, ent.end, label="Person"),
            ]
    return [Span(ent.doc, ent.start, ent.end, label="Organization")]


def _bare_head_before_name(ent: Span, titles: tuple[Title, ...]) -> bool:
    """ "Ketua Mahkamah Lucas X": right after an office title, one institution word (no
    entity alone: it names a body the text named before) glued before two or three
    capitalised words that open with a common first name (``given-names.txt``) is the
    holder's name after the word of his office's body. "Yayasan Budi Mulia" with no title
    before it, or "Partai Demokrat ..." with a body's own name after the head, stays."""
    from kg.nlp.people import given_names

    rest = ent[1:]
    return (
        2 <= len(rest) <= 3
        and rest[0].text in given_names()
        and all(t.is_title for t in rest)
        and _title_ending_at(ent.doc, ent.start - 1, titles, ent.sent.start) is not None
    )


#: Facility words followed by the organisation housed there, not a name ("markas Armada X").
_SEATS = frozenset({"kantor", "markas", "balai", "wisma"})


@cache
def _named_facility_words() -> frozenset[str]:
    return facility_words() - _SEATS


def _names_a_facility(span: Span) -> bool:
    """ "Bandara Don Mueang", "Gedung Sate", "Don Mueang airport", "Ngurah Rai International
    Airport": a person's name right before or after a facility word is the facility's name
    (airports and buildings are named after people)."""
    doc, words = span.doc, _named_facility_words()
    start = span.start
    while (
        start > 0
        and span.start - start < 3
        and _facility_qualifier(doc[start - 1])
        and doc[start - 1].lower_ not in words  # "KRI X": the prefix is the facility word
    ):
        start -= 1  # "Pangkalan TNI AU X", "Bandara Internasional X"
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    after = doc[span.end : span.end + 2]
    return (bool(before) and (before[-1] in words or " ".join(before) in words)) or (
        len(after) > 0
        and (after[0].lower_ in words or (after[0].is_title and after[-1].lower_ in words))
    )


#: Words between a facility word and the name it bears: "Bandara Internasional X",
#: "Pangkalan Udara X", "Pangkalan Laut X"; the honorific of the person it is named after
#: ("KRI dr X", "RSUP dr Y": a ship, a hospital).
_FACILITY_QUALIFIERS = frozenset(
    {"internasional", "international", "udara", "laut", "militer", "dr", "dr.", "ir", "ir."}
)


def _facility_qualifier(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """An operator's acronym or a qualifier ("Internasional", "Udara") between a facility
    word and its name."""
    letters = sum(c.isalpha() for c in tok.text)
    return (tok.text.isupper() and letters >= 2) or tok.lower_ in _FACILITY_QUALIFIERS


def _bare_head(span: Span) -> bool:
    """ "Fraksi", "Komisi", "Otorita" alone, of any label: an institution word, not a name."""
    return len(span) == 1 and any(head == (span[0].lower_,) for head, _ in load_name_heads())


def _is_facility(span: Span) -> bool:
    """Facilities, treaties, events: named things kg's model has no class for (the words of
    ``not-entities.txt`` are read for every type where the mentions are built)."""
    return names_a_facility(span) or (len(span) > 1 and span[0].lower_ in event_first_words())


_OPENERS = frozenset({'"', "'", "“", "‘", "(", "[", "|", "-", "—", "–"})


def _common_word_alone(
    ent: Span, lang: str, named_words: frozenset[str], headlines: Collection[int]
) -> bool:
    """ "Banjir melanda ...", "Sore itu ...", "Petani Tolak Rencana Tambang" (a Title Case
    headline), "[Foto] ...": one capitalised common word where any word is capitalised
    (``common-words-<lang>.txt``, counted from real news), that the document never writes
    capitalised inside a sentence, is no name."""
    if len(ent) != 1 or ent.kb_id_ or lang != "id":
        return False
    word = ent[0].lower_
    return (
        (_opens(ent[0]) or ent.start in headlines)
        and word not in named_words
        and word in word_list("common-words-id.txt")
    )


#: Title words a field word of English office names stands before ("Commerce Minister").
_MINISTERIAL = frozenset({"minister", "ministers", "secretary", "secretaries"})


def _fields_of_titles(doc: Doc, lang: str, titles: tuple[Title, ...]) -> frozenset[str]:
    """ "Peru's Commerce Minister X", "the Trade Secretary": field words of an office (the
    ``portfolio`` cue) that the model read alone as a body, each time right before a
    minister's or secretary's title. They are the office's field, no body of their own (the
    office goes to the country named before it); one the text also names alone ("before the
    Treasury runs out") is the body, and "Labour leader X" names a party."""
    fields = cue_words(lang, "portfolio")
    seen: dict[str, bool] = {}
    for ent in doc.ents:
        if len(ent) != 1 or ent.kb_id_ or ent.label_ != "Organization":
            continue
        title = title_starting_at(doc, ent.end, titles)
        titled = title is not None and title.words[0].lower() in _MINISTERIAL
        seen[ent.text] = seen.get(ent.text, True) and titled and ent[0].lower_ in fields
    return frozenset(text for text, titled in seen.items() if titled)


def _opens(tok: Token) -> bool:
    """The token opens a sentence, a quote, a bracket or the text after a dateline's dash,
    where any word is capitalised."""
    return tok.is_sent_start or (tok.i > 0 and tok.nbor(-1).text in _OPENERS)


def _pair_compound(ent: Span) -> bool:
    """ "hubungan RI-Australia", "the U.S.-North Korea summit", "aparat TNI-Polri": two names
    the gazetteer knows, joined by a hyphen, qualify what follows or stand for a pair; the
    span is neither of them, so it is no entity (each name counts where the text uses it
    alone)."""
    parts = [p.strip() for p in ent.text.split("-")]
    if len(parts) != 2 or not all(parts):
        return False
    gaz = load_gazetteer()
    if gaz.lookup(ent.text) is not None:
        return False  # one name ("Guinea-Bissau", "Timor-Leste")
    return all(gaz.lookup(p) is not None for p in parts)


def _headline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens on lines written in Title Case (headlines)."""
    return _tokens_on(doc, title_case_lines(doc.text))


def _aside_tokens(doc: Doc) -> frozenset[int]:
    """Tokens on the short lines that do not read as sentences (no closing stop, at most
    ``STORY_MIN_WORDS`` words): the page's own headline, and around the story other stories'
    headlines without a header, widget labels and credits. A name found only on such lines,
    never in the story's sentences, is no entity of this story (a headline's names are told
    again in its body)."""
    return _tokens_on(
        doc,
        [
            (line.start, line.end)
            for line in lines(doc.text)
            if not line.is_story
            and line.words <= STORY_MIN_WORDS
            and not ends_like_a_sentence(line.text)
        ],
    )


def _tokens_on(doc: Doc, ranges: list[tuple[int, int]]) -> frozenset[int]:
    """The tokens of ``doc`` within the character ranges."""
    found: set[int] = set()
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return frozenset(found)


def _storm_names(doc: Doc, cues: Cues) -> frozenset[str]:
    """The names the document gives storms ("Cyclone Idai": "Idai"), to know them alone."""
    return frozenset(
        doc[t.i + 1].text
        for t in doc[:-1]
        if t.lower_ in cues.named_storm and t.text[:1].isupper() and doc[t.i + 1].text[:1].isupper()
    )


def _storm(ent: Span, cues: Cues, storms: frozenset[str]) -> bool:
    """ "Cyclone Idai" and, once the text named it so, "Idai" alone: a storm, no entity."""
    return (len(ent) > 1 and ent[0].lower_ in cues.named_storm) or ent.text in storms


def build_mentions(doc: Doc, lang: str, cues: Cues) -> list[Mention]:
    """Mentions for the entities of ``doc`` (facilities dropped) plus resolved pronouns."""
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    token_sent = {}
    for sent in doc.sents:
        for tok in sent:
            token_sent[tok.i] = sent_index[sent.start]
    mentions: list[Mention] = []
    ent_at = {}
    titles = load_titles(lang)
    people = frozenset(e.text for e in doc.ents if e.label_ == "Person" and not head_type(e))
    headlines = _headline_tokens(doc)
    named_words = frozenset(  # words the document capitalises inside a sentence (a Title Case
        # headline capitalises every word: "Banjir" there says nothing)
        t.lower_
        for t in doc
        if t.text[:1].isupper() and not _opens(t) and t.i not in headlines
    )
    storms = _storm_names(doc, cues)
    fields = _fields_of_titles(doc, lang, titles)
    asides = _aside_tokens(doc)
    in_story = frozenset(
        e.text.lower() for e in doc.ents if not all(i in asides for i in range(e.start, e.end))
    )
    parts = (part for e in doc.ents for part in _split_list(_without_connective(e, cues), people))
    for ent in (part for e in parts for part in _split_institution(e, people, titles)):
        if not ent.kb_id_ and (
            (ent.label_ in ("Place", "Organization") and _is_facility(ent))
            # "daftar pemimpin Barat": no entity whatever its type, even after a title
            or ent.text in _not_entities()
            or _bare_head(ent)
            or _common_word_alone(ent, lang, named_words, headlines)
            or ent.text in fields
            or _storm(ent, cues, storms)
            # a name of headline or widget lines only, never told in the story's sentences
            or (ent.start in asides and ent.text.lower() not in in_story)
            or _pair_compound(ent)
            or (ent.label_ == "Person" and _names_a_facility(ent))
            # English names facilities head-last: "Park X" there is a person ("Park Min-jun")
            or (ent.label_ == "Person" and lang != "en" and facility_first(ent))
            or (ent.label_ == "Place" and _names_a_facility(ent))
            or (ent.label_ == "Person" and _people_of_a_nation(ent))
        ):
            continue
        nation = _demonym_typed_person(ent)
        m = Mention(
            index=len(mentions),
            start=ent.start_char,
            end=ent.end_char,
            text=_without_regnal_stop(ent),
            type=nation.type
            if nation
            else (not ent.kb_id_ and (head_type(ent) or _body_shaped(ent))) or ent.label_,
            tok_start=ent.start,
            tok_end=ent.end,
            sent_index=token_sent[ent.start],
            kb_id=nation.id if nation else ent.kb_id_ or None,
            is_demonym=bool(nation) or _is_demonym(ent),
        )
        mentions.append(m)
        for i in range(ent.start, ent.end):
            ent_at[i] = m
    _retype_person_names(mentions, ent_at)
    _retype_namesakes_of_people(doc, mentions, ent_at, cues, lang)
    _retype_titled_bodies(doc, mentions, ent_at, titles, cues, lang)
    _link_aliases(doc, mentions, ent_at, cues, titles)
    for m in list(mentions):
        if m.type == "Person":
            _attach_title(doc, m, titles, ent_at, mentions, cues)
        elif m.type in PLACE_TYPES:
            literal = (
                _after_locative(doc, m, cues)
                or _place_relative_after(doc, m, cues)
                or _listed_after_literal_place(doc, m, ent_at)
                or _in_address(doc, m)
                or _listed_with_a_town(doc, m, ent_at)
            )
            _update(mentions, ent_at, m, literal_place=literal)
    _link_nicknames(doc, mentions, ent_at, cue_words(lang, "choice"))
    _link_described_nicknames(doc, mentions, ent_at, cues)
    mentions = _with_capital_references(doc, mentions, lang, cues, token_sent)
    mentions = _with_city_references(doc, mentions, cues, token_sent)
    # a title alone ("Kepala Negara melawat ke ...") first: it is the subject a later
    # pronoun continues, not the person met in its sentence
    mentions = _with_title_references(doc, mentions, lang, cues, token_sent)
    mentions = _with_pronouns(doc, mentions, cues, token_sent)
    return _with_plural_references(doc, mentions, cues, token_sent)


def _update(mentions: list[Mention], ent_at: dict, m: Mention, **changes: object) -> Mention:
    """Mentions are frozen: put a changed copy of ``m`` where ``m`` was, in the list and in
    the token index the builders read."""
    new = replace(m, **changes)
    mentions[m.index] = new
    for i in range(m.tok_start, m.tok_end):
        if ent_at.get(i) is m:
            ent_at[i] = new
    return new


def _retype_person_names(mentions: list[Mention], ent_at: dict) -> None:
    """A name the NER typed as a place or org in one sentence but as a person elsewhere
    ("Blinken holds talks" as GPE) is the person: one type per name in a document."""
    person_words = {
        w for m in mentions if m.type == "Person" for w in m.text.split() if w[:1].isupper()
    }
    for m in list(mentions):
        if m.kb_id is None and m.type in ("Place", "Organization"):
            if m.text in person_words or (
                m.text.split() and all(w in person_words for w in m.text.split())
            ):
                _update(mentions, ent_at, m, type="Person")


def _retype_namesakes_of_people(
    doc: Doc, mentions: list[Mention], ent_at: dict, cues: Cues, lang: str
) -> None:
    """ "Aman Abdurrahman ... kata Aman": a one-word word of a person's name in the text that
    the gazetteer links to a place only through one of the place's foreign variants
    ("Aman", a spelling of Amman) is the person, not the place; unless it stands after
    "di/in". A place's own name ("Washington") or its name in the text's language stays."""
    person_words = {
        w for m in mentions if m.type == "Person" and " " in m.text for w in m.text.split()
    }
    gazetteer = load_gazetteer()
    for m in list(mentions):
        if m.kb_id is None or " " in m.text or m.text not in person_words:
            continue
        entry = gazetteer.get(m.kb_id)
        if entry is None or m.text == entry.name or m.text in entry.names.get(lang, ()):
            continue
        if not _after_locative(doc, m, cues):
            _update(mentions, ent_at, m, type="Person", kb_id=None)


def _demonym_typed_person(ent: Span) -> GazetteerEntry | None:
    """ "Sri Lankan President X": the model sometimes types the demonym before a title as a
    person; a span that is exactly a demonym the gazetteer knows names its country, never a
    person. The country's gazetteer entry, or None."""
    if ent.label_ != "Person" or ent.kb_id_:
        return None
    entry = load_gazetteer().lookup_demonym(ent.text)
    return entry if entry is not None and entry.type == "Country" else None


def _retype_titled_bodies(
    doc: Doc,
    mentions: list[Mention],
    ent_at: dict,
    titles: tuple[Title, ...],
    cues: Cues,
    lang: str,
) -> None:
    """A name in the holder's slot of an office phrase that the model typed as a body: in
    "Sekretaris Jenderal <party> <name>" the words after the title and its party, in English
    "<country's> President <name>" the words right after a head title, and a name sworn in,
    elected or appointed to a head title ("X has been elected prime minister of Y": the
    lexicon's ``office_link`` phrases). Without a link or a body's head word ("Partai",
    "Council"), capitalised words there are a person's name (the title's own body sits
    between: "Direktur Utama <company>" has no holder before its words, so Indonesian needs
    one)."""
    for m in list(mentions):
        if m.kb_id or m.type != "Organization" or m.tok_end - m.tok_start < 2:
            continue
        words = doc[m.tok_start : m.tok_end]
        if head_type(words) or not all(t.text[:1].isupper() and not t.is_upper for t in words):
            continue
        before = m.tok_start - 1
        holder = ent_at.get(before)
        if (
            holder is not None
            and holder.type in ("Country", "Organization")
            and (holder.kb_id or head_type(doc[holder.tok_start : holder.tok_end]))
        ):
            title = _title_ending_at(doc, holder.tok_start - 1, titles, doc[before].sent.start)
        elif m.tok_start > 0 and doc[before].text[:1].isupper() and lang == "en":
            title = _title_ending_at(doc, before, titles, doc[before].sent.start)
        else:
            title = None
        if (title is not None and title.head) or _sworn_in_as_title(doc, m.tok_end, titles, cues):
            _update(mentions, ent_at, m, type="Person")


def _sworn_in_as_title(doc: Doc, i: int, titles: tuple[Title, ...], cues: Cues) -> bool:
    """An ``office_link`` phrase of more than one word (not a bare "as") right after token
    ``i``, then (an article and) a head title: "X was elected as prime minister"."""
    j = link_phrase_end(doc, i, cues)
    if j is None or j - i < 2:
        return False
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    title = title_starting_at(doc, j, titles)
    return title is not None and title.head


def title_starting_at(doc: Doc, i: int, titles: tuple[Title, ...]) -> Title | None:
    """The longest title whose words start at token ``i``, or None."""
    for title in titles:  # longest first
        words = title.words
        if i + len(words) <= len(doc) and all(
            doc[i + k].lower_ == w.lower() for k, w in enumerate(words)
        ):
            return title
    return None


def _link_aliases(
    doc: Doc, mentions: list[Mention], ent_at: dict, cues: Cues, titles: tuple[Title, ...]
) -> None:
    """ "Sheikh Mujibur Rahman, known as Bangabandhu", "Joko Widodo (Jokowi)", "Komisi
    Pemberantasan Korupsi (KPK)": the second name is the first's alias. In brackets only
    between two persons or two organisations: "Dhaka (Bangladesh)" locates a city. An
    honorific may stand between the cue and the alias ("yang akrab disapa Pak Ijal"); the
    Indonesian "X, sapaan Y" says it the other way round (the ``alias_for`` phrases)."""
    honorifics = {t.title.lower() for t in titles if not t.head and t.office is None}
    for i in range(len(mentions)):
        m = mentions[i]
        head = _bracketed_alias_head(doc, m, ent_at) or _alias_for_head(
            doc, m, mentions, ent_at, cues
        )
        if head is not None:
            _update(mentions, ent_at, m, alias_of=head.index)
            continue
        head = _initials_after_or(doc, m, ent_at)
        if head is not None:  # "Ustaz Gilang Permadi atau UGP": the initials name the person
            _update(mentions, ent_at, m, alias_of=head.index, type=head.type)
            continue
        start = m.tok_start
        if start > 0 and doc[start - 1].lower_ in honorifics:
            start -= 1  # "disapa Pak Ijal": the honorific is no part of the alias
        k = _before_alias_of(doc, start, cues)
        if k is None:
            continue
        if k >= 0 and doc[k].lower_ in _OR_WORDS:
            k -= 1  # "Joko Widodo atau yang akrab disapa Jokowi"
        if k >= 0 and doc[k].text == ",":
            k -= 1
        head = ent_at.get(k)
        if head is not None and head is not m:
            _update(mentions, ent_at, m, alias_of=head.index, type=head.type)


def _before_alias_of(doc: Doc, start: int, cues: Cues) -> int | None:
    """The token before the ``alias_of`` phrase ("yang akrab disapa") that ends right before
    token ``start`` (-1 when the phrase opens the text), or None when no phrase ends there;
    the longest phrase is read."""
    words = tuple(t.lower_ for t in doc[max(0, start - 5) : start])
    for phrase in cues.alias_of:
        if words[-len(phrase) :] == phrase:
            return start - len(phrase) - 1
    return None


def _initials_after_or(doc: Doc, m: Mention, ent_at: dict) -> Mention | None:
    """ "Ustaz Gilang Hendra Permadi atau UGHP", "Rizal Hakim Wibisono atau RHW": capitals after
    "atau"/"or" that are the initials of the person right before (an honorific's among them
    or not) are that person's short form, whatever type the model gave them."""
    if m.tok_end - m.tok_start != 1 or m.tok_start < 2:
        return None
    letters = doc[m.tok_start].text
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5):
        return None
    if doc[m.tok_start - 1].lower_ not in _OR_WORDS:
        return None
    head = ent_at.get(m.tok_start - 2)
    if head is None or head.type != "Person" or head is m:
        return None
    words = [t.text for t in doc[head.tok_start : head.tok_end]]
    with_title = [t.text for t in doc[max(0, head.tok_start - 1) : head.tok_end]]
    initials = {"".join(w[0] for w in ws).upper() for ws in (words, with_title)}
    return head if letters in initials else None


def _alias_for_head(
    doc: Doc, m: Mention, mentions: list[Mention], ent_at: dict, cues: Cues
) -> Mention | None:
    """ "Gilang, sapaan akrab Gilang Permadi, menilai ...": the person after a comma and an
    ``alias_for`` phrase is the one the name before it stands for. The model may leave that
    name out ("sapaan akrab Gilangsyah"): then a person the document names with those words
    first ("Gilangsyah Permadi") is meant."""
    k = m.tok_end
    if k >= len(doc) or doc[k].text != ",":
        return None
    for phrase in cues.alias_for:
        n = len(phrase)
        if tuple(t.lower_ for t in doc[k + 1 : k + 1 + n]) != phrase:
            continue
        j = k + 1 + n
        head = ent_at.get(j)
        if head is None and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            end = j
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            words = doc[j:end].text.split()
            head = next(
                (
                    p
                    for p in mentions
                    if p.type == "Person" and p is not m and p.text.split()[: len(words)] == words
                ),
                None,
            )
        return head if head is not None and head is not m and head.type == "Person" else None
    return None


def _link_nicknames(
    doc: Doc, mentions: list[Mention], ent_at: dict, choice: frozenset[str]
) -> None:
    """Run after titles are attached: a nickname follows a full name and "atau"
    (``_nickname_head``); a place's other name read there is the person's at every mention."""
    for m in list(mentions):
        if m.alias_of is None:
            head = _nickname_head(doc, mentions[m.index], mentions, ent_at, choice)
            if head is None:
                continue
            # a place's other name there is the person's, unlinked, wherever the text uses it
            same = [o for o in mentions if o.text == m.text and o.kb_id == m.kb_id]
            for o in same if m.type != "Person" else [m]:
                _update(mentions, ent_at, o, alias_of=head.index, type="Person", kb_id=None)


def _link_described_nicknames(doc: Doc, mentions: list[Mention], ent_at: dict, cues: Cues) -> None:
    """Run after titles are attached: a nickname whose cue names its holder by a word, not a
    name. Indonesian news introduces a protagonist's nickname so: "Dodo, sapaan akrab
    gubernur", "Wibi, sapaan akrabnya", "tutur politikus yang akrab disapa Henwi", "Gilang,
    demikian ia biasa disapa". A title word stands for the one person the text gave that
    title before the nickname; "-nya", "ia" and a word for a person (the ``nickname_holder``
    cue) for the one person named in full before it whose name the nickname is cut from.
    Without one, the nickname stays a name of its own."""
    for m in list(mentions):
        m = mentions[m.index]
        if m.type != "Person" or m.alias_of is not None or m.is_pronoun:
            continue
        head = _holder_named_after(doc, m, mentions, ent_at, cues) or _holder_named_before(
            doc, m, mentions, ent_at, cues
        )
        if head is not None:
            _update(mentions, ent_at, m, alias_of=head.index)


def _holder_named_after(
    doc: Doc, m: Mention, mentions: list[Mention], ent_at: dict, cues: Cues
) -> Mention | None:
    """ "X, sapaan akrab gubernur", "X, sapaan akrabnya", "X, demikian ia biasa disapa"."""
    k = m.tok_end
    if k >= len(doc) or doc[k].text != ",":
        return None
    after = tuple(t.lower_ for t in doc[k + 1 : k + 6])
    if any(after[: len(p)] == p for p in cues.alias_echo):
        return _named_in_full_before(m, mentions)
    for phrase in cues.alias_for:
        if after[: len(phrase)] != phrase:
            continue
        if phrase[-1].endswith("nya"):
            return _named_in_full_before(m, mentions)
        j = k + 1 + len(phrase)
        if ent_at.get(j) is not None:
            return None  # a name: _alias_for_head reads it
        return _title_holder_before(doc, j, m, mentions)
    return None


def _holder_named_before(
    doc: Doc, m: Mention, mentions: list[Mention], ent_at: dict, cues: Cues
) -> Mention | None:
    """ "politikus yang akrab disapa X", "Bupati yang akrab disapa X": the word before the
    ``alias_of`` phrase is a person's, not a name."""
    k = _before_alias_of(doc, m.tok_start, cues)
    if k is None or k < 0 or ent_at.get(k) is not None:
        return None
    if doc[k].lower_ in cues.nickname_holder:
        return _named_in_full_before(m, mentions)
    return _title_holder_before(doc, k, m, mentions, single=True)


def _person_words_at(doc: Doc, j: int, limit: int = 3) -> list[str]:
    """The lower-case words from token ``j`` up to punctuation, a verb or ``limit``."""
    out = []
    for t in doc[j : j + limit]:
        if not t.is_alpha or t.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "SCONJ", "CCONJ"):
            break
        out.append(t.lower_)
    return out


def _title_holder_before(
    doc: Doc, j: int, m: Mention, mentions: list[Mention], single: bool = False
) -> Mention | None:
    """The one person before ``m`` whose title opens with the words at token ``j``
    ("gubernur" of "Gubernur Kalbar X", "wali kota" of "Wali Kota Tokoria Y"); none where two
    persons so titled are named (two governors: the cue does not say which)."""
    words = _person_words_at(doc, j, 1 if single else 3)
    if not words:
        return None
    return _only_person(
        p
        for p in mentions
        if p.tok_end <= m.tok_start
        and p.type == "Person"
        and not p.is_pronoun
        and p.title
        and p.title.lower().split()[: len(words)] == words
    )


def _named_in_full_before(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The one person named in full (two words or more, or with a title) before ``m`` whose
    name the nickname is cut from. The cue says a nickname follows, not whose, and the nearest
    name is often another person's (a judge quoted before the accused, "tutur politikus yang akrab
    disapa X" after a rival's name), while nicknames are cut from the name itself ("Henwi"
    of "Hendra Wibisono", "Wibi" of "Wibisono", "HRW"); where two names could give it,
    none is taken."""
    nick = m.text.lower().split()
    return _only_person(
        p
        for p in mentions
        if p.tok_end <= m.tok_start
        and p.type == "Person"
        and not p.is_pronoun
        and p.text != m.text
        and (len(p.text.split()) >= 2 or p.title)
        and _nickname_of(nick[-1], p.text)
    )


def _only_person(found: Iterable[Mention]) -> Mention | None:
    """The latest of the mentions if they all name one person (the same words, or the words
    of one among the other's: "Hendra Wibisono", "Wibisono"), else None."""
    found = sorted(found, key=lambda p: p.tok_start)
    if not found:
        return None
    last = set(found[-1].text.lower().split())
    for p in found:
        words = set(p.text.lower().split())
        if not (words <= last or last <= words):
            return None
    return found[-1]


#: The shortest piece of a name a nickname is read from ("Wib" of "Wibisono").
_MIN_NICK_PIECE = 3


def _nickname_of(word: str, name: str) -> bool:
    """``word`` (the nickname's last word, lower case) is cut from ``name``: the start or the
    end of one of its words ("wibi" of "Wibisono", "sono" of "Wibisono"; a piece from the
    middle matches too many names), its initials ("hrw"), or the starts of two or more of its
    words run together ("henwi" of "Hendra Wibisono")."""
    words = [w for w in re.split(r"[^a-z]+", name.lower()) if w]
    if len(word) >= _MIN_NICK_PIECE and any(w.startswith(word) or w.endswith(word) for w in words):
        return True
    if len(words) >= 2 and word == "".join(w[0] for w in words):
        return True
    return _starts_run_together(word, words)


def _starts_run_together(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the starts (two letters or more) of two or more consecutive
    ``words`` run together."""
    for first in range(len(words)):
        rest, k = word, first
        while rest and k < len(words):
            longest = min(len(rest), len(words[k]))
            n = next((n for n in range(longest, 1, -1) if words[k][:n] == rest[:n]), 0)
            if not n:
                break
            rest, k = rest[n:], k + 1
        if not rest and k - first >= 2:
            return True
    return False


_OR_WORDS = frozenset({"atau", "or"})


def _nickname_head(
    doc: Doc, m: Mention, mentions: list[Mention], ent_at: dict, choice: frozenset[str]
) -> Mention | None:
    """ "KH Hendra Wibisono atau Hen Wibi", "lowong sejak Gilang Permadi atau Gepe, bekas
    ...": a short name right after a person's full name and "atau" is their nickname. Not a
    choice between two persons ("memilih Rizal Hakim atau Tirta Lubis"): the short name must
    be no known person's and no word of another name of the text, and the full name at least
    two words; an untitled full name takes only a one-word nickname, in a sentence with no
    word of choice before it ("memilih Rizal Hakim atau Wulan")."""
    from kg.nlp.people import load_people

    k = m.tok_start - 1
    if not (m.type == "Person" or _place_by_another_name(m)):
        return None
    if m.tok_end - m.tok_start > 2 or k < 1 or doc[k].lower_ != "atau":
        return None
    head = ent_at.get(k - 1)
    if head is None or head.type != "Person" or head.tok_end - head.tok_start < 2:
        return None
    if not head.title and (
        m.tok_end - m.tok_start > 1
        or any(t.lower_ in choice for t in doc[doc[head.tok_start].sent.start : head.tok_start])
    ):
        return None
    words = {t.lower_ for t in doc[m.tok_start : m.tok_end]}
    if load_people().lookup(m.text) is not None or words & {
        t.lower_
        for o in mentions
        if o.text != m.text and o is not head
        for t in doc[o.tok_start : o.tok_end]
    }:
        return None
    return head


def _place_by_another_name(m: Mention) -> bool:
    """One word the gazetteer knows only as another name of a place (one of a foreign city's
    many spellings): in a nickname's slot after a person's name and "atau", it is the
    nickname ("Rizal Wibisono Hakim atau Daka", where "Daka" is also a spelling of Dhaka)."""
    if m.type not in ("City", "Region") or not m.kb_id or m.tok_end - m.tok_start != 1:
        return False
    entry = load_gazetteer().get(m.kb_id)
    return entry is not None and normalize_name(entry.name) != normalize_name(m.text)


def _people_of_a_nation(ent: Span) -> bool:
    """ "Merkel told Greeks ...", "Filipinos voted": one word, the plural of a demonym the
    gazetteer knows ("Greek" + "s"), names a people, never one person."""
    word = ent.text
    if len(ent) != 1 or not word.endswith("s") or len(word) < 5:
        return False
    return load_gazetteer().lookup_demonym(word[:-1]) is not None


def _bracketed_alias_head(doc: Doc, m: Mention, ent_at: dict) -> Mention | None:
    if m.tok_start < 2 or m.tok_end >= len(doc):
        return None
    if doc[m.tok_start - 1].text != "(" or doc[m.tok_end].text != ")":
        return None
    head = ent_at.get(m.tok_start - 2)
    if head is None or head is m or head.type != m.type:
        return None
    return head if head.type in ("Person", "Organization") else None


def _is_demonym(ent: Span) -> bool:
    """A demonym is a word the gazetteer gives as one of its entry's demonyms ("Thai",
    "Javanese"), not any span that fails to name its entry: "provinsi Jawa Tengah" is the
    province with its admin word, which goes on into an address like any place."""
    from kg.nlp.gazetteer import load_gazetteer

    if not ent.kb_id_:
        return False
    gaz = load_gazetteer()
    entry = gaz.get(ent.kb_id_)
    return (
        entry is not None
        and gaz.lookup(ent.text) is not entry
        and gaz.lookup_demonym(ent.text) is entry
    )


#: Words that carry a list of places on after its first item ("ke Lima, X, dan Y").
_LIST_LINKS = frozenset({",", "dan", "serta", "atau", "and", "or"})


def _listed_after_literal_place(doc: Doc, m: Mention, ent_at: dict[int, Mention]) -> bool:
    """ "pergi ke Lima, Quito, dan Bogota", "felt in Kandy, Miri and X": a place
    in a list whose item before it is used as a place is used as a place too. After a bare
    comma the list must go on after it, and ", dan" must close a list of three ("di Jakarta,
    Y menolak ...", "ke Lima, dan Quito mengirim ...": clauses, not lists)."""
    i = m.tok_start - 1
    if i < 1 or doc[i].lower_ not in _LIST_LINKS:
        return False
    if doc[i].text == ",":
        after = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
        if after not in _LIST_LINKS:
            return False
    elif doc[i - 1].text == ",":
        # "A, B, dan C" closes a list; "ke Lima, dan Quito mengirim ..." joins two clauses
        i -= 1
        first = ent_at.get(i - 1)
        if first is None or first.tok_start < 1 or doc[first.tok_start - 1].text != ",":
            return False
    before = ent_at.get(i - 1)
    return before is not None and before.type in PLACE_TYPES and before.literal_place


def _listed_with_a_town(doc: Doc, m: Mention, ent_at: dict[int, Mention]) -> bool:
    """ "ke sejumlah kota, antara lain Lima, Medan, dan Bandung": a city listed next to a
    city that is no capital is a place like it, not its country's government (capitals listed
    only with capitals may be governments: "Jakarta dan Canberra sepakat")."""
    if m.type != "City":
        return False
    gaz = load_gazetteer()
    links = (",", "dan", "and", "serta")
    neighbours = []
    if m.tok_end + 1 < len(doc) and doc[m.tok_end].lower_ in links:
        neighbours.append(ent_at.get(m.tok_end + 1))
    if m.tok_start >= 2 and doc[m.tok_start - 1].lower_ in links:
        neighbours.append(ent_at.get(m.tok_start - 2))
    for other in neighbours:
        entry = gaz.get(other.kb_id) if other is not None and other.kb_id else None
        if entry is not None and entry.type == "City" and not entry.capital_of:
            return True
    return False


def _in_address(doc: Doc, m: Mention) -> bool:
    """ "di Hotel Kavoo, Lima", "Jalan Kenanga Raya, Kandy": a place after a comma that
    closes a building's or a street's name (a capitalised run opened by a facility word) is
    where that building stands."""
    i = m.tok_start - 1
    if i < 1 or doc[i].text != ",":
        return False
    facilities = facility_words()
    j = i - 1
    while j >= 0 and doc[j].text[:1].isupper() and i - j <= 6:
        if doc[j].lower_ in facilities:
            return True
        j -= 1
    return False


def _names_an_event(doc: Doc, m: Mention, cues: Cues) -> bool:
    """ "KTT Lima", "the Lima summit", "Olimpiade Lima", "the Lima Agreement": the city an
    event, games or a pact is named after is where it is held or signed, a place, not its
    government. Before the city, only the capitalised first word of an event's name: "a
    meeting Quito opposes" names no event."""
    before = doc[m.tok_start - 1] if m.tok_start > 0 else None
    after = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""

    def event(word: str) -> bool:
        return word in cues.event_noun or word in cues.city_named_thing

    named = before is not None and before.text[:1].isupper() and event(before.lower_)
    return named or event(after)


def _after_locative(doc: Doc, m: Mention, cues: Cues) -> bool:
    """True when the place is used as a place: after "di/in/ke/to" (allowing "ibu kota",
    "the"), right after a verb of visiting ("visit X", "mengunjungi X"), after a motion verb
    and "dari/from" ("bertolak dari Jakarta", "flew in from X"), or opening its sentence with
    "Dari/From" and a comma ("Dari Lima, Presiden ..."); not in "kemerdekaan dari Moskow",
    where the capital stands for the state, nor as a possessor ("found in Quito's favour": the
    preposition is the possessed noun's), nor after a government's noun ("officials in Quito",
    "pemerintah di Lima": who governs there)."""
    if m.tok_end < len(doc) and is_possessive(doc[m.tok_end]):
        return False
    word = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
    if word in cues.visit_verb or word in cues.leave_verb:
        return True  # "hopes to visit Kyiv", "before leaving Quito": a place, not a government
    if m.tok_end + 1 < len(doc) and doc[m.tok_end].text == "-":
        if doc[m.tok_end + 1].lower_ in cues.seat_word:
            return True  # "Lima-based Kavoo": where the body sits
    if _names_an_event(doc, m, cues):
        return True
    i = m.tok_start - 1
    skipped = 0
    while i >= 0 and skipped <= 2:
        word = doc[i].lower_
        if word in cues.directional:
            return _after_motion(doc, i, cues)
        if word in cues.locative:
            # "officials in Quito", "pemerintah di Lima": the government seated there
            return not (i > 0 and doc[i - 1].lower_ in cues.government_noun)
        if word in ("dari", "from"):
            fronted = doc[i].is_sent_start and m.tok_end < len(doc) and doc[m.tok_end].text == ","
            return (
                fronted
                or any(t.lower_ in cues.motion_from for t in doc[max(0, i - 3) : i])
                or _distance_before(doc, i, cues)
            )
        if word in {"the", "kota", "ibu", "capital", "city", "of", "ibukota"}:
            i -= 1
            skipped += 1
            continue
        if word == "," and i > 0 and doc[i - 1].lower_ in ("capital", "ibukota", "kota"):
            i -= 1  # "in the capital, Lima": the apposition's comma
            continue
        return False
    return False


def _place_relative_after(doc: Doc, m: Mention, cues: Cues) -> bool:
    """A comma and a relative word of place right after the mention ("... dan Lima, tempat
    ia diterima Presiden X", "Lima, where she met Y"): the clause tells what happened
    there, a place."""
    k = m.tok_end
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in cues.place_relative


def _distance_before(doc: Doc, i: int, cues: Cues) -> bool:
    """A distance right before "dari/from" at token ``i`` ("170 kilometer dari ibu kota
    Lima", "40 miles from Quito"): measured from a place, not from a government."""
    return i > 0 and doc[i - 1].lower_ in cues.distance_unit


#: Tokens before a directional "to" in which a word of motion makes its place literal.
_MOTION_REACH = 6


def _after_motion(doc: Doc, i: int, cues: Cues) -> bool:
    """ "flew to Lima", "a rare visit by a premier to Quito", "move the embassy to Cusco" are
    places; "channels to Lima", "bowing to Quito", "the valley passes to Santiago" are
    governments: the directional word at ``i`` marks a place only after a word of motion a
    few words before it. A list of stops goes on from the first one ("heads to P, and to
    Quito", "takes him to Q, to Lima for a summit"): after "and" or a comma the motion word
    may stand anywhere before it in the sentence."""
    start = max(doc[i].sent.start, i - _MOTION_REACH)
    if i > 0 and doc[i - 1].lower_ in cues.coordination:
        start = doc[i].sent.start
    return any(t.lower_ in cues.motion_to for t in doc[start:i])


def _title_ending_at(doc: Doc, i: int, titles: tuple[Title, ...], floor: int) -> Title | None:
    if i < 0:
        return None
    for title, words in _titles_by_last_word(titles).get(doc[i].lower_, ()):  # longest first
        start = i - len(words) + 1
        if start < floor:
            continue
        if all(doc[start + k].lower_ == w for k, w in enumerate(words)):
            return title
    return None


_TITLE_INDEX: dict[int, tuple[tuple[Title, ...], dict[str, list]]] = {}


def _titles_by_last_word(titles: tuple[Title, ...]) -> dict[str, list[tuple[Title, tuple]]]:
    """``titles`` with their lowercased words, by last word, in their order. Why: trying every
    title at every token of a sentence was the extract stage's largest cost. Keyed by the
    tuple's identity (``load_titles`` returns one per language), which is cheaper than
    hashing hundreds of titles at every call."""
    cached = _TITLE_INDEX.get(id(titles))
    if cached is None or cached[0] is not titles:
        index: dict[str, list[tuple[Title, tuple]]] = {}
        for title in titles:
            words = tuple(w.lower() for w in title.words)
            if words:
                index.setdefault(words[-1], []).append((title, words))
        cached = _TITLE_INDEX[id(titles)] = (titles, index)
    return cached[1]


def capital_possessor(doc: Doc, m: Mention) -> bool:
    """ "Caracas's foreign minister": a national capital possessing an office stands for its
    country's government (a metonym resolve reads as the country where the text never uses
    the city literally)."""
    if m.type != "City" or not m.kb_id or m.tok_end >= len(doc):
        return False
    entry = load_gazetteer().get(m.kb_id)
    return entry is not None and bool(entry.capital_of) and is_possessive(doc[m.tok_end])


#: Words that join a minister's title to the field after it ("Minister of Health").
_PORTFOLIO_LINKS = frozenset({"of", "for"})


def _portfolio_link(
    doc: Doc, i: int, titles: tuple[Title, ...], fields: frozenset[str], floor: int
) -> bool:
    """Token ``i`` is "of"/"for" between a title that takes a portfolio and a field word
    ("Minister **of** Foreign Affairs X"): part of the title phrase, not the end of it."""
    return (
        doc[i].lower_ in _PORTFOLIO_LINKS
        and i + 1 < len(doc)
        and is_office_field(doc, i + 1, fields)
        and (title := _title_ending_at(doc, i - 1, titles, floor)) is not None
        and title.portfolio
    )


def find_title(
    doc: Doc,
    tok_start: int,
    titles: tuple[Title, ...],
    ent_at: dict[int, Mention],
    fields: frozenset[str] = frozenset(),
    modifiers: frozenset[str] = frozenset(),
    predicative: frozenset[str] = frozenset(),
    joiners: frozenset[str] = frozenset(),
) -> tuple[int, list[Title], list[Mention]] | None:
    """Walk left from a name: return (phrase start token, titles found, org/country mentions).

    ``fields``: the lexicon's ``portfolio`` words, an office's field between its title and the
    name ("Menteri Agama X", "Menteri Energi dan Sumber Daya Mineral Y"); part of the title.
    ``modifiers``: the lexicon's ``tenure`` words, before a title found ("Chile's acting prime
    minister, X"); the tagger often takes "acting" for a verb, which would end the title.
    ``predicative``: the lexicon's ``predicative`` words ("menjadi", "became"): a title set
    off by a comma right after one is its subject's, not the name after the comma's.
    ``joiners``: the lexicon's ``title_joiner`` words ("merangkap", "sekaligus"): two offices
    of one holder, so the title before one is the name's too."""
    sent_start = doc[tok_start].sent.start
    i = tok_start - 1
    phrase_start = None
    found: list[Title] = []
    holders: list[Mention] = []
    portfolio_edges: set[int] = set()  # tokens right beside a minister's title
    fillers = 0
    apposed = False
    budget = _MAX_TITLE_TOKENS  # grows by the countries of a receiving list
    while i >= sent_start and tok_start - i <= budget:
        tok = doc[i]
        title = _title_ending_at(doc, i, titles, sent_start)
        if title is not None:
            if fillers and any(t.head for t in found):
                break  # "Wapres disambut oleh Menteri ... X": only the nearest title is X's
                # (an honorific or rank beside the name is no title of its own: "Sekretaris
                # ... Takhta Suci, Uskup Agung X")
            if title.portfolio:
                portfolio_edges.update({i - len(title.words), i + 1})
            found.append(title)
            i -= len(title.words)
            phrase_start = i + 1
            fillers = 0
            continue
        if i not in ent_at and is_office_field(doc, i, fields):
            i -= 1
            continue
        if _portfolio_link(doc, i, titles, fields, sent_start):
            i -= 1  # "Minister of Foreign Affairs X", "Assistant Secretary for Trade Y"
            continue
        if i == tok_start - 1 and (is_regnal_number(tok.text) or _initials(tok, ent_at)):
            i -= 1  # "Yang di-Pertuan Agong XVII Sultan Ibrahim", "Dubes RI untuk P TM X"
            continue
        # "Perdana Menteri Ethiopia, Meles Zenawi"; also across an honorific or rank of the
        # name ("Sekretaris Negara Vatikan, Uskup Agung X")
        next_to_name = i == tok_start - 1 or (
            phrase_start == i + 1 and not any(t.head for t in found)
        )
        if next_to_name and tok.text == ",":
            before = _apposed_title_end(doc, i, titles, ent_at, sent_start, modifiers)
            if (
                before is not None
                and _apposed_to_name_before(doc, before, ent_at, sent_start)
                and titled_after(doc, _name_end(ent_at, tok_start), titles, ent_at)
            ):
                break  # "A, the US president, B, Australia's prime minister": pairs, each
                # title set off after its name
            if before is not None:  # "Perdana Menteri Ethiopia, Meles Zenawi"
                apposed = True
                i = before
                continue
        other = ent_at.get(i)
        if other is not None and not found and _region_remit(doc, other, tok_start, sent_start):
            i = other.tok_start - 2  # "Asisten Menlu AS untuk Asia Timur X": the office's remit
            continue
        if (
            other is not None
            and not found
            and not holders
            and _posting_city(doc, other, tok_start, titles, ent_at, sent_start)
        ):
            i = other.tok_start - 2  # "Konjen RI di Lima X": the city the envoy is posted in
            continue
        if other is not None:
            if other.type == "Person":
                break
            if other.type in ("Country", "Organization") or capital_possessor(doc, other):
                if fillers and _closes_anothers_office(doc, other, ent_at):
                    break  # "President X of Brazil and Prime Minister Y": Brazil is X's
                holders.append(other)
                i = other.tok_start - 1
                if found:
                    phrase_start = other.tok_start
                continue
            if _governs_before_title(other, found, phrase_start, fillers):
                holders.append(other)  # "Tottori Governor X", "Lima Mayor Y"
                i = other.tok_start - 1
                phrase_start = other.tok_start
                continue
            before = ent_at.get(other.tok_start - 1)
            branch = before is not None and before.type == "Organization"
            # an honorific may stand between the place and the name: "Gubernur Madinah
            # Pangeran X" (a rank or honorific is no head title)
            if not any(t.head for t in found) and (
                branch
                or _title_ending_at(doc, other.tok_start - 1, titles, sent_start)
                or _title_abbreviation(doc, other.tok_start - 1, titles, sent_start) is not None
                or _local_office_of(doc, other, titles, sent_start)
            ):
                # "Gubernur Jawa Barat X", "Wali Kota Surabaya X": the region or city right
                # after the title is the office's, its government's as a country's is a
                # president's (not the seat's own country: "Gubernur New Mexico AS X").
                # "Ketua Partai Y Bali X": a party branch's seat is part of the title
                # phrase, but the holder is an official of the party.
                holders.clear()
                if not branch:
                    holders.append(other)
                i = other.tok_start - 1
                continue
            break
        shortened = _title_abbreviation(doc, i, titles, sent_start) if tok.text == ")" else None
        if shortened is not None:
            i = shortened  # "Konsul Jenderal (Konjen) Peru X": the title's own short form
            continue
        # after fillers only a country's or body's own abbreviation: "Duta Besar Republik
        # Demokratik Kongo (RDK) untuk Peru X"
        opening = (
            _bracket_opening(doc, i, sent_start) or _bracketed_name(doc, i, ent_at)
            if tok.text == ")" and (not fillers or (not found and _bracketed_body(doc, i, ent_at)))
            else None
        )
        if found and i - 2 >= sent_start and unit_number_at(doc, i - 2):
            i -= 3  # "Pangdam XIV/Hasanuddin Mayjen TNI X": the command's number and name
            continue
        if opening is not None:
            inner = ent_at.get(i - 1)
            if (
                found
                and not holders
                and inner is not None
                and inner.type in ("Country", "Organization")
                and inner.tok_start == opening + 1
            ):
                holders.append(inner)  # "Peruvian Army (EP) commander X": the body
            i = (
                opening - 1
            )  # "Ketua Umum Partai X (PX) Andi", "Dewan Pimpinan Pusat (DPP) Partai Y"
            if found:
                phrase_start = opening  # "Penjabat (Pj) Gubernur X": inside the title
            continue
        # a bare apostrophe the tagger reads as a possessive ("the Bahamas' prime minister")
        # is a filler like "'s", not punctuation
        punct = tok.is_punct and not is_possessive(tok)
        if tok.text == "," and _field_list_comma(doc, i, tok_start, found, ent_at):
            i -= 1  # "Kepala Pusat Riset, Statistik, dan Publikasi BNPB X": the fields
            continue
        if (
            (tok.text == "," or tok.lower_ in ("dan", "and"))
            and not found
            and holders
            and in_receiving_list(doc, i, ent_at)
        ):
            # "Duta Besar RI untuk Peru, Bolivia, dan Ekuador X": one envoy to all, however
            # many countries the list names
            budget += 1 + (holders[-1].tok_end - holders[-1].tok_start)
            i -= 1
            continue
        if punct or tok.is_space or tok.like_num or "\n" in tok.whitespace_:
            break
        tenure = tenure_start(doc, i, modifiers) if found else None
        if tenure is not None:  # "Peru's acting ...", "Chile's newly appointed trade minister"
            fillers += 1
            i = tenure - 1
            phrase_start = tenure  # "Pj Gubernur X": the acting word opens the title phrase
            continue
        if found and tok.lower_ in joiners:
            i -= 1  # "Menteri Pertahanan merangkap Ketua Partai X Y": one holder, two offices
            continue
        if tok.pos_ in ("VERB", "AUX"):
            break  # "... terdiri atas Menteri X", "meminta Presiden X": a title never spans a verb
        if found and tok.pos_ == "CCONJ":
            break  # "the leaders of A and B and King X": a conjunction before the title ends it
        if found and tok.lower_ in cue_words(doc.lang_, "companion"):
            break  # "Presiden bersama Ibu X": a companion word parts two persons
        if not found and not holders:
            break  # the title or its country must touch the name
        if tok.pos_ in ("ADP", "SCONJ") and found and not apposed:
            if _remit_before_rank(tok, found, holders):
                fillers += 1  # "Ambassador to Thailand Datuk X": the envoy's post, his rank
                i -= 1
                continue
            # "ke Rusia sejak era Presiden X", "bersama Ibu Negara Y": a preposition before
            # the title ends it (one set off by a comma may hold one: "Emir of Qatar, Sheikh Z")
            break
        fillers += 1
        if fillers > _MAX_FILLERS:
            break
        i -= 1
    if not found or phrase_start is None:
        return None
    if apposed and not _apposition_holds(doc, tok_start, phrase_start, ent_at, predicative):
        return None
    holders = [
        h
        for h in holders
        if h.tok_start >= phrase_start
        and not (
            h.type == "Organization"
            and not h.kb_id
            and (h.tok_start in portfolio_edges or h.tok_end - 1 in portfolio_edges)
        )
    ]
    return phrase_start, found, holders


#: Prepositions of an office's remit ("untuk Asia Timur", "for Central Asia").
_REMIT = frozenset({"untuk", "for"})
#: Prepositions of an envoy's post ("untuk/to/for Peru", "di/in Lima").
_POST = _REMIT | {"to", "di", "in"}


def _remit_before_rank(prep: Token, found: list[Title], holders: list[Mention]) -> bool:
    """ "Ambassador to Thailand Datuk X", "Dubes RI untuk Peru Tan Sri Y": only a rank or
    honorific of the name (no office) was read so far, and the preposition of an envoy's post
    opens the place right after it: the title goes on before the preposition."""
    return (
        prep.lower_ in _POST
        and all(not t.head and t.office is None for t in found)
        and bool(holders)
        and holders[-1].tok_start == prep.i + 1
    )


def _region_remit(doc: Doc, place: Mention, name_start: int, floor: int) -> bool:
    """A region after "untuk"/"for" right before the name: the area an office covers (an
    envoy or assistant secretary "untuk Asia Timur"), neither the office's holder nor its end;
    a country there is the receiving one, read as such by the callers."""
    k = place.tok_start - 1
    return (
        place.type == "Region"
        and place.tok_end == name_start
        and k > floor
        and doc[k].lower_ in _REMIT
    )


def _posting_city(
    doc: Doc,
    place: Mention,
    name_start: int,
    titles: tuple[Title, ...],
    ent_at: dict[int, Mention],
    floor: int,
) -> bool:
    """A city after "di"/"in" right before the name, after an envoy's title or its sending
    country ("Konsul Jenderal RI di Lima X"): the post the envoy holds, neither the office's
    holder nor the end of the title phrase."""
    k = place.tok_start - 1
    if place.type != "City" or place.tok_end != name_start or k - 1 < floor:
        return False
    if doc[k].lower_ not in cue_words(doc.lang_, "stative_locative"):
        return False
    before = ent_at.get(k - 1)
    end = before.tok_start - 1 if before is not None and before.type == "Country" else k - 1
    title = _title_ending_at(doc, end, titles, floor) if end >= floor else None
    return title is not None and title.sending


def _closes_anothers_office(doc: Doc, holder: Mention, ent_at: dict[int, Mention]) -> bool:
    """The country or body ends another person's "of" phrase ("President X of Brazil")."""
    k = holder.tok_start - 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    before = ent_at.get(k - 1)
    return before is not None and before.type == "Person"


def _title_abbreviation(doc: Doc, close: int, titles: tuple[Title, ...], floor: int) -> int | None:
    """The last token of a title whose short form the bracket closing at ``close`` holds
    ("Wakil Wali Kota (Wawali)", "Konsul Jenderal (Konjen)": one capitalised word), or None."""
    if close - 2 <= floor or doc[close - 2].text != "(":
        return None
    word = doc[close - 1]
    if not (word.is_alpha and word.text[:1].isupper()):
        return None
    return close - 3 if _title_ending_at(doc, close - 3, titles, floor) is not None else None


def _bracket_opening(doc: Doc, close: int, floor: int, reach: int = 4) -> int | None:
    """The "(" of a short bracket closing at token ``close`` (an abbreviation), or None."""
    for k in range(close - 1, max(floor, close - reach - 1) - 1, -1):
        if doc[k].text == "(":
            return k
        if doc[k].is_punct:
            return None
    return None


def _initials(tok, ent_at: dict[int, Mention]) -> bool:  # noqa: ANN001 - a spaCy Token
    """ "HM" of "Duta Besar RI untuk Peru HM X": capital initials the model left out of
    the name they open (no entity of their own), not a word between a title and its name."""
    return tok.i not in ent_at and tok.text.isalpha() and tok.text.isupper() and len(tok) <= 3


def _bracketed_body(doc: Doc, close: int, ent_at: dict[int, Mention]) -> bool:
    """The bracket closing at ``close`` holds a country's or body's abbreviation right after
    that country or body ("Kongo (RDK)")."""
    inner = ent_at.get(close - 1)
    if inner is None or inner.type not in ("Country", "Organization"):
        return False
    before = ent_at.get(inner.tok_start - 2)
    return doc[inner.tok_start - 1].text == "(" and before is not None and before.type == inner.type


def _bracketed_name(doc: Doc, close: int, ent_at: dict[int, Mention]) -> int | None:
    """The "(" of a bracket closing at token ``close`` that holds one whole name ("Kepala
    LPAT (Lembaga Pengelola Air Bersih Tokoria) Kolonel X": the body's name spelt out),
    which a title phrase reads through as it does an abbreviation; None otherwise."""
    inner = ent_at.get(close - 1)
    if inner is None or inner.tok_end != close or inner.type == "Person":
        return None
    opening = inner.tok_start - 1
    return opening if opening >= 0 and doc[opening].text == "(" else None


def _apposed_title_end(
    doc: Doc,
    comma: int,
    titles: tuple[Title, ...],
    ent_at: dict[int, Mention],
    floor: int,
    tenure: frozenset[str] = frozenset(),
) -> int | None:
    """The token before a comma that sets a name in apposition to its title ("Ketua Umum
    Partai X (PX), Andi"): the end of a head title or of the country or organisation it
    names, skipping a bracketed abbreviation and a tenure word after the title (Indonesian
    puts "current" there: "Ketua KPK saat ini, Andi"). None when the comma is anything else."""
    j = comma - 1
    after_title = tenure_start(doc, j, tenure) if j > floor else None
    if after_title is not None and after_title > floor:
        j = after_title - 1
    if j > floor and doc[j].text == ")":
        opening = _bracket_opening(doc, j, floor)
        j = opening - 1 if opening is not None else floor - 1
    if j < floor:
        return None
    j = _owned_body_noun(doc, j, ent_at, floor)
    other = ent_at.get(j)
    if other is not None and other.type == "Country" and other.tok_start - 2 >= floor:
        seat = ent_at.get(other.tok_start - 2)  # "Wali Kota Trujillo, Peru, X": the
        if (  # seat's country set off in the address, the title before the seat
            doc[other.tok_start - 1].text == ","
            and seat is not None
            and _local_office_of(doc, seat, titles, floor, apposed=True)
        ):
            return seat.tok_end - 1
    if other is not None and other.type in ("Country", "Organization"):
        return j
    if other is not None and _local_office_of(doc, other, titles, floor, apposed=True):
        return j  # "Gubernur Sulawesi Selatan, X", "the mayor of Bergen, Y": the office's place
    if other is not None and other.type in PLACE_TYPES and other.tok_start - 2 >= floor:
        k = other.tok_start - 2  # "Bolivia's ambassador in Washington, X": the posting's city
        if doc[k + 1].lower_ not in cue_words(doc.lang_, "stative_locative"):
            return None
        sender = ent_at.get(k)  # "Duta Besar Indonesia di Kairo, X"
        if sender is not None and sender.type in ("Country", "Organization"):
            return k
        title = _title_ending_at(doc, k, titles, floor)
        return k if title is not None and title.head else None
    j = _before_remit(doc, j, floor)
    title = _title_ending_at(doc, j, titles, floor)
    return j if title is not None and title.head else None


def _owned_body_noun(doc: Doc, j: int, ent_at: dict[int, Mention], floor: int) -> int:
    """ "The speaker of Peru's parliament, X": a country's unnamed body (a lower-case noun of
    the ``national_body_head`` cue after its "'s") ends the title phrase; the office is the
    country's, as after the name ("X, the speaker of Peru's parliament"). The country's last
    token, else ``j``."""
    if j - 2 < floor or not doc[j].is_lower:
        return j
    if doc[j].lower_ not in cue_words(doc.lang_, "national_body_head"):
        return j
    owner = ent_at.get(j - 2)
    if owner is None or owner.type != "Country" or not is_possessive(doc[j - 1]):
        return j
    return j - 2


#: Tokens a title phrase set off between two names may span ("the US president").
_APPOSED_TITLE_REACH = 8


def _apposed_to_name_before(doc: Doc, j: int, ent_at: dict[int, Mention], floor: int) -> bool:
    """The title phrase ending at token ``j`` opens right after a person's name and its comma
    ("A, the US president, B, Australia's prime minister, and C"): an apposition of that
    name, so the name after it is the next of a list, not the title's holder. No verb may
    stand between ("A said the US president, B, ...")."""
    k = j
    while k > floor and j - k < _APPOSED_TITLE_REACH and doc[k].text != ",":
        m = ent_at.get(k)
        if doc[k].pos_ in ("VERB", "AUX", "CCONJ", "ADP") and doc[k].lower_ != "of":
            return False  # "A, and Samoa's prime minister, B", "A, along with the envoy, B"
        if m is not None and m.type == "Person":
            return False
        k -= 1
    if doc[k].text != "," or k - 1 < floor:
        return False
    before = ent_at.get(k - 1)
    return before is not None and before.type == "Person" and before.tok_end == k


def titled_after(doc: Doc, k: int, titles: tuple[Title, ...], ent_at: dict[int, Mention]) -> bool:
    """A comma at token ``k`` (right after a name) and then a head title (after an article,
    or a country and its possessive): "B, Australia's prime minister", "B, the British prime
    minister": the name has a title of its own set off after it."""
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in ARTICLES:
        k += 1
    owner = ent_at.get(k)
    if owner is not None and owner.type == "Country" and owner.tok_end < len(doc):
        k = owner.tok_end + int(is_possessive(doc[owner.tok_end]))
    title = title_starting_at(doc, k, titles) if k < len(doc) else None
    return title is not None and title.head


def _name_end(ent_at: dict[int, Mention], tok_start: int) -> int:
    """The token after the name starting at ``tok_start``."""
    name = ent_at.get(tok_start)
    return name.tok_end if name is not None else tok_start + 1


#: Lowercase words of an office's remit after "for" ("special envoy for climate affairs").
_REMIT_WORDS = 3


def _before_remit(doc: Doc, j: int, floor: int) -> int:
    """The token before "for <remit>" ending at token ``j`` ("the EU special envoy for
    climate affairs, X"), so the title before it is found; ``j`` itself when there is none."""
    for k in range(j, max(floor, j - _REMIT_WORDS) - 1, -1):
        if doc[k].lower_ == "for" and k < j:
            return k - 1
        if not (doc[k].is_lower and doc[k].is_alpha):
            return j
    return j


def in_receiving_list(doc: Doc, k: int, ent_at: dict[int, Mention]) -> bool:
    """Token ``k`` stands in a list of countries or bodies that "untuk/to/for" opens, the
    places an envoy is accredited to ("untuk Peru, Bolivia, dan Ekuador"): only such
    names, commas, "dan/and" and "the" lie back to the preposition."""
    j = k
    while j > 0 and k - j <= _MAX_TITLE_TOKENS:
        m = ent_at.get(j - 1)
        if m is not None and m.type in ("Country", "Organization"):
            j = m.tok_start
        elif doc[j - 1].text == "," or doc[j - 1].lower_ in ("dan", "and", "the"):
            j -= 1
        else:
            return doc[j - 1].lower_ in _REMIT | {"to"}
    return False


def _field_list_comma(
    doc: Doc, i: int, name_start: int, found: list[Title], ent_at: dict[int, Mention]
) -> bool:
    """The comma at ``i`` parts the capitalised field words of an office still being read
    ("Kepala Pusat Riset, Statistik, dan Publikasi BNPB X", "Menteri Koordinator Bidang
    Pangan, Air, dan Energi Y"): no title found yet, a "dan"/"and" between it and the name, and a
    capitalised word that is no entity before it."""
    if found or i < 1 or i + 1 >= name_start:
        return False
    before = doc[i - 1]
    if not before.is_title or not before.is_alpha or before.i in ent_at:
        return False
    return any(t.lower_ in ("dan", "and") and t.pos_ == "CCONJ" for t in doc[i + 1 : name_start])


def _governs_before_title(
    place: Mention, found: list[Title], phrase_start: int | None, fillers: int
) -> bool:
    """ "Oregon Governor X", "Tottori Governor Y", "Lima Mayor Z": a city or region named
    right before a regional head title (``local``) is the place the office governs, as a
    country before a president's title is his (English puts the place first, Indonesian
    after the title: "Gubernur Jawa Barat X"). Only touching the title, which is the nearest
    one found: "talks in Osaka with Governor X" keeps the preposition between."""
    return (
        place.type in ("City", "Region")
        and bool(found)
        and found[-1].head
        and found[-1].local
        and not fillers
        and phrase_start == place.tok_end
    )


def _local_office_of(
    doc: Doc,
    place: Mention,
    titles: tuple[Title, ...],
    floor: int,
    apposed: bool = False,
) -> bool:
    """A city or region governed by the regional office just before it: "the mayor of P" (a
    ``local`` title and "of"; a place of unknown kind too: a governor's is a region), or, set
    off from the name by a comma, "Gubernur P, X" (a head title right before it). Why: a
    place is no office's holder by default (the words before a name are often the
    sentence's: "talks in P with X"); a mayor's or governor's place is."""
    if place.type not in ("City", "Region", "Place"):
        return False
    k = place.tok_start - 1
    short = _title_abbreviation(doc, k, titles, floor) if k > floor and doc[k].text == ")" else None
    k = short if short is not None else k  # "Wakil Wali Kota (Wawali) P"
    if k > floor and doc[k].lower_ == "of":
        title = _title_ending_at(doc, k - 1, titles, floor)
        return title is not None and title.head and title.local
    if not apposed or place.type == "Place":
        return False
    title = _title_ending_at(doc, k, titles, floor)
    return title is not None and title.head


def _apposition_holds(
    doc: Doc,
    tok_start: int,
    phrase_start: int,
    ent_at: dict[int, Mention],
    predicative: frozenset[str] = frozenset(),
) -> bool:
    """ "Setelah bertemu Menlu Rusia, Blinken mengatakan ...": a name that a verb follows after
    the comma is the main clause's subject, not the title's holder, unless the title opens the
    sentence ("Wakil Sekjen Partai X, Andi menyatakan ..."). "Saat X menjadi Gubernur P, Y
    menilai ...": a title a predicative verb takes is that verb's subject's, where the clause
    names one ("Setelah menjadi Gubernur P, Y ..." has none: Y became it)."""
    verb = phrase_start - 1
    if verb > 0 and doc[verb].lower_ in predicative:
        start = doc[verb].sent.start
        if any(
            m.type == "Person" and m.tok_end <= verb
            for m in (ent_at.get(k) for k in range(start, verb))
            if m is not None
        ):
            return False
    name = ent_at.get(tok_start)
    end = name.tok_end if name is not None else tok_start + 1
    if end >= len(doc) or doc[end].is_punct or doc[end].pos_ not in ("VERB", "AUX"):
        return True
    # "Sementara itu, Ketua X, Andi menyatakan": nothing but a connective before the title
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[doc[tok_start].sent.start : phrase_start])


def _attach_title(
    doc: Doc,
    m: Mention,
    titles: tuple[Title, ...],
    ent_at: dict,
    mentions: list[Mention],
    cues: Cues,
) -> None:
    hit = find_title(
        doc, m.tok_start, titles, ent_at, cues.portfolio, cues.tenure, cues.predicative
    )
    if hit is None:
        return
    phrase_start, _found, _holders = hit
    # a span's text, not ``doc.text[...]``: Doc.text is rebuilt on every access (O(doc))
    title = doc[phrase_start : m.tok_start].text_with_ws.strip().rstrip(",").strip()
    _update(mentions, ent_at, m, title_start=doc[phrase_start].idx, title=title)


def _possessor_opens(
    subject_of_sent: dict[int, tuple[int, Mention]],
    sent: int,
    i: int,
    salient: Callable[[int], Mention | None],
) -> None:
    """ "His talks with A, the Chilean leader, and B broke down. Later he met Y": a
    possessive opening the sentence is the person the text is about (the salient one of the
    sentences before), who stays its subject for a pronoun after it, not the last person
    its objects name."""
    before = range(sent - 1, max(-1, sent - 4), -1)
    antecedent = next((a for s in before if (a := salient(s))), None)
    held = subject_of_sent.get(sent)
    if antecedent is not None and (held is None or i < held[0]):
        subject_of_sent[sent] = (i, antecedent)


def _with_pronouns(
    doc: Doc, mentions: list[Mention], cues: Cues, token_sent: dict[int, int]
) -> list[Mention]:
    """Add a mention for each personal pronoun, pointing at the salient person before it.

    The salient person is the subject of the closest earlier sentence that names a person:
    its first person not in object position, or its subject pronoun's person ("There she was
    received by X and held talks with Y. She then flew to ...": she, not Y); failing both,
    its first person. In news prose the next sentence continues about the subject.
    """
    # in text order: a title standing alone ("Raja") is added after the names, yet a
    # sentence's first person is the one it names first
    persons = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.tok_start)
    objects = _objects_with_conjuncts(doc, persons, cues)
    subject_of_sent: dict[int, tuple[int, Mention]] = {}
    first_person_of_sent: dict[int, Mention] = {}
    for m in persons:
        if _in_relative_clause(doc, m):
            continue  # "From P, where X had hosted him at dinner, the lawmaker ...": not X
        if _after_place_preposition(doc, m, cues):
            continue  # "flew to P from [X]": a place the model took for a person
        first_person_of_sent.setdefault(m.sent_index, m)
        if id(m) not in objects:
            subject_of_sent.setdefault(m.sent_index, (m.tok_start, m))

    def salient(s: int) -> Mention | None:
        found = subject_of_sent.get(s)
        return found[1] if found is not None else first_person_of_sent.get(s)

    out = list(mentions)
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    taken |= _plural_phrase_tokens(doc, cues)
    countries = {m.tok_start: m for m in mentions if m.type == "Country" and m.kb_id}
    for tok in doc:
        guest = phrase_at(doc, tok.i, cues.guest_reference) if tok.i not in taken else 0
        if guest:
            sent = token_sent[tok.i]
            visitor = _guest_of(tok.i, subject_of_sent.get(sent), persons, mentions)
            if visitor is not None:
                if sent not in subject_of_sent or tok.i < subject_of_sent[sent][0]:
                    # "..., tamu negara itu disambut X. Di sana ia ...": the guest goes on
                    subject_of_sent[sent] = (tok.i, visitor)
                out.append(_reference(doc[tok.i : tok.i + guest], len(out), sent, visitor))
            continue
        national = national_description(doc, tok.i, cues, countries)
        if national is not None:
            end, country, noun = national
            holder = _holder_by_country(persons, mentions, country, tok.i, noun, cues)
            if holder is not None:
                sent = token_sent[tok.i]
                opens = tok.is_sent_start or (
                    _after_fronted_phrase(doc, tok.i) and _acts_next(doc, end, cues)
                )
                if opens and (sent not in subject_of_sent or tok.i < subject_of_sent[sent][0]):
                    subject_of_sent[sent] = (tok.i, holder)
                out.append(_reference(doc[tok.i : end], len(out), sent, holder))
            continue
        described = _description_end(doc, tok.i, cues, taken)
        if tok.tag_ == "PRP$" and tok.is_sent_start and described is None:
            _possessor_opens(subject_of_sent, token_sent[tok.i], tok.i, salient)
            continue
        if described is None and (
            tok.lower_ not in cues.pronoun or tok.ent_type_ or tok.tag_ == "PRP$"
        ):
            continue  # "her counterpart": a determiner, not a person in the clause
        sent = token_sent[tok.i]
        same = [
            m
            for m in persons
            if m.sent_index == sent and m.tok_end <= tok.i and id(m) not in objects
        ]
        antecedent = None
        held = subject_of_sent.get(sent)
        if held is not None and held[0] < tok.i and (not same or held[0] < same[0].tok_start):
            same = [held[1], *same]  # "He flew to P ..., where he met X": the first "he"'s person
        as_object = tok.lower_ in _OBJECT_PRONOUNS or _after_active_verb(doc, tok)
        relative = _relative_start(tok) or _adverbial_start(tok, cues) if as_object else None
        gender = _pronoun_gender(tok)

        def fits(m: Mention, gender: str | None = gender) -> bool:
            person = mentions[m.antecedent] if m.antecedent is not None else m
            return gender is None or _gender(doc, person, mentions, cues) in (None, gender)

        if same and (
            not as_object
            or (relative is not None and same[0].tok_start < relative)
        ):
            # "Hua said she hoped", "Abe bertemu X, sedangkan di Sydney ia ...": the sentence's
            # subject, not the object named last; "flew on to P, where Y received him":
            # the main clause's subject, outside the relative clause that binds Y.
            antecedent = same[0] if fits(same[0]) else None
        if antecedent is None:
            # "The prince flew in. His wife A stayed behind. On arrival he ...": the
            # salient person of a sentence before, past one a gendered word rules out
            antecedent = next(
                (
                    a
                    for s in range(sent - 1, max(-1, sent - 4), -1)
                    if (a := salient(s)) and fits(a)
                ),
                None,
            )
        if antecedent is not None and not as_object:
            held = subject_of_sent.get(sent)
            if held is None or tok.i < held[0]:
                subject_of_sent[sent] = (tok.i, antecedent)
        if antecedent is None:
            continue
        if antecedent.antecedent is not None:  # a title alone: the person it stands for
            antecedent = mentions[antecedent.antecedent]
        end = described if described is not None else tok.i + 1
        out.append(_reference(doc[tok.i : end], len(out), sent, antecedent))
    return out


def national_description(
    doc: Doc, i: int, cues: Cues, countries: dict[int, Mention]
) -> tuple[int, Mention, Token] | None:
    """End, country and office noun of a description by nationality starting at token ``i``:
    "the Libyan leader", "the Russian foreign minister" (English: "the", a country or its
    demonym, up to three lower-case words ending in a ``national_description`` noun) or
    "pemimpin Libya itu", "presiden Rusia tersebut" (Indonesian: the noun, the country,
    "itu/tersebut"). ``countries``: the known countries' mentions by first token."""
    first = doc[i]
    if first.lower_ == "the" and i + 1 in countries:
        country = countries[i + 1]
        for k in range(country.tok_end, min(len(doc), country.tok_end + 3)):
            if not doc[k].is_lower or doc[k].is_punct:
                return None
            if doc[k].lower_ in cues.national_description:
                if k + 1 < len(doc) and is_possessive(doc[k + 1]):
                    return None  # "the Libyan leader's aide": someone else
                return k + 1, country, doc[k]
        return None
    if not ((first.is_lower or first.is_sent_start) and first.lower_ in cues.national_description):
        return None
    for k in range(i + 1, min(len(doc), i + 4)):
        if k in countries:
            country = countries[k]
            after = country.tok_end
            if after < len(doc) and doc[after].lower_ in DEMONSTRATIVES:
                return after + 1, country, first
            return None
        if not doc[k].is_lower:
            return None
    return None


def _holder_by_country(
    persons: list[Mention],
    mentions: list[Mention],
    country: Mention,
    before: int,
    noun: Token,
    cues: Cues,
) -> Mention | None:
    """The person named last before token ``before`` whose title names ``country`` and the
    description's office ("Libyan leader X" for "the Libyan leader", "Russian President X"
    for "the Russian president", a head's title for "the X leader"); None when nobody's does,
    so the description stands for no one rather than for whoever was named last."""
    if noun.lower_ in cues.national_leader:
        offices = cues.head_title
    else:
        offices = frozenset({noun.lower_})
    found = None
    for p in persons:
        if p.tok_start >= before or p.title_start is None or p.is_pronoun or not p.title:
            continue
        if not offices & _words(p.title):
            continue
        if any(
            m.kb_id == country.kb_id and p.title_start <= m.start < p.start for m in mentions
        ) and (found is None or p.tok_start > found.tok_start):
            found = p
    return found or _holder_by_knowledge(persons, country, before, noun, cues)


def _words(title: str) -> set[str]:
    """A title's words, lowercased, a hyphen read as a space ("Vice-President" has "president")."""
    return set(title.lower().replace("-", " ").split())


def _holder_by_knowledge(
    persons: list[Mention], country: Mention, before: int, noun: Token, cues: Cues
) -> Mention | None:
    """The one person named before token ``before`` whom the base of notable people
    (``ontology/people``) knows as holding, in the description's country, the description's
    office: "President Cyril Ramaphosa landed in P ... Ghanaian President Y welcomed the South
    African leader" (the text never ties Ramaphosa to South Africa; the base does). Knowledge
    picks the referent only; what is said of the description still needs the sentence. None
    when the base knows several such people or nobody."""
    if not country.kb_id or not country.kb_id.startswith("iso3166:"):
        return None
    from kg.nlp.people import load_people

    code = country.kb_id.split(":", 1)[1]
    offices = _english_offices(noun, cues)
    kb = load_people()
    chosen: dict[str, Mention] = {}
    for p in persons:
        if p.tok_start >= before or p.is_pronoun:
            continue
        known = kb.lookup(p.text)
        if known is not None and any(
            o.of == code and offices & _words(o.title) for o in known.offices
        ):
            chosen[known.id] = p
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def _english_offices(noun: Token, cues: Cues) -> frozenset[str]:
    """The words of the offices a description's noun may stand for, in English as the base of
    notable people writes offices: a head's for "leader"/"pemimpin", else the noun's own office
    as ``titles.jsonl`` translates it ("presiden" -> "president")."""
    if noun.lower_ in cues.national_leader:
        return load_cues("en").head_title
    for lang in ("id", "en"):
        for t in load_titles(lang):
            if t.office and t.title.lower() == noun.lower_:
                return frozenset(_words(t.office))
    return frozenset({noun.lower_})


#: Words a description may hold between its start and its person noun ("politikus berusia
#: 61 tahun itu", "the 61-year-old politician").
_DESCRIPTION_REACH = 7


def _guest_of(
    i: int, host: tuple[int, Mention] | None, persons: list[Mention], mentions: list[Mention]
) -> Mention | None:
    """Whom "tamunya", "sang tamu" or "his guest" at token ``i`` stands for: the person the
    story is about up to there (named most often, in full or by part of the name), not
    the sentence's own subject ("Presiden X menjemput tamunya" is not X's own guest)."""
    named = [p for p in persons if p.tok_end <= i and not p.is_pronoun]
    if host is not None:
        named = [p for p in named if not _same_person(host[1], p, mentions)]
    if not named:
        return None
    words = {p.index: set(p.text.lower().split()) for p in named}

    def told(p: Mention) -> int:  # mentions of this person, in full or by part of the name
        return sum(words[q.index] <= words[p.index] for q in named)

    return max(named, key=lambda p: (told(p), len(words[p.index]), p.tok_start))


def _same_person(a: Mention, b: Mention, mentions: list[Mention]) -> bool:
    """Two mentions of one person, a reference read as the person it stands for."""
    return same_name(mentions[a.antecedent] if a.antecedent is not None else a, b)


def _description_end(doc: Doc, i: int, cues: Cues, taken: set[int]) -> int | None:
    """End of a definite description of a person starting at token ``i`` ("politikus
    berusia 61 tahun itu", "the veteran politician": a noun of the ``person_description``
    cue, with "itu/tersebut" after it in Indonesian or "the" before it in English, and
    only lower-case words and numbers between), which stands for the salient person as a
    pronoun does; None if there is none."""
    if i in taken or not cues.person_description:
        return None
    first = doc[i]
    opens = first.is_lower or first.is_sent_start
    if first.lower_ in cues.person_description and opens:  # Indonesian order
        origin = False  # "pengusaha asal Jepang itu": a named origin may stand inside
        for k in range(i + 1, min(len(doc), i + 1 + _DESCRIPTION_REACH)):
            word = doc[k]
            if word.lower_ in DEMONSTRATIVES:
                return k + 1 if _acts_next(doc, k + 1, cues) else None
            if word.is_punct or not (origin or word.is_lower or word.like_num):
                return None
            if k in taken and not origin:
                return None
            origin = origin or word.lower_ in cues.description_origin
        return None
    if first.lower_ != "the":
        return None
    for k in range(i + 1, min(len(doc), i + 1 + _DESCRIPTION_REACH)):
        word = doc[k]
        if k in taken or not (word.is_lower or word.like_num or word.text == "-"):
            return None
        if word.lower_ in cues.person_description:
            return k + 1 if _acts_next(doc, k + 1, cues) else None
    return None


def _acts_next(doc: Doc, k: int, cues: Cues) -> bool:
    """A verb (or an adverb before one) right after a description: it is a subject, which
    stands for the salient person; an object ("met the opposition leader") is someone else."""
    for j in range(k, min(len(doc), k + 2)):
        if doc[j].pos_ in ("VERB", "AUX") or is_active_verb(doc[j], cues):
            return True
        if doc[j].pos_ != "ADV":
            return False
    return False


def _pronoun_gender(tok: Token) -> str | None:
    """ "f" for an English "she/her", "m" for "he/him", None for any other pronoun."""
    if tok.doc.lang_ != "en":
        return None
    return _GENDERED_PRONOUNS.get(tok.lower_)


#: English pronouns that say a gender ("f"/"m"); "they" and the Indonesian ones do not.
_GENDERED_PRONOUNS = {
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m",
}  # fmt: skip


def _gender(doc: Doc, person: Mention, mentions: list[Mention], cues: Cues) -> str | None:
    """A person's gender where a word says it at any mention of the very same name: a title
    or a kin word in the title phrase or right before the name ("Queen X", "his wife X", "Mr
    Y"; the ``female_word`` and ``male_word`` cues); None where none does, or both. Only the
    same words: a family name alone is shared by a couple ("First Lady A Berg", "Berg")."""
    words: set[str] = set()
    name = person.text.lower()
    for m in mentions:
        if m.type == "Person" and not m.is_pronoun and m.text.lower() == name:
            start = with_title_start(doc, m)
            words |= {t.lower_ for t in doc[max(0, start - 2) : m.tok_start]}
            words |= set((m.title or "").lower().split())
    female, male = bool(words & cues.female_word), bool(words & cues.male_word)
    return "f" if female and not male else "m" if male and not female else None


def _after_active_verb(doc: Doc, tok: Token) -> bool:
    """An Indonesian "dia" or "beliau" right after an active verb ("menerima beliau", "menemui
    dia"): the verb's object, as "him" is in English, so not its own clause's subject."""
    if doc.lang_ != "id" or tok.lower_ not in ("dia", "beliau") or tok.i == 0:
        return False
    verb = doc[tok.i - 1]
    return verb.pos_ == "VERB" and verb.lower_.startswith("me")


def _after_fronted_phrase(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a short phrase that opens its sentence with no verb and ends in a
    comma ("Kamis, pemimpin Libya itu ...", "On Monday, the Chilean leader ..."): a time or
    place fronted before the main clause, whose subject starts at ``i``."""
    if i == 0 or doc[i - 1].text != ",":
        return False
    start = doc[i].sent.start
    fronted = doc[start : i - 1]
    return (
        0 < len(fronted) <= _FRONTED_REACH
        and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in fronted)
    )


#: Words a fronted time or place phrase may hold before its comma ("Pada Kamis pagi",
#: "Earlier on Monday").
_FRONTED_REACH = 5


def _after_place_preposition(doc: Doc, m: Mention, cues: Cues) -> bool:
    """Right after "in/at/to/from" ("flew to P from [X]"): a place the model read as a
    person, never the antecedent of the next sentence's "he"."""
    k = with_title_start(doc, m) - 1
    return (
        k >= 0
        and doc[k].pos_ == "ADP"
        and (doc[k].lower_ in cues.locative or doc[k].lower_ in cues.origin)
    )


def _in_relative_clause(doc: Doc, m: Mention) -> bool:
    """The person acts on someone else in a relative clause (the parse's ``relcl`` with an
    object pronoun: "From P, where X had hosted him at dinner, the lawmaker travelled on"): the
    sentence is about the one "him" stands for, so X is no antecedent for the next
    sentence's "he" ("The trip began in P, where Y attended the summit" is about Y).
    English only, where the small model marks such clauses."""
    head = doc[m.tok_end - 1]
    verb = head.head
    return (
        head.dep_.startswith("nsubj")
        and verb.dep_ == "relcl"
        and any(c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS for c in verb.children)
    )


def _objects_with_conjuncts(doc: Doc, persons: list[Mention], cues: Cues) -> set[int]:
    """The ids of the persons in object position, the second of "met A and President B"
    included: B is met as A is, so neither is the antecedent of a later "he" ("After meeting
    A and B, X flew to P, where he ..."). Only "and"/"dan" joins them: after a comma a new
    clause may begin."""
    link = cues.coordination - {","}
    found: set[int] = set()
    previous: Mention | None = None
    for m in persons:
        if object_position(doc, m, cues):
            found.add(id(m))
        elif previous is not None and id(previous) in found:
            start = with_title_start(doc, m)
            if start >= 1 and doc[start - 1].lower_ in link and previous.tok_end == start - 1:
                found.add(id(m))
        previous = m
    return found


#: Relative pronouns that stand for a thing, subject of a relative clause.
_THING_RELATIVES = frozenset({"that", "which", "yang"})
#: Relative adverbs that open a clause about a place.
_PLACE_RELATIVES = frozenset({"where"})


def _relative_start(tok: Token) -> int | None:
    """Where the relative clause holding an object pronoun starts, when the clause is about a
    thing ("X is to leave for a tour that will take him to London") or a place ("flew on to
    P, where Y received him"): the pronoun is not bound inside that clause, so it may be
    the person the main clause is about, as it may not be in "X met Y and thanked him"."""
    verb = tok.head
    if verb.dep_ not in ("relcl", "acl:relcl"):
        return None
    if any(
        (c.dep_.startswith("nsubj") and c.lower_ in _THING_RELATIVES)
        or c.lower_ in _PLACE_RELATIVES
        for c in verb.children
    ):
        return min(t.i for t in verb.subtree)
    return None


def _adverbial_start(tok: Token, cues: Cues) -> int | None:
    """Where the adverbial clause holding an object pronoun starts ("X declared ..., hours
    after Y welcomed him in P": the parse's ``advcl`` opened by a subordinator): the pronoun
    is not bound by that clause's subject, so it is the person the main clause is about."""
    verb = tok.head
    if verb.dep_ != "advcl":
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in cues.subordinator]
    if not marks and verb.i > 0 and verb.doc[verb.i - 1].lower_ in cues.subordinator:
        marks = [verb.doc[verb.i - 1]]
    return min(t.i for t in verb.subtree) if marks else None


def _with_capital_references(
    doc: Doc, mentions: list[Mention], lang: str, cues: Cues, token_sent: dict[int, int]
) -> list[Mention]:
    """ "arrived in the Indonesian capital", "Ukraine's capital", "tiba di ibu kota Korea
    Selatan": the country's capital, named by description only, is a mention of that city
    (the gazetteer's capital, its name as the mention's text, so it is no alias). Where the
    text names the city beside it ("the Thai capital Bangkok", "ibu kota Malaysia, Kuala
    Lumpur", "Hanoi, the Vietnamese capital") the name is the mention and nothing is added."""
    gaz = load_gazetteer()
    copulas = cue_words(lang, "copula")
    at = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = list(mentions)
    for country in mentions:
        entry = gaz.get(country.kb_id) if country.type == "Country" and country.kb_id else None
        capital = gaz.get(entry.capital) if entry is not None and entry.capital else None
        if capital is None:
            continue
        span = _capital_words(doc, country, lang, cues)
        if span is None or any(i in at for i in range(span.start, span.end)):
            continue
        first, last = min(span.start, country.tok_start), max(span.end, country.tok_end)
        if _city_beside(doc, at, first, last, copulas):
            continue
        out.append(
            _on_span(
                span,
                len(out),
                token_sent[span.start],
                text=capital.name,
                type="City",
                kb_id=capital.id,
            )
        )
        for i in range(span.start, span.end):
            at[i] = out[-1]
    return out


def _with_city_references(
    doc: Doc, mentions: list[Mention], cues: Cues, token_sent: dict[int, int]
) -> list[Mention]:
    """ "was also in the city", "travelled to the capital", "di kota itu": the city named last,
    in this sentence or the two before, when one is (a city mention of its name, as for
    capitals described by their country). "the city of X", "the capital Bangkok" name theirs."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    cities = sorted((m for m in mentions if m.type == "City"), key=lambda m: m.tok_start)
    out = list(mentions)
    for i in range(len(doc)):
        n = phrase_at(doc, i, cues.city_reference)
        if not n or any(k in taken for k in range(i, i + n)):
            continue
        after = doc[i + n] if i + n < len(doc) else None
        if after is not None and (
            after.lower_ == "of" or after.text[:1].isupper() or after.text == "-"
        ):
            continue
        if [t.lower_ for t in doc[i + n : i + n + 2]] == ["city", "of"]:
            continue  # "the capital city of X" names its city by X, like "the capital of X"
        national = doc[i + n - 1].lower_ == "capital"
        earlier = [
            c
            for c in cities
            if c.tok_end <= i
            and token_sent[i] - c.sent_index <= 2
            and not _as_government(doc, c)
            and not (national and _known_non_capital(c))
        ]
        if not earlier:
            continue
        city = earlier[-1]
        out.append(
            _on_span(
                doc[i : i + n],
                len(out),
                token_sent[i],
                text=city.text,
                type="City",
                kb_id=city.kb_id,
            )
        )
        taken.update(range(i, i + n))
    return out


def _known_non_capital(city: Mention) -> bool:
    """A city the gazetteer knows and holds no country's capital: "the capital" after "was
    hosted in Cusco, Peru" is not Cusco but the capital the story is in. (Indonesian
    "ibu kota itu" may be a province's capital, which the gazetteer does not record.)"""
    entry = load_gazetteer().get(city.kb_id) if city.kb_id else None
    return entry is not None and entry.type == "City" and not entry.capital_of


def _as_government(doc: Doc, city: Mention) -> bool:
    """ "Moscow's forces", "Madrid is wary", "Beijing said": a city in the possessive, or
    with a verb right after it and no preposition before, is named for its government; "the
    city" or "the capital" later never refers back to it."""
    i = city.tok_end
    if i >= len(doc):
        return False
    if is_possessive(doc[i]):
        return True
    before = doc[city.tok_start - 1] if city.tok_start > 0 else None
    return doc[i].pos_ in ("VERB", "AUX") and (before is None or before.pos_ != "ADP")


def _capital_words(doc: Doc, country: Mention, lang: str, cues: Cues) -> Span | None:
    """The capital words of a description: before the country in Indonesian ("ibu kota X"),
    after a demonym or possessive in English ("the X capital", "X's capital")."""
    phrases = cues.capital_reference
    if lang == "id":
        for n in {len(p) for p in phrases}:
            start = country.tok_start - n
            if start >= 0 and phrase_at(doc, start, phrases) == n:
                return doc[start : country.tok_start]
        return None
    i = country.tok_end
    if i < len(doc) and doc[i].text in ("'s", "’s", "'"):
        i += 1
    elif not (country.is_demonym or _attributive(doc, country)):
        return None
    n = phrase_at(doc, i, phrases) if i < len(doc) else 0
    return doc[i : i + n] if n else None


def _attributive(doc: Doc, country: Mention) -> bool:
    """ "the U.S. capital", "the UAE capital": a country's name used as a modifier after
    "the", as a demonym would be."""
    return country.tok_start > 0 and doc[country.tok_start - 1].lower_ == "the"


def _city_beside(
    doc: Doc, at: dict[int, Mention], first: int, last: int, copulas: frozenset[str]
) -> bool:
    """A city or place named right after the description (after at most a comma) or right
    before it (before a comma or a copula: "Lima adalah ibu kota Peru", "Hanoi is Vietnam's
    capital"): the description is its apposition or its predicate."""
    after = last + (last < len(doc) and doc[last].text == ",")
    before = first - 1 - (first > 0 and doc[first - 1].lower_ == "the")
    if before >= 0 and (doc[before].text == "," or doc[before].lower_ in copulas):
        before -= 1
    return any(
        k in at and at[k].type in PLACE_TYPES and at[k].type != "Country"
        for k in (after, before)
        if 0 <= k < len(doc)
    )


def _on_span(span: Span, index: int, sent_index: int, **fields: object) -> Mention:
    """A mention placed on ``span`` (its offsets and tokens), with its other ``fields``."""
    return Mention(
        index=index,
        start=span.start_char,
        end=span.end_char,
        tok_start=span.start,
        tok_end=span.end,
        sent_index=sent_index,
        **fields,
    )


def _without_regnal_stop(ent: Span) -> str:
    """The name's text without the sentence's full stop the tokenizer left on a closing
    regnal number ("Sultan Mangkubumi X." before "Ia ...": "Mangkubumi X")."""
    last = ent[-1].text
    if (
        ent.label_ == "Person"
        and len(last) > 1
        and last.endswith(".")
        and not (set(last[:-1]) - set("IVXLC"))
    ):
        return ent.text[:-1]
    return ent.text


def _reference(span: Span, index: int, sent_index: int, antecedent: Mention) -> Mention:
    """A mention of ``span`` (a pronoun, a title alone, "keduanya") standing for ``antecedent``."""
    return _on_span(
        span, index, sent_index, text=span.text, type="Person", antecedent=antecedent.index
    )


def _with_plural_references(
    doc: Doc, mentions: list[Mention], cues: Cues, token_sent: dict[int, int]
) -> list[Mention]:
    """Add, for each phrase standing for two persons ("keduanya", "the couple"), one
    reference mention per person, all on the phrase's tokens: a frame that finds one of them
    takes the whole group (``Context.group``), so "A dan istrinya B tiba ... Keduanya
    disambut X" gives X met A and X met B. The pair is the nearest one in the two sentences
    before the phrase's (in its own, a pair is more often the phrase's subject: "A dan B
    menyambut pasangan itu"), or, for a phrase opening its clause, the pair a phrase of a
    sentence just before stood for (``_pair_before``); with no pair there, nothing is added."""
    out = list(mentions)
    persons = [m for m in mentions if m.type == "Person" and not m.is_pronoun]
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    plural = _plural_phrase_tokens(doc, cues)
    read: set[int] = set()  # sentences with a pair phrase read
    opened: dict[int, tuple[Mention, Mention]] = {}  # sentence -> pair a phrase stood for
    i = 0
    while i < len(doc):
        counted = _counted_group_at(doc, i)
        if counted is not None and not any(k in taken for k in range(i, i + counted[1])):
            size, length = counted
            sent = token_sent[i]
            group = None
            for before in (sent - 1, sent - 2):
                listed = [p for p in persons if p.sent_index == before]
                group = group or _named_list(doc, listed, cues, size)
            for person in group or ():
                out.append(_reference(doc[i : i + length], len(out), sent, person))
            i += length
            continue
        trio = phrase_at(doc, i, cues.trio_pronoun)
        if trio and not any(k in taken for k in range(i, i + trio)):
            sent = token_sent[i]
            three = None
            for before in (sent - 1, sent - 2):
                listed = [p for p in persons if p.sent_index == before]
                three = three or _named_list(doc, listed, cues, 3)
            for person in three or ():
                out.append(_reference(doc[i : i + trio], len(out), sent, person))
            i += trio
            continue
        size = phrase_at(doc, i, cues.plural_pronoun)
        if not size or any(k in taken for k in range(i, i + size)):
            i += 1
            continue
        sent = token_sent[i]
        pair = _possessing_pair_of_this_sentence(doc, i, persons, sent, cues)
        if pair is None and size == 1 and sent in read:
            # "the second talks for both leaders since they sat down": "they" is the pair
            # phrase's, which stands for a pair of an earlier sentence at best; no second guess
            i += size
            continue
        if pair is None and (size == 1 or _after_subordinator(doc, i, cues)):
            # "A and B said they would head for P", "drawn up by A and B when the two leaders
            # met": a bare "they", or a pair phrase opening a subordinate clause, after its own
            # sentence's pair
            own = [p for p in persons if p.sent_index == sent and p.tok_end <= i]
            pair = _named_pair(doc, own, cues, joined=True) if own else None
        opening = i == doc[i].sent.start or doc[i - 1].text == ","
        if pair is None:
            pair = _pair_before(doc, persons, sent, cues, opened if opening else {})
        if pair is not None and _pair_of_this_sentence(doc, i, persons, sent, pair, cues):
            pair = None
        if pair is not None and not _pair_holds_office(doc[i : i + size], pair, cues):
            pair = None
        if pair is not None and not _couple_of_its_rank(doc[i : i + size], pair):
            pair = None
        chained = pair is not None and pair in opened.values()
        if pair is not None and size == 1 and not chained:
            if _others_between(doc, pair, i, cues, plural):
                pair = None  # "A and B said the rebels attacked. They fled": the rebels
        for person in pair or ():
            out.append(_reference(doc[i : i + size], len(out), sent, person))
        if pair is not None:
            opened.setdefault(sent, pair)
        if size > 1:
            read.add(sent)
        i += size
    return out


#: Sentences back in which a phrase opening its clause finds the pair one opened a clause with.
_CHAIN_BACK = 3


def _pair_before(
    doc: Doc,
    persons: list[Mention],
    sent: int,
    cues: Cues,
    opened: dict[int, tuple[Mention, Mention]],
) -> tuple[Mention, Mention] | None:
    """The pair a phrase of sentence ``sent`` stands for: the nearest named in the two sentences
    before, or, for a phrase opening its clause (``opened`` given), the pair a phrase of a
    sentence a few back stood for ("Pasangan itu tiba di P. Di bandara, keduanya disambut X")
    before a pair named as a verb's object ("A bertemu B dan C. Pasangan itu lalu ...": the
    pair the text is about, not the two it met). A fragment with no words (a quotation mark
    the segmenter cut off) is no sentence to count."""
    sents = list(doc.sents)
    back = [k for k in range(sent - 1, -1, -1) if sum(t.is_alpha for t in sents[k]) >= 2]
    fallback = None
    for n, before in enumerate(back[:_CHAIN_BACK]):
        if before in opened:
            return opened[before]
        if n >= 2:
            continue
        named = _named_pair(doc, [p for p in persons if p.sent_index == before], cues)
        if named is not None and opened and object_position(doc, named[0], cues):
            fallback = fallback or named
            continue
        if named is not None:
            return named
    return fallback


def _plural_phrase_tokens(doc: Doc, cues: Cues) -> set[int]:
    """Tokens of the phrases that stand for two or more persons ("Kedua pemimpin itu", "the
    three leaders"): read last, as the group (:func:`_with_plural_references`), never as a
    title or a description ("pemimpin itu") of one of them."""
    counted = {
        k
        for i in range(len(doc))
        if (group := _counted_group_at(doc, i)) is not None
        for k in range(i, i + group[1])
    }
    return counted | {
        k
        for i in range(len(doc))
        for phrases in (cues.plural_pronoun, cues.trio_pronoun)
        for k in range(i, i + phrase_at(doc, i, phrases))
    }


def _possessing_pair_of_this_sentence(
    doc: Doc, i: int, persons: list[Mention], sent: int, cues: Cues
) -> tuple[Mention, Mention] | None:
    """ "A berbincang dengan B, pertemuan pertama keduanya": a phrase that possesses the noun
    before it ("their meeting") looks back, and the pair its own sentence names before it is
    the nearest one; a phrase that is a clause's subject or object starts a new statement
    about a pair named earlier."""
    k = i - 1
    if k > 0 and doc[k].pos_ in ("ADJ", "NUM"):
        k -= 1  # "pertemuan pertama keduanya"
    if k <= 0 or doc[k].pos_ != "NOUN" or doc[k].is_sent_start:
        return None
    return _named_pair(doc, [p for p in persons if p.sent_index == sent and p.tok_end <= i], cues)


def _others_between(
    doc: Doc, pair: tuple[Mention, Mention], i: int, cues: Cues, plural: set[int]
) -> bool:
    """A bare plural pronoun ("they", "mereka") stands for a pair named before it only when
    no other group is named in the pair's sentence or after it: a plural common noun (English
    "NNS"; Indonesian "para X", a reduplicated noun) or a ``people_noun`` ("warga", "ABK")."""
    start = doc[min(m.tok_start for m in pair)].sent.start  # the pair's sentence on
    for t in doc[start:i]:
        if _one_of_pair_at(doc, t.i, pair) or t.i in plural:
            continue  # the pair itself, or a phrase standing for it ("the two generals")
        if (
            t.lower_ in cues.people_noun
            and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ not in ("compound", "amod")  # "police chief X": a title's word
        ):
            return True  # "warga", "ABK" (a crew, written in capitals)
        if not t.is_lower or t.pos_ != "NOUN":
            continue
        if t.tag_ == "NNS" or "-" in t.text:
            return True
        if t.i > 0 and doc[t.i - 1].lower_ == "para":
            return True
    return False


def _one_of_pair_at(doc: Doc, k: int, pair: tuple[Mention, Mention]) -> bool:
    """Token ``k`` is one of the pair's names or titles ("police chief X")."""
    return any(with_title_start(doc, m) <= k < m.tok_end for m in pair)


def _after_subordinator(doc: Doc, i: int, cues: Cues) -> bool:
    """The phrase at token ``i`` opens a subordinate clause ("ketika keduanya", "when the two
    leaders"): its persons are those its own sentence has just named, if any."""
    return i > 0 and doc[i - 1].lower_ in cues.subordinator


def _pair_of_this_sentence(
    doc: Doc, i: int, persons: list[Mention], sent: int, pair: tuple[Mention, Mention], cues: Cues
) -> bool:
    """ "A disambut B setibanya, sebelum keduanya bertemu empat mata": the phrase opens a clause
    after a subordinator, and its own sentence named someone before it who is not of the
    earlier pair: the two are this sentence's, not the pair of the sentences before."""
    if not _after_subordinator(doc, i, cues):
        return False
    own = [p for p in persons if p.sent_index == sent and p.tok_end <= i]
    return any(not _one_of(p, pair) for p in own)


def _pair_holds_office(phrase: Span, pair: tuple[Mention, Mention], cues: Cues) -> bool:
    """ "the two presidents", "kedua menteri": a phrase that names the pair by an office
    (a ``national_description`` noun, not a generic ``national_leader`` one such as
    "leaders") stands for two persons who hold it; a person titled otherwise just before
    ("Secretary of State A and the ambassador, B") is not one of them."""
    noun = phrase[-1].lower_
    office = noun[:-1] if phrase.doc.lang_ == "en" and noun.endswith("s") else noun
    if office not in cues.national_description or office in cues.national_leader:
        return True
    return all(not m.title or office in m.title.lower() for m in pair)


def _couple_of_its_rank(phrase: Span, pair: tuple[Mention, Mention]) -> bool:
    """ "the royal couple", "pasangan kekaisaran itu": a couple named by its rank (the
    ``royal_word`` cue) stands for a pair one of whom holds a royal title (``royal_title``);
    the two officials who received the royals just before are not it."""
    lang = phrase.doc.lang_
    if not any(t.lower_ in cue_words(lang, "royal_word") for t in phrase):
        return True
    titles = cue_words(lang, "royal_title")
    return any(w in titles for m in pair for w in f"{m.title or ''} {m.text}".lower().split())


def _one_of(person: Mention, pair: tuple[Mention, Mention]) -> bool:
    """The person is one of the pair, named in full or in part ("Modi" of "Narendra Modi")."""
    words = set(person.text.lower().split())
    return any(words <= set(m.text.lower().split()) for m in pair)


def _named_pair(
    doc: Doc, persons: list[Mention], cues: Cues, *, joined: bool = False
) -> tuple[Mention, Mention] | None:
    """Two persons a sentence joins with "dan/and", a title or a relational noun allowed
    between ("A dan istrinya B", "A and Prime Minister B"), or the only two it names (not
    when ``joined``: a bare "they" may stand for anyone else)."""
    distinct = list({m.text: m for m in persons}.values())
    link = cues.coordination - {","}
    for a, b in zip(distinct, distinct[1:], strict=False):
        between = doc[a.tok_end : with_title_start(doc, b)]
        before = with_title_start(doc, a) - 1
        if before >= 0 and (doc[before].text == "," or doc[before].lower_ in link):
            continue  # the end of a longer list ("A, B dan C"): not a pair
        if (
            between
            and between[0].lower_ in link
            and len(between) <= 4
            and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between)
        ):
            return a, b
    return (distinct[0], distinct[1]) if len(distinct) == 2 and not joined else None


def _named_list(
    doc: Doc, persons: list[Mention], cues: Cues, size: int
) -> tuple[Mention, ...] | None:
    """``size`` persons a sentence lists as "A, B, C dan D" / "A, B, C and D" (titles
    allowed before each), and no more: no longer list ends with them (and, with "dan/and"
    before its last name, none goes on after them)."""
    distinct = list({m.text: m for m in persons}.values())
    link = cues.coordination - {","}
    for k in range(len(distinct) - size + 1):
        run = distinct[k : k + size]
        first = with_title_start(doc, run[0])
        if first > 0 and (doc[first - 1].text == "," or doc[first - 1].lower_ in link):
            continue  # the end of a longer list
        gaps = [
            [t.lower_ for t in doc[a.tok_end : with_title_start(doc, b)]]
            for a, b in zip(run, run[1:], strict=False)
        ]
        last = gaps[-1]
        closed = len(last) in (1, 2) and last[-1] in link and last[:-1] in ([], [","])
        if closed and all(g == [","] for g in gaps[:-1]):
            return tuple(run)
    return None


@cache
def _group_sizes(lang: str) -> dict[str, int]:
    """Number words by the size they give a group ("four" 4, "keempat" 4): the
    ``group_size`` cue lists them in order from two."""
    rows = read_jsonl("lexicon", f"{lang}.jsonl")
    words = next((r["words"] for r in rows if r.get("cue") == "group_size"), [])
    return {w: n for n, w in enumerate(words, start=2)}


def _counted_group_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """(size, length) of a phrase at ``i`` that counts a group of persons ("the four
    leaders", "all five presidents", "keempat pemimpin itu"): a number word of the
    ``group_size`` cue before a noun of the ``counted_group_noun`` cue, after "the"/"all" in
    English, before "itu"/"tersebut" in Indonesian. Four or more: pairs and trios have their
    own phrases (``plural_pronoun``, ``trio_pronoun``)."""
    lang = doc.lang_
    k = i + (lang == "en" and doc[i].lower_ in ("the", "all"))
    size = _group_sizes(lang).get(doc[k].lower_) if k < len(doc) else None
    if size is None or size < 4 or k + 1 >= len(doc):
        return None
    if doc[k + 1].lower_ not in cue_words(lang, "counted_group_noun"):
        return None
    end = k + 2
    determiners = cue_words(lang, "anaphoric_determiner")
    if lang == "id" and end < len(doc) and doc[end].lower_ in determiners:
        end += 1
    return size, end - i


def object_position(doc: Doc, m: Mention, cues: Cues) -> bool:
    """A name right after a verb or an oblique preposition ("bertemu X", "disambut oleh X",
    "talks with X"), title phrase included, is that predicate's object: never the subject of
    a later verb, nor the antecedent of a subject pronoun."""
    start = with_title_start(doc, m)
    for phrase in cues.consort:  # "accompanied by her husband, Prince X": the spouse's noun
        n = len(phrase) + (start > 0 and doc[start - 1].text == ",")
        words = tuple(t.lower_ for t in doc[start - n : start - n + len(phrase)])
        if start > n and words == phrase:
            start -= n
            break
    if start > 1 and doc[start - 1].tag_ == "PRP$":
        start -= 1  # "received by his counterpart X": the possessive opens the object
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in cues.speech_inverted:
        return False  # "kata X usai bertemu Y": the speaker of an inverted verb is a subject
    if prev.lower_ in cues.report_verb and _verb_follows(doc, m.tok_end, cues):
        return False  # "Kremlin mengumumkan X akan terbang ke P": the reported clause's subject
    if carried_by_vehicle(doc, start - 1, cues):
        return False  # "Pesawat yang membawa X mendarat di P": X is who landed
    if start > 1 and doc[start - 2].lower_ in cues.subjectless and prev.lower_ in cues.time_closer:
        return False  # "Bulan lalu Menteri X terbang ke P": a time phrase the parse made a verb
    return (
        prev.pos_ == "VERB"
        or is_active_verb(prev, cues)
        or prev.lower_ in cues.oblique
        or (prev.lower_ in cues.origin and prev.pos_ == "ADP")  # "flew to P from X"
        or _headline_verb(doc, start - 1)
    )


def carried_by_vehicle(doc: Doc, i: int, cues: Cues, *, verb: str | None = None) -> bool:
    """Whether token ``i`` is a carrying verb whose subject is a vehicle: "Pesawat (kepresidenan)
    yang membawa X", "pesawat yang ditumpangi X", "the plane carrying X". Such a clause only
    names who travels; the vehicle's arrival ("mendarat di P", "landed in P") is theirs, so
    the persons after the verb are the main clause's subjects, not an object."""
    if i < 1 or (verb or doc[i].lower_) not in cues.carrying:
        return False
    j = i - 1
    if doc[j].lower_ in cues.relative:  # "pesawat (kepresidenan) yang membawa"
        j -= 1
        # a modifier or two between the vehicle and "yang" ("pesawat khusus", "pesawat
        # Garuda Indonesia"), never a verb or a clause boundary
        for k in range(j, max(-1, j - 3), -1):
            tok = doc[k]
            if tok.lower_ in cues.vehicle:
                return True
            if tok.pos_ in ("VERB", "AUX", "PUNCT", "ADP") or tok.is_sent_start:
                return False
        return False
    return doc[j].lower_ in cues.vehicle  # "the plane carrying X"


def _verb_follows(doc: Doc, i: int, cues: Cues) -> bool:
    """A verb or an auxiliary at token ``i``: a clause goes on after the name before it."""
    return i < len(doc) and (doc[i].pos_ in ("VERB", "AUX") or is_active_verb(doc[i], cues))


def _headline_verb(doc: Doc, i: int) -> bool:
    """ "Budi Bertemu Tomas, Lalu Bertolak ke Lima": in a Title Case headline the tagger
    takes the capitalised verb for a name word; one capitalised word that is no name, right
    between a person and the next name, is the verb whose object that name is."""
    tok = doc[i]
    if i < 1 or not tok.is_title or tok.ent_type_ or doc[i - 1].ent_type_ != "Person":
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


_HEAD_OFFICES = frozenset({"President", "Prime Minister", "King", "Queen", "Chancellor"})


def _with_title_references(
    doc: Doc, mentions: list[Mention], lang: str, cues: Cues, token_sent: dict[int, int]
) -> list[Mention]:
    """A title standing alone for a person named before: "Kepala Negara tiba di ...",
    "Wapres disambut oleh ...", "the secretary is scheduled to ...". It becomes a reference
    mention (like a pronoun) to the last person named with that title."""
    titles = load_titles(lang)
    persons = [
        m
        for m in mentions
        if m.type == "Person" and not m.is_pronoun and (m.title or _monarch_office(m, titles))
    ]
    if not persons:
        return mentions
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    taken |= {
        i
        for m in mentions
        if m.title_start is not None
        for i in range(m.tok_start - 12, m.tok_start)
        if i >= 0 and doc[i].idx >= m.title_start
    }
    taken |= _plural_phrase_tokens(doc, cues)
    offices = _office_titles_by_first_word(lang)
    out = list(mentions)
    read_to = 0
    for i in range(len(doc)):
        if i in taken or i < read_to:
            continue
        hit = _reference_at(doc, i, titles, cues, lang, offices)
        if hit is None or _taken_as_office(doc, i, cues):
            continue
        n, matches = hit
        # the title's own words are read with it, whatever it stands for: "Wakil Presiden"
        # with no vice-president named before is not "Presiden" after a stray word
        read_to = i + n
        earlier = [p for p in persons if p.tok_start < i and matches(p)]
        # "the president" is the one in office, not "former president X" ("mantan Presiden")
        earlier = [p for p in earlier if not _formerly_titled(doc, p, cues)]
        country = _country_beside(mentions, i, i + n)
        if country is not None:  # "Presiden Prancis itu": France's president, not the host
            earlier = [p for p in earlier if _titled_with(p, country, mentions)]
        if not earlier or _name_follows(doc, i + n, taken):
            continue
        antecedent = _most_salient(earlier, mentions, i, cues.home_country)
        out.append(_reference(doc[i : i + n], len(out), token_sent[i], antecedent))
        taken.update(range(i, i + n))
    return out


#: Words that make the title after them an office taken or held, not a person referred to.
_AS_WORDS = frozenset({"sebagai", "selaku", "as"})


def _taken_as_office(doc: Doc, i: int, cues: Cues) -> bool:
    """ "X dilantik sebagai Kepala Badan Y", "X became President", "Y, as Prime Minister, ...":
    a bare title right after "sebagai/as" or a predicative verb names the office its subject
    takes or holds, never the last person named with it ("as the president said" is one)."""
    return i > 0 and (doc[i - 1].lower_ in _AS_WORDS or doc[i - 1].lower_ in cues.predicative)


def _formerly_titled(doc: Doc, person: Mention, cues: Cues) -> bool:
    """A "former"/"mantan" word right before the person's title ("former president X"): the
    title is a past office, so a bare "the president" later is someone else."""
    if person.title_start is None:
        return False
    span = doc.char_span(person.title_start, person.title_start + 1, alignment_mode="expand")
    k = span.start - 1 if span is not None else -1
    return k >= 0 and doc[k].lower_ in cues.former


def _country_beside(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The known country right after a standalone title ending at ``end`` ("Presiden
    [Prancis] itu") or right before one starting at ``start`` ("the [Chinese] president")."""
    return next(
        (
            m
            for m in mentions
            if (m.tok_start == end or m.tok_end == start) and m.type == "Country" and m.kb_id
        ),
        None,
    )


def _titled_with(person: Mention, country: Mention, mentions: list[Mention]) -> bool:
    """The person's title phrase names the country ("Presiden Prancis Emmanuel X")."""
    if person.title_start is None:
        return False
    return any(
        m.kb_id == country.kb_id and person.title_start <= m.start < person.start
        for m in mentions
        if m.type == "Country"
    )


def _most_salient(
    candidates: list[Mention], mentions: list[Mention], i: int, home: frozenset[str] = frozenset()
) -> Mention:
    """Of the persons a bare title could mean ("Presiden", "the secretary"), the one the
    article has named most so far (its protagonist), the earliest on a tie; the last one
    named is often a host or a namesake met in passing. An office of the outlet's own country
    (``home``: "Presiden" in Indonesian news) comes first."""
    counts = Counter(
        m.text.split()[-1]
        for m in mentions
        if m.type == "Person" and not m.is_pronoun and m.tok_start < i and m.text.split()
    )
    places = [m for m in mentions if m.type in PLACE_TYPES]

    def abroad(p: Mention) -> bool:
        return any(
            p.title_start is not None and p.title_start <= c.start < p.start and c.kb_id not in home
            for c in places
        )

    # "Presiden Joko Widodo" beside "Presiden China Xi Jinping": the outlet's own president
    # carries no country in the title (or its own), and a bare "Presiden" means them. A
    # foreign title once given marks every mention sharing a name word ("Presiden Xi" later).
    foreign = {w for p in candidates if abroad(p) for w in p.text.split()}

    def home_office(p: Mention) -> bool:
        return not foreign.intersection(p.text.split())

    return max(candidates, key=lambda p: (home_office(p), counts[p.text.split()[-1]], -p.tok_start))


def _offices_of(person: Mention, titles: tuple[Title, ...]) -> set[str]:
    """Offices named in a person's title phrase ("Menteri Luar Negeri AS" -> Foreign Minister),
    and a monarch's, whose title stays in the name ("Ratu Wulan": Queen)."""
    text = f" {(person.title or '').lower()} "
    offices = {t.office for t in titles if t.office and f" {t.title.lower()} " in text}
    return offices | _monarch_office(person, titles)


def _monarch_office(person: Mention, titles: tuple[Title, ...]) -> set[str]:
    """The monarch's office that opens the name of ``person`` ("Raja Gilang": King), if any:
    kg_gazetteer's monarchs_by_title keeps it in the name, and a bare "Raja" later stands for
    that person."""
    words = person.text.split()
    if len(words) < 2:
        return set()
    return {
        t.office
        for t in titles
        if t.office in MONARCH_OFFICES and t.words == (words[0],)
    }


@cache
def _office_titles_by_first_word(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The titles a bare reference can use (an office, and a name usually after it), as
    lowercased words with their office, grouped by first word in :func:`load_titles` order
    (longest first). Why: :func:`_reference_at` runs at every capitalised token; looking up
    the token's word replaces comparing it with every title. An office held in bodies only
    ("pelatih", "coach") is left out: alone it is as often a role as a reference ("pelatih
    asal Spanyol itu datang dengan dua asistennya", "the coach and his players")."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for title in load_titles(lang):
        if (title.head or title.names) and title.office and not title.bodies:
            words = tuple(w.lower() for w in title.words)
            index.setdefault(words[0], []).append((words, title.office))
    return {first: tuple(rows) for first, rows in index.items()}


def _reference_at(  # noqa: ANN202
    doc: Doc,
    i: int,
    titles: tuple[Title, ...],
    cues: Cues,
    lang: str,
    offices: dict[str, tuple[tuple[tuple[str, ...], str], ...]] | None = None,
):
    """(length, predicate on persons) when a standalone title reference starts at token i:
    a capitalised title in Indonesian ("Wapres", "Kepala Negara"), "the" + title in English.
    ``offices``: :func:`_office_titles_by_first_word` of ``lang`` (computed when omitted)."""
    capitalised = lang == "id" and doc[i].text[:1].isupper()
    definite = lang == "en" and i > 0 and doc[i - 1].lower_ == "the"
    # "the Chinese president", "the Indonesian leader": a country's adjective between
    definite = definite or (
        lang == "en" and i > 1 and doc[i - 1].ent_type_ == "Country" and doc[i - 2].lower_ == "the"
    )
    if not (capitalised or definite):
        return None
    words = tuple(t.lower_ for t in doc[i : i + 4])
    for phrase in cues.head_of_state:
        if words[: len(phrase)] == phrase:
            return len(phrase), lambda p: bool(_offices_of(p, titles) & _HEAD_OFFICES)
    offices = offices if offices is not None else _office_titles_by_first_word(lang)
    for title_words, office in offices.get(words[0], ()):
        if words[: len(title_words)] == title_words:
            return len(title_words), lambda p, office=office: office in _offices_of(p, titles)
    return None


def _name_follows(doc: Doc, j: int, taken: set[int]) -> bool:
    """A name (or a country and a name) right after the title: it is a title, not a reference."""
    for k in range(j, min(len(doc), j + 6)):
        if k in taken and doc[k].ent_type_ == "Person":
            return True
        if doc[k].is_punct or not doc[k].text[:1].isupper():
            return False  # "Wapres disambut oleh ...": a verb follows, so it is a reference
    return False
