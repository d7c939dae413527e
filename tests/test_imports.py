"""Import layering: commands that only read a store start without spaCy, and no pipeline stage
imports the facade (which would import every stage and spaCy again)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

STAGES = ("ingest", "nlp", "extract", "resolve", "graph")

_PROBE = """
import json, sys
from click.testing import CliRunner
{imports}
from kg.cli import main
result = CliRunner().invoke(main, {args})
heavy = ("spacy", "rdflib", "networkx", "kg.api", "thinc", "pyvis", "numpy", "jinja2", "hashlib")
print(json.dumps({{"exit": result.exit_code, "out": result.output[:200],
                  "loaded": [m for m in heavy if m in sys.modules]}}))
"""


def _probe(args: list[str], imports: str = "") -> dict:
    code = _PROBE.format(imports=imports, args=args)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_help_and_version_import_no_heavy_library():
    for args in (["--help"], ["--version"], ["query", "--help"]):
        probe = _probe(args)
        assert probe["exit"] == 0 and probe["out"], probe
        assert probe["loaded"] == [], (args, probe["loaded"])
    # positive control: the probe does see a heavy import when one happens
    assert "spacy" in _probe(["--help"], imports="import kg.nlp.pipeline")["loaded"]


def test_view_of_a_store_imports_no_heavy_library(tmp_path):
    """kg view STORE draws from Oxigraph directly (kg.viz.store_view)."""
    from kg.graph.store import open_store
    from tests.graph.test_store import doc_graph

    store = open_store(tmp_path / "db")
    store.write(*doc_graph("a", "src-a"))
    store.close()
    probe = _probe(["view", str(tmp_path / "db"), "-o", str(tmp_path / "v.html")])
    assert probe["exit"] == 0 and "1 entities" in probe["out"], probe
    assert probe["loaded"] == []  # no Jinja2 either (kg.viz.template fills the page; issue 11)
    assert "kg-data" in (tmp_path / "v.html").read_text("utf-8")  # the page was written
    # positive control: the probe sees Jinja2 and hashlib when something imports them
    seen = _probe(
        ["view", str(tmp_path / "db"), "-o", str(tmp_path / "w.html")],
        imports="import jinja2, hashlib",
    )["loaded"]
    assert {"jinja2", "hashlib"} <= set(seen)
    # positive control: a graph file is read through the API (rdflib, NetworkX)
    ttl = tmp_path / "g.ttl"
    ttl.write_text(
        "<https://w3id.org/kg-news/resource/x> a <https://w3id.org/kg-news/ontology#City> ."
    )
    loaded = _probe(["view", str(ttl), "-o", str(tmp_path / "t.html")])["loaded"]
    assert {"rdflib", "networkx"} <= set(loaded)


def test_store_modules_import_without_spacy():
    code = (
        "import sys, kg, kg.graph, kg.graph.store, kg.graph.remote; print('spacy' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.stdout.strip() == "False", run.stderr


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_no_stage_imports_the_facade():
    offenders = [
        str(path.relative_to(ROOT))
        for stage in STAGES
        for path in sorted((ROOT / "kg" / stage).rglob("*.py"))
        if {"kg.api", "kg.KnowledgeGraph", "kg.AddReport"} & _imported_modules(path)
    ]
    assert offenders == []
    # positive control: the CLI, which sits on top, does import it
    assert "kg.api" in _imported_modules(ROOT / "kg" / "cli.py")


#: The frame modules, lower layers first: each may import only the ones before it, and the
#: family modules (after ``venues``) none of each other.
FRAME_LAYERS = ("registry", "places", "objects", "subjects", "venues")
FRAME_FAMILIES = (
    "visits",
    "presence",
    "meetings",
    "borders",
    "invasions",
    "governing",
    "speakers",
)


def test_frame_modules_import_only_lower_layers():
    frames = ROOT / "kg" / "extract" / "frames"
    assert {p.stem for p in frames.glob("*.py")} == {"__init__", *FRAME_LAYERS, *FRAME_FAMILIES}
    offenders = []
    for name in (*FRAME_LAYERS, *FRAME_FAMILIES):
        allowed = FRAME_LAYERS[: FRAME_LAYERS.index(name)] if name in FRAME_LAYERS else FRAME_LAYERS
        imported = {
            m.removeprefix("kg.extract.frames.").split(".")[0]
            for m in _imported_modules(frames / f"{name}.py")
            if m.startswith("kg.extract.frames.")
        }
        offenders += [(name, m) for m in sorted(imported - set(allowed))]
    assert offenders == []
    # positive control: the scan sees a family's imports of the shared helpers
    assert "kg.extract.frames.subjects" in _imported_modules(frames / "visits.py")


def test_extract_imports_no_later_stage():
    later = ("kg.resolve", "kg.graph", "kg.query", "kg.serve", "kg.viz")
    offenders = [
        (str(path.relative_to(ROOT)), m)
        for path in sorted((ROOT / "kg" / "extract").rglob("*.py"))
        for m in _imported_modules(path)
        if m.startswith(later)
    ]
    assert offenders == []
    # positive control: resolve, the stage after extract, is seen importing from it
    assert any(
        m.startswith("kg.extract")
        for p in (ROOT / "kg" / "resolve").rglob("*.py")
        for m in _imported_modules(p)
    )


#: What ``kg view STORE`` stopped importing for issue 11 (its goal: <= 2x ``import pyoxigraph,
#: click``): the query guard and result cells, CSV, decimals, dataclasses, ``random`` and the
#: article reader (whose patterns compile at import).
VIEW_SPARES = (
    "kg.query.guard",
    "kg.query.oxigraph",
    "csv",
    "decimal",
    "dataclasses",
    "random",
    "kg.ingest.reading",
)

_MODULES_AFTER = """
import json, sys
sys.argv = ["kg", *{args}]
{imports}
import kg.cli
try:
    kg.cli.main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({{"exit": code, "loaded": [m for m in {spares} if m in sys.modules]}}))
"""


def _modules_after(args: list[str], imports: str = "") -> dict:
    code = _MODULES_AFTER.format(args=args, imports=imports, spares=VIEW_SPARES)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_view_of_a_store_spares_what_it_does_not_use(tmp_path):
    from kg.graph.store import open_store
    from tests.graph.test_store import doc_graph

    store = open_store(tmp_path / "db")
    store.write(*doc_graph("a", "src-a"))
    store.close()
    args = ["view", str(tmp_path / "db"), "-o", str(tmp_path / "v.html")]
    probe = _modules_after(args)
    assert probe == {"exit": 0, "loaded": []}, probe
    assert (tmp_path / "v.html").is_file()
    # positive control: the probe sees these modules when something imports them
    seen = _modules_after(args, imports="import csv, decimal, random, kg.query.oxigraph")
    assert {"csv", "decimal", "random", "kg.query.guard", "kg.query.oxigraph"} <= set(
        seen["loaded"]
    )
