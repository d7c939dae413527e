"""Benchmark the HTML view: ``python -m kg.viz.bench`` (not part of the test suite).

Measures, for random contract-shaped graphs of 1,000 and 10,000 nodes (2x edges):
Python layout time, write_html time, and in headless Debian Chromium (network
blocked) the time to vis-network's first "afterDrawing" and to a node click
opening the side panel. For comparison, pyvis's default ``Network().from_nx``
page (in-browser physics) at 1,000 nodes, with a 60 s timeout.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.viz.html import write_html
from kg.viz.layout import component_layout
from kg.viz.sample import random_graph

__all__ = ["main", "bench_ours", "bench_pyvis_default"]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PYVIS_TIMEOUT_MS = 60_000
# pyvis's page keeps its network in a global; hook its first draw once it exists.
_PYVIS_HOOK = """
(() => { const t = setInterval(() => {
  if (typeof network === 'undefined' || !network || !network.once) return;
  clearInterval(t);
  network.once('afterDrawing', () => { window.__firstDraw = performance.now(); });
  network.once('stabilizationIterationsDone', () => { window.__stable = performance.now(); });
}, 2); })();
"""


def _blocked_page(browser: Any) -> tuple[Any, list[str]]:
    """New page whose non-file requests are aborted (and counted)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return page, blocked


def _click_node(page: Any, node_id: int) -> tuple[float, float]:
    """Click a node; return (ms until the panel is filled in JS, ms until Playwright sees it)."""
    x, y = page.evaluate(
        """(id) => { const n = kgView.network; const p = n.canvasToDOM(n.getPosition(id));
           const r = document.getElementById('kg-network').getBoundingClientRect();
           window.__clickAt = performance.now(); return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )
    start = time.perf_counter()
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-panel:not([hidden])", timeout=30_000)
    wall = (time.perf_counter() - start) * 1000
    js = page.evaluate("window.__kgPanelAt - window.__clickAt")
    return js, wall


def bench_ours(browser: Any, n: int, workdir: Path) -> dict[str, Any]:
    graph = random_graph(n, 2 * n, seed=1)
    start = time.perf_counter()
    component_layout(list(graph.nodes), graph.edges())
    layout = time.perf_counter() - start
    start = time.perf_counter()
    path = write_html(graph, workdir / f"kg-{n}.html")
    write = time.perf_counter() - start
    page, blocked = _blocked_page(browser)
    page.goto(path.as_uri())
    page.wait_for_function("window.__kgFirstDraw !== undefined", timeout=60_000)
    first_draw = page.evaluate("window.__kgFirstDraw")
    page.wait_for_function(
        "!kgView.network.physics.physicsEnabled || kgView.network.physics.stabilized",
        timeout=60_000,
    )
    click_js, click_wall = _click_node(page, 0)
    page.close()
    return {
        "name": f"kg.viz {n:,} nodes / {2 * n:,} edges",
        "layout_s": layout,
        "write_s": write,
        "size_mb": path.stat().st_size / 1e6,
        "first_draw_s": first_draw / 1000,
        "click_s": click_wall / 1000,
        "click_js_s": click_js / 1000,
        "requests": len(blocked),
        "total_s": write + first_draw / 1000 + click_wall / 1000,
    }


def bench_pyvis_default(browser: Any, n: int, workdir: Path) -> dict[str, Any]:
    """pyvis as shipped: from_nx, default physics (in_line so vis loads offline)."""
    from pyvis.network import Network

    graph = random_graph(n, 2 * n, seed=1)
    start = time.perf_counter()
    net = Network(cdn_resources="in_line", directed=True)
    net.from_nx(graph)
    build = time.perf_counter() - start
    start = time.perf_counter()
    path = workdir / f"pyvis-{n}.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    write = time.perf_counter() - start
    page, blocked = _blocked_page(browser)
    page.add_init_script(_PYVIS_HOOK)
    row = {
        "name": f"pyvis default {n:,} nodes / {2 * n:,} edges",
        "layout_s": build,
        "write_s": write,
        "size_mb": path.stat().st_size / 1e6,
        "click_s": None,
        "click_js_s": None,
        "first_draw_s": None,
        "total_s": None,
    }
    try:  # on a busy machine even the page's load event can pass the timeout: a result too
        page.goto(path.as_uri(), timeout=PYVIS_TIMEOUT_MS)
        page.wait_for_function("window.__firstDraw !== undefined", timeout=PYVIS_TIMEOUT_MS)
        row["first_draw_s"] = page.evaluate("window.__firstDraw") / 1000
        row["stable_s"] = page.evaluate("window.__stable || null")
        row["total_s"] = build + write + row["first_draw_s"]
    except Exception:  # noqa: BLE001 - a timeout is a result here
        row["first_draw_s"] = f"> {PYVIS_TIMEOUT_MS / 1000:.0f} (timeout)"
    row["requests"] = len(blocked)
    page.close()
    return row


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table(rows: list[dict[str, Any]]) -> str:
    """Markdown table of the measured rows (seconds unless stated)."""
    cols = [
        ("name", "graph"),
        ("layout_s", "layout / from_nx s"),
        ("write_s", "write HTML s"),
        ("size_mb", "MB"),
        ("first_draw_s", "first draw s"),
        ("click_s", "click→panel s"),
        ("click_js_s", "click handler s"),
        ("total_s", "total s"),
        ("requests", "blocked requests"),
    ]
    lines = ["| " + " | ".join(h for _, h in cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_fmt(r.get(k)) for k, _ in cols) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-pyvis", action="store_true", help="skip pyvis's default page")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.sizes:
            rows.append(bench_ours(browser, n, Path(tmp)))
        if not args.no_pyvis:
            rows.append(bench_pyvis_default(browser, 1000, Path(tmp)))
        browser.close()
    print(table(rows))


if __name__ == "__main__":
    main()
