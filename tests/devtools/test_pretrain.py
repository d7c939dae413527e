"""Pretraining the NER's tok2vec: the raw text comes from train and dev splits only (never a
test split), spaced like the training docs, NERP only on request; and the weights that
``spacy pretrain`` saves for ``ner.cfg``'s ``[pretraining]`` layer are the ones
``init_tok2vec`` loads into the NER."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import srsly
from spacy.tokens import Doc, DocBin, Span
from spacy.training.initialize import init_nlp
from spacy.training.pretrain import pretrain
from thinc.api import Config, Model

from kg.devtools.train import augment  # noqa: F401 - registers the augmenter ner.cfg names
from kg.devtools.train.pretrain import (
    CASED_SOURCES,
    LOWERCASED_SOURCES,
    pretraining_config,
    raw_texts,
)

NER_CFG = Path(__file__).resolve().parents[2] / "kg" / "devtools" / "train" / "ner.cfg"

CONLLU = """# text = {text}
1\t{w1}\t_\tPROPN\t_\t_\t0\troot\t_\t_
2\t{w2}\t_\tVERB\t_\t_\t1\tdep\t_\tSpaceAfter=No
3\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_

"""


def _write_source(path: Path, words: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".conllu":
        text = f"{words[0]} {words[1]}."
        path.write_text(CONLLU.format(text=text, w1=words[0], w2=words[1]), encoding="utf-8")
    else:
        lines = [f"{w}\tB-PER" if i == 0 else f"{w}\tO" for i, w in enumerate([*words, "."])]
        path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")


@pytest.fixture()
def corpora(tmp_path: Path) -> Path:
    """Every source with its own sentence, plus test splits holding a marker word."""
    for n, (_kind, name) in enumerate(CASED_SOURCES + LOWERCASED_SOURCES):
        _write_source(tmp_path / name, [f"Kata{n}", "pergi"])
    for name in ("idner-news-2k/test.txt", "indonlu-nergrit/test_preprocess.txt"):
        _write_source(tmp_path / name, ["Rahasia", "diuji"])
    _write_source(tmp_path / "ud-indonesian-csui/id_csui-ud-test.conllu", ["Rahasia", "diuji"])
    return tmp_path


def test_raw_texts_read_every_allowed_split_and_no_test_split(corpora):
    texts = list(raw_texts(corpora))
    assert texts == [f"Kata{n} pergi." for n in range(len(CASED_SOURCES))]
    everything = list(raw_texts(corpora, lowercased=True))
    assert everything[: len(texts)] == texts
    assert len(everything) == len(CASED_SOURCES) + len(LOWERCASED_SOURCES)
    assert not any("Rahasia" in t for t in everything)


@pytest.mark.slow
def test_pretrained_weights_are_what_training_loads_into_the_ner(tmp_path, corpora):
    raw = tmp_path / "raw.jsonl"
    srsly.write_jsonl(raw, ({"text": f"{t} Budi pergi ke Jakarta."} for t in raw_texts(corpora)))
    train = tmp_path / "train.spacy"
    doc = Doc(spacy.blank("id").vocab, words=["Budi", "pergi", "ke", "Jakarta", "."])
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 3, 4, "LOC")]
    DocBin(docs=[doc]).to_disk(train)
    small = {"components.ner.model.tok2vec.embed.rows": [50, 10, 20, 10]}
    cfg = tmp_path / "ner.cfg"
    Config().from_disk(NER_CFG, interpolate=False, overrides=small).to_disk(cfg)
    pretrain_cfg = pretraining_config(cfg, raw_text=raw).merge({"pretraining": {"max_epochs": 1}})
    (tmp_path / "weights").mkdir()
    pretrain(pretrain_cfg, tmp_path / "weights")
    weights = tmp_path / "weights" / "model-last.bin"

    def ner_tok2vec(init_tok2vec: Path | None) -> Model:
        paths = {"train": str(train), "dev": str(train), "init_tok2vec": init_tok2vec}
        nlp = init_nlp(
            Config().from_disk(cfg, overrides={f"paths.{k}": v for k, v in paths.items()})
        )
        # The NER model's "tok2vec" ref is chain(tok2vec, list2array, linear).
        return nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]

    expected = _params(ner_tok2vec(None).from_bytes(weights.read_bytes()))
    loaded = _params(ner_tok2vec(str(weights)))
    assert all((a == b).all() for a, b in zip(loaded, expected, strict=True))
    # Positive control: a NER initialised without the weights has other parameters.
    assert any((a != b).any() for a, b in zip(_params(ner_tok2vec(None)), expected, strict=True))


def _params(layer: Model) -> list:
    """Every parameter array of a layer and its sublayers, in walk order."""
    return [node.get_param(name) for node in layer.walk() for name in node.param_names]
