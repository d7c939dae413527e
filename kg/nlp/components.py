"""kg's spaCy components: paragraph-aware sentence starts and gazetteer typing/linking of entities.

Registered as factories (``kg_paragraphs``, ``kg_gazetteer``) and exposed through the
``spacy_factories`` entry point, so a saved pipeline that uses them reloads by name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.errors import ModelError
from kg.ingest.lines import title_case_lines
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from kg.nlp.lexicon import (
    after_aside,
    apposed_place_kind,
    cue_phrases,
    cue_words,
    event_first_words,
    facility_first,
    facility_words,
    institution_words,
    is_office_field,
    is_regnal_number,
    load_name_heads,
    load_name_tails,
    load_titles,
    names_a_facility,
    phrase_at,
    place_definition_end,
    word_list,
)
from kg.nlp.people import NAME_PARTICLES, NAME_SUFFIXES, given_names, load_people
from kg.nlp.phrases import DEFAULT_MIN_LENGTH, phrase_table
from kg.nlp.sequences import SequenceIndex

__all__ = [
    "ENTITY_TYPES",
    "DEFAULT_PASSES",
    "LINKER_PASSES",
    "GazetteerLinker",
    "LinkerWork",
    "MONARCH_OFFICES",
    "ParagraphSplitter",
    "linker_pass",
]

ENTITY_TYPES = ("Person", "Country", "City", "Region", "Organization", "Place")
"""Entity labels after this stage; ``Place`` is a place the gazetteer does not know."""

# Statistical NER labels (idner: PER/LOC/ORG; OntoNotes for English) -> kg types.
_ARTICLES = frozenset({"the", "a", "an"})
_CONNECTORS = frozenset({"dan", "and", "of", "for", "&", "serta"})
#: Arabic articles joined by a hyphen to the name word after them ("Ahmed Karim el-Masri").
_ARABIC_ARTICLES = frozenset({"el", "al", "as", "ash", "ad", "an", "ar", "az"})
#: Particles after which the next word is a father's or a house's name, a title word or not:
#: "Nasser bin Sultan", "Karim bin Faisal Al Rashid".
_PATRONYMIC = frozenset({"bin", "binti", "ibn"})
_HOUSE = frozenset({"Al", "Al-", "El"})


def _is_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in NAME_SUFFIXES


def _regnal_number(tok: Token) -> bool:
    """A regnal number of ``NAME_SUFFIXES`` written as one ("Paulus II", "Benedict XVI"): part
    of a monarch's or a pope's name (never "I", which is also the English pronoun)."""
    return tok.text.isupper() and _is_suffix(tok.text)


def _surname(person: Span) -> tuple[str, ...]:
    """The family name by which news names a person again: the last word, or the one before a
    generational suffix ("Marcos" of "Ferdinand Marcos Jr")."""
    words = tuple(t.text for t in person)
    if len(words) > 2 and _is_suffix(words[-1]):
        return words[-2:-1]
    return words[-1:]


#: What a title may name before the person ("Ketua Umum Partai Golkar X", "Menlu AS X").
_NAMED_BODIES = frozenset({"Country", "Organization", "Region"})

#: Offices whose holders are named with the title before a one-word name ("Sultan Ibrahim"),
#: which ``monarchs_by_title`` keeps in the name.
MONARCH_OFFICES = frozenset({"King", "Queen", "Sultan", "Emir"})

#: The model's labels for named things that are never a person when a facility word ends
#: them, whatever title starts them ("King Khalid International Airport").
_NEVER_PERSONS = frozenset({"FAC", "ORG"})

#: The model's labels for things that may be a notable person's name misread.
_THING_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})

_NER_TO_KG = {
    "PER": "Person",
    "PERSON": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "GPE": "Place",
    "NORP": "Demonym",
}


def _regnal_full_stop(prev: Token) -> bool:
    """ "Pope Benedict XVI. He ...": the tokenizer keeps a regnal number's full stop on it, as
    on an initial, so no sentence ended there. A regnal number of ``NAME_SUFFIXES`` (two
    letters or more; "X." or "V." is written like the initial of "George W. Bush") ends it."""
    number = prev.text[:-1]
    return (
        prev.text.endswith(".")
        and bool(number)
        and not set(number) - set("IVXLC")
        and _is_suffix(number)
    )


def _letter_regnal_full_stop(doc: Doc, i: int) -> bool:
    """ "Sultan Rizal Hakim X. Di Lima ...", "Raja Karl Lindgren V. Pengumuman itu ...": a
    one-letter regnal number ("I.", "V.", "X.") after a name word ends the sentence when the
    next word is a common word (a stop word, or one of ``common-words-id.txt``), not a
    surname ("George W. Bush", "Harald V. Smith")."""
    if i < 2 or doc[i - 1].text not in ("I.", "V.", "X."):
        return False
    name, nxt = doc[i - 2], doc[i]
    return (
        name.is_alpha
        and name.text[:1].isupper()
        and nxt.is_alpha
        and (nxt.is_stop or nxt.lower_ in word_list("common-words-id.txt"))
    )


@Language.factory(
    "kg_paragraphs",
    assigns=["token.is_sent_start", "token.pos"],
    default_config={},
)
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


_DASHES = frozenset({"-", "–", "—", "--"})


def _foreign_country_after_place(gazetteer: Gazetteer, ents: list[Span], i: int) -> bool:
    """A country starts at token ``i`` right after a region or city of another country
    ("Bupati Tokoria Selatan [Bahrain] Hakim"): no seat's country ("Gubernur New Mexico
    AS X"), so the first word of a name."""
    places = [e for e in ents if e.end == i and e.label_ in ("Region", "City")]
    country = next((e for e in ents if e.start == i and e.label_ == "Country" and e.kb_id_), None)
    if not places or country is None:
        return False
    entry = gazetteer.get(places[0].kb_id_) if places[0].kb_id_ else None
    return entry is not None and entry.country is not None and entry.country != country.kb_id_


def _within_line(ent: Span) -> Span | None:
    """The span without blank tokens at its edges, cut at its first line break; None if
    nothing is left."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    for k in range(start, end):
        if ent.doc[k].is_space or "\n" in ent.doc[k].whitespace_ and k + 1 < end:
            end = k if ent.doc[k].is_space else k + 1
            break
    if start >= end:
        return None
    return Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


def _cut_at(ent: Span, stop) -> Span | None:  # noqa: ANN001
    """The part of ``ent`` before its first token matching ``stop`` ("KUALA LUMPUR - Presiden"
    -> "KUALA LUMPUR"); None when that part is empty."""
    for t in ent:
        if stop(t):
            return Span(ent.doc, ent.start, t.i, label=ent.label_) if t.i > ent.start else None
    return ent


def _split_at_brackets(ent: Span) -> list[Span]:
    """ "Basuki Tjahaja Purnama (Ahok": a bracket is never inside a name; the parts on either
    side are names of their own (the one in brackets is usually an alias or an acronym)."""
    cuts = [t.i for t in ent if t.text in ("(", ")", "[", "]")]
    if not cuts:
        return [ent]
    parts, start = [], ent.start
    for cut in [*cuts, ent.end]:
        if cut > start and any(t.is_alpha for t in ent.doc[start:cut]):
            parts.append(Span(ent.doc, start, cut, label=ent.label_, kb_id=ent.kb_id_))
        start = cut + 1
    return parts


def _linked(ent: Span, entry) -> Span:  # noqa: ANN001 - a GazetteerEntry
    return Span(ent.doc, ent.start, ent.end, label=entry.type, kb_id=entry.id)


def _fill(ents: list[Span], candidates: list[Span]) -> list[Span]:
    """``ents`` plus the candidates that overlap none of them."""
    taken = {i for span in ents for i in range(span.start, span.end)}
    extra = [c for c in candidates if not any(i in taken for i in range(c.start, c.end))]
    return filter_spans(list(ents) + extra)


def _count_after(ent: Span) -> bool:
    """``ent`` ends in a number set apart from a word ("X Y 14 suara"), not one of the name
    ("M-19", "G5")."""
    return ent[-1].is_digit and bool(ent[-2].whitespace_) and ent[-2].is_alpha


def _hyphened_article(doc: Doc, i: int) -> bool:
    """ "el-Masri", "al-Rashid": a lower-case Arabic article, a hyphen with no space around
    it, and a capitalised word: the last part of the name before it."""
    return (
        i + 2 < len(doc)
        and doc[i].text in _ARABIC_ARTICLES
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
        and doc[i + 2].text[:1].isupper()
    )


def _hyphened_modifier(ent: Span) -> bool:
    """The entity opens a hyphenated compound with a lower-case word ("Tamil-majority",
    "Kurdish-led"): a modifier of the noun after it."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and not doc[ent.end - 1].whitespace_
        and not doc[ent.end].whitespace_
        and doc[ent.end + 1].is_lower
    )


def _after_event_word(ent: Span) -> bool:
    """ "KTT Norvex Lima": a "person" right after the capitalised first word of an event's
    name ("KTT", "Konferensi", "Piala") is the rest of that name; no person is named so."""
    k = ent.start - 1
    return k >= 0 and ent.doc[k].text[:1].isupper() and ent.doc[k].lower_ in event_first_words()


def _only_as_acronym(entry: GazetteerEntry, text: str) -> bool:
    """The entry knows ``text`` only as an acronym written in capitals ("RI", "AS"), and the
    text is not written so: a name word ("Ri", "As") that matched it case-insensitively."""
    if text.isupper():
        return False
    folded = text.casefold()
    forms = [n for group in (*entry.names.values(), *entry.demonyms.values()) for n in group]
    same = [n for n in forms if n.casefold() == folded]
    return bool(same) and all(n.isupper() for n in same)


def _opened_by_lowered_acronym(entry: GazetteerEntry, text: str) -> bool:
    """The entry knows ``text`` (of several words) only with a first word in capitals ("DI
    Yogyakarta", the special region), and the text does not write it so: "Di Yogyakarta, ..."
    opens a sentence with the preposition before the city."""
    first = text.split()[0] if " " in text else ""
    if not first or first.isupper():
        return False
    folded = text.casefold()
    forms = [n for group in entry.names.values() for n in group if n.casefold() == folded]
    return bool(forms) and all(n.split()[0].isupper() for n in forms)


