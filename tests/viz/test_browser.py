"""The page in headless Debian Chromium, with every non-file:// request aborted and recorded."""

from __future__ import annotations

import csv
import io
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, os.path.dirname(__file__))
from test_html import HOSTILE, KGR, hostile_graph, small_graph  # noqa: E402

from kg.graph.csvsafe import safe_cell  # noqa: E402
from kg.viz import write_html  # noqa: E402
from kg.viz.bench import ARGS, CHROMIUM  # noqa: E402  (the same headless set-up as the bench)
from kg.viz.sample import random_graph  # noqa: E402

pytestmark = pytest.mark.browser

_RECORD_LABELS = """
window.__kgText = [];
(function () {
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, w) {
    const m = /([\\d.]+)px/.exec(this.font);
    if (m) {
      const t = this.getTransform();
      const px = parseFloat(m[1]) * Math.hypot(t.a, t.b) / devicePixelRatio;
      window.__kgText.push([String(text), px]);
    }
    return fill.call(this, text, x, y, w);
  };
})();
"""


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

    def __init__(self, browser: object, path: Path, fragment: str = "") -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(  # type: ignore[attr-defined]
            viewport={"width": 1280, "height": 800}, accept_downloads=True
        )
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)
        self.page.add_init_script(_RECORD_LABELS)
        self.page.goto(path.as_uri() + fragment)
        self.wait_until("window.__kgFirstDraw !== undefined", timeout=30.0)
        self.page.wait_for_selector("html[data-kg-ready]", state="attached", timeout=60_000)

    def labels_drawn(self) -> dict[str, float]:
        """Text drawn on the canvas since the last call -> its on-screen size in CSS px.

        Measured, not read from kg's own state: every fillText is recorded with the font size
        times the canvas transform's scale, divided by the device pixel ratio.
        """
        self.page.evaluate("window.__kgText = []; kgView.network.redraw()")
        self.page.wait_for_timeout(100)
        drawn: dict[str, float] = {}
        for text, px in self.page.evaluate("window.__kgText"):
            drawn[text] = min(px, drawn.get(text, px))
        return drawn

    def visible_nodes(self) -> set[int]:
        return set(self.page.evaluate("kgView.nodeView.getIds()"))

    def visible_edges(self) -> set[int]:
        return set(self.page.evaluate("kgView.edgeView.getIds()"))

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
        self.wait_until(
            "!kgView.network.physics.physicsEnabled || kgView.network.physics.stabilized",
            timeout=30.0,
        )

    def wait_until(self, expression: str, timeout: float) -> None:
        """Poll ``expression`` until it is true. Not ``page.wait_for_function``: its polling
        re-evaluates the string with ``eval``, which the page's CSP (no 'unsafe-eval')
        refuses whenever the condition is not already true at the first try (a busy
        machine); ``page.evaluate`` goes through the debugger protocol, outside the CSP."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"not true after {timeout} s: {expression}")
            self.page.wait_for_timeout(50)


@pytest.fixture()
def opened(browser: object, tmp_path: Path) -> Iterator[callable]:
    pages: list[Opened] = []

    def open_graph(graph: object, fragment: str = "", path: Path | None = None) -> Opened:
        if path is None:
            path = write_html(graph, tmp_path / f"g{len(pages)}.html")
        page = Opened(browser, path, fragment)
        page.path = path
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


# -- a journalist's graph: scale, investigation tools, evidence, shareable state -------------

_DOC_A = KGR + "doc/aaaa"
_DOC_B = KGR + "doc/bbbb"


def _ev(doc: str, sentence: str, anchor: str) -> dict:
    return {
        "document": doc,
        "source": doc.rsplit("/", 1)[-1] + ".txt",
        "sentence": sentence,
        "text": anchor,
        "begin": 0,
        "end": len(anchor),
        "rule": "en.visited.trigger",
        "confidence": 0.85,
    }


def case_graph() -> nx.MultiDiGraph:
    """A chain Ana - Budi - Citra - Dewi - Eko (two documents, dated edges), plus Fajar alone.

    Ana met Budi (doc A, 2023-01-10), Budi met Citra (doc A, 2023-02-01), Citra met Dewi
    (doc B, 2023-03-05), Dewi met Eko (doc B, undated); Ana visited Jakarta (doc B, 2023-03-06).
    """
    g = nx.MultiDiGraph()
    g.graph["documents"] = {
        _DOC_A: {"source": "https://example.org/a", "title": "Budi meets", "date": "2023-02-02"},
        _DOC_B: {"source": "b.txt", "title": "Citra's week", "date": "2023-03-07"},
    }
    names = ["Ana", "Budi", "Citra", "Dewi", "Eko", "Fajar"]
    for name in names:
        g.add_node(
            KGR + "person/" + name.lower(),
            label=name,
            type="Person",
            aliases=[f"{name}-alias", "=HYPERLINK(1)" if name == "Ana" else f"Mx {name}"],
            identifiers={},
            iri=KGR + "person/" + name.lower(),
        )
    g.add_node(
        KGR + "city/jkt", label="Jakarta", type="City", aliases=["Jkt"], iri=KGR + "city/jkt"
    )
    chain = [
        ("Ana", "Budi", _DOC_A, "2023-01-10"),
        ("Budi", "Citra", _DOC_A, "2023-02-01"),
        ("Citra", "Dewi", _DOC_B, "2023-03-05"),
        ("Dewi", "Eko", _DOC_B, None),
    ]
    for a, b, doc, date in chain:
        sentence = f"On that day {a} met {b} in private, officials said."
        attrs = {
            "predicate": "met",
            "confidence": 0.85,
            "evidence": [_ev(doc, sentence, f"{a} met {b}")],
        }
        if date:
            attrs["date"] = date
        g.add_edge(KGR + "person/" + a.lower(), KGR + "person/" + b.lower(), key="met", **attrs)
    g.add_edge(
        KGR + "person/ana",
        KGR + "city/jkt",
        key="visited",
        predicate="visited",
        confidence=0.9,
        date="2023-03-06",
        evidence=[_ev(_DOC_B, "Later Ana arrived in Jakarta by train.", "arrived in Jakarta")],
    )
    return g


def _ids(names: list[str]) -> set[int]:
    order = ["Ana", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Jakarta"]
    return {order.index(n) for n in names}


def test_thousand_nodes_first_view_has_legible_labels_hubs_first(opened: callable) -> None:
    graph = random_graph(1000, 2000, seed=3)
    view = opened(graph)
    view.page.wait_for_timeout(300)
    labels = {attrs["label"] for _, attrs in graph.nodes(data=True)}
    drawn = {t: px for t, px in view.labels_drawn().items() if t in labels}
    scale = view.page.evaluate("kgView.network.getScale()")
    assert scale < 0.6  # the whole graph is in view, so vis's own 13 px font would be < 8 px
    assert len(drawn) >= 20
    assert min(drawn.values()) >= 11.5, sorted(drawn.items(), key=lambda kv: kv[1])[:5]
    # hubs first: the labelled entities have a higher degree than the average entity
    degree = dict(graph.degree())
    by_label = {attrs["label"]: degree[n] for n, attrs in graph.nodes(data=True)}
    mean_all = sum(degree.values()) / len(degree)
    assert sum(by_label[t] for t in drawn) / len(drawn) > mean_all + 1
    sizes = view.page.evaluate("kgView.nodes.get().map(n => n.size)")
    assert len(set(sizes)) > 5  # node size follows degree


def test_labels_follow_zoom_and_stay_legible(opened: callable) -> None:
    view = opened(random_graph(1000, 2000, seed=3))
    before = set(view.page.evaluate("kgView.labelled()"))
    view.page.evaluate("kgView.network.moveTo({scale: kgView.network.getScale() * 5})")
    view.page.evaluate("kgView.updateLabels()")
    after = view.labels_drawn()
    assert min(after.values()) >= 10.9  # relation names fade in between 11 and 12 px
    assert {"met", "visited"} & set(after)  # close enough now to name the relations
    shown = set(view.page.evaluate("kgView.labelled()"))
    assert shown and shown != before  # the centre's smaller entities get their names


def test_unconnected_entities_are_set_aside_behind_a_toggle(opened: callable) -> None:
    view = opened(case_graph())
    assert view.visible_nodes() == _ids(["Ana", "Budi", "Citra", "Dewi", "Eko", "Jakarta"])
    view.page.get_by_label("entities without relations (1)").check()
    assert view.visible_nodes() == _ids(["Ana", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Jakarta"])


def test_panel_overlays_the_canvas_without_shrinking_it(opened: callable) -> None:
    view = opened(small_graph())
    view.settle()
    width = view.page.evaluate("document.querySelector('#kg-network canvas').clientWidth")
    view.page.evaluate("kgView.showNode(0)")
    assert view.page.is_visible("#kg-panel")
    assert view.page.evaluate("document.querySelector('#kg-network canvas').clientWidth") == width


def test_relation_filter_hides_the_entities_it_orphans(opened: callable) -> None:
    view = opened(case_graph())
    view.page.get_by_label("visited").uncheck()
    assert view.visible_nodes() == _ids(["Ana", "Budi", "Citra", "Dewi", "Eko"])  # Jakarta gone
    view.page.get_by_label("met").uncheck()
    assert view.visible_nodes() == set() and view.visible_edges() == set()


def test_expand_grows_the_neighbourhood_one_step_at_a_time(opened: callable) -> None:
    view = opened(case_graph())
    view.page.evaluate("kgView.expand(2)")  # Citra: Budi and Dewi
    assert view.visible_nodes() == _ids(["Budi", "Citra", "Dewi"])
    assert view.page.is_visible("#kg-focusbar")
    x, y = view.node_point(3)  # double-click Dewi: Eko joins
    view.page.mouse.dblclick(x, y)
    view.page.wait_for_timeout(200)
    assert view.visible_nodes() == _ids(["Budi", "Citra", "Dewi", "Eko"])
    view.page.click("#kg-focus-clear")
    assert len(view.visible_nodes()) == 6


def test_shortest_path_between_two_aliases(opened: callable) -> None:
    view = opened(case_graph())
    view.page.fill("#kg-path-from", "jkt")  # an alias of Jakarta
    view.page.fill("#kg-path-to", "Mx Dewi")
    view.page.click("#kg-path-go")
    assert view.visible_nodes() == _ids(["Jakarta", "Ana", "Budi", "Citra", "Dewi"])
    result = view.page.inner_text("#kg-path-result")
    assert result.startswith("4 steps")
    assert "Citra — met → Dewi" in result
    assert set(view.page.evaluate("kgView.network.getSelectedNodes()")) == view.visible_nodes()


def test_timeline_filters_relations_and_their_orphans(opened: callable) -> None:
    view = opened(case_graph())
    assert view.page.evaluate("kgView.state.hi") == 3  # four dated days
    view.page.evaluate(
        "const lo = document.getElementById('kg-lo'); lo.value = '2';"
        "lo.dispatchEvent(new Event('input'))"
    )  # from 2023-03-05: Citra-Dewi, Ana-Jakarta, and the undated Dewi-Eko
    assert view.page.inner_text("#kg-range") == "2023-03-05 – 2023-03-06"
    assert view.visible_nodes() == _ids(["Citra", "Dewi", "Eko", "Ana", "Jakarta"])
    view.page.get_by_label("undated relations").uncheck()
    assert view.visible_nodes() == _ids(["Citra", "Dewi", "Ana", "Jakarta"])


def test_documents_list_names_and_filters(opened: callable) -> None:
    view = opened(case_graph())
    text = view.page.inner_text("#kg-docs-list")
    assert "Budi meets" in text and "2023-02-02" in text and "https://example.org/a" in text
    view.page.get_by_label("Budi meets").check()
    assert view.visible_nodes() == _ids(["Ana", "Budi", "Citra"])
    view.page.get_by_label("Citra's week").check()
    assert len(view.visible_nodes()) == 6


def test_url_fragment_restores_entity_filters_and_zoom(opened: callable) -> None:
    view = opened(case_graph())
    view.page.get_by_label("visited").uncheck()
    view.page.fill("#kg-search", "Mx Budi")
    view.page.press("#kg-search", "Enter")
    fragment = view.page.evaluate("location.hash")
    assert "entity=" in fragment and "hideRelations=visited" in fragment
    scale = view.page.evaluate("kgView.network.getScale()")
    again = opened(None, fragment, path=view.path)
    assert "Budi" in again.page.inner_text("#kg-panel .kg-name")
    assert not again.page.get_by_label("visited").is_checked()
    assert again.page.get_by_label("met").is_checked()
    assert (
        again.visible_nodes()
        == view.visible_nodes()
        == _ids(["Ana", "Budi", "Citra", "Dewi", "Eko"])
    )
    assert abs(again.page.evaluate("kgView.network.getScale()") - scale) < 0.01


def test_sparql_link_fragment_names_an_entity(opened: callable) -> None:
    """The query page links results as graph.html#entity=<IRI>."""
    view = opened(case_graph(), f"#entity=<{KGR}person/citra>")
    assert view.page.inner_text("#kg-panel .kg-name") == "Citra"
    assert view.page.evaluate("kgView.network.getSelectedNodes()") == [2]
    view.page.evaluate(f"location.hash = 'entity=' + encodeURIComponent('{KGR}city/jkt')")
    view.page.wait_for_timeout(200)
    assert view.page.inner_text("#kg-panel .kg-name") == "Jakarta"


