"""A curated knowledge base of notable people, and name lookups into it.

Why: news calls the same leader "Joko Widodo", "Jokowi" and "Presiden Jokowi" in one article,
and "SBY", "Gus Dur", "MBS" or "Albanese" are names only world knowledge can join to a full
name. The base lives as reviewable data in ``ontology/people/`` (format, coverage and sources
in its README). It resolves names and says who a person is; it never adds a relation.

An alias belongs to exactly one person. A short form that several people in the base share
("Bush", "Kim", "Rajapaksa") is listed in ``ambiguous.jsonl`` with its candidates instead, and
:meth:`PeopleKB.lookup` answers None for it rather than guess.

>>> kb = load_people()                                  # doctest: +SKIP
>>> kb.lookup("Presiden Jokowi").name                   # doctest: +SKIP
'Joko Widodo'
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.resources import ontology_path

__all__ = [
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "Office",
    "Person",
    "PeopleKB",
    "given_names",
    "load_people",
    "people_dir",
]

#: Generational suffixes and regnal numbers, lower case without a dot: never a surname
#: ("Ferdinand Marcos Jr" is "Marcos") and never what tells two people apart in one article
#: ("Lloyd J. Austin III" is "Lloyd Austin", "Paus Benediktus XVI" is "Paus Benediktus").
NAME_SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv"}
    | {"xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii"}
)
#: Lower-case particles inside personal names (Dutch, German, Portuguese, Spanish, Arabic,
#: Malay): "Ursula von der Leyen", "Lula da Silva", "Anwar bin Ibrahim", "Correia e Silva".
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "do", "dos", "das", "del", "e", "bin", "binti", "ibn"}
)


@dataclass(frozen=True)
class Office:
    """An office a person held: ``title`` of ``of`` (ISO 3166-1 alpha-2 code or organisation
    slug), from ``from_year`` to ``to_year`` (None when open or not known)."""

    title: str
    of: str
    from_year: int | None = None
    to_year: int | None = None


@dataclass(frozen=True)
class Person:
    """One notable person of the base; ``id`` is the slug kg may mint a stable IRI from."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    offices: tuple[Office, ...] = ()
    wikidata: str | None = None
    source: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every name this person is looked up by: the canonical name, then the aliases."""
        return (self.name, *self.aliases)


def people_dir() -> Path:
    """Folder of the shipped base (``ontology/people``)."""
    return ontology_path("people")


def _tokens(surface: str) -> tuple[str, ...]:
    """Words of a name after kg's shared normalisation (case, accents, punctuation)."""
    from kg.nlp.gazetteer import normalize_name  # kg.nlp pulls in spaCy: only when used

    return tuple(normalize_name(surface).split())


