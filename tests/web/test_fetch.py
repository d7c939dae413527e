"""Fetching articles politely from the loopback site (no model: items and documents only)."""

from __future__ import annotations

import time

import pytest

from kg.errors import InputError
from kg.ingest.sources import iter_items
from kg.ingest.web import USER_AGENT, FetchCache, Fetcher, WebSession
from kg.ingest.web.fetch import FetchError


def _one(args, session):
    (item,) = iter_items(args, web=session)
    return item


def test_fetch_article_url_is_a_document_with_source_date_and_title(site, session):
    url = f"{site.base}/news/ruto.html"
    doc = _one([url], session).document()
    assert doc.source == url
    assert (doc.date, doc.title) == ("2024-03-04", "Ruto tiba di Jakarta")
    assert "Presiden Kenya William Ruto tiba di Jakarta" in doc.text
    assert "Beranda" not in doc.text and "Hak cipta" not in doc.text  # site furniture dropped
    assert doc.lang == "id"


def test_fetch_names_kg_in_the_user_agent_and_reads_robots_once_per_host(site, session):
    for path in ("/news/ruto.html", "/news/blinken.html"):
        _one([site.base + path], session).document()
    assert site.hits("/robots.txt") == 1
    agents = {headers["user-agent"] for _, headers in site.log}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("kg/0.") and "(+http" in USER_AGENT


def test_fetch_skips_a_path_robots_txt_forbids(site, session):
    items = list(
        iter_items([f"{site.base}/private/secret.html", f"{site.base}/news/lee.html"], web=session)
    )
    with pytest.raises(InputError, match="robots.txt forbids /private/secret.html"):
        items[0].document()
    assert items[1].document().title == "Lee meets Albanese"  # the allowed page in the same run
    assert site.hits("/private/secret.html") == 0
    assert site.hits("/news/lee.html") == 1


def test_fetch_retries_429_after_retry_after(site, session, sleeps):
    doc = _one([f"{site.base}/flaky.html"], session).document()
    assert doc.title == "Lee meets Albanese"
    assert site.hits("/flaky.html") == 2
    assert 1.0 in sleeps  # the server's Retry-After, honoured


def test_fetch_gives_up_when_retry_after_is_too_long(site, session, sleeps):
    site.routes["/later.html"] = lambda h, n: (503, {"Retry-After": "7200"}, b"")
    with pytest.raises(InputError, match="asks to wait 7200 s"):
        _one([f"{site.base}/later.html"], session).document()
    assert site.hits("/later.html") == 1 and not [s for s in sleeps if s > 60]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404"),
        ("/to-file", r"redirect to a non-http\(s\) URL refused \(file:///etc/passwd\)"),
        ("/empty.html", "no article text found"),
    ],
)
def test_fetch_failures_are_one_line_items(site, session, path, reason):
    item = _one([site.base + path], session)
    with pytest.raises(InputError, match=reason) as failure:
        item.document()
    assert "\n" not in str(failure.value)
    assert str(failure.value).startswith(site.base + path)


def test_fetch_follows_http_redirects_and_keeps_the_asked_url_as_source(site, session):
    doc = _one([f"{site.base}/to-article"], session).document()
    assert doc.source == f"{site.base}/to-article"
    assert doc.title == "Lee meets Albanese"
    assert site.hits("/news/lee.html") == 1


def test_fetch_refuses_non_http_urls_without_any_request(site, session):
    item = _one(["file:///etc/passwd"], session)
    with pytest.raises(InputError, match="only http"):
        item.document()
    assert site.log == []


def test_fetch_unreachable_host_is_one_failure(sleeps):
    fetcher = Fetcher(delay=0, cache=FetchCache(), sleep=sleeps.append, robots=False, retries=1)
    with pytest.raises(FetchError, match="unreachable"):
        fetcher.fetch("http://127.0.0.1:9/")  # the discard port: nothing listens
    assert fetcher.requests == 2  # one retry, after a backoff
    assert len(sleeps) == 1


def test_fetch_reads_at_most_max_bytes(site, sleeps):
    fetcher = Fetcher(delay=0, cache=FetchCache(), sleep=sleeps.append, max_bytes=400)
    with pytest.raises(FetchError, match="too large"):
        fetcher.fetch(f"{site.base}/news/lee.html")
    assert len(fetcher.fetch(f"{site.base}/robots.txt").body) < 400  # small pages still pass


