"""The outlet's own signs (datelines with a colon, a domain in capitals, agencies joined by a
slash, the site named again in the story, reporters' credits in brackets) and more widget
headers, masked without blanking story text."""

from __future__ import annotations

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_boilerplate(text)]


STORY = "Menteri Luar Negeri Rizal Hakim tiba di Lima pada Selasa untuk kunjungan tiga hari."


def test_dateline_forms_lose_their_outlet_and_keep_their_city():
    for head, outlet in (
        ("Kavoonews.com, Kandarpur: ", "Kavoonews.com"),
        ("KAVOONEWS.COM, KANDARPUR - ", "KAVOONEWS.COM"),
        ("Kandarpur (ANTARA News/AFP) - ", "(ANTARA News/AFP)"),
    ):
        masked = _masked(head + STORY)
        assert (outlet, "agency") in masked, head
        assert not any("andarpur" in text.lower() for text, _ in masked), head
        assert not any("Rizal" in text for text, _ in masked), head  # the story stays


def test_the_dateline_site_named_again_in_the_story_is_masked():
    text = (
        f"Kavoonews.com, Kandarpur - {STORY}\n\n"
        "Saat dihubungi Kavoonews.com, juru bicara maskapai belum memberi keterangan.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert masked.count("Kavoonews.com") == 2
    # control: the rest of the sentence that named the site is story
    assert not any("juru bicara" in t for t in masked)


def test_a_reporters_credit_in_brackets_closing_a_story_is_masked():
    text = f"{STORY}\n\n(Wulan Sasmita)\n\n(ABC/Tim Kavoo 6 XYZ)\n"
    masked = [t for t, _ in _masked(text)]
    assert "(Wulan Sasmita)" in masked
    assert "(ABC/Tim Kavoo 6 XYZ)" in masked
    assert not any("Rizal" in t for t in masked)  # control


def test_a_picture_agency_after_a_caption_is_masked_and_the_caption_kept():
    text = f"{STORY}\n\nRizal Hakim speaks to reporters in Lima on Sunday. | KAVOO\n"
    masked = [t for t, _ in _masked(text)]
    assert any(t.strip().endswith("| KAVOO") and "Rizal" not in t for t in masked)


def test_more_widget_headers_take_their_teasers():
    for header in (
        "Related posts:",
        "MORE FLOOD COVERAGE",
        "Baca Lainnya",
        "Simak video berikut:",
    ):
        text = f"{STORY}\n\n{header}\nKandarpur opens a new ferry port\n"
        masked = [t for t, _ in _masked(text)]
        assert "Kandarpur opens a new ferry port" in masked, header
        assert not any("Rizal" in t for t in masked), header  # control


def test_related_story_lines_cookie_notices_and_app_teasers_are_masked():
    text = (
        f"{STORY}\n\n"
        "RELATED STORY: Minister meets counterpart in Lima\n"
        "Kavoo Radio uses cookies on this site. Learn how\n"
        "Get the Kavoo app now\n"
        "Baca berita dan artikel lainnya di Kavoo News\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert len(masked) == 4
    assert not any("Rizal" in t for t in masked)  # control


def test_bylines_with_a_beat_or_a_post_and_funding_notes_are_masked():
    text = (
        "By Asia business reporter Wulan Sasmita\n\n"
        f"{STORY}\n\n"
        "Gilang Permadi, Asia Correspondent\n"
        "This story was funded by the Kavoo initiative and Brightmart.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert "By Asia business reporter Wulan Sasmita" in masked
    assert "Gilang Permadi, Asia Correspondent" in masked
    assert any(t.startswith("This story was funded") for t in masked)
    assert not any("Rizal" in t for t in masked)  # control


def test_a_site_slogan_and_a_staff_line_are_masked():
    text = (
        "Kavoo Times\nCovering Peru and South America\n\n"
        f"{STORY}\n\n"
        "Wulan Sasmita and Gilang Permadi cover energy markets.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert "Covering Peru and South America" in masked
    assert "Wulan Sasmita and Gilang Permadi cover energy markets." in masked
    assert not any("Rizal" in t for t in masked)  # control