def _key(tokens: tuple[str, ...]) -> str:
    """Join each run of single letters into one word, so "B. J. Habibie", "B.J. Habibie" and
    "BJ Habibie" share a key, as do "J. D. Vance" and "JD Vance"."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        if len(token) == 1 and i and len(tokens[i - 1]) == 1:
            words[-1] += token
        else:
            words.append(token)
    return " ".join(words)


class PeopleKB:
    """Lookup of notable people by any of their names, with titles and honorifics ignored.

    people (Iterable[Person]): the entries, in file order.
    ambiguous (dict[str, tuple[str, ...]]): short forms shared by several people -> their ids.
    titles (Iterable[str]): words that may precede a name ("Presiden", "Pak", "PM", "H.").
    """

    def __init__(
        self,
        people: Iterable[Person],
        ambiguous: dict[str, tuple[str, ...]] | None = None,
        titles: Iterable[str] = (),
    ) -> None:
        self.people = tuple(people)
        self._by_id = {p.id: p for p in reversed(self.people)}  # the first of a duplicate wins
        self.ambiguous = {_key(_tokens(k)): tuple(v) for k, v in (ambiguous or {}).items()}
        self._titles = sorted(
            {t for t in (_tokens(title) for title in titles) if t}, key=len, reverse=True
        )
        self._index: dict[str, set[str]] = {}
        for person in self.people:
            for form in person.forms:
                self._index.setdefault(_key(_tokens(form)), set()).add(person.id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._by_id.values())

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def lookup(self, surface: str) -> Person | None:
        """The one person ``surface`` names ("Pak Jokowi", "PM Albanese", "Gus Dur"), or None
        when it names nobody in the base or several people ("Bush")."""
        found = self.candidates(surface)
        return found[0] if len(found) == 1 else None

    def candidates(self, surface: str) -> tuple[Person, ...]:
        """Everyone ``surface`` may name: one person, the candidates of an ambiguous short form
        (for a caller that can decide from context or dates), or nobody."""
        for key in self._keys(_tokens(surface)):
            ids = self.ambiguous.get(key) or sorted(self._index.get(key, ()))
            if ids:
                return tuple(p for p in map(self._by_id.get, ids) if p is not None)
        return ()

    def _keys(self, tokens: tuple[str, ...]) -> Iterator[str]:
        """The name as written, then with leading titles dropped one at a time, so the exact
        form wins ("Raja Juli Antoni" is a minister's name, not King Juli Antoni)."""
        while tokens:
            yield _key(tokens)
            title = next((t for t in self._titles if tokens[: len(t)] == t), None)
            if title is None or len(title) == len(tokens):
                return
            tokens = tokens[len(title) :]

    def validate(self, known_codes: Collection[str] | None = None) -> list[str]:
        """Problems that make the base unsafe to resolve with, one line each (empty when fine).

        known_codes (Collection[str]): valid ``country`` and office ``of`` codes. Defaults to
            the gazetteer's countries (ISO alpha-2, "ID") and organisations (slug, "asean").
        RETURNS (list[str]): duplicate ids, a form shared by two people or also listed as
            ambiguous, ambiguous entries with unknown or too few candidates, unknown codes,
            offices ending before they start.
        """
        codes = _gazetteer_codes() if known_codes is None else set(known_codes)
        problems = [f"{pid}: duplicate id" for pid in _duplicates(p.id for p in self.people)]
        for key, ids in sorted(self._index.items()):
            if len(ids) > 1:
                problems.append(f"{key!r}: a form of {', '.join(sorted(ids))}")
            elif key in self.ambiguous:
                problems.append(f"{key!r}: listed as ambiguous but a form of {min(ids)}")
        for key, ids in sorted(self.ambiguous.items()):
            unknown = [i for i in ids if i not in self._by_id]
            if unknown or len(set(ids)) < 2:
                problems.append(f"{key!r}: ambiguous needs 2+ known people, has {list(ids)}")
        for person in self.people:
            problems.extend(_person_problems(person, codes))
        return problems


def _person_problems(person: Person, codes: Collection[str]) -> Iterator[str]:
    for form in person.forms:
        if not _tokens(form):
            yield f"{person.id}: name or alias {form!r} has no letters to match"
    if person.country is not None and person.country not in codes:
        yield f"{person.id}: unknown country code {person.country!r}"
    for office in person.offices:
        if not _known(office.of, codes):
            yield f"{person.id}: unknown code {office.of!r} in office {office.title!r}"
        if office.from_year and office.to_year and office.from_year > office.to_year:
            yield f"{person.id}: office {office.title!r} ends before it starts"


def _known(of: str, codes: Collection[str]) -> bool:
    """ISO country codes are upper case, organisation slugs lower case ("UN" is "un")."""
    return of in codes or of.lower() in codes


def _duplicates(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    return sorted({v for v in values if v in seen or seen.add(v)})


def _gazetteer_codes() -> set[str]:
    """Country codes and organisation slugs the gazetteer knows (``iso3166:ID``,
    ``kg:org/asean``): the base links to the same places and bodies the graph does."""
    from kg.nlp.gazetteer import load_gazetteer  # spaCy only when validating

    codes: set[str] = set()
    for entry_id in load_gazetteer().entries:
        scheme, _, code = entry_id.partition(":")
        if scheme == "iso3166":
            codes.add(code)
        elif code.startswith("org/"):
            codes.add(code.removeprefix("org/"))
    return codes


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) of each non-blank line; a broken line names its place."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the people base: {exc}") from exc
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON: {exc.msg}") from exc
            if not isinstance(row, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            yield number, row


def _person(row: dict, where: str) -> Person:
    try:
        offices = tuple(
            Office(o["title"], o["of"], o.get("from"), o.get("to")) for o in row.get("offices", ())
        )
        return Person(
            id=row["id"],
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            country=row.get("country"),
            offices=offices,
            wikidata=row.get("wikidata"),
            source=row.get("source"),
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"{where}: missing or malformed field {exc}") from exc


def _title_words(folder: Path) -> list[str]:
    """Titles kg's lexicon already knows (both languages), plus the honorifics only names
    need (``honorifics.txt``: "H.", "Ir.", "Tun", "Sheikh")."""
    from kg.nlp.lexicon import load_titles  # spaCy only when loading

    words = [t.title for lang in ("id", "en") for t in load_titles(lang)]
    extra = folder / "honorifics.txt"
    if extra.is_file():
        lines = extra.read_text("utf-8").splitlines()
        words.extend(s for line in lines if (s := line.split("#", 1)[0].strip()))
    return words


@cache
def load_people(path: Path | None = None) -> PeopleKB:
    """Load the people base once per process.

    path (Path): the ``notable.jsonl`` to read; ``ambiguous.jsonl`` and ``honorifics.txt``
        are read from the same folder when present. Defaults to the shipped base.
    RETURNS (PeopleKB): the base; call :meth:`PeopleKB.validate` to check it.
    """
    path = Path(path) if path is not None else people_dir() / "notable.jsonl"
    people = [_person(row, f"{path}:{n}") for n, row in _read_jsonl(path)]
    ambiguous_path = path.parent / "ambiguous.jsonl"
    ambiguous: dict[str, tuple[str, ...]] = {}
    if ambiguous_path.is_file():
        for n, row in _read_jsonl(ambiguous_path):
            if not isinstance(row.get("alias"), str) or not isinstance(row.get("candidates"), list):
                raise InputError(f"{ambiguous_path}:{n}: needs 'alias' and 'candidates'")
            ambiguous[row["alias"]] = tuple(row["candidates"])
    return PeopleKB(people, ambiguous, _title_words(path.parent))


@cache
def given_names() -> frozenset[str]:
    """First names ("Lucas", "Sonia"), as written, from ``given-names.txt`` (generated by
    ``kg.devtools.given_names``): a name the English model read as a body that opens with one
    is a person's."""
    text = (people_dir() / "given-names.txt").read_text("utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip()) and s[0] != "#")
