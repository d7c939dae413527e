"""`kg build` on the web end to end (loads the models): a feed into a store and again (one
conditional request per page, "unchanged"), per-item failures with exit 3, --follow rounds
stopped by SIGTERM, and a WARC file (worker processes: ``make bench``, and tests/batch for
the pool itself, which takes web items like any other)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

from .test_warc import _record

pytestmark = pytest.mark.slow


def _clean_feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Ruto</title><link>{base}/news/ruto.html</link>
  <pubDate>Tue, 05 Mar 2024 08:00:00 +0700</pubDate></item>
<item><title>Lee</title><link>{base}/news/lee.html</link></item>
</channel></rss>""".encode()


def _build(*args: str):
    return CliRunner().invoke(main, ["build", "--delay", "0", *args])


def test_build_feed_into_store_then_rerun_fetches_each_page_once(site, tmp_path):
    site.add("/clean.rss", _clean_feed(site.base), "application/rss+xml")
    store = tmp_path / "news.db"
    feed = f"{site.base}/clean.rss"
    first = _build(feed, "--store", str(store))
    assert first.exit_code == 0, first.output
    assert f"added {site.base}/news/ruto.html" in first.output
    assert f"added {site.base}/news/lee.html" in first.output
    assert (tmp_path / "news.db.fetch-cache").is_file()

    second = _build(feed, "--store", str(store))
    assert second.exit_code == 0, second.output
    assert f"unchanged {site.base}/news/ruto.html" in second.output
    assert f"unchanged {site.base}/news/lee.html" in second.output
    assert "added" not in second.output.split("documents:")[0]
    for page in ("/news/ruto.html", "/news/lee.html", "/clean.rss"):
        assert site.hits(page) == 2, page  # one request per page and run
    assert site.requests_to("/news/ruto.html")[1]["if-none-match"] == '"ruto-v1"'

    g = kg.KnowledgeGraph.open(store)
    rows = g.query("SELECT ?s ?d WHERE { ?doc kg:source ?s . OPTIONAL { ?doc dcterms:date ?d } }")
    dates = {str(s): (str(d) if d is not None else None) for s, d in rows}
    g.close()
    assert dates == {
        f"{site.base}/news/ruto.html": "2024-03-05",  # the feed's date
        f"{site.base}/news/lee.html": "2023-06-01",  # the page's own date
    }


def test_build_web_failures_are_one_line_each_and_exit_3(site):
    result = _build(f"{site.base}/feed.rss", f"{site.base}/missing.html", f"{site.base}/to-file")
    assert result.exit_code == 3, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 4, result.output  # no-link entry, robots, 404, file: redirect
    assert any("robots.txt forbids" in line for line in failed)
    assert any("HTTP 404" in line for line in failed)
    assert any("non-http(s)" in line for line in failed)
    assert f"added {site.base}/news/ruto.html" in result.output  # the batch went on
    assert "Traceback" not in result.output


def test_build_follow_polls_until_sigterm(site, tmp_path):
    site.add("/clean.rss", _clean_feed(site.base), "application/rss+xml")
    command = [sys.executable, "-m", "kg.cli", "build", f"{site.base}/clean.rss"]
    command += ["--store", str(tmp_path / "db"), "--follow", "--every", "1s", "--delay", "0"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    lines: list[str] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and sum(line.startswith("documents:") for line in lines) < 2:
        line = process.stdout.readline().decode()
        if not line and process.poll() is not None:
            break
        lines.append(line)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (lines, err.decode())
    summaries = [line for line in lines if line.startswith("documents:")]
    assert summaries[0].startswith("documents: 2 (2 added")
    assert summaries[1].startswith("documents: 2 (0 added, 2 unchanged")
    assert "progress: 2 documents" in err.decode()
    assert "Traceback" not in err.decode()


def test_build_warc_file(tmp_path):
    from warcio.warcwriter import WARCWriter

    from .conftest import BLINKEN, EMPTY, RUTO

    path = tmp_path / "news.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        _record(writer, "https://news.example/ruto", RUTO)
        _record(writer, "https://news.example/blinken", BLINKEN, date="2023-02-28T09:00:00Z")
        _record(writer, "https://news.example/broken", EMPTY)
    out = tmp_path / "news.ttl"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 3, result.output  # the page without text
    assert "failed: https://news.example/broken: no article text found" in result.output
    g = kg.KnowledgeGraph.open(out)
    sources = {str(s) for (s,) in g.query("SELECT ?s WHERE { ?d kg:source ?s }")}
    visited = {
        str(p) for (p,) in g.query("SELECT ?l WHERE { ?x kg:visited ?y . ?y rdfs:label ?l }")
    }
    assert sources == {"https://news.example/ruto", "https://news.example/blinken"}
    assert "Kazakhstan" in visited or "Astana" in visited
    assert Path(out).stat().st_size > 0