def test_export_selection_as_csv_png_and_svg(opened: callable) -> None:
    view = opened(case_graph())
    view.page.evaluate("kgView.network.selectNodes([0, 1])")  # Ana, Budi
    with view.page.expect_download() as info:
        view.page.click("#kg-csv")
    csv_text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert rows[0][:4] == ["kind", "iri", "label", "type"]
    entities = {r[1] for r in rows if r[0] == "entity"}
    assert entities == {KGR + "person/ana", KGR + "person/budi"}
    relations = [r for r in rows if r[0] == "relation"]
    assert [(r[4], r[6]) for r in relations] == [(KGR + "person/ana", KGR + "person/budi")]
    assert relations[0][10] == "https://example.org/a"
    with view.page.expect_download() as info:
        view.page.click("#kg-png")
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with view.page.expect_download() as info:
        view.page.click("#kg-svg")
    svg = ET.parse(info.value.path()).getroot()
    assert svg.tag.endswith("svg") and len(svg.findall("{*}circle")) == 6


def test_csv_cells_are_guarded_against_formulas(opened: callable) -> None:
    graph = case_graph()
    graph.nodes[KGR + "person/ana"]["label"] = '=HYPERLINK("x")'
    view = opened(graph)
    rows = list(csv.reader(io.StringIO(view.page.evaluate("kgView.exportCsv()"))))
    labels = {r[2] for r in rows if r[0] == "entity"}
    assert '\'=HYPERLINK("x")' in labels and "Budi" in labels  # guarded; plain text as is
    assert {safe_cell(v) for v in ('=HYPERLINK("x")', "Budi")} == labels & {
        '\'=HYPERLINK("x")',
        "Budi",
    }


