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


def rule_visits(text: str) -> set[tuple[str, str]]:
    """The rules' visits alone (the learned layer off): what this frame reads."""
    from kg.extract import extract
    from kg.ingest import read_text
    from kg.nlp import analyze

    ex = extract(analyze(read_text(text, source="test", lang="id")), "id", learned=False)
    m = ex.mentions
    return {(m[r.subject].text, m[r.object].text) for r in ex.relations if r.predicate == "visited"}


def test_the_speaker_is_the_name_right_after_the_verb_and_a_facility_is_no_place():
    found = rule_visits(
        '"Tenanglah," kata dia usai menjenguk Budi Santoso di Bogor, Selasa. "Kami terkejut," '
        "kata Didi Irawan dalam sebuah diskusi di restoran Gado Boplo, Jakarta, Sabtu."
    )
    assert ("Didi Irawan", "Jakarta") in found  # control: the place after the restaurant
    assert not any(o == "Gado Boplo" for _, o in found)
    assert ("Budi Santoso", "Bogor") not in found  # the one visited, not the speaker


def test_dated_place_between_speaker_and_speech_verb():
    rels = relations_in(
        "Ekonom Rudi Hartono, dalam diskusi di Medan, Rabu, mengatakan harga beras naik. "
        "Analis Sinta Dewi mengatakan banjir di Bekasi, Senin, merusak sawah.",
        "id",
    )
    assert ("Rudi Hartono", "visited", "Medan") in rels  # the profession word is no name
    assert ("Sinta Dewi", "visited", "Bekasi") not in rels  # after the verb: the topic's place


def test_undated_place_before_a_speech_verb_is_not_read():
    rels = relations_in(
        "Pengamat pasar, Rudi Hartono, di Medan mengatakan harga beras naik. Menteri Pertanian "
        "Sinta Dewi, di Medan, Rabu, mengatakan stok cukup.",
        "id",
    )
    assert ("Sinta Dewi", "visited", "Medan") in rels  # control: dated
    assert ("Rudi Hartono", "visited", "Medan") not in rels  # no day: maybe where he works
