"""Batch input without a model: what each kind of argument expands to, lazily and in order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest.sources import count_items, is_single, iter_items

STORY = "Presiden Kenya William Ruto tiba di Jakarta pada Senin untuk bertemu Joko Widodo."


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "b" / "c.txt").write_text(STORY + " Lagi.", "utf-8")
    (tmp_path / "b" / "skip.md").write_text("not an article", "utf-8")
    records = [
        {"text": STORY, "url": "https://news.example/1", "title": "Ruto", "date": "2024-01-02"},
        {"text": "Secretary Blinken visited Kazakhstan.", "lang": "en"},
    ]
    lines = [json.dumps(r) for r in records] + ["", "{broken", '["not", "an object"]']
    (tmp_path / "b" / "d.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return tmp_path


def test_sources_directory_is_recursive_sorted_and_filtered(tree):
    sources = [i.source for i in iter_items([tree])]
    assert sources[0] == str(tree / "a.txt")
    assert sources[1] == str(tree / "b" / "c.txt")
    assert sources[2] == "https://news.example/1"
    assert sources[3] == f"{tree / 'b' / 'd.jsonl'}:2"  # no url: file and line
    assert not any("skip.md" in s for s in sources)
    assert count_items([tree]) == 6  # 2 files + 4 non-blank JSON lines


def test_sources_jsonl_records_carry_metadata_and_bad_lines_fail_alone(tree):
    items = list(iter_items([tree / "b" / "d.jsonl"]))
    first = items[0].document()
    assert (first.source, first.title, first.date, first.lang) == (
        "https://news.example/1",
        "Ruto",
        "2024-01-02",
        "id",
    )
    assert items[1].document().lang == "en"
    for bad, reason in ((items[2], "not a JSON record"), (items[3], "must be an object")):
        with pytest.raises(InputError, match=reason):
            bad.document()


def test_sources_glob_and_missing_paths_become_error_items(tree):
    assert [i.source for i in iter_items([str(tree / "**" / "*.txt")])] == [
        str(tree / "a.txt"),
        str(tree / "b" / "c.txt"),
    ]
    (nothing,) = iter_items([str(tree / "*.none")])
    with pytest.raises(InputError, match="no file matches"):
        nothing.document()
    (missing,) = iter_items([str(tree / "nope.txt")])
    with pytest.raises(InputError, match="no such file"):
        missing.document()


def test_sources_are_lazy(tmp_path):
    archive = tmp_path / "big.jsonl"
    archive.write_text("\n".join(json.dumps({"text": f"{STORY} {i}"}) for i in range(1000)))
    stream = iter_items([archive])
    assert next(stream).source.endswith(":1")  # nothing beyond the first line was parsed


def test_sources_stdin_plain_text_or_jsonl():
    plain = io.BytesIO(STORY.encode())
    assert is_single(["-"], stdin=plain)
    (item,) = iter_items(["-"], stdin=plain)
    assert item.document().text == STORY and item.source == "<stdin>"
    records = io.BytesIO(b'{"text": "a b c"}\n{"text": "d e f", "url": "u"}\n')
    assert not is_single(["-"], stdin=records)
    assert [i.source for i in iter_items(["-"], stdin=records)] == ["<stdin>:1", "u"]


def test_sources_single_versus_batch(tree):
    assert is_single([tree / "a.txt"]) and is_single([tree / "nope.txt"])
    assert not is_single([tree]) and not is_single([tree / "b" / "d.jsonl"])
    assert not is_single([tree / "a.txt", tree / "b" / "c.txt"])


def test_sources_binary_and_latin1_fail_with_reasons(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary" * 10)
    (tmp_path / "latin.txt").write_bytes("José tiba di Medan.".encode("latin-1"))
    bin_item, latin_item = iter_items([tmp_path])
    with pytest.raises(InputError, match="binary"):
        bin_item.content_hash()
    with pytest.raises(InputError, match="not UTF-8"):
        latin_item.document()


def test_sources_html_main_text_is_the_document(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Ruto di Jakarta</title></head><body><nav>Beranda | Masuk</nav>"
        f"<article><p>{STORY}</p><p>Ruto mengatakan Kenya mendukung kerja sama dengan "
        "Indonesia dalam banyak bidang ekonomi.</p></article><footer>Hak cipta</footer>"
        "</body></html>",
        "utf-8",
    )
    (item,) = iter_items([page])
    doc = item.document()
    assert doc.source == str(page) and STORY in doc.text
    assert "Beranda" not in doc.text and "<p>" not in doc.text
    assert doc.content_hash == item.content_hash()
    (tmp_path / "empty.html").write_text(
        "<html><head></head><body><script>x()</script></body></html>"
    )
    (empty,) = iter_items([tmp_path / "empty.html"])
    with pytest.raises(InputError, match="no article text"):
        empty.document()
