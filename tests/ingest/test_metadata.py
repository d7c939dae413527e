"""Document date and title from the original text: date lines and datelines, id and en.

The articles are written for these tests; only the shapes of the pages (a breadcrumb, a
headline, a date line, a dateline) follow real news sites.
"""

from __future__ import annotations

import pytest

from kg.ingest import find_metadata, read_text
from kg.ingest.metadata import normalise_date

_STORY_ID = (
    "Menteri Luar Negeri Chile Alberto van Klaveren tiba di Jakarta untuk kunjungan kerja "
    "selama dua hari dan membahas kerja sama perdagangan."
)
_STORY_EN = (
    "Chilean Foreign Minister Alberto van Klaveren arrived in Jakarta for a two-day visit "
    "focused on trade, fisheries and copper exports."
)


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("date_line", "dateline", "story", "expected"),
    [
        ("Kamis, 7 Maret 2024 | 09:45 WIB", "JAKARTA —", _STORY_ID, "2024-03-07"),
        ("Jumat, 8 Maret 2024 16:20 WIB", "JAKARTA -", _STORY_ID, "2024-03-08"),
        ("March 7, 2024 | 11:02 PM", "JAKARTA, March 7 -", _STORY_EN, "2024-03-07"),
        ("Thursday, March 7, 2024", "JAKARTA (Indonesia) -", _STORY_EN, "2024-03-07"),
    ],
    ids=["id-pipe-time", "id-no-pipe", "en-month-first", "en-weekday"],
)
def test_date_line_gives_the_document_date(date_line, dateline, story, expected):
    text = _page(
        "Internasional", "Chile dan Indonesia Perluas Kerja Sama", date_line, f"{dateline} {story}"
    )
    assert find_metadata(text).date == expected


def test_dateline_without_year_gives_a_partial_date():
    text = _page(
        "KABAR DUNIA",
        "Menlu Chile Mulai Lawatan ke Asia Tenggara",
        f"SANTIAGO, Chile (5 Maret) (Reuters) – {_STORY_ID}",
    )
    meta = find_metadata(text)
    assert meta.date == "--03-05"
    assert text[slice(*meta.dateline_head)] == "SANTIAGO, Chile (5 Maret) (Reuters) – "


def test_dateline_day_completed_with_the_date_line_year():
    text = _page(
        "Chile opens Asia trip", "March 8, 2024 | 1:00 AM", f"JAKARTA, March 7 - {_STORY_EN}"
    )
    assert find_metadata(text).date == "2024-03-07"


def test_dateline_of_new_years_eve_published_next_year():
    text = _page(
        "Chile opens Asia trip", "January 1, 2025 | 1:00 AM", f"JAKARTA, Dec 31 - {_STORY_EN}"
    )
    assert find_metadata(text).date == "2024-12-31"


def test_no_date_anywhere_is_open():
    text = _page("Chile opens Asia trip", f"JAKARTA - {_STORY_EN}")
    meta = find_metadata(text)
    assert meta.date is None
    assert meta.dateline is not None  # the dateline paragraph is still known


def test_title_skips_breadcrumb_section_and_tagline():
    text = _page(
        "Beranda > Internasional > Amerika Latin",
        "KABAR DUNIA",
        "Ikuti berita terkini dunia dengan liputan eksklusif, video, foto dan analisis "
        "terbaru dari kami.",
        "Chile dan Indonesia Perluas Kerja Sama Perdagangan Tembaga",
        "Kamis, 7 Maret 2024 | 09:45 WIB",
        f"JAKARTA — {_STORY_ID}",
    )
    meta = find_metadata(text)
    assert meta.title == "Chile dan Indonesia Perluas Kerja Sama Perdagangan Tembaga"
    assert meta.date == "2024-03-07"  # the tagline is not mistaken for the story's first paragraph


def test_a_bare_sentence_has_no_title_and_no_date():
    meta = find_metadata("Presiden Chile Gabriel Boric tiba di Jakarta pada Senin.")
    assert (meta.title, meta.date, meta.dateline) == (None, None, None)


def test_read_text_fills_document_date_and_title():
    doc = read_text(
        _page(
            "Chile and Indonesia widen copper trade",
            "Thursday, March 7, 2024",
            f"JAKARTA - {_STORY_EN}",
        )
    )
    assert doc.date == "2024-03-07"
    assert doc.title == "Chile and Indonesia widen copper trade"


@pytest.mark.parametrize(
    ("dateline", "date_line", "expected"),
    [
        ("JAKARTA, June 4, 2024 -", None, "2024-06-04"),
        ("WASHINGTON, June 4 (Reuters) -", "June 5, 2024 | 1:10 AM", "2024-06-04"),
        ("JAKARTA (Reuters) -", "Tuesday, June 4, 2024", "2024-06-04"),
        ("Jakarta (ANTARA) -", "Selasa, 4 Juni 2024 10:02 WIB", "2024-06-04"),
    ],
    ids=["en-full-dateline", "en-agency-after-day", "en-agency-date-line", "id-antara"],
)
def test_english_and_agency_datelines(dateline, date_line, expected):
    lines = ["Chile and Indonesia widen copper trade"] + ([date_line] if date_line else [])
    text = _page(*lines, f"{dateline} {_STORY_EN}")
    meta = find_metadata(text)
    assert meta.date == expected
    assert text[slice(*meta.dateline_head)].startswith(dateline)


