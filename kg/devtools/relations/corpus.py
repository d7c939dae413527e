"""Rebuild annotated sentences from the shared corpora, so the repository stores no corpus text.

Why rebuild rather than copy: the corpora carry their own licences (MIT, CC BY-SA 4.0) and live
outside the repository; the annotation files only name a sentence by corpus, split and index
and pin its text with a short hash. A sentence's text is its tokens joined by single spaces
(CoNLL-U: the surface form of each multiword token, e.g. ``menyetujuinya``, not its parts), so
every character offset in the annotations is reproducible from the corpus files alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.devtools.train.convert import read_conll_ner
from kg.errors import KgError

__all__ = [
    "CORPUS_FILES",
    "DEFAULT_CORPORA",
    "LABEL_MAPS",
    "NEWS_FILES",
    "CorpusError",
    "CorpusSentence",
    "read_sentences",
    "sentence_hash",
]

DEFAULT_CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"

#: The four news splits of the first release: the audit (``kg.devtools.audit``) and the common
#: word list read exactly these, whatever else gets annotated.
NEWS_FILES: dict[tuple[str, str], str] = {
    ("idner-news-2k", "train"): "idner-news-2k/train.txt",
    ("idner-news-2k", "dev"): "idner-news-2k/dev.txt",
    ("ud-indonesian-csui", "train"): "ud-indonesian-csui/id_csui-ud-train.conllu",
    ("ud-indonesian-gsd", "dev"): "ud-indonesian-gsd/id_gsd-ud-dev.conllu",
}

#: The only (corpus, split) pairs annotated; test splits are never read. NERGrit's train and
#: valid splits were added (issue 10) once the four news splits had no unread sentence with a
#: name left: see the README, "Second round".
CORPUS_FILES: dict[tuple[str, str], str] = {
    **NEWS_FILES,
    ("indonlu-nergrit", "train"): "indonlu-nergrit/train_preprocess.txt",
    ("indonlu-nergrit", "valid"): "indonlu-nergrit/valid_preprocess.txt",
}

#: Corpus NER labels renamed to kg's (NERGrit's PERSON/PLACE/ORGANISATION), per corpus.
LABEL_MAPS: dict[str, dict[str, str]] = {
    "indonlu-nergrit": {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"},
}


class CorpusError(KgError):
    """A corpus file is missing, unreadable, or a sentence is not where the annotations say."""


@dataclass(frozen=True)
class CorpusSentence:
    """One corpus sentence as the annotations see it.

    tokens (tuple[str, ...]): Surface tokens in order.
    text (str): The tokens joined by single spaces; every offset refers to it.
    gold_entities (tuple[tuple[int, int, str], ...]): The corpus's own NER spans as character
        offsets (idner-news-2k only; empty for the UD treebanks, which have no NER).
    """

    tokens: tuple[str, ...]
    text: str
    gold_entities: tuple[tuple[int, int, str], ...] = ()

    def token_starts(self) -> frozenset[int]:
        """Character offsets where a token begins (an entity must start on one)."""
        return frozenset(_token_offsets(self.tokens)[0])

    def token_ends(self) -> frozenset[int]:
        """Character offsets where a token ends (an entity must end on one)."""
        return frozenset(_token_offsets(self.tokens)[1])


def sentence_hash(text: str) -> str:
    """The first 10 hex digits of the SHA-1 of ``text``: enough to notice a changed sentence.

    >>> sentence_hash("Jokowi tiba di Jakarta .")
    '80a707f59f'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _token_offsets(tokens: tuple[str, ...]) -> tuple[list[int], list[int]]:
    starts, ends, pos = [], [], 0
    for token in tokens:
        starts.append(pos)
        ends.append(pos + len(token))
        pos += len(token) + 1
    return starts, ends


def _iob_spans(tokens: tuple[str, ...], tags: list[str]) -> tuple[tuple[int, int, str], ...]:
    """IOB2 token tags to character spans over the space-joined text."""
    starts, ends = _token_offsets(tokens)
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (
            tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:])
        ):
            spans.append((starts[i], ends[i], tag[2:]))
        elif tag.startswith("I-"):
            spans[-1] = (spans[-1][0], ends[i], spans[-1][2])
    return tuple(spans)


def _conllu_tokens(path: Path) -> Iterator[tuple[str, ...]]:
    """Surface tokens per sentence: a multiword token's own form, never its syntactic words."""
    tokens: list[str] = []
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                yield tuple(tokens)
            tokens, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        ident = cols[0]
        if "-" in ident:
            first, last = ident.split("-")
            tokens.append(cols[1])
            skip_until = int(last)
        elif "." in ident:
            continue  # empty nodes carry no surface form
        elif int(ident) > skip_until:
            tokens.append(cols[1])
    if tokens:
        yield tuple(tokens)


@lru_cache(maxsize=8)
def _read(corpora_dir: Path, corpus: str, split: str) -> tuple[CorpusSentence, ...]:
    rel = CORPUS_FILES.get((corpus, split))
    if rel is None:
        known = ", ".join(f"{c}/{s}" for c, s in CORPUS_FILES)
        raise CorpusError(f"{corpus}/{split} is not an annotated split (known: {known})")
    path = corpora_dir / rel
    if not path.is_file():
        raise CorpusError(f"corpus file not found: {path}")
    if path.suffix == ".conllu":
        return tuple(CorpusSentence(t, " ".join(t)) for t in _conllu_tokens(path))
    out = []
    for words, tags in read_conll_ner(path, label_map=LABEL_MAPS.get(corpus)):
        tokens = tuple(words)
        out.append(CorpusSentence(tokens, " ".join(tokens), _iob_spans(tokens, tags)))
    return tuple(out)


def read_sentences(corpora_dir: Path, corpus: str, split: str) -> tuple[CorpusSentence, ...]:
    """Every sentence of one annotated split, in file order (the ``sent`` index is 0-based).

    corpora_dir (Path): The shared corpora folder (holds ``idner-news-2k/`` etc.).
    corpus (str): ``idner-news-2k``, ``ud-indonesian-csui``, ``ud-indonesian-gsd`` or
        ``indonlu-nergrit``.
    split (str): ``train``, ``dev`` or ``valid`` as listed in ``CORPUS_FILES``.
    RETURNS (tuple[CorpusSentence, ...]): The sentences; cached per process.
    """
    return _read(Path(corpora_dir).resolve(), corpus, split)
