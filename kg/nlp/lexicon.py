"""Readers for the word lists in ``ontology/lexicon`` used by the NLP and extract stages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING

from kg.resources import ontology_path

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = [
    "is_regnal_number",
    "Title",
    "cue_phrases",
    "institution_words",
    "cue_words",
    "event_first_words",
    "facility_words",
    "facility_first",
    "facility_last",
    "names_a_facility",
    "word_list",
    "after_aside",
    "is_office_field",
    "place_definition_end",
    "apposed_place_kind",
    "phrase_at",
    "load_name_heads",
    "load_phrase_heads",
    "load_name_tails",
    "load_titles",
    "read_jsonl",
]


def read_jsonl(*parts: str) -> list[dict]:
    """Rows of a JSON Lines file under ``ontology/``; blank lines skipped."""
    text = ontology_path(*parts).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


_HYPHENATED = re.compile(r"[^\s-]+|-")
_CAPITALISED_HYPHEN = re.compile(r"[A-Z][^\s-]*-[A-Z]")  # "Secretary-General"
_ROMAN = re.compile(r"[IVXLCDM]+")


def is_regnal_number(text: str) -> bool:
    """A Roman numeral ("XVII" of "Yang di-Pertuan Agong XVII", "II" of "Elizabeth II"): part
    of a title or a name, never an acronym of an organisation."""
    return bool(_ROMAN.fullmatch(text))


@dataclass(frozen=True)
class Title:
    """A title that can stand before a person's name ("Menteri Luar Negeri", "President")."""

    lang: str
    title: str
    office: str | None
    head: bool  # a real office (officialOf), not an honorific like "Pak" or "Mr"
    sending: bool = False  # ambassadors: the country named after the title sends them
    portfolio: bool = False  # "Menteri ESDM", "Education Minister": an organisation name
    # right beside the title is its portfolio, not the office holder's country/organisation
    names: bool = False  # no office, but a name always follows ("Ibu Negara X", "Letjen X"):
    # the capitalised words after it are a person even where the model missed them
    local: bool = False  # a regional office ("Gubernur", "Bupati", "Kapolda"): a region or
    # city named right after it is the office's place, not the start of the holder's name
    joined: bool = False  # the variant whose capitalised hyphenated words are one token
    body: str | None = None  # the gazetteer id of the body the title itself names ("Kapolri":
    # the police): the office is that body's where the document names it
    bodies: bool = False  # an office held in organisations only ("pelatih", "coach"): a
    # country beside it is the holder's nationality or team ("Argentina coach X"), no office

    @cached_property  # read at every token by the title finders: computed once per title
    def words(self) -> tuple[str, ...]:
        """The title's tokens as the tokenizers cut them: a hyphen between letters is a token
        of its own ("Yang di-Pertuan Agong", "secretary-general"), except in the ``joined``
        variant, for capitalised hyphenated words the tokenizer keeps whole, as it keeps
        names ("Secretary-General", "Governor-General")."""
        if self.joined:
            return tuple(self.title.split())
        return tuple(_HYPHENATED.findall(self.title))


@cache
def load_titles(lang: str) -> tuple[Title, ...]:
    """Titles of ``lang``, longest first so "Wakil Presiden" wins over "Presiden"."""
    rows = [r for r in read_jsonl("lexicon", "titles.jsonl") if r["lang"] == lang]
    titles = [
        Title(
            r["lang"],
            r["title"],
            r.get("office"),
            bool(r.get("head")),
            bool(r.get("sending")),
            bool(r.get("portfolio")),
            bool(r.get("names")),
            bool(r.get("local")),
            body=r.get("body"),
            bodies=bool(r.get("bodies")),
        )
        for r in rows
    ]
    titles += [replace(t, joined=True) for t in titles if _CAPITALISED_HYPHEN.search(t.title)]
    return tuple(sorted(titles, key=lambda t: -len(t.words)))


@cache
def load_name_heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(first words, type) from ``name-heads.jsonl``, longest first: "Provinsi ..." is a
    Region, "Partai ..." an Organization."""
    rows = read_jsonl("lexicon", "name-heads.jsonl")
    heads = [
        (tuple(w.split()), r["type"])
        for r in rows
        if r.get("position", "first") == "first"
        for w in r["words"]
    ]
    return tuple(sorted(heads, key=lambda h: -len(h[0])))


@cache
def load_phrase_heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(opening words, type) of ``name-heads.jsonl`` rows with ``"position": "phrase"``:
    heads whose first word alone says nothing ("Tim Pemenangan ..." is a body, "Tim" also opens
    English given names), so they type a whole name only, never a first word."""
    rows = read_jsonl("lexicon", "name-heads.jsonl")
    heads = [
        (tuple(w.split()), r["type"])
        for r in rows
        if r.get("position") == "phrase"
        for w in r["words"]
    ]
    return tuple(sorted(heads, key=lambda h: -len(h[0])))


