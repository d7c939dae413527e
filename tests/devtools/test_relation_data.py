"""The annotated relation data: well-formed, anchored to its corpus sentences, and honest tools.

Tests marked by ``needs_corpora`` rebuild sentence text from ``../shared/corpora`` and skip,
saying why, where it is absent (CI has it). The others read only the annotation file or build
a tiny corpus folder of their own.
"""

from __future__ import annotations

import doctest
import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from kg.devtools.relations import agreement as agreement_mod
from kg.devtools.relations import corpus as corpus_mod
from kg.devtools.relations import data as data_mod
from kg.devtools.relations import stats as stats_mod
from kg.devtools.relations.agreement import agreement, agreement_sample, cohen_kappa
from kg.devtools.relations.batches import marked, merge_spans
from kg.devtools.relations.corpus import DEFAULT_CORPORA, CorpusError, read_sentences, sentence_hash
from kg.devtools.relations.data import (
    ANNOTATIONS,
    LABELS,
    PREDICATES,
    AnnotationError,
    is_heldback,
    load_annotations,
    sentence_key,
)
from kg.errors import KgError

HERE = Path(ANNOTATIONS).parent
SAMPLE = HERE / "agreement_sample.txt"
SAMPLE_2 = HERE / "agreement_sample_2.txt"
#: Lines of annotations.jsonl at the first release; the second round (issue 10) follows them.
FIRST_RELEASE = 1170
needs_corpora = pytest.mark.skipif(
    not (DEFAULT_CORPORA / "idner-news-2k" / "train.txt").is_file(),
    reason=f"the shared corpora are not at {DEFAULT_CORPORA} (the reader rebuilds text from them)",
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in ANNOTATIONS.read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def loaded() -> list[data_mod.AnnotatedSentence]:
    if not (DEFAULT_CORPORA / "idner-news-2k" / "train.txt").is_file():
        pytest.skip(f"the shared corpora are not at {DEFAULT_CORPORA}")
    return load_annotations()


def test_relation_data_file_parses_with_valid_indices_and_predicates(records):
    assert len(records) >= 1000
    keys = Counter(sentence_key(r["corpus"], r["split"], r["sent"]) for r in records)
    assert keys.most_common(1)[0][1] == 1, "a sentence is annotated twice"
    for r in records:
        assert (r["corpus"], r["split"]) in corpus_mod.CORPUS_FILES
        assert re.fullmatch(r"[0-9a-f]{10}", r["sha1"])
        assert r["annotator"]
        ents = r["entities"]
        assert len(ents) >= 2
        assert all(e["label"] in LABELS and 0 <= e["start"] < e["end"] for e in ents)
        assert [e["start"] for e in ents] == sorted(e["start"] for e in ents)
        assert all(a["end"] <= b["start"] for a, b in pairwise(ents)), "entities overlap"
        for pair in r["relations"] + r["hard_negatives"]:
            assert pair["p"] in PREDICATES
            assert 0 <= pair["s"] < len(ents) and 0 <= pair["o"] < len(ents)
            assert pair["s"] != pair["o"]
        assert all(h["why"] for h in r["hard_negatives"])
        positives = {(p["s"], p["o"], p["p"]) for p in r["relations"]}
        assert not positives & {(h["s"], h["o"], h["p"]) for h in r["hard_negatives"]}


def test_relation_data_stores_no_corpus_text(records):
    # Positive control: the fields that name a sentence are there on every line.
    assert all({"corpus", "split", "sent", "sha1"} <= set(r) for r in records)
    allowed = {"corpus", "split", "sent", "sha1", "entities", "relations", "hard_negatives"}
    assert all(set(r) <= allowed | {"annotator"} for r in records)


def test_relation_data_covers_every_predicate_and_split(records):
    predicates = Counter(p["p"] for r in records for p in r["relations"])
    assert set(predicates) == set(PREDICATES)
    assert sum(predicates.values()) >= 300
    assert {(r["corpus"], r["split"]) for r in records} == set(corpus_mod.CORPUS_FILES)


@needs_corpora
def test_relation_data_offsets_inside_text_on_token_boundaries(loaded):
    for s in loaded:
        starts, ends, pos = set(), set(), 0
        for token in s.text.split(" "):
            starts.add(pos)
            ends.add(pos + len(token))
            pos += len(token) + 1
        for e in s.entities:
            assert 0 <= e.start < e.end <= len(s.text)
            assert e.start in starts and e.end in ends, (s.key, e)
            assert s.text[e.start : e.end].strip()


@needs_corpora
def test_relation_data_hashes_match_the_rebuilt_text(records, loaded):
    by_key = {sentence_key(r["corpus"], r["split"], r["sent"]): r["sha1"] for r in records}
    assert len(loaded) == len(records)
    for s in loaded:
        assert sentence_hash(s.text) == by_key[s.key]


@needs_corpora
def test_relation_reader_detects_hash_mismatch(tmp_path, records):
    lines = ANNOTATIONS.read_text("utf-8").splitlines()[:5]
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(lines) + "\n", "utf-8")
    assert len(load_annotations(DEFAULT_CORPORA, good)) == 5  # positive control

    record = json.loads(lines[2])
    record["sha1"] = "0000000000" if record["sha1"] != "0000000000" else "1111111111"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([*lines[:2], json.dumps(record), *lines[3:]]) + "\n", "utf-8")
    key = sentence_key(record["corpus"], record["split"], record["sent"])
    with pytest.raises(AnnotationError, match=re.escape(key)) as info:
        load_annotations(DEFAULT_CORPORA, bad)
    assert "bad.jsonl:3" in str(info.value)
    assert isinstance(info.value, KgError)


