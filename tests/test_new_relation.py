"""Issue 12's "Done when": a seventh relation is added by editing ``ontology/`` alone.

The walk-through in ``ontology/README.md``, done on a copy: ``kg:praised`` (Person -> Person)
goes into ``kg.ttl`` and ``shapes.ttl``, one trigger line into the Indonesian lexicon reuses
the ``agent_meets`` frame, and ``KG_ONTOLOGY`` points kg at the copy. No Python file changes.
It runs in a subprocess so that the copy's schema and lexicon never reach this process's
caches (every loader reads ``ontology/`` once per process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]

PRAISED = """
kg:praised
    a owl:ObjectProperty ;
    rdfs:label "praised"@en , "memuji"@id ;
    rdfs:comment "The first person praised the second in public."@en ,
        "Orang pertama memuji orang kedua di depan umum."@id ;
    rdfs:domain kg:Person ;
    rdfs:range kg:Person .
"""

PRAISED_SHAPE = """
kgsh:PraisedShape
    a sh:NodeShape ;
    rdfs:comment "kg:praised: Person -> Person." ;
    sh:targetSubjectsOf kg:praised ;
    sh:class kg:Person ;
    sh:property [ sh:path kg:praised ; sh:class kg:Person ] .
"""

TRIGGER = {
    "kind": "trigger",
    "predicate": "praised",
    "frame": "agent_meets",
    "rule": "id.praised.memuji",
    "confidence": 0.9,
    "pattern": [{"LOWER": "memuji"}],
}

TEXT = (
    "Presiden Kenya William Ruto tiba di Jakarta pada Senin.\n\n"
    "Ruto memuji Presiden Joko Widodo atas sambutan yang hangat."
)

# What the subprocess reports, each part read through a different public way into the graph.
SCRIPT = """
import json, sys
import kg
from rdflib import RDF, RDFS, Literal
from kg.graph.validate import validate
from kg.schema import relations

g = kg.KnowledgeGraph()
g.add_text(sys.argv[1], lang="id")
rdf = g.rdf
label = lambda n: str(rdf.value(n, RDFS.label))
kg_ns = "https://w3id.org/kg-news/ontology#"
direct = {
    (label(s), str(p).removeprefix(kg_ns), label(o))
    for s, p, o in rdf
    if str(p).startswith(kg_ns) and rdf.value(s, RDFS.label) and rdf.value(o, RDFS.label)
}
nxg = g.to_networkx()
edges = [
    (nxg.nodes[u]["label"], d["predicate"], nxg.nodes[v]["label"])
    for u, v, d in nxg.edges(data=True)
]
report = validate(rdf)
stats = g.stats()
praised = relations()["praised"].iri
ruto = next(rdf.subjects(RDFS.label, Literal("William Ruto")))
jakarta = next(rdf.subjects(RDFS.label, Literal("Jakarta")))
rdf.add((ruto, praised, jakarta))  # a person praising a city: the new shape must object
broken = validate(rdf)
print(json.dumps({
    "direct": sorted(direct),
    "networkx": sorted(edges),
    "stats": stats,
    "conforms": report.conforms,
    "report": report.text,
    "broken_conforms": broken.conforms,
    "broken_report": broken.text,
}))
"""


def add_praised(ontology: Path) -> None:
    """The newcomer's three edits (ontology/README.md, "Adding a relation")."""
    kg_ttl = ontology / "kg.ttl"
    kg_ttl.write_text(kg_ttl.read_text("utf-8") + PRAISED, "utf-8")
    shapes = ontology / "shapes.ttl"
    text = shapes.read_text("utf-8")
    listed = "kg:withinArea kg:invaded )"
    assert listed in text  # the assertion shape's list of predicates
    text = text.replace(listed, "kg:withinArea kg:invaded kg:praised )") + PRAISED_SHAPE
    shapes.write_text(text, "utf-8")
    with (ontology / "lexicon" / "id.jsonl").open("a", encoding="utf-8") as lexicon:
        lexicon.write(json.dumps(TRIGGER) + "\n")


def test_a_relation_added_in_ontology_reaches_every_view(tmp_path):
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    add_praised(ontology)
    env = {**os.environ, "KG_ONTOLOGY": str(ontology)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, TEXT],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.splitlines()[-1])
    direct = {tuple(t) for t in got["direct"]}
    relations = {t for t in direct if t[1] != "denotes"}  # mentions are no relation
    assert ("William Ruto", "visited", "Jakarta") in relations  # control: an existing relation
    assert ("William Ruto", "praised", "Joko Widodo") in relations  # the RDF graph
    assert ["William Ruto", "praised", "Joko Widodo"] in got["networkx"]  # the NetworkX view
    assert got["stats"]["relations"] == len(relations)  # the stats count it
    assert got["conforms"], got["report"]  # SHACL, with the copy's shapes
    assert not got["broken_conforms"] and "Result Path: kg:praised" in got["broken_report"]


def test_the_shipped_ontology_has_no_toy_relation():
    """The test above works on a copy: kg's own vocabulary is untouched by it."""
    from kg.schema import relations

    assert "praised" not in relations() and "visited" in relations()
