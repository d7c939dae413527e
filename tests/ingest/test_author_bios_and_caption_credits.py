"""More of a scraped page's furniture, recognised by its shape: an author's biography at the
foot of an article, an agency describing itself, other stories' headlines under a label or
glued to a paragraph's end, photo credits in the forms of more outlets and a footer's postal
address. Each beside story lines that look alike and stay."""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_boilerplate(text)]


STORY = "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di Lima pada Senin."


@pytest.mark.parametrize(
    "bio",
    [
        "Maria Perez is a Lima-based correspondent covering Peru and Chile. She previously "
        "reported for Kavoo Wire from Quito.",
        "Tom Dallas is Andean bureau chief at The Lima Courier, based in Cusco.",
        "Karl Lindgren is an Andean Press reporter based in Arequipa.",
        "Oscar Lindgren covers politics and trade in the Andes for The Kavoo Post from Quito.",
        "The Andean Press is an independent global news organization dedicated to reporting.",
    ],
)
def test_an_author_biography_or_an_agency_describing_itself_is_masked(bio):
    text = f"{STORY}\n\n{bio}\n"
    assert _masked(text) == [bio]  # the story line before it stays


@pytest.mark.parametrize(
    "line",
    [
        "Tom Dallas is a reporter for The Lima Courier who was detained in Quito last year.",
        "Maria Perez, a journalist, was killed in Lima on Monday.",
        "Juan Perez is a former journalist who now leads the opposition in Peru.",
    ],
)
def test_a_story_sentence_about_a_reporter_stays(line):
    assert _masked(f"{STORY}\n\n{line}\n") == []


def test_other_stories_under_a_label_or_glued_to_a_paragraph_are_masked():
    text = (
        f"{STORY}Baca juga: Menteri Rizal Hakim Bertemu Investor Chile di Medan\n\n"
        "Related article\n"
        "Chile's president says talks with Peru fueled protests in Santiago\n\n"
        "Baca Selanjutnya: Menteri Pertahanan Chile Kunjungi...\n\n"
        "Kedua presiden kemudian makan siang bersama di Lima.\n"
    )
    masked = _masked(text)
    assert masked == [
        "Baca juga: Menteri Rizal Hakim Bertemu Investor Chile di Medan",
        "Related article",
        "Chile's president says talks with Peru fueled protests in Santiago",
        "Baca Selanjutnya: Menteri Pertahanan Chile Kunjungi...",
    ], masked


@pytest.mark.parametrize(
    "caption, credit",
    [
        (
            "Chilean minister Oscar Lindgren speaks in Lima. REUTERS/Name Surname/File Photo "
            "Purchase Licensing Rights, opens new tab",
            " REUTERS/Name Surname/File Photo Purchase Licensing Rights, opens new tab",
        ),
        (
            "Ministers meet in Lima on Wednesday.Credit...Name Surname/Agence Kavoo — Getty Images",
            "Credit...Name Surname/Agence Kavoo — Getty Images",
        ),
        ("Menlu Rizal Hakim bersama Menlu Chile di Lima. (dok. Humas Kemlu)", "(dok. Humas Kemlu)"),
        ("Gedung kementerian di Lima. [Kavoo.com/Gilang Permadi]", "[Kavoo.com/Gilang Permadi]"),
    ],
)
def test_a_caption_loses_its_credit_and_keeps_its_text(caption, credit):
    assert _masked(f"{STORY}\n\n{caption}\n") == [credit]


def test_a_footer_postal_address_is_masked():
    footer = [
        "200 Any Street, Lima, NY 10281",
        "Any Place, 90 Any Way, London N1 9GU",
        "19/F, Tower One, 1 Any Street, Quito",
    ]
    text = STORY + "\n\n" + "\n".join(footer) + "\n"
    assert _masked(text) == footer
    # control: a story line with a number and a place stays
    assert _masked(f"{STORY}\n\nSebanyak 200 warga Lima mengungsi ke 90 lokasi.\n") == []


def test_a_paragraph_opening_with_the_bylines_name_and_a_copula_is_the_writers_bio():
    bio = "Wulan Sasmita is an economics writer for The Lima Courier. She once ran its Cusco desk."
    page = f"Presidents Meet in Lima\n\nWulan Sasmita\nThe Lima Courier\n\n{STORY}\n\n{bio}\n"
    masked = _masked(page)
    assert bio in masked
    assert STORY not in masked  # control: the story stays
    # without a byline above the story, the same sentence may be about a reporter: it stays
    assert bio not in _masked(f"{STORY}\n\n{bio}\n")


def test_a_trending_stories_widget_and_its_headlines_are_masked():
    text = f"{STORY}\n\nTrending Stories\nKavoo shares slide as Peru probes mine deal\n"
    masked = _masked(text)
    assert "Trending Stories" in masked
    assert "Kavoo shares slide as Peru probes mine deal" in masked
    assert STORY not in masked  # control
