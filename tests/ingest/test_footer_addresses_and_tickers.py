"""A page's footer address in more forms (a street and its number, a company and its office, a
city and its postcode, a labelled address), more headers of other stories' lists, a ticker of
headlines, a comment widget's sign-in prompt, an author's appeal and a photographer's credit
after a bar. Each beside a story sentence of the same words that stays."""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_boilerplate(text)]


STORY = "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di Lima pada Senin."


@pytest.mark.parametrize(
    "line",
    [
        "Jl. Raya Tokoria No. 15, Medan",
        "PT Kavoo Media Nusantara, Jl. Merdeka Barat No. 30 Bandung 40115",
        "Gedung Kavoo Plaza, Jl. Jend. Sudirman Kav. 35-36, Setiabudi, Jakarta",
        "Kavoo Media Ltd. Survey Building, Golf Links, Lima",
        "Kavoo Inc., Unit A, 6/F, 110 Andes Street, Miraflores, Lima",
        "Kavoo Publishers Ltd. 19/F, Tower One, 1 Plaza Street, Quito",
        "Kavoo Post Building, 136 Andes Road, Miraflores, Lima 15074",
        "Tel: 6388-3838 | Address: 1000 Andes Road North, News Centre, Lima 318994",
        "Alamat Redaksi: Gedung Tokoria Lantai 3, Medan",
        "The Kavoo Times Ltd, 177 Andes Parade, Lima, Peru.",
    ],
)
def test_a_footer_address_is_masked(line):
    text = f"{STORY}\n\n{line}\n"
    assert _masked(text) == [line]  # the story line before it stays


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menemukan tas itu di Jl. Raya Tokoria No. 15, Medan, pada Senin pagi.",
        "Kavoo Media Ltd. opened a new building on Andes Street in Lima on Monday.",
        "Both ministers stayed at a hotel on 136 Andes Road, Miraflores, Lima 15074.",
        "Kavoo Times Ltd, 177 staff members and Juan Perez signed the letter in Lima.",
    ],
)
def test_a_story_sentence_naming_an_address_stays(line):
    text = f"{STORY}\n\n{line}\n"
    assert _masked(text) == []


@pytest.mark.parametrize(
    "header",
    ["Also worth reading", "RELATED STORY", "IN CASE YOU MISSED IT", "Lihat Politik Selengkapnya"],
)
def test_more_headers_of_other_stories_take_their_list(header):
    headline = "Maria Perez meets Tom Dallas in Quito"
    text = f"{STORY}\n{header}\n{headline}\n{STORY.replace('Senin', 'Selasa')}\n"
    masked = _masked(text)
    assert header in masked
    assert headline in masked
    assert not any("Lima" in m for m in masked)  # the story lines around stay


def test_a_ticker_sign_in_prompt_author_appeal_and_bar_credit_are_masked():
    lines = [
        "Breaking News: Juan Perez Tinjau Banjir di Cusco | Tim Arequipa Menang di Trujillo",
        "Silakan login untuk berkomentar. Masuk dengan Kavoo atau Tokoria.",
        "Note from the author: Hi, Maria Perez here. I write about Peru's foreign policy.",
    ]
    text = STORY + "\n\n" + "\n\n".join(lines) + "\n"
    assert _masked(text) == lines
    caption = "Perez opens the trade fair in Cusco. | Karl Lindgren/AFP via Kavoo Images"
    masked = _masked(f"{STORY}\n\n{caption}\n")
    assert masked == [" | Karl Lindgren/AFP via Kavoo Images"]  # the caption's sentence stays


def test_a_story_line_that_opens_like_a_ticker_stays():
    line = "Breaking news: Presiden Juan Perez tiba di Cusco pada Selasa pagi."
    assert _masked(f"{STORY}\n\n{line}\n") == []
