"""A page's readers' comments under their header, score and headline tickers with more labels,
an author box, a weather widget and a quiz teaser, headers of other stories' lists and a
publisher's footer address with a company's legal form. Each beside story sentences of the
same words that stay."""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_boilerplate(text)]


STORY = "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di Lima pada Senin."
STORY2 = "Oscar Lindgren: Kami sepakat memperluas perdagangan kedua negara tahun depan."


def test_readers_comments_under_their_header_are_masked():
    comments = [
        "Komentar Pembaca",
        "Rizal Hakim: Semoga harga beras segera turun.",
        "wulan_s: Setuju sekali!",
    ]
    text = "\n".join([STORY, STORY2, *comments, ""])
    assert _masked(text) == comments  # a quote in the story's own form stays


@pytest.mark.parametrize(
    "line",
    [
        "Terkini: Gilang Permadi Pantau Banjir di Garut | Kavoo FC Siapkan Laga Kontra Tokoria",
        "Latest: Tom Dallas to open fair in Quito | Sol closes lower",
        "Skor Akhir: Kavoo FC 3-1 Tokoria FC | Lima United 1-1 Quito Town",
        "Guest Author: Karl Lindgren is Andes editor at Kavoo and is based in Quito.",
        "Cuaca: Medan 30°C Cerah",
        "Kuis: Seberapa Kenal Kamu dengan Negara Peru?",
        "Kavoo Media Sdn Bhd, Level 7, Menara Kavoo, 12A Jalan Andes 7/3, Quito",
    ],
)
def test_a_widget_line_is_masked(line):
    text = f"{STORY}\n\n{line}\n"
    assert _masked(text) == [line]  # the story line before it stays


@pytest.mark.parametrize(
    "header", ["Baca Berita Lainnya", "Read more from Kavoo News:", "Trending in News"]
)
def test_headlines_under_a_list_header_are_masked(header):
    items = ["Gilang Permadi Resmikan Jalan di Garut", "Man charged after crash in Quito"]
    text = "\n".join([STORY, header, *items, ""])
    assert _masked(text) == [header, *items]


def test_story_lines_with_a_colon_a_bar_or_a_company_stay():
    text = "\n".join(
        [
            STORY,
            "Terkini, kata dia, harga beras di Garut naik 5 persen.",
            "Kavoo Media Sdn Bhd membuka kantor di Jalan Andes, Quito, pekan lalu.",
            "",
        ]
    )
    assert _masked(text) == []


@pytest.mark.parametrize(
    "line",
    ["Karl Lindgren in Lima and Juan Perez in Quito", "Kavoo Media Network, Lima, Peru"],
)
def test_a_byline_of_reporters_and_a_publisher_s_seat_are_masked(line):
    text = f"{STORY}\n{line}\nTom Dallas in Quito\n"
    assert _masked(text) == [line]  # a name and a city alone stay
