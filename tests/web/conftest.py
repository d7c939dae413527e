"""A small news site on loopback for the web tests: articles, feeds, sitemaps, robots.txt,
a rate-limited page, a 404 and a redirect to ``file:``. Every request is logged, so tests
count what kg asked for (and what it did not)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.ingest.web import FetchCache, Fetcher, WebSession

Response = tuple[int, dict[str, str], bytes]
Route = Callable[[dict[str, str], int], Response]


def article(title: str, paragraphs: list[str], published: str | None = None) -> bytes:
    """An article page with site furniture around the story (nav, footer)."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
        f"<body><nav><a href='/'>Beranda</a> | <a href='/news'>Berita</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Hak cipta Contoh Berita</footer></body></html>"
    ).encode()


RUTO = article(
    "Ruto tiba di Jakarta",
    [
        "Presiden Kenya William Ruto tiba di Jakarta pada Senin untuk bertemu Presiden Joko "
        "Widodo di Istana Merdeka.",
        "Kedua pemimpin membahas kerja sama perdagangan, energi dan pendidikan antara Kenya "
        "dan Indonesia selama kunjungan dua hari itu.",
    ],
    "2024-03-04T08:00:00+07:00",
)
BLINKEN = article(
    "Blinken visits Kazakhstan",
    [
        "US Secretary of State Antony Blinken arrived in Astana on Tuesday, where he met "
        "Kazakh President Kassym-Jomart Tokayev.",
        "The two discussed trade routes across Central Asia and the war in Ukraine during a "
        "meeting at the presidential palace.",
    ],
)
LEE = article(
    "Lee meets Albanese",
    [
        "Singapore Prime Minister Lee Hsien Loong met Australian Prime Minister Anthony "
        "Albanese in Canberra on Monday.",
        "They agreed to deepen cooperation on clean energy, defence and the digital economy "
        "over the next decade.",
    ],
    "2023-06-01",
)
SECRET = article("Secret", ["This page is forbidden to crawlers by robots.txt on this site."])
EMPTY = (
    b"<html><head><title>Nothing</title></head><body><div><script>x()</script></div></body></html>"
)


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Contoh Berita</title><link>{base}/</link>
<item><title>Ruto tiba di Jakarta</title><link>{base}/news/ruto.html</link>
  <pubDate>Tue, 05 Mar 2024 03:00:00 +0700</pubDate></item>
<item><title>Blinken visits Kazakhstan</title><link>/news/blinken.html</link>
  <pubDate>Tue, 28 Feb 2023 10:00:00 GMT</pubDate></item>
<item><title>No link here</title><description>An item without a link</description></item>
<item><title>Secret</title><link>{base}/private/secret.html</link></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Contoh</title><id>{base}/</id>
<updated>2024-03-05T00:00:00Z</updated>
<entry><title>Lee meets Albanese</title><id>tag:lee</id>
  <link rel="alternate" href="{base}/news/lee.html"/>
  <published>2023-06-05T09:00:00Z</published><updated>2023-06-06T09:00:00Z</updated></entry>
<entry><title>Blinken</title><id>tag:blinken</id><link href="{base}/news/blinken.html"/>
  <updated>2023-02-28T12:00:00Z</updated></entry>
</feed>""".encode()


def sitemap_index(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>""".encode()


def news_sitemap(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/lee.html</loc><news:news><news:publication_date>2023-06-07T08:00:00+08:00
</news:publication_date><news:title>Lee meets Albanese</news:title></news:news></url>
<url><loc>{base}/news/ruto.html</loc><lastmod>2024-03-06</lastmod></url>
<url><loc>mailto:editor@news.example</loc></url>
</urlset>""".encode()


def _conditional(body: bytes, etag: str) -> Route:
    def route(headers: dict[str, str], hit: int) -> Response:
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "text/html; charset=utf-8", "ETag": etag}, body

    return route


def _rate_limited(body: bytes) -> Route:
    def route(headers: dict[str, str], hit: int) -> Response:
        if hit == 1:
            return 429, {"Retry-After": "1"}, b"slow down"
        return 200, {"Content-Type": "text/html"}, body

    return route


@dataclass
class Site:
    """The loopback site: ``base`` URL, its routes and the log of requests it received."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.log if p == path]

    def add(self, path: str, body: bytes, content_type: str = "text/html") -> None:
        self.routes[path] = lambda h, n: (200, {"Content-Type": content_type}, body)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            headers = {k.lower(): v for k, v in self.headers.items()}
            with lock:
                site.log.append((self.path, headers))
                hit = site.hits(self.path)
            route = site.routes.get(self.path)
            status, extra, body = route(headers, hit) if route else (404, {}, b"not found")
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def site() -> Iterator[Site]:
    """The news site, served on 127.0.0.1 on a free port for one test."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.handle_error = lambda request, address: None  # kg closing early is not news
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    base = site.base
    site.routes.update(
        {
            "/robots.txt": lambda h, n: (
                200,
                {"Content-Type": "text/plain"},
                b"User-agent: *\nDisallow: /private/\n",
            ),
            "/news/ruto.html": _conditional(RUTO, '"ruto-v1"'),
            "/flaky.html": _rate_limited(LEE),
            "/to-file": lambda h, n: (302, {"Location": "file:///etc/passwd"}, b""),
            "/to-article": lambda h, n: (301, {"Location": "/news/lee.html"}, b""),
        }
    )
    site.add("/news/blinken.html", BLINKEN)
    site.add("/news/lee.html", LEE)
    site.add("/private/secret.html", SECRET)
    site.add("/empty.html", EMPTY)
    site.add("/feed.rss", rss(base), "application/rss+xml")
    site.add("/feed.atom", atom(base), "application/atom+xml")
    site.add("/sitemap.xml", sitemap_index(base), "application/xml")
    site.add("/sitemap-news.xml", news_sitemap(base), "application/xml")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture()
def sleeps() -> list[float]:
    """What the fetcher slept, recorded instead of slept (so retries cost no time)."""
    return []


@pytest.fixture()
def session(sleeps: list[float]) -> Iterator[WebSession]:
    """A web session with no delay whose sleeps are recorded, fetch cache in memory."""
    web = WebSession(fetcher=Fetcher(delay=0, cache=FetchCache(), sleep=sleeps.append))
    yield web
    web.close()
