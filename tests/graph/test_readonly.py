"""kg.graph.readonly: a store opened in the background (start_opening, issue 11) is the store the
next read-only open of that folder gets, once, and its errors reach that caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.graph import readonly
from kg.graph.readonly import open_read_only, start_opening
from kg.graph.store import open_store
from tests.graph.test_store import doc_graph


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    store = open_store(tmp_path / "db")
    store.write(*doc_graph("a", "src-a"))
    store.close()
    return tmp_path / "db"


def _labels(store) -> list[str]:  # noqa: ANN001 - a pyoxigraph Store
    query = "SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    return [row["l"].value for row in store.query(query)]


def test_a_store_opened_in_the_background_is_taken_once(store_path: Path) -> None:
    start_opening(store_path)
    start_opening(store_path)  # asked twice: one thread
    assert len(readonly._OPENING) == 1
    store = open_read_only(store_path)
    assert readonly._OPENING == {}  # taken: the next open is a new one
    assert _labels(store) == ["Kazakhstan"]
    again = open_read_only(store_path)
    assert again is not store and _labels(again) == ["Kazakhstan"]


def test_the_same_folder_by_another_spelling_takes_the_background_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(store_path.parent)
    start_opening(Path("db"))
    assert _labels(open_read_only(store_path)) == ["Kazakhstan"]
    assert readonly._OPENING == {}


def test_a_background_failure_is_raised_to_the_caller(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    missing.mkdir()
    start_opening(missing)
    with pytest.raises(StoreError, match="nothing.db: not an Oxigraph store"):
        open_read_only(missing)
    assert readonly._OPENING == {}
