"""A dateline signed by an outlet after the city, without brackets ("Jakarta, CNN Indonesia --
..."): the city is where the story was filed, a place, never a metonym for its country."""

from __future__ import annotations

from kg.ingest import find_metadata
from tests.conftest import relations_in, types_in

_STORY = (
    "Mahkamah Konstitusi Peru menskors Presiden Peru Wulan Sasmita dari jabatannya pada Selasa "
    "(1/7), sambil memeriksa pengaduan terhadapnya."
)


def test_an_outlet_after_the_city_closes_a_dateline():
    text = f"Peru skors presiden\n\nJakarta, CNN Indonesia -- {_STORY}\n"
    head = find_metadata(text).dateline_head
    assert head is not None and text[slice(*head)] == "Jakarta, CNN Indonesia -- "
    text = f"Peru skors presiden\n\nJakarta, CNBC Indonesia - {_STORY}\n"
    assert text[slice(*find_metadata(text).dateline_head)] == "Jakarta, CNBC Indonesia - "


def test_the_dateline_city_is_a_city():
    found = types_in(f"Peru skors presiden\n\nJakarta, CNN Indonesia -- {_STORY}\n", "id")
    assert "Peru" in found  # control
    assert found.get("Jakarta") == {"City"}
    assert "Indonesia" not in found  # the outlet's name, no country of the story


def test_the_lead_of_a_newsroom_dateline_visited_the_newsroom_never():
    rels = relations_in(
        "Peru dan Chile berdamai\n\nJakarta, CNN Indonesia -- Presiden Peru Karl Lindgren dan "
        "Presiden Chile Tom Dallas menandatangani perjanjian damai di Arequipa pada Rabu (3/7), "
        "mengakhiri sengketa perbatasan kedua negara.\n",
        "id",
    )
    assert ("Karl Lindgren", "officialOf", "Peru") in rels  # control: the lead is read
    assert not any(o == "Jakarta" for _, p, o in rels if p == "visited")


def test_an_outlet_signing_in_capitals_is_masked_and_the_city_kept():
    found = types_in(f"Peru skors presiden\n\nLIMA, KOMPAS — {_STORY}\n", "id")
    assert found.get("Lima") == {"City"}  # control: the dateline's city stays
    assert "KOMPAS" not in found
    found = types_in(f"Peru skors presiden\n\nPIKIRAN RAKYAT - {_STORY}\n", "id")
    assert "Wulan Sasmita" in found  # control
    assert "PIKIRAN RAKYAT" not in found
