"""Convert the shared corpora into spaCy ``.spacy`` DocBin files.

Why a script and not ``spacy convert``: the NER corpora come in two column layouts with
different label names (NERGrit says PERSON/PLACE/ORGANISATION), idner-news-2k has CRLF line
endings, and the UD files need their clitic multiword tokens (``menyetujuinya`` =
``menyetujui`` + ``nya``) merged, because spaCy's Indonesian tokenizer does not split them at
run time. Doing this in one place keeps the conversion reproducible from the corpora folder.

Outputs (one file per split, train splits only are used for training)::

    ner-train.spacy        idner-news-2k train + NERGrit train
    ner-dev.spacy          idner-news-2k dev + NERGrit valid (early stopping on both domains)
    ner-test-idner.spacy   idner-news-2k test
    ner-test-nergrit.spacy NERGrit test
    ud-train.spacy         UD Indonesian-CSUI train + UD Indonesian-PUD
    ud-dev.spacy           UD Indonesian-GSD dev (early stopping)
    ud-test-gsd.spacy      UD Indonesian-GSD test
    ud-test-csui.spacy     UD Indonesian-CSUI test
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from kg.nlp.gazetteer import load_gazetteer

__all__ = [
    "NERGRIT_LABELS",
    "PLACE_TYPES",
    "convert_all",
    "gazetteer_place",
    "guess_spaces",
    "mark_untagged_places_missing",
    "ner_docs",
    "read_conll_ner",
    "ud_docs",
]

#: Gazetteer types the corpora tag LOC: countries, cities and regions.
PLACE_TYPES = frozenset({"Country", "City", "Region"})

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"

#: NERGrit label names mapped onto the project's PER/LOC/ORG.
NERGRIT_LABELS: dict[str, str] = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}

# Light detokenisation: the NER corpora store one token per line, so the original spacing is
# lost. Real text has no space before closing punctuation or after opening brackets; giving the
# tokenizer text that looks like that makes training see run-time tokenisation.
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]}%]+$")
_NO_SPACE_AFTER = re.compile(r"^[(\[{]+$")


def read_conll_ner(
    path: Path, *, tag_column: int = -1, label_map: dict[str, str] | None = None
) -> Iterator[tuple[list[str], list[str]]]:
    """Yield ``(words, iob_tags)`` per sentence from a one-token-per-line file.

    path (Path): File with whitespace-separated columns, blank line between sentences.
    tag_column (int): Column holding the IOB2 tag. Defaults to the last one.
    label_map (dict | None): Renames entity labels (``PERSON`` -> ``PER``). Defaults to none.
    RETURNS (Iterator[tuple[list[str], list[str]]]): Words and IOB2 tags per sentence.
    """
    label_map = label_map or {}
    words: list[str] = []
    tags: list[str] = []
    # CRLF files: the universal-newline mode of read_text drops the "\r".
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        tag = cols[tag_column]
        if tag != "O":
            prefix, label = tag.split("-", 1)
            tag = f"{prefix}-{label_map.get(label, label)}"
        words.append(cols[0])
        tags.append(tag)
    if words:
        yield words, tags


def guess_spaces(words: Sequence[str]) -> list[bool]:
    """Guess ``Doc`` whitespace so the text reads like running prose."""
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(
            nxt is not None and not _NO_SPACE_BEFORE.match(nxt) and not _NO_SPACE_AFTER.match(word)
        )
    return spaces


def ner_docs(vocab: Vocab, sentences: Iterable[tuple[list[str], list[str]]]) -> list[Doc]:
    """Make one gold ``Doc`` per sentence with ``doc.ents`` set from IOB2 tags.

    vocab (Vocab): Shared vocab.
    sentences (Iterable): ``(words, iob_tags)`` pairs, as from ``read_conll_ner``.
    RETURNS (list[Doc]): The annotated docs.
    """
    docs = []
    for words, tags in sentences:
        doc = Doc(vocab, words=words, spaces=guess_spaces(words))
        spans: list[Span] = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        doc.ents = spans
        docs.append(doc)
    return docs


def gazetteer_place(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a country, city or region name."""
    entry = load_gazetteer().lookup(text)
    return entry is not None and entry.type in PLACE_TYPES


