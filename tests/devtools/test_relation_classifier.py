"""The relation classifier: features from a hand-built sentence, weights that load and score
deterministically without scikit-learn, and training kept off the held-back fifth."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from kg.devtools.relations.classifier import (
    CLASSES,
    Weights,
    label_pairs,
    split_parts,
)
from kg.devtools.relations.corpus import DEFAULT_CORPORA
from kg.devtools.relations.data import load_annotations
from kg.extract.learned import dep_path, featurize


@pytest.fixture(scope="module")
def doc() -> Doc:
    # "Menteri Luar Negeri Retno Marsudi tiba di Tokyo , Senin ."
    words = [
        "Menteri",
        "Luar",
        "Negeri",
        "Retno",
        "Marsudi",
        "tiba",
        "di",
        "Tokyo",
        ",",
        "Senin",
        ".",
    ]
    heads = [3, 0, 1, 5, 3, 5, 7, 5, 9, 5, 5]
    deps = [
        "compound",
        "nmod",
        "flat",
        "nsubj",
        "flat:name",
        "ROOT",
        "case",
        "obl",
        "punct",
        "obl:tmod",
        "punct",
    ]
    return Doc(spacy.blank("id").vocab, words=words, heads=heads, deps=deps)


def test_relation_classifier_features_of_a_hand_written_sentence(doc):
    spans = [(3, 5, "PER"), (7, 8, "LOC")]
    feats = featurize(doc, spans, 0, 1)
    assert "types=PER>LOC" in feats
    assert "dir=fwd|PER>LOC" in feats
    assert {"bw=tiba", "bw=di", "bfirst=tiba", "blast=di"} <= set(feats)
    assert "dist=2|PER>LOC" in feats
    assert "trig_between=visited|PER>LOC" in feats  # 'tiba' is a visited trigger word
    assert "title_s=menteri" in feats  # a title word before the person
    assert "path=nsubj^ obl_|PER>LOC" in feats
    assert not any(f.startswith("cue=") for f in feats)  # no negation or hedge word
    back = featurize(doc, spans, 1, 0)
    assert "dir=back|LOC>PER" in back
    assert featurize(doc, spans, 0, 1) == feats  # deterministic


def test_relation_classifier_hedge_cue_is_a_feature():
    words = ["Retno", "berencana", "berkunjung", "ke", "Tokyo"]
    d = Doc(
        spacy.blank("id").vocab,
        words=words,
        heads=[1, 1, 1, 4, 2],
        deps=["nsubj", "ROOT", "xcomp", "case", "obl"],
    )
    feats = featurize(d, [(0, 1, "PER"), (4, 5, "LOC")], 0, 1)
    assert "cue=negation|PER>LOC" in feats and "cuew=berencana" in feats


def test_relation_classifier_dep_path_through_common_ancestor(doc):
    assert dep_path(doc[3], doc[7]) == "nsubj^ obl_"
    assert dep_path(doc[7], doc[3]) == "obl^ nsubj_"
    assert dep_path(doc[5], doc[5]) == ""


def test_relation_classifier_weights_load_and_score_deterministically(tmp_path):
    classes = list(CLASSES)
    bias = [-3.0] * len(classes)
    bias[classes.index("none")] = 1.0
    row = [0.0] * len(classes)
    row[classes.index("visited")] = 6.0
    row[classes.index("none")] = -4.0
    weights = Weights(classes, {"bw=tiba": row, "unused": [0.0] * len(classes)}, bias, 0.6)
    path = tmp_path / "w.json"
    weights.to_json(path)
    data = json.loads(path.read_text())
    assert "unused" not in data["weights"]  # zero rows are dropped
    loaded = Weights.from_json(path)
    assert loaded.threshold == 0.6
    cls, prob = loaded.best(["bw=tiba", "unknown-feature"])
    assert cls == "visited" and prob == pytest.approx(1 / (1 + pow(2.718281828459045, -3.0)))
    assert loaded.best(["bw=tiba"]) == (cls, prob)
    assert loaded.best([])[0] == "none"


def test_relation_classifier_symmetric_gold_in_both_orders():
    from kg.devtools.relations.data import AnnotatedSentence, Entity, Relation

    ents = (Entity(0, 1, "PER"), Entity(2, 3, "PER"), Entity(4, 5, "LOC"))
    sentence = AnnotatedSentence(
        "c/s/0",
        "a b c d e",
        ents,
        (Relation(0, 1, "met"), Relation(0, 2, "visited")),
        (),
        False,
        "A",
    )
    gold = label_pairs(sentence)
    assert gold[(0, 1)] == gold[(1, 0)] == {"met"}
    assert gold[(0, 2)] == {"visited"} and (2, 0) not in gold


@pytest.mark.skipif(
    not (DEFAULT_CORPORA / "idner-news-2k" / "train.txt").is_file(),
    reason=f"the shared corpora are not at {DEFAULT_CORPORA}",
)
def test_relation_classifier_training_and_heldback_keys_are_disjoint():
    sentences = load_annotations()
    tune, held = split_parts(sentences)
    tune_keys, held_keys = {s.key for s in tune}, {s.key for s in held}
    assert tune_keys and held_keys
    assert not tune_keys & held_keys
    assert tune_keys | held_keys == {s.key for s in sentences}
    assert all(s.heldback for s in held) and not any(s.heldback for s in tune)
