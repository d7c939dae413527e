"""The graph that grows: idempotent and incremental ingest, cross-document merging by IRI,
the merge log (``explain``), order independence, and the export formats.

The articles are short texts written for these tests (not from the evaluation set).
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset

import kg
from kg.graph.namespace import KG, KGR, PROV

pytestmark = pytest.mark.slow

ARTICLES = {
    "id-blinken.txt": (
        "JAKARTA - Menteri Luar Negeri AS Antony Blinken tiba di Jakarta pada Senin untuk "
        "bertemu Presiden Indonesia Joko Widodo. Blinken mengatakan Amerika Serikat mendukung "
        "kerja sama dengan Indonesia.\n"
    ),
    "en-blinken.txt": (
        "ASTANA - Secretary of State Antony Blinken visited Kazakhstan on Tuesday and met "
        "President Kassym-Jomart Tokayev in Astana. Blinken said the United States supports "
        "the sovereignty of Kazakhstan.\n"
    ),
    "en-lee-sg.txt": (
        "SINGAPORE - Singapore Prime Minister Lee Hsien Loong visited Malaysia on Monday and "
        "met Prime Minister Anwar Ibrahim in Kuala Lumpur.\n"
    ),
    "id-lee-kr.txt": (
        "TOKYO - Presiden Korea Selatan Lee Jae-myung tiba di Tokyo pada Rabu dan bertemu "
        "Perdana Menteri Jepang Fumio Kishida.\n"
    ),
    "en-lee-only.txt": (
        "TOKYO - Lee arrived in Tokyo on Friday, officials said. Lee told reporters the visit "
        "to Japan was useful.\n"
    ),
}


def build(order: list[str], store=None) -> kg.KnowledgeGraph:
    g = kg.KnowledgeGraph(store=store)
    for name in order:
        g.add_text(ARTICLES[name], source=name)
    return g


def stable_quads(g: kg.KnowledgeGraph) -> set[tuple[str, str, str, str]]:
    """Every quad of every document graph except the extraction time (the only thing that
    differs between two runs); terms as strings, so memory and Oxigraph compare equal."""
    out = set()
    for doc in g.documents():
        for s, p, o in g.dataset.graph(KGR[doc.removeprefix(str(KGR))]):
            if p != PROV.endedAtTime:
                out.add((str(s), str(p), str(o), doc))
    return out


@pytest.fixture(scope="module")
def world() -> kg.KnowledgeGraph:
    return build(list(ARTICLES))


def entities_of(g: kg.KnowledgeGraph, source: str, cls: str) -> set[str]:
    rows = g.query(
        f"""SELECT DISTINCT ?e WHERE {{ ?m a kg:Mention ; kg:denotes ?e ;
            nif:referenceContext ?d . ?e a kg:{cls} . ?d kg:source "{source}" }}"""
    )
    return {str(r.e) for r in rows}


# -- idempotent, incremental ingest --------------------------------------------------------
def test_same_document_twice_changes_nothing():
    g = kg.KnowledgeGraph()
    first = g.add_text(ARTICLES["en-blinken.txt"], source="en-blinken.txt")
    n = len(g)
    again = g.add_text(ARTICLES["en-blinken.txt"], source="en-blinken.txt")
    assert (first.status, again.status) == ("added", "unchanged")
    assert first.added and not again.added
    assert len(g) == n and g.document_count == 1


def test_changed_version_of_a_source_replaces_only_that_document():
    g = build(["en-blinken.txt", "en-lee-sg.txt"])
    lee_sg = stable_quads(g) - stable_quads(build(["en-blinken.txt"]))
    edited = ARTICLES["en-blinken.txt"].replace("Tuesday", "Wednesday")
    report = g.add_text(edited, source="en-blinken.txt")
    assert report.status == "replaced" and report.added and len(report.replaced) == 1
    assert g.document_count == 2
    assert lee_sg <= stable_quads(g)  # the other document is intact
    sentences = {str(r.s) for r in g.query("SELECT ?s WHERE { ?a kg:sentence ?s }")}
    assert any("Wednesday" in s for s in sentences)
    assert not any("Tuesday" in s for s in sentences)


def test_remove_by_source_drops_what_only_it_supported():
    g = build(["en-blinken.txt", "id-blinken.txt"])
    tokayev = KGR["person/kassym-jomart-tokayev"]
    blinken = KGR["person/antony-blinken"]
    assert (tokayev, None, None) in g.rdf
    assert g.remove("en-blinken.txt") == 1
    assert (tokayev, None, None) not in g.rdf  # only the English article named him
    assert (blinken, None, None) in g.rdf  # the Indonesian one still does
    assert g.remove("en-blinken.txt") == 0
    doc = g.documents()[0]
    assert g.remove(doc) == 1 and len(g) == 0


# -- cross-document merging by IRI ---------------------------------------------------------
def test_united_states_and_amerika_serikat_are_one_node(world):
    us = str(KGR["country/US"])
    assert us in entities_of(world, "id-blinken.txt", "Country")
    assert us in entities_of(world, "en-blinken.txt", "Country")
    labels = {str(r.l) for r in world.query(f"SELECT ?l WHERE {{ <{us}> rdfs:label ?l }}")}
    assert labels == {"United States"}


def test_blinken_in_both_languages_is_one_person(world):
    blinken = str(KGR["person/antony-blinken"])
    assert blinken in entities_of(world, "id-blinken.txt", "Person")
    assert blinken in entities_of(world, "en-blinken.txt", "Person")


def test_people_sharing_a_surname_are_not_merged(world):
    lees = [
        {e for e in entities_of(world, src, "Person") if e.rsplit("/", 1)[-1].startswith("lee")}
        for src in ("en-lee-sg.txt", "id-lee-kr.txt", "en-lee-only.txt")
    ]
    assert all(len(found) == 1 for found in lees), lees
    iris = {next(iter(found)) for found in lees}
    assert len(iris) == 3, lees
    assert str(KGR["person/lee-hsien-loong"]) in iris


# -- the merge log -------------------------------------------------------------------------
def test_explain_lists_every_mention_with_its_reason(world):
    rows = world.explain("antony blinken")
    assert {r["source"] for r in rows} == {"id-blinken.txt", "en-blinken.txt"}
    assert all(r["entity"] == str(KGR["person/antony-blinken"]) for r in rows)
    assert all(r["resolved_by"] for r in rows)
    assert any("longer name 'antony blinken'" in r["resolved_by"] for r in rows)
    for r in rows:
        text = ARTICLES[r["source"]]
        assert text[r["begin"] : r["end"]] == r["text"]
    assert "person/antony-blinken" in rows[0]["iri_from"]


def test_explain_by_iri_alias_and_gazetteer(world):
    by_alias = world.explain("Amerika Serikat")
    assert by_alias and by_alias[0]["iri_from"] == "gazetteer id iso3166:US"
    assert any(r["resolved_by"] == "gazetteer iso3166:US" for r in by_alias)
    assert world.explain("kgr:country/US") == world.explain(str(KGR["country/US"]))
    assert world.explain("no such entity") == []
    lee = {r["entity"] for r in world.explain("Lee")}
    assert len(lee) == 1 and str(KGR["person/lee-hsien-loong"]) not in lee  # names, not surnames


# -- order independence --------------------------------------------------------------------
def test_order_of_ingest_does_not_change_the_graph(tmp_path):
    names = list(ARTICLES)
    forward = build([*names, names[0]])
    backward = build([names[2], *reversed(names)], store=tmp_path / "db")
    assert stable_quads(forward) == stable_quads(backward)
    assert len(forward) == len(backward)
    iris = "SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l ; a ?c . FILTER(?c != prov:Activity) }"
    assert {str(r.e) for r in forward.query(iris)} == {str(r.e) for r in backward.query(iris)}
    backward.close()


# -- exports -------------------------------------------------------------------------------
def test_trig_and_nquads_keep_one_graph_per_document(world, tmp_path):
    for suffix, fmt in ((".trig", "trig"), (".nq", "nquads")):
        path = world.save(tmp_path / f"g{suffix}")
        ds = Dataset()
        ds.parse(path, format=fmt)
        names = {str(c.identifier) for c in ds.graphs() if len(c)}
        assert names == set(world.documents()), suffix


def test_jsonld_uses_kg_prefixes(world, tmp_path):
    data = json.loads(world.save(tmp_path / "g.jsonld").read_text("utf-8"))
    assert data["@context"]["kg"] == str(KG)
    assert data["@context"]["kgr"] == str(KGR)
    assert "kg:Person" in json.dumps(data)


def test_gexf_and_csv(world, tmp_path):
    root = ET.parse(world.save(tmp_path / "g.gexf")).getroot()
    assert root.tag.endswith("gexf")
    labels = {el.get("label") for el in root.iter() if el.tag.endswith("node")}
    assert "Antony Blinken" in labels
    with world.save(tmp_path / "g.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(kg.api.CSV_COLUMNS)
    visit = [r for r in rows if r["predicate"] == "visited" and r["subject"] == "Antony Blinken"]
    assert visit and all(r["sentence"] and r["source"] for r in visit)
    for r in visit:
        assert ARTICLES[r["source"]][int(r["begin"]) : int(r["end"])]
