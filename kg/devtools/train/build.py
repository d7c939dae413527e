"""Rebuild the ``id_kg_news`` spaCy pipeline end to end: convert, train, assemble, evaluate.

Why this shape: NER and the morphologizer+parser learn from different corpora (news NER vs. UD
treebanks), so they are trained as two pipelines, in parallel, one CPU core each, and then
assembled into one directory. The NER owns its tok2vec (see ``ner.cfg``), so sourcing it next
to the parser's shared tok2vec needs no ``replace_listeners`` and the saved pipeline loads with
plain ``spacy.load`` (no custom code, default Indonesian tokenizer).

Example::

    python -m kg.devtools.train.build --corpora ../shared/corpora --out kg/nlp/models/id_kg_news

Work files (converted corpora, training runs, logs) go to ``build/model/``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

from kg.devtools.train import (
    augment,  # noqa: F401 - registers the augmenter ner.cfg names
    one_thread_env,
)
from kg.devtools.train.convert import DEFAULT_CORPORA, REPO_ROOT, convert_all
from kg.devtools.train.pretrain import pretrain_tok2vec

__all__ = ["assemble", "evaluate", "main", "train_components"]

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = REPO_ROOT / "kg" / "nlp" / "models" / "id_kg_news"
DEFAULT_WORK = REPO_ROOT / "build" / "model"
# Files written by hand into the model folder that a rebuild must keep.
KEEP_FILES = ("MODEL_CARD.md",)
# Licence texts shipped with the model: MIT (idner) and the NERGrit terms ask for the notice to
# travel with derived works; CC BY-SA asks for attribution.
LICENSE_FILES = {
    "idner-news-2k.LICENSE": "idner-news-2k/LICENSE",
    "indonlu-nergrit.LICENSE": "indonlu-nergrit/LICENSE-indonlu-repo",
    "ud-indonesian-csui.LICENSE": "ud-indonesian-csui/LICENSE.txt",
    "ud-indonesian-gsd.LICENSE": "ud-indonesian-gsd/LICENSE.txt",
    "ud-indonesian-pud.LICENSE": "ud-indonesian-pud/LICENSE.txt",
}

META: dict[str, Any] = {
    "name": "id_kg_news",
    "version": "0.1.0",
    "license": "CC BY-SA 4.0",
    "description": (
        "Indonesian news pipeline for the kg knowledge-graph builder: morphologizer (UPOS+FEATS), "
        "dependency parser and NER (PER, LOC, ORG). CPU, no vectors. See MODEL_CARD.md."
    ),
    "author": "kg contributors",
    "url": "",
    "sources": [
        {
            "name": "idner-news-2k",
            "url": "https://github.com/khairunnisaor/idner-news-2k",
            "license": "MIT",
        },
        {
            "name": "NERGrit (IndoNLU)",
            "url": "https://github.com/IndoNLP/indonlu",
            "license": "NERGrit attribution terms; IndoNLU repo Apache-2.0",
            "author": "PT Gria Inovasi Teknologi (grit-id); Wilie et al. 2020",
        },
        {
            "name": "UD Indonesian-CSUI",
            "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "UD Indonesian-PUD",
            "url": "https://github.com/UniversalDependencies/UD_Indonesian-PUD",
            "license": "CC BY-SA 3.0",
        },
        {
            "name": "UD Indonesian-GSD (dev split, early stopping only)",
            "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD",
            "license": "CC BY-SA 4.0",
        },
    ],
}

# Test sets: which converted file, and which scores matter for it.
NER_KEYS = ("ents_p", "ents_r", "ents_f", "ents_per_type")
UD_KEYS = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "dep_las_per_type")
TEST_SETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "idner-news-2k-test": ("ner-test-idner", NER_KEYS),
    "nergrit-test": ("ner-test-nergrit", NER_KEYS),
    "ud-gsd-test": ("ud-test-gsd", UD_KEYS),
    "ud-csui-test": ("ud-test-csui", UD_KEYS),
}


def train_components(
    corpus: Path,
    work: Path,
    components: Sequence[str] = ("ner", "parser"),
    init_tok2vec: Path | None = None,
) -> dict[str, float]:
    """Train NER and morphologizer+parser with ``spacy train``, in parallel, one core each.

    corpus (Path): Folder with the converted ``.spacy`` files.
    work (Path): Training outputs go to ``work/ner`` and ``work/parser``, logs beside them.
    components (Sequence[str]): Which of ``ner`` and ``parser`` to train. Defaults to both.
    init_tok2vec (Path | None): Pretrained weights for the NER's tok2vec (``pretrain.py``).
        Defaults to none (random initialisation).
    RETURNS (dict[str, float]): Wall-clock training minutes per component.
    """
    jobs = {
        name: job
        for name, job in {
            "ner": ("ner.cfg", "ner-train", "ner-dev"),
            "parser": ("parser.cfg", "ud-train", "ud-dev"),
        }.items()
        if name in components
    }
    procs: dict[str, tuple[subprocess.Popen[bytes], float]] = {}
    work.mkdir(parents=True, exist_ok=True)
    for name, (cfg, train, dev) in jobs.items():
        cmd = [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(HERE / cfg),
            "--output",
            str(work / name),
            "--paths.train",
            str(corpus / f"{train}.spacy"),
            "--paths.dev",
            str(corpus / f"{dev}.spacy"),
            # Registers the NER's training augmenter; harmless for the parser config.
            "--code",
            str(HERE / "registered.py"),
        ]
        if name == "ner" and init_tok2vec is not None:
            cmd += ["--paths.init_tok2vec", str(init_tok2vec)]
        with (work / f"{name}.log").open("wb") as log:  # the child keeps its own handle
            procs[name] = (
                subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=one_thread_env()),
                time.perf_counter(),
            )
    minutes: dict[str, float] = {}
    for name, (proc, start) in procs.items():
        if proc.wait() != 0:
            raise RuntimeError(f"training {name} failed: see {work / name}.log")
        minutes[name] = round((time.perf_counter() - start) / 60, 1)
    return minutes


def assemble(work: Path, out: Path, corpora: Path, parser_from: Path | None = None) -> Language:
    """Put the best NER next to the best morphologizer+parser and save one pipeline.

    work (Path): Holds ``ner/model-best`` and, unless ``parser_from`` is given,
        ``parser/model-best``.
    out (Path): Target folder; replaced, except the hand-written files in ``KEEP_FILES``.
    corpora (Path): The shared corpora folder, for the licence texts copied to ``licenses/``.
    parser_from (Path | None): A saved pipeline whose tok2vec, morphologizer and parser are
        reused (its NER is dropped), so a NER-only retraining keeps the parser bit for bit.
        May be ``out`` itself. Defaults to ``work/parser/model-best``.
    RETURNS (Language): The assembled pipeline.
    """
    if parser_from is None:
        nlp = spacy.load(work / "parser" / "model-best")
    else:
        nlp = spacy.load(parser_from, exclude=["ner"])
        # The reused pipeline's meta describes the old NER; keep only its parser scores.
        nlp.meta["performance"] = {
            k: v for k, v in nlp.meta.get("performance", {}).items() if not k.startswith("ents")
        }
    ner_nlp = spacy.load(work / "ner" / "model-best")
    nlp.add_pipe("ner", source=ner_nlp)
    performance = {**nlp.meta.get("performance", {}), **ner_nlp.meta.get("performance", {})}
    nlp.meta.update(META)
    nlp.meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    nlp.meta["performance"] = performance
    staged = work / "assembled"
    shutil.rmtree(staged, ignore_errors=True)
    nlp.to_disk(staged)
    (staged / "licenses").mkdir()
    for target, source in LICENSE_FILES.items():
        shutil.copy2(corpora / source, staged / "licenses" / target)
    for keep in KEEP_FILES:
        if (out / keep).exists():
            shutil.copy2(out / keep, staged / keep)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(staged, out)
    return nlp


def evaluate(model: Path, corpus: Path) -> dict[str, dict[str, Any]]:
    """Score the saved pipeline on every test split, on raw text with its own tokenizer.

    model (Path): The saved pipeline folder.
    corpus (Path): Folder with the converted test ``.spacy`` files.
    RETURNS (dict): Per test set, the relevant spaCy scores (fractions, not percent).
    """
    nlp = spacy.load(model)
    results: dict[str, dict[str, Any]] = {}
    for name, (stem, keys) in TEST_SETS.items():
        refs = list(DocBin().from_disk(corpus / f"{stem}.spacy").get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
        scores = nlp.evaluate(examples)
        results[name] = {
            "docs": len(refs),
            "tokens": sum(len(r) for r in refs),
            **{k: scores.get(k) for k in keys},
        }
    return results


def benchmark(model: Path, corpus: Path) -> dict[str, float]:
    """Load time and single-process ``nlp.pipe`` speed over the idner-news-2k test text."""
    start = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - start
    texts = [
        d.text for d in DocBin().from_disk(corpus / "ner-test-idner.spacy").get_docs(nlp.vocab)
    ]
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    elapsed = time.perf_counter() - start
    return {"load_s": round(load_s, 2), "words": words, "words_per_s": round(words / elapsed)}


def _dir_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpora",
        type=Path,
        default=DEFAULT_CORPORA,
        help="shared corpora folder (default: ../shared/corpora)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="pipeline folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="scratch folder")
    parser.add_argument(
        "--skip-train", action="store_true", help="reuse the model-best folders already in --work"
    )
    parser.add_argument(
        "--parser-from",
        type=Path,
        default=None,
        help=(
            "train only the NER and take tok2vec, morphologizer and parser from this saved "
            "pipeline (e.g. the shipped one, the same as --out)"
        ),
    )
    parser.add_argument(
        "--pretrain",
        action="store_true",
        help="first pretrain the NER's tok2vec on the corpora's raw text (pretrain.py)",
    )
    args = parser.parse_args(argv)

    corpus = args.work / "corpus"
    convert_all(args.corpora, corpus)
    timing_file = args.work / "train_minutes.json"
    if args.skip_train:
        minutes = json.loads(timing_file.read_text()) if timing_file.exists() else {}
    else:
        components = ("ner",) if args.parser_from else ("ner", "parser")
        weights = pretrain_tok2vec(args.corpora, args.work / "pretrain") if args.pretrain else None
        minutes = train_components(corpus, args.work, components, weights)
        timing_file.write_text(json.dumps(minutes) + "\n")
    assemble(args.work, args.out, args.corpora, args.parser_from)
    report = {
        "test": evaluate(args.out, corpus),
        "training_wall_minutes": minutes,
        "size_mb": _dir_mb(args.out),
        "benchmark_one_process": benchmark(args.out, corpus),
    }
    (args.out / "scores.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