def test_fetch_rerun_sends_one_conditional_request_per_unchanged_page(site, tmp_path, sleeps):
    url = f"{site.base}/news/ruto.html"
    texts = []
    for _ in range(2):  # two runs, as two processes would: only the cache file is shared
        fetcher = Fetcher(delay=0, cache=FetchCache(tmp_path / "c.sqlite"), sleep=sleeps.append)
        web = WebSession(fetcher=fetcher)
        texts.append(_one([url], web).text()[0])
        web.close()
    first, second = site.requests_to("/news/ruto.html")
    assert "if-none-match" not in first
    assert second["if-none-match"] == '"ruto-v1"'  # answered 304 by the site
    assert texts[0] == texts[1]  # same text, so the same content hash: "unchanged"


def test_fetch_waits_delay_between_requests_to_one_host(site):
    web = WebSession(fetcher=Fetcher(delay=0.3, cache=FetchCache()))
    started = time.monotonic()
    for path in ("/news/ruto.html", "/news/lee.html"):
        _one([site.base + path], web)
    web.close()
    # robots.txt, then two pages: two gaps of at least the delay
    assert time.monotonic() - started >= 0.6


def test_fetch_page_cap_counts_what_was_not_fetched(site, sleeps):
    web = WebSession(fetcher=Fetcher(delay=0, cache=FetchCache(), sleep=sleeps.append), max_pages=2)
    items = list(iter_items([f"{site.base}/feed.rss"], web=web))
    assert [i.source for i in items] == [f"{site.base}/news/ruto.html", f"{site.base}/feed.rss"]
    assert web.not_fetched == 2  # blinken and the private page, beyond the cap
    assert site.hits("/news/blinken.html") == 0


def test_fetch_decodes_the_declared_charset(site, session):
    page = "<html><body><article><p>{}</p></article></body></html>".format(
        "Le président a visité Jakarta lundi, où il a rencontré le ministre des Affaires "
        "étrangères pour parler de coopération économique et de sécurité régionale."
    )
    site.routes["/latin.html"] = lambda h, n: (
        200,
        {"Content-Type": "text/html; charset=iso-8859-1"},
        page.encode("latin-1"),
    )
    site.add("/plain.txt", b"Presiden Kenya tiba di Jakarta pada Senin.", "text/plain")
    latin, plain = iter_items([f"{site.base}/latin.html", f"{site.base}/plain.txt"], web=session)
    assert "président a visité Jakarta" in latin.document().text
    assert plain.document().text == "Presiden Kenya tiba di Jakarta pada Senin."


def test_fetch_refuses_what_is_not_a_page(site, session):
    site.add("/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    image, article = iter_items(
        [f"{site.base}/logo.png", f"{site.base}/news/lee.html"], web=session
    )
    with pytest.raises(InputError, match=r"not an HTML page \(image/png\)"):
        image.document()
    assert article.document().title == "Lee meets Albanese"


def test_fetch_gives_up_on_a_page_that_drips_past_the_deadline(site, session, monkeypatch):
    from kg.ingest.web import fetch

    big = b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>"
    site.add("/drip.html", big)
    ticks = iter(range(0, 10_000, 50))  # every look at the clock: 50 s later
    monkeypatch.setattr(session.fetcher, "_clock", lambda: next(ticks))
    with pytest.raises(InputError, match=r"too slow \(not read within 120 s\)"):
        _one([f"{site.base}/drip.html"], session).document()
    monkeypatch.setattr(fetch, "MAX_READ_SECONDS", 10_000.0)
    assert "word word" in _one([f"{site.base}/drip.html"], session).document().text


def test_fetch_honours_a_longer_crawl_delay_for_kg(site, sleeps):
    site.routes["/robots.txt"] = lambda h, n: (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: other\nCrawl-delay: 30\n\nUser-agent: kg\nCrawl-delay: 5\nDisallow:\n",
    )
    web = WebSession(fetcher=Fetcher(delay=1, cache=FetchCache(), sleep=sleeps.append))
    for path in ("/news/ruto.html", "/news/lee.html"):
        _one([site.base + path], web)
    web.close()
    assert max(sleeps) > 4  # kg's group (5 s), not the other agent's 30 s nor --delay's 1 s
    assert max(sleeps) <= 5


def test_fetch_url_list_file_skips_comments_and_fails_bad_lines_alone(site, session, tmp_path):
    from kg.ingest.web import url_list_items

    listing = tmp_path / "links.txt"
    listing.write_text(
        f"# today's links\n\n{site.base}/news/ruto.html\nftp://news.example/x\n"
        f"  {site.base}/news/lee.html  \n",
        "utf-8",
    )
    items = list(url_list_items(listing, session))
    assert [i.source for i in items] == [
        f"{site.base}/news/ruto.html",
        f"{listing}:4",
        f"{site.base}/news/lee.html",
    ]
    with pytest.raises(InputError, match=r"links.txt:4: not an http\(s\) URL"):
        items[1].document()
    assert items[2].document().title == "Lee meets Albanese"