def mark_untagged_places_missing(
    docs: Sequence[Doc], is_place: Callable[[str], bool] = gazetteer_place, max_words: int = 4
) -> int:
    """Turn untagged place names into missing annotation, so they teach the NER nothing.

    Why: idner-news-2k tags a country or city ``LOC`` only where it is a location ("di
    Indonesia", "ke Jepang") and leaves it untagged where it acts or qualifies ("Indonesia
    menolak", "tim Indonesia", "bahasa Indonesia"); NERGrit tags every mention. Trained on both,
    the NER hears "LOC" and "not an entity" for the same words, and kg needs every mention.
    Missing (neither entity nor outside) drops idner's half of the contradiction without
    claiming a label idner did not give. Capitalised runs only; a one-word run that the docs
    also use in lower case ("Lima" = five, "Bursa" = exchange) is an ordinary word, not a name.

    docs (Sequence[Doc]): Gold docs, changed in place.
    is_place (Callable[[str], bool]): Says whether a text is a place name. Defaults to the
        gazetteer's countries, cities and regions.
    max_words (int): Longest run looked up. Defaults to 4 ("Republik Demokratik Kongo").
    RETURNS (int): How many runs were marked missing.
    """
    lowercase = {t.text for doc in docs for t in doc if t.text.islower()}
    marked = 0
    for doc in docs:
        found: list[Span] = []
        i = 0
        while i < len(doc):
            run = None
            if doc[i].ent_iob_ == "O" and doc[i].text[:1].isupper():
                for n in range(min(max_words, len(doc) - i), 0, -1):
                    span = doc[i : i + n]
                    if any(t.ent_iob_ != "O" or t.is_punct for t in span):
                        continue
                    if n == 1 and span.text.lower() in lowercase:
                        continue
                    if is_place(span.text):
                        run = span
                        break
            if run is None:
                i += 1
                continue
            found.append(run)
            i = run.end
        if found:
            doc.set_ents([], missing=found, default="unmodified")
            marked += len(found)
    return marked


def ud_docs(path: Path, *, n_sents: int) -> list[Doc]:
    """Read a CoNLL-U file into gold docs with POS, morphology, lemmas and dependencies.

    Multiword tokens are merged (the head subtoken's POS/dep is kept, features are united)
    because the run-time tokenizer keeps clitics such as ``-nya`` attached.

    path (Path): The ``.conllu`` file.
    n_sents (int): Sentences per doc; more than one lets the parser learn sentence boundaries.
    RETURNS (list[Doc]): The annotated docs.
    """
    text = path.read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=True, no_print=True))


def _save(docs: list[Doc], path: Path) -> dict[str, int]:
    """Write docs to a DocBin and return counts for the conversion report."""
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return {
        "docs": len(docs),
        "tokens": sum(len(d) for d in docs),
        "ents": sum(len(d.ents) for d in docs),
        "missing_tokens": sum(t.ent_iob == 0 for d in docs for t in d),
    }


def convert_all(
    corpora: Path, out_dir: Path, *, idner_places_missing: bool = False
) -> dict[str, dict[str, int]]:
    """Convert every split the build uses and write ``stats.json`` next to them.

    corpora (Path): The shared corpora folder (holds ``idner-news-2k/`` etc.).
    out_dir (Path): Where the ``.spacy`` files go; created if missing.
    idner_places_missing (bool): Mark idner-news-2k train's untagged place names missing
        (``mark_untagged_places_missing``; measured worse on dev, see MODEL_CARD.md
        "Experiments"). Dev and test splits are never changed. Defaults to False.
    RETURNS (dict): Per output file, its number of docs, tokens, entities and missing tokens.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab
    idner = corpora / "idner-news-2k"
    grit = corpora / "indonlu-nergrit"
    csui = corpora / "ud-indonesian-csui"
    gsd = corpora / "ud-indonesian-gsd"
    pud = corpora / "ud-indonesian-pud"

    def idner_split(name: str) -> list[Doc]:
        return ner_docs(vocab, read_conll_ner(idner / f"{name}.txt"))

    def grit_split(name: str) -> list[Doc]:
        sents = read_conll_ner(grit / f"{name}_preprocess.txt", label_map=NERGRIT_LABELS)
        return ner_docs(vocab, sents)

    idner_train = idner_split("train")
    if idner_places_missing:
        mark_untagged_places_missing(idner_train)
    outputs: dict[str, list[Doc]] = {
        "ner-train": idner_train + grit_split("train"),
        "ner-dev": idner_split("dev") + grit_split("valid"),
        "ner-test-idner": idner_split("test"),
        "ner-test-nergrit": grit_split("test"),
        "ud-train": ud_docs(csui / "id_csui-ud-train.conllu", n_sents=10)
        + ud_docs(pud / "id_pud-ud-test.conllu", n_sents=10),
        "ud-dev": ud_docs(gsd / "id_gsd-ud-dev.conllu", n_sents=10),
        # Test docs hold one sentence each: scores use gold sentence boundaries.
        "ud-test-gsd": ud_docs(gsd / "id_gsd-ud-test.conllu", n_sents=1),
        "ud-test-csui": ud_docs(csui / "id_csui-ud-test.conllu", n_sents=1),
    }
    stats = {name: _save(docs, out_dir / f"{name}.spacy") for name, docs in outputs.items()}
    (out_dir / "stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    return stats


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m kg.devtools.train.convert [--corpora DIR] [--out DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "model" / "corpus")
    parser.add_argument(
        "--idner-places-missing",
        action="store_true",
        help="mark idner train's untagged place names missing (experiment E4, not shipped)",
    )
    args = parser.parse_args(argv)
    stats = convert_all(args.corpora, args.out, idner_places_missing=args.idner_places_missing)
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