@cache
def load_name_tails() -> dict[str, str]:
    """Last word -> type from ``name-heads.jsonl`` rows with ``"position": "last"``: English
    names its bodies head-last ("Harlow County District Court", "Labour Party")."""
    rows = read_jsonl("lexicon", "name-heads.jsonl")
    return {w: r["type"] for r in rows if r.get("position") == "last" for w in r["words"]}


@cache
def institution_words() -> frozenset[str]:
    """Words that make a name a place's or a body's wherever they stand in it: the first words
    of ``name-heads.jsonl`` ("partai", "provinsi") and its last words ("group", "party")."""
    return frozenset(h[0] for h, _ in load_name_heads()) | frozenset(load_name_tails())


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list of ``ontology/lexicon`` (one word per line, ``#`` comments), lowercased."""
    text = ontology_path("lexicon", name).read_text("utf-8")
    return frozenset(
        ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


def facility_words() -> frozenset[str]:
    """First words of facility names (``facility-words.txt``, lower case): "Bandara", "Jalan"."""
    return word_list("facility-words.txt")


def facility_first(span: Span) -> bool:
    """A facility word starts the name ("Bandara X", "Kebun Raya X"): no person's name does
    ("Puskesmas Sukamaju" read as a person)."""
    words = facility_words()
    if len(span) > 2 and span[0].lower_ == "house" and span[1].lower_ == "of":
        return False  # a chamber ("House of Representatives") or a dynasty, no building
    return span[0].lower_ in words or " ".join(t.lower_ for t in span[:2]) in words


def facility_last(span: Span) -> bool:
    """English names a facility head-last ("Government House", "Union Buildings"); a place
    or body of two or more words ending in a capitalised facility word is one."""
    return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in facility_words()


def names_a_facility(span: Span) -> bool:
    """A facility's name, by a facility word first or last or a head kg never makes an entity
    (``non-entity-heads.txt``: "X Convention Centre"): the NLP stage's acronym pass and the
    extract stage's mentions read it the same way."""
    return (
        facility_first(span)
        or facility_last(span)
        or span[-1].lower_ in word_list("non-entity-heads.txt")
    )


def event_first_words() -> frozenset[str]:
    """First words of event and document names in Indonesian order
    (``non-entity-first-words.txt``, lower case): "KTT", "Konferensi", "Piala"."""
    return word_list("non-entity-first-words.txt")


@cache
def cue_words(lang: str, cue: str) -> frozenset[str]:
    """The words of one token-level cue of ``ontology/lexicon/<lang>.jsonl`` ("locative")."""
    return frozenset(
        w
        for row in read_jsonl("lexicon", f"{lang}.jsonl")
        if row.get("kind") == "cue" and row.get("cue") == cue
        for w in row["words"]
    )


@cache
def cue_phrases(lang: str, cue: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a word-sequence cue, as word tuples, longest first."""
    return tuple(sorted({tuple(w.split()) for w in cue_words(lang, cue)}, key=len, reverse=True))


_FIELD_CONNECTORS = frozenset({"dan", "and", "&", "serta"})


def is_office_field(doc, i: int, fields: frozenset[str]) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Token ``i`` belongs to an office's field between its title and the name ("Menteri
    **Energi dan Sumber Daya Mineral** X"): a capitalised word of ``fields`` (the ``portfolio``
    cue), or a connector or comma between two of them. Shared by the NLP stage's titled names
    and the extract stage's title finder, so both read a title the same way."""
    tok = doc[i]
    if tok.lower_ in fields:
        return tok.text[:1].isupper()
    if tok.lower_ not in _FIELD_CONNECTORS and tok.text != ",":
        return False
    # "Menteri Perindustrian, Energi, dan Pariwisata X": commas and connectors between
    # two field words, however many of them stand together
    left, right = i - 1, i + 1
    while left > 0 and _connects(doc[left]):
        left -= 1
    while right < len(doc) - 1 and _connects(doc[right]):
        right += 1
    return (
        0 < i < len(doc) - 1
        and doc[left].lower_ in fields
        and doc[right].lower_ in fields
        and doc[right].text[:1].isupper()
    )


def _connects(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    return tok.lower_ in _FIELD_CONNECTORS or tok.text == ","


_DEFINITION_ADJECTIVES = 4  # "gunung berapi aktif yang terletak di": lower-case words at most


def place_definition_end(doc, i: int, lang: str) -> int | None:  # noqa: ANN001 - a spaCy Doc
    """The token after the locative, when the copula at token ``i`` defines a name as a kind
    of place: "adalah (sebuah | salah satu) desa (kecil | yang terletak) di ...", "is a village
    in ...": the copula, fillers, a lower-case kind of place (``place_kind``), a few lower-case
    words, then a locative. None otherwise.
    Shared by the NLP stage (which types the defined name a place) and the extract stage
    (which puts it in the address), so both read a definition the same way."""
    if i >= len(doc) or doc[i].lower_ not in cue_words(lang, "copula"):
        return None
    kinds = cue_words(lang, "place_kind")
    locatives = cue_words(lang, "locative")
    fillers = cue_words(lang, "place_definition") - cue_words(lang, "copula") - kinds - locatives
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].lower_ in fillers:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in kinds or not doc[j].is_lower:
        return None
    k = j + 1
    while k < len(doc) and doc[k].lower_ not in locatives:
        if k - j > _DEFINITION_ADJECTIVES or not (doc[k].is_lower and doc[k].is_alpha):
            return None
        k += 1
    return k + 1 if k < len(doc) else None


def apposed_place_kind(doc, comma: int, lang: str) -> str | None:  # noqa: ANN001 - a Doc
    """ "Kandarpur, kota kecil di provinsi Y", "X, a fishing town in Y", "X, the tiny
    rock island": the kg type ("City", "Region") that an apposition of kind opening at the
    comma ``comma`` gives the name before it; None when none opens there. A name the model
    never saw is told by its apposition what it is, as a definition tells it.
    Indonesian puts the kind first ("kota kecil"), English last ("a fishing town"), so an
    English kind must close its noun phrase: "a town official" is a person, "a state-owned
    firm" a company."""
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    kinds = {"City": cue_phrases(lang, "town_kind"), "Region": cue_phrases(lang, "area_kind")}
    j = comma + 1
    article = phrase_at(doc, j, cue_phrases(lang, "kind_article"))
    j += article
    if lang == "en":
        if not article:
            return None
        while j < len(doc) and j - comma <= _APPOSED_MODIFIERS and _kind_at(doc, j, kinds) is None:
            if _hyphened_modifier(doc, j):
                j += 2  # "a quake-ravaged village", "a fast-growing town": one modifier
                continue
            if not (doc[j].is_lower and doc[j].is_alpha) or doc[j].pos_ not in _MODIFIER_POS:
                return None  # "X, a secretary of state who": an office, not a place
            j += 1
    kind = _kind_at(doc, j, kinds)
    if kind is None:
        return None
    kg_type, width = kind
    end = j + width
    if phrase_at(doc, j, cue_phrases(lang, "capital_kind")):
        return kg_type  # "Tirtamulya, ibu kota Kabupaten Garut": the seat of the place named
    if end < len(doc) and not (doc[end].is_lower or doc[end].is_punct):
        return None  # "X, kota Bandung": another name, not a kind
    if (
        lang == "en"
        and end < len(doc)
        and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "PART") or doc[end].text in ("-", "'s"))
    ):
        return None  # "a town official", "the city's mayor", "a state-owned firm"
    return kg_type


_APPOSED_MODIFIERS = 4  # "the northern port city": lower-case words before an English kind
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "VERB", "NUM"})  # "tiny", "rock", "fishing", "two"


