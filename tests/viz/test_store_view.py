"""``kg view`` on a store draws from Oxigraph directly (kg.viz.store_view): the same page as the
API's path (NetworkX graph, pyvis container); tests/test_imports.py checks that it imports
neither rdflib, NetworkX nor pyvis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
import kg.viz.schema_table as schema_table_module
from kg.viz import render_html
from kg.viz.store_view import read_store_view
from tests.viz.test_html import data_of

RUTO = (
    "JAKARTA, 4 Maret 2024 - Presiden Kenya William Ruto tiba di Jakarta pada Senin. "
    "Ruto bertemu Presiden Joko Widodo di Istana Merdeka, Jakarta."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """Two documents: the seed article, and a record with a URL, a title and a date."""
    folder = tmp_path_factory.mktemp("store-view")
    record = {"text": RUTO, "url": "https://news.example/ruto", "title": "Ruto di Jakarta"}
    (folder / "ruto.jsonl").write_text(json.dumps({**record, "date": "2024-03-04"}) + "\n")
    path = folder / "g.db"
    with kg.KnowledgeGraph(store=path) as graph:
        graph.add_file(seed_path)
        graph.add_file(folder / "ruto.jsonl")
    return path


def test_store_page_equals_the_api_page(store: Path) -> None:
    with kg.KnowledgeGraph.open(store) as graph:
        api_page = render_html(graph.to_networkx())  # NetworkX graph, through pyvis
    direct_page = render_html(read_store_view(store))
    api, direct = data_of(api_page), data_of(direct_page)
    # the graph is rich enough for the comparison to mean something (positive control)
    assert len(api["documents"]) == 2 and any(d["title"] for d in api["documents"])
    assert any(e["evidence"] for e in api["edgeInfo"]) and any(e["date"] for e in api["edgeInfo"])
    assert any(n["aliases"] for n in api["nodeInfo"]) and len(api["predicates"]) >= 2
    for key in ("nodes", "edges", "options", "nodeInfo", "edgeInfo", "documents", "legend"):
        assert direct[key] == api[key], key
    assert direct == api
    assert direct_page == api_page  # title, counts and every byte around the data too


def test_shipped_schema_table_is_what_the_schema_says() -> None:
    """Stale (kg.ttl edited since): kg view would only read the schema with rdflib, slower; say
    so: rerun `python -m kg.devtools.prepare --schema`."""
    stored = json.loads(schema_table_module.TABLE_PATH.read_text("utf-8"))
    assert stored["fingerprint"] == schema_table_module.fingerprint(), "stale: rerun prepare"
    assert schema_table_module.schema_table() == schema_table_module.computed_table()


def test_a_stale_schema_table_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = {"classes": {"Thing": "https://example.org/Thing"}, "relations": {}}
    table = tmp_path / "schema-table.json"
    monkeypatch.setattr(schema_table_module, "TABLE_PATH", table)
    schema_table_module.schema_table.cache_clear()
    try:
        table.write_text(json.dumps({"fingerprint": schema_table_module.fingerprint(), **bogus}))
        assert schema_table_module.schema_table() == bogus  # a matching table is used as it is
        schema_table_module.schema_table.cache_clear()
        table.write_text(json.dumps({"fingerprint": "0" * 64, **bogus}))
        assert schema_table_module.schema_table() == schema_table_module.computed_table()
    finally:
        schema_table_module.schema_table.cache_clear()


def test_a_store_without_union_is_drawn_through_the_api(tmp_path: Path, store: Path) -> None:
    """A store written by another tool (named graphs only, no union in the default graph):
    the direct path declines, and ``kg view`` draws it the API's way."""
    import pyoxigraph as ox
    from click.testing import CliRunner

    from kg.cli import main

    foreign = tmp_path / "foreign.db"
    with kg.KnowledgeGraph.open(store) as graph:
        graph.save(tmp_path / "g.nq")  # one named graph per document, no default graph
    loaded = ox.Store(str(foreign))
    loaded.load(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)
    loaded.flush()
    del loaded
    assert read_store_view(store) is not None  # positive control: kg's own store is read
    assert read_store_view(foreign) is None
    result = CliRunner().invoke(main, ["view", str(foreign), "-o", str(tmp_path / "f.html")])
    assert result.exit_code == 0, result.output
    drawn = data_of((tmp_path / "f.html").read_text("utf-8"))
    assert drawn["nodeInfo"] == data_of(render_html(read_store_view(store)))["nodeInfo"]


def test_hostile_strings_give_the_same_escaped_page_on_both_paths(tmp_path: Path) -> None:
    """A headline and a sentence that try to end the script element: the store's page equals
    the API's, and they appear only as data (JSON-escaped) or as escaped text (the title)."""
    from tests.viz.test_html import HOSTILE, parse

    title = HOSTILE[1]  # "</script><script>window.__pwned=true</script>"
    text = RUTO.replace("pada Senin.", f"pada Senin {HOSTILE[0]}.")
    record = {"text": text, "url": "https://news.example/x", "title": title}
    (tmp_path / "hostile.jsonl").write_text(json.dumps(record) + "\n")
    path = tmp_path / "h.db"
    with kg.KnowledgeGraph(store=path) as graph:
        graph.add_file(tmp_path / "hostile.jsonl")
    with kg.KnowledgeGraph.open(path) as graph:
        api_page = render_html(graph.to_networkx())
    direct_page = render_html(read_store_view(path))
    assert direct_page == api_page
    data = data_of(direct_page)
    # positive control: both strings reached the page, as data
    assert [d["title"] for d in data["documents"]] == [title]
    sentences = [ev["sentence"] for e in data["edgeInfo"] for ev in e["evidence"]]
    assert any(HOSTILE[0] in s for s in sentences)
    blocks = parse(direct_page).blocks
    markup = direct_page.replace(blocks["vis-network-js"], "").replace(blocks["kg-data"], "")
    assert title not in markup and HOSTILE[0] not in markup
    assert markup.count("&lt;/script&gt;&lt;script&gt;window.__pwned=true&lt;/script&gt;") == 2
    assert "<" not in blocks["kg-data"] and "&" not in blocks["kg-data"]