@needs_corpora
def test_relation_reader_rejects_entity_off_token_boundary(tmp_path):
    line = json.loads(ANNOTATIONS.read_text("utf-8").splitlines()[0])
    ok = tmp_path / "ok.jsonl"
    ok.write_text(json.dumps(line) + "\n", "utf-8")
    assert load_annotations(DEFAULT_CORPORA, ok)  # positive control
    line["entities"][0]["start"] += 1
    shifted = tmp_path / "shifted.jsonl"
    shifted.write_text(json.dumps(line) + "\n", "utf-8")
    with pytest.raises(AnnotationError, match="not a token span"):
        load_annotations(DEFAULT_CORPORA, shifted)


def test_relation_reader_refuses_a_test_split(tmp_path):
    line = {"corpus": "idner-news-2k", "split": "test", "sent": 0, "sha1": "0" * 10}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line) + "\n", "utf-8")
    with pytest.raises(CorpusError, match="not an annotated split"):
        load_annotations(tmp_path, path)


def test_relation_heldback_is_deterministic_and_a_fifth(records):
    keys = [f"idner-news-2k/train/{i}" for i in range(10_000)]
    first = [is_heldback(k) for k in keys]
    assert first == [is_heldback(k) for k in keys]
    assert 0.18 < sum(first) / len(first) < 0.22
    real = [sentence_key(r["corpus"], r["split"], r["sent"]) for r in records]
    share = sum(map(is_heldback, real)) / len(real)
    assert 0.15 < share < 0.25
    # It depends on the key alone: the same index in another split can differ.
    assert any(is_heldback(f"a/b/{i}") != is_heldback(f"a/c/{i}") for i in range(50))


@needs_corpora
def test_relation_loaded_sentences_carry_the_heldback_flag(loaded):
    assert {s.heldback for s in loaded} == {True, False}
    assert all(s.heldback == is_heldback(s.key) for s in loaded)


