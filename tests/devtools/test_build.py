"""Assembling the shipped pipeline: a NER-only retraining keeps the reused pipeline's other
components, drops its old NER for the new one, keeps the hand-written card and ships the
licence texts, also when the reused pipeline is the output folder itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.devtools.train.build import LICENSE_FILES, assemble


def _save_pipeline(path: Path, ner_labels: tuple[str, ...] = (), *, sentencizer: bool) -> None:
    """Save a tiny pipeline: a sentencizer stands in for the morphologizer and parser."""
    nlp = spacy.blank("xx")
    if sentencizer:
        nlp.add_pipe("sentencizer", config={"punct_chars": ["|"]})
    if ner_labels:
        ner = nlp.add_pipe("ner")
        for label in ner_labels:
            ner.add_label(label)
    nlp.initialize()
    path.mkdir(parents=True)
    nlp.to_disk(path)


@pytest.fixture()
def layout(tmp_path: Path) -> dict[str, Path]:
    """A work folder with a freshly trained NER, an old shipped pipeline and fake corpora."""
    work, out, corpora = tmp_path / "work", tmp_path / "out", tmp_path / "corpora"
    _save_pipeline(work / "ner" / "model-best", ("NEWLABEL",), sentencizer=False)
    _save_pipeline(out, ("OLDLABEL",), sentencizer=True)
    (out / "MODEL_CARD.md").write_text("hand-written card\n", encoding="utf-8")
    for source in LICENSE_FILES.values():
        (corpora / source).parent.mkdir(parents=True, exist_ok=True)
        (corpora / source).write_text(f"licence of {source}\n", encoding="utf-8")
    return {"work": work, "out": out, "corpora": corpora}


def test_assemble_parser_from_output_folder_swaps_only_the_ner(layout):
    assemble(layout["work"], layout["out"], layout["corpora"], parser_from=layout["out"])
    nlp = spacy.load(layout["out"])
    assert nlp.pipe_names == ["sentencizer", "ner"]
    assert nlp.get_pipe("ner").labels == ("NEWLABEL",)
    assert nlp.get_pipe("sentencizer").punct_chars == {"|"}
    assert (layout["out"] / "MODEL_CARD.md").read_text(encoding="utf-8") == "hand-written card\n"
    shipped = sorted(p.name for p in (layout["out"] / "licenses").iterdir())
    assert shipped == sorted(LICENSE_FILES)


def test_assemble_without_parser_from_needs_a_trained_parser(layout):
    # Positive control: the same layout assembles once a parser run is in the work folder.
    with pytest.raises(OSError):
        assemble(layout["work"], layout["out"], layout["corpora"])
    _save_pipeline(layout["work"] / "parser" / "model-best", sentencizer=True)
    assemble(layout["work"], layout["out"], layout["corpora"])
    nlp = spacy.load(layout["out"])
    assert nlp.pipe_names == ["sentencizer", "ner"]
    assert nlp.get_pipe("ner").labels == ("NEWLABEL",)
