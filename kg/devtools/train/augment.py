"""Training-data augmentation for the Indonesian NER: entity substitution and boundary lessons.

Why: the two gold corpora hold about 3,100 sentences and a few thousand distinct names, so the
model learns the names it saw rather than what a name looks like, and it misses unseen
(foreign) names, glues party and office words to persons and types bare office words as
persons. The augmenter adds, next to each training sentence, seeded copies in which

- every entity is replaced by another name of the same label (persons from the many-culture
  name parts in ``person_names.tsv`` or other training mentions; places from the gazetteer's
  countries, cities and regions; organisations from the gazetteer and training mentions);
- a person mention gets an office, party or title prefix inserted before it
  (``person_prefixes.json``), annotated the way both corpora do: the title outside every span,
  the party/country/legislature in it as its own span;
- optionally the sentence is lowercased (spaCy's own ``lower_casing_augmenter``).

It is a spaCy augmenter (``[corpora.train.augmenter]`` in ``ner.cfg``), so it runs inside
``spacy train``, draws new copies every epoch and is reproducible from ``[system] seed``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.training.augment import make_lowercase_variant
from spacy.util import registry
from spacy.vocab import Vocab

from kg.nlp.gazetteer import load_gazetteer

__all__ = [
    "NamePools",
    "PersonNames",
    "Prefix",
    "create_ner_augmenter",
    "insert_prefix",
    "load_pools",
    "load_prefixes",
    "substitute_entities",
]

HERE = Path(__file__).resolve().parent
PERSON_NAMES = HERE / "person_names.tsv"
PERSON_PREFIXES = HERE / "person_prefixes.json"
# Gazetteer types per corpus label: the corpora label countries, cities and regions LOC.
_GAZETTEER_TYPES = {
    "LOC": frozenset({"Country", "City", "Region"}),
    "ORG": frozenset({"Organization"}),
}

Name = tuple[str, ...]
# A run of words and the entity label it forms, None for plain words, MISSING for words with
# no annotation (see convert.mark_untagged_places_missing).
Piece = tuple[list[str], list[bool], str | None]
MISSING = "-"


@dataclass(frozen=True)
class PersonNames:
    """Given and family name parts per culture, for composing person names of any length."""

    given: dict[str, tuple[Name, ...]]
    family: dict[str, tuple[Name, ...]]

    def compose(self, n_words: int, rng: random.Random) -> Name:
        """A name of about ``n_words`` words from one culture: "Budi", "Kenji Sato"."""
        culture = rng.choice(sorted(self.given))
        given = self.given[culture]
        family = self.family.get(culture, given)
        if n_words <= 1:
            return rng.choice(given + family)
        first = rng.choice(given)
        middle = rng.choice(given) if n_words >= 3 else ()
        return first + middle + rng.choice(family)


@dataclass(frozen=True)
class NamePools:
    """Replacement names per entity label; ``persons`` composes new person names."""

    mentions: dict[str, tuple[Name, ...]]
    persons: PersonNames

    def draw(self, label: str, n_words: int, rng: random.Random) -> Name | None:
        """A replacement for an ``n_words``-word ``label`` mention, or None to keep it."""
        if label == "PER" and rng.random() < 0.5:
            return self.persons.compose(n_words, rng)
        names = self.mentions.get(label)
        return rng.choice(names) if names else None


@dataclass(frozen=True)
class Prefix:
    """Words inserted before a person; slots are (position, label, candidate names)."""

    words: tuple[str, ...]
    slots: tuple[tuple[int, str, tuple[Name, ...]], ...]


def read_person_names(path: Path = PERSON_NAMES) -> PersonNames:
    """Parse ``culture<TAB>given|family<TAB>parts`` lines; ``_`` joins a multi-word part."""
    given: dict[str, list[Name]] = {}
    family: dict[str, list[Name]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            culture, kind, parts = line.split("\t")
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: expected three tab-separated columns") from exc
        target = {"given": given, "family": family}.get(kind)
        if target is None:
            raise ValueError(f"{path}:{number}: kind must be 'given' or 'family', not {kind!r}")
        names = [tuple(part.split("_")) for part in parts.split()]
        target.setdefault(culture, []).extend(names)
    return PersonNames(
        given={k: tuple(v) for k, v in given.items()},
        family={k: tuple(v) for k, v in family.items() if k in given},
    )


def _gazetteer_names(types: frozenset[str], lang: str = "id") -> set[Name]:
    """Indonesian surface forms (canonical name when none) of gazetteer entries of ``types``."""
    return {
        tuple(form.split())
        for entry in load_gazetteer().entries.values()
        if entry.type in types
        for form in entry.names.get(lang, ()) or (entry.name,)
    }


def training_mentions(docs: Sequence[Doc]) -> dict[str, set[Name]]:
    """Every distinct entity mention of the training docs, as words, per label."""
    mentions: dict[str, set[Name]] = {}
    for doc in docs:
        for ent in doc.ents:
            mentions.setdefault(ent.label_, set()).add(tuple(t.text for t in ent))
    return mentions


def load_pools(train_docs: Sequence[Doc], names_path: Path = PERSON_NAMES) -> NamePools:
    """Replacement names: training mentions plus gazetteer names (places, organisations).

    train_docs (Sequence[Doc]): Gold training docs; their mentions join the pools.
    names_path (Path): Person-name parts. Defaults to ``person_names.tsv`` beside this module.
    RETURNS (NamePools): Sorted pools, so a seed draws the same names on every machine.
    """
    pooled = training_mentions(train_docs)
    for label, types in _GAZETTEER_TYPES.items():
        pooled.setdefault(label, set()).update(_gazetteer_names(types))
    mentions = {label: tuple(sorted(names)) for label, names in sorted(pooled.items())}
    return NamePools(mentions=mentions, persons=read_person_names(names_path))


def load_prefixes(path: Path = PERSON_PREFIXES) -> list[Prefix]:
    """Read the boundary lessons: prefix templates whose ``{SLOT}`` words are entity slots."""
    data = json.loads(path.read_text(encoding="utf-8"))
    slots: dict[str, tuple[str, tuple[Name, ...]]] = {}
    for name, spec in data["slots"].items():
        if "values" in spec:
            values = {tuple(v.split()) for v in spec["values"]}
        else:
            values = _gazetteer_names(frozenset({spec["gazetteer"]}))
        slots[name] = (spec["label"], tuple(sorted(values)))
    prefixes = []
    for template in data["prefixes"]:
        words = tuple(template.split())
        found = []
        for i, word in enumerate(words):
            if word.startswith("{") and word.endswith("}"):
                if word[1:-1] not in slots:
                    raise ValueError(f"{path}: unknown slot {word} in {template!r}")
                found.append((i, *slots[word[1:-1]]))
        prefixes.append(Prefix(words=words, slots=tuple(found)))
    return prefixes


def _pieces(doc: Doc) -> list[Piece]:
    """Split a gold doc into runs of plain words, missing annotation and whole entities."""
    pieces: list[Piece] = []
    cursor = 0

    def plain(end: int) -> None:
        # Outside and missing runs stay apart, so a copy keeps what is unannotated.
        for missing, group in groupby(doc[cursor:end], key=lambda t: t.ent_iob == 0):
            tokens = list(group)
            label = MISSING if missing else None
            pieces.append(([t.text for t in tokens], [bool(t.whitespace_) for t in tokens], label))

    for ent in doc.ents:
        plain(ent.start)
        pieces.append(([t.text for t in ent], [bool(t.whitespace_) for t in ent], ent.label_))
        cursor = ent.end
    plain(len(doc))
    return pieces


def _doc(vocab: Vocab, pieces: Sequence[Piece]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    ents: list[tuple[str, int, int]] = []
    missing: list[tuple[int, int]] = []
    for piece_words, piece_spaces, label in pieces:
        start = len(words)
        words.extend(piece_words)
        spaces.extend(piece_spaces)
        if label == MISSING:
            missing.append((start, len(words)))
        elif label:
            ents.append((label, start, len(words)))
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.set_ents(
        [Span(doc, start, end, label=label) for label, start, end in ents],
        missing=[Span(doc, start, end) for start, end in missing],
    )
    return doc


def _name_piece(name: Name, label: str, trailing_space: bool) -> Piece:
    return list(name), [True] * (len(name) - 1) + [trailing_space], label


def substitute_entities(doc: Doc, pools: NamePools, rng: random.Random) -> Doc:
    """A copy of ``doc`` with every entity replaced by another name of the same label.

    doc (Doc): Gold doc with ``doc.ents``.
    pools (NamePools): Where replacement names come from.
    rng (random.Random): Seeded source of choices.
    RETURNS (Doc): New doc; the words around the entities and all whitespace are kept.
    """
    pieces = []
    for words, spaces, label in _pieces(doc):
        name = pools.draw(label, len(words), rng) if label and label != MISSING else None
        pieces.append(
            _name_piece(name, label, spaces[-1]) if name and label else (words, spaces, label)
        )
    return _doc(doc.vocab, pieces)


def insert_prefix(doc: Doc, prefix: Prefix, rng: random.Random) -> Doc | None:
    """A copy of ``doc`` with ``prefix`` inserted before one of its persons, or None if none.

    doc (Doc): Gold doc with ``doc.ents``.
    prefix (Prefix): The words to insert; each slot is filled with one of its names.
    rng (random.Random): Seeded source of choices.
    RETURNS (Doc | None): New doc with the prefix words outside every span and each slot
        filler its own span.
    """
    pieces = _pieces(doc)
    persons = [i for i, (_, _, label) in enumerate(pieces) if label == "PER"]
    if not persons:
        return None
    where = rng.choice(persons)
    inserted: list[Piece] = []
    slots = {position: (label, names) for position, label, names in prefix.slots}
    for i, word in enumerate(prefix.words):
        if i in slots:
            label, names = slots[i]
            inserted.append(_name_piece(rng.choice(names), label, True))
        else:
            inserted.append(([word], [True], None))
    return _doc(doc.vocab, pieces[:where] + inserted + pieces[where:])


@registry.augmenters("kg.ner_augmenter.v1")
def create_ner_augmenter(
    train_path: Path,
    seed: int = 0,
    substitute_level: float = 0.5,
    prefix_level: float = 0.2,
    lower_level: float = 0.0,
    names_path: Path | None = None,
    prefixes_path: Path | None = None,
) -> Callable[[Language, Example], Iterator[Example]]:
    """Create the augmenter ``[corpora.train.augmenter]`` names in ``ner.cfg``.

    train_path (Path): The training ``.spacy`` file; its mentions join the name pools.
    seed (int): Seed of the augmenter's own random generator. Defaults to 0.
    substitute_level (float): Share of sentences that get an entity-substituted copy.
    prefix_level (float): Share of sentences with a person that get a prefixed copy.
    lower_level (float): Share of yielded copies that are lowercased. Defaults to 0.
    names_path (Path | None): Person-name parts. Defaults to ``person_names.tsv``.
    prefixes_path (Path | None): Boundary lessons. Defaults to ``person_prefixes.json``.
    RETURNS (Callable): ``(nlp, example) -> Iterator[Example]``, the original example first.
    """
    docs = list(DocBin().from_disk(train_path).get_docs(Vocab()))
    pools = load_pools(docs, names_path or PERSON_NAMES)
    prefixes = load_prefixes(prefixes_path or PERSON_PREFIXES)
    rng = random.Random(seed)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        reference = example.reference
        copies: list[Doc | None] = []
        if reference.ents and rng.random() < substitute_level:
            copies.append(substitute_entities(reference, pools, rng))
        if rng.random() < prefix_level:
            copies.append(insert_prefix(reference, rng.choice(prefixes), rng))
        for copy in copies:
            if copy is None:
                continue
            made = Example(nlp.make_doc(copy.text), copy)
            if rng.random() < lower_level:
                made = make_lowercase_variant(nlp, made)
            yield made

    return augment
