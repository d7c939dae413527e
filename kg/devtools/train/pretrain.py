"""Pretrain the NER's token-to-vector layer on the corpora's raw text (``spacy pretrain``).

Why: the NER learns from about 3,100 annotated sentences, and its hash embeddings start from
random rows. spaCy's character objective (``spacy.PretrainCharacters.v1``: predict the first and
last characters of each word from its context) trains the same tok2vec on every sentence of the
allowed splits first, annotated or not, and ``[initialize] init_tok2vec`` then starts the NER
from those weights. The objective, epochs and layer are set in ``[pretraining]`` of ``ner.cfg``.

Only train and dev splits are read, never a test split (UD Indonesian-PUD has one file, named
``test``, which the parser trains on too). NERP is lowercased; its text is left out unless asked
for, since it would be half of the raw text and all of it without case.

Example::

    python -m kg.devtools.train.pretrain --corpora ../shared/corpora --out build/model/pretrain
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.util import registry
from thinc.api import Config

from kg.devtools.train import one_thread_env
from kg.devtools.train.convert import (
    DEFAULT_CORPORA,
    REPO_ROOT,
    guess_spaces,
    read_conll_ner,
    ud_docs,
)

__all__ = [
    "CASED_SOURCES",
    "LOWERCASED_SOURCES",
    "ner_tok2vec_weights",
    "pretrain_tok2vec",
    "pretraining_config",
    "raw_texts",
]

HERE = Path(__file__).resolve().parent

#: Raw-text sources: (format, path under the corpora folder). Train and dev splits only.
CASED_SOURCES: tuple[tuple[str, str], ...] = (
    ("ner", "idner-news-2k/train.txt"),
    ("ner", "idner-news-2k/dev.txt"),
    ("ner", "indonlu-nergrit/train_preprocess.txt"),
    ("ner", "indonlu-nergrit/valid_preprocess.txt"),
    ("ud", "ud-indonesian-csui/id_csui-ud-train.conllu"),
    ("ud", "ud-indonesian-gsd/id_gsd-ud-dev.conllu"),
    ("ud", "ud-indonesian-pud/id_pud-ud-test.conllu"),
)
#: NERP (IndoNLU), lowercased news text: only with ``lowercased=True``.
LOWERCASED_SOURCES: tuple[tuple[str, str], ...] = (
    ("ner", "indonlu-nerp/train_preprocess.txt"),
    ("ner", "indonlu-nerp/valid_preprocess.txt"),
)


def raw_texts(corpora: Path, *, lowercased: bool = False) -> Iterator[str]:
    """Yield one sentence of running text per corpus sentence, in a fixed order.

    corpora (Path): The shared corpora folder.
    lowercased (bool): Also yield NERP's lowercased sentences. Defaults to False.
    RETURNS (Iterator[str]): Sentences, spaced as ``convert`` spaces the training docs.
    """
    sources = CASED_SOURCES + (LOWERCASED_SOURCES if lowercased else ())
    for kind, name in sources:
        path = corpora / name
        if kind == "ud":
            yield from (doc.text.rstrip() for doc in ud_docs(path, n_sents=1))
            continue
        for words, _tags in read_conll_ner(path):
            spaces = guess_spaces(words)
            yield "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True))


def pretraining_config(ner_cfg: Path = HERE / "ner.cfg", raw_text: Path | None = None) -> Config:
    """The NER config turned into one ``spacy pretrain`` can run: its only component is a
    ``tok2vec`` whose model is the NER's tok2vec model, as ``[pretraining]`` names it.

    Why: the NER owns its tok2vec (so the shipped pipeline needs no listeners), and spaCy's
    pretraining reaches a layer only through a component or one of its refs; the NER model's
    ``tok2vec`` ref is that layer with a linear projection after it.

    ner_cfg (Path): The NER training config. Defaults to ``ner.cfg``.
    raw_text (Path | None): The JSONL raw text for ``[corpora.pretrain]``. Defaults to none.
    RETURNS (Config): The interpolated pretraining config.
    """
    config = Config().from_disk(ner_cfg, overrides={"paths.raw_text": raw_text and str(raw_text)})
    tok2vec = config["components"]["ner"]["model"]["tok2vec"]
    config["nlp"]["pipeline"] = ["tok2vec"]
    config["components"] = {"tok2vec": {"factory": "tok2vec", "model": tok2vec}}
    return config


@registry.callbacks("kg.ner_tok2vec_weights.v1")
def ner_tok2vec_weights(path: str | None = None) -> Callable[[Language], Language]:
    """An ``[initialize] after_init`` callback: load pretrained weights into the NER's tok2vec.

    path (str | None): A weights file written by ``spacy pretrain`` on ``pretraining_config``.
        Defaults to none (the callback does nothing).
    RETURNS (Callable[[Language], Language]): The callback.
    """

    def load(nlp: Language) -> Language:
        if path is not None:
            # The NER model's "tok2vec" ref is chain(tok2vec, list2array, linear).
            inner = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
            inner.from_bytes(Path(path).read_bytes())
        return nlp

    return load


def pretrain_tok2vec(
    corpora: Path, out: Path, *, lowercased: bool = False, epochs: int | None = None
) -> Path:
    """Write the raw text and run ``spacy pretrain`` on ``ner.cfg``'s NER tok2vec.

    The run is seeded by ``[training] seed`` of ``ner.cfg``, so the same corpora give the same
    weights.

    corpora (Path): The shared corpora folder.
    out (Path): Work folder: ``raw.jsonl``, the ``weights/`` folder and ``pretrain.log``;
        emptied first.
    lowercased (bool): Add NERP's lowercased text. Defaults to False.
    epochs (int | None): Overrides ``[pretraining] max_epochs``. Defaults to the config's.
    RETURNS (Path): The final weights, for ``--paths.init_tok2vec``.
    """
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    raw = out / "raw.jsonl"
    srsly.write_jsonl(raw, ({"text": t} for t in raw_texts(corpora, lowercased=lowercased)))
    pretraining_config(raw_text=raw).to_disk(out / "pretrain.cfg")
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "pretrain",
        str(out / "pretrain.cfg"),
        str(out / "weights"),
        "--code",
        str(HERE / "registered.py"),
    ]
    if epochs is not None:
        cmd += ["--pretraining.max_epochs", str(epochs)]
    with (out / "pretrain.log").open("wb") as log:
        done = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=one_thread_env())
    if done.returncode != 0:
        raise RuntimeError(f"spacy pretrain failed: see {out / 'pretrain.log'}")
    return out / "weights" / "model-last.bin"


def main(argv: Sequence[str] | None = None) -> None:
    """Command line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "model" / "pretrain")
    parser.add_argument("--epochs", type=int, default=None, help="override max_epochs")
    parser.add_argument(
        "--lowercased", action="store_true", help="add NERP's lowercased train/valid text"
    )
    args = parser.parse_args(argv)
    print(pretrain_tok2vec(args.corpora, args.out, lowercased=args.lowercased, epochs=args.epochs))


if __name__ == "__main__":
    main()
