"""Boilerplate by shape: outlet datelines and credit lines, without blanking story text."""

from __future__ import annotations

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_boilerplate(text)]


STORY = "Presiden Ghana Nana Akufo-Addo tiba di Nairobi pada Selasa untuk kunjungan tiga hari."


def test_site_in_dateline_is_masked_and_city_kept():
    for head, site in (
        ("NAIROBI, BERITASATU.com - ", "BERITASATU.com"),
        ("Okezone.com, Nairobi - ", "Okezone.com"),
    ):
        masked = _masked(head + STORY)
        assert (site, "agency") in masked
        assert not any("NAIROBI" in t.upper() and t != site for t, _ in masked)


def test_credit_lines_masked_story_sentence_starting_like_a_credit_kept():
    text = (
        f"{STORY}\n\n"
        "Sumber di kementerian mengatakan kunjungan itu sudah direncanakan sejak awal tahun ini.\n"
        "Foto: Kantor Berita Kenya/Ahmed\n"
        "Penulis: Rina\n"
    )
    masked = [t for t, kind in _masked(text) if kind == "credit"]
    assert "Foto: Kantor Berita Kenya/Ahmed" in masked and "Penulis: Rina" in masked
    assert not any(t.startswith("Sumber di") for t in masked)
