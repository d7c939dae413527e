"""The SPARQL examples in ``examples/queries`` answer their question on the ``mini.trig`` world.

The queries are documentation that users copy, so they are run as tests: against rdflib's
``Dataset(default_union=True)`` (the contract's "the graph") and, when installed, against
Oxigraph with the default graph as the union, since both stores are supported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Literal

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "examples" / "queries"
MINI = ROOT / "tests" / "fixtures" / "mini.trig"

R = "https://w3id.org/kg-news/resource/"  # IRIs compared as str: term types differ by store
ANA, SAIDOV, TOKAYEV = (
    R + "person/ana-lestari",
    R + "person/bakhtiyor-saidov",
    R + "person/kassym-jomart-tokayev",
)
TASHKENT, ASTANA = R + "city/1512569", R + "city/1526273"
ID, UZ, KZ, KG_ = R + "country/ID", R + "country/UZ", R + "country/KZ", R + "country/KG"
DOC_A, DOC_B, DOC_C = (
    R + "doc/64f66495b31adba4",
    R + "doc/bd5f8eb295981555",
    R + "doc/ad441966b23ea827",
)

Row = tuple[Any, ...]
Runner = Callable[[str], list[Row]]


def rdflib_runner() -> Runner:
    ds = Dataset(default_union=True)
    ds.parse(MINI, format="trig")

    def run(query: str) -> list[Row]:
        return [tuple(None if v is None else v.toPython() for v in row) for row in ds.query(query)]

    return run


def oxigraph_runner() -> Runner:
    ox = pytest.importorskip("pyoxigraph")
    store = ox.Store()
    store.load(path=str(MINI), format=ox.RdfFormat.TRIG)

    def value(term: Any) -> Any:
        if term is None:
            return None
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language).toPython()
            return Literal(term.value, datatype=term.datatype.value).toPython()
        return term.value

    def run(query: str) -> list[Row]:
        solutions = store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return [tuple(value(s[n]) for n in names) for s in solutions]

    return run


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def run(request: pytest.FixtureRequest) -> Runner:
    return rdflib_runner() if request.param == "rdflib" else oxigraph_runner()


def query(name: str) -> str:
    text = (QUERIES / name).read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name} needs a comment header saying what it answers"
    return text


def test_every_example_is_tested() -> None:
    tested = {
        "who-met-whom.rq",
        "where-did-each-person-go.rq",
        "borders-of-kazakhstan.rq",
        "who-holds-which-office.rq",
        "evidence-for-edge.rq",
        "documents-mentioning.rq",
        "visits-in-february-2023.rq",
        "candidates.rq",
    }
    assert {p.name for p in QUERIES.glob("*.rq")} == tested


def test_who_met_whom(run: Runner) -> None:
    # kg:met is stored one way; each unordered pair comes back once, with its evidence count
    assert run(query("who-met-whom.rq")) == [
        (ANA, "Ana Lestari", SAIDOV, "Bakhtiyor Saidov", 1),
        (ANA, "Ana Lestari", TOKAYEV, "Kassym-Jomart Tokayev", 1),
    ]


def test_where_did_each_person_go(run: Runner) -> None:
    assert run(query("where-did-each-person-go.rq")) == [
        (ANA, "Ana Lestari", ASTANA, "Astana", None, date(2023, 2, 14)),
        (ANA, "Ana Lestari", TASHKENT, "Tashkent", "Uzbekistan", date(2023, 2, 20)),
        (TOKAYEV, "Kassym-Jomart Tokayev", TASHKENT, "Tashkent", "Uzbekistan", date(2023, 3, 9)),
    ]


def test_borders_of_kazakhstan(run: Runner) -> None:
    # Uzbekistan is stated from both sides (docs A and B), Kyrgyzstan from Kazakhstan's side
    assert run(query("borders-of-kazakhstan.rq")) == [(KG_, "Kyrgyzstan"), (UZ, "Uzbekistan")]


def test_who_holds_which_office(run: Runner) -> None:
    assert run(query("who-holds-which-office.rq")) == [
        (ANA, "Ana Lestari", "Foreign Minister", ID, "Indonesia", 1),
        (ANA, "Ana Lestari", "Menteri Luar Negeri", ID, "Indonesia", 1),
        (SAIDOV, "Bakhtiyor Saidov", "Menteri Luar Negeri", UZ, "Uzbekistan", 1),
        (TOKAYEV, "Kassym-Jomart Tokayev", "President", KZ, "Kazakhstan", 2),
    ]


def test_evidence_for_visited_edges(run: Runner) -> None:
    rows = run(query("evidence-for-edge.rq"))
    assert [(r[0], r[1], r[2], r[5], r[6], r[7]) for r in rows] == [
        ("Ana Lestari", "Astana", DOC_B, "Ana Lestari visited Astana", 37, 63),
        ("Ana Lestari", "Tashkent", DOC_A, "Ana Lestari mengunjungi Tashkent", 41, 73),
        (
            "Kassym-Jomart Tokayev",
            "Tashkent",
            DOC_C,
            "Kassym-Jomart Tokayev visited Tashkent",
            17,
            55,
        ),
    ]
    first = rows[0]
    assert first[3] == "https://example.org/news/2023/02/14/lestari-astana"
    assert first[4].startswith("ASTANA - Indonesian Foreign Minister Ana Lestari visited Astana")
    assert first[8] == "en.visited.trigger"
    assert first[9] == Decimal("0.9")
    for row in rows:  # the evidence text lies inside its sentence
        assert row[5] in row[4]


def test_documents_mentioning_tokayev(run: Runner) -> None:
    # doc A never mentions him; doc C does twice ("Kassym-Jomart Tokayev", then "Tokayev")
    assert run(query("documents-mentioning.rq")) == [
        (
            DOC_B,
            "https://example.org/news/2023/02/14/lestari-astana",
            "Indonesian minister in Astana",
            date(2023, 2, 14),
            1,
        ),
        (DOC_C, "fixtures/wire-2023-03-10-tokayev-tashkent.txt", None, date(2023, 3, 10), 2),
    ]


def test_visits_in_february_2023(run: Runner) -> None:
    # Tokayev's visit to Tashkent (9 March) is outside the window
    rows = run(query("visits-in-february-2023.rq"))
    assert [r[1:] for r in rows] == [
        (date(2023, 2, 14), ANA, "Ana Lestari", ASTANA, "Astana", None, DOC_B),
        (date(2023, 2, 20), ANA, "Ana Lestari", TASHKENT, "Tashkent", "Uzbekistan", DOC_A),
    ]
    assert all(r[0].startswith(R + "event/") for r in rows)


# Document A's candidate graph, as kg writes one with --min-confidence: a weaker visit kept
# apart (no direct edge), beside the mini world's asserted graphs.
CANDIDATES_OF_A = f"""
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
<{DOC_A}/candidates> {{
  <{DOC_A}/candidates> a kg:CandidateGraph ; kg:candidatesOf <{DOC_A}> .
  <{R}assertion/candidate-1> a kg:CandidateAssertion ;
    rdf:subject <{SAIDOV}> ; rdf:predicate kg:visited ; rdf:object <{ASTANA}> ;
    nif:referenceContext <{DOC_A}> ; nif:anchorOf "ke Astana" ;
    kg:sentence "Kemudian berangkat ke Astana." ; kg:rule "id.visited.test" ;
    kg:confidence 0.56 .
}}
"""


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_candidates(store: str) -> None:
    text = query("candidates.rq")
    if store == "rdflib":
        ds = Dataset(default_union=True)
        ds.parse(MINI, format="trig")
        assert not list(ds.query(text))  # positive control below: the same query finds it
        ds.parse(data=CANDIDATES_OF_A, format="trig")
        rows = [tuple(v.toPython() for v in row) for row in ds.query(text)]
    else:
        ox = pytest.importorskip("pyoxigraph")
        oxs = ox.Store()
        oxs.load(path=str(MINI), format=ox.RdfFormat.TRIG)
        oxs.load(CANDIDATES_OF_A.encode(), format=ox.RdfFormat.TRIG)
        rows = [
            tuple(s[v].value for v in ("subjectName", "relation", "objectName", "confidence"))
            for s in oxs.query(text, use_default_graph_as_union=True)
        ]
        assert rows == [("Bakhtiyor Saidov", "visited", "Astana", "0.56")]
        return
    assert [r[:4] for r in rows] == [("Bakhtiyor Saidov", "visited", "Astana", Decimal("0.56"))]
    assert rows[0][5] == "Kemudian berangkat ke Astana." and rows[0][7] == DOC_A
