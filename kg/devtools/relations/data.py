"""Read the relation annotations and rebuild their sentences from the shared corpora.

Why a reader rather than a plain JSON load: the annotation file holds labels and character
offsets only, so each sentence must be rebuilt from its corpus and checked against the hash
recorded when it was annotated; a corpus that changed under the labels must stop the reader
with the sentence named, not shift every offset silently. The reader also decides the
held-back fifth (:func:`is_heldback`), which no rule or model may be tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.devtools.relations.corpus import DEFAULT_CORPORA, CorpusError, read_sentences, sentence_hash
from kg.schema import symmetric_relations

__all__ = [
    "ANNOTATIONS",
    "AnnotatedSentence",
    "AnnotationError",
    "Entity",
    "HardNegative",
    "LABELS",
    "PREDICATES",
    "Relation",
    "SYMMETRIC",
    "is_heldback",
    "data_parser",
    "iter_records",
    "load_annotations",
    "load_for_cli",
    "sentence_key",
]

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations.jsonl"
PREDICATES = ("visited", "met", "borders", "officialOf", "locatedIn", "invaded")
SYMMETRIC = symmetric_relations()  # owl:SymmetricProperty in ontology/kg.ttl
#: kg's schema names a containment by the larger place's kind (``locatedIn`` a country,
#: ``withinArea`` anything smaller, as Wikidata's P17 and P131); the annotations, following
#: GUIDELINES.md, call both locatedIn. Applied to kg's output wherever it meets them.
AS_ANNOTATED = {"withinArea": "locatedIn"}


def annotated_predicate(predicate: str) -> str:
    """The annotations' name for one of kg's predicates.

    >>> annotated_predicate("withinArea"), annotated_predicate("visited")
    ('locatedIn', 'visited')
    """
    return AS_ANNOTATED.get(predicate, predicate)
LABELS = ("PER", "LOC", "ORG")
#: One sentence in ``HELDBACK_MODULUS`` (by key hash) is held back: 20%.
HELDBACK_MODULUS = 5


class AnnotationError(CorpusError):
    """An annotation line is malformed or no longer matches its corpus sentence."""


@dataclass(frozen=True)
class Entity:
    """A named entity: character offsets into the sentence text (end exclusive) and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Relation:
    """``entities[s] p entities[o]``; for ``met``/``borders`` the order carries no meaning."""

    s: int
    o: int
    p: str


@dataclass(frozen=True)
class HardNegative(Relation):
    """A tempting pair that is not the relation ``p``, and why (e.g. "residence: tinggal di")."""

    why: str = ""


@dataclass(frozen=True)
class AnnotatedSentence:
    """One annotated sentence with its text rebuilt from the corpus.

    key (str): ``corpus/split/sent``, the sentence's identity.
    text (str): The corpus tokens joined by single spaces.
    entities (tuple[Entity, ...]): Named entities in text order.
    relations (tuple[Relation, ...]): Positive pairs; every other entity pair is "none".
    hard_negatives (tuple[HardNegative, ...]): Tempting pairs that are "none".
    heldback (bool): In the held-back fifth: never tune a rule or a model on it.
    annotator (str): Who labelled it.
    """

    key: str
    text: str
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    hard_negatives: tuple[HardNegative, ...]
    heldback: bool
    annotator: str

    @property
    def corpus(self) -> str:
        """The corpus name, first part of the key."""
        return self.key.split("/")[0]

    @property
    def split(self) -> str:
        """The split name, second part of the key."""
        return self.key.split("/")[1]

    def surface(self, index: int) -> str:
        """The text of entity ``index``."""
        ent = self.entities[index]
        return self.text[ent.start : ent.end]


def sentence_key(corpus: str, split: str, sent: int) -> str:
    """The key naming a sentence: ``corpus/split/sent`` (``sent`` is 0-based in file order)."""
    return f"{corpus}/{split}/{sent}"


