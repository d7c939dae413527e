"""Readings the forty-second dev set and the dev2-41 error lists showed missing, each pinned on
sentences written for the test, with a control in the same text: a group said to be present and
then spelled out ("Sejumlah gubernur juga datang, antara lain A dan B", "Leaders at the summit
include A and B", "guests witnessed the ceremony, among them A") puts those listed at the
event placed before; so does a presence told as a noun opening the sentence ("Kehadiran X ...");
an event dated before now in a sentence before ("di P, akhir Juli lalu", "in Q last May") is no
place of theirs; a group whose members an apposition lists ("Skuad P, termasuk A dan B, tiba di
Q") did what the group did through them; an envoy's posting city between his country and his
name ("Konsul Jenderal RI di P X") is neither his office's holder nor part of his name; a third
party who took part in talks just told met both sides; talks placed before their partner ("talks
in P with Y", "pertemuan di P dengan Y") put the one holding them in P; a meeting with its kind
and topic before its partner is still with the partner, and one the text says is unconfirmed is
none; "the two nations" are the two the sentence before named; "Senior Gen." is a rank; an
official moving on to the next site ("bergeser ke P") went there; being seen off ("dilepas X")
is a meeting; a couple phrase goes on with the couple the text is about, not the pair it met; a
pair sharing a border with a neighbour kg did not read borders not each other; a later clause
with its own place ("sedangkan di Q ...") is not the fronted place's; "its border with B" and "a
border with A, B and C" give each neighbour; a city described before its country ("Osaka, a port
city in western Japan") lies in it; who opened an event was at its place; and a call to refuse a
coming is no visit.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def _met(rels: set, a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_a_group_present_then_listed_puts_each_at_the_event():
    rels = relations_in(
        "KTT Andes dibuka di Lima, Peru, Senin (3/4). Sejumlah presiden tetangga ikut "
        "hadir, antara lain Presiden Cile Juan Perez dan Presiden Ekuador Oscar Dolin. "
        "Presiden Bolivia Tom Hakim tidak hadir.",
        "id",
    )
    assert ("Juan Perez", "visited", "Lima") in rels
    assert ("Oscar Dolin", "visited", "Lima") in rels
    assert ("Tom Hakim", "visited", "Lima") not in rels  # said absent


def test_those_who_came_listed_after_the_verb():
    rels = relations_in(
        "Peresmian bandara baru itu digelar di Medan, Sumatera Utara, Senin (3/4). Sejumlah "
        "gubernur juga datang, antara lain Gubernur Jawa Barat Rizal Hakim dan Gubernur Bali "
        "Wulan Sasmita. Gubernur Aceh Gilang Permadi mengirim ucapan selamat.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Wulan Sasmita", "visited", "Medan") in rels
    assert ("Gilang Permadi", "visited", "Medan") not in rels  # named, but not listed


def test_leaders_at_the_summit_include_a_list():
    rels = relations_in(
        "Andean leaders opened their summit in Quito on Friday. Guests at the summit included "
        "Chilean President Juan Perez and Peruvian President Karl Berg. Other foreign guests "
        "included Bolivian Foreign Minister Tom Hakim. Projects backed by the two "
        "leaders included work by Brightmart chief Oscar Dolin.",
        "en",
    )
    for name in ("Juan Perez", "Karl Berg", "Tom Hakim"):
        assert (name, "visited", "Quito") in rels
    assert ("Oscar Dolin", "visited", "Quito") not in rels  # "leaders included" alone: no list


def test_a_presence_told_as_a_noun_opening_the_sentence():
    rels = relations_in(
        "Kongres Partai Tirtamulya digelar di Medan, Sumatera Utara, Kamis (8/8). Kehadiran "
        "Ketua Umum Partai Brightmart Hendra Wibisono mencuri perhatian. Ketua Umum Partai "
        "Kavoo Rizal Hakim mengaku tidak diundang.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Medan") in rels
    assert ("Rizal Hakim", "visited", "Medan") not in rels


def test_members_listed_in_a_groups_apposition_did_what_it_did():
    rels = relations_in(
        "Skuad Peru, termasuk Juan Perez dan Karl Berg, tiba di Bandung sepekan sebelum "
        "turnamen dimulai. Pelatih Oscar Dolin menyusul dua hari kemudian.",
        "id",
    )
    assert ("Juan Perez", "visited", "Bandung") in rels
    assert ("Karl Berg", "visited", "Bandung") in rels
    assert ("Oscar Dolin", "visited", "Bandung") not in rels


def test_members_listed_in_an_english_apposition():
    rels = relations_in(
        "The Peruvian squad, including Juan Perez and Karl Berg, arrived in Bandung on Monday. "
        "Coach Oscar Dolin stayed in Lima.",
        "en",
    )
    assert ("Juan Perez", "visited", "Bandung") in rels
    assert ("Karl Berg", "visited", "Bandung") in rels
    assert ("Oscar Dolin", "visited", "Bandung") not in rels


def test_an_envoys_posting_city_between_country_and_name():
    rels = relations_in(
        "Konsul Jenderal RI di Lima Hendra Wibisono menyambut mereka di bandara. Wartawan "
        "Rizal Hakim ikut meliput.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Indonesia") in rels
    assert not any(s == "Rizal Hakim" and p == "officialOf" for s, p, _ in rels)


def test_a_third_party_who_took_part_in_the_talks_met_both():
    rels = relations_in(
        "Chilean President Juan Perez met Peruvian President Karl Berg in Lima on Monday. "
        "Bolivian Foreign Minister Oscar Dolin took part in those talks as well. Brazil's Tom "
        "Hakim watched from Santiago.",
        "en",
    )
    assert _met(rels, "Oscar Dolin", "Juan Perez")
    assert _met(rels, "Oscar Dolin", "Karl Berg")
    assert not _met(rels, "Tom Hakim", "Juan Perez")


def test_talks_placed_before_their_partner_put_the_holder_there():
    en = relations_in(
        "Chilean President Juan Perez said after talks in Quito with Ecuadorean President "
        "Karl Berg that a deal was near.",
        "en",
    )
    assert _met(en, "Juan Perez", "Karl Berg")
    assert ("Juan Perez", "visited", "Quito") in en
    assert ("Karl Berg", "visited", "Quito") not in en  # the host at home
    ind = relations_in(
        "Menteri Luar Negeri Hendra Wibisono mengatakan hal itu usai pertemuan di Lima "
        "dengan Presiden Peru Juan Perez.",
        "id",
    )
    assert _met(ind, "Hendra Wibisono", "Juan Perez")
    assert ("Hendra Wibisono", "visited", "Lima") in ind
    assert ("Juan Perez", "visited", "Lima") not in ind


def test_a_meeting_with_its_kind_and_topic_before_its_partner():
    rels = relations_in(
        "Presiden Hendra Wibisono menggelar rapat terbatas penanganan banjir dengan Gubernur "
        "Jawa Barat Rizal Hakim di Bandung. Menteri Gilang Permadi memimpin rapat internal yang "
        "menolak kerja sama dengan Menteri Peru Juan Perez.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Bandung") in rels
    assert not _met(rels, "Gilang Permadi", "Juan Perez")  # a clause between: its object


def test_an_event_dated_before_now_is_no_place_of_those_present():
    rels = relations_in(
        "Kongres Partai Tirtamulya digelar di Medan, Sumatera Utara, Kamis (8/8). Pertemuan ini "
        "menyusul pertemuan Hendra Wibisono dan Gilang Permadi di Bandung, akhir Juli lalu. "
        "Beberapa pimpinan partai pun datang, antara lain Sekjen Partai Brightmart Rizal Hakim.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Rizal Hakim", "visited", "Bandung") not in rels


def test_an_event_last_month_in_english():
    rels = relations_in(
        "The summit opened in Lima on Monday. It follows a meeting in Quito last May. Leaders "
        "at the summit include Chilean President Juan Perez.",
        "en",
    )
    assert ("Juan Perez", "visited", "Lima") in rels
    assert ("Juan Perez", "visited", "Quito") not in rels


def test_the_two_nations_are_the_two_the_sentence_before_named():
    rels = relations_in(
        "Chilean President Juan Perez visited Peru on Monday. The two nations share a porous "
        "frontier of about 1,700 km. Bolivia and Brazil stayed off the agenda. The two "
        "countries share a long border too.",
        "en",
    )
    assert ("Chile", "borders", "Peru") in rels or ("Peru", "borders", "Chile") in rels
    assert not any(p == "borders" and "Chile" in (s, o) and "Bolivia" in (s, o) for s, p, o in rels)


def test_a_senior_generals_abbreviated_rank_keeps_the_country():
    rels = relations_in(
        "Chile's army ruler, Senior Gen. Juan Perez, arrived in Lima. Reporter Tom Hakim "
        "travelled with him.",
        "en",
    )
    assert ("Juan Perez", "officialOf", "Chile") in rels
    assert not any(s == "Tom Hakim" and p == "officialOf" for s, p, _ in rels)


def test_a_past_event_told_with_those_at_it_is_still_theirs():
    rels = relations_in(
        "Tugas itu berasal dari KTT darurat di Lima pada 3 Mei lalu, yang dihadiri Presiden "
        "Hendra Wibisono. Gubernur Rizal Hakim tetap di Medan.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Rizal Hakim", "visited", "Lima") not in rels


def test_moving_on_to_the_next_site():
    rels = relations_in(
        "Presiden Hendra Wibisono meninjau lokasi banjir di Garut, Senin (3/4). Presiden "
        "kemudian bergeser ke dapur umum di Bandung. Fokus pemerintah bergeser ke "
        "pemulihan.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Bandung") in rels
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_seen_off_at_the_departure():
    rels = relations_in(
        "Raja Belgia Hendra Wibisono dan Ratu Wulan Sasmita tiba di Lima, Senin. Sebelum "
        "bertolak dari Brussel, pasangan itu dilepas PM Belgia Oscar Dolin. Burung itu dilepas "
        "ke hutan oleh petugas Karl Berg.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Oscar Dolin")
    assert _met(rels, "Wulan Sasmita", "Oscar Dolin")
    assert not any(p == "met" and "Karl Berg" in (s, o) for s, p, o in rels)


def test_a_couple_phrase_goes_on_with_the_couple_not_the_pair_it_met():
    rels = relations_in(
        "Raja Belgia Hendra Wibisono dan Ratu Wulan Sasmita memulai lawatan ke Peru, Senin. "
        "Pasangan kerajaan mendarat di Lima, Peru, pada Selasa malam. Di bandara, keduanya "
        "disambut Wakil Presiden Peru Juan Perez. Hendra juga bertemu Menteri Karl Berg dan "
        "Menteri Tom Hakim. Sebelum bertolak ke Lima, pasangan itu dilepas PM Belgia Oscar "
        "Dolin. Rabu lusa, mereka dijadwalkan ke Cusco.",
        "id",
    )
    for name in ("Hendra Wibisono", "Wulan Sasmita"):
        assert (name, "visited", "Lima") in rels
        assert (name, "visited", "Cusco") in rels
        assert _met(rels, name, "Juan Perez")
    assert ("Karl Berg", "visited", "Cusco") not in rels
    assert ("Tom Hakim", "visited", "Cusco") not in rels


def test_a_meeting_the_text_says_is_unconfirmed_is_none():
    en = relations_in(
        "Chilean President Juan Perez arrived in Lima on Monday. A meeting between Perez and "
        "Peruvian President Karl Berg has not been confirmed. A meeting between Perez and "
        "Bolivian President Tom Hakim ended without a deal.",
        "en",
    )
    assert not _met(en, "Juan Perez", "Karl Berg")
    assert _met(en, "Juan Perez", "Tom Hakim")
    ind = relations_in(
        "Presiden Cile Juan Perez tiba di Lima, Senin. Pertemuan antara Perez dan Presiden Peru "
        "Karl Berg belum dipastikan. Pertemuan antara Perez dan Presiden Bolivia Tom Hakim "
        "berlangsung Selasa.",
        "id",
    )
    assert not _met(ind, "Juan Perez", "Karl Berg")
    assert _met(ind, "Juan Perez", "Tom Hakim")


def test_a_pair_sharing_a_border_with_an_unread_neighbour_borders_not_each_other():
    rels = relations_in(
        "Mali and Niger, which share frontiers with rebel-held Burkina Faso, asked "
        "for help. Chile and Peru share a border.",
        "en",
    )
    assert not any(p == "borders" and {s, o} == {"Mali", "Niger"} for s, p, o in rels)
    assert any(p == "borders" and {s, o} == {"Chile", "Peru"} for s, p, o in rels)


def test_a_later_clause_with_its_own_place_is_not_the_fronted_places():
    rels = relations_in(
        "Presiden Cile Hendra Wibisono memulai lawatan. Di Lima ia bertemu Presiden Peru Karl "
        "Berg, sedangkan di Quito ia berbicara dengan Presiden Ekuador Juan Perez soal krisis.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Juan Perez", "visited", "Lima") not in rels


def test_dignitaries_who_watched_an_event_among_them_a_list():
    rels = relations_in(
        "ABUJA, June 2 (AFP) - Juan Perez became president on Saturday. Dozens of guests "
        "witnessed the ceremony, among them Chile's outgoing president Karl Berg. Bolivia's "
        "president Tom Hakim sent a message.",
        "en",
    )
    assert ("Karl Berg", "visited", "Abuja") in rels
    assert ("Tom Hakim", "visited", "Abuja") not in rels


def test_its_border_and_a_border_with_a_list():
    rels = relations_in(
        "Peru closed its frontier with Bolivia last year. Brazil's long frontier with Colombia, "
        "Venezuela and Guyana stayed calm. Reporters travelled from Chile.",
        "en",
    )
    borders = {frozenset((s, o)) for s, p, o in rels if p == "borders"}
    assert frozenset(("Peru", "Bolivia")) in borders
    for other in ("Colombia", "Venezuela", "Guyana"):
        assert frozenset(("Brazil", other)) in borders
    assert frozenset(("Brazil", "Chile")) not in borders


def test_a_city_described_before_its_country():
    en = relations_in(
        "The talks will be held in Osaka, a port city in western Japan. Kyoto, where Korea "
        "sent envoys, is next.",
        "en",
    )
    assert ("Osaka", "locatedIn", "Japan") in en
    assert ("Kyoto", "locatedIn", "South Korea") not in en
    ind = relations_in("Mereka mengunjungi Kyoto, bekas ibu kota kuno Jepang.", "id")
    assert ("Kyoto", "locatedIn", "Japan") in ind


def test_who_opened_an_event_was_at_its_place():
    ind = relations_in(
        "Kongres yang digelar tiga hari itu dibuka Presiden Hendra Wibisono di Lapangan "
        "Merdeka, Medan. Pameran itu dibuka secara virtual oleh Menteri Rizal Hakim di Bandung.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Medan") in ind
    assert ("Rizal Hakim", "visited", "Bandung") not in ind  # opened from afar
    en = relations_in(
        "The congress was opened by President Hendra Wibisono in Medan on Monday. The road was "
        "closed by police chief Rizal Hakim's order in Garut.",
        "en",
    )
    assert ("Hendra Wibisono", "visited", "Medan") in en
    assert ("Rizal Hakim", "visited", "Garut") not in en


def test_a_call_to_refuse_a_coming_is_no_visit():
    rels = relations_in(
        "Warga menyerukan penolakan atas kedatangan Gubernur Jawa Barat Hendra Wibisono ke "
        "Bandung. Kedatangan Menteri Rizal Hakim ke Garut disambut warga.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Bandung") not in rels
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels
