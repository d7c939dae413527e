"""The page in headless Debian Chromium, with every non-file:// request aborted and recorded."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from test_html import HOSTILE, hostile_graph, small_graph  # noqa: E402

from kg.viz import write_html  # noqa: E402
from kg.viz.bench import ARGS, CHROMIUM  # noqa: E402  (the same headless set-up as the bench)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing: apt-get install -y chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright missing: pip install playwright (never `playwright install`)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A loaded page plus the requests it tried and the errors it raised."""

    def __init__(self, browser: object, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.__kgFirstDraw !== undefined", timeout=30_000)

    def _route(self, route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith("file://"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            self.requests.append(url)
            route.abort()  # type: ignore[attr-defined]

    def node_point(self, node_id: int) -> tuple[float, float]:
        return tuple(
            self.page.evaluate(
                """(id) => { const n = kgView.network;
                 const p = n.canvasToDOM(n.getPosition(id));
                 const r = document.getElementById('kg-network').getBoundingClientRect();
                 return [p.x + r.left, p.y + r.top]; }""",
                node_id,
            )
        )

    def settle(self) -> None:
        """Small graphs stabilise in the browser; wait until physics is switched off."""
        self.page.wait_for_function(
            "!kgView.network.physics.physicsEnabled || kgView.network.physics.stabilized",
            timeout=30_000,
        )


@pytest.fixture()
def opened(browser: object, tmp_path: Path) -> Iterator[callable]:
    pages: list[Opened] = []

    def open_graph(graph: object) -> Opened:
        page = Opened(browser, write_html(graph, tmp_path / f"g{len(pages)}.html"))
        pages.append(page)
        return page

    yield open_graph
    for item in pages:
        item.page.close()


def test_renders_offline_with_all_nodes(opened: callable) -> None:
    graph = small_graph()
    view = opened(graph)
    assert view.requests == []
    assert view.errors == []
    assert view.page.evaluate("kgView.nodes.length") == graph.number_of_nodes()
    assert view.page.evaluate("kgView.edges.length") == graph.number_of_edges()
    assert view.page.is_visible("#kg-time")


def test_click_node_opens_panel_with_evidence(opened: callable) -> None:
    view = opened(small_graph())
    view.settle()
    view.page.mouse.click(*view.node_point(0))
    view.page.wait_for_selector("#kg-panel:not([hidden])", timeout=5_000)
    text = view.page.inner_text("#kg-panel")
    assert "Antony Blinken" in text
    assert "Blinken tiba di Astana, Kazakhstan." in text
    assert "antara-2023-02-28.txt" in text
    assert "Relations out (3)" in text


def test_search_and_filter(opened: callable) -> None:
    view = opened(small_graph())
    view.page.fill("#kg-search", "kazak")
    view.page.press("#kg-search", "Enter")
    view.page.wait_for_selector("#kg-panel:not([hidden])")
    assert "Kazakhstan" in view.page.inner_text("#kg-panel")
    view.page.get_by_label("met").uncheck()
    shown = view.page.evaluate("kgView.network.body.data.edges.length")
    assert shown == 1


def test_hostile_labels_execute_nothing(opened: callable) -> None:
    view = opened(hostile_graph())
    view.settle()
    assert view.requests == []
    assert view.page.evaluate("kgView.nodes.length") == len(HOSTILE)
    for node_id in range(len(HOSTILE)):
        x, y = view.node_point(node_id)
        view.page.mouse.move(x, y)
        view.page.wait_for_timeout(450)  # past tooltipDelay: the tooltip is in the DOM
        tip = view.page.evaluate("document.querySelector('.vis-tooltip').textContent")
        assert HOSTILE[node_id] in tip
        view.page.mouse.click(x, y)
    view.page.evaluate("kgView.showEdge(0); kgView.showEdge(1)")
    assert view.page.evaluate("typeof window.__pwned") == "undefined"
    assert view.page.locator("#kg-panel img, #kg-panel svg, body > img, body svg").count() == 0
    assert view.errors == []
    assert HOSTILE[0] in view.page.inner_text("#kg-panel")
