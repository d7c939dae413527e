"""WARC files written here with warcio: HTML responses become documents, the rest is passed
over, a bad record fails alone."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import InputError
from kg.ingest.sources import count_items, is_single, iter_items

from .conftest import BLINKEN, EMPTY, RUTO


def _record(
    writer,
    uri,
    body,
    *,
    status="200 OK",
    ctype="text/html; charset=utf-8",
    date="2024-03-09T10:00:00Z",
    rec_type="response",
):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            uri,
            rec_type,
            payload=io.BytesIO(body),
            http_headers=http if rec_type == "response" else None,
            warc_headers_dict={"WARC-Date": date},
        )
    )


def write_warc(path: Path, *, gzip_records: bool = True) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip_records)
        _record(writer, "https://news.example/ruto", RUTO)
        _record(writer, "https://news.example/logo.png", b"\x89PNG...", ctype="image/png")
        _record(writer, "https://news.example/gone", b"gone", status="404 Not Found")
        _record(
            writer,
            "https://news.example/ruto",
            b"GET /ruto HTTP/1.1\r\n\r\n",
            rec_type="request",
            ctype="application/http",
        )
        _record(writer, "https://news.example/empty", EMPTY)
        _record(writer, "https://news.example/blinken", BLINKEN, date="2023-02-28T09:00:00Z")
    return path


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"])
def test_warc_html_responses_become_documents_with_uri_and_date(tmp_path, name):
    path = write_warc(tmp_path / name, gzip_records=name.endswith(".gz"))
    assert not is_single([str(path)]) and count_items([str(path)]) is None
    items = list(iter_items([str(path)]))
    assert [i.source for i in items] == [
        "https://news.example/ruto",
        "https://news.example/empty",
        "https://news.example/blinken",
    ]
    ruto, empty, blinken = items
    assert ruto.document().date == "2024-03-04"  # the page's own date beats the crawl date
    assert blinken.document().date == "2023-02-28"  # no date in the page: the WARC-Date
    assert "Antony Blinken arrived in Astana" in blinken.document().text
    with pytest.raises(InputError, match="no article text found"):
        empty.document()


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_corrupt_file_keeps_the_records_before_the_break(tmp_path, gzipped):
    whole = write_warc(tmp_path / "whole.warc", gzip_records=gzipped).read_bytes()
    if gzipped:  # a corrupt gzip member in the middle of the last record
        cut = len(whole) - 300
        broken_bytes = whole[:cut] + b"\x00garbage" * 20 + whole[cut:]
    else:  # a record whose header is not a WARC header
        cut = whole.index(b"WARC/1.", whole.index(b"https://news.example/blinken") - 400)
        broken_bytes = whole[:cut] + b"NOT A WARC HEADER\r\n\r\n" + whole[cut:]
    broken = tmp_path / "broken.warc"
    broken.write_bytes(broken_bytes)
    items = list(iter_items([str(broken)]))
    assert [i.source for i in items][:2] == [
        "https://news.example/ruto",
        "https://news.example/empty",
    ]
    assert items[0].document().title == "Ruto tiba di Jakarta"
    with pytest.raises(InputError, match="not a readable WARC record") as failure:
        items[-1].document()
    assert "\n" not in str(failure.value)


def test_warc_reads_records_lazily(tmp_path):
    path = write_warc(tmp_path / "news.warc.gz")
    stream = iter_items([str(path)])
    assert next(stream).source == "https://news.example/ruto"
    path.unlink()  # the open stream still reads on; nothing was read ahead into a list
    assert next(stream).source == "https://news.example/empty"


def test_warc_missing_or_foreign_file_is_one_failure(tmp_path):
    (item,) = iter_items([str(tmp_path / "nope.warc.gz")])
    with pytest.raises(InputError, match="cannot read"):
        item.document()
    text = tmp_path / "notes.warc"
    text.write_text("These are notes, not a web archive.\n\nMore notes.\n", "utf-8")
    (item,) = iter_items([str(text)])
    with pytest.raises(InputError, match="not a readable WARC record"):
        item.document()
    gz = tmp_path / "notes.warc.gz"
    gz.write_bytes(gzip.compress(text.read_bytes()))
    (item,) = iter_items([str(gz)])
    with pytest.raises(InputError, match="not a readable WARC record"):
        item.document()
