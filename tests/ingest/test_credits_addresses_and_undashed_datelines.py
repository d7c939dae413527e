"""More credits and signatures by their shape: a caption's bracketed credit with a lower-case
outlet or inside a caption in square brackets, a long supplier's note, a credit label in
capitals, a writer who "contributed from" a city, an agency's street address with no
postcode, a data vendor's promotion, an outlet in brackets in a dateline that agencies.txt
does not list, two agencies in one tag or a tag after a date, and a dateline that a listed
agency's tag closes with no dash. Each beside a story line of the same words that stays. All
names are invented for the test."""

from __future__ import annotations

import pytest

from kg.ingest import find_metadata
from kg.ingest.boilerplate import find_boilerplate
from tests.conftest import relations_in, types_in


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_boilerplate(text)]


#: A caption too long to be an embed's placeholder, which a line in brackets may be.
_LONG_CAPTION = "Presiden Peru Juan Perez tiba di Bandara Internasional Lima pada Senin pagi."

STORY = "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di Lima pada Senin."


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "[Foto] Juan Perez tiba di Lima. (Wulan Sasmita/kavoocom)",
            "(Wulan Sasmita/kavoocom)",
        ),
        (
            f"[Foto: {_LONG_CAPTION} (Wulan Sasmita/Kavoo)]",
            "(Wulan Sasmita/Kavoo)]",
        ),
        (
            f"[Foto: {_LONG_CAPTION} KAVOO/Wulan Sasmita]",
            " KAVOO/Wulan Sasmita]",
        ),
        (
            "Juan Perez tiba di Lima. (Dok. Biro Pers Sekretariat Presiden Peru/Wulan Sasmita)",
            "(Dok. Biro Pers Sekretariat Presiden Peru/Wulan Sasmita)",
        ),
        (
            "[Photo] Juan Perez arrives in Lima on Feb 20. KV PHOTO: WULAN SASMITA",
            " KV PHOTO: WULAN SASMITA",
        ),
    ],
)
def test_a_caption_keeps_its_text_and_loses_its_credit(caption, credit):
    assert _masked(f"{STORY}\n\n{caption}\n") == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Kavoo Press writer Wulan Sasmita contributed from Lima.",
        "Kavoo News, 200 Andes Street, Lima, Peru",
        "Kavoo Agency, 3 Plaza Square, Quito",
        "Exclusive news, data and analytics for market professionals | Learn more about Kavoo",
    ],
)
def test_a_contributor_line_an_address_and_a_vendor_line_are_masked(line):
    assert _masked(f"{STORY}\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Peru contributed from its reserves to the fund, officials said on Monday.",
        "The ministers met at 200 Andes Street, Lima, Peru, on Monday.",
        "Juan Perez said he wanted to learn more about the plan.",
    ],
)
def test_story_lines_of_the_same_words_stay(line):
    assert _masked(f"{STORY}\n\n{line}\n") == []


def test_an_unlisted_outlet_in_brackets_in_a_dateline_is_masked():
    found = types_in(
        "Peru dan Chile bertemu\n\nLIMA (The Lima Post) - Presiden Peru Juan Perez bertemu "
        "Presiden Chile Oscar Lindgren di Lima pada Senin.\n",
        "id",
    )
    assert "Juan Perez" in found  # control
    assert "Lima Post" not in found and "The Lima Post" not in found
    assert found.get("Lima") == {"City"}  # the dateline's city stays


def test_a_dateline_closed_by_an_agency_tag_without_a_dash():
    text = (
        "Peru's leader in Bhutan\n\nTHIMPHU, June 15 (PTI) Peruvian President Juan Perez "
        "arrived in Bhutan on Sunday for talks.\n"
    )
    head = find_metadata(text).dateline_head
    assert head is not None and text[slice(*head)] == "THIMPHU, June 15 (PTI) "
    rels = relations_in(text, "en")
    assert ("Juan Perez", "visited", "Bhutan") in rels  # control
    assert ("Juan Perez", "visited", "Thimphu") in rels  # the dateline's city, a place
    assert not any(o == "PTI" for _, _, o in rels)


def test_a_place_in_brackets_in_a_dateline_stays_the_story_s():
    rels = relations_in(
        "Perez in Lima\n\nLIMA (Peru) - Chilean President Oscar Lindgren arrived in Lima on "
        "Friday for a two-day visit.\n",
        "en",
    )
    assert ("Lima", "locatedIn", "Peru") in rels
    assert ("Oscar Lindgren", "visited", "Lima") in rels  # control


def test_an_agency_s_regional_bureau_in_a_dateline_is_masked():
    text = (
        "Wagub tinjau desa\n\nGarut (ANTARA Jabar) - Wakil Gubernur Jawa Barat Rizal Hakim "
        "mengunjungi Desa Sukamaju, Kabupaten Garut, Kamis.\n"
    )
    masked = _masked(text)
    assert "(ANTARA Jabar)" in masked
    assert not any("Garut" in m or "Rizal" in m for m in masked)  # the story stays


def test_two_agencies_and_a_dated_dateline_lose_their_tags():
    two = (
        "Perez pulang\n\nCUSCO (AFP, REUTERS) - Peruvian President Juan Perez wrapped up a "
        "visit to Cusco on Friday.\n"
    )
    dated = (
        "Perez tiba\n\nBandung, 3 Oktober (ANTARA) - Presiden Peru Juan Perez tiba di "
        "Bandung, Kamis siang.\n"
    )
    assert "(AFP, REUTERS)" in _masked(two)
    assert "(ANTARA)" in _masked(dated)
    for text in (two, dated):  # the story stays
        assert not any("Juan Perez" in m or "Cusco" in m or "Bandung" in m for m in _masked(text))


@pytest.mark.parametrize(
    "line",
    [
        "Wulan Sasmita reported from Lima, Peru.",
        "(Tim Liputan 6 Kavoo TV)",
        "Kavoo Media Group | PT Kavoo Aksara Grafika",
        "Kavoo.com - PT Kavoo Media Nusantara. All Right Reserved.",
        "Baca Lainnya: Juan Perez Tinjau Banjir di Cusco",
        "Related news: Peru, Chile hold joint patrol in the Pacific",
    ],
)
def test_a_reporter_s_city_a_team_a_publisher_and_a_teaser_are_masked(line):
    assert _masked(f"{STORY}\n\n{line}\n") == [line]


def test_a_story_line_on_what_a_reporter_found_stays():
    line = "Maria Perez reported from Lima, Peru, that the talks had failed on Monday."
    assert _masked(f"{STORY}\n\n{line}\n") == []


def test_a_popular_list_under_a_header_with_a_colon_is_masked():
    block = "Populer:\n1. Juan Perez Tinjau Banjir di Cusco\n2. Harga Emas Hari Ini Turun"
    masked = _masked(f"{STORY}\n\n{block}\n")
    assert "Populer:" in masked and "1. Juan Perez Tinjau Banjir di Cusco" in masked
    assert not any("Oscar Lindgren" in m for m in masked)  # the story stays


def test_a_supplier_after_a_caption_and_a_two_part_dateline_lose_their_credit():
    caption = "Juan Perez saat tiba di Bandara Lima, Jumat (25/4/2025). Dok. KBRI Lima"
    assert _masked(f"{STORY}\n\n{caption}\n") == [" Dok. KBRI Lima"]
    text = f"LIMA, Peru, July 3 (Reuters) - {STORY}\n"
    assert _masked(text) == ["(Reuters)"]