def test_a_sites_own_dateline_is_one_and_a_longer_sentence_start_is_not():
    """ "Jakarta - ..." is how several Indonesian sites open a story: a dateline without an
    agency. Four capitalised words before a dash are a sentence, not a place."""
    text = _page("Chile and Indonesia widen copper trade", f"Jakarta - {_STORY_EN}")
    head = find_metadata(text).dateline_head
    assert head is not None and text[head[0] : head[1]].startswith("Jakarta")
    text = _page(
        "Chile and Indonesia widen copper trade", f"Menteri Luar Negeri Chile Alberto - {_STORY_EN}"
    )
    assert find_metadata(text).dateline_head is None


def test_known_date_completes_a_year_less_dateline():
    text = _page("KABAR DUNIA", f"SANTIAGO, Chile (5 Maret) (Reuters) – {_STORY_ID}")
    assert find_metadata(text).date == "--03-05"
    assert find_metadata(text, known_date="2024-03-06T01:00:00+07:00").date == "2024-03-05"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-04", "2024-06-04"),
        ("2024-06-04T23:30:00-05:00", "2024-06-04"),  # the day as written, not UTC's
        ("4 Juni 2024", "2024-06-04"),
        ("June 4, 2024", "2024-06-04"),
        ("June 2024", None),  # no day: not a document day
        ("yesterday", None),
        ("2024-02-30", None),
    ],
)
def test_normalise_date(value, expected):
    found = normalise_date(value)
    assert (found.iso() if found else None) == expected


def test_read_text_takes_the_containers_date_and_title():
    text = _page("Chile and Indonesia widen copper trade", f"JAKARTA - {_STORY_EN}")
    doc = read_text(text, date="2024-03-07", title="Copper deal")
    assert (doc.date, doc.title) == ("2024-03-07", "Copper deal")
    assert doc.metadata.dateline_head == (text.index("JAKARTA"), text.index("Chilean"))
    bare = read_text(text)
    assert (bare.date, bare.title) == (None, "Chile and Indonesia widen copper trade")


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("Kompas.com - 10/02/2020, 16:05 WIB", "2020-02-10"),
        ("Rabu, 10/11/2010 12:41 WIB", "2010-11-10"),
        ("Updated 06/18/2023 9:41 PM", "2023-06-18"),  # 18 cannot be a month: month first
    ],
)
def test_numeric_date_lines_are_day_first(date_line, expected):
    text = _page("Chile dan Indonesia Perluas Kerja Sama", date_line, f"JAKARTA - {_STORY_ID}")
    assert find_metadata(text).date == expected


def test_a_long_headline_above_a_date_line_is_not_the_story():
    """A headline of 12+ words ending in a quote or "?" looked like the first paragraph."""
    headline = (
        "Biden dan Xi Bertemu Lebih dari Tiga Jam di Bali, Taiwan Disebut 'Garis Merah' "
        "oleh Kedua Pihak'"
    )
    text = _page(
        "CNN Indonesia", headline, "Senin, 14 Nov 2022 22:41 WIB", f"Nusa Dua - {_STORY_ID}"
    )
    meta = find_metadata(text)
    assert (meta.date, meta.title) == ("2022-11-14", headline)
    # positive control: with no date line under it, the long line stays the story
    assert find_metadata(_page("CNN Indonesia", headline, _STORY_ID)).title is None


def test_title_is_the_headline_not_the_page_furniture():
    text = _page(
        "Skip to main content",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "World | Business | Markets",
        "Brazil's Lula meets Xi in Beijing, seeks to widen trade",
        "April 14, 2023 6:12 PM GMT+8 Updated",
        "Chinese President Xi Jinping and Brazil's Lula shake hands in Beijing [Reuters]",
        f"BEIJING, April 14 (Reuters) - {_STORY_EN}",
    )
    meta = find_metadata(text)
    assert meta.title == "Brazil's Lula meets Xi in Beijing, seeks to widen trade"
    assert meta.date == "2023-04-14"


def test_the_dateline_under_a_photo_caption_is_found():
    """A caption ending in its credit is a sentence long enough to pass for the story; it is
    no paragraph of it, and the dateline below it is the story's."""
    text = _page(
        "Chile dan Indonesia Perluas Kerja Sama",
        "Kamis, 7 Maret 2024 | 09:45 WIB",
        "Menteri Luar Negeri Chile (kiri) berjabat tangan dengan mitranya di Gedung Pancasila, "
        "Jakarta, Kamis (7/3/2024). KANTOR FOTO/Budi Santoso/abc.",
        f"Iquique (ANTARA) - {_STORY_ID}",
    )
    meta = find_metadata(text)
    assert meta.dateline_head is not None
    assert text[slice(*meta.dateline_head)] == "Iquique (ANTARA) - "
    assert meta.title == "Chile dan Indonesia Perluas Kerja Sama"  # the caption is no title


def test_a_dateline_that_opens_with_the_outlets_name_is_the_storys():
    """The outlet's name before the city is masked as the agency tag; the paragraph it opens
    is still the story's first, not a line of boilerplate."""
    text = _page("Chile dan Indonesia Perluas Kerja Sama", f"Liputan6.com, Iquique - {_STORY_ID}")
    meta = find_metadata(text)
    assert meta.dateline_head is not None
    assert text[slice(*meta.dateline_head)] == "Liputan6.com, Iquique - "


@pytest.mark.parametrize(
    "dateline", ["Washington DC -", "Jakarta (ANTARA News) -"], ids=["city-and-code", "agency"]
)
def test_datelines_with_a_capitals_code_or_a_two_word_agency(dateline):
    text = _page("Chile and Indonesia widen copper trade", f"{dateline} {_STORY_EN}")
    head = find_metadata(text).dateline_head
    assert head is not None and text[slice(*head)].startswith(dateline)
