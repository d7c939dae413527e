"""Offline, escaping and atomic-write guarantees of kg.viz (no browser needed)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

import kg.viz.html as viz_html
from kg.errors import OutputError
from kg.viz import notebook_html, render_html, write_html
from kg.viz.data import build_view, communities, node_size
from kg.viz.layout import component_layout

KGR = "https://w3id.org/kg-news/resource/"
HOSTILE = [
    "<img src=x onerror=window.__pwned=true>",
    "</script><script>window.__pwned=true</script>",
    '"><svg onload=window.__pwned=true>',
]


def _evidence(sentence: str, source: str = "antara-2023-02-28.txt") -> dict:
    return {
        "document": KGR + "doc/0123456789abcdef",
        "source": source,
        "sentence": sentence,
        "text": sentence[:10],
        "begin": 0,
        "end": 10,
        "rule": "id.visited.trigger",
        "confidence": 0.9,
    }


def small_graph() -> nx.MultiDiGraph:
    """Blinken visits Kazakhstan, meets its president twice (a multi-edge)."""
    g = nx.MultiDiGraph()
    g.add_node(
        KGR + "person/antony-blinken",
        label="Antony Blinken",
        type="Person",
        aliases=["Blinken"],
        identifiers={},
        iri=KGR + "person/antony-blinken",
        documents=["antara.txt"],
    )
    g.add_node(
        KGR + "country/KZ",
        label="Kazakhstan",
        type="Country",
        aliases=["Kazakstan"],
        identifiers={"gazetteer": "iso3166:KZ"},
        iri=KGR + "country/KZ",
        documents=["antara.txt"],
    )
    g.add_node(
        KGR + "person/tokayev",
        label="Kassym-Jomart Tokayev",
        type="Person",
        aliases=[],
        identifiers={},
        iri=KGR + "person/tokayev",
        documents=[],
    )
    g.add_edge(
        KGR + "person/antony-blinken",
        KGR + "country/KZ",
        key="visited",
        predicate="visited",
        predicate_iri="https://w3id.org/kg-news/ontology#visited",
        confidence=0.9,
        date="2023-02-28",
        evidence=[_evidence("Blinken tiba di Astana, Kazakhstan.")],
    )
    for key in ("met", "metAgain"):
        g.add_edge(
            KGR + "person/antony-blinken",
            KGR + "person/tokayev",
            key=key,
            predicate="met",
            confidence=0.8,
            evidence=[_evidence("Blinken met Tokayev.")],
        )
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i, text in enumerate(HOSTILE):
        g.add_node(
            f"n{i}",
            label=text,
            type=text,
            aliases=[text],
            identifiers={text: text},
            iri=f"n{i}",
            documents=["javascript:window.__pwned=true"],
        )
    evidence = _evidence(HOSTILE[0], source="javascript:window.__pwned=true") | {"rule": HOSTILE[2]}
    g.add_edge(
        "n0",
        "n1",
        key="met",
        predicate=HOSTILE[1],
        title=HOSTILE[2],
        date=HOSTILE[0],
        evidence=[evidence],
    )
    g.add_edge("n1", "n2", key=HOSTILE[2], predicate=HOSTILE[2], evidence=[evidence])
    return g


class _Collector(HTMLParser):
    """Record tags with attributes, and the text of each <script>/<style> by id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._current = dict(attrs).get("id") or tag
            self.blocks[self._current] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current:
            self.blocks[self._current] += data


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def data_of(page: str) -> dict:
    return json.loads(parse(page).blocks["kg-data"])


