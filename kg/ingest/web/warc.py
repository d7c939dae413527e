"""WARC files (``.warc``, ``.warc.gz``): each HTML response record is one article.

Web archives (the Common Crawl news crawl, Heritrix or browsertrix crawls) hold every
response a crawler saw. kg reads them as a stream, record by record (never the whole file),
and keeps the records that are articles: ``response`` records with HTTP status 200 and an
HTML type, and ``resource`` records of an HTML type. Requests, metadata, revisits, redirects,
images and scripts are not articles and are passed over without a word. The record's
``WARC-Target-URI`` is the document's source; its ``WARC-Date`` (the crawl time) is the
document's date only when the page states none.

A record whose payload cannot be read is one failed item. A file that stops parsing (a
truncated download, a broken gzip member) is one failed item too, after the records read
before the break: nothing after it can be found reliably.

Why FastWARC: measured on 5,000 synthetic article records (``make bench`` writes such a file
with warcio), it reads them about 6x faster than warcio, and it refuses what warcio passes
over in silence (a file that is not a WARC at all yields nothing in warcio and an error
here; a corrupt gzip member likewise). Reading is still a sliver of the time per article
(trafilatura and the NLP pipeline dominate); the clearer failures decided it. warcio stays a
test and bench dependency, to write WARC files, which also checks that what one library writes
the other reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.document import MAX_BYTES
from kg.ingest.sources import Item, _first_line
from kg.ingest.web.pages import page_item

__all__ = ["WARC_SUFFIXES", "is_warc", "warc_items"]

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    """True for a ``.warc`` or ``.warc.gz`` file name."""
    return name.lower().endswith(WARC_SUFFIXES)


def warc_items(path: Path) -> Iterator[Item]:
    """One item per HTML response record of the WARC file at ``path``, streamed."""
    from fastwarc import ArchiveIterator, WarcRecordType

    try:
        stream = path.open("rb")
    except OSError as err:
        yield Item(str(path), "error", error=f"{path}: cannot read ({err.strerror})")
        return
    number = 0
    with stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response | WarcRecordType.resource,
            parse_http=True,
            auto_decode="all",
            fsspec_args=False,
        )
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (OSError, ValueError) as err:
                where = f"{path}: after record {number}" if number else str(path)
                message = f"{where}: not a readable WARC record ({_first_line(err)})"
                yield Item(f"{path}#{number + 1}", "error", error=message)
                return
            number += 1
            item = _record_item(record, path, number)
            if item is not None:
                yield item


def _record_item(record, path: Path, number: int) -> Item | None:  # noqa: ANN001 - FastWARC's
    """The item of one record, None when the record is not an article."""
    uri = (record.headers.get("WARC-Target-URI") or "").strip() or f"{path}#{number}"
    if record.is_http:
        if record.http_headers is None or record.http_headers.status_code != 200:
            return None
        content_type = record.http_headers.get("Content-Type")
    else:
        content_type = record.headers.get("Content-Type")
    if not (content_type or "").lower().startswith(_HTML_TYPES):
        return None
    try:
        body = record.reader.read(MAX_BYTES + 1)
    except (OSError, ValueError) as err:
        return Item(uri, "error", error=f"{uri}: WARC record {number} unreadable ({err})")
    if len(body) > MAX_BYTES:
        return Item(uri, "error", error=f"{uri}: too large (more than {MAX_BYTES:,} bytes)")
    warc_date = (record.headers.get("WARC-Date") or "")[:10] or None
    return page_item(uri, body, content_type, fallback_date=warc_date)
