"""Bodies named after a place ("Polda Jawa Timur", "Pemerintah Kabupaten X", "Universitas
Indonesia") are organisations, not the place; the place alone stays a place."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ents(text: str) -> dict[str, str]:
    from kg.ingest.document import read_text
    from kg.nlp import analyze

    return {e.text: e.label_ for e in analyze(read_text(text, source="t", lang="id")).ents}


def test_institution_word_before_a_place_names_a_body():
    ents = _ents(
        "Polda Jawa Timur dan Pemerintah Kabupaten Lumajang membuka posko, sementara warga "
        "Jawa Tengah dan mahasiswa Universitas Indonesia menyumbang."
    )
    assert ents.get("Polda Jawa Timur") == "Organization"
    assert ents.get("Pemerintah Kabupaten Lumajang") == "Organization"
    assert ents.get("Universitas Indonesia") == "Organization"
    assert ents.get("Jawa Tengah") == "Region"  # control: a place alone stays a place


def test_the_government_of_a_country_is_the_country():
    ents = _ents("Pemerintah Indonesia mengecam serangan itu.")
    assert ents.get("Indonesia") == "Country"
    assert "Pemerintah Indonesia" not in ents


def test_names_never_run_across_a_line_break():
    from kg.ingest.document import read_text
    from kg.nlp import analyze

    text = (
        "Jakarta - Presiden Hendra Wirawan tiba di Nairobi, Kenya, pada Senin malam.\n"
        "Ia disambut Menteri Luar Negeri Kenya Alfred Otieno.\n"
        "(abc/def)\n"
        "Hendra Wirawan\n"
        "Kenya\n"
        "Kunjungan Kenegaraan\n"
    )
    ents = [e.text for e in analyze(read_text(text, source="t", lang="id")).ents]
    assert "Alfred Otieno" in ents  # control
    assert not any("\n" in e or not e.strip() for e in ents), ents