def test_page_is_self_contained() -> None:
    page = render_html(small_graph())
    doc = parse(page)
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    for tag, attrs in doc.tags:
        for name in ("src", "href", "action", "poster", "data"):
            assert name not in attrs, (tag, attrs)
    assert "@version 9.1.2" in doc.blocks["vis-network-js"]
    assert ".vis-network" in doc.blocks["vis-network-css"]
    assert "sourceMappingURL" not in page
    assert len(doc.blocks["vis-network-js"]) > 400_000
    css = "".join(doc.blocks[k] for k in ("vis-network-css", "kg-css"))
    assert "@import" not in css
    for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
        assert url.startswith("data:"), url
    # vis's own licence comment and SVG namespace mention URLs as text; nothing else may
    rest = page
    for block in ("vis-network-js", "vis-network-css", "kg-data"):
        rest = rest.replace(doc.blocks[block], "")
    assert "http" not in rest.replace('http-equiv="Content-Security-Policy"', "")
    assert "Apache" in page and "MIT" in page


def test_every_label_and_evidence_in_data() -> None:
    graph = small_graph()
    data = data_of(render_html(graph))
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {attrs["label"] for _, attrs in graph.nodes(data=True)}
    assert len(data["edges"]) == graph.number_of_edges() == 3
    assert data["dates"] == ["2023-02-28"]
    assert data["predicates"] == ["met", "visited"]
    sentences = {ev["sentence"] for e in data["edgeInfo"] for ev in e["evidence"]}
    assert "Blinken tiba di Astana, Kazakhstan." in sentences


def test_parallel_edges_get_distinct_curves() -> None:
    view = build_view(small_graph())
    met = [e["smooth"] for e in view.net.edges if e["label"] == "met"]
    assert all(s["enabled"] for s in met)
    assert {s["type"] for s in met} == {"curvedCW", "curvedCCW"}


def test_no_dates_means_no_time_filter() -> None:
    graph = small_graph()
    for _, _, attrs in graph.edges(data=True):
        attrs.pop("date", None)
    assert data_of(render_html(graph))["dates"] == []


@pytest.mark.parametrize("payload", HOSTILE + ["javascript:window.__pwned=true"])
def test_hostile_strings_only_escaped(payload: str) -> None:
    page = render_html(hostile_graph(), title=HOSTILE[0])
    for raw in ("<img", "</script><script>", "<svg", "\u2028"):
        assert raw not in page.replace(parse(page).blocks["vis-network-js"], "")
    doc = parse(page)
    data_block = doc.blocks["kg-data"]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    # present (as data) but only inside the JSON block, never in markup
    assert payload in json.dumps(json.loads(data_block), ensure_ascii=False)
    outside = page.replace(data_block, "").replace(doc.blocks["vis-network-js"], "")
    assert payload not in outside
    assert "javascript:" not in outside


def test_hostile_type_falls_back_to_other_group() -> None:
    data = data_of(render_html(hostile_graph()))
    assert {n["group"] for n in data["nodes"]} == {"other"}


def test_script_json_escapes_separators() -> None:
    text = viz_html.script_json({"s": "</script>\u2028\u2029&"})
    assert text == '{"s":"\\u003c/script\\u003e\\u2028\\u2029\\u0026"}'
    assert json.loads(text) == {"s": "</script>\u2028\u2029&"}


