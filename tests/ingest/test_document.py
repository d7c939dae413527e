"""Ingest: reading, checking, language, normalisation and boilerplate masking."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import detect_language, find_boilerplate, normalize_typography, read_file, read_text


def test_empty_file_is_refused(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n ")
    with pytest.raises(InputError, match="is empty"):
        read_file(p)


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "img.bin"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(InputError, match="binary"):
        read_file(p)


def test_non_utf8_file_is_refused_with_a_hint(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Presiden Jokowi tiba di Medan, kata Pak José.".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8.*iconv"):
        read_file(p)


def test_missing_and_directory_paths(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_file(tmp_path)


def test_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffMenteri itu tiba di Jakarta pada hari Senin.".encode())
    doc = read_file(p)
    assert doc.text.startswith("Menteri")


def test_normalisation_keeps_every_offset():
    text = "“Kami siap,” kata\u00a0Menlu — 28/2 ‘ok’"
    out = normalize_typography(text)
    assert len(out) == len(text)
    assert out == "\"Kami siap,\" kata Menlu - 28/2 'ok'"


def test_body_has_the_length_of_the_text():
    doc = read_text(
        "SITUS BERITA\n\nMenteri itu tiba di Jakarta pada hari Senin untuk membahas "
        "kerja sama ekonomi dan perdagangan dengan mitranya.\n\nBaca juga: Harga beras naik"
    )
    assert len(doc.body) == len(doc.text)
    assert "Baca juga" not in doc.body
    assert "Menteri itu tiba" in doc.body


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Presiden itu mengatakan bahwa kunjungan ke negara tersebut akan dilakukan tahun ini.",
            "id",
        ),
        ("The minister said that the visit to the country would take place later this year.", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


STORY = (
    "Menteri Perdagangan itu tiba di Surabaya pada hari Rabu untuk meresmikan pasar baru "
    "yang dibangun pemerintah daerah setempat."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca juga: Harga cabai di pasar induk naik lagi", "related"),
        ("BACA JUGA: Timnas menang tipis di laga uji coba", "related"),
        ("READ  Pasar saham dibuka menguat pagi ini", "related"),
        ("Lihat 5 cerita lainnya", "related"),
        ("Pembaruan terbaru", "related"),
        ("Editor: Redaksi Daerah", "credit"),
        ("Dilaporkan oleh Budi Santoso. Diedit oleh Rina Wati", "credit"),
        ("Standar kami: Prinsip Kepercayaan Kantor Berita", "credit"),
        ("© 2024 Warta Kita. Hak cipta dilindungi undang-undang.", "copyright"),
        ("Bagikan: Facebook | X | WhatsApp", "share"),
        ("Ikuti kami di Google News", "share"),
        ("Tags: ekonomi, pasar, Surabaya", "tags"),
        ("ADVERTISEMENT", "ad"),
    ],
)
def test_boilerplate_marker_lines(line, kind):
    text = f"{STORY}\n\n{line}\n\n{STORY.replace('Rabu', 'Kamis')}"
    spans = find_boilerplate(text)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [(line, kind)]


def test_related_block_takes_its_list_items():
    text = f"{STORY}\n\nBerita terkait:\n- Harga cabai naik\n- Banjir di Medan\n\nPenutup cerita."
    masked = {text[s.start : s.end] for s in find_boilerplate(text)}
    assert masked == {"Berita terkait:", "- Harga cabai naik", "- Banjir di Medan"}


def test_prelude_site_name_breadcrumb_and_repeated_headline():
    text = (
        "WARTA KITA\n\nBeranda > Ekonomi > Daerah\n\nMenteri resmikan pasar di Surabaya\n\n"
        f"Menteri resmikan pasar di Surabaya\n\n{STORY}"
    )
    kinds = [(text[s.start : s.end], s.kind) for s in find_boilerplate(text)]
    assert ("WARTA KITA", "navigation") in kinds
    assert ("Beranda > Ekonomi > Daerah", "navigation") in kinds
    assert ("Menteri resmikan pasar di Surabaya", "duplicate") in kinds
    assert sum(1 for t, _ in kinds if t.startswith("Menteri resmikan")) == 1


def test_breadcrumb_ending_in_the_pages_headline_is_navigation():
    crumb = "Beranda / Nasional / Menteri resmikan pasar di Surabaya: warga antusias"
    text = f"{crumb}\n\n{STORY}"
    assert [(text[s.start : s.end], s.kind) for s in find_boilerplate(text)] == [
        (crumb, "navigation")
    ]
    text = f"Harga / kg / hari naik menjadi Rp 12.000 di pasar itu.\n\n{STORY}"
    assert find_boilerplate(text) == []  # a sentence with slashes in the same place stays


def test_a_sites_promotion_of_its_news_sections_is_boilerplate():
    promo = "Catch all the Latest India News, World News along with top headlines."
    text = f"{STORY}\n\n{promo}\n\nRead the latest figures in the report, officials said."
    masked = [text[s.start : s.end] for s in find_boilerplate(text)]
    assert masked == [promo]  # the story's own sentence with "latest" stays


def test_agency_of_a_two_city_dated_dateline_and_a_site_alone_before_the_dash():
    text = "KYIV/MOSCOW, May 7 (Reuters) - " + STORY
    assert [text[s.start : s.end] for s in find_boilerplate(text)] == ["(Reuters)"]
    text = "WartaKita.com – " + STORY
    assert [text[s.start : s.end] for s in find_boilerplate(text)] == ["WartaKita.com"]
    text = "Kyiv - " + STORY  # control: a dateline city alone is story
    assert find_boilerplate(text) == []


def test_short_body_line_after_the_story_is_kept():
    text = f"{STORY}\n\nKeduanya sepakat.\n\n{STORY}x"
    assert find_boilerplate(text) == []


def test_dateline_agency_tag_is_masked_but_not_the_place():
    text = (
        "MEDAN, Indonesia (3 Mei) (Reuters) - Gubernur itu tiba di Medan pada Jumat pagi "
        "untuk meninjau banjir yang melanda kota tersebut."
    )
    doc = read_text(text)
    assert "(Reuters)" not in doc.body
    assert doc.body.startswith("MEDAN, Indonesia (3 Mei)")