def test_corpus_reader_rebuilds_text_from_both_formats(tmp_path):
    (tmp_path / "idner-news-2k").mkdir()
    (tmp_path / "idner-news-2k" / "dev.txt").write_bytes(
        b"Jokowi PROPN B-PER\r\ntiba VERB O\r\ndi ADP O\r\nTokyo PROPN B-LOC\r\n\r\n"
        b"Bank PROPN B-ORG\r\nDunia PROPN I-ORG\r\n"
    )
    (tmp_path / "ud-indonesian-csui").mkdir()
    (tmp_path / "ud-indonesian-csui" / "id_csui-ud-train.conllu").write_text(
        "# text = Ia menyetujuinya.\n1\tIa\t_\n2-3\tmenyetujuinya\t_\n2\tmenyetujui\t_\n"
        "3\tnya\t_\n4\t.\t_\n\n",
        "utf-8",
    )
    idner = read_sentences(tmp_path, "idner-news-2k", "dev")
    assert [s.text for s in idner] == ["Jokowi tiba di Tokyo", "Bank Dunia"]
    assert idner[0].gold_entities == ((0, 6, "PER"), (15, 20, "LOC"))
    assert idner[1].gold_entities == ((0, 10, "ORG"),)
    ud = read_sentences(tmp_path, "ud-indonesian-csui", "train")
    assert [s.text for s in ud] == ["Ia menyetujuinya ."]
    with pytest.raises(CorpusError, match="not an annotated split"):
        read_sentences(tmp_path, "idner-news-2k", "test")


def test_corpus_reader_maps_nergrit_labels_and_never_reads_its_test_split(tmp_path):
    (tmp_path / "indonlu-nergrit").mkdir()
    (tmp_path / "indonlu-nergrit" / "valid_preprocess.txt").write_text(
        "Ahmad\tB-PERSON\ntiba\tO\ndi\tO\nKota\tB-PLACE\nMalang\tI-PLACE\n"
        "dari\tO\nPT\tB-ORGANISATION\nKAI\tI-ORGANISATION\n\n",
        "utf-8",
    )
    (sentence,) = read_sentences(tmp_path, "indonlu-nergrit", "valid")
    assert sentence.text == "Ahmad tiba di Kota Malang dari PT KAI"
    assert sentence.gold_entities == ((0, 5, "PER"), (14, 25, "LOC"), (31, 37, "ORG"))
    with pytest.raises(CorpusError, match="not an annotated split"):
        read_sentences(tmp_path, "indonlu-nergrit", "test")


def test_audit_reads_exactly_the_four_news_splits(tmp_path):
    from kg.devtools.audit import _sentences

    files = {
        "idner-news-2k/train.txt": "Andi B-PER\n\n",
        "idner-news-2k/dev.txt": "Budi B-PER\n\n",
        "ud-indonesian-csui/id_csui-ud-train.conllu": "1\tCici\t_\n\n",
        "ud-indonesian-gsd/id_gsd-ud-dev.conllu": "1\tDedi\t_\n\n",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(text, "utf-8")
    # No NERGrit file here: reading an annotated NERGrit split would stop the audit.
    read = [(corpus, split, text) for corpus, split, _, text in _sentences(tmp_path)]
    assert [text for *_, text in read] == ["Andi", "Budi", "Cici", "Dedi"]
    assert {(c, s) for c, s, _ in read} == set(corpus_mod.NEWS_FILES)
    assert set(corpus_mod.NEWS_FILES) < set(corpus_mod.CORPUS_FILES)


def test_agreement_is_perfect_for_identical_files_and_drops_on_disagreement(tmp_path):
    rec = {
        "corpus": "c",
        "split": "s",
        "sent": 0,
        "sha1": "abcdefabcd",
        "entities": [
            {"start": 0, "end": 3, "label": "PER"},
            {"start": 4, "end": 8, "label": "LOC"},
            {"start": 9, "end": 12, "label": "ORG"},
        ],
        "relations": [{"s": 0, "o": 1, "p": "visited"}, {"s": 0, "o": 2, "p": "officialOf"}],
        "hard_negatives": [],
    }
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps(rec) + "\n", "utf-8")
    same = agreement(a, a)
    assert (same.sentences, same.pairs, same.kappa, same.f1) == (1, 3, 1.0, 1.0)

    rec_b = dict(rec, relations=[{"s": 0, "o": 1, "p": "visited"}])
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps(rec_b) + "\n", "utf-8")
    diff = agreement(a, b)
    assert diff.kappa < 1.0
    assert (diff.precision, diff.recall) == (1.0, 0.5)
    # A sentence only one file has is not compared.
    other = dict(rec, sent=1)
    b.write_text(json.dumps(rec_b) + "\n" + json.dumps(other) + "\n", "utf-8")
    assert agreement(a, b).sentences == 1