def is_heldback(key: str) -> bool:
    """Whether a sentence is in the held-back fifth, decided by the SHA-1 of its key alone.

    Why by key: the choice must not move when labels are corrected or sentences are added, and
    anyone can recompute it without the data.

    >>> is_heldback("idner-news-2k/train/0") in (True, False)
    True
    """
    digest = hashlib.sha1(f"heldback:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % HELDBACK_MODULUS == 0


def iter_records(path: Path = ANNOTATIONS) -> Iterator[tuple[int, dict]]:
    """``(line number, record)`` for each non-blank line of an annotation file."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotationError(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AnnotationError(f"{path}:{number}: not JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise AnnotationError(f"{path}:{number}: not a JSON object")
            yield number, record


def _pairs(record: dict, field: str, n_ents: int, where: str) -> Iterator[dict]:
    for item in record.get(field, []):
        s, o, p = item.get("s"), item.get("o"), item.get("p")
        if not (isinstance(s, int) and isinstance(o, int) and 0 <= s < n_ents and 0 <= o < n_ents):
            raise AnnotationError(f"{where}: {field} {item} names no entity of the sentence")
        if s == o:
            raise AnnotationError(f"{where}: {field} {item} relates an entity to itself")
        if p not in PREDICATES:
            raise AnnotationError(f"{where}: {field} {item}: unknown predicate {p!r}")
        yield item


def _sentence(record: dict, corpora_dir: Path, where: str) -> AnnotatedSentence:
    try:
        corpus, split, sent = record["corpus"], record["split"], record["sent"]
        digest = record["sha1"]
    except KeyError as exc:
        raise AnnotationError(f"{where}: missing field {exc}") from exc
    key = sentence_key(corpus, split, sent)
    sentences = read_sentences(corpora_dir, corpus, split)
    if not isinstance(sent, int) or not 0 <= sent < len(sentences):
        raise AnnotationError(f"{where}: {key}: no such sentence")
    corpus_sentence = sentences[sent]
    text = corpus_sentence.text
    if sentence_hash(text) != digest:
        raise AnnotationError(
            f"{where}: {key}: sentence text changed (sha1 {sentence_hash(text)}, annotated "
            f"{digest}); re-check its labels"
        )
    starts, ends = corpus_sentence.token_starts(), corpus_sentence.token_ends()
    entities = []
    for ent in record.get("entities", []):
        start, end, label = ent.get("start"), ent.get("end"), ent.get("label")
        if start not in starts or end not in ends or not start < end or label not in LABELS:
            raise AnnotationError(f"{where}: {key}: entity {ent} is not a token span with a label")
        entities.append(Entity(start, end, label))
    n = len(entities)
    relations = tuple(
        Relation(r["s"], r["o"], r["p"]) for r in _pairs(record, "relations", n, where)
    )
    negatives = tuple(
        HardNegative(r["s"], r["o"], r["p"], str(r.get("why", "")))
        for r in _pairs(record, "hard_negatives", n, where)
    )
    return AnnotatedSentence(
        key=key,
        text=text,
        entities=tuple(entities),
        relations=relations,
        hard_negatives=negatives,
        heldback=is_heldback(key),
        annotator=str(record.get("annotator", "")),
    )


def load_annotations(
    corpora_dir: Path = DEFAULT_CORPORA, path: Path = ANNOTATIONS
) -> list[AnnotatedSentence]:
    """Every annotated sentence, its text rebuilt from the corpora and its hash checked.

    corpora_dir (Path): The shared corpora folder. Defaults to ``../shared/corpora``.
    path (Path): An annotation file. Defaults to the shipped ``annotations.jsonl``.
    RETURNS (list[AnnotatedSentence]): In file order.
    RAISES AnnotationError: on a malformed line, a duplicate key, a hash mismatch (naming the
        sentence) or an entity off the token boundaries; CorpusError when a corpus is missing.
    """
    out: list[AnnotatedSentence] = []
    seen: set[str] = set()
    for number, record in iter_records(path):
        sentence = _sentence(record, Path(corpora_dir), f"{Path(path).name}:{number}")
        if sentence.key in seen:
            raise AnnotationError(f"{Path(path).name}:{number}: {sentence.key} annotated twice")
        seen.add(sentence.key)
        out.append(sentence)
    return out


def data_parser(doc: str) -> argparse.ArgumentParser:
    """An argument parser with the options every data command shares (``--corpora``,
    ``--file``), described by the first line of the command's module docstring."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--file", type=Path, default=ANNOTATIONS)
    return parser


def load_for_cli(args: argparse.Namespace) -> list[AnnotatedSentence] | None:
    """The annotations for a command line: None, after a one-line error on stderr, when they
    cannot be loaded (a missing corpus, a changed sentence), so the command exits 2."""
    try:
        return load_annotations(args.corpora, args.file)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