def test_evidence_names_its_edge_and_marks_the_anchor(opened: callable) -> None:
    view = opened(case_graph())
    view.page.evaluate("kgView.showNode(0)")  # Ana: met Budi, visited Jakarta
    headers = view.page.locator("#kg-panel .kg-ev-edge").all_inner_texts()
    assert "Ana — visited → Jakarta (2023-03-06)" in headers
    assert "Ana — met → Budi (2023-01-10)" in headers
    marks = view.page.locator("#kg-panel mark.kg-anchor").all_inner_texts()
    assert sorted(marks) == ["Ana met Budi", "arrived in Jakarta"]
    sentence = view.page.locator("#kg-panel .kg-sentence").nth(0).inner_text()
    assert sentence in {
        "On that day Ana met Budi in private, officials said.",
        "Later Ana arrived in Jakarta by train.",
    }
    meta = view.page.inner_text("#kg-panel")
    assert "Citra's week" in meta and "2023-03-07" in meta and "rule: en.visited.trigger" in meta
    assert "confidence: 0.85" in meta
    link = view.page.locator("#kg-panel a")
    assert link.count() == 1 and link.get_attribute("href") == "https://example.org/a"


def test_hostile_document_titles_and_sources_stay_text(opened: callable) -> None:
    graph = hostile_graph()
    graph.graph["documents"] = {
        KGR + "doc/0123456789abcdef": {"title": HOSTILE[1], "source": "javascript:alert(1)"}
    }
    view = opened(graph)
    assert HOSTILE[1] in view.page.inner_text("#kg-docs-list")
    assert view.page.title() == HOSTILE[1]
    view.page.evaluate("kgView.showEdge(0)")
    assert HOSTILE[1] in view.page.inner_text("#kg-panel")
    assert view.page.locator("#kg-panel a").count() == 0  # a javascript: source is no link
    view.page.fill("#kg-path-from", HOSTILE[0])
    view.page.fill("#kg-path-to", HOSTILE[2])
    view.page.click("#kg-path-go")
    assert HOSTILE[1] in view.page.inner_text("#kg-path-result")  # the path's relation names
    rows = view.page.evaluate("kgView.exportCsv()")
    assert HOSTILE[0] in rows and "'=" not in rows
    assert view.page.evaluate("typeof window.__pwned") == "undefined"
    assert view.page.locator("body img, body svg").count() == 0
    assert view.errors == [] and view.requests == []
