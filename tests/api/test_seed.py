"""The whole path on the project's reference article (examples/seed-blinken-astana.txt)."""

from __future__ import annotations

import pytest

from kg.graph.namespace import KG, NIF, RDF, RDFS, SKOS
from tests.conftest import ROOT, labels_of

pytestmark = pytest.mark.slow


def _pairs(graph, predicate):
    return labels_of(graph, predicate)


def _sym(pairs):
    return pairs | {(b, a) for a, b in pairs}


def test_seed_core_relations(seed_graph):
    assert ("Antony Blinken", "Kazakhstan") in _pairs(seed_graph, "visited")
    assert ("Antony Blinken", "Kassym-Jomart Tokayev") in _sym(_pairs(seed_graph, "met"))
    assert ("Russia", "Kazakhstan") in _sym(_pairs(seed_graph, "borders"))
    assert ("Antony Blinken", "United States") in _pairs(seed_graph, "officialOf")
    assert ("Russia", "Ukraine") in _pairs(seed_graph, "invaded")
    assert ("Astana", "Kazakhstan") in _pairs(seed_graph, "locatedIn")


def test_seed_negatives_are_absent(seed_graph):
    visited = _pairs(seed_graph, "visited")
    assert ("Antony Blinken", "Kazakhstan") in visited  # controls: the same relations are read
    assert ("Russia", "Ukraine") in _pairs(seed_graph, "invaded")
    assert ("Antony Blinken", "Kassym-Jomart Tokayev") in _sym(_pairs(seed_graph, "met"))
    assert ("Antony Blinken", "Ukraine") not in visited
    assert ("Antony Blinken", "Russia") not in visited
    assert ("Ukraine", "Russia") not in _pairs(seed_graph, "invaded")
    assert ("Antony Blinken", "Vladimir Putin") not in _sym(_pairs(seed_graph, "met"))


def test_seed_labels_and_aliases(seed_graph):
    g = seed_graph.rdf
    blinken = next(
        s for s, _, o in g.triples((None, RDFS.label, None)) if str(o) == "Antony Blinken"
    )
    assert (blinken, RDF.type, KG.Person) in g
    aliases = {str(o) for o in g.objects(blinken, SKOS.altLabel)}
    assert {"Blinken", "Menteri Luar Negeri AS Antony Blinken"} <= aliases
    us = next(s for s, _, o in g.triples((None, RDFS.label, None)) if str(o) == "United States")
    assert "AS" in {str(o) for o in g.objects(us, SKOS.altLabel)}
    kz = next(s for s, _, o in g.triples((None, RDFS.label, None)) if str(o) == "Kazakhstan")
    assert "Kazakh" in {str(o) for o in g.objects(kz, SKOS.altLabel)}


def test_seed_evidence_offsets_point_at_the_text(seed_graph, seed_path):
    text = seed_path.read_text("utf-8")
    g = seed_graph.rdf
    assertions = list(g.subjects(RDF.type, KG.Assertion))
    assert assertions
    for a in assertions:
        begin = int(g.value(a, NIF.beginIndex))
        end = int(g.value(a, NIF.endIndex))
        assert text[begin:end] == str(g.value(a, NIF.anchorOf))
        assert str(g.value(a, NIF.anchorOf)) in str(g.value(a, KG.sentence))
        assert 0 <= float(g.value(a, KG.confidence)) <= 1


def test_seed_border_evidence_is_the_border_sentence(seed_graph):
    rows = list(
        seed_graph.query(
            """SELECT ?anchor WHERE { ?a rdf:predicate kg:borders ; nif:anchorOf ?anchor }"""
        )
    )
    assert any("berbagi perbatasan" in str(r[0]) for r in rows)


def test_seed_boilerplate_yields_no_entity(seed_graph):
    labels = {str(o) for o in seed_graph.rdf.objects(None, RDFS.label)}
    labels |= {str(o) for o in seed_graph.rdf.objects(None, SKOS.altLabel)}
    for name in (
        "PosPapua",
        "POSPAPUA",
        "PosPapusa",
        "Sinovac",
        "China",
        "Reuters",
        "Thomson Reuters",
        "Simon Lewis",
        "Michael Berry",
        "Indonesia",
    ):
        assert name not in labels


def test_seed_document_node(seed_graph, seed_path):
    rows = list(
        seed_graph.query(
            "SELECT ?src ?lang ?hash WHERE { ?d a kg:Document ; kg:source ?src ; "
            "dcterms:language ?lang ; kg:contentHash ?hash }"
        )
    )
    assert len(rows) == 1
    src, lang, digest = rows[0]
    assert str(src).endswith("seed-blinken-astana.txt") and str(lang) == "id"
    assert str(digest).startswith("sha256:") and len(str(digest)) == 71


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("who-met-whom.rq", {"Kassym-Jomart Tokayev"}),
        ("borders-of-kazakhstan.rq", {"Russia"}),
        ("where-did-each-person-go.rq", {"Kazakhstan", "Tashkent", "Astana"}),
        ("who-holds-which-office.rq", {"United States", "Russia"}),
    ],
)
def test_example_queries_on_the_seed(seed_graph, query, expected):
    rows = seed_graph.query((ROOT / "examples" / "queries" / query).read_text("utf-8"))
    values = {str(v) for row in rows for v in row if v is not None}
    assert expected <= values, values


def test_networkx_view(seed_graph):
    nxg = seed_graph.to_networkx()
    by_label = {d["label"]: n for n, d in nxg.nodes(data=True)}
    blinken, kz = by_label["Antony Blinken"], by_label["Kazakhstan"]
    assert nxg.nodes[blinken]["type"] == "Person"
    assert nxg.nodes[kz]["identifiers"]["gazetteer"] == "iso3166:KZ"
    edge = nxg.get_edge_data(blinken, kz, key="visited")
    assert edge and edge["evidence"] and edge["evidence"][0]["sentence"]
    assert 0 < edge["confidence"] <= 1


def test_adding_the_same_text_twice_changes_nothing(seed_path):
    import kg

    g = kg.KnowledgeGraph()
    first = g.add_file(seed_path)
    n = len(g)
    second = g.add_file(seed_path)
    assert first.added and not second.added
    assert len(g) == n
