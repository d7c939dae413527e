"""The NER training augmenter: substituted names keep labels and context, prefixes stay outside
person spans, the shipped name data parses, and a seed reproduces the same copies."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

from kg.devtools.train.augment import (
    NamePools,
    PersonNames,
    Prefix,
    create_ner_augmenter,
    insert_prefix,
    load_prefixes,
    read_person_names,
    substitute_entities,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("xx")


def gold(nlp, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def spans(doc: Doc) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in doc.ents]


@pytest.fixture()
def one_name_pools() -> NamePools:
    """Pools with one choice each, so every draw is known."""
    persons = PersonNames(given={"jp": (("Kenji",),)}, family={"jp": (("Sato",),)})
    mentions = {"LOC": (("Kota", "Surabaya"),), "ORG": (("Bank", "Dunia"),)}
    return NamePools(mentions=mentions, persons=persons)


def test_substitute_entities_keeps_labels_context_and_spacing(nlp, one_name_pools):
    doc = gold(
        nlp, ["Kata", "Budi", "Santoso", "di", "Jakarta", "."], [(1, 3, "PER"), (4, 5, "LOC")]
    )
    for seed in range(10):  # PER draws from both the name parts and the (empty) mention pool
        new = substitute_entities(doc, one_name_pools, random.Random(seed))
        assert [label for _, label in spans(new)] == ["PER", "LOC"]
        assert spans(new)[1] == ("Kota Surabaya", "LOC")
        assert spans(new)[0][0] in {"Kenji Sato", "Budi Santoso"}
        assert new[0].text == "Kata" and new[-1].text == "."
        assert new.text.startswith("Kata ") and not new.text.endswith(" ")


def test_substitute_entities_composes_foreign_person_names(nlp, one_name_pools):
    doc = gold(nlp, ["Menurut", "Budi", "Santoso", ","], [(1, 3, "PER")])
    names = {
        spans(substitute_entities(doc, one_name_pools, random.Random(seed)))[0][0]
        for seed in range(20)
    }
    assert "Kenji Sato" in names


def test_insert_prefix_keeps_titles_outside_person_span(nlp):
    doc = gold(nlp, ["kata", "Budi", "Santoso", "."], [(1, 3, "PER")])
    party = (("Partai", "Golkar"),)
    prefix = Prefix(words=("Ketua", "Umum", "{PARTY}"), slots=((2, "ORG", party),))
    new = insert_prefix(doc, prefix, random.Random(0))
    assert new is not None
    assert new.text == "kata Ketua Umum Partai Golkar Budi Santoso ."
    assert spans(new) == [("Partai Golkar", "ORG"), ("Budi Santoso", "PER")]
    assert all(new[i].ent_iob_ == "O" for i in (1, 2))


def test_copies_keep_missing_annotation_missing(nlp, one_name_pools):
    """Words the converter left unannotated (idner's untagged places) stay so in every copy."""
    doc = gold(nlp, ["Israel", "menolak", ",", "kata", "Budi", "."], [(4, 5, "PER")])
    doc.set_ents([], missing=[doc[0:1]], default="unmodified")
    prefix = Prefix(words=("Ketua",), slots=())
    for copy in (
        substitute_entities(doc, one_name_pools, random.Random(0)),
        insert_prefix(doc, prefix, random.Random(0)),
    ):
        assert copy is not None
        iob = {t.text: t.ent_iob_ for t in copy}
        assert iob["Israel"] == "" and iob["menolak"] == "O" and iob[","] == "O"
        assert [label for _, label in spans(copy)] == ["PER"]


def test_insert_prefix_needs_a_person(nlp):
    prefix = Prefix(words=("Ketua", "Fraksi"), slots=())
    no_person = gold(nlp, ["di", "Jakarta"], [(1, 2, "LOC")])
    with_person = gold(nlp, ["di", "Jakarta", ",", "Budi"], [(1, 2, "LOC"), (3, 4, "PER")])
    assert insert_prefix(no_person, prefix, random.Random(0)) is None
    made = insert_prefix(with_person, prefix, random.Random(0))
    assert made is not None and spans(made) == [("Jakarta", "LOC"), ("Budi", "PER")]
    assert "Fraksi Budi" in made.text


def test_shipped_person_names_cover_many_cultures():
    names = read_person_names()
    assert len(names.given) >= 15
    assert set(names.family) <= set(names.given)
    assert ("Nurul", "Izzah") in names.given["filipino_malay"]  # "_" joins two words


def test_read_person_names_rejects_a_bad_kind(tmp_path: Path):
    good = tmp_path / "good.tsv"
    good.write_text("# note\nx\tgiven\tAna Bo\n", encoding="utf-8")
    assert read_person_names(good).given == {"x": (("Ana",), ("Bo",))}
    bad = tmp_path / "bad.tsv"
    bad.write_text("x\tsurname\tAna\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        read_person_names(bad)


def test_shipped_prefixes_fill_every_slot():
    prefixes = load_prefixes()
    assert any(p.slots for p in prefixes) and any(not p.slots for p in prefixes)
    labels = {label for p in prefixes for _, label, names in p.slots if names}
    assert labels == {"ORG", "LOC"}
    assert all(names for p in prefixes for _, _, names in p.slots)
    countries = {
        n for p in prefixes for _, label, names in p.slots if label == "LOC" for n in names
    }
    assert ("Kazakhstan",) in countries and ("Jakarta",) not in countries


@pytest.fixture()
def train_file(nlp, tmp_path: Path) -> Path:
    docs = [
        gold(
            nlp, ["Kata", "Budi", "Santoso", "di", "Jakarta", "."], [(1, 3, "PER"), (4, 5, "LOC")]
        ),
        gold(nlp, ["Partai", "Golkar", "menang", "."], [(0, 2, "ORG")]),
    ]
    path = tmp_path / "train.spacy"
    DocBin(docs=docs).to_disk(path)
    return path


def run(nlp, train_file: Path, **levels) -> list[list[str]]:
    augment = create_ner_augmenter(train_file, **levels)
    docs = list(DocBin().from_disk(train_file).get_docs(nlp.vocab))
    out = []
    for _ in range(5):
        for doc in docs:
            out.append(
                [ex.reference.text for ex in augment(nlp, Example(nlp.make_doc(doc.text), doc))]
            )
    return out


def test_augmenter_is_reproducible_from_its_seed(nlp, train_file):
    first = run(nlp, train_file, seed=1, substitute_level=1.0, prefix_level=1.0)
    assert first == run(nlp, train_file, seed=1, substitute_level=1.0, prefix_level=1.0)
    assert first != run(nlp, train_file, seed=2, substitute_level=1.0, prefix_level=1.0)
    # The original comes first; the person sentence gets two copies, the ORG one only one.
    assert all(texts[0] == "Kata Budi Santoso di Jakarta ." for texts in first[::2])
    assert {len(texts) for texts in first[::2]} == {3} and {len(t) for t in first[1::2]} == {2}


def test_augmenter_levels_zero_yield_only_the_original(nlp, train_file):
    out = run(nlp, train_file, substitute_level=0.0, prefix_level=0.0)
    assert {len(texts) for texts in out} == {1}


def test_augmenter_lowercases_copies(nlp, train_file):
    out = run(nlp, train_file, substitute_level=1.0, prefix_level=0.0, lower_level=1.0)
    copies = [text for texts in out for text in texts[1:]]
    originals = [texts[0] for texts in out]
    assert copies and all(text == text.lower() for text in copies)
    assert all(text != text.lower() for text in originals)


def test_ner_config_resolves_the_augmenter(train_file):
    """ner.cfg names the augmenter with arguments its factory accepts."""
    from spacy.util import load_config, registry

    import kg.devtools.train.build as build

    paths = {"paths.train": str(train_file), "paths.dev": str(train_file)}
    config = load_config(build.HERE / "ner.cfg", overrides=paths)
    corpora = registry.resolve(config.interpolate()["corpora"])
    from spacy.training.augment import dont_augment

    assert callable(corpora["train"].augmenter)
    assert corpora["train"].augmenter is not dont_augment
    assert corpora["dev"].augmenter is dont_augment  # dev sentences are scored as they are
