"""Reading articles: bounded reads, refused special files, one decoder, control characters."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from kg.errors import InputError, KgWarning
from kg.ingest import read_bytes, read_file, read_text
from kg.ingest.metadata import valid_date
from kg.ingest.reading import MAX_BYTES, clean_text, content_hash, read_limited
from kg.ingest.sources import iter_items

STORY = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Jakarta pada Senin.\n"


def _finishes(call, seconds: float = 10.0) -> BaseException | None:
    """Run ``call`` in a thread; fail the test if it has not returned after ``seconds``."""
    box: list[BaseException | None] = [None]

    def run() -> None:
        try:
            call()
        except BaseException as err:  # noqa: BLE001 - returned to the test
            box[0] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading did not return: unbounded or blocking read"
    return box[0]


def test_dev_zero_is_refused_without_reading_it():
    err = _finishes(lambda: read_file("/dev/zero"))
    assert isinstance(err, InputError) and "not a regular file" in str(err)
    (item,) = iter_items(["/dev/zero"])
    err = _finishes(item.document)
    assert isinstance(err, InputError) and "not a regular file" in str(err)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    err = _finishes(lambda: read_file(fifo))
    assert isinstance(err, InputError) and "not a regular file" in str(err)


def test_proc_files_are_refused():
    err = _finishes(lambda: read_file("/proc/self/status"))
    assert isinstance(err, InputError) and "not a regular file" in str(err)


def test_size_limit_reads_at_most_the_limit_and_can_be_raised(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY * 40, encoding="utf-8")  # about 3 kB
    with pytest.raises(InputError, match="too large.*--max-bytes"):
        read_file(path, max_bytes=1000)
    assert read_file(path, max_bytes=10_000).text == STORY * 40
    assert len(read_limited(path, 10_000)) == path.stat().st_size


def test_default_limit_is_below_spacys_max_length_and_enforced_on_text():
    assert MAX_BYTES < 1_000_000  # spaCy's nlp.max_length: never the error a user meets
    with pytest.raises(InputError, match="too large"):
        read_text("kata " * 200_001)  # 1,000,005 characters
    assert read_text("kata " * 200_001, max_bytes=2_000_000).text.startswith("kata")


def test_control_characters_become_spaces_and_offsets_hold():
    raw = "Presiden\x01Joko\x1bWidodo\x7ftiba\x85di\tJakarta.\r\nIa bertemu Menteri.\n"
    doc = read_text(raw)
    assert len(doc.text) == len(raw) == len(doc.body)
    assert doc.text == "Presiden Joko Widodo tiba di\tJakarta.\r\nIa bertemu Menteri.\n"
    assert "\t" in doc.text and "\n" in doc.text  # tab and line breaks are kept


def test_nul_anywhere_is_binary():
    with pytest.raises(InputError, match="binary"):
        read_text(STORY * 1000 + "\x00" + STORY)  # past the first 64 KiB
    with pytest.raises(InputError, match="binary"):
        read_bytes((STORY * 1000).encode() + b"\x00")
    assert read_text(STORY * 1000).text  # the same text without NUL is an article


def test_utf16_with_bom_is_decoded_not_binary():
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        data = STORY.encode(encoding)
        if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            data = "\ufeff".encode(encoding) + data
        assert read_bytes(data).text == STORY, encoding
    with pytest.raises(InputError, match="binary"):
        read_bytes(STORY.encode("utf-16-le"))  # no BOM: NUL bytes, refused


def test_lone_surrogates_are_refused_in_one_line():
    with pytest.raises(InputError, match="lone surrogate"):
        read_text(STORY + "\ud800")
    assert read_text(STORY + "\U0001f600").text.endswith("\U0001f600")


def test_one_decoder_and_one_hash_for_api_and_batch(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("\ufeff" + STORY + "Ia\x02tiba.\n").encode("utf-8"))
    (item,) = iter_items([path])
    doc = read_file(path)
    assert item.content_hash() == doc.content_hash == content_hash(doc.text)
    assert item.document().text == doc.text == clean_text(doc.text)


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("--02-29", "--02-29"),
        ("9999-99-99", None),
        ("2023-02-29", None),
        ("yesterday", None),
    ],
)
def test_valid_date(given, stored):
    assert valid_date(given) == stored


def test_record_with_an_invalid_date_is_kept_without_it(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"text": STORY, "date": "9999-99-99"}, {"text": STORY, "date": "2024-03-05"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    bad, good = iter_items([path])
    with pytest.warns(KgWarning, match="9999-99-99"):
        assert bad.document().date is None
    assert good.document().date == "2024-03-05"


def test_hostile_json_lines_are_one_error_each_and_later_records_are_read(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        "[" * 100_000 + "]" * 100_000,  # deep nesting: RecursionError in json
        '{"text": ' + "9" * 5000 + "}",  # 5,000 digits: ValueError in int()
        json.dumps({"text": STORY.strip()}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_items([path]))
    assert [i.kind for i in items] == ["error", "error", "record"]
    assert all("not a JSON record" in i.error for i in items[:2])
    assert items[2].document().text == STORY.strip()


def test_jsonl_line_longer_than_the_limit_is_one_error(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"text": "a" * 50_000}, {"text": STORY.strip()}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(iter_items([path], max_bytes=1000))
    assert items[0].kind == "error" and "too large" in items[0].error
    assert items[1].document(lang="id").text == STORY.strip()


def test_special_file_inside_a_batch_is_one_error(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    items = list(iter_items(["/dev/zero", str(good)]))
    with pytest.raises(InputError, match="not a regular file"):
        items[0].document()
    assert items[1].document().text == STORY
    assert Path(items[1].source).name == "good.txt"


def test_fifo_named_jsonl_neither_blocks_counting_nor_reading(tmp_path):
    from kg.ingest.sources import count_items

    fifo = tmp_path / "news.jsonl"
    os.mkfifo(fifo)
    assert _finishes(lambda: count_items([fifo])) is None
    box = []
    assert _finishes(lambda: box.extend(iter_items([fifo]))) is None
    assert [i.kind for i in box] == ["error"] and "not a regular file" in box[0].error
