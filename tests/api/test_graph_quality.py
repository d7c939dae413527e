"""The built graph against kg's own contract: SHACL shapes, escaping in the HTML view."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal

from kg.graph.namespace import RDFS
from kg.graph.validate import validate

pytestmark = pytest.mark.slow

HOSTILE = "<img src=x onerror=alert(1)>"


def test_seed_graph_conforms_to_the_shapes(seed_graph):
    report = validate(seed_graph.rdf)
    assert report.conforms, report.text


def test_a_broken_graph_does_not_conform(seed_graph):
    """Breaks a copy: the session's seed graph stays valid for the tests after this one."""
    before = len(seed_graph.rdf)
    broken = Graph()
    for triple in seed_graph.rdf:
        broken.add(triple)
    person = next(broken.subjects(RDFS.label, Literal("Antony Blinken")))
    broken.add((person, RDFS.label, Literal("A second label")))
    report = validate(broken)
    assert not report.conforms and report.violations >= 1
    assert len(seed_graph.rdf) == before


def test_hostile_label_is_escaped_in_the_html(seed_graph, tmp_path):
    import kg

    g = kg.KnowledgeGraph()
    g.add_text("Presiden Kenya William Ruto tiba di Jakarta pada Senin.", lang="id")
    doc_graph = next(iter(c for c in g.dataset.graphs() if len(c)))
    person = next(s for s, o in doc_graph.subject_objects(RDFS.label) if str(o) == "William Ruto")
    doc_graph.set((person, RDFS.label, Literal(HOSTILE)))
    html = g.to_html(tmp_path / "g.html").read_text("utf-8")
    assert HOSTILE not in html
    assert "<img" not in html.replace("&lt;img", "")
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html or "&lt;img" in html


def test_html_has_no_network_reference(seed_graph, tmp_path):
    import re

    html = seed_graph.to_html(tmp_path / "seed.html").read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", html)
    assert not re.search(r"(@import|url\()\s*[\"']?https?:", html)
    assert "Kazakhstan" in html and "Antony Blinken" in html
