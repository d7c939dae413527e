"""The speaker of an inverted speech verb was in the place the report dates the words in
("kata X di Jakarta, Senin"): how local news states a presence most often."""

from __future__ import annotations

from tests.conftest import relations_in


def visits(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in relations_in(text, "id") if p == "visited"}


def test_a_dated_place_after_the_speaker_is_where_they_spoke():
    found = visits(
        '"Kami akan membuat rencana induk," kata Deputi Kementerian Koperasi Budi Santoso di '
        'Jakarta, Jumat. "Semua siap," ujar Siti Aminah kepada wartawan di Gedung Nusantara '
        'II, Senayan, Jakarta, Selasa (6/3/2012). "Harga naik," kata Dewi Lestari di Surabaya.'
    )
    assert ("Budi Santoso", "Jakarta") in found  # the hedge is the quote's, not the report's
    assert {("Siti Aminah", "Senayan"), ("Siti Aminah", "Jakarta")} <= found
    assert ("Dewi Lestari", "Surabaya") not in found  # no day or date: no dateline


def test_a_topic_a_phone_call_or_a_workplace_is_not_where_they_spoke():
    found = visits(
        '"Kami prihatin," kata Rudi Hartono tentang banjir di Bekasi, Senin. "Itu saja," ujar '
        'Budi Santoso saat dihubungi wartawan di Bogor, Sabtu. "Mahal," ujar Andi Wijaya, '
        'pedagang ikan di Medan, Jumat. "Siap," kata Dewi Lestari, Ketua PAN Jawa Barat, di '
        "Bandung, Senin."
    )
    assert ("Dewi Lestari", "Bandung") in found  # control: a title apposition, then the place
    assert ("Rudi Hartono", "Bekasi") not in found
    assert ("Budi Santoso", "Bogor") not in found
    assert ("Andi Wijaya", "Medan") not in found


def test_an_event_of_the_speaker_s_own_before_the_place_keeps_it_theirs():
    found = visits(
        '"Indeks stabil," kata Rudi Hartono usai bertemu Presiden Andi Wijaya di Kantor '
        "Presiden, Jakarta, Senin."
    )
    assert ("Rudi Hartono", "Jakarta") in found