def test_write_html_returns_path(tmp_path: Path) -> None:
    out = write_html(small_graph(), tmp_path / "graph.html")
    assert out == tmp_path / "graph.html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")

    def boom(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("render failed")

    monkeypatch.setattr(viz_html, "render_page", boom)  # what write_html renders with
    with pytest.raises(RuntimeError):
        viz_html.write_html(small_graph(), target)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
    assert target.read_text(encoding="utf-8") == "old"


def test_write_html_cleans_temp_file_when_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(viz_html.os, "replace", fail_replace)
    with pytest.raises(OutputError, match="disk full"):  # one line for the user, no traceback
        write_html(small_graph(), tmp_path / "graph.html")
    assert list(tmp_path.iterdir()) == []


def test_notebook_html_is_escaped_iframe() -> None:
    frame = notebook_html(hostile_graph())
    assert frame.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts"' in frame
    assert "<script" not in frame and "<img" not in frame
    assert "&lt;script" in frame


def test_large_graph_turns_physics_off() -> None:
    graph = nx.MultiDiGraph(nx.gnm_random_graph(700, 1400, seed=3))
    view = build_view(graph)
    assert view.large
    assert view.net.options["physics"] == {"enabled": False}
    assert view.net.options["layout"]["improvedLayout"] is False
    assert view.net.options["edges"]["smooth"] is False
    assert all("smooth" not in e for e in view.net.edges)


def test_small_graph_stabilises_then_stops() -> None:
    options = build_view(small_graph()).net.options
    assert options["physics"]["stabilization"]["iterations"] == 200


def test_layout_covers_every_node_and_separates_components() -> None:
    graph = nx.disjoint_union_all([nx.path_graph(5), nx.star_graph(6), nx.empty_graph(3)])
    pos = component_layout(list(graph.nodes), graph.edges())
    assert set(pos) == set(graph.nodes)
    points = {tuple(round(c) for c in p) for p in pos.values()}
    assert len(points) == graph.number_of_nodes()
    assert component_layout([], []) == {}


def _title_of(page: str) -> str:
    return re.search(r"<title>(.*?)</title>", page, re.S).group(1)


def test_page_title_names_the_document_or_counts_them() -> None:
    graph = small_graph()
    assert _title_of(render_html(graph)) == "antara-2023-02-28.txt"  # one document, no title
    graph.graph["documents"] = {KGR + "doc/0123456789abcdef": {"title": "Blinken in Astana"}}
    assert _title_of(render_html(graph)) == "Blinken in Astana"
    graph.graph["documents"][KGR + "doc/2"] = {"title": "Another"}
    assert _title_of(render_html(graph)) == "2 documents"
    assert _title_of(render_html(graph, title="Central Asia")) == "Central Asia"
    assert _title_of(render_html(hostile_graph(), title=HOSTILE[0])) == (
        "&lt;img src=x onerror=window.__pwned=true&gt;"
    )


def test_documents_table_carries_title_date_and_source() -> None:
    graph = small_graph()
    graph.graph["documents"] = {
        KGR + "doc/0123456789abcdef": {"title": "Blinken in Astana", "date": "2023-02-28"}
    }
    data = data_of(render_html(graph))
    assert data["documents"] == [
        {
            "iri": KGR + "doc/0123456789abcdef",
            "source": "antara-2023-02-28.txt",
            "title": "Blinken in Astana",
            "date": "2023-02-28",
        }
    ]
    assert all(ev["doc"] == 0 for e in data["edgeInfo"] for ev in e["evidence"])
    assert all(e["docs"] == [0] for e in data["edgeInfo"])


def test_node_size_grows_with_degree_and_communities_are_stable() -> None:
    assert node_size(0) < node_size(1) < node_size(9) < node_size(100) < 100
    assert node_size(400) == node_size(10_000)  # capped: a mega-hub does not cover the view
    two_cliques = nx.MultiDiGraph(nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(4)))
    two_cliques.add_edge(0, 5)
    two_cliques.add_node("alone")
    found = communities(two_cliques)
    assert "alone" not in found  # isolated: no community (grey in the page)
    assert len({found[i] for i in range(5)}) == 1 and len({found[i] for i in range(5, 9)}) == 1
    assert found[0] == 0 and found[5] == 1  # numbered by size, largest first
    assert communities(two_cliques) == found


def test_unconnected_nodes_are_laid_out_below_the_rest() -> None:
    graph = nx.MultiDiGraph(nx.path_graph(6))
    graph.add_nodes_from(["a", "b", "c"])
    view = build_view(graph)
    ys = {n["label"]: n["y"] for n in view.net.nodes}
    assert min(ys[x] for x in "abc") > max(ys[str(i)] for i in range(6))
    assert [info["degree"] for info in view.node_info][-3:] == [0, 0, 0]