def test_agreement_kappa_matches_a_hand_computed_value():
    # observed 5/6; chance (3*2 + 3*4) / 36 = 0.5; kappa = (5/6 - 0.5) / 0.5 = 2/3
    a = ["x", "x", "x", "y", "y", "y"]
    b = ["x", "x", "y", "y", "y", "y"]
    assert cohen_kappa(a, b) == pytest.approx(2 / 3)


def test_agreement_sample_file_lists_150_annotated_keys_spread_over_corpora(records):
    keys = SAMPLE.read_text("utf-8").split()
    assert len(keys) == len(set(keys)) == 150
    annotated = {sentence_key(r["corpus"], r["split"], r["sent"]) for r in records}
    assert set(keys) <= annotated
    per_split = Counter(k.rsplit("/", 1)[0] for k in keys)
    assert set(per_split) == {f"{c}/{s}" for c, s in corpus_mod.NEWS_FILES}
    assert min(per_split.values()) >= 10


def test_second_agreement_sample_lists_50_keys_of_the_second_round_only(records):
    keys = SAMPLE_2.read_text("utf-8").split()
    annotated = [sentence_key(r["corpus"], r["split"], r["sent"]) for r in records]
    second = annotated[FIRST_RELEASE:]
    assert len(keys) == len(set(keys)) == 50
    # Positive control: the sample is the hash-ranked choice among the second round's keys...
    assert keys == agreement_sample(second, n=50)
    # ...and none of it was annotated in the first round or sampled before.
    assert not set(keys) & set(annotated[:FIRST_RELEASE])
    assert not set(keys) & set(SAMPLE.read_text("utf-8").split())


@needs_corpora
def test_second_round_agreement_file_labels_the_50_sample_keys_on_annotator_a_spans(records):
    # The kappa in the README is only meaningful if B2 labelled exactly the sample, on the same
    # sentences (hash) and spans as A: spans are shared by construction, relations are not.
    second = load_annotations(path=HERE / "agreement_B2.jsonl")
    assert [s.key for s in second] == SAMPLE_2.read_text("utf-8").split()
    assert {s.annotator for s in second} == {"B2"}
    by_key = {sentence_key(r["corpus"], r["split"], r["sent"]): r for r in records}
    for s in second:
        a = by_key[s.key]
        assert [(e.start, e.end, e.label) for e in s.entities] == [
            (e["start"], e["end"], e["label"]) for e in a["entities"]
        ]
        negatives = {(h.s, h.o, h.p) for h in s.hard_negatives}
        assert not negatives & {(r.s, r.o, r.p) for r in s.relations}
    assert sum(len(s.relations) for s in second) > 0


def test_agreement_sample_is_deterministic_and_proportional():
    keys = [f"a/x/{i}" for i in range(300)] + [f"b/y/{i}" for i in range(100)]
    sample = agreement_sample(keys, n=40)
    assert sample == agreement_sample(list(reversed(keys)), n=40)
    assert Counter(k.split("/")[0] for k in sample) == {"a": 30, "b": 10}


def test_batches_merge_keeps_gold_and_adds_only_non_overlapping_model_spans():
    gold = ((0, 6, "PER"),)
    found = ((0, 4, "PER"), (15, 20, "LOC"))
    assert merge_spans(gold, found) == ((0, 6, "PER"), (15, 20, "LOC"))


@needs_corpora
def test_relation_stats_cli_prints_totals_that_match_the_file(capsys, records):
    assert stats_mod.main([]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"sentences\s+{len(records)}\b", out)
    positives = sum(len(r["relations"]) for r in records)
    assert re.search(rf"positives\s+{positives}\b", out)
    assert "officialOf" in out and "heldback" in out


