"""The API reads what the CLI reads, refuses bad arguments with a KgError, handles long
articles in chunks with exact offsets, and gives tables, a repr and CSV with IRIs."""

from __future__ import annotations

import csv
import json

import pytest

import kg
from kg.api import BatchReport, result_to_dataframe
from kg.errors import InputError, QueryError, StoreError
from tests.conftest import SEED

pytestmark = pytest.mark.slow

ID_TEXT = "Presiden Joko Widodo tiba di Jakarta pada Senin untuk bertemu Menteri Luar Negeri.\n"


def test_add_file_reads_json_lines_as_one_document_per_record(tmp_path):
    news = tmp_path / "news.jsonl"
    records = [
        {"text": ID_TEXT, "url": "https://example.org/1"},
        {"text": ID_TEXT.replace("Senin", "Selasa"), "url": "https://example.org/2"},
    ]
    news.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    g = kg.KnowledgeGraph()
    report = g.add_file(news)
    assert isinstance(report, BatchReport) and report.added == 2
    assert g.document_count == 2
    sources = {str(r.s) for r in g.query("SELECT ?s WHERE { ?d kg:source ?s }")}
    assert sources == {"https://example.org/1", "https://example.org/2"}


def test_add_file_extracts_the_text_of_html_like_the_cli(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(
        f"<p>{ID_TEXT.strip()} Kalimat ke-{i} tentang kunjungan itu.</p>" for i in range(4)
    )
    page.write_text(
        f"<html><head><title>Berita</title></head><body><article>{body}</article></body></html>",
        "utf-8",
    )
    g = kg.KnowledgeGraph()
    report = g.add_file(page)
    assert report.status == "added"
    sentences = [str(r.t) for r in g.query("SELECT ?t WHERE { ?a kg:sentence ?t }")]
    texts = [str(r.t) for r in g.query("SELECT ?t WHERE { ?m nif:anchorOf ?t }")]
    assert texts and "Joko Widodo" in " ".join(texts)
    assert not any("<p>" in t or "</p>" in t for t in sentences + texts)


def test_bad_arguments_are_kg_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="scheme"):
        kg.KnowledgeGraph(store="ftp://example.org/graph")
    assert not any(tmp_path.iterdir())  # no local folder named after the URL
    g = kg.KnowledgeGraph()
    with pytest.raises(QueryError):
        g.explain(None)
    with pytest.raises(InputError):
        g.remove(None)
    with pytest.raises(InputError, match="lone surrogate"):
        g.add_text("Presiden \ud83d tiba di Jakarta.")
    with pytest.raises(InputError, match="max_bytes"):
        kg.KnowledgeGraph(max_bytes=0)
    assert g.remove("never/added.txt") == 0  # a positive control: valid, nothing to remove


def test_size_limit_is_checked_before_the_pipeline_and_can_be_raised():
    g = kg.KnowledgeGraph(max_bytes=2_000)
    with pytest.raises(InputError, match="too large"):
        g.add_text(ID_TEXT * 40)  # 3.4 kB
    with pytest.raises(InputError, match="too large"):
        kg.KnowledgeGraph().add_text("kata " * 250_000)  # 1.25 MB: spaCy never sees it
    assert kg.KnowledgeGraph(max_bytes=5_000).add_text(ID_TEXT * 40).status == "added"


def _mentions(g: kg.KnowledgeGraph) -> set[tuple[int, int, str]]:
    rows = g.query(
        "SELECT ?b ?e ?t WHERE { ?m a kg:Mention ; nif:beginIndex ?b ; "
        "nif:endIndex ?e ; nif:anchorOf ?t }"
    )
    return {(int(r.b), int(r.e), str(r.t)) for r in rows}


def test_long_article_in_chunks_keeps_every_offset_exact(monkeypatch):
    from kg.nlp import chunks

    text = SEED.read_text("utf-8")
    whole = kg.KnowledgeGraph()
    whole.add_text(text, source="seed")
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 600)
    calls = []
    real = chunks.chunk_spans
    monkeypatch.setattr(chunks, "chunk_spans", lambda t, size: calls.append(size) or real(t, size))
    chunked = kg.KnowledgeGraph()
    chunked.add_text(text, source="seed")
    assert calls == [600]  # the article really went through the chunked path
    found = _mentions(chunked)
    assert found and found == _mentions(whole)
    for begin, end, anchor in found:
        assert text[begin:end] == anchor


def test_csv_export_carries_iris_types_and_evidence(seed_graph, tmp_path):
    with seed_graph.save(tmp_path / "g.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(kg.api.CSV_COLUMNS)
    visit = [r for r in rows if r["predicate"] == "visited" and r["subject"] == "Antony Blinken"]
    assert visit
    for r in visit:
        assert r["subject_iri"].startswith("https://w3id.org/kg-news/resource/person/")
        assert r["subject_type"] == "Person" and r["object_type"] in ("Country", "City", "Region")
        assert r["sentence"] and r["document"].startswith("https://") and r["rule"]
    offices = [r for r in rows if r["predicate"] == "officialOf"]
    assert offices and any(r["office_title"] for r in offices)


def test_query_result_to_dataframe(seed_graph):
    pytest.importorskip("pandas")
    frame = result_to_dataframe(
        seed_graph.query("SELECT ?l ?e WHERE { ?e a kg:Country ; rdfs:label ?l } ORDER BY ?l")
    )
    assert list(frame.columns) == ["l", "e"]
    assert "Kazakhstan" in set(frame["l"])
    assert all(isinstance(v, str) for v in frame["e"])


def test_repr_names_store_documents_and_triples(seed_graph):
    text = repr(seed_graph)
    assert text.startswith("<KnowledgeGraph store=memory")
    assert "documents=1" in text and f"triples={len(seed_graph)}" in text


def test_jsonld_with_a_remote_context_is_refused_without_fetching(tmp_path):
    doc = tmp_path / "g.jsonld"
    for context in (
        "https://example.org/context.jsonld",
        "file:///etc/passwd",
        [{"kg": "https://w3id.org/kg-news/ontology#"}, "ctx.jsonld"],
    ):
        doc.write_text(json.dumps({"@context": context, "@id": "kg:x", "kg:p": "y"}), "utf-8")
        with pytest.raises(InputError, match="@context"):
            kg.KnowledgeGraph.open(doc)
    doc.write_text(
        json.dumps(
            {"@context": {"kg": "https://w3id.org/kg-news/ontology#"}, "@id": "kg:x", "kg:p": "y"}
        ),
        "utf-8",
    )
    assert len(kg.KnowledgeGraph.open(doc).rdf) == 1  # an inline context is read
