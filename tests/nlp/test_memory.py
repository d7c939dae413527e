"""A long-lived pipeline keeps its memory flat: each document after the first of a loaded pipeline
runs in a spaCy memory zone (kg.parallel.run_stages), and the output is what it was without."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

import kg.parallel
from kg.ingest import read_text
from kg.nlp import load_pipeline

pytestmark = pytest.mark.slow

TEXTS = [
    f"Presiden Joko Widodo bertemu Perdana Menteri {word} di Jakarta pada Senin. "
    f"Menteri Luar Negeri Retno Marsudi mengunjungi Singapura. Kata {word} baru muncul."
    for word in ("Zorvanqel", "Quibrestan", "Plomtavirek", "Snergofali")
]


def _graphs(zoned: bool, monkeypatch) -> tuple[list, list[int]]:
    nlp = load_pipeline("id")
    monkeypatch.setattr(kg.parallel, "_SEEN_VOCABS", set())
    if not zoned:

        @contextmanager
        def no_zone(nlp):
            yield None

        monkeypatch.setattr(kg.parallel, "_memory_zone", no_zone)
    graphs, sizes = [], [len(nlp.vocab.strings)]
    for text in TEXTS:
        graph = kg.parallel.run_stages(read_text(text, lang="id", source="t")).graph
        graph.remove((None, PROV.endedAtTime, None))  # the time of extraction differs
        graphs.append(graph)
        sizes.append(len(nlp.vocab.strings))
    return graphs, sizes


def test_strings_stay_flat_after_the_first_document_and_output_is_unchanged(monkeypatch):
    zoned, sizes = _graphs(True, monkeypatch)
    assert sizes[1] > sizes[0]  # positive control: the first document's new words stay
    assert sizes[2] == sizes[3] == sizes[4] == sizes[1]  # the others' are freed
    plain, plain_sizes = _graphs(False, monkeypatch)
    assert plain_sizes[-1] > plain_sizes[1]  # without zones the vocabulary grows
    assert all(len(g) > 10 for g in zoned)
    for a, b in zip(zoned, plain, strict=True):
        assert isomorphic(a, b)