def _hyphened_modifier(doc, j: int) -> bool:  # noqa: ANN001 - a Doc
    """ "hard - hit": a compound modifier whose first word may be an adverb."""
    return (
        j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j].is_lower and doc[j + 2].is_lower
    )


def phrase_at(doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:  # noqa: ANN001
    """Length of the longest of ``phrases`` (a cue's phrases, longest first) starting at
    token ``i``, 0 for none. Read at every token by the extract stage's reference finders,
    so the first word is compared before the rest."""
    first = doc[i].lower_ if i < len(doc) else None
    for phrase in phrases:  # longest first
        if not phrase:
            return 0
        if phrase[0] == first and tuple(t.lower_ for t in doc[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _kind_at(
    doc,  # noqa: ANN001 - a spaCy Doc
    i: int,
    kinds: dict[str, tuple[tuple[str, ...], ...]],
) -> tuple[str, int] | None:
    """The kg type and width of a lower-case kind of place at token ``i``, None for none."""
    for kg_type, phrases in kinds.items():
        width = phrase_at(doc, i, phrases)
        if width and doc[i].is_lower:
            return kg_type, width
    return None


def after_aside(doc, i: int, reach: int = 12) -> int:  # noqa: ANN001 - a spaCy Doc
    """The token after a bracketed aside opening at token ``i`` ("Pagerharjo ( ) adalah",
    "Bursa Efek X ( BEJ ) , Y"), closed within ``reach`` tokens; ``i`` itself when none
    opens there. Shared by the NLP and extract stages."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for k in range(i + 1, min(len(doc), i + reach)):
        if doc[k].text == ")":
            return k + 1
    return i
