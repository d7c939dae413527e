"""Feeds and sitemaps: each entry's article, with the listing's date and title."""

from __future__ import annotations

import gzip

import pytest

from kg.errors import InputError
from kg.ingest.sources import count_items, is_single, iter_items

from .conftest import rss


def _outcomes(items):
    """(source, date or the failure) per item, in order."""
    out = []
    for item in items:
        try:
            out.append((item.source, item.document().date))
        except InputError as err:
            out.append((item.source, f"failed: {err}"))
    return out


def test_listings_rss_items_give_link_title_date_and_failures_stay_per_entry(site, session):
    base = site.base
    outcomes = _outcomes(iter_items([f"{base}/feed.rss"], web=session))
    assert [source for source, _ in outcomes] == [
        f"{base}/news/ruto.html",
        f"{base}/news/blinken.html",  # a relative <link>, resolved against the feed
        f"{base}/feed.rss",  # the entry without a link: one failure, named by the feed
        f"{base}/private/secret.html",
    ]
    # the feed's pubDate wins over the page's 03-04, as written (in UTC it is still 03-04)
    assert outcomes[0][1] == "2024-03-05"
    assert outcomes[1][1] == "2023-02-28"  # the page has no date: the feed's
    assert "feed entry 3 has no http(s) link" in outcomes[2][1]
    assert "robots.txt forbids" in outcomes[3][1]
    assert site.hits("/private/secret.html") == 0


def test_listings_atom_entries_use_the_published_date(site, session):
    items = list(iter_items([f"{site.base}/feed.atom"], web=session))
    docs = [i.document() for i in items]
    assert [d.source for d in docs] == [
        f"{site.base}/news/lee.html",
        f"{site.base}/news/blinken.html",
    ]
    assert [d.date for d in docs] == ["2023-06-05", "2023-02-28"]  # published, else updated
    assert docs[0].title == "Lee meets Albanese"


def test_listings_sitemap_index_is_followed_to_the_news_sitemap(site, session):
    outcomes = _outcomes(iter_items([f"{site.base}/sitemap.xml"], web=session))
    assert outcomes[0] == (f"{site.base}/news/lee.html", "2023-06-07")  # news:publication_date
    assert outcomes[1] == (f"{site.base}/news/ruto.html", "2024-03-04")  # the page's own date
    assert "sitemap entry 3 has no http(s) <loc>" in outcomes[2][1]
    assert len(outcomes) == 3
    assert site.hits("/sitemap-news.xml") == 1


def test_listings_gzipped_sitemap(site, session):
    site.add(
        "/s.xml.gz", gzip.compress(site.routes["/sitemap-news.xml"]({}, 1)[2]), "application/gzip"
    )
    sources = [i.source for i in iter_items([f"{site.base}/s.xml.gz"], web=session)]
    assert sources[:2] == [f"{site.base}/news/lee.html", f"{site.base}/news/ruto.html"]


def test_listings_feed_file_on_disk(site, session, tmp_path):
    path = tmp_path / "saved.rss"
    path.write_bytes(rss(site.base))
    assert not is_single([str(path)]) and count_items([str(path)]) is None
    first, relative = list(iter_items([str(path)], web=session))[:2]
    assert first.document().title == "Ruto tiba di Jakarta"
    with pytest.raises(InputError, match="feed entry 2 has no http"):  # no URL to resolve it by
        relative.document()


@pytest.mark.parametrize("body", [b"<rss><channel><item><title>x</ti", b"<urlset><url><loc>"])
def test_listings_broken_listing_is_one_failure(site, session, body):
    site.add("/broken.xml", body, "application/xml")
    items = list(iter_items([f"{site.base}/broken.xml", f"{site.base}/news/lee.html"], web=session))
    with pytest.raises(InputError) as failure:
        items[0].document()
    assert "\n" not in str(failure.value) and str(failure.value).startswith(site.base)
    assert items[-1].document().title == "Lee meets Albanese"  # the batch goes on


def test_listings_hostile_xml_entities_are_not_expanded(site, session):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<urlset><url><loc>http://127.0.0.1:1/&c;</loc></url>"
        b"<url><loc>" + site.base.encode() + b"/news/lee.html</loc></url></urlset>"
    )
    site.add("/bomb.xml", bomb, "application/xml")
    items = list(iter_items([f"{site.base}/bomb.xml"], web=session))
    assert items[-1].source == f"{site.base}/news/lee.html"
    assert all("aaaaaaaaaa" not in i.source for i in items)