def _inside_capitalised_run(ent: Span) -> bool:
    """A capitalised word, not opening its sentence, right before the span: the span may be
    the end of a longer name ("G5 Sahel"), which later passes build."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.text[:1].isupper() and not before.is_sent_start


def _in_headline(headlines: list[tuple[int, int]], char: int) -> bool:
    return any(a <= char < b for a, b in headlines)


def _covers(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _subject_after_comma(doc: Doc, ents: list[Span], i: int, j: int, apposed: Span) -> bool:
    """The name after the comma is the main clause's subject (a verb follows it) and the model
    read the title's run as a person: "Standing alongside Prime Minister [Shinzo Abe], Obama
    said". Not "kata Direktur [Toba Pulp], Firman di Jakarta", where the name closes the
    apposition."""
    run_is_person = any(e.start == i and e.end == j and e.label_ == "Person" for e in ents)
    after = doc[apposed.end] if apposed.end < len(doc) else None
    return run_is_person and after is not None and after.pos_ in ("VERB", "AUX")


def _described_office(doc: Doc, title_start: int, name_start: int) -> bool:
    """ "Imran Khan, chairman of Pakistan Tehreek-e-Insaf": a lower-case title with "of" is
    a description whose holder was named before it; what follows the country is the body's
    name ("President of Indonesia Joko Widodo", capitalised, is a title before a name)."""
    return doc[title_start].is_lower and any(t.lower_ == "of" for t in doc[title_start:name_start])


class ParagraphSplitter:
    """Sentence boundaries by rule, fixed before the parser runs.

    A sentence starts after every line break (headlines, datelines and paragraphs are
    separated by newlines but rarely end with a full stop) and after sentence-final
    punctuation followed by a capitalised word or a quote. Every other token is marked as not
    starting a sentence, so the statistical parser cannot split "ASTANA, Kazakhstan" or a
    headline in two (it respects preset boundaries).

    Whitespace tokens (a paragraph break) get the part of speech ``SPACE``: the Indonesian
    tagger, trained on treebanks with no line breaks, tags "\n\n" as a VERB, which made the
    name opening every paragraph look like the object of a verb before it.
    """

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        doc[0].is_sent_start = True
        for token in doc[1:]:
            doc[token.i].is_sent_start = self._starts(doc, token.i)
        for token in doc:
            if token.is_space:
                token.pos_ = "SPACE"
        return doc

    @staticmethod
    def _starts(doc: Doc, i: int) -> bool:
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            return True
        if prev.is_space:
            return False
        token = doc[i]
        if token.is_space or token.is_punct and token.text not in ('"', "'", "(", "“"):
            return False
        end_of_sentence = (
            prev.text in (".", "!", "?", '."', '!"', '?"')
            or (prev.text in ('"', "'", "”") and i > 1 and doc[i - 2].text in (".", "!", "?"))
            or _regnal_full_stop(prev)
            or _letter_regnal_full_stop(doc, i)
        )
        return end_of_sentence and (token.text[:1].isupper() or token.text[:1] in "\"'(“")


@dataclass
class LinkerWork:
    """One document's entities on their way through the linker's passes.

    Why a record handed from pass to pass: the passes depend on each other's output, and
    keeping it here, not on the component, leaves the component the same for every document.

    doc (Doc): the document; ``doc.ents`` changes only in the ``commit`` pass and at the end.
    ents (list[Span]): the entities so far.
    gazetteer (list[Span]): the gazetteer's names found in the document.
    headlines (list[tuple[int, int]]): character ranges of Title Case headline lines.
    lowers (list[str] | None): each token's lowercase form, read once for the passes that scan
        every token (no pass changes the tokens). Defaults to reading them from ``doc``.
    never_persons (frozenset[int]): tokens of the model's own facility or organisation spans
        that a facility word ends ("King Khalid International Airport"): never a person,
        whatever title starts them. Kept before the passes replace ``doc.ents``.
    """

    doc: Doc
    ents: list[Span]
    gazetteer: list[Span]
    headlines: list[tuple[int, int]]
    lowers: list[str] = None  # type: ignore[assignment]  # set in __post_init__
    never_persons: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        if self.lowers is None:
            self.lowers = [t.lower_ for t in self.doc]
        # the model's label alone is not enough ("Sultan X" read as FAC): its head word too
        heads = facility_words()
        self.never_persons = frozenset(
            i
            for e in self.doc.ents
            if e.label_ in _NEVER_PERSONS and e[-1].lower_ in heads
            for i in range(e.start, e.end)
        )


LinkerPass = Callable[["GazetteerLinker", LinkerWork], None]
LINKER_PASSES: dict[str, LinkerPass] = {}
"""The passes ``kg_gazetteer`` can run, by the name its ``passes`` setting lists them with."""

DEFAULT_PASSES = (
    "type_ner",
    "bodies_split_at_and",
    "join_place_particles",
    "join_compass_words",
    "prefer_longer_gazetteer_names",
    "countries_glued_to_people",
    "facility_seats",
    "drop_title_words",
    "academic_degrees",
    "fill_from_gazetteer",
    "known_people_missed",
    "state_forms",
    "join_admin_prefixes",
    "regencies_named_bare",
    "join_body_prefixes",
    "numbered_units",
    "numbered_panels",
    "cities_inside_names",
    "countries_opening_bodies",
    "parties_closing_boards",
    "possessed_namesakes",
    "possessors_opening_bodies",
    "foreign_institutions",
    "spelled_out_acronyms",
    "bracketed_acronyms_of_bodies",
    "trim_headlines",
    "places_after_local_titles",
    "hosts_in_event_names",
    "commit",
    "titles_read_as_people",
    "titled_names",
    "extend_persons",
    "bodies_named_after_people",
    "company_titles_off_bodies",
    "bodies_with_their_kind_after",
    "bodies_glued_to_people",
    "people_glued_to_bodies",
    "monarchs_by_title",
    "split_at_brackets",
    "split_joined_people",
    "quoted_nicknames_inside_names",
    "abbreviated_honorifics_open_names",
    "holders_after_abbreviations",
    "known_names_opening_people",
    "words_opening_people",
    "names_before_alias",
    "join_body_prefixes",  # again: a place split off a person ("DPRD [Bali X]") joins its body
    "people_read_as_bodies",
    "bodies_read_as_people",
    "bodies_before_company_titles",
    "people_received_read_as_places",
    "people_named_by_role",
    "propagate_person_names",
    "places_named_as_people",
    "people_travelled_to",
    "places_named_consistently",
    "places_by_definition",
    "places_by_apposition",
    "dateline_towns",
    "people_in_place_lists",
    "people_owned_in_lists",
    "regencies_named_bare",  # again: places split off people and titles since
    "places_in_the_named_country",
)
"""The order of trust: the model's typed entities, longer gazetteer names, titled names, name
extension, then propagation of names."""


def linker_pass(name: str) -> Callable[[LinkerPass], LinkerPass]:
    """Register a pass under ``name`` (like spaCy's registered functions)."""

    def register(fn: LinkerPass) -> LinkerPass:
        LINKER_PASSES[name] = fn
        return fn

    return register


@Language.factory(
    "kg_gazetteer",
    assigns=["doc.ents", "token.ent_kb_id"],
    requires=["doc.ents"],
    default_config={"min_length": DEFAULT_MIN_LENGTH, "passes": list(DEFAULT_PASSES)},
)
def make_gazetteer(nlp: Language, name: str, min_length: int, passes: list[str]) -> GazetteerLinker:
    return GazetteerLinker(nlp, load_gazetteer(), min_length=min_length, passes=passes)


class GazetteerLinker:
    """Type and link the statistical NER's entities with the gazetteer, then fill its gaps.

    Runs *after* the NER: the trial showed gazetteer matches placed before the model cost F1,
    while used afterwards they are neutral on test sets and add the countries the model misses.
    Entity labels become kg types; ``kb_id_`` carries the gazetteer id.
    """

    def __init__(
        self,
        nlp: Language,
        gazetteer: Gazetteer,
        *,
        min_length: int = 2,
        passes: Iterable[str] = DEFAULT_PASSES,
    ) -> None:
        unknown = [p for p in passes if p not in LINKER_PASSES]
        if unknown:
            raise ModelError(
                f"kg_gazetteer: unknown passes {unknown}; known: {sorted(LINKER_PASSES)}"
            )
        self.passes = [LINKER_PASSES[p] for p in passes]
        self.gazetteer = gazetteer
        self.lang = nlp.lang
        self.min_length = min_length
        titles = load_titles(nlp.lang)
        # one-word honorifics of names only ("Sheikh", "Syekh"): inside a name they are a
        # name word ("Hassan Sheikh Mohamud")
        self.honorifics = frozenset(
            t.words[0].lower()
            for t in titles
            if len(t.words) == 1 and t.names and not t.office and not t.head
        )
        self.local_titles = frozenset(
            tuple(w.lower() for w in t.words) for t in titles if t.local
        )
        self.monarchs = frozenset(
            t.words[0].lower() for t in titles if len(t.words) == 1 and t.office in MONARCH_OFFICES
        )
        # one-word ranks and roles no name has to follow ("General", "Major"): before a name
        # the model read as a body they open the body's own name ("General Electric")
        self.loose_ranks = frozenset(
            t.words[0].lower()
            for t in titles
            if len(t.words) == 1 and not t.names and not t.office and not t.head
        )
        # A word is a title only inside a whole title: "Agung" in "Jaksa Agung" is, in "Agung
        # Laksono" it is a name (see ``is_title``).
        self.every_title = SequenceIndex({tuple(w.lower() for w in t.words): ("",) for t in titles})
        self._titled: tuple[Doc | None, frozenset[int], frozenset[int]] = (
            None,
            frozenset(),
            frozenset(),
        )
        self.locatives = cue_words(nlp.lang, "locative")
        self.particle_verbs = cue_words(nlp.lang, "particle_verb")
        self.consorts = cue_phrases(nlp.lang, "consort")
        self.place_nouns_of = cue_words(nlp.lang, "place_noun")
        self.company_titles = cue_phrases(nlp.lang, "company_title")
        self.place_nouns = cue_words(nlp.lang, "place_noun_before")
        self.city_words = cue_words(nlp.lang, "city_word")
        self.list_links = cue_words(nlp.lang, "coordination")
        self.title_sequences = [
            tuple(w.lower() for w in t.words) for t in titles if t.head or t.names
        ]
        self.title_index = SequenceIndex({words: ("",) for words in self.title_sequences})
        self.office_titles = frozenset(
            tuple(w.lower() for w in t.words) for t in titles if t.office
        )
        self.local_titles = frozenset(tuple(w.lower() for w in t.words) for t in titles if t.local)
        self.rank_titles = frozenset(  # "Irjen", "Colonel": a rank before a name, no office
            tuple(w.lower() for w in t.words) for t in titles if t.names and not t.office
        )
        heads = load_name_heads()  # "Badan ...", "Partai ...", "Wilayah ...": never a
        self.region_heads = frozenset(h[0] for h, kind in heads if kind == "Region")
        self.body_heads = self.region_heads | {h[0] for h, kind in heads if kind == "Organization"}
        self.portfolio_words = cue_words(nlp.lang, "portfolio")
        # One phrase per name and demonym; short all-caps forms (AS, RI, UE) match
        # case-exactly because "as" is a word, the rest case-insensitively. Read from the
        # shipped table when it fits this pipeline (kg.nlp.prepared), else built here.
        self.phrases = phrase_table(nlp, gazetteer, min_length)

    def __call__(self, doc: Doc) -> Doc:
        """Run the configured passes (``DEFAULT_PASSES``, in order) over the document's
        entities, then set ``doc.ents`` to the result."""
        headlines = title_case_lines(doc.text)
        self.split_name_pairs(doc, headlines)
        lowers = [t.lower_ for t in doc]  # a Token is built at each access: read them once
        self._titles_of(doc, lowers)  # the passes ask is_title of many tokens: found once
        work = LinkerWork(
            doc,
            list(doc.ents),
            self._gazetteer_spans(doc, lowers),
            headlines,
            lowers,
        )
        for step in self.passes:
            step(self, work)
        doc.ents = filter_spans(work.ents)
        return doc

    def split_name_pairs(self, doc: Doc, headlines: list[tuple[int, int]]) -> None:
        """ "pasangan Rizal Hakim-Tirta Lubis": the Indonesian tokenizer keeps a capitalised
        hyphenated word whole ("Jean-Marc"), so two persons' names joined by a hyphen share
        a token, and no span can part them. Where the name words around such a token join two
        names (``joins_two_people``) and the model read a person in them, the token is split at
        its hyphen, the parts keeping the token's place in the parse. In a Title Case headline
        every word is capitalised, so there only a pair word ("pasangan") decides."""
        hyphened = [tok for tok in doc if tok.text.count("-") == 1 and all(tok.text.split("-"))]
        if not hyphened:
            return  # most documents: nothing to look up
        person = ("PER", "PERSON")
        people = {i for e in doc.ents if e.label_ in person for i in range(e.start, e.end)}
        others = {i for e in doc.ents if e.label_ not in person for i in range(e.start, e.end)}
        # and the gazetteer's one-word names: "Presiden [Prancis X-Y Z]" read as one person
        gazetteer = self.gazetteer
        known = {
            t.i
            for t in doc
            if t.is_title and (gazetteer.lookup(t.text) or gazetteer.lookup_demonym(t.text))
        }
        stops = self._titles_of(doc)[0] | others | known
        pair_words = cue_words(self.lang, "pair_word")
        splits, names = [], []
        for tok in hyphened:
            parts = tok.text.split("-")
            if tok.i in stops:
                continue
            start, end = _name_run(doc, tok.i, -1, stops), _name_run(doc, tok.i, 1, stops)
            if not people & set(range(start, end + 1)):
                continue
            left = [*(t.text for t in doc[start : tok.i]), parts[0]]
            right = [parts[1], *(t.text for t in doc[tok.i + 1 : end + 1])]
            before = [t.lower_ for t in doc[max(0, start - 2) : start]]
            paired = any(w in pair_words for w in before)
            if _in_headline(headlines, tok.idx) and not paired:
                continue
            if joins_two_people(self.lang, left, right, before):
                label = next(doc[i].ent_type_ for i in range(start, end + 1) if i in people)
                splits.append((tok, parts))
                hyphen = tok.idx + len(parts[0])
                names += [
                    (doc[start].idx, hyphen, label),
                    (hyphen + 1, doc[end].idx + len(doc[end]), label),
                ]
        if not splits:
            return
        self._titled = (None, frozenset(), frozenset())  # token positions move: find again
        with doc.retokenize() as retokenizer:
            for tok, (first, second) in splits:
                retokenizer.split(
                    tok,
                    [first, "-", second],
                    heads=[tok.head if tok.head.i != tok.i else (tok, 0), (tok, 0), (tok, 0)],
                    attrs={"DEP": [tok.dep_, "punct", tok.dep_]},
                )
        # each name of a pair is a person span of its own, whatever part of them the model read
        spans = [doc.char_span(a, b, label=label) for a, b, label in names]
        spans = [s for s in spans if s is not None]
        kept = [e for e in doc.ents if not any(_overlaps(e, s) for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda e: e.start)

    @staticmethod
    def _trim_headline_entities(
        doc: Doc, ents: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """In a Title Case headline every word is capitalised, so the model sees names
        everywhere ("Lavrov Tiba di Yerevan"). There, keep only gazetteer names and the words
        the body also uses as names; drop the rest."""
        if not headlines:
            return ents

        def in_headline(span: Span) -> bool:
            return _in_headline(headlines, span.start_char)

        body_words = {t.text for e in ents if not in_headline(e) for t in e}
        kept = []
        for e in ents:
            if e.kb_id_ or not in_headline(e):
                kept.append(e)
                continue
            end = e.start
            while end < e.end and doc[end].text in body_words:
                end += 1
            if end > e.start:
                kept.append(Span(doc, e.start, end, label=e.label_))
        return kept

    def is_title(self, tok: Token) -> bool:
        """The token is part of a whole title in its document ("Menteri Luar Negeri", "Jaksa
        Agung"), not merely a word some title contains ("Agung Laksono")."""
        return tok.i in self._titles_of(tok.doc)[0]

    def starts_title(self, tok: Token) -> bool:
        """A whole title starts at the token: "National Security Adviser", not "National
        League for Democracy"."""
        return tok.i in self._titles_of(tok.doc)[1]

    def _titles_of(
        self, doc: Doc, lowers: list[str] | None = None
    ) -> tuple[frozenset[int], frozenset[int]]:
        """The tokens inside titles and those that start one. Found once and kept for the last
        document seen, as the passes ask about many tokens of the same document."""
        if self._titled[0] is not doc:
            found = self.every_title.scan(lowers if lowers is not None else [t.lower_ for t in doc])
            inside = frozenset(i for _, start, end in found for i in range(start, end))
            self._titled = (doc, inside, frozenset(start for _, start, _ in found))
        return self._titled[1], self._titled[2]

    def _plain_capitalised(self, tok, after_title: bool = False) -> bool:  # noqa: ANN001
        """A capitalised word that is no title, place, demonym or sentence-initial function word."""
        text = tok.text
        if not text[:1].isupper() or not any(c.isalpha() for c in text):
            return False
        if tok.is_sent_start and not after_title:
            return False
        if text.isupper() and sum(c.isalpha() for c in text) > 1:
            return False  # an acronym ("HAM", "KPK"), but an initial ("K.") is a name part
        if self.is_title(tok):
            return False
        if tok.lower_ in _weekdays() or tok.lower_ in cue_words(self.lang, "pronoun"):
            return False  # "diumumkan X Selasa malam", "Sultan X. Ia ...": no name word
        demonym = self.gazetteer.lookup_demonym(text)
        if demonym is not None and not _only_as_acronym(demonym, text):
            return False
        entry = self.gazetteer.lookup(text)
        if entry is not None and _only_as_acronym(entry, text):
            entry = None  # "Ri" in "Ri Song-chol" is a name; "RI" is Indonesia
        # Many city alternate names are also personal names ("Ahmad"); only big places block.
        return entry is None or (
            entry.type == "City" and entry.population < 1_000_000 and entry.name != text
        )

    def _extend_person(
        self,
        ent: Span,
        headlines: list[tuple[int, int]],
        others: frozenset[int] = frozenset(),
        persons: frozenset[int] = frozenset(),
        lone: frozenset[int] = frozenset(),
    ) -> Span:
        """Grow a person span over adjacent name words the model left out
        ("Kassym-Jomart" before "Tokayev", "Nik Ahmad" after "Nik Nazmi"); never over
        ``others``, the tokens of the other entities found so far, nor across a hyphen into
        ``persons``, where other persons' names start. In Indonesian, over ``lone``, the
        one-word unlinked persons the model began right after this one ("[Hendra] [Wibisono]"
        once a profession word it took for the first name is cut off): two persons never
        stand side by side there without a comma or "dan"."""
        doc = ent.doc
        if _in_headline(headlines, ent.start_char):
            return ent
        start, end = ent.start, ent.end
        while (
            start > 0
            and self._plain_capitalised(doc[start - 1])
            and not doc[start - 1].ent_type_
            and start - 1 not in others
            and not self._office_field(doc, start - 1)
        ):
            start -= 1
        while end < len(doc):
            if self._plain_capitalised(doc[end]) and not doc[end].ent_type_:
                end += 1
            elif self.lang == "id" and end in lone and self._plain_capitalised(doc[end]):
                end += 1
                break
            elif self._name_particle(doc, end):
                while doc[end].text in NAME_PARTICLES:
                    end += 1
                end += 1  # and the name word after the particles
            elif self._house_name(doc, ent.start, end):
                end += 2  # "Karim bin Faisal" + "Al Rashid": the house closes the name
            elif _hyphened_article(doc, end):
                end += 3  # "Ahmed Karim" + "el-Masri"
            elif _regnal_number(doc[end]) and end - 1 not in others:
                end += 1  # "Yohanes Paulus" + "II": the number closes the name
                break
            else:
                break
        # "Yoon Suk-yeol", "Kim Jong-un": a syllable joined by a hyphen with no space around it
        # belongs to the name, whatever its case; not another person's name (a pair, "A B-C D").
        if end < len(doc) and doc[end - 1].text == "-" and not doc[end - 1].whitespace_:
            end += 1 if doc[end].is_alpha and end not in persons else 0
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
            and end + 1 not in persons
        ):
            end += 2
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label="Person")

    def _name_particle(self, doc: Doc, i: int) -> bool:
        """ "von der" in "Ursula von der Leyen", "da" in "Lula da Silva", "bin" in "Anwar bin
        Ibrahim": a lower-case particle inside a name, when a name word follows."""
        j = i
        while j < len(doc) and doc[j].text in NAME_PARTICLES:
            j += 1
        # the name word after may be a piece the model typed apart ("Ursula von" + "Leyen")
        if j == i or j >= len(doc) or doc[j].ent_kb_id_:
            return False
        if doc[j - 1].text in _PATRONYMIC and doc[j].is_alpha and doc[j].text[:1].isupper():
            return True  # "Nasser bin Sultan": a father's name, even a title word
        return self._plain_capitalised(doc[j])

    def _house_name(self, doc: Doc, start: int, end: int) -> bool:
        """ "Al Rashid" right after a name with a patronymic ("Karim bin Faisal Al Rashid"): the
        house is the name's last part, not a place."""
        return (
            end + 1 < len(doc)
            and doc[end].text in _HOUSE
            and doc[end + 1].is_alpha
            and doc[end + 1].text[:1].isupper()
            and any(t.text in _PATRONYMIC for t in doc[start:end])
        )

    def _propagate_person_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Tag every other occurrence of a person's name or surname in the document (and a
        notable person's short forms): the model often misses a name at a sentence start
        ("Kunjungan Blinken ke ...")."""
        names: set[tuple[str, ...]] = set()
        people = load_people()
        for e in ents:
            if e.label_ == "Person":
                words = tuple(t.text for t in e)
                names.add(words)
                if len(words) > 1 and _surname(e)[0][:1].isupper():
                    # not a lower-case word after a hyphen ("Park Dong-in": "in")
                    names.add(_surname(e))
                    if _is_suffix(words[-1]):
                        names.add(words[-2:])
                    # a notable person named in full: the short forms the knowledge base
                    # gives them ("Xi" for Xi Jinping, whose family name comes first)
                    known = people.lookup(e.text)
                    names.update(tuple(a.split()) for a in (known.aliases if known else ()))
        names.update(self._given_names_alone(doc, ents))
        taken = {i for e in ents for i in range(e.start, e.end)}
        starts: dict[str, list[int]] = {}  # token text -> its positions: linear, not names x doc
        for t in doc:
            starts.setdefault(t.text, []).append(t.i)
        found = []
        for words in sorted(names, key=len, reverse=True):
            n = len(words)
            for i in starts.get(words[0], ()):
                if i + n > len(doc) or any(j in taken for j in range(i, i + n)):
                    continue
                if tuple(t.text for t in doc[i : i + n]) == words:
                    found.append(Span(doc, i, i + n, label="Person"))
                    taken.update(range(i, i + n))
        return found

    def _given_names_alone(self, doc: Doc, ents: list[Span]) -> set[tuple[str, ...]]:
        """ "Wulan Sasmita ... Di Lima, Wulan bertemu ...": Indonesian calls a person by
        the first word of their name; the model misses it alone more often than the whole.
        Only where one person of the document opens with that word, and the word is no
        common word and no place: a name word shared, or a word that is also a place, stays
        unread."""
        if self.lang != "id":
            return set()
        common = word_list("common-words-id.txt")
        firsts = Counter(
            e[0].text for e in ents if e.label_ == "Person" and len(e) > 1 and e[0].is_title
        )
        others = {t.text for e in ents if e.label_ != "Person" for t in e}
        title_words = {words[0] for words in self.title_sequences} | self.honorifics
        return {
            (word,)
            for word, n in firsts.items()
            if n == 1
            and len(word) >= 3
            and word.isalpha()
            and word.lower() not in common
            and word.lower() not in title_words  # "Raja X", "Sultan Y"
            and word not in others
            and self.gazetteer.lookup(word) is None
        }

    def _type_ner(self, ent: Span) -> Span | None:
        """The model's entity, trimmed, typed with kg's classes and linked when known."""
        kg_type = _NER_TO_KG.get(ent.label_)
        if kg_type is None and self._notable_read_as_thing(ent):
            kg_type = "Person"  # a notable person's full name read as FAC
        if kg_type is None:
            return None
        if kg_type == "Organization" and self._opens_with_local_title(ent):
            kg_type = "Person"  # "Wagub Tokoria Keliling Pesantren": a regional office's
            # holder, whatever the model read in a headline
        if kg_type == "Demonym" and self._titled_name(ent):
            kg_type = "Person"  # "Empress X Y": a title and a name read as a nationality
        ent = self._trim(ent, kg_type)
        if ent is None or (len(ent) == 1 and ent[0].lower_ in _weekdays()):
            return None  # "tiba di Lima, Ahad, 3 Mei": a day, no place
        if kg_type == "Demonym":
            entry = self.gazetteer.lookup_demonym(ent.text) or self.gazetteer.lookup(ent.text)
            return _linked(ent, entry) if entry is not None and entry.type == "Country" else None
        if (
            kg_type in ("Person", "Organization")
            and self._after_place_noun_of(ent)
            and self.gazetteer.lookup(ent.text) is None
        ):
            return Span(ent.doc, ent.start, ent.end, label="Place")  # "the village of X"
        if kg_type == "Person":
            if all(self._office_field(ent.doc, t.i) for t in ent):
                return None  # "Dirjen [Bea] dan Cukai": the office's field, not a name
            if _after_event_word(ent):
                return None  # "KTT [Norvex Lima]": the rest of an event's name
            return self._type_person(ent)
        entry = self.gazetteer.lookup(ent.text)
        if entry is None and len(ent) > 1 and ent[0].lower_ in self.city_words:
            ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)  # "Kota [Nara]"
            entry = self.gazetteer.lookup(ent.text)
            kg_type = "City"
        if entry is None:
            entry = self.gazetteer.lookup_demonym(ent.text)
            entry = entry if entry is not None and entry.type == "Country" else None
        if entry is not None:
            return _linked(ent, entry)
        if kg_type == "Place" and _hyphened_modifier(ent):
            return None  # "the Tamil-majority city": a people's name in a compound, no place
        if load_people().lookup(ent.text) is not None:
            kg_type = "Person"  # "greeted by Jokowi" read as ORG: a notable person's name
        elif self._after_consort(ent):
            kg_type = "Person"  # "bersama istrinya, Camilla": a spouse, whatever the model read
        elif kg_type in ("Organization", "Place") and self._apposed_to_office(ent):
            kg_type = "Person"  # "X Y, chairman of the Z Council": the holder, not a body
        elif kg_type == "Organization" and self._after_locative(ent):
            kg_type = "Place"  # "in Badme", "di Lagoi": an unknown place the model called ORG
        return Span(ent.doc, ent.start, ent.end, label=kg_type)

    @staticmethod
    def _notable_read_as_thing(ent: Span) -> bool:
        """A notable person's full name (two words or more, the whole span) that the model
        labelled a facility, product, work or event: the small English model reads a name
        it has seen on airports, ships and books as one of them. A name with a facility or
        body word after it is the thing ("X Y Presidential Center"), so the span
        must be the name alone."""
        if ent.label_ not in _THING_LABELS or len(ent) < 2 or not ent[0].is_title:
            return False
        if ent.end < len(ent.doc) and ent.doc[ent.end].is_title:
            return False  # "X Y Square": a capitalised word goes on with the thing
        return load_people().lookup(ent.text) is not None

    def _apposed_to_office(self, ent: Span) -> bool:
        """An English "organisation" of two to four capitalised words, none an institution
        word, set beside an office by a comma ("X Y, chairman of the Z", "the club's
        president, X Y"): a person, whom the small English model often types ORG."""
        doc = ent.doc
        if self.lang != "en" or not _bare_name(ent, 4):
            return False
        k = ent.end
        if k + 1 < len(doc) and doc[k].text == ",":
            j = k + 1 + (doc[k + 1].lower_ in ("the", "a", "an"))
            while j < min(len(doc), k + 4) and doc[j].is_lower and doc[j].pos_ == "ADJ":
                j += 1  # "X Y, the new secretary general of the Z"
            if self._possessed_office_at(doc, j):
                return True  # "X Y Z, Mozambique's high commissioner"
            if self._country_office_at(doc, j):
                return True  # "X Y, the Kenyan ambassador to P", "X Y, the U.S. envoy"
            end = self._titles_end(doc, j)
            if end is not None and end < len(doc) and doc[end].lower_ in ("of", "for"):
                return True
        k = ent.start - 1
        return (
            k >= 1
            and doc[k].text == ","
            and doc[k - 1].is_lower
            and (doc[k - 1].lower_,) in self.office_titles
        )

    def _titles_end(self, doc: Doc, j: int) -> int | None:
        """Where the office titles from token ``j`` end, two joined by "and" read as one
        ("chairman and chief executive of the Z"); None where no title starts at ``j``."""
        end = None
        while j < len(doc):
            n = max(
                (
                    len(w)
                    for w in self.office_titles
                    if tuple(t.lower_ for t in doc[j : j + len(w)]) == w
                ),
                default=0,
            )
            if not n:
                break
            end = j + n
            if end + 1 >= len(doc) or doc[end].lower_ != "and":
                break
            j = end + 1
        return end

    def _country_office_at(self, doc: Doc, j: int) -> bool:
        """A country's name or demonym (one or two words) and an office title right after it,
        from token ``j`` ("Kenyan ambassador", "U.S. envoy", "South African foreign minister")."""
        for n in (2, 1):
            name = doc[j : j + n]
            if len(name) < n or not all(t.text[:1].isupper() for t in name):
                continue
            entry = self.gazetteer.lookup(name.text) or self.gazetteer.lookup_demonym(name.text)
            if entry is None or entry.type != "Country":
                continue
            words = tuple(t.lower_ for t in doc[j + n : j + n + 4])
            return any(words[: len(w)] == w for w in self.office_titles)
        return False

    def _possessed_office_at(self, doc: Doc, j: int) -> bool:
        """ "Mozambique's high commissioner", "the club's president": a capitalised possessor
        (one to three words) and an office title right after it, from token ``j``."""
        for p in range(j + 1, min(j + 4, len(doc))):
            if doc[p].text in _POSSESSIVE_MARKS:
                if not all(t.is_title for t in doc[j:p]):
                    return False
                words = tuple(t.lower_ for t in doc[p + 1 : p + 4])
                return any(words[: len(w)] == w for w in self.office_titles)
        return False

    def _trim(self, ent: Span, kg_type: str) -> Span | None:
        """Cut what the model swallowed: line breaks and blanks (a name never runs across a
        line: the next line is a tag list or a headline), titles, a dateline dash, "(ABBR)",
        articles."""
        ent = _within_line(ent)
        if ent is None:
            return None
        # "Raja Karl Lindgren V. Pengumuman itu ...": the model's span runs past a sentence's end
        # that the paragraph splitter found after a regnal number's full stop
        ent = _cut_at(
            ent, lambda t: t.i > ent.start and t.is_sent_start and t.nbor(-1).text[-1:] == "."
        )
        if ent is None:
            return None
        ent = self._strip_titles(ent)
        if ent is not None and kg_type != "Person":
            # at a title's first word ("... Menteri X"), not at any word a title may hold:
            # "Pusat Pelaporan dan Analisis Transaksi Keuangan" keeps "Keuangan"
            ent = _cut_at(
                ent,
                lambda t: t.text in _DASHES
                or (self.starts_title(t) and not self._opening_rank(t, ent)),
            )
        if ent is not None and "(" in ent.text and len(ent) > 2:
            ent = _cut_at(ent, lambda t: t.text == "(")
        while ent is not None and len(ent) > 1 and (ent[0].is_lower or ent[0].lower_ in _ARTICLES):
            ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)  # "their X", "An X"
        while ent is not None and len(ent) > 1 and ent[-1].is_lower and ent[-1].is_alpha:
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "King X of Y": "X of"
        while ent is not None and len(ent) > 1 and ent[-1].lower_ in _weekdays():
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "ke P Ahad malam"
        while kg_type == "Person" and ent is not None and len(ent) > 1 and _count_after(ent):
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "X Y 14 suara"
        if ent is None or not any(c.isupper() for c in ent.text):
            return None
        return ent

    @staticmethod
    def _named_body(ent: Span, entry: GazetteerEntry) -> bool:
        """A "person" written as an organisation's own name: several words, or one word that
        is the organisation's canonical name or one of its one-word names written as the
        gazetteer writes it (a ministry's short form) and no notable person's name
        ("Tencent", not "Ford" of a person the base knows)."""
        if len(ent) > 1:
            return True
        forms = {entry.name, *(n for group in entry.names.values() for n in group)}
        return ent.text in forms and load_people().lookup(ent.text) is None

    def _type_person(self, ent: Span) -> Span:
        """A "person" that the gazetteer knows as a city after "di/in/to" ("to Ho Chi Minh
        City") or by the city's full name of several words ("Ho Chi Minh City, Vietnam's
        largest city", not "Ho Chi Minh"), a one-word one it knows as a country, demonym or
        capital ("Rusia", "Bangladeshi", "Washington mendukung") or as an organisation by its
        upper-case acronym ("BI"), is that,
        as is a longer one named exactly like a country or a capital ("Timor Leste", "Bandar
        Seri Begawan"); in Indonesian, any "person" right after "di/ke" is a place."""
        entry = self.gazetteer.lookup(ent.text)
        if (
            entry is not None
            and entry.type == "City"
            and (
                self._after_locative(ent)
                or self._after_place_noun(ent)
                or (len(ent) > 1 and ent.text == entry.name)
                or self._placed_in_own_country(ent, entry)
            )
        ):
            return _linked(ent, entry)  # "to Ho Chi Minh City", "Quezon City, ...", "the
            # provincial capital Kavoo", "Tirtamulya in Kavoo's north": the city
        if len(ent) == 1:
            if entry is not None and entry.type == "Organization" and ent.text.isupper():
                return _linked(ent, entry)  # "Gubernur BI, X": a known body's acronym, not a
                # person's initials (those, "SBY", "JK", are no body the gazetteer knows)
            entry = entry or self.gazetteer.lookup_demonym(ent.text)
        if entry is not None and (
            entry.type == "Country" or (entry.type == "City" and entry.capital_of)
        ):
            return _linked(ent, entry)
        if entry is not None and entry.type == "Organization" and self._named_body(ent, entry):
            return _linked(ent, entry)  # "Tencent", "Crisis Management Initiative"
        if (
            entry is not None
            and entry.is_regency
            and (self.lang == "id" or self._after_locative(ent) or self._after_place_noun(ent))
        ):
            return _linked(ent, entry)  # "meninjau Majalengka", "banjir di Purwakarta", "flew
            # to Garut": a regency's bare name (the generator stop-lists the ones that are
            # words or given names)
        if (
            entry is not None
            and entry.is_division
            and (
                len(ent) > 1
                or self._after_locative(ent)
                or self._after_place_noun(ent)
                or self._placed_in_own_country(ent, entry)
            )
        ):
            return _linked(ent, entry)  # "West Bengal", "di Anjouan": a state or province; one
            # word elsewhere may be a family name it shares ("Miyagi")
        if (
            entry is not None
            and entry.type == "Region"
            and entry.is_named_region
            and not _inside_capitalised_run(ent)
        ):
            return _linked(ent, entry)  # "Sumatra and Borneo", "the Sahel": nobody's name
        if self.lang == "id" and (self._after_locative(ent) or self._after_place_noun(ent)):
            # "di Kherson", "di Bandar Seri Begawan": Indonesian puts people after "kepada" or
            # "dengan", never after "di/ke"; an unknown name there is a place, as it is after
            # a lower-case place noun ("warga Sigi", "kota Sigi")
            return Span(ent.doc, ent.start, ent.end, label="Place")
        if self.lang == "en" and self._inside_place(ent):
            return Span(ent.doc, ent.start, ent.end, label="Place")
        return Span(ent.doc, ent.start, ent.end, label="Person")

    def _titled_name(self, ent: Span) -> bool:
        """A title, then two or more capitalised words that name no country ("Empress X Y"):
        the English model reads some such runs as a nationality; the words after the title are
        a person's name."""
        rest = [t for t in ent if not self.is_title(t)]
        return (
            self.starts_title(ent[0])
            and len(rest) >= 2
            and rest[0].i > ent.start
            and all(t.is_alpha and t.is_title for t in rest)
            and self.gazetteer.lookup_demonym(rest[0].text) is None
            and self.gazetteer.lookup(" ".join(t.text for t in rest)) is None
        )

    def _opens_with_local_title(self, ent: Span) -> bool:
        """The span opens with a regional office's title and goes on after it."""
        words = tuple(t.lower_ for t in ent)
        return any(len(words) > len(t) and words[: len(t)] == t for t in self.local_titles)

    def _after_office_title(self, ent: Span) -> bool:
        """A regional office's title (the lexicon's ``local`` titles: "Gubernur", "Kapolda",
        not "Pak") ends right before the span: the office's place stands there, then its
        holder."""
        before = tuple(t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start])
        return any(before[len(before) - len(t) :] == t for t in self.local_titles)

    def _inside_place(self, ent: Span) -> bool:
        """ "a seminary in Tarija", "grew up in Salta", "a camp near Iquique": English puts
        no person right after "in" or "near" (it says "with X", "to X", "X's"), so an
        unknown name there that the model read as a person is a place; not one followed by
        "'s" ("in X's view") or a known person's name."""
        doc = ent.doc
        if ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "near"):
            return False
        if ent.end < len(doc) and doc[ent.end].text in _POSSESSIVE_MARKS:
            return False
        return load_people().lookup(ent.text) is None

    def _after_place_noun_of(self, ent: Span) -> bool:
        """ "the mountain village of X", "a coastal town of X": English names the place
        after a place noun and "of" (the ``place_noun`` cue); the model often reads an
        unknown one as a person or a body."""
        k = ent.start
        doc = ent.doc
        return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in self.place_nouns_of

    def _after_consort(self, ent: Span) -> bool:
        """Right after a spouse word, a comma allowed between ("istrinya, Camilla", "his
        wife Anna"): the name is the spouse's."""
        end = ent.start - (ent.start > 0 and ent.doc[ent.start - 1].text == ",")
        words = tuple(t.lower_ for t in ent.doc[max(0, end - 3) : end])
        return any(len(p) <= len(words) and words[-len(p) :] == p for p in self.consorts)

    def _after_locative(self, ent: Span) -> bool:
        """Right after "di/in/ke/to", not as a verb's particle ("swore in X": the
        ``particle_verb`` cue before it)."""
        i = ent.start - 1
        return (
            i >= 0
            and ent.doc[i].lower_ in self.locatives
            and not (i > 0 and ent.doc[i - 1].lower_ in self.particle_verbs)
        )

    #: Tokens after "in"/"di"/"," in which the place's own country or province is named.
    _OWN_COUNTRY_REACH = 4

    def _placed_in_own_country(self, ent: Span, entry: GazetteerEntry) -> bool:
        """A name the gazetteer knows as a city, followed by "in", "di" or a comma and the
        name of the country the gazetteer puts it in, or of a province of that country
        ("floods hit Tirtamulya in Kavoo's north", "Tirtamulya, Kavoo"): the text
        itself places it where the gazetteer does, so it is that city, not a person the model
        read. A person is not said to be in a country by a bare "in" after his name."""
        doc, k = ent.doc, ent.end
        if not entry.country or k + 1 >= len(doc) or doc[k].lower_ not in ("in", "di", ","):
            return False
        for n in range(1, self._OWN_COUNTRY_REACH + 1):
            words = doc[k + 1 : min(len(doc), k + 1 + n)]
            if not words or not all(t.is_title or t.is_upper for t in words):
                return False
            outer = self.gazetteer.lookup(words.text)
            if outer is not None and (
                outer.id == entry.country
                or (outer.type == "Region" and outer.country == entry.country)
            ):
                return True
        return False

    def _after_place_noun(self, ent: Span) -> bool:
        """ "warga Sigi", "kota Sigi", "lereng Semeru": a lower-case noun of place or its
        people right before the name."""
        if ent.start == 0:
            return False
        before = ent.doc[ent.start - 1]
        return (before.is_lower or before.is_sent_start) and before.lower_ in self.place_nouns

    def _opening_rank(self, tok: Token, ent: Span) -> bool:
        """A rank no name has to follow opening the model's span ("General", "Major")."""
        return tok.i == ent.start and tok.lower_ in self.loose_ranks

    def _strip_titles(self, ent: Span) -> Span | None:
        """Drop title words (and an office's field words) the NER swallowed ("Presiden Joko
        Widodo" -> "Joko Widodo"), the country inside a swallowed title ("Kazakh
        Kassym-Jomart") and a possessive "'s"; a person of title words only is no person."""
        doc = ent.doc
        start, end = ent.start, ent.end
        # after a title or an office's or ministry's field word: "Menteri Luar Negeri
        # [Thailand X]", "juru bicara Kementerian Luar Negeri [Thailand X]"
        stripped_title = start > 0 and (
            self.is_title(doc[start - 1])
            or (doc[start - 1].is_title and doc[start - 1].lower_ in self.portfolio_words)
        )
        person = ent.label_ in ("PER", "PERSON")
        while start < end - 1:
            if not person and self._opening_rank(doc[start], ent):
                break  # "General Electric", "Major League Baseball": the body's name
            if self.is_title(doc[start]) or (person and self._office_field(doc, start)):
                start += 1  # a title, or its field: "Presiden [Senat] Kamboja X"
                stripped_title = True
            elif (
                stripped_title
                and ent.label_ in ("PER", "PERSON")
                and (n := self._country_at(doc, start, end))
            ):
                start += n  # "Perdana Menteri [Timor Leste] X"
            else:
                break
        if end - start == 1 and self.is_title(doc[start]) and ent.label_ in ("PER", "PERSON"):
            return None  # a person made of title words only: "[Laksamana Madya] Budi"
        while end > start + 1 and doc[end - 1].text in ("'s", "'", "’s"):
            end -= 1
        if doc[end - 1].text in ("'s", "'", "’s"):
            return None
        return Span(doc, start, end, label=ent.label_)

    def _receiving_preposition(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """ "Duta Besar RI untuk Jepang X": a preposition between two countries of a title."""
        if not doc[i].is_lower or i + 1 >= len(doc) or i == 0:
            return False
        if doc[i].lower_ == "the" and i > 0 and doc[i - 1].lower_ in ("to", "for"):
            nxt = doc[i + 1]  # "Ambassador to the Philippines"
        elif i + 2 < len(doc) and doc[i + 1].lower_ == "the":
            nxt = doc[i + 2]
        else:
            nxt = doc[i + 1]
        return (i + 1 in taken and nxt.ent_type_ == "Country") or self._countryish(nxt.text)

    def _country_at(self, doc: Doc, start: int, end: int) -> int:
        """How many tokens from ``start`` (before ``end``, leaving a name after them) name a
        country: "Timor Leste", "Brunei Darussalam", "Rusia"; 0 when none does."""
        for n in (3, 2, 1):
            if start + n < end and self._countryish(doc[start : start + n].text):
                return n
        return 0

    def _national_branch(self, doc: Doc, start: int, entry: GazetteerEntry) -> bool:
        """A country's name or demonym glued before a known body's name ("Kenya Red Cross",
        "Malaysian Foreign Ministry"): that country's own body, unless the entry is that
        country's already."""
        if start == 0 or not self._countryish(doc[start - 1].text):
            return False
        word = doc[start - 1].text
        country = self.gazetteer.lookup(word) or self.gazetteer.lookup_demonym(word)
        return country is not None and entry.country != country.id

    def _countryish(self, word: str) -> bool:
        if not word[:1].isupper() or (len(word) <= 3 and not word.isupper()):
            return False  # "RI" and "AS" are countries, "Ri" in "Ri Yong Ho" a family name
        entry = self.gazetteer.lookup(word) or self.gazetteer.lookup_demonym(word)
        return entry is not None and entry.type == "Country"

    def _gazetteer_spans(self, doc: Doc, lowers: list[str] | None = None) -> list[Span]:
        spans = []
        for key, start, end in self.phrases.matches(doc, lowers):
            span = doc[start:end]
            if not span[0].text[:1].isupper():
                continue  # "china" in "china clay", "turkey" the bird: names are capitalised
            # Several entries can share a name: take the gazetteer's best reading of it.
            entry = (
                self.gazetteer.lookup(span.text)
                or self.gazetteer.lookup_demonym(span.text)
                or self.gazetteer.get(key)
            )
            if entry is None:
                continue
            if _opened_by_lowered_acronym(entry, span.text):
                continue  # "Di Yogyakarta, ...": the preposition, not "DI Yogyakarta"
            if entry.type == "City" and entry.name != span.text and self._glued_to_name(span):
                continue  # "Nik Ahmad": a person's name word, not the city alias "Ahmad"
            if entry.is_division and len(span) == 1 and self._glued_to_name(span):
                continue  # "Miyagi Kenji": a family name that a prefecture shares
            if (
                entry.is_regency
                and span[0].lower_ not in self.region_heads  # not "Kabupaten X"
                and span[-1].lower_ != "regency"
                and self._glued_to_name(span)
            ):
                continue  # "Batanghari Nuban": a district's name that opens with a regency's
            demonym_only = self.gazetteer.lookup(span.text) is None
            if demonym_only and self._glued_to_name(span, both_sides=True):
                continue  # "Lai Thai Binh": a name word between name words, not "Thai"
            if entry.type == "Organization" and end < len(doc) and self._countryish(doc[end].text):
                continue  # "Kementerian Luar Negeri Myanmar": another country's ministry
            if entry.type == "Organization" and self._national_branch(doc, start, entry):
                # "the Kenya Red Cross": a national body, not the international one; the
                # country's word is part of its name
                spans.append(Span(doc, start - 1, end, label="Organization"))
                continue
            spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.id))
        return filter_spans(spans)

    def _glued_to_name(self, span: Span, both_sides: bool = False) -> bool:
        """A capitalised non-title, non-place word touches the match (on both sides if asked)."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        glued = [
            t is not None
            and t.text[:1].isupper()
            and t.is_alpha
            and not t.is_sent_start
            and not self.is_title(t)
            and self.gazetteer.lookup(t.text) is None
            for t in (before, after)
        ]
        return all(glued) if both_sides else any(glued)

    def _titled_names(
        self,
        doc: Doc,
        ents: list[Span],
        headlines: list[tuple[int, int]],
        lowers: list[str] | None = None,
        never_persons: frozenset[int] = frozenset(),
    ) -> list[Span]:
        """A title, optionally its country, then capitalised words: a person, even when the
        model missed it ("Perdana Menteri Jepang Fumio Kishida"), unless the model read the
        words as a facility or event (``never_persons``)."""
        # The model's own organisations and regions are kept whole when a name follows them: a
        # title's run of capitalised words stops there ("Ketua Umum [Partai Golkar] Aburizal
        # Bakrie"); one that ends the run may have swallowed the name ("Menteri ... [Alam
        # Malaysia Nik Nazmi]").
        taken = {
            i
            for e in ents
            if e.kb_id_ or (e.label_ in _NAMED_BODIES and self._name_follows(doc, e.end))
            for i in range(e.start, e.end)
        }
        found = []
        # names the document itself uses as places ("di Sigi"): a regional office's place
        named_places = {e.text for e in ents if e.label_ in _PLACE_LABELS}
        for title_end, length in self._title_ends(doc, with_length=True, lowers=lowers):
            if _in_headline(headlines, doc[title_end - 1].idx):
                continue
            if title_end in never_persons:
                continue  # the model's "King Khalid International Airport": a title in a name
            title = tuple(t.lower_ for t in doc[title_end - length : title_end])
            named = title not in self.office_titles  # a rank or profession: only a name follows
            i, before = title_end, -1
            while i != before:  # "Menteri Kesehatan Kongo X": field words and bodies, any order
                before = i
                i = self._skip_portfolio_words(doc, i)
                while i < len(doc) and doc[i].text[:1].isupper() and self.is_title(doc[i]):
                    i += 1  # a rank after the office: "Kepala Badan X Marsda TNI Y"
                while (
                    not named
                    and i < len(doc)
                    and not (
                        title in self.local_titles
                        and _foreign_country_after_place(self.gazetteer, ents, i)
                    )
                    and (
                        (i in taken and doc[i].ent_type_ in _NAMED_BODIES)
                        # a country the gazetteer pass left untagged only right after the title:
                        # after field words it is a name's initial ("Menteri Riset ... AS Hikam")
                        or (i == title_end and i not in taken and self._countryish(doc[i].text))
                        or self._receiving_preposition(doc, i, taken)
                    )
                ):
                    if doc[i].is_lower:
                        i += 1
                        continue
                    if i not in taken:
                        entry = self.gazetteer.lookup(doc[i].text) or self.gazetteer.lookup_demonym(
                            doc[i].text
                        )
                        found.append(Span(doc, i, i + 1, label="Country", kb_id=entry.id))
                    i += 1
                if self._acronym_before_name(doc, i, taken):
                    entry = self.gazetteer.lookup(doc[i].text)  # "Kepala BNPB X": linked too
                    known = entry is not None and entry.type == "Organization"
                    found.append(
                        Span(doc, i, i + 1, label="Organization", kb_id=entry.id if known else "")
                    )
                    i += 1
            local = i == title_end and title in self.local_titles
            countries = {e.start: e.kb_id_ for e in ents if e.label_ == "Country" and e.kb_id_}
            place = self._office_place(doc, i, taken, named_places, countries) if local else None
            if place is not None:  # "Gubernur Bali Wayan Koster": the office's place
                found.append(place)
                i = place.end
            i = self._skip_portfolio(doc, i, taken)
            if unit_number_at(doc, i):  # "Pangdam XIV/Hasanuddin Mayjen TNI X": the command's
                i += 3
                # a longer unit name runs to the holder's rank ("XVII/Tanah Tinggi Mayjen X")
                rank = next(
                    (k for k in range(i, min(i + 2, len(doc))) if self.is_title(doc[k])), i
                )
                i = rank if all(doc[k].is_title for k in range(i, rank)) else i
                while i < len(doc) and doc[i].text[:1].isupper() and self.is_title(doc[i]):
                    i += 1
            # "Bupati Tokoria Selatan [Bahrain] Hakim": the office has its place already
            after_place = place is not None or (
                title in self.local_titles
                and _foreign_country_after_place(self.gazetteer, ents, i)
            )
            j = self._city_as_first_name(doc, ents, i, taken, after_place=after_place)
            city_named = j > i  # the run is a person's name, not a body's
            if j == i and _known_initials(doc, i, taken):
                j += 1  # "Presiden Singapura SR Nathan": initials the model left out
            while (
                j < len(doc)
                and j not in taken
                and not (j > i and doc[j].is_sent_start)  # "Raja Karl Lindgren V. Pengumuman ..."
                and (
                    self._plain_capitalised(doc[j], True)
                    or self._honorific_inside(doc, i, j)
                    or self._demonym_inside(doc, i, j)
                )
            ):
                j += 1
            while j > i and _hyphened_article(doc, j):
                j += 3  # "Menlu Oman Medina al-Busaidi": the house after the given name
            if _place_before_known_person(doc, i, j):
                # "Presiden Kongo Lucas X": the model's place, the title's country
                # (the gazetteer cannot say which Congo), then a notable person's name
                found.append(Span(doc, i, i + 1, label="Place"))
                i += 1
            # "Kepala Pusat Data[, Informasi dan Humas] [BNPB] X": units, their body, the holder
            body_at = self._units_before_body(doc, ents, j, taken) if j > i else None
            holder = None if body_at is None else self._name_after_body(doc, ents, body_at, taken)
            if holder is not None:
                found.append(holder)
                continue
            if body_at == j:  # "Juru bicara [Komando Teater Barat] [PLA], X": a unit of a body
                found.append(Span(doc, i, j, label="Organization"))
                continue
            # "Dirut Bursa Efek Jakarta ( BEJ ), Erry X": the body's acronym before the comma
            apposed = self._apposed_person(doc, after_aside(doc, j, reach=5)) if j > i else None
            if apposed is not None and (
                city_named or _subject_after_comma(doc, ents, i, j, apposed)
            ):
                apposed = None  # "alongside Prime Minister [Shinzo Abe], Obama said": the holder
            known_body = j == i > title_end and i - 1 in taken
            if known_body and (person := self._apposed_person(doc, i)) is not None:
                # "Sekretaris Perusahaan [Indofood], Clara Suraya,": a known body, then the person
                found.append(Span(doc, person.start, person.end, label="Person"))
            elif apposed is not None:  # the run names the body; the person is set off after it
                found.append(Span(doc, i, j, label="Organization"))
                found.append(Span(doc, apposed.start, apposed.end, label="Person"))
            elif j - i >= 4 and doc[i].lower_ in self.region_heads:
                # "Gubernur Wilayah Primorsky Oleg Kozhemyako": the office's region (its head
                # word and one name word), then the holder
                found.append(Span(doc, i, i + 2, label="Place"))
                found.append(Span(doc, i + 2, j, label="Person"))
            elif (
                j > i
                and not self._continues_portfolio(doc, j)
                and doc[i].lower_ not in self.body_heads
                and not _described_office(doc, title_end - length, i)
                and body_at is None
            ):
                unit = self._unit_named(doc, i, j)  # "Dirjen Potensi Perdagangan": a body's unit
                found.append(Span(doc, i, j, label="Organization" if unit else "Person"))
        return found

    def _unit_named(self, doc: Doc, i: int, j: int) -> bool:
        """ "Dirjen Potensi Perdagangan dan Kepala Biro Umum": a run after a title that ends
        in a field word (the ``portfolio`` cue) names a unit of a body, not its holder. In
        Indonesian only: English surnames may be field words ("Governor Jim Justice"). A run
        of an English body's name, ending in its institution word, is a body in either
        language ("pemimpin Tokoria Blue Carbon Community")."""
        if j - i >= 2 and load_name_tails().get(doc[j - 1].lower_) == "Organization":
            return True
        return self.lang == "id" and j > 0 and doc[j - 1].lower_ in self.portfolio_words

    def _demonym_inside(self, doc: Doc, i: int, j: int) -> bool:
        """ "Ambassador Tran Thai Son": a demonym between a name word already read (from
        ``i``) and a last plain capitalised word is a name word (the run ends after that one)."""
        return (
            j > i
            and j + 1 < len(doc)
            and self.gazetteer.lookup_demonym(doc[j].text) is not None
            and self._plain_capitalised(doc[j + 1], True)
            and not (j + 2 < len(doc) and doc[j + 2].text[:1].isupper())
        )

    def _honorific_inside(self, doc: Doc, i: int, j: int) -> bool:
        """ "President Hassan Sheikh Mohamud": an honorific of names only between a name word
        already read (from ``i``) and another plain capitalised word is part of the name."""
        return (
            j > i
            and j + 1 < len(doc)
            and doc[j].lower_ in self.honorifics
            and self._plain_capitalised(doc[j + 1], True)
        )

    def _city_as_first_name(
        self, doc: Doc, ents: list[Span], i: int, taken: set[int], after_place: bool = False
    ) -> int:
        """ "Menlu Oman Medina al-Busaidi": a city the gazetteer linked right where a
        title's holder is named, with more of a name after it, is the holder's first name;
        so is a country right after a regional office's place (``after_place``: "Bupati
        Tokoria Selatan Bahrain Hakim", the office has its place already). The token after
        that name, or ``i`` when there is none."""
        kinds = ("City", "Country") if after_place else ("City",)
        city = next((e for e in ents if e.start == i and e.kb_id_ and e.label_ in kinds), None)
        if city is None:
            return i
        k = city.end
        more = _hyphened_article(doc, k) or (
            k < len(doc) and k not in taken and self._plain_capitalised(doc[k], True)
        )
        return k if more else i

    def _units_before_body(self, doc: Doc, ents: list[Span], j: int, taken: set[int]) -> int | None:
        """Where a known body starts that ends a title's run of capitalised words, right at
        ``j`` or after a list of more unit words ("Pusat Data, Informasi dan Humas [Badan
        ...]"): the run named the body's units, not a person. None when no body follows."""
        k, joined = j, False
        while k < len(doc) and k - j <= 8:
            if k in taken and any(e.start == k and e.label_ == "Organization" for e in ents):
                # after a comma only as the end of a list ("X, Y dan Z"): "Menteri Luar Negeri
                # Retno Marsudi, Kementerian ..." sets a body off after a name
                return k if k == j or joined else None
            tok = doc[k]
            if not (tok.lower_ in self.list_links or _name_word(tok)) or self.is_title(tok):
                return None  # "X serta Duta Besar Y": a list of people, not of units
            joined = joined or (tok.lower_ in self.list_links and tok.text != ",")
            k += 1
        return None

    def _name_after_body(self, doc: Doc, ents: list[Span], j: int, taken: set[int]) -> Span | None:
        """The name right after the known body starting at ``j`` ("Kepala Pusat Data [BNPB]
        Sutopo X"), if one follows."""
        body = next((e for e in ents if e.start == j and e.label_ == "Organization"), None)
        if body is None:
            return None
        k = body.end
        while k < len(doc) and k not in taken and self._plain_capitalised(doc[k], True):
            k += 1
        return Span(doc, body.end, k, label="Person") if k > body.end else None

    def _office_place(
        self,
        doc: Doc,
        i: int,
        taken: set[int],
        named_places: set[str] = frozenset(),
        countries: dict[int, str] | None = None,
    ) -> Span | None:
        """A known region or city right after a regional office's title, with a name after it
        ("Gubernur Bali Wayan Koster", "Wali Kota Surabaya Eri Cahyadi"): the office's place,
        which the model glues to the holder's name. Only after such titles: elsewhere a city
        is as often a first name ("President Vladimir Putin"), and a small town's name is,
        so cities count from 100,000 people. The name after it may open with another
        country's name (``countries``: linked countries by start token), a first name there
        ("Bupati Tokoria Bahrain Hakim"); the place's own country is the seat's."""
        countries = countries or {}
        for n in (3, 2, 1):
            end = i + n
            if end >= len(doc) or (i - 1 in taken and doc[i].ent_iob_ == "I"):
                continue
            if end in taken and end not in countries:
                continue
            words = doc[i:end]
            if not all(t.text[:1].isupper() for t in words):
                continue
            if not self._plain_capitalised(doc[end], True) and end not in countries:
                continue
            entry = self.gazetteer.lookup(words.text)
            if end in countries and (entry is None or entry.country in (None, countries[end])):
                continue  # "Gubernur New Mexico AS X": the seat's own country follows
            if (
                entry is not None
                and entry.type in ("Country", "Region", "City")
                and (entry.type != "City" or entry.population >= 100_000)
            ):
                return Span(doc, i, end, label=entry.type, kb_id=entry.id)
            if words.text in named_places:  # "Bupati Sigi X" where the text says "di Sigi"
                return Span(doc, i, end, label="Place")
        return None

    def _continues_portfolio(self, doc: Doc, j: int) -> bool:
        """ "Sumber Asli dan Kelestarian ...": a connector then a capitalised non-title word
        means the run was a ministry's portfolio, not a name ("X dan Perdana Menteri Y" is a
        list of titled names)."""
        if j + 1 >= len(doc) or doc[j].lower_ not in _CONNECTORS:
            return False
        nxt = doc[j + 1]
        return nxt.text[:1].isupper() and not self.is_title(nxt)

    def _name_follows(self, doc: Doc, i: int) -> bool:
        """A name comes next, after any ranks, field words and other bodies ("... Marsda TNI
        X")."""
        while i < len(doc) and (
            self.is_title(doc[i])
            or doc[i].lower_ in self.portfolio_words
            or doc[i].ent_type_ in _NAMED_BODIES
        ):
            i += 1
        if self._apposed_person(doc, i) is not None:
            return True  # "Direktur Keuangan Medco, D Cyril Noerhadi"
        return i < len(doc) and self._plain_capitalised(doc[i], True)

    def _apposed_person(self, doc: Doc, j: int) -> Span | None:
        """ "Ketua Umum Partai X, Andi Pratama": the person comes after the comma; the words
        between the title and the comma name the body. The model may type that name a place
        ("Sekretaris Perusahaan X, Clara Suraya, di ..."): an unlinked name of two or more
        capitalised words set off by commas there is the person too. Returns its span."""
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_iob_ != "B":
            return None
        end = j + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[j + 1 : end]
        if self.is_title(name[0]):
            return None  # "Menteri X, Menkes Y": the next item of a list of titled names
        if name[0].ent_type_ == "Person":
            return name
        apposed = (
            not name[0].ent_kb_id_
            and len(name) >= 2
            and all(t.is_title for t in name)
            and end < len(doc)
            and doc[end].text == ","
        )
        return name if apposed else None

    def _acronym_before_name(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """ "Deputi Gubernur Senior BI Miranda Goeltom", "Ketua KPK X": an acronym between a
        title and a name is the body the office belongs to, never part of the name."""
        if i + 1 >= len(doc) or i in taken:
            return False
        text = doc[i].text
        letters = sum(c.isalpha() for c in text)
        if not text.isupper() or letters < 2 or not self._name_follows(doc, i + 1):
            return False
        if is_regnal_number(text):
            return False  # "Yang di-Pertuan Agong XVII Sultan Ibrahim"
        if doc[i + 1].ent_type_ == "Organization":
            return False  # "Ketua DPD Partai X": the party's board, the party is the body
        # Two capitals may be a name's initials ("Menteri Kehutanan MS Ka'ban"): only a known
        # organisation then.
        entry = self.gazetteer.lookup(text) if letters == 2 else None
        return letters > 2 or (entry is not None and entry.type == "Organization")

    def _office_field(self, doc: Doc, k: int) -> bool:
        """Token ``k`` is a field word of the title before it ("Menteri [Kesehatan] Budi"),
        across the commas of a list of fields ("Menteri Pariwisata, Pemuda, dan [Olahraga]")."""
        if doc[k].lower_ not in self.portfolio_words:
            return False
        while k > 0 and (
            doc[k].lower_ in self.portfolio_words
            or doc[k].lower_ in _CONNECTORS
            or doc[k].text == ","
        ):
            k -= 1
        return self.is_title(doc[k])

    def _skip_portfolio_words(self, doc: Doc, i: int) -> int:
        """ "Menteri Kesehatan Budi X", "Menteri Energi dan Sumber Daya Mineral Y": the field
        words of an office (the lexicon's ``portfolio`` cue), joined by connectors, are never
        the start of the name after them."""
        k = i
        while k < len(doc) and is_office_field(doc, k, self.portfolio_words):
            k += 1
        return k

    def _skip_portfolio(self, doc: Doc, i: int, taken: set[int]) -> int:
        """ "Menteri Sumber Asli dan Kelestarian Alam Malaysia Nik Nazmi": when a country
        follows a run of capitalised words and connectors, the name comes after the country."""
        k = i
        while (
            k < len(doc)
            and k - i <= 8
            and (self._plain_capitalised(doc[k], True) or doc[k].lower_ in _CONNECTORS)
        ):
            k += 1
        if k == i or k >= len(doc):
            return i
        if (k in taken and doc[k].ent_type_ == "Country") or self._countryish(doc[k].text):
            if self.lang == "en" and self.gazetteer.lookup(doc[k].text) is None:
                return i  # "Ambassador Tran Thai Son": an English title's country comes before
                # it, as a demonym ("Chilean Ambassador"); one after the name is a name word
            k += 1
            return k if k < len(doc) and self._plain_capitalised(doc[k], True) else i
        return i

    def _title_ends(
        self, doc: Doc, with_length: bool = False, lowers: list[str] | None = None
    ) -> list:
        """Token index after each title in ``doc`` (and the title's length if asked): the
        longest title at each token, in document order. ``lowers``: the tokens' lowercase
        forms when the caller has them (:class:`LinkerWork`)."""
        spans = self.title_index.longest(lowers if lowers is not None else [t.lower_ for t in doc])
        return [(end, end - start) if with_length else end for start, end in spans]


# -- the passes, in their default order (DEFAULT_PASSES) -----------------------------------
@linker_pass("type_ner")
def type_ner(linker: GazetteerLinker, work: LinkerWork) -> None:
    """The model's entities, trimmed, typed with kg's classes and linked when known."""
    work.ents = [s for s in (linker._type_ner(e) for e in work.ents) if s is not None]


#: Lower-case particles inside place names ("Zamboanga del Norte", "Mar del Plata"); not the
#: Indonesian "di", which puts one place in another.
_PLACE_PARTICLES = frozenset({"del", "de", "do", "da", "dos", "das", "della", "des", "du"})


@linker_pass("bodies_split_at_and")
def bodies_split_at_and(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "the [Progressive Unionist] and [Farmers Party]": English names bodies for two things
    joined by "and", and the model may part them. A body with no institution word of its own
    at its end, "and", and a body that ends in one are one name (English only: Indonesian puts
    the institution word first)."""
    if linker.lang != "en":
        return
    doc = work.doc
    last_words = cue_words("en", "body_last_word")
    ents = sorted(work.ents, key=lambda e: e.start)
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "Organization"
            and e.label_ == "Organization"
            and not prev.kb_id_
            and e.start == prev.end + 1
            and doc[prev.end].lower_ == "and"
            and prev[-1].lower_ not in last_words
            and e[-1].lower_ in last_words
            and all(t.is_title for t in prev)
        ):
            out[-1] = Span(doc, prev.start, e.end, label="Organization")
            continue
        out.append(e)
    work.ents = out


@cache
def _full_names_of_people() -> dict[str, tuple[str, ...]]:
    """The base of notable people's names of two words or more, by their first word
    (lower case), longest first."""
    index: dict[str, list[str]] = {}
    for person in load_people():
        for form in person.forms:
            words = form.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                index.setdefault(words[0].lower(), []).append(form)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()}


@linker_pass("known_people_missed")
def known_people_missed(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Xi Jinping ends the tour in Lima": the model misses a notable person's full name now
    and then (at a sentence's start most of all). A full name of the base of notable people,
    written capitalised where the model found no entity (or only places the gazetteer read
    in it: "Lloyd Austin" is no city), is that person: the base names people, it never adds a
    relation."""
    doc = work.doc
    index = _full_names_of_people()
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    found: list[Span] = []
    dropped: set[int] = set()  # starts of places a name swallows
    places = {i for e in work.ents if e.label_ in _PLACE_LABELS for i in range(e.start, e.end)}
    for tok in doc:
        if (tok.i in taken and tok.i not in places) or not tok.text[:1].isupper():
            continue
        for name in index.get(tok.lower_, ()):
            span = doc.char_span(tok.idx, tok.idx + len(name))
            if (
                span is None
                or span.text.lower() != name.lower()
                or not all(t.text[:1].isupper() or not t.is_alpha for t in span)
            ):
                continue
            inside = [e for e in work.ents if e.start < span.end and span.start < e.end]
            # a name whose words the gazetteer read as cities ("Lewis Preston"): it wins
            if all(_place_inside(e, span) for e in inside):
                found.append(Span(doc, span.start, span.end, label="Person"))
                dropped.update(e.start for e in inside)
                taken.update(range(span.start, span.end))
                places.difference_update(range(span.start, span.end))
                break
    if found:
        kept = [e for e in work.ents if e.start not in dropped]
        work.ents = sorted([*kept, *found], key=lambda e: e.start)


def _place_inside(ent: Span, span: Span) -> bool:
    """``ent`` is a place the gazetteer linked, inside ``span``."""
    return ent.label_ in _PLACE_LABELS and span.start <= ent.start and ent.end <= span.end


@linker_pass("join_place_particles")
def join_place_particles(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Zamboanga del Norte": two places the model split at a name particle are one place
    (linked when the gazetteer knows the whole name), not a city and a "Norte"."""
    ents = sorted(work.ents, key=lambda e: e.start)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ in _PLACE_LABELS
            and e.label_ in _PLACE_LABELS
            and e.start == prev.end + 1
            and e.doc[prev.end].lower_ in _PLACE_PARTICLES
        ):
            out[-1] = _whole_place(linker, Span(e.doc, prev.start, e.end))
            continue
        end = e.end
        while (  # "Santa Cruz [del Norte]": a name word the model left out after a particle
            e.label_ in _PLACE_LABELS
            and end + 1 < len(e.doc)
            and e.doc[end].lower_ in _PLACE_PARTICLES
            and e.doc[end + 1].text[:1].isupper()
            and end + 1 not in taken
        ):
            end += 2
        out.append(e if end == e.end else _whole_place(linker, Span(e.doc, e.start, end)))
    work.ents = out


@linker_pass("join_compass_words")
def join_compass_words(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Jakarta Pusat", "Lampung Selatan": Indonesian names a city's or province's part by a
    compass word after it, which the model leaves out or takes for an unknown place. The
    part is a place of the same kind as the whole (a city's district is a city, a province's
    regency a region), not the whole: it keeps the whole's kind and loses its link, unless the
    gazetteer knows the longer name."""
    compass = cue_words(linker.lang, "compass")
    if not compass:
        return
    # a compass word alone ("sebelah Selatan", "di bagian Utara") is a direction, no place
    work.ents = [e for e in work.ents if not (len(e) == 1 and e[0].lower_ in compass)]
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in work.ents:
        end = e.end
        while end < len(e.doc) and end not in taken and _is_compass(e.doc[end], compass):
            end += 1
        head = e.start + len(e)
        while head - 1 > e.start and _is_compass(e.doc[head - 1], compass):
            head -= 1
        whole = Span(e.doc, e.start, head)
        kind = e.label_ if end > e.end else _gazetteer_kind(linker, whole)
        if e.label_ not in _PLACE_LABELS or kind in (None, "Country") or end == head:
            out.append(e)
            continue
        longer = Span(e.doc, e.start, end)
        entry = linker.gazetteer.lookup(longer.text)
        if entry is not None and entry.type in _PLACE_LABELS:
            out.append(_linked(longer, entry))
        else:
            out.append(Span(e.doc, e.start, end, label=kind))
    work.ents = out


@linker_pass("state_forms")
def state_forms(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Republik Islam Iran", "Republik Bashkortostan", "Republic of Bashkortostan": a state's
    formal name the gazetteer does not list is the country or region it names after its
    state-form words (the lexicon's ``state_form`` cue: "republik", "sosialis", "kingdom",
    "of"), which must open the name. "Democratic" is no such word: a "Democratic Republic of
    X" is not the "Republic of X". Not "Provinsi X": an address reads the province
    by its admin word ("kecamatan Y, kabupaten Z, Provinsi X"), and linking it to the region
    cut 34 right relations of real text."""
    forms = cue_words(linker.lang, "state_form")
    if not forms:
        return
    out: list[Span] = []
    for e in work.ents:
        if not e.kb_id_ and len(e) >= 2 and e[0].lower_ in forms:
            k = e.start
            while k < e.end - 1 and e.doc[k].lower_ in forms:
                k += 1
            entry = linker.gazetteer.lookup(e.doc[k : e.end].text)
            if entry is not None and entry.type in ("Country", "Region"):
                e = _linked(e, entry)
        out.append(e)
    work.ents = out


@linker_pass("join_admin_prefixes")
def join_admin_prefixes(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "di kecamatan Bangil", "Kabupaten Bogor": the admin word before a place name is part of
    the name, even lowercase, and the whole is that district or regency, not the town the
    gazetteer knows by the bare name (so a city's link is dropped; the extract stage types
    the name by its head word). A region's link stays: "provinsi Aceh" is Aceh, "Pulau Bali"
    is Bali."""
    provinces = cue_words(linker.lang, "province_prefix")
    prefixes = cue_words(linker.lang, "admin_prefix") | provinces
    if not prefixes:
        return
    heads = prefixes | linker.region_heads
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in work.ents:
        k = e.start - 1
        named = e[0].lower_ in heads  # "distrik Provinsi Turin": it has its own admin word
        if (
            not named
            and e.label_ in _PLACE_LABELS
            and e.label_ != "Country"
            and k >= 0
            and k not in taken
        ):
            word = e.doc[k]
            # "Gubernur Wilayah Khabarovsk": a capitalised region word inside a sentence too
            capital = word.text[:1].isupper() and not word.is_sent_start and word.lower_ in heads
            entry = linker.gazetteer.get(e.kb_id_) if e.kb_id_ else None
            region = entry is not None and entry.type == "Region"
            if region and (word.lower_ in provinces or capital):  # "Pulau Bali" is Bali
                e = _linked(Span(e.doc, k, e.end), entry)
            elif word.lower_ in prefixes or capital:
                e = Span(e.doc, k, e.end, label="Place")
        out.append(e)
    work.ents = out


@linker_pass("places_after_local_titles")
def places_after_local_titles(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Pj Gubernur Sulsel meninjau ...", "Kapolda Riau mengerahkan ...": one word the model
    read as a person, right after a regional office's title (the lexicon's ``local`` titles),
    that the gazetteer knows as a region or city is the office's place; its holder is
    unnamed there. Run after the headline trim, which leaves such a word alone."""
    out = []
    for e in work.ents:
        if e.label_ == "Person" and len(e) == 1 and linker._after_office_title(e):
            entry = linker.gazetteer.lookup(e.text)
            if entry is not None and entry.type in _BRANCH_SEATS:
                e = _linked(e, entry)
        out.append(e)
    work.ents = out


@linker_pass("regencies_named_bare")
def regencies_named_bare(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "di Kabupaten Tokoria, Jawa Barat ... Bupati Tokoria ... warga Tokoria": a regency the
    document names with its admin word is the place its bare name means there too, where the
    gazetteer would link that bare name to a namesake town of another country."""
    admin = cue_words(linker.lang, "admin_prefix")
    regencies: dict[str, GazetteerEntry] = {}
    for e in work.ents:
        entry = linker.gazetteer.get(e.kb_id_) if e.kb_id_ else None
        if entry is not None and entry.is_regency and len(e) > 1 and e[0].lower_ in admin:
            regencies.setdefault(e.doc[e.start + 1 : e.end].text.lower(), entry)
    if not regencies:
        return
    out = []
    for e in work.ents:
        regency = regencies.get(e.text.lower())  # "TOKORIA -" in a dateline too
        if regency is not None and e.label_ in _PLACE_LABELS and e.label_ != "Country":
            entry = linker.gazetteer.get(e.kb_id_) if e.kb_id_ else None
            if entry is None or entry.country != regency.country:
                e = _linked(e, regency)
        out.append(e)
    work.ents = out


#: Places a known national body has a branch in.
_BRANCH_SEATS = frozenset({"Region", "City"})


@linker_pass("join_body_prefixes")
def join_body_prefixes(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Polda Jawa Timur", "Pemerintah Kabupaten Lumajang", "Universitas Indonesia": a
    capitalised institution word (the lexicon's ``body_prefix`` phrases) right before a place
    makes the whole an organisation named after the place, not the place itself."""
    prefixes = cue_phrases(linker.lang, "body_prefix")
    if not prefixes:
        return
    bare = {  # the model's own organisation that is nothing but the prefix ("[DPRD] Jawa Barat")
        e.end: e
        for e in work.ents
        if e.label_ == "Organization" and tuple(t.lower_ for t in e) in prefixes
    }
    occupied = {i for e in work.ents for i in range(e.start, e.end)}
    ents = [
        _with_place_after(linker, _place_read_as_person(linker, e, prefixes), prefixes, occupied)
        for e in work.ents
    ]
    bare_ids = {id(b) for b in bare.values()}
    taken = {i for e in ents if id(e) not in bare_ids for i in range(e.start, e.end)}
    longest = max(len(phrase) for phrase in prefixes)
    out: list[Span] = []
    for e in ents:
        if (
            e.label_ in _PLACE_LABELS
            and e.start in bare
            # a national body the gazetteer knows ("KPU Sulsel") has branches in its regions
            # and cities only: "KPU Filipina" is another country's own body
            and (not bare[e.start].kb_id_ or e.label_ in _BRANCH_SEATS)
        ):
            whole = Span(e.doc, bare[e.start].start, e.end, label="Organization")
            out = [x for x in out if x is not bare[e.start]]
            out.append(whole)
            continue
        if e.label_ in _PLACE_LABELS:
            # The words before the place, read once for all the phrases (each ends there).
            before = tuple(t.lower_ for t in e.doc[max(0, e.start - longest) : e.start])
            for phrase in prefixes:
                k = e.start - len(phrase)
                if (
                    k >= 0
                    and before[len(before) - len(phrase) :] == phrase
                    and not any(i in taken for i in range(k, e.start))
                    and e.doc[k].text[:1].isupper()
                    # "Pemerintah Kabupaten X": bare "pemerintah" only before an admin word;
                    # "pemerintah Indonesia" is the country's government, the country itself
                    and (phrase != ("pemerintah",) or e[0].lower_ in linker.region_heads | {"kota"})
                    # "Menteri Angkatan Bersenjata Peru": a minister's portfolio names the
                    # service; the office is the country's
                    and not _portfolio_title_before(e.doc, k, linker.lang)
                ):
                    whole = Span(e.doc, k, e.end)
                    entry = linker.gazetteer.lookup(whole.text)
                    known = entry is not None and entry.type == "Organization"
                    e = (
                        _linked(whole, entry)
                        if known
                        else Span(e.doc, k, e.end, label="Organization")
                    )
                    break
        out.append(e)
    work.ents = out


def _portfolio_title_before(doc: Doc, k: int, lang: str) -> bool:
    """A title that takes a portfolio ("Menteri", "Minister") ends right before token ``k``."""
    return any(
        k >= len(t.words)
        and tuple(x.lower_ for x in doc[k - len(t.words) : k])
        == tuple(w.lower() for w in t.words)
        for t in load_titles(lang)
        if t.portfolio
    )


def _place_read_as_person(linker: GazetteerLinker, e: Span, prefixes: tuple) -> Span:
    """ "DPRD Sulsel", "KPU Sulsel": one word the model read as a person, right after an
    institution word, that the gazetteer knows as a region or city (a province's short form
    looks like a name to it) is that place, which the body's name then takes in; read whole
    as one person with the institution word, the two are that body."""
    if e.label_ == "Person" and len(e) > 1:
        # "Pemprov Sulsel" read whole as a person: the prefix and the place, one body
        words = tuple(t.lower_ for t in e)
        head = next((p for p in prefixes if words[: len(p)] == p and len(words) > len(p)), None)
        entry = linker.gazetteer.lookup(e[len(head) :].text) if head else None
        if entry is not None and entry.type in _BRANCH_SEATS and e[0].text[:1].isupper():
            return Span(e.doc, e.start, e.end, label="Organization")
        return e
    if e.label_ != "Person" or len(e) != 1 or e.start == 0:
        return e
    before = tuple(t.lower_ for t in e.doc[max(0, e.start - 2) : e.start])
    if not any(before[len(before) - len(p) :] == p for p in prefixes if len(p) <= 2):
        return e
    entry = linker.gazetteer.lookup(e.text)
    if entry is None or entry.type not in _BRANCH_SEATS:
        return e
    return _linked(e, entry)


def _with_place_after(
    linker: GazetteerLinker, e: Span, prefixes: tuple, occupied: set[int]
) -> Span:
    """ "[DPRD DKI] Jakarta": the model's organisation that opens with an institution word and
    stops inside a place's name, taken on to the end of that name (up to two more words, none
    of them another entity's)."""
    if e.label_ != "Organization" or e.kb_id_:
        return e
    words = tuple(t.lower_ for t in e)
    head = next((p for p in prefixes if words[: len(p)] == p and len(words) > len(p)), None)
    if head is None:
        return e
    doc = e.doc
    for extra in (2, 1):
        end = e.end + extra
        if end > len(doc) or not all(
            t.text[:1].isupper() and t.i not in occupied for t in doc[e.end : end]
        ):
            continue
        entry = linker.gazetteer.lookup(doc[e.start + len(head) : end].text)
        if entry is not None and entry.type in ("Region", "City"):
            return Span(doc, e.start, end, label="Organization")
    return e


@linker_pass("numbered_units")
def numbered_units(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kodam IX/Udayana", "Korem 061/Suryakancana": an institution word (a one-word
    ``body_prefix``) with a unit number, a slash and the unit's name is one organisation, a
    military or police command; the model reads its parts as nothing or as a stray acronym."""
    prefixes = {p[0] for p in cue_phrases(linker.lang, "body_prefix") if len(p) == 1}
    if not prefixes:
        return
    doc = work.doc
    units = [
        Span(doc, i, i + 4, label="Organization")
        for i in range(len(doc) - 3)
        if doc[i].lower_ in prefixes and doc[i].text[:1].isupper() and unit_number_at(doc, i + 1)
    ]
    if units:
        covered = {k for u in units for k in range(u.start, u.end)}
        kept = [e for e in work.ents if not any(k in covered for k in range(e.start, e.end))]
        work.ents = kept + units


def unit_number_at(doc: Doc, i: int) -> bool:
    """A command's number, a slash and its name at token ``i`` ("XIV/Hasanuddin", "061/Kujang")."""
    if i + 2 >= len(doc):
        return False
    number, slash, name = doc[i], doc[i + 1], doc[i + 2]
    return (
        (number.is_digit or (number.is_alpha and not set(number.text) - set("IVXL")))
        and slash.text == "/"
        and name.text[:1].isupper()
        and name.is_alpha
    )


#: A Roman number of a parliament's standing commission ("Komisi III", "Komisi XIII").
_ROMAN = re.compile(r"^(X{0,1}(IX|IV|V?I{0,3})|XI{1,3})$")


@linker_pass("numbered_panels")
def numbered_panels(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Ketua Komisi III DPR X", "Anggota Komisi VI Y": a ``numbered_panel`` word with a
    Roman number is one organisation, the parliament's commission (the model reads "Komisi"
    as a title word and the number as nothing, or glues both to the holder's name). The
    parliament after it stays an entity of its own."""
    words = {p[0] for p in cue_phrases(linker.lang, "numbered_panel") if len(p) == 1}
    if not words:
        return
    doc = work.doc
    panels = [
        Span(doc, i, i + 2, label="Organization")
        for i in range(len(doc) - 1)
        if doc[i].lower_ in words
        and doc[i].text[:1].isupper()
        and doc[i + 1].text.isupper()
        and _ROMAN.match(doc[i + 1].text)
    ]
    if panels:
        covered = {k for p in panels for k in range(p.start, p.end)}
        kept = []
        for e in work.ents:
            if not any(k in covered for k in range(e.start, e.end)):
                kept.append(e)
            elif e.end - e.start > 2 and e.start in covered and e.end - 1 not in covered:
                # "[Komisi III Rizal Hakim]": the holder's name after the panel
                kept.append(Span(doc, e.start + 2, e.end, label=e.label_))
        work.ents = kept + panels


@linker_pass("cities_inside_names")
def cities_inside_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Bursa Efek Indonesia", "Jakarta Convention Center", "New York Times": a one-word city
    followed by a capitalised word that is no entity, day, month, title or compass word is the
    first word of a longer name (a body or a building), not the city: the whole name becomes
    one organisation span (a country closing it is part of it, "... Efek Indonesia"). Headlines
    in title case are left alone (every word is capitalised there)."""
    doc = work.doc
    skip = cue_words(linker.lang, "compass") | _calendar_words()
    by_start = {e.start: e for e in work.ents}
    covered = {i for e in work.ents for i in range(e.start, e.end)}

    def plain(i: int) -> bool:
        t = doc[i]
        return (
            t.is_alpha
            and t.text[:1].isupper()
            and not t.is_upper
            and t.lower_ not in skip
            and not t.is_stop  # an honorific's "Yang" ("... Johor Yang Amat Dihormati")
            and not linker.is_title(t)
            and i not in covered
        )

    # "Wakil Wali Kota Medan Tokoria Hakim ... ujar Tokoria": words after the city that the
    # document calls a person by, or a title of office before it, make the city the office's
    # place and the words its holder's name
    called = {t.text for e in work.ents if e.label_ == "Person" for t in e if len(t) > 2}
    drop: set[int] = set()
    names: list[Span] = []
    for e in work.ents:
        if e.label_ != "City" or len(e) != 1 or e.end >= len(doc) or not plain(e.end):
            continue
        if _in_headline(work.headlines, e[0].idx):
            continue
        j = e.end
        while j < len(doc) and plain(j):
            j += 1
        if linker._after_office_title(e) or any(t.text in called for t in doc[e.end : j]):
            continue
        closing = by_start.get(j)
        if closing is not None and closing.label_ in ("Country", "Region"):
            drop.add(closing.start)
            j = closing.end
        drop.add(e.start)
        names.append(Span(doc, e.start, j, label="Organization"))
    if names:
        work.ents = [e for e in work.ents if e.start not in drop] + names


@linker_pass("countries_opening_bodies")
def countries_opening_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "the Ghana Bar Association", "the Kenya Medical Council": in English a country's name
    followed by capitalised words that end in an institution word (``name-heads.jsonl``'s
    last words of an organisation) is the first word of the body's name, not the country."""
    tails = {w for w, kind in load_name_tails().items() if kind == "Organization"}
    if linker.lang != "en" or not tails:
        return
    doc = work.doc
    covered = {i for e in work.ents for i in range(e.start, e.end)}
    drop: set[int] = set()
    names: list[Span] = []
    for e in work.ents:
        if e.label_ != "Country" or _in_headline(work.headlines, e[0].idx):
            continue
        j = e.end
        while (
            j < len(doc)
            and j - e.end < 4
            and j not in covered
            and doc[j].is_alpha
            and doc[j].text[:1].isupper()
            and not linker.is_title(doc[j])
        ):
            j += 1
        if j > e.end and doc[j - 1].lower_ in tails:
            drop.add(e.start)
            names.append(Span(doc, e.start, j, label="Organization"))
    if names:
        work.ents = [e for e in work.ents if e.start not in drop] + names


@linker_pass("parties_closing_boards")
def parties_closing_boards(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "[Majelis Kehormatan Partai X]", "[Dewan Pembina Partai X]": a body the model read
    whole that ends in a party the gazetteer knows (a name of it written "Partai ...") is a
    board of that party; the party is cut off and linked, so that an office of the board is
    read as the party's (the title rules' party boards)."""
    doc, gazetteer = work.doc, linker.gazetteer
    out: list[Span] = []
    for e in work.ents:
        cut = None
        # Indonesian names a board before its party; an English name that ends in another
        # party's ("Liberal Democratic Party") is one party
        if linker.lang == "id" and e.label_ == "Organization" and not e.kb_id_ and len(e) >= 3:
            for n in (3, 2, 1):
                tail = e[len(e) - n :].text
                entry = gazetteer.lookup(tail)
                if (
                    entry is not None
                    and entry.type == "Organization"
                    and _named_exactly(entry, tail)
                    and any(name.startswith("Partai ") for name in entry.names.get("id", ()))
                    and all(t.text[:1].isupper() for t in e[: len(e) - n])
                ):
                    cut = (len(e) - n, entry)
                    break
        if cut is None:
            out.append(e)
            continue
        k, entry = cut
        out.append(Span(doc, e.start, e.start + k, label="Organization"))
        out.append(Span(doc, e.start + k, e.end, label="Organization", kb_id=entry.id))
    work.ents = out


@linker_pass("possessed_namesakes")
def possessed_namesakes(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Peru's Security Council", "Kenya's Supreme Court": a body a country possesses is
    that country's own, not the international or foreign one the gazetteer knows by the same
    short name ("Security Council" is the UN's only bare); the link is dropped unless the entry
    is the country's or the text gives its full name."""
    doc, gazetteer = work.doc, linker.gazetteer
    countries = {e.end: e for e in work.ents if e.label_ == "Country" and e.kb_id_}
    kept = []
    for e in work.ents:
        owner = countries.get(e.start - 1)
        entry = gazetteer.get(e.kb_id_) if e.kb_id_ and e.label_ == "Organization" else None
        if (
            entry is not None
            and owner is not None
            and doc[e.start - 1].text in _POSSESSIVE_MARKS
            and entry.country != owner.kb_id_
            and e.text != entry.name
            and not e.text.isupper()
        ):
            e = Span(doc, e.start, e.end, label="Organization")
        kept.append(e)
    work.ents = kept


@linker_pass("possessors_opening_bodies")
def possessors_opening_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "chairman of [Lindgren's Liberal Party]": the model reads a person's possessive as
    the first words of the body he leads or belongs to; the body starts after the "'s" when
    the words before it name a person the document names elsewhere."""
    doc = work.doc
    names = {t.text for e in work.ents if e.label_ == "Person" for t in e}
    out = []
    for e in work.ents:
        cut = next(
            (k for k in range(e.start + 1, e.end - 1) if doc[k].text in _POSSESSIVE_MARKS), None
        )
        if (
            e.label_ == "Organization"
            and cut is not None
            and all(t.text in names for t in doc[e.start : cut])
        ):
            e = Span(doc, cut + 1, e.end, label="Organization", kb_id=e.kb_id_)
        out.append(e)
    work.ents = out


def _calendar_words() -> frozenset[str]:
    return _calendar("weekdays", "ambiguous_weekdays", "months", "parts_of_day")


def _weekdays() -> frozenset[str]:
    """Day names, which the model glues to the name before them ("terbang ke P Ahad malam")."""
    return _calendar("weekdays", "ambiguous_weekdays")


@cache
def _calendar(*keys: str) -> frozenset[str]:
    """The calendar lexicon's words of ``keys``, lower-cased."""
    from kg.ingest.metadata import calendar_lexicon

    cal = calendar_lexicon()
    return frozenset(w.lower() for key in keys for w in cal.get(key, ()))


def _is_compass(token: Token, compass: frozenset[str]) -> bool:
    return token.lower_ in compass and token.text[:1].isupper()


def _gazetteer_kind(linker: GazetteerLinker, span: Span) -> str | None:
    entry = linker.gazetteer.lookup(span.text)
    return entry.type if entry is not None and entry.type in _PLACE_LABELS else None


def _whole_place(linker: GazetteerLinker, span: Span) -> Span:
    entry = linker.gazetteer.lookup(span.text)
    if entry is not None and entry.type in _PLACE_LABELS:
        return _linked(span, entry)
    return Span(span.doc, span.start, span.end, label="Place")


@linker_pass("prefer_longer_gazetteer_names")
def prefer_longer_gazetteer_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """A longer gazetteer name replaces the pieces it covers ("State" + "Department" -> "State
    Department"), but never a person; a known name at the start of a longer unknown place or
    organisation is that name, the rest belongs elsewhere ("Kepulauan Riau Ansar")."""
    typed, gazetteer = work.ents, work.gazetteer
    compass = cue_words(linker.lang, "compass")
    covering = [
        g
        for g in gazetteer
        if any(_covers(g, t) and len(g) > len(t) for t in typed)
        and not any(t.label_ == "Person" and _overlaps(g, t) and not _covers(g, t) for t in typed)
    ]
    covering += [
        g
        for g in gazetteer
        if g not in covering
        and any(
            t.start == g.start
            and len(t) > len(g)
            and not t.kb_id_
            and t.label_ != "Person"
            and t[len(g)].lower_ not in _PLACE_PARTICLES  # "Zamboanga del Norte" is one name
            and not all(_is_compass(w, compass) for w in t[len(g) :])  # "Jakarta Pusat" too
            and not _national_body(linker, t, g)  # "the Peruvian Navy"
            for t in typed
        )
    ]
    officers = _officers_after(linker, work, covering)
    work.ents = [t for t in typed if not any(_overlaps(g, t) for g in covering)]
    work.ents += covering + officers


@linker_pass("countries_glued_to_people")
def countries_glued_to_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Perdana Menteri [Papua] [Nugini X Y]": a country's name of two or more words the
    model cut in two, its last words glued to the person after it, is the country; the person
    is the name that follows (two words at least, so a surname is never a country's)."""
    out = list(work.ents)
    for g in work.gazetteer:
        if g.label_ != "Country" or len(g) < 2:
            continue
        glued = next(
            (
                t
                for t in out
                if t.label_ == "Person" and g.start < t.start < g.end and t.end - g.end >= 2
            ),
            None,
        )
        if glued is None:
            continue
        out = [t for t in out if t is not glued and not _covers(g, t)]
        out += [g, Span(work.doc, g.end, glued.end, label="Person")]
    work.ents = sorted(out, key=lambda e: e.start)


def _national_body(linker: GazetteerLinker, body: Span, country: Span) -> bool:
    """ "the Peruvian Navy", "the Chilean Football Federation", "the Peruvian Institute of
    Geophysics": an English organisation the model read whole, opened by a country or its
    demonym, whose head word (the last, or the one before "of") names a kind of body (the
    ``national_body_head`` cue) is that body; the country is only its first word."""
    if linker.lang != "en" or body.label_ != "Organization" or country.label_ != "Country":
        return False
    rest = list(body[len(country) :])
    words = [t.lower_ for t in rest]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in cue_words(linker.lang, "national_body_head") and all(
        t.text[:1].isupper() or t.lower_ in ("of", "and", "for") for t in rest
    )


def _officers_after(linker: GazetteerLinker, work: LinkerWork, known: list[Span]) -> list[Span]:
    """ "Direktur ... Kemlu X Y", read by the model as one organisation: after the body's
    known name, in a title phrase, the name of its officer (not dropped with the rest)."""
    doc = work.doc
    pairs = [
        (g, t)
        for g in known
        for t in work.ents
        if t.start == g.start and t.end > g.end and t.label_ == "Organization"
    ]
    if not pairs:  # most documents: the title phrases are found only when needed
        return []
    title_ends = sorted(set(linker._title_ends(doc, False, work.lowers)))
    common = word_list("common-words-id.txt") | facility_words()
    return [
        Span(doc, g.end, glued.end, label="Person")
        for g, glued in pairs
        if _in_title_phrase(doc, g.start, title_ends)
        and _officer_name(linker, doc[g.end : glued.end], common)
    ]


@linker_pass("facility_seats")
def facility_seats(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Istana Kepresidenan Bogor", "Masjid Raya Medan": a facility named with its city stands
    for that city. kg has no class for facilities (they are dropped), but the city is where
    the facility's events happen: "tiba di Istana Bogor" is a visit to Bogor."""
    facilities = facility_words()
    cities = {g.end: g for g in work.gazetteer if g.label_ == "City"}
    out = []
    for e in work.ents:
        seat = cities.get(e.end)
        named_facility = (
            e[0].lower_ in facilities or " ".join(t.lower_ for t in e[:2]) in facilities
        )
        if (
            seat is not None
            and seat.start > e.start
            and not e.kb_id_
            and e.label_ in ("Place", "Organization")
            and named_facility
        ):
            out.append(seat)
        else:
            out.append(e)
    work.ents = out


@linker_pass("drop_title_words")
def drop_title_words(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Secretary of State": an unlinked non-person inside a title is part of the title."""
    titles = [(end - n, end) for end, n in linker._title_ends(work.doc, True, work.lowers)]
    work.ents = [
        t
        for t in work.ents
        if t.kb_id_
        or t.label_ == "Person"
        or not any(a <= t.start and t.end <= b for a, b in titles)
    ]


@linker_pass("academic_degrees")
def academic_degrees(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kepala Dinas X, Dr. Hendra Wibisono, M.Si, menjelaskan": a degree set off by a comma
    after a name (the ``academic_degree`` cue: "M.Si", "S.H.", "PhD") is no entity, and the
    name before it, which the model often takes for a body with its letters in view, is a
    person's (unless the gazetteer knows it)."""
    doc = work.doc
    degrees = {_degree_key(w) for w in cue_words(linker.lang, "academic_degree")}
    marks = {
        k
        for k in range(2, len(doc))
        if _degree_key(doc[k].text) in degrees and _after_name(doc, k, degrees)
    }
    if not marks:
        return
    out: list[Span] = []
    for e in work.ents:
        if all(k in marks for k in range(e.start, e.end)):
            continue  # "M.Sc" read as a name
        named = e.end + 1 in marks and doc[e.end].text == ","
        if named and e.label_ in ("Organization", "Place") and not e.kb_id_:
            e = Span(doc, e.start, e.end, label="Person")
        out.append(e)
    work.ents = out


def _degree_key(word: str) -> str:
    """A degree's letters, case and full stops ignored ("M.Si." = "msi")."""
    return word.replace(".", "").lower()


def _after_name(doc: Doc, k: int, degrees: set[str]) -> bool:
    """Token ``k`` follows a comma after a capitalised name word, or another degree ("S.H.,
    M.H.")."""
    if doc[k - 1].text != ",":
        return False
    before = doc[k - 2]
    return (before.is_alpha and before.text[:1].isupper()) or _degree_key(before.text) in degrees


@linker_pass("fill_from_gazetteer")
def fill_from_gazetteer(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Add the gazetteer names that overlap no entity: the countries the model misses."""
    work.ents = _fill(work.ents, work.gazetteer)


@linker_pass("foreign_institutions")
def foreign_institutions(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kementerian Luar Negeri Thailand", "DPR AS": a national institution's generic name
    followed by another country is that country's institution, not the one the gazetteer
    knows by that name (its ``country``): one unlinked organisation, named with its country.
    So is one followed by a region of another country ("Kementerian Kesehatan Gaza").
    Followed by another organisation ("DPD Partai Demokrat", a party's regional board), it
    is that organisation's body: the link is dropped."""
    ents = sorted(work.ents, key=lambda e: e.start)
    starts = {e.start: e for e in ents}
    merged: set[int] = set()
    out = []
    for e in ents:
        if e.start in merged:
            continue
        entry = linker.gazetteer.get(e.kb_id_) if e.kb_id_ else None
        after = starts.get(e.end)
        national = entry is not None and entry.type == "Organization" and entry.country
        if national and after is not None:
            if _foreign_place(linker.gazetteer, after, entry.country):
                e = Span(e.doc, e.start, after.end, label="Organization")
                merged.add(after.start)
            elif after.label_ == "Organization" and after.kb_id_ != e.kb_id_:
                e = Span(e.doc, e.start, e.end, label="Organization")
        out.append(e)
    work.ents = out


#: Lower-case words a body's name may hold that its acronym spells no letter of.
_ACRONYM_GAPS = frozenset({"dan", "and", "of", "the", "for", "untuk", "dari", "&", "on"})
#: Words a spelled-out name may run to before its acronym.
_SPELLED_REACH = 10


@linker_pass("spelled_out_acronyms")
def spelled_out_acronyms(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Perhimpunan Pedagang Pasar Tradisional (PPPT)": capitalised words whose initials
    spell the acronym in brackets after them are one body's name, even where the model saw
    only a country at its end or nothing at all (the bracket is the writer's own definition,
    surer than any tag). Not a name the gazetteer or the model holds whole, nor one holding a
    city or region ("Tanjung Pinang Raya (TPR)" is a place's), nor a person's
    (initials)."""
    doc = work.doc
    for i in range(1, len(doc) - 2):
        word = doc[i + 1].text
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _acronym(word):
            continue
        start = _spelled_start(doc, i, word)
        if start is None or linker.gazetteer.lookup(word) is not None:
            continue
        inside = [e for e in work.ents if e.start < i and e.end > start]
        if any(
            e.start < start or e.end > i or (e.start == start and e.end == i) for e in inside
        ) or any(
            e.label_ in ("City", "Region") or (e.label_ == "Person" and e.start == start)
            for e in inside
        ):
            continue
        if doc[start].text in given_names() or doc[start].lower_ in event_first_words():
            continue  # "Budi Santoso Wibowo (BSW)": initials; "Konferensi ... (KTT)": an event
        if _portfolio_title_before(doc, start, linker.lang):
            continue  # "Menteri Energi dan Sumber Daya Mineral (ESDM)": a minister's field
        body = Span(doc, start, i, label="Organization")
        kept = [e for e in work.ents if e not in inside]
        work.ents = sorted([*kept, body], key=lambda e: e.start)


def _spelled_start(doc: Doc, end: int, acronym: str) -> int | None:
    """The first token of the words before ``end`` whose initials spell ``acronym`` (its
    lower-case joiners skipped), or None."""
    letters = list(acronym)
    k = end - 1
    while k >= max(0, end - _SPELLED_REACH) and letters:
        tok = doc[k]
        if tok.lower_ in _ACRONYM_GAPS and len(letters) < len(acronym):
            k -= 1
            continue
        if not tok.is_alpha or not tok.text[0].isupper() or tok.text[0] != letters[-1]:
            return None
        letters.pop()
        k -= 1
    return k + 1 if not letters else None


@linker_pass("bracketed_acronyms_of_bodies")
def bracketed_acronyms_of_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Dewan Pers (DPI) ... Ketua DPI X": an acronym in brackets right after a body's name,
    that the gazetteer does not know itself, names that body wherever the document uses it.
    Without this the bracket is no mention (the model rarely tags it) and the later uses make
    a second body. A linked body passes its link on; an unlinked one ("the Office for Rural
    Water (ORW)") makes the bracket a body that resolve joins to it, and the later uses
    bodies whatever type the model gave them. An Indonesian short form written as a word
    ("Badan Penelitian dan Pengembangan Kesehatan (Balitbangkes)") counts as an acronym, and
    a body's name typed a place after "di" still owns its bracket when an institution word
    opens it."""
    doc = work.doc
    heads = institution_words()
    owners: dict[str, set[str]] = {}
    for e in work.ents:
        body_like = e.label_ == "Organization" or (e.label_ == "Place" and e[0].lower_ in heads)
        if not body_like or e.end + 2 >= len(doc):
            continue
        word = doc[e.end + 1].text
        bracketed = doc[e.end].text == "(" and doc[e.end + 2].text == ")"
        if bracketed and (_acronym(word) or _syllabic_acronym(word, e)):
            if e.kb_id_ or _unlinked_owner(doc, e, word):
                owners.setdefault(word, set()).add(e.kb_id_ or f"name:{e.text.lower()}")
    acronyms = {
        word: next(iter(ids))
        for word, ids in owners.items()
        if len(ids) == 1 and linker.gazetteer.lookup(word) is None
    }
    if not acronyms:
        return

    def body(start: int, word: str) -> Span:
        kb_id = "" if acronyms[word].startswith("name:") else acronyms[word]
        return Span(doc, start, start + 1, label="Organization", kb_id=kb_id)

    out: list[Span] = []
    for e in work.ents:
        word = e.text.strip("()")  # the model may take the bracket in: "(Bappebti"
        k = next((t.i for t in e if t.text == word), None)
        if word in acronyms and not e.kb_id_ and k is not None:
            e = body(k, word)
        out.append(e)
    taken = {i for e in out for i in range(e.start, e.end)}
    for tok in doc:
        if tok.text in acronyms and tok.i not in taken:
            out.append(body(tok.i, tok.text))
    work.ents = sorted(out, key=lambda e: e.start)


def _unlinked_owner(doc: Doc, e: Span, acronym: str) -> bool:
    """An unlinked body whose bracket names it: a name of two or more words, not in capitals
    ("TOKORIA (KW) -" is a dateline and its outlet's tag), not a facility's, and not one the
    name goes on after, nor an event's ("Konferensi Tingkat Tinggi (KTT)")."""
    return (
        len(e) >= 2
        and not e.text.isupper()
        and not names_a_facility(e)
        and e[0].lower_ not in event_first_words()  # "Konferensi Tingkat Tinggi (KTT)"
        and not _name_goes_on(doc, e.end + 3, acronym)
    )


def _name_goes_on(doc: Doc, i: int, acronym: str) -> bool:
    """ "Badan X (BX) Lima ... BX Lima": the word after the bracket (token
    ``i``) goes on with the name, as the document shows by writing it after the acronym
    elsewhere; the acronym is then the general body's, not the branch's this bracket names."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return False
    return any(
        t.text == acronym and t.i + 1 < len(doc) and doc[t.i + 1].text == doc[i].text
        for t in doc
        if t.i != i - 2
    )


def _acronym(word: str) -> bool:
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 6


def _syllabic_acronym(word: str, name: Span) -> bool:
    """ "Badan Penelitian dan Pengembangan Kesehatan (Balitbangkes)": an Indonesian body's
    short form written as one capitalised word of pieces of its name's words, whose letters
    therefore run through the name in order from its first letter. Four letters at least
    ("(Tbk)" closes a company's name), and shorter than the name."""
    letters = "".join(t.lower_ for t in name if t.is_alpha)
    short = word.lower()
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    if len(short) < 4 or len(short) * 2 > len(letters) or short[0] != letters[0]:
        return False
    rest = iter(letters)
    return all(c in rest for c in short)


def _foreign_place(gazetteer: Gazetteer, ent: Span, country: str) -> bool:
    """A linked country other than ``country``, or a linked region lying in one."""
    if ent.label_ == "Country":
        return ent.kb_id_ not in ("", country)
    if ent.label_ != "Region" or not ent.kb_id_:
        return False
    region = gazetteer.get(ent.kb_id_)
    return region is not None and region.country not in (None, country)


@linker_pass("trim_headlines")
def trim_headlines(linker: GazetteerLinker, work: LinkerWork) -> None:
    """In Title Case headlines keep gazetteer names and words the body uses as names."""
    work.ents = linker._trim_headline_entities(work.doc, work.ents, work.headlines)


@linker_pass("hosts_in_event_names")
def hosts_in_event_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "KTT G20", "Konferensi OKI", "KTT Lima": an event named, in Indonesian order,
    after the body that holds it or the city it is held in. The event is no entity
    (``non-entity-first-words.txt``), the host is one: where the gazetteer knows the rest of
    the name as an organisation or a city, the span becomes that host (as the English "the
    G20 summit", "the Jakarta meetings" read), and a later "KTT itu dihadiri X" finds the
    event's city."""
    out: list[Span] = []
    for e in work.ents:
        if len(e) > 1 and e[0].text[:1].isupper() and e[0].lower_ in event_first_words():
            rest = Span(e.doc, e.start + 1, e.end)
            entry = linker.gazetteer.lookup(rest.text)
            if entry is not None and entry.type in _EVENT_HOSTS:
                e = _linked(rest, entry)
        out.append(e)
    work.ents = out


#: What an event is named after in Indonesian order: its body or its city.
_EVENT_HOSTS = frozenset({"Organization", "City"})


@linker_pass("commit")
def commit(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Write the entities so far to ``doc.ents``: the passes after it read tokens' entity
    types ("Menteri Luar Negeri AS", a country after a title; a name word already taken).
    Two passes may leave overlapping spans; the longer wins, as at the end, so that an
    article never fails here."""
    work.ents = filter_spans(work.ents)
    work.doc.ents = work.ents


def _first_name_of(ent: Span, titled: list[Span]) -> bool:
    """A linked city that a titled person's name starts with ("Medina" of "Medina al-Busaidi")."""
    return ent.label_ == "City" and any(
        t.label_ == "Person" and t.start == ent.start and t.end > ent.end for t in titled
    )


def _known_initials(doc: Doc, i: int, taken: set[int]) -> bool:
    """Capital initials at token ``i`` ("JD", "TB") opening the name of a notable person
    (``ontology/people``) with the capitalised word or two after them: name words, though
    the model, reading them as an acronym, left them out. Other capitals after a title ("Ketua
    MK X") stay the body's acronym."""
    tok = doc[i] if i < len(doc) else None
    if tok is None or i in taken or not (tok.text.isalpha() and tok.text.isupper()):
        return False
    if len(tok) > 3:
        return False
    people = load_people()
    return any(
        i + n < len(doc) and people.lookup(doc[i : i + n + 1].text) is not None for n in (1, 2)
    )


def _place_before_known_person(doc: Doc, i: int, j: int) -> bool:
    """The run ``doc[i:j]`` after a title opens with a word the model read as a place and
    goes on with a name of two words or more: a notable person's (``ontology/people``) or
    one opening with a common first name (``given-names.txt``)."""
    return (
        j - i >= 3
        and doc[i].ent_type_ in _PLACE_LABELS | {"LOC"}
        and (
            doc[i + 1].text in given_names()
            or load_people().lookup(doc[i + 1 : j].text) is not None
        )
    )


@linker_pass("titles_read_as_people")
def titles_read_as_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Tottori Governor Tom Dallas", "menerima Konsul Chile di Bandung, X": the model
    reads a place and a head title beside it as a person ("Tottori Governor", "Konsul
    Chile"), the holder named apart. A title is never a name's first or last words with
    only a place beside it: the place is the one the gazetteer knows, or no entity at all."""
    starts = {e.start for e in work.ents if e.label_ == "Person"}
    out: list[Span] = []
    for e in work.ents:
        place = _place_beside_title(linker, e, starts) if e.label_ == "Person" else None
        if place is None:
            out.append(e)
            continue
        entry = linker.gazetteer.lookup(place.text)
        if entry is not None and entry.type in ("Country", "City", "Region"):
            out.append(_linked(place, entry))
    work.ents = out


def _place_beside_title(linker: GazetteerLinker, e: Span, starts: set[int]) -> Span | None:
    """The words of person ``e`` beside its head title: after it where the title opens ``e``
    and they are, whole, a place the gazetteer knows ("Konsul Chile"); before it where the
    title ends ``e`` right before another person ("Tottori Governor" X), or a rank does,
    maybe with its corps word ("Kapolda Sulsel Irjen Pol X": "Sulsel Irjen" read as one name)."""
    n = _trailing_title(linker, e) if e.end in starts else 0
    if not n and (e.end in starts or _titles_then_person(linker, e.doc, e.end, starts)):
        n = _trailing_title(linker, e, linker.rank_titles)
    if n:
        return Span(e.doc, e.start, e.end - n)
    words = tuple(t.lower_ for t in e)
    for n in range(len(words) - 1, 0, -1):
        if words[:n] in linker.office_titles and e[0].is_title:
            rest = e[n:]
            entry = linker.gazetteer.lookup(rest.text)
            if entry is not None and _named_exactly(entry, rest.text):
                return rest
    return None


def _trailing_title(
    linker: GazetteerLinker, e: Span, titles: frozenset[tuple[str, ...]] | None = None
) -> int:
    """How many of ``e``'s last words, one word at least left before them, are a whole head
    title ("Governor", "Prime Minister"; of ``titles`` if given), or 0."""
    titles = linker.office_titles if titles is None else titles
    words = tuple(t.lower_ for t in e)
    return next(
        (n for n in range(len(words) - 1, 0, -1) if words[-n:] in titles and e[-n].is_title),
        0,
    )


def _titles_then_person(linker: GazetteerLinker, doc: Doc, i: int, starts: set[int]) -> bool:
    """At token ``i``, title words ("Pol", "TNI") and then a person's name, one word at least."""
    k = i
    while k < len(doc) and k not in starts and linker.is_title(doc[k]):
        k += 1
    return k > i and k in starts


@linker_pass("titled_names")
def titled_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Titled names (and the bodies their titles name) win over an overlapping model span
    that is not a person, or a person span that swallowed the title's portfolio or country
    ("Pertambangan Laos Phoxay X")."""
    titled = linker._titled_names(
        work.doc, work.ents, work.headlines, work.lowers, work.never_persons
    )
    kept = [
        e
        for e in work.ents
        if (e.kb_id_ and not _first_name_of(e, titled))
        or not any(
            _overlaps(e, t)
            and (
                e.label_ != "Person"
                or (t.label_ == "Person" and e.start < t.start)
                # "Direktur Toba Pulp, Firman": the title names the body, the person follows
                or t.label_ == "Organization"
            )
            for t in titled
        )
    ]
    work.ents = _fill(filter_spans(kept + titled), work.gazetteer)


@linker_pass("monarchs_by_title")
def monarchs_by_title(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Sultan Ibrahim", "King Salman": a monarch is named by title and one name, and the one
    name alone is someone else's surname as often ("Anwar Ibrahim"): the title stays in it.
    A one-word city so titled and followed by its realm ("Queen Florence of Denmark", "Ratu
    Florence dari Denmark") is such a name too."""
    doc = work.doc
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    countries = {e.start for e in work.ents if e.label_ == "Country"}

    def titled(e: Span) -> bool:
        return (
            len(e) == 1
            and e.start > 0
            and e.start - 1 not in taken
            and doc[e.start - 1].text[:1].isupper()
            and doc[e.start - 1].lower_ in linker.monarchs
        )

    def of_realm(e: Span) -> bool:  # "... of Spain", "... dari Spanyol"
        return e.end + 1 < len(doc) and doc[e.end].lower_ in _REALM_LINKS and e.end + 1 in countries

    out = []
    for e in work.ents:
        if titled(e) and e.label_ == "Person":
            e = Span(doc, e.start - 1, e.end, label="Person", kb_id=e.kb_id_)
        elif titled(e) and e.label_ == "City" and of_realm(e):
            e = Span(doc, e.start - 1, e.end, label="Person")
        out.append(e)
    work.ents = out


#: The word between a monarch's name and the realm ("Queen X of Denmark", "Ratu X dari Denmark").
_REALM_LINKS = frozenset({"of", "dari"})


@linker_pass("extend_persons")
def extend_persons(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Grow person spans over adjacent name words the model left out, and over a first name
    it read as a body between a title and the rest of the name ("Vice-President [Samia]
    [Suluhu Hassan]")."""
    work.ents = _first_names_read_as_bodies(linker, work.ents)
    others = frozenset(i for e in work.ents if e.label_ != "Person" for i in range(e.start, e.end))
    persons = frozenset(e.start for e in work.ents if e.label_ == "Person")
    lone = frozenset(
        e.start for e in work.ents if e.label_ == "Person" and len(e) == 1 and not e.kb_id_
    )
    work.ents = filter_spans(
        [
            linker._extend_person(e, work.headlines, others, persons, lone)
            if e.label_ == "Person"
            else e
            for e in work.ents
        ]
    )


def _first_names_read_as_bodies(linker: GazetteerLinker, ents: list[Span]) -> list[Span]:
    """In English, a one-word unlinked "organisation" right after a title and right before a
    person is the person's first name: join them. Not an acronym, and not in Indonesian,
    where a title names its body before the holder ("Ketua Umum Golkar X", "Presiden IAU Y")."""
    if linker.lang != "en":
        return ents
    by_end = {e.end: e for e in ents if e.label_ == "Organization" and len(e) == 1}
    joined: set[int] = set()
    out = []
    for e in ents:
        body = by_end.get(e.start) if e.label_ == "Person" else None
        if (
            body is not None
            and not body.kb_id_
            and body.start > 0
            and linker.is_title(body.doc[body.start - 1])
            and body[0].is_alpha
            and body[0].is_title
            and body[0].lower_ not in institution_words()
        ):
            joined.add(body.start)
            e = Span(e.doc, body.start, e.end, label="Person")
        out.append(e)
    return [e for e in out if not (e.label_ == "Organization" and e.start in joined)]


@linker_pass("bodies_named_after_people")
def bodies_named_after_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "the Ma Ying-jeou Foundation", "Nelson Mandela Foundation": a "person" whose last word,
    or the word right after it, is a capitalised institution word (``body_last_word`` cue) is
    a body named after a person. Read as the person, it merges with him and lends him its
    name and its absences."""
    heads = cue_words(linker.lang, "body_last_word")
    doc = work.doc

    def head(tok: Token) -> bool:
        return tok.lower_ in heads and tok.text[:1].isupper()

    ents = sorted(work.ents, key=lambda e: e.start)
    out: list[Span] = []
    for e in ents:
        if out and out[-1].label_ == "Organization" and out[-1].end > e.start:
            continue  # the institution word, now inside the body's name
        if e.label_ == "Person" and len(e) > 1 and head(e[-1]):
            e = Span(doc, e.start, e.end, label="Organization")
        elif e.label_ == "Person" and e.end < len(doc) and head(doc[e.end]):
            e = Span(doc, e.start, e.end + 1, label="Organization")
        out.append(e)
    work.ents = out


@linker_pass("company_titles_off_bodies")
def company_titles_off_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Chairman Lintas Samudra Group Andi Wirawan": the model glues the company title to the
    company it names (the ``company_title`` cue: "CEO", "Chairman", "Direktur Utama"). A title
    is never part of a body's name; what follows it is the body, and the title then precedes it,
    as the office readers and ``bodies_glued_to_people`` expect. So does a panel of the body
    (the ``body_panel`` cue: "Majelis hakim Pengadilan Negeri X" is the court's)."""
    panels = cue_phrases(linker.lang, "body_panel")  # "Majelis hakim Pengadilan Negeri X"
    out: list[Span] = []
    for e in work.ents:
        words = tuple(t.lower_ for t in e)
        cut = 0
        if e.label_ == "Organization" and not e.kb_id_:
            cut = next(
                (len(p) for p in (*linker.company_titles, *panels) if words[: len(p)] == p), 0
            )
        out.append(Span(e.doc, e.start + cut, e.end, label=e.label_) if 0 < cut < len(e) else e)
    work.ents = out


@linker_pass("bodies_with_their_kind_after")
def bodies_with_their_kind_after(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "the Green Union party", "the Andean Reform party": a style that writes the kind of a
    body in lower case after its capitalised name ("party": the ``lowercase_kind`` cue) leaves
    the word out of the model's span; the body's name holds it (its name is "Green Union
    Party", not "Green Union")."""
    kinds = cue_words(linker.lang, "lowercase_kind")
    if not kinds:
        return
    doc = work.doc
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    out = []
    for e in work.ents:
        k = e.end
        if (
            e.label_ in ("Organization", "Place", "Person")
            and not e.kb_id_
            and k < len(doc)
            and doc[k].lower_ in kinds
            and doc[k].is_lower
            and k not in taken
            and all(t.is_title for t in e)
        ):
            e = Span(doc, e.start, k + 1, label="Organization")
        out.append(e)
    work.ents = out


@linker_pass("people_glued_to_bodies")
def people_glued_to_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Ketua Yayasan Bina Lestari Rizal Hakim", "Direktur PT Tokoria Jaya Tom Dallas": in a
    title phrase the model reads the body and its officer's name as one organisation. The
    name is the last two or three words where they open with a known given name or are a
    person's name the document uses apart ("Rizal Hakim", or "Hakim" ending another name);
    the words before it stay the body."""
    doc = work.doc
    title_ends = sorted(set(linker._title_ends(doc, False, work.lowers)))
    given = given_names()
    persons = [e for e in work.ents if e.label_ == "Person"]
    names, surnames = {e.text for e in persons}, {e[-1].text for e in persons if len(e) > 1}
    out: list[Span] = []
    for e in work.ents:
        cut = 0
        body = e.label_ == "Organization" and not e.kb_id_
        if body and _in_title_phrase(doc, e.start, title_ends):
            cut = _officer_at_end(e, given, names, surnames)
        if cut:
            out.append(Span(doc, e.start, e.start + cut, label="Organization"))
            out.append(Span(doc, e.start + cut, e.end, label="Person"))
        else:
            out.append(e)
    work.ents = out


def _officer_at_end(e: Span, given: frozenset[str], persons: set[str], surnames: set[str]) -> int:
    """Where in body ``e`` (two words at least kept) a person's name of two or three words
    ends it (see ``people_glued_to_bodies``), or 0: a name the document uses apart first,
    then one opening with a given name, then two words whose last is a person's surname."""
    heads = institution_words()

    def rest(n: int) -> Span | None:
        k = len(e) - n
        words = e[k:]
        if k < 2 or not all(t.is_alpha and t.is_title for t in words):
            return None
        if any(t.lower_ in heads for t in words) or e[k - 1].lower_ in NAME_PARTICLES:
            return None
        return words

    tests = (
        lambda r: r.text in persons,
        lambda r: r[0].text in given,
        lambda r: len(r) == 2 and r[-1].text in surnames,
    )
    for test in tests:
        for n in (3, 2):
            words = rest(n)
            if words is not None and test(words):
                return len(e) - n
    return 0


@linker_pass("bodies_glued_to_people")
def bodies_glued_to_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "CEO Bukalapak Rachmat Kaimuddin", "Direktur Utama Pefindo Kahlil Rowter": a person
    whose first words are the whole name of an organisation the document names elsewhere is
    that body, then the person (two name words at least left). The model glues an unknown
    company to its officer's name; the document's own reading of the company settles it."""
    bodies = {
        tuple(t.text for t in e) for e in work.ents if e.label_ == "Organization" and len(e) <= 3
    }
    # a one-word name the document uses on its own at least twice, whatever the model typed
    # it ("Uber"), is a body where it opens a name right after a company title ("CEO Uber X Y")
    alone = Counter(e.text for e in work.ents if len(e) == 1)
    named_alone = {(text,) for text, n in alone.items() if n >= 2}
    out: list[Span] = []
    for e in work.ents:
        cut = 0
        titled = linker is not None and _after_company_title(linker, e)
        known = bodies | (named_alone if titled else set())
        if titled and e.label_ == "Person" and len(e) >= 3:
            # "CEO Apple Tim Cook": a company the gazetteer knows, or a word the document uses
            # on its own elsewhere, opens the name
            known = known | _gazetteer_bodies_opening(linker, e) | _word_used_apart(e)
            known = known | _word_before_given_name(e)
        if e.label_ == "Person" and not e.kb_id_ and known:
            cut = next(
                (
                    n
                    for n in (3, 2, 1)
                    if len(_words_of(e[n:])) >= 2 and tuple(t.text for t in e[:n]) in known
                ),
                0,
            )
        if not cut and e.label_ == "Person" and not e.kb_id_:
            cut = _company_word_inside(e)
        if cut:
            out.append(Span(e.doc, e.start, e.start + cut, label="Organization"))
            out.append(Span(e.doc, e.start + cut, e.end, label="Person"))
        else:
            out.append(e)
    work.ents = out


#: How far before a name a title may end for the name to stand in its title phrase
#: ("Kepala Biro Hukum dan Humas BNPB X": the office's field words between).
_TITLE_REACH = 8


@linker_pass("known_names_opening_people")
def known_names_opening_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Names inside a title phrase, where the model misreads the title's last words:
    "Duta Besar RI untuk Chile Rizal Hakim" (a country or body the gazetteer names exactly,
    glued before two name words, is cut off), "Kepala Biro Humas BNPB" (a short "person"
    ending in a body's capitals is that body), "Menteri Perdagangan Kanada Tom Dallas" (a
    city right after a given name is the holder's family name), "Menteri Perindustrian,
    Energi, dan ..." (a field word of the office read as a name is the title's).
    Outside a title ("Jordan Blake") the words stay a name."""
    doc = work.doc
    title_ends = sorted(set(linker._title_ends(doc, False, work.lowers)))
    # a one-word person right before a city may be its given name ("Tom" "Dallas")
    given = {e.end: e for e in work.ents if e.label_ == "Person" and len(e) == 1}
    taken = {i for e in work.ents for i in range(e.start, e.end) if e.end not in given}
    common = word_list("common-words-id.txt") | facility_words()
    fields = cue_words(linker.lang, "portfolio")
    people = frozenset(e.start for e in work.ents if e.label_ == "Person")
    out: list[Span] = []
    for e in work.ents:
        titled = not e.kb_id_ and _in_title_phrase(doc, e.start, title_ends)
        if titled and len(e) == 1 and is_office_field(doc, e.start, fields):
            continue  # "Menteri Perindustrian, Energi, dan Pariwisata": the title's field
        if _name_ending_in_city(e, taken, common) and _in_title_phrase(
            doc, e.start - 1, title_ends, people
        ):
            if out and out[-1].end == e.start and out[-1] is given.get(e.start):
                out.pop()  # the given name the model read alone
            out.append(Span(doc, e.start - 1, e.end, label="Person"))  # "Tom Dallas"
            continue
        person = titled and e.label_ == "Person"
        acronym = _known_acronym(linker, e) if person else None
        cut = _known_opening(linker, e) if person and acronym is None else None
        if cut is None and e.label_ in ("Person", "Organization"):
            cut = _posting_city(linker, e, title_ends)
        if titled and e.label_ == "Organization" and _acronym_then_name(linker, e, common):
            out.append(Span(doc, e.start, e.start + 1, label="Organization"))
            out.append(Span(doc, e.start + 1, e.end, label="Person"))  # "ABCD" "X Y"
        elif acronym is not None:
            out.append(Span(doc, e.end - 1, e.end, label=acronym.type, kb_id=acronym.id))
        elif cut is not None:
            start, end, entry = cut  # words before ``start`` are the title's ("Humas")
            out.append(Span(doc, start, end, label=entry.type, kb_id=entry.id))
            out.append(Span(doc, end, e.end, label="Person"))
        else:
            out.append(e)
    work.ents = out


def _name_ending_in_city(e: Span, taken: set[int], common: frozenset[str]) -> bool:
    """A one-word city right after a capitalised word that is no entity (or a one-word
    person), no common or facility word, no institution word, with no name after it
    ("Menteri Perdagangan Kanada Tom Dallas"): the family name of a person whose given name
    the model left out or read apart, not a city."""
    k = e.start - 1
    if e.label_ != "City" or len(e) != 1 or k < 1 or k in taken:
        return False
    given = e.doc[k]
    after = e.doc[e.end] if e.end < len(e.doc) else None
    return (
        given.is_alpha
        and given.is_title
        and not given.is_sent_start
        and given.lower_ not in common
        and given.lower_ not in institution_words()
        and (after is None or not after.text[:1].isupper())
    )


def _known_opening(linker: GazetteerLinker, e: Span) -> tuple[int, int, GazetteerEntry] | None:
    """Where in ``e``'s first words (at most two title words before it) one or two words
    are, whole, a country or an organisation the gazetteer knows, two capitalised words at
    least left after them: its token range and entry. Right after a body's name, a region
    or city opening ``e`` is the branch's seat, one name word at least after it ("Ketua
    DPRD [Jatim Hendrawan]", "Ketua KONI [Sulsel Rizal Hakim]"); only a place of the
    outlet's own country (``home_country``): a foreign city's alternate names include given
    names ("Ahmad"). After an envoy's "untuk"/"to", one name word after a country is enough.
    """
    branch = e.start > 0 and e.doc[e.start - 1].ent_type_ == "Organization"
    # "Duta Besar RI untuk [Peru Hendrawan]": the envoy's country, then a one-word name
    sent_to = e.start > 0 and e.doc[e.start - 1].lower_ in cue_words(linker.lang, "envoy_to")
    for skip in range(3):
        for n in (2, 1):
            rest = e[skip + n :]
            if not rest or not all(t.text[:1].isupper() for t in rest):
                continue
            text = e[skip : skip + n].text
            entry = linker.gazetteer.lookup(text)
            if entry is None or not _named_exactly(entry, text):
                continue  # not "bin" for "BIN", "Ri" for "RI"
            if entry.type in ("Country", "Organization") and len(rest) >= 2:
                return e.start + skip, e.start + skip + n, entry
            if entry.type == "Country" and sent_to and skip == 0 and len(rest) == 1:
                return e.start, e.start + n, entry
            seat = entry.type in ("Region", "City") and _at_home(linker, entry)
            if seat and branch and skip == 0:
                return e.start, e.start + n, entry
    return None


def _posting_city(
    linker: GazetteerLinker, e: Span, title_ends: list[int]
) -> tuple[int, int, GazetteerEntry] | None:
    """ "Konjen RI di [Lima Hendrawan Wibisono]": a city after "di"/"in" that follows a title
    phrase's country, two capitalised name words at least after it, read by the model as one
    name: the city the country's envoy is posted in, and the envoy. Its token range and
    entry, or None."""
    doc, k = e.doc, e.start - 2
    at = cue_words(linker.lang, "stative_locative")
    if k < 0 or e.kb_id_ or doc[e.start - 1].lower_ not in at:
        return None
    if doc[k].ent_type_ != "Country" or not _in_title_phrase(doc, k, title_ends):
        return None
    for n in (2, 1):
        rest, text = e[n:], e[:n].text
        if len(rest) < 2 or not all(t.is_alpha and t.is_title for t in rest):
            continue
        entry = linker.gazetteer.lookup(text)
        if entry is not None and entry.type == "City" and _named_exactly(entry, text):
            return e.start, e.start + n, entry
    return None


def _at_home(linker: GazetteerLinker, entry: GazetteerEntry) -> bool:
    """The place is in the country the language's outlets call home (``home_country``)."""
    return entry.country is not None and entry.country in cue_words(linker.lang, "home_country")


def _acronym_then_name(linker: GazetteerLinker, e: Span, common: frozenset[str]) -> bool:
    """ "Presiden ABCD X Y": a body's acronym and a name after it, read by the model as one
    organisation, in a title phrase: the body and its officer."""
    first = e[0]
    return (
        first.text.isupper()
        and first.is_alpha
        and len(first) >= 2
        and first.lower_ not in institution_words()  # "PT X Y": a company's legal form
        and _officer_name(linker, e[1:], common)
    )


def _officer_name(linker: GazetteerLinker, rest: Span, common: frozenset[str]) -> bool:
    """Two or three capitalised words after a body's name that could be a person's name
    ("Kemlu X Y"), not the body's own words ("PSSI Jawa Timur", "TNI Angkatan Darat"): no
    place, no institution word, no common word, and no person right after them (then they
    end the body's name). Indonesian only: it names the body between title and holder,
    English after the title ("director of the WHO X Programme")."""
    doc = rest.doc
    after = doc[rest.end] if rest.end < len(doc) else None
    return (
        linker.lang == "id"
        and 2 <= len(rest) <= 3
        and (after is None or after.ent_type_ != "PER")
        and all(t.is_alpha and t.is_title for t in rest)
        and not any(t.lower_ in common or t.lower_ in institution_words() for t in rest)
        and linker.gazetteer.lookup(rest.text) is None
        and not any(linker.gazetteer.lookup(t.text) is not None for t in rest)
    )


def _known_acronym(linker: GazetteerLinker, e: Span) -> GazetteerEntry | None:
    """A short "person" ending in a word in capitals that the gazetteer knows as an
    organisation ("Humas BNPB", "BNPB"): the body named in the title (the words before it are
    the title's), not a name."""
    last = e[-1].text
    if len(e) > 3 or not last.isupper() or len(last) < 2:
        return None
    entry = linker.gazetteer.lookup(last)
    if entry is None or entry.type != "Organization" or not _named_exactly(entry, last):
        return None
    return entry


def _named_exactly(entry: GazetteerEntry, text: str) -> bool:
    """The gazetteer gives ``entry`` a name written exactly as ``text``, capitals included:
    a name word that matched it case-insensitively ("bin" for "BIN") is no mention of it."""
    return any(text in group for group in entry.names.values())


def _in_title_phrase(
    doc: Doc, i: int, title_ends: list[int], people: frozenset[int] = frozenset()
) -> bool:
    """A title ends at token ``i`` or in the few tokens before it, in the same sentence, with
    no verb between, nor a person (``people``: where persons start, when the caller asks that
    the name be the title's holder: "Presiden X di Istana Bogor", X holds it), nor a venue's
    preposition ("Emir Kavoo di halaman Istana Kepresidenan Garut": a palace, no holder)."""
    before = [end for end in title_ends if i - _TITLE_REACH <= end <= i]
    if not before:
        return False
    return not any(
        t.pos_ in ("VERB", "AUX")
        or t.is_sent_start
        or t.text in (".", ";")
        or t.i in people
        or t.lower_ in _VENUE_PREPOSITIONS
        for t in doc[before[-1] : i]
    )


#: Prepositions of a venue, which no title phrase spans ("Ambassador to Chile" keeps "to").
_VENUE_PREPOSITIONS = frozenset({"di", "in", "at"})


def _company_word_inside(e: Span) -> int:
    """ "Lintas Samudra Group Andi Wirawan": a person whose name holds a company word ("Group",
    "Holdings", "Tbk": ``name-heads.jsonl``, position last) after two words at least and
    before two: the company ends there. The length of that company, or 0."""
    tails = load_name_tails()
    return next(
        (
            n
            for n in range(len(e) - 2, 1, -1)
            if tails.get(e[n - 1].lower_) == "Organization" and e[n].is_title
        ),
        0,
    )


def _after_company_title(linker: GazetteerLinker, e: Span) -> bool:
    """Right after a title that names its company next ("CEO", "Direktur Utama", "Bos": the
    ``company_title`` cue)."""
    words = tuple(t.lower_ for t in e.doc[max(0, e.start - 2) : e.start])
    return any(words[-len(p) :] == p for p in linker.company_titles if len(p) <= len(words))


def _gazetteer_bodies_opening(linker: GazetteerLinker, e: Span) -> set[tuple[str, ...]]:
    """The first one or two words of ``e`` where the gazetteer knows them as an organisation
    (two name words at least left after them)."""
    found = set()
    for n in (1, 2):
        words = tuple(t.text for t in e[:n])
        entry = linker.gazetteer.lookup(" ".join(words)) if len(e) - n >= 2 else None
        if entry is not None and entry.type == "Organization":
            found.add(words)
    return found


def _word_before_given_name(e: Span) -> set[tuple[str, ...]]:
    """``e``'s first word where it is no known given name and the next word is one ("CEO
    Nordmart Karl Lindgren"): after a company title, the company and its officer's name."""
    given = given_names()
    first, second = e[0].text, e[1].text
    if first in given or e[0].lower_ in NAME_PARTICLES or second not in given:
        return set()
    return {(first,)}


def _word_used_apart(e: Span, times: int = 2) -> set[tuple[str, ...]]:
    """``e``'s first word where the document writes it, capitalised, at least ``times`` more
    times without the word that follows it in ``e`` ("Apple berencana ...", "saham Apple"),
    and the person's surname alone elsewhere too ("Cook terakhir ke ..."): two names, the
    body's and the holder's. Not a person called by a given name ("Budi Gunadi Sadikin ...
    kata Budi"), whose surname the story does not use alone."""
    first, second, last = e[0].text, e[1].text, e[-1].text
    doc = e.doc
    outside = [t for t in doc if not e.start <= t.i < e.end]
    apart = sum(
        1
        for t in outside
        if t.text == first and (t.i + 1 >= len(doc) or doc[t.i + 1].text != second)
    )
    surname_alone = any(
        t.text == last and (t.i == 0 or doc[t.i - 1].text != e[-2].text) for t in outside
    )
    return {(first,)} if apart >= times and first[:1].isupper() and surname_alone else set()


@linker_pass("words_opening_people")
def words_opening_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "pemain China Li Wei Ming", "Hungarian referee Karl X Y", "Menteri Perubahan Cuaca
    Tom Dallas": the model glues to a person the country, demonym or common words before the
    name. A person's name never opens with a country the gazetteer names exactly or a word the
    document writes in lower case elsewhere (or the language's common words) when a name of
    two words at least follows: after a country any, after common words one that opens with
    a known given name or one the document names as a person apart; in Indonesian, right
    after a title, a city or region ("Bupati Garut Rizal Hakim"). The place stays an entity;
    common words are the sentence's."""
    doc = work.doc
    lowered = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    listed = word_list("common-words-id.txt") if linker.lang == "id" else frozenset()

    def common(word: str) -> bool:
        return word in lowered or word in listed

    given = given_names()
    persons = {e.text for e in work.ents if e.label_ == "Person"}
    title_ends = set(linker._title_ends(doc, False, work.lowers))
    apart = {e.text for e in work.ents}
    out: list[Span] = []
    for e in work.ents:
        person = e.label_ == "Person" and not e.kb_id_
        cut = _opening_words(linker, e, common, given, persons) if person else 0
        place = (
            person
            and not cut
            and linker.lang == "id"
            and e.start in title_ends
            and _place_opening(linker, e, given, apart)
        )
        cut = cut or place
        if not cut:
            out.append(e)
            continue
        opening = e[:cut]
        entry = linker.gazetteer.lookup(opening.text) if cut == 1 or place else None
        entry = entry or (linker.gazetteer.lookup_demonym(opening.text) if cut == 1 else None)
        if entry is not None and entry.type in ("Country", "City", "Region"):
            out.append(_linked(opening, entry))
        out.append(Span(doc, e.start + cut, e.end, label="Person"))
    work.ents = out


def _opening_words(
    linker: GazetteerLinker,
    e: Span,
    common: Callable[[str], bool],
    given: frozenset[str],
    persons: set[str],
) -> int:
    """How many of ``e``'s first words (one to three) are no name words (see
    ``words_opening_people``), or 0."""
    for cut in range(1, min(3, len(e) - 2) + 1):
        opening, rest = e[:cut], e[cut:]
        if any(t.text in given or t.lower_ in NAME_PARTICLES for t in opening):
            return 0
        if not all(t.is_title or t.is_upper for t in rest) or common(rest[0].lower_):
            continue
        if cut == 1 and _named_country(linker, opening.text):
            return cut
        if _field_of_the_title(linker, e, cut):
            return cut
        named = rest[0].text in given or rest.text in persons
        if named and all(common(t.lower_) for t in opening):
            return cut
    return 0


def _field_of_the_title(linker: GazetteerLinker, e: Span, cut: int) -> bool:
    """ "Wakil Sekretaris Jenderal Kavoo untuk [Pertanian Tom Dallas]": portfolio words right
    after the word that joins an office to its field are the title's field, not the name's."""
    doc = e.doc
    return (
        e.start > 0
        and doc[e.start - 1].lower_ in cue_words(linker.lang, "field_link")
        and all(t.lower_ in linker.portfolio_words for t in e[:cut])
    )


_INDONESIA = "iso3166:ID"


def _place_opening(
    linker: GazetteerLinker, e: Span, given: frozenset[str], apart: set[str]
) -> int:
    """ "Bupati [Garut Rizal Hakim]": right after a title, the words that open a person and
    are exactly a city's or region's name in the gazetteer (one to three, no given name among
    them, a capitalised name of two words at least after) are the office's place, where the
    document names the place or the person on their own (``apart``: its entities' texts): a
    place name is a given name too often ("Vladimir", "Ahmad") to cut on its own say, unless
    it is an Indonesian one, as the regional titles it follows are."""
    for cut in range(min(3, len(e) - 2), 0, -1):
        opening, rest = e[:cut], e[cut:]
        if any(t.text in given for t in opening) or not all(t.is_title for t in rest):
            continue
        entry = linker.gazetteer.lookup(opening.text)
        home = entry is not None and entry.country == _INDONESIA
        if not home and opening.text not in apart and rest.text not in apart:
            continue
        if entry is not None and entry.type in ("City", "Region") and _named_exactly(
            entry, opening.text
        ):
            return cut
    return 0


def _named_country(linker: GazetteerLinker, text: str) -> bool:
    """``text`` is, exactly as written, a country's name or demonym in the gazetteer."""
    entry = linker.gazetteer.lookup(text)
    if entry is not None and entry.type == "Country" and _named_exactly(entry, text):
        return True
    demonym = linker.gazetteer.lookup_demonym(text)  # "Hungarian", not "Ri" for "RI"
    return (
        demonym is not None
        and demonym.type == "Country"
        and any(text in forms for forms in demonym.demonyms.values())
    )


@linker_pass("names_before_alias")
def names_before_alias(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Budi Santoso alias Bubu", "Tomas Herrera Vidal, better known as Tomi": when a person
    follows an alias cue (the lexicon's ``alias_of`` phrases), the two to four capitalised
    words right before it are that person's full name, even where the model missed them."""
    doc = work.doc
    phrases = cue_phrases(linker.lang, "alias_of")
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    added = []
    for e in work.ents:
        if e.label_ != "Person":
            continue
        for phrase in phrases:
            k = e.start - len(phrase)
            if k < 2 or tuple(t.lower_ for t in doc[k : e.start]) != phrase:
                continue
            end = k - 1 if doc[k - 1].text == "," else k
            start = end
            while (
                start > 0
                and end - start < 4
                and start - 1 not in taken
                and doc[start - 1].is_alpha
                and doc[start - 1].text[:1].isupper()
                and not doc[start].is_sent_start
            ):
                start -= 1
            if end - start >= 2:
                added.append(Span(doc, start, end, label="Person"))
                taken.update(range(start, end))
            break
    if added:
        work.ents = sorted([*work.ents, *added], key=lambda x: x.start)


@linker_pass("split_at_brackets")
def split_at_brackets(linker: GazetteerLinker, work: LinkerWork) -> None:
    """A bracket is never inside a name: "Basuki Tjahaja Purnama (Ahok" is two names."""
    work.ents = [part for e in work.ents for part in _split_at_brackets(e)]


@linker_pass("split_joined_people")
def split_joined_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Pasangan A-B", "KTT A-B": a hyphen written tight between two persons' names joins two
    names, whatever the model read the whole as (see ``joins_two_people``); each is a person.
    The English tokenizer splits such a hyphen off; an Indonesian name pair is one token
    ("Hakim-Tirta"), split before the passes by ``GazetteerLinker.split_name_pairs``."""
    out = []
    for e in work.ents:
        k = next((t.i for t in e[1:-1] if t.text == "-" and not t.whitespace_), None)
        left = work.doc[e.start : k] if k is not None else None
        right = work.doc[k + 1 : e.end] if k is not None else None
        if (
            left is not None
            and right is not None
            and not left[-1].whitespace_
            and not e.kb_id_
            and not any(linker.is_title(t) for t in e)  # "Deputy Secretary-General X"
            and joins_two_people(
                linker.lang,
                _words_of(left),
                _words_of(right),
                [t.lower_ for t in work.doc[max(0, e.start - 2) : e.start]],
            )
        ):
            out += [Span(work.doc, s.start, s.end, label="Person") for s in (left, right)]
        else:
            out.append(e)
    work.ents = out


def _words_of(span: Span) -> list[str]:
    """A span's words as a reader splits them (at spaces): "Kun-hee" is one word, though the
    tokenizer makes it three tokens; a cut that must leave a person two name words counts
    these."""
    return span.text.split()


def _person_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, not an acronym ("AS"), not a
    common Indonesian word ("Strategi")."""
    return (
        word[:1].isupper()
        and not (len(word) > 1 and word.isupper())
        and word.lower() not in word_list("common-words-id.txt")
    )


def _name_run(doc: Doc, i: int, step: int, stops: frozenset[int]) -> int:
    """The last token, going from token ``i`` in direction ``step`` (-1 or 1), of the run of
    name words around it (``_person_name_word``, joined by spaces only), never into ``stops``
    (titles, known names and the model's entities other than persons: a country's name
    right before "X-Y Z")."""
    j = i
    while 0 <= j + step < len(doc):
        nxt = doc[j + step]
        if nxt.i in stops or not doc[min(j, j + step)].whitespace_:
            break
        if not _person_name_word(nxt.text):
            break
        j += step
    return j


def joins_two_people(lang: str, left: list[str], right: list[str], before: list[str]) -> bool:
    """Whether a tight hyphen between the name words ``left`` and ``right`` joins two persons'
    names: where the people base knows both sides, where a pair word comes just before
    (``before``, lower-case: "pasangan", "duet": the ``pair_word`` cue), or where each side is
    a full name of two words or more ("pasangan A B-C D"). A hyphen inside one name has one
    word on a side ("Juan Perez-Lindgren", "Jean-Marc X") or a name particle beside it
    ("Abdul-Rahman", "Al-Thani": the ``name_hyphen_part`` cue)."""
    people = load_people()
    joined = [*left[:-1], f"{left[-1]}-{right[0]}", *right[1:]]
    if any(people.candidates(" ".join(joined[k:])) for k in range(len(left))):
        return False  # one known name with a hyphen, after a word of the title
    if people.candidates(" ".join(left)) and people.candidates(" ".join(right)):
        return True
    if not all(_person_name_word(w) or w.lower() in NAME_PARTICLES for w in (*left, *right)):
        return False
    parts = cue_words(lang, "name_hyphen_part")
    if left[-1].lower() in parts or right[0].lower() in parts:
        return False
    paired = any(w in cue_words(lang, "pair_word") for w in before)
    return paired or (len(left) >= 2 and len(right) >= 2)


def _located(linker: GazetteerLinker, work: LinkerWork) -> set[str]:
    """The texts of the unknown places the document writes after "di/in" somewhere: a place's
    names, whatever a pass would read them as elsewhere."""
    return {e.text for e in work.ents if e.label_ == "Place" and linker._after_locative(e)}


def _bare_name(e: Span, longest: int) -> bool:
    """Two to ``longest`` capitalised words, none an institution or place word ("Partai",
    "Group", "Provinsi"): words that can only be a person's name when the model read them as
    something else. Shared by the passes that retype such spans as persons."""
    words = institution_words()
    return (
        2 <= len(e) <= longest
        and all(t.is_alpha and t.is_title for t in e)
        and not any(t.lower_ in words for t in e)
    )


@linker_pass("abbreviated_honorifics_open_names")
def abbreviated_honorifics_open_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "pemimpin Pesantren Nurul Huda KH Ahmad Fikri": an honorific of names written
    as an abbreviation in capitals ("KH", Kiai Haji) always opens a name, never sits inside
    one (unlike "Sheikh" in "Hassan Sheikh Mohamud"). A person span holding one after its
    first word starts after it; the words before belong to the body the model ended just
    before them, or to nothing."""
    doc = work.doc
    out: list[Span] = []
    for e in work.ents:
        cut = next(
            (
                k
                for k in range(e.start + 1, e.end - 1)
                if doc[k].is_upper and len(doc[k]) > 1 and doc[k].lower_ in linker.honorifics
            ),
            None,
        )
        if e.label_ != "Person" or e.kb_id_ or cut is None:
            out.append(e)
            continue
        body = out[-1] if out and out[-1].end == e.start else None
        if body is not None and body.label_ == "Organization" and not body.kb_id_:
            out[-1] = Span(doc, body.start, cut, label="Organization")
        out.append(Span(doc, cut + 1, e.end, label="Person"))
    work.ents = out


@linker_pass("holders_after_abbreviations")
def holders_after_abbreviations(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kepala Badan Pusat Statistik (BPS) Kho Bian Hok": after a title, a body and its
    abbreviation in brackets comes the holder. The model, having just read two names of a
    body, types the capitalised words after the bracket as one more body (or a place); where
    the title before the body says an office is being named, they are its holder, unless a
    word of them is an institution word ("Partai", "Group") or the gazetteer knows them."""
    doc = work.doc
    title_ends = set(linker._title_ends(doc, False, work.lowers))
    bodies_ending = {e.end: e for e in work.ents if e.label_ == "Organization"}
    out = []
    for e in work.ents:
        if (
            e.label_ in ("Organization", "Place")
            and not e.kb_id_
            and _bare_name(e, 4)
            and (opening := _bracketed_before(doc, e.start)) is not None
        ):
            body = bodies_ending.get(opening)
            if body is not None and body.start in title_ends:
                e = Span(doc, e.start, e.end, label="Person")
        out.append(e)
    work.ents = out


def _bracketed_before(doc: Doc, i: int) -> int | None:
    """Where "( ABBR )" right before token ``i`` opens (one or two tokens inside), else None."""
    if i < 3 or doc[i - 1].text != ")":
        return None
    return next(
        (k for k in (i - 3, i - 4) if k >= 0 and doc[k].text == "("),
        None,
    )


@linker_pass("people_read_as_bodies")
def people_read_as_bodies(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Given Surname" typed ORG where the document names "Surname" alone as a person, or
    whose first word is a common first name (``given-names.txt``: "Lucas Permadi"): the small
    English model types a two- or three-word name ORG more often than a bare surname. Only
    capitalised words, none an institution or place word, and no body the gazetteer knows;
    the surname must be a person's elsewhere in the document (alone, or ending another
    person's name: a relative)."""
    if linker.lang != "en":
        return
    surnames = {e[-1].text for e in work.ents if e.label_ == "Person"}
    first_names = given_names()
    body_words = cue_words(linker.lang, "body_last_word")
    out = []
    for e in work.ents:
        if (
            e.label_ == "Organization"
            and not e.kb_id_
            and _bare_name(e, 3)
            and (e[-1].text in surnames or e[0].text in first_names)
            and e[-1].lower_ not in body_words  # "Carter Center", "Kavoo Media"
            and linker.gazetteer.lookup(e[0].text) is None
        ):
            e = Span(work.doc, e.start, e.end, label="Person")
        out.append(e)
    work.ents = out


@linker_pass("bodies_read_as_people")
def bodies_read_as_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "raksasa ritel Brightmart", "the shipping firm, Kavoo Lines", "Kavoo ... Kavoo Group":
    a one- or two-word "person" right after a noun for a company or party (the
    ``company_noun`` cue; two lower-case words and a comma may stand between), or that opens
    a company's name elsewhere in the document ("X Group", "X Inc.": the ``company_suffix``
    cue), is that body, everywhere the document names it. Unknown brands are the names the
    model most often reads as persons. Not a word of a person named in full ("Rizal
    Wibisono" keeps "Wibisono" a person, whatever "Wibisono Group" is), nor a person the
    people base knows ("pesawat X": X's plane)."""
    doc = work.doc
    nouns = cue_words(linker.lang, "company_noun")
    people = [e for e in work.ents if e.label_ == "Person"]
    # the words of each person named in full, by the name: a two-word "person" bought or
    # headed ("the chairman of X Y") is judged against the other persons' names, not its own
    named: dict[str, set[str]] = {}
    for e in people:
        if len(e) > 1:
            named.setdefault(e.text, set()).update(t.text for t in e)
    full_names = set().union(*named.values())

    def in_other_name(e: Span) -> bool:
        others = (words for name, words in named.items() if name != e.text)
        return any(t.text in words for words in others for t in e)

    bought = _company_object_before(linker.lang, doc)

    def free(e: Span) -> bool:
        """No word of a person named in full, or a two-word name bought or headed."""
        if not any(t.text in full_names for t in e):
            return True
        return len(e) == 2 and bought(e) and not in_other_name(e)

    # "Kavoo" of "Kavoo Group" (a body, or a place at this stage), not "Tom" of "Tom Dallas"
    # (a person the model read as a body): only a company's last word makes an opener
    suffixes = cue_words(linker.lang, "company_suffix")
    openers = {
        e[: len(e) - 1].text
        for e in work.ents
        if len(e) > 1 and e.label_ in ("Organization", "Place") and e[-1].lower_ in suffixes
    }

    def after_company_noun(e: Span) -> bool:
        """The noun, or it and up to two lower-case words of its kind ("raksasa ritel X",
        "perusahaan baja asal X"), right before the name or its comma."""
        k = e.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        for j in range(k, max(k - 3, -1), -1):
            if doc[j].lower_ in nouns and (doc[j].is_lower or doc[j].is_sent_start):
                return True  # "Saham X naik": capitalised at the sentence's start
            if not doc[j].is_lower or not doc[j].is_alpha:
                return False
        return False

    known_people = load_people()
    told = _told_as_company(linker.lang, doc)

    bodies = {
        e.text
        for e in people
        if len(e) <= 2
        and not e.kb_id_
        and free(e)
        and (after_company_noun(e) or e.text in openers or told(e))
        and not known_people.candidates(e.text)  # "pesawat X": a notable person's plane
    }
    # an unknown "place" right after the noun, nothing between ("saham X", "maskapai X"):
    # words between may make it the company's home ("perusahaan asal X")
    located = _located(linker, work)
    bodies |= {
        e.text
        for e in work.ents
        if e.label_ == "Place"
        and not e.kb_id_
        and len(e) <= 2
        and e.start > 0
        and (doc[e.start - 1].lower_ in nouns and doc[e.start - 1].is_lower or told(e))
        and e.text not in located
    }
    work.ents = [
        Span(doc, e.start, e.end, label="Organization")
        if e.label_ in ("Person", "Place") and not e.kb_id_ and e.text in bodies
        else e
        for e in work.ents
    ]


@linker_pass("bodies_before_company_titles")
def bodies_before_company_titles(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Brightmart chief executive Maria Perez", "Kavoo Lines chairman X": capitalised words
    the model left out, right before a company's title (the ``company_title`` cue, in lower
    case or, as wire copy writes it, capitalised) and its holder, name the company. English
    puts a firm's name before its officer's title as it puts a country's before a minister's;
    the small English model misses unknown brands there. Not a place or a demonym the
    gazetteer knows ("Chilean chairman"), nor a title word."""
    if linker.lang != "en":
        return
    doc = work.doc
    titles = cue_phrases(linker.lang, "company_title")
    persons = {e.start for e in work.ents if e.label_ == "Person"}
    misread = _one_word_persons_before_company_titles(linker, work, titles)
    work.ents = [
        Span(doc, e.start, e.end, label="Organization") if e.start in misread else e
        for e in work.ents
    ]
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for i in range(1, len(doc)):
        title = next(
            (t for t in titles if tuple(w.lower_ for w in doc[i : i + len(t)]) == t), None
        )
        if title is None or i + len(title) not in persons:
            continue
        if not (doc[i].is_lower or all(w.is_title for w in doc[i : i + len(title)])):
            continue  # "Brightmart chief executive X", wire copy's "Brightmart Chief Executive X"
        start = i
        while (
            start > max(0, i - 3)
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and start - 1 not in taken
            and not linker.is_title(doc[start - 1])
        ):
            start -= 1
        if start == i or start - 1 in taken:
            continue  # "Peru Chess Board chairman X": the body's name opens with an entity
        name = doc[start:i].text
        if linker.gazetteer.lookup(name) or linker.gazetteer.lookup_demonym(name):
            continue
        added.append(Span(doc, start, i, label="Organization"))
    if added:
        work.ents = sorted([*work.ents, *added], key=lambda e: e.start)


def _one_word_persons_before_company_titles(
    linker: GazetteerLinker, work: LinkerWork, titles: tuple[tuple[str, ...], ...]
) -> set[int]:
    """ "Brightmart Chief Executive Tom Hakim": a one-word "person" right before a company's
    title (as wire copy writes it, or in lower case) and the title's holder is the company: no
    person holds a name of one word before another's title. Not a name the gazetteer or the
    base of notable people knows, nor a common first name."""
    doc = work.doc
    holders = {e.start for e in work.ents if e.label_ == "Person"}
    found = set()
    for e in work.ents:
        if e.label_ != "Person" or len(e) != 1 or e.kb_id_:
            continue
        title = next(
            (t for t in titles if tuple(w.lower_ for w in doc[e.end : e.end + len(t)]) == t), None
        )
        if title is None or e.end + len(title) not in holders:
            continue
        if (
            e.text in given_names()
            or load_people().lookup(e.text) is not None
            or linker.gazetteer.lookup(e.text) is not None
        ):
            continue
        found.add(e.start)
    return found


def _company_object_before(lang: str, doc: Doc) -> Callable[[Span], bool]:
    """A ``company_object`` phrase right before the name ("the takeover of X", "chief
    executive of X", "mengakuisisi X")."""
    before = cue_phrases(lang, "company_object")
    return lambda e: any(
        e.start >= len(p) and phrase_at(doc, e.start - len(p), (p,)) == len(p) for p in before
    )


def _told_as_company(lang: str, doc: Doc) -> Callable[[Span], bool]:
    """What only a company is: acquired, merged with, or a holder of shares and boards
    ("the takeover of X", "mengakuisisi X": the ``company_object`` phrases right before the
    name; "X chairman Y", "X's shareholders": the ``company_part`` phrases right after it, or
    after its possessive), or a body named by an apposition of its kind ("X, perusahaan
    tambang asal P", "X, the Dutch retailer,": the ``company_kind`` noun heading the apposition,
    first in Indonesian, last in English, never followed by a possessive or "of" that makes it a
    modifier: "X, the group's leader")."""
    phrase_before = _company_object_before(lang, doc)
    after = cue_phrases(lang, "company_part")
    kinds = cue_words(lang, "company_kind")
    head_first = lang == "id"
    articles = frozenset({"a", "an", "the", "sebuah", "satu"})

    def part_after(e: Span) -> bool:
        k = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s"))
        return k < len(doc) and doc[k].pos_ not in ("VERB", "AUX") and phrase_at(doc, k, after) > 0

    def apposed_kind(e: Span) -> bool:
        k = e.end
        if k >= len(doc) - 1 or doc[k].text != ",":
            return False
        k += 1 + (doc[k + 1].lower_ in articles)
        if head_first:
            return k < len(doc) and doc[k].is_lower and doc[k].lower_ in kinds
        for j in range(k, min(k + 5, len(doc) - 1)):
            tok = doc[j]
            if tok.is_lower and tok.lower_ in kinds:
                return doc[j + 1].lower_ not in ("'s", "’s", "of") and doc[j + 1].pos_ != "NOUN"
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and tok.text != "-":
                return False
        return False

    return lambda e: phrase_before(e) or part_after(e) or apposed_kind(e)


@linker_pass("people_received_read_as_places")
def people_received_read_as_places(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Presiden menjamu Lorenzo Cruz", "menerima Tomas Novak": right after a verb whose
    object is a person (the ``person_object`` cue: receive, host, meet, welcome), an unknown
    name the model typed as a place is that person. A place the gazetteer knows stays one, as
    does a name with a place or institution word in it."""
    verbs = frozenset(cue_words(linker.lang, "person_object"))
    if not verbs:
        return
    doc = work.doc
    out = []
    for e in work.ents:
        if (
            e.label_ == "Place"
            and not e.kb_id_
            and _bare_name(e, 3)
            and e.start > 0
            and doc[e.start - 1].lower_ in verbs
            and linker.gazetteer.lookup(e.text) is None
        ):
            e = Span(doc, e.start, e.end, label="Person")
        out.append(e)
    work.ents = out


@linker_pass("people_named_by_role")
def people_named_by_role(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "goalkeeper Tom Dallas", "his mother, Maria Perez", "pelatih Luis Gomez": two or three
    capitalised words right after a lower-case noun for a person's role or kin (the
    ``person_role`` cue; a comma may stand between) are that person's name, whatever body or
    unknown place the model read, where no word of it is a name the gazetteer knows ("pemain
    Timnas Indonesia": a team) and none is an institution or place word. So are the words
    after such a noun that opens the sentence and the model's span ("Pelari X Y finis")."""
    roles = frozenset(cue_words(linker.lang, "person_role"))
    doc = work.doc

    def named(e: Span) -> bool:
        return _bare_name(e, 3) and not any(linker.gazetteer.lookup(t.text) for t in e)

    out = []
    for e in work.ents:
        k = e.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if e.label_ in ("Organization", "Place") and not e.kb_id_:
            if k >= 0 and doc[k].lower_ in roles and doc[k].is_lower and named(e):
                e = Span(doc, e.start, e.end, label="Person")
            elif e[0].is_sent_start and e[0].lower_ in roles and named(e[1:]):
                e = Span(doc, e.start + 1, e.end, label="Person")
        out.append(e)
    work.ents = out


@linker_pass("propagate_person_names")
def propagate_person_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """Tag the other occurrences of every person's name and surname in the document."""
    work.ents = filter_spans(work.ents + linker._propagate_person_names(work.doc, work.ents))


@linker_pass("places_named_as_people")
def places_named_as_people(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "CEO Tesla, Elon Musk, ..." tagged a place, "Pak Musk" a person: an unknown place whose
    last word is a person's surname elsewhere in the document, or whose first word the
    document calls a person by alone (not after "di"/"ke"), is that person. Unknown foreign
    names are where the model errs most; the document's own person reading settles them."""
    surnames = {_surname(e)[0] for e in work.ents if e.label_ == "Person"}
    # a lone word only as the surname of a person named in full, and not after "di"/"ke"
    family = {_surname(e)[0] for e in work.ents if e.label_ == "Person" and len(e) > 1}
    # "BNPB Sutopo Purwo Nugroho ... kata Sutopo": Indonesian calls people by a first name too
    called = {e.text for e in work.ents if e.label_ == "Person" and len(e) == 1}
    facilities = facility_words()  # "Jalan Sudirman" is a street, whoever Sudirman was
    saints = cue_words(linker.lang, "saint_word")
    located = _located(linker, work)  # a place's, whatever its first word
    # a linked city the document also writes after "di/ke" ("tiba di Medan") is that city
    # wherever else it stands, a headline's misread "Masjid Raya Tokoria Medan" notwithstanding
    travelled = {
        e.text
        for e in work.ents
        if e.label_ in ("City", "Region") and e.kb_id_ and linker._after_locative(e)
    }

    def given_named(e: Span) -> bool:
        """ "milik Lucas Permadi", "Kavoo's founder Sonia Wibisono": an unknown "place" of two
        or three bare words opening with a common first name, never written after "di"/"in",
        and whose first word the gazetteer does not know as a place ("Georgia X")."""
        return (
            _bare_name(e, 3)
            and e[0].text in given_names()
            and e[0].lower_ not in saints
            and e.text not in located
            and linker.gazetteer.lookup(e[0].text) is None
        )

    def surname_city(e: Span) -> bool:
        """ "Menhan AS Ana Dallas ... Dallas dijadwalkan terbang": a city (or a foreign
        state or province) the gazetteer linked by one word that is the family name of a
        person the document names in full, not after "di/in", is that person (a capital
        named as such may stand for its state, so it stays; one matched by an old or local
        alternate name, "Salazar" for Sao Tome, does not: metonymy uses the capital's own
        name)."""
        if e.label_ not in ("City", "Region") or not e.kb_id_ or len(e) != 1:
            return False
        if e[0].text not in family:
            return False
        entry = linker.gazetteer.get(e.kb_id_)
        if entry is None or linker._after_locative(e) or e.text in travelled:
            return False
        if entry.type == "Region":
            return entry.is_division  # "Kagawa": a prefecture's name is a family name too
        return not entry.capital_of or e.text != entry.name

    def named_person(e: Span) -> bool:
        if surname_city(e):
            return True
        if e.label_ != "Place" or e.kb_id_ or e[0].lower_ in facilities:
            return False
        if len(e) > 1 and e[0].lower_ in linker.body_heads:
            return False  # "Kecamatan Tokoria", "Gunung X": a region's head word opens it
        if (e[-1].text in surnames and len(e) > 1) or given_named(e):
            return True
        if len(e) == 1:
            return e[0].text in family and not linker._after_locative(e)
        return e[0].text in called and not linker._after_locative(e)

    work.ents = [
        Span(e.doc, e.start, e.end, label="Person") if named_person(e) else e for e in work.ents
    ]


@linker_pass("people_travelled_to")
def people_travelled_to(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "travelled to Tokoria", "terbang ke Tokoria": one unknown word the model read as a
    person, right after a verb of going and its "to/ke", is the town gone to, when the
    document calls no person by it (not a given name, no word of a person's name)."""
    doc = work.doc
    going, to = cue_words(linker.lang, "travel_to"), cue_words(linker.lang, "destination")
    words = {t.text for e in work.ents if e.label_ == "Person" for t in e if len(e) > 1}
    given = given_names()

    def town(e: Span) -> bool:
        return (
            e.label_ == "Person"
            and not e.kb_id_
            and len(e) == 1
            and e.start >= 2
            and doc[e.start - 1].lower_ in to
            and doc[e.start - 2].lower_ in going
            and e.text not in words
            and e.text not in given
        )

    work.ents = [Span(doc, e.start, e.end, label="City") if town(e) else e for e in work.ents]


_PLACE_LABELS = frozenset({"Country", "City", "Region", "Place"})
#: English possessive marks, straight and typographic (the extract stage's POSSESSIVE_MARKS,
#: which this earlier stage cannot import).
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})


@linker_pass("places_named_consistently")
def places_named_consistently(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Gempa melanda Sigi ... Sigi porak-poranda": a one-word "person" that the same
    document uses as a place after "di/ke" or a place noun, or names with an island or
    administrative word ("Pulau Mirota ... Mirota"), is that place (a sentence start or a
    subject is where the model reads a name); so is one said to lie somewhere ("X terletak di",
    "X is located in": the ``located`` cue before a locative). Not the surname of a person the
    document names in full: "Marcos" stays Ferdinand Marcos."""
    doc = work.doc
    places = {
        e.text
        for e in work.ents
        if e.label_ in _PLACE_LABELS
        and len(e) == 1
        and (linker._after_locative(e) or linker._after_place_noun(e))
    }
    region_heads = [h for h, kind in load_name_heads() if kind == "Region"]
    for e in work.ents:
        words = tuple(t.lower_ for t in e)
        if e.label_ in _PLACE_LABELS and len(e) == 2 and words[:1] in region_heads:
            places.add(e[1].text)
    located = cue_words(linker.lang, "located")
    locatives = cue_words(linker.lang, "locative")

    def said_to_lie(e: Span) -> bool:
        k = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("is", "was", "are", ","))
        return (
            k + 1 < len(doc)
            and doc[k].lower_ in located
            and doc[k + 1].lower_ in locatives
        )

    family = {t.text for e in work.ents if e.label_ == "Person" and len(e) > 1 for t in e}
    work.ents = [
        Span(doc, e.start, e.end, label="Place")
        if e.label_ == "Person"
        and len(e) == 1
        and not e.kb_id_
        and (e.text in places or said_to_lie(e))
        and e.text not in family
        else e
        for e in work.ents
    ]


@linker_pass("places_by_definition")
def places_by_definition(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kaliwungu Lor adalah desa di kecamatan Ngombol, ...", "X is a village in Y": a name
    defined as a kind of place that lies somewhere (``place_definition_end``) is a place. The
    model reads unknown village and mountain names at a sentence start as persons or bodies,
    or not at all; a definition is the strongest evidence of kind a text gives. A name the gazetteer
    links is left alone (the extract stage reads "Solo adalah desa" as a namesake)."""
    doc, lowers = work.doc, work.lowers
    copulas = cue_words(linker.lang, "copula")
    ents = list(work.ents)
    by_end = {e.end: k for k, e in enumerate(ents)}
    taken = {i for e in ents for i in range(e.start, e.end)}
    for i in range(1, len(doc)):
        if lowers[i] not in copulas or place_definition_end(doc, i, linker.lang) is None:
            continue
        end = _before_brackets(doc, i)
        if end in by_end:
            e = ents[by_end[end]]
            if e.label_ in ("Person", "Organization") and not e.kb_id_:
                ents[by_end[end]] = Span(doc, e.start, e.end, label="Place")
            continue
        start = end
        while start > doc[end - 1].sent.start and end - start < 4 and _name_word(doc[start - 1]):
            start -= 1
        if start < end and start == doc[start].sent.start and not taken & set(range(start, end)):
            ents.append(Span(doc, start, end, label="Place"))
            taken.update(range(start, end))
    work.ents = sorted(ents, key=lambda e: e.start)


@linker_pass("places_by_apposition")
def places_by_apposition(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Kandarpur, kota kecil di provinsi Y", "X, the resort town", "X, a province of Y": a
    name the gazetteer does not know, set beside a kind of place by a comma
    (``apposed_place_kind``), is a place of that kind, whatever the model read it as: unknown
    towns are where it reads persons and bodies. A known name keeps its link."""
    doc = work.doc
    work.ents = [
        Span(doc, e.start, e.end, label=kind)
        if not e.kb_id_
        and e.label_ in ("Place", "Person", "Organization")
        and (kind := apposed_place_kind(doc, e.end, linker.lang)) is not None
        else e
        for e in work.ents
    ]
    work.ents = sorted([*work.ents, *_unread_apposed_places(linker, work)], key=lambda e: e.start)


#: Capitalised words of a place's name the model left out before its apposition of kind.
_UNREAD_PLACE_WORDS = 3


def _unread_apposed_places(linker: GazetteerLinker, work: LinkerWork) -> list[Span]:
    """ "meninjau Tirtamulya, ibu kota Kabupaten Garut": capitalised words the model tagged
    as nothing, right before an apposition of kind, inside a sentence (a sentence's first
    word is capitalised anyway) and after a lower-case word, name a place of that kind."""
    doc = work.doc
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    found = []
    for comma in range(2, len(doc)):
        if doc[comma].text != "," or comma - 1 in taken:
            continue
        start = comma
        while (
            start > 0
            and comma - start < _UNREAD_PLACE_WORDS
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and start - 1 not in taken
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if start == comma or start == 0 or not doc[start - 1].is_lower:
            continue
        if linker.is_title(doc[start]) or linker.gazetteer.lookup(doc[start:comma].text):
            continue
        kind = apposed_place_kind(doc, comma, linker.lang)
        if kind is not None:
            found.append(Span(doc, start, comma, label=kind))
    return found


def _before_brackets(doc: Doc, i: int) -> int:
    """Where a name before token ``i`` ends, past one bracketed aside ("Pagerharjo ( )
    adalah", "Gunung X ( dikenal juga ... ) adalah")."""
    if doc[i - 1].text != ")":
        return i
    for k in range(i - 2, max(doc[i - 1].sent.start, i - 12) - 1, -1):
        if doc[k].text == "(":
            return k
    return i


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


#: Quotation marks that set off a nickname inside a name (Hendra "Henwi" Wibisono).
_NICKNAME_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e", "'"})
#: Words of a nickname in quotes, and of the name after it.
_NICKNAME_WORDS = 2


@linker_pass("quoted_nicknames_inside_names")
def quoted_nicknames_inside_names(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ 'President Hendra "Henwi" Wibisono', 'Rizal "Kavoo" Hakim Permadi': a nickname in quotes
    inside a person's name, around which the model often ends the name or reads a body. A
    capitalised word, the nickname in quotes and the capitalised words after it are one
    person (entities the model put there give way, but not a linked one); resolve names the
    person without the nickname and keeps the nickname as another name."""
    doc = work.doc
    out = list(work.ents)
    for i in range(1, len(doc) - 3):
        before = doc[i - 1]
        if doc[i].text not in _NICKNAME_QUOTES or not (before.is_title and before.is_alpha):
            continue
        if before.pos_ != "PROPN" or before.is_stop:
            continue  # 'The "Blue" House': an article, no given name
        end = _name_after_quoted_nickname(doc, i)
        if end is None:
            continue
        first = next((e for e in out if e.start <= i - 1 < e.end), None)
        start = first.start if first is not None and first.label_ == "Person" else i - 1
        inside = [e for e in out if e.start < end and e.end > start]
        if any(e.kb_id_ or e.label_ not in ("Person", "Organization", "Place") for e in inside):
            continue
        if any(e.start < start or e.end > end for e in inside):
            continue
        out = [e for e in out if e not in inside]
        out.append(Span(doc, start, end, label="Person"))
    work.ents = sorted(out, key=lambda e: e.start)


def _name_after_quoted_nickname(doc: Doc, i: int) -> int | None:
    """The end of the name that a nickname in quotes at token ``i`` leads into (' "Henwi"
    Wibisono'), or None: the quotes must close within two words, and capitalised words follow
    the closing quote at once."""
    if i + 2 >= len(doc) or doc[i].text not in _NICKNAME_QUOTES:
        return None
    k = i + 1
    while k < len(doc) and k - i <= _NICKNAME_WORDS and doc[k].text[:1].isupper():
        k += 1
    if k == i + 1 or k >= len(doc) or doc[k].text not in _NICKNAME_QUOTES:
        return None
    end = k + 1
    while end < len(doc) and end - k <= _NICKNAME_WORDS + 1 and doc[end].is_title:
        end += 1
    return end if end > k + 1 else None


#: Words a dateline's town may have ("PUERTO KAVOO", "SAN - TOKORIA" as tokenised).
_DATELINE_TOWN_TOKENS = 5
#: What follows a dateline's country: a date, an agency's tag or the dash.
_AFTER_DATELINE_COUNTRY = frozenset({",", "(", "-", "--", "\u2013", "\u2014"})


@linker_pass("dateline_towns")
def dateline_towns(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "KAVOO, Uganda, March 25 -", "TOKORIA, Peru --": a line that opens with a name in
    capitals, a comma and a country the gazetteer knows, then a date, an agency's tag or a
    dash, is a dateline, and its name is the town the story was filed from. Small towns the
    gazetteer lacks are named there in capitals the model was never trained on (it misses
    them or reads a body): they become unlinked cities. A known place keeps its link."""
    doc = work.doc
    out = list(work.ents)
    sites = cue_words(linker.lang, "site_last_word")
    for country in work.ents:
        if country.label_ != "Country" or not country.kb_id_ or country.start < 2:
            continue
        if doc[country.start - 1].text != "," or not _dateline_goes_on(doc, country.end):
            continue
        start = _capitals_run_start(doc, country.start - 1)
        if start is None or not _opens_line(doc, start):
            continue
        if doc[country.start - 2].lower_ in sites or facility_first(doc[start : country.start - 1]):
            continue  # "SAN X MINE, Chile -": filed from a site, not a town
        inside = [e for e in out if e.start < country.start - 1 and e.end > start]
        if any(e.kb_id_ and e.label_ in _PLACE_LABELS for e in inside):
            continue  # "HANOI, Vietnam": the gazetteer's city
        out = [e for e in out if e not in inside]
        out.append(Span(doc, start, country.start - 1, label="City"))
    work.ents = sorted(out, key=lambda e: e.start)


def _dateline_goes_on(doc: Doc, i: int) -> bool:
    """A date, an agency's tag or a dash at token ``i``, past the blanks an agency's masked
    tag left ("TOKORIA, Peru (Reuters) -" is read with the tag blanked)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and doc[i].text in _AFTER_DATELINE_COUNTRY


def _capitals_run_start(doc: Doc, comma: int) -> int | None:
    """The first token of the words in capitals (hyphens between them allowed) that end right
    before ``comma``, or None when the word before it is not in capitals or the run is
    longer than a town's name."""
    k = comma
    while k > 0 and comma - k < _DATELINE_TOWN_TOKENS:
        tok = doc[k - 1]
        if tok.is_alpha and tok.is_upper and len(tok) > 1:
            k -= 1
        elif tok.text == "-" and k - 1 > 0 and doc[k - 2].is_upper and k < comma:
            k -= 1  # "SAN-TOKORIA"
        else:
            break
    if k == comma or (k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_upper):
        return None
    return k


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of a line (or of the text)."""
    if i > 0 and doc[i - 1].is_space:
        return "\n" in doc[i - 1].text
    before = doc.text[: doc[i].idx]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


@linker_pass("places_in_the_named_country")
def places_in_the_named_country(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Tripoli, Lebanon", "di Tokoria, Jawa Barat": a place the text puts in a country, or in
    a province or state of one, is that country's, not the namesake the gazetteer ranks first
    elsewhere. It takes the namesake in that country where the gazetteer has one (the regency
    of that name for an Indonesian province), and so do the document's bare mentions of the
    name; otherwise that mention stays a place of its kind without a link, so no identifier
    or country of the namesake enters the graph (its bare mentions elsewhere may be the
    namesake: tried, spreading the unlinking to them lost right relations on articles nobody
    had read). A list of places ("Bali, Malaysia dan Thailand") names no place's country."""
    doc, gazetteer = work.doc, linker.gazetteer
    ents = sorted(work.ents, key=lambda e: e.start)
    by_start = {e.start: e for e in ents}
    meant: dict[tuple[str, str], GazetteerEntry] = {}
    apposed: set[int] = set()
    for e in ents:
        entry = gazetteer.get(e.kb_id_) if e.kb_id_ and e.label_ in ("City", "Region") else None
        country = _country_named_after(linker, work, e, by_start) if entry else None
        if entry is not None and entry.country and country and country != entry.country:
            apposed.add(e.start)
            namesake = gazetteer.named_in(e.text, country)
            if namesake is not None:
                meant.setdefault((e.text.lower(), e.kb_id_), namesake)
    if not apposed:
        return
    out = []
    for e in ents:
        namesake = meant.get((e.text.lower(), e.kb_id_))
        if namesake is not None:
            e = _linked(e, namesake)
        elif e.start in apposed:
            e = Span(doc, e.start, e.end, label=e.label_)
        out.append(e)
    work.ents = out


def _country_named_after(
    linker: GazetteerLinker, work: LinkerWork, e: Span, by_start: dict[int, Span]
) -> str | None:
    """The country (an entry id) of the known present-day country, province or state named
    (not by a demonym) after a comma right after ``e``, when punctuation closes it: no clause
    goes on after it ("X, Chile's Atacama Region"; "Bali, Kenya disebut ...") and no list."""
    doc = work.doc
    if e.end + 1 >= len(doc) or doc[e.end].text != ",":
        return None
    outer_span = by_start.get(e.end + 1)
    outer = linker.gazetteer.get(outer_span.kb_id_) if outer_span and outer_span.kb_id_ else None
    if outer is None or not (
        (outer.type == "Country" and outer.id.startswith("iso3166:"))
        or outer.is_named_region
        or outer.is_division
    ):
        return None  # a former state ("Bonn, Jerman Barat") says where a place was, not is
    if linker.gazetteer.lookup(outer_span.text) is not outer:
        return None  # "di Lima, Chilean President X": a demonym opens a title, no address
    k = outer_span.end
    if k < len(doc) and not (doc[k].is_punct or doc[k].is_space):
        return None  # "bertemu di Bali, Kenya disebut mitra": the country opens a clause
    if k < len(doc) and doc[k].lower_ in linker.list_links:
        nxt = by_start.get(k + 1)
        if nxt is not None and nxt.label_ in _PLACE_LABELS:
            return None  # "Bali, Malaysia, Thailand": a list
    return outer.id if outer.type == "Country" else outer.country


@linker_pass("people_in_place_lists")
def people_in_place_lists(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Donetsk, Luhansk, Zaporizhzhia, dan Kherson": unknown "persons" listed among at least
    as many known places (two or more) are places too. Lists are homogeneous; foreign place
    names are where the model most often reads a name."""
    ents = sorted(work.ents, key=lambda e: e.start)
    out = list(ents)
    for group in _lists(work.doc, ents, linker.list_links):
        first = ents[group[0]].start
        if _titled_run_before(linker, work.doc, first):
            continue  # "Wali Kota Trujillo, Peru, X": the office's place, then its holder
        sent_to = first > 0 and work.doc[first - 1].lower_ in cue_words(linker.lang, "envoy_to")
        if sent_to and _titled_run_before(linker, work.doc, first - 1):
            continue  # "Duta Besar RI untuk P, Q, dan R, X": the envoy's countries, the envoy
        if _paired_office_before(linker, work.doc, first):
            continue  # "the presidents of P and Q, A and B": the offices' countries, then holders
        if _opens_main_clause(work.doc, ents[group[-1]]):
            group = group[:-1]  # "Setibanya di Lima, Peru, X disambut Y": the clause's subject
        people = [i for i in group if ents[i].label_ == "Person"]
        places = [
            i
            for i in group
            if ents[i].label_ in _PLACE_LABELS and ents[i].kb_id_ and not _possessor(ents[i])
        ]  # "X of France and Y, Mozambique's envoy": a possessor is no list item
        if len(places) >= max(2, len(people)) and not any(ents[i].kb_id_ for i in people):
            for i in people:
                out[i] = Span(ents[i].doc, ents[i].start, ents[i].end, label="Place")
    work.ents = out


#: The most words of a name a country owns in a list ("Chile's Ana Maria Lopez").
_OWNED_NAME_WORDS = 4


@linker_pass("people_owned_in_lists")
def people_owned_in_lists(linker: GazetteerLinker, work: LinkerWork) -> None:
    """ "Rwanda's A, Ghana's B and Tanzania's C": where a sentence lists two or more persons
    each owned by a country ("Country's Name"), the other names so owned in it are persons
    too, whether the model read them as a body or not at all. Lists are homogeneous; a
    leader's foreign name is where the English model most often goes wrong."""
    doc = work.doc
    ents = sorted(work.ents, key=lambda e: e.start)
    by_start = {e.start: e for e in ents}
    owned: dict[int, list[int]] = {}  # sentence start -> tokens right after "Country's"
    for e in ents:
        if e.label_ == "Country" and _possessor(e) and e.end + 1 < len(doc):
            owned.setdefault(doc[e.start].sent.start, []).append(e.end + 1)
    out = list(ents)
    for starts in owned.values():
        persons = [k for k in starts if (e := by_start.get(k)) is not None and e.label_ == "Person"]
        if len(persons) < 2:
            continue
        for k in starts:
            e = by_start.get(k)
            if e is not None and (e.label_ == "Person" or e.kb_id_):
                continue
            end = _owned_name_end(doc, k)
            overlapping = [x for x in out if x.start < end and x.end > k]
            if end - k < 2 or any(x.start < k or x.kb_id_ for x in overlapping):
                continue
            out = [x for x in out if x not in overlapping]
            out.append(Span(doc, k, end, label="Person"))
    work.ents = sorted(out, key=lambda e: e.start)


def _owned_name_end(doc: Doc, k: int) -> int:
    """The end of the capitalised run at ``k`` that ends at a list's comma, "and" or the
    sentence's end (a name, hyphenated words among it: "Nana Akufo-Addo"), else ``k``."""
    end = k
    while end < len(doc) and end - k < _OWNED_NAME_WORDS:
        t = doc[end]
        if not (t.is_title and t.text.replace("-", "").isalpha()):
            break
        end += 1
    if end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].lower_ == "and":
        return end
    return k


def _opens_main_clause(doc: Doc, last: Span) -> bool:
    """The run's last name follows a bare comma and a verb follows it ("Setibanya di Lima,
    Peru, X disambut Y", "In Lima, Peru, X met Y"): the fronted phrase's places end at the
    comma, and the name opens the main clause as its subject, no item of their list (a list
    ends with "dan/and" before its last item, or with punctuation after it)."""
    k = last.start - 1
    if k < 0 or doc[k].text != "," or last.end >= len(doc):
        return False
    return doc[last.end].pos_ in ("VERB", "AUX")


def _paired_office_before(linker: GazetteerLinker, doc: Doc, first: int) -> bool:
    """An office word of the ``paired_office`` cue right before ``first`` (after "of" in
    English): "the presidents of P and Q, A and B" lists the offices' countries, then one
    holder for each."""
    k = first - 1
    if k > 0 and doc[k].lower_ == "of":
        k -= 1
    return k >= 0 and doc[k].lower_ in cue_words(linker.lang, "paired_office")


def _titled_run_before(linker: GazetteerLinker, doc: Doc, first: int) -> bool:
    """A title right before ``first``, or before the capitalised words of the body it names
    ("Ketua DPD PAN Kabupaten Garut, Jawa Barat, X"): the list that follows is the office's
    places, then its holder."""
    k = first - 1
    while k >= 0 and first - k <= _BODY_REACH and doc[k].text[:1].isupper():
        if linker.is_title(doc[k]):
            return True
        k -= 1
    return False


#: Capitalised words a title may stand before a list of the office's places ("Ketua DPD PAN").
_BODY_REACH = 4


def _possessor(ent: Span) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].text in _POSSESSIVE_MARKS


def _lists(doc: Doc, ents: list[Span], links: frozenset[str]) -> list[list[int]]:
    """Runs of three or more entities (indices into ``ents``, sorted by start) joined only by
    the lexicon's coordination words: a comma, "dan"/"and", "serta" or two ("X, Y, dan Z")."""
    runs: list[list[int]] = []
    for i, e in enumerate(ents):
        prev = ents[i - 1] if i else None
        between = doc[prev.end : e.start] if prev is not None else None
        if (
            between is not None
            and 0 < len(between) <= 2
            and all(t.lower_ in links for t in between)
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 3]
