"""Choose the sentences to annotate and print them in batches with entity markers.

Why a seeded selection: the annotated set must contain every sentence with a relation-like
trigger (where the positives and the hard negatives are) and also ordinary sentences with
two or more entities, so that the "none" pairs a classifier learns from are the ones real news
has. The choice is a pure function of the corpora and the seed, so it can be redone.

Run ``python -m kg.devtools.relations.batches --batch N`` to print batch N (100 sentences) with
``[i text|LABEL]`` markers; the UD treebanks have no NER, so their entities come from kg's
Indonesian pipeline and are corrected by the annotator.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.devtools.relations.corpus import (
    CORPUS_FILES,
    DEFAULT_CORPORA,
    NEWS_FILES,
    read_sentences,
)

__all__ = [
    "Candidate",
    "TRIGGER",
    "candidates",
    "marked",
    "merge_spans",
    "model_entities",
    "selection",
]

SEED = 20261201
BATCH = 100
#: Share of the trigger-free sentences (with two or more entities) that is sampled: all of them,
#: since the four splits hold only 1,206 sentences with two or more entities.
OTHER_SHARE = 1.0
MODEL = Path(__file__).resolve().parents[2] / "nlp" / "models" / "id_kg_news"

#: Words that often carry one of the six relations (or a tempting non-relation).
TRIGGER = re.compile(
    r"\b(kunjung\w*|berkunjung|tiba|datang\w*|bertemu|pertemuan|temu\w*|menerima|diterima|"
    r"menyambut|disambut|berbatas\w*|perbatasan|presiden|menteri|menlu|ketua|gubernur|bupati|"
    r"wali ?kota|walikota|duta besar|dubes|wakil|ibu ?kota|kota|provinsi|kabupaten|direktur|"
    r"kepala|juru bicara|jubir|sekretaris|anggota|pimpinan|pemimpin|perdana menteri|raja|"
    r"invasi|menyerang|menginvasi|serangan|tinggal|berada|berkantor|menelepon|kepada|"
    r"mantan|akan|berencana|ingin|diperkirakan|ke|di)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may be annotated: its key, text, entities and whether it has a trigger."""

    corpus: str
    split: str
    sent: int
    text: str
    entities: tuple[tuple[int, int, str], ...]
    trigger: bool


def model_entities(texts: list[tuple[str, ...]]) -> list[tuple[tuple[int, int, str], ...]]:
    """kg's Indonesian NER on pre-tokenised sentences, as character spans of the joined text."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(MODEL)
    out = []
    docs = (Doc(nlp.vocab, words=list(tokens)) for tokens in texts)
    for doc in nlp.pipe(docs, batch_size=64):
        out.append(tuple((e.start_char, e.end_char, e.label_) for e in doc.ents))
    return out


def merge_spans(
    gold: tuple[tuple[int, int, str], ...], found: tuple[tuple[int, int, str], ...]
) -> tuple[tuple[int, int, str], ...]:
    """The corpus's gold spans plus the model's spans that overlap none of them.

    Why: idner-news-2k leaves some names unmarked (countries in lists, for example); the model
    proposes them and the annotator keeps or removes each one.
    """
    extra = [f for f in found if all(f[1] <= g[0] or g[1] <= f[0] for g in gold)]
    return tuple(sorted([*gold, *extra]))


def candidates(
    corpora_dir: Path = DEFAULT_CORPORA,
    min_entities: int = 2,
    files: Iterable[tuple[str, str]] = CORPUS_FILES,
) -> list[Candidate]:
    """Every sentence of the annotated splits (or of ``files``) with at least ``min_entities``
    found entities, in file order."""
    out: list[Candidate] = []
    for corpus, split in files:
        sentences = read_sentences(corpora_dir, corpus, split)
        found = model_entities([s.tokens for s in sentences])
        ents = [merge_spans(s.gold_entities, m) for s, m in zip(sentences, found, strict=True)]
        for i, (sentence, spans) in enumerate(zip(sentences, ents, strict=True)):
            if len(spans) >= min_entities:
                trig = bool(TRIGGER.search(sentence.text))
                out.append(Candidate(corpus, split, i, sentence.text, spans, trig))
    return out


def selection(cands: list[Candidate], seed: int = SEED) -> list[Candidate]:
    """The batch order: four stages, each shuffled with the seed.

    Stages 1 to 3 read the four news splits (``NEWS_FILES``). Stage 1: every sentence with two
    or more found entities that has a trigger, plus a seeded sample (``OTHER_SHARE``) of those
    without. Stage 2: sentences with exactly one found entity and a trigger, read to add the
    names the NER missed (a sentence enters the data only when it then has two entities).
    Stage 3: the one-entity sentences without a trigger, read the same way. Stage 4 (issue 10,
    once the news splits were read out): every sentence of the other annotated splits (NERGrit
    train and valid) with two or more found entities, trigger or not, shuffled. Each stage
    comes after the one before, so earlier batches never move.
    """
    rng = random.Random(seed)
    extra = [c for c in cands if (c.corpus, c.split) not in NEWS_FILES]
    cands = [c for c in cands if (c.corpus, c.split) in NEWS_FILES]
    two = [c for c in cands if len(c.entities) >= 2]
    others = [c for c in two if not c.trigger]
    first = [c for c in two if c.trigger] + rng.sample(others, round(len(others) * OTHER_SHARE))
    rng.shuffle(first)
    second = [c for c in cands if len(c.entities) == 1 and c.trigger]
    rng.shuffle(second)
    third = [c for c in cands if len(c.entities) == 1 and not c.trigger]
    rng.shuffle(third)
    fourth = [c for c in extra if len(c.entities) >= 2]
    rng.shuffle(fourth)
    return first + second + third + fourth


def marked(c: Candidate) -> str:
    """The sentence with ``[i text|LABEL]`` around each entity."""
    parts, pos = [], 0
    for i, (start, end, label) in enumerate(c.entities):
        parts.append(c.text[pos:start])
        parts.append(f"[{i} {c.text[start:end]}|{label}]")
        pos = end
    parts.append(c.text[pos:])
    return "".join(parts)


def main(argv: list[str] | None = None) -> None:
    """Print one batch of the selection."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--batch", type=int, default=0)
    args = parser.parse_args(argv)
    chosen = selection(candidates(args.corpora, min_entities=1))
    for c in chosen[args.batch * BATCH : (args.batch + 1) * BATCH]:
        print(f"{c.corpus}/{c.split}/{c.sent}\t{marked(c)}")


if __name__ == "__main__":
    main()