def test_relation_stats_cli_reports_a_missing_corpus_in_one_line(tmp_path, capsys):
    assert stats_mod.main(["--corpora", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: corpus file not found") and "\n" not in err


def test_relation_module_doctests_pass():
    for module in (agreement_mod, corpus_mod, data_mod):
        assert doctest.testmod(module).failed == 0


def test_selection_puts_other_splits_after_the_news_stages_without_moving_them():
    from kg.devtools.relations.batches import Candidate, selection

    def cand(corpus: str, split: str, i: int, n: int, trigger: bool) -> Candidate:
        spans = tuple((2 * k, 2 * k + 1, "LOC") for k in range(n))
        return Candidate(corpus, split, i, "x " * 10, spans, trigger)

    news = [cand("idner-news-2k", "train", i, 1 + i % 3, i % 2 == 0) for i in range(30)]
    extra = [cand("indonlu-nergrit", "train", i, 1 + i % 3, True) for i in range(12)]
    alone = selection(news)
    both = selection(news + extra)
    assert both[: len(alone)] == alone  # the news batches read before do not move
    tail = both[len(alone) :]
    assert {c.corpus for c in tail} == {"indonlu-nergrit"}
    assert all(len(c.entities) >= 2 for c in tail) and len(tail) == 8


def test_marked_sentence_shows_every_entity_once():
    from kg.devtools.relations.batches import Candidate

    c = Candidate("c", "s", 0, "Jokowi tiba di Tokyo", ((0, 6, "PER"), (15, 20, "LOC")), True)
    assert marked(c) == "[0 Jokowi|PER] tiba di [1 Tokyo|LOC]"


def test_relation_score_counts_tp_fp_and_off_entity_pairs():
    from kg.devtools.relations.data import AnnotatedSentence, Entity, HardNegative, Relation
    from kg.devtools.relations.score import score

    text = "Retno tiba di Tokyo , bertemu Kishida ."
    ents = (Entity(0, 5, "PER"), Entity(14, 19, "LOC"), Entity(30, 37, "PER"))
    sentence = AnnotatedSentence(
        key="c/s/0",
        text=text,
        entities=ents,
        relations=(Relation(0, 1, "visited"), Relation(0, 2, "met")),
        hard_negatives=(HardNegative(2, 1, "visited", "not stated"),),
        heldback=False,
        annotator="A",
    )

    def predict(_: str) -> set:
        return {
            ((0, 5), "visited", (14, 19)),  # tp
            ((30, 37), "met", (0, 5)),  # tp, symmetric in the other order
            ((30, 37), "visited", (14, 19)),  # fp, and a hard negative
            ((0, 5), "visited", (22, 29)),  # "bertemu" is no entity: off-entity
        }

    counts = score([sentence], predict)
    assert counts["visited"]["tp"] == 1 and counts["visited"]["fp"] == 1
    assert counts["met"]["tp"] == 1 and counts["met"]["fp"] == 0
    assert counts["visited"]["hard negatives hit"] == 1
    assert counts["visited"]["off-entity"] == 1
    assert counts["all"]["gold"] == 2 and counts["all"]["tp"] == 2


def test_relation_positives_respect_the_predicates_entity_labels(records):
    domains = {
        "visited": ({"PER", "ORG"}, {"LOC"}),
        "met": ({"PER", "ORG"}, {"PER", "ORG"}),
        "borders": ({"LOC"}, {"LOC"}),
        "officialOf": ({"PER"}, {"LOC", "ORG"}),
        "locatedIn": ({"LOC"}, {"LOC"}),
        "invaded": ({"PER", "ORG", "LOC"}, {"LOC"}),
    }
    checked = 0
    for r in records:
        labels = [e["label"] for e in r["entities"]]
        for rel in r["relations"]:
            subjects, objects = domains[rel["p"]]
            assert labels[rel["s"]] in subjects and labels[rel["o"]] in objects, (r, rel)
            checked += 1
    assert checked >= 300
