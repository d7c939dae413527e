"""Any bytes or text in: a one-line InputError, or a document whose offsets hold."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import read_bytes, read_text
from kg.ingest.sources import iter_items

pytestmark = pytest.mark.fuzz

_STRAY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=["L", "N", "P", "Z", "Cc", "Cs", "Cf", "So"]),
    max_size=400,
)
ARTICLE = "Presiden Joko Widodo tiba di Jakarta pada Senin untuk bertemu menteri.\n"


def _check(document) -> None:  # noqa: ANN001
    assert len(document.body) == len(document.text)
    assert not _STRAY_CONTROL.search(document.text)
    document.text.encode("utf-8")  # no lone surrogate survives
    assert document.lang in ("id", "en")


def _one_line(err: InputError) -> None:
    assert str(err) and "\n" not in str(err)


@given(st.binary(max_size=600))
@example(b"\x00" * 10)
@example(b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
@example(ARTICLE.encode() + b"\x01\x02\x1b")
@example(ARTICLE.encode())  # a positive control: this one must be read
def test_fuzz_any_bytes_are_an_article_or_one_line_error(data):
    try:
        document = read_bytes(data)
    except InputError as err:
        _one_line(err)
        assert data != ARTICLE.encode(), "the control article must be read"
        return
    _check(document)


@given(ANY_TEXT)
@example("\ud800" + ARTICLE)
@example(ARTICLE + "\x0b\x0c\x85")
def test_fuzz_any_text_is_an_article_or_one_line_error(text):
    try:
        document = read_text(text)
    except InputError as err:
        _one_line(err)
        return
    _check(document)
    assert len(document.text) == len(text)


@given(st.binary(max_size=600), st.sampled_from([".txt", ".html", ".jsonl"]))
@example(b'{"text": 1}\n[[[[\n{"text": "' + ARTICLE.strip().encode() + b'"}\n', ".jsonl")
def test_fuzz_any_file_in_a_batch_gives_items_that_fail_alone(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    for item in iter_items([path]):
        try:
            document = item.document()
        except InputError as err:
            _one_line(err)
            continue
        _check(document)
        assert document.content_hash == item.content_hash()
