"""A parliament's numbered commission is an organisation its officers hold office in, beside
the parliament; an office in a clause of time ("ketika X menjadi ...") is background, not
asserted; "kembali ditetapkan sebagai" links a name to its office; who attended an event was
in its city and in the province named after it; a predecessor named by whose predecessor they
are is not that person. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def test_a_numbered_commission_is_an_organisation_beside_its_parliament():
    text = (
        "Jaksa Agung menghadiri rapat dengan Komisi III DPR di Senayan. Rapat itu dipimpin "
        "Ketua Komisi III Hendra Wibisono. Wakil Ketua Komisi VI DPR Rizal Hakim mengatakan "
        "maskapai harus direstrukturisasi. Ketua Komisi A DPRD Jawa Barat Wulan Sasmita hadir."
    )
    rels = relations_in(text, "id")
    types = types_in(text, "id")
    assert "Organization" in types.get("Komisi III", set())
    assert ("Hendra Wibisono", "officialOf", "Komisi III") in rels
    assert ("Rizal Hakim", "officialOf", "Komisi VI") in rels
    # the parliament too: named after the commission elsewhere, or in the title itself
    dpr = "House of Representatives of Indonesia"
    assert ("Hendra Wibisono", "officialOf", dpr) in rels
    assert ("Rizal Hakim", "officialOf", dpr) in rels
    # a regional council's lettered commission is no numbered panel of the parliament
    assert ("Wulan Sasmita", "officialOf", dpr) not in rels


def test_an_office_in_a_clause_of_time_is_background():
    rels = relations_in(
        "Hendra Wibisono pernah menjabat Kapolres Garut saat Rizal Hakim menjadi Bupati Garut. "
        "Gilang Permadi kembali ditetapkan sebagai ketua umum Partai Golkar oleh munas itu.",
        "id",
    )
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "officialOf"]
    assert ("Gilang Permadi", "officialOf", "Golkar") in rels  # control


def test_who_attended_an_event_was_in_its_city_and_province():
    rels = relations_in(
        "Hendra Wibisono terpilih sebagai ketua umum Partai Maju dalam kongres partai itu di "
        "Hotel Horison, Cicendo, Bandung, Jawa Barat, Jumat (3/5). Pembukaan kongres dihadiri "
        "Presiden Rizal Hakim dan Wakil Presiden Gilang Permadi.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Bandung") in rels  # control
    assert ("Rizal Hakim", "visited", "West Java") in rels
    assert ("Gilang Permadi", "visited", "West Java") in rels


def test_a_predecessor_named_by_whose_predecessor_he_is_is_not_that_person():
    rels = relations_in(
        "Menteri Luar Negeri Peru Juan Perez tiba di Quito. Pendahulu Juan Perez, Oscar Lindgren, "
        "yang kini menjabat penasihat presiden, memulai tahun 2021 dengan kunjungan ke Kenya.",
        "id",
    )
    assert ("Oscar Lindgren", "visited", "Kenya") in rels
    assert ("Juan Perez", "visited", "Kenya") not in rels
    assert ("Juan Perez", "visited", "Quito") in rels  # control


def test_a_group_received_is_the_persons_the_next_sentence_names():
    rels = relations_in(
        "Presiden Rizal Hakim menerima tiga ketua partai di Istana Bogor, Jumat sore. Mereka "
        "adalah Ketua Umum Partai Maju Hendra Wibisono, Ketua Umum Partai Baru Gilang "
        "Permadi, dan Ketua Umum PKB Wulan "
        "Sasmita. Presiden juga menerima laporan. Mereka adalah Juan Perez dan Oscar Lindgren.",
        "id",
    )
    for guest in ("Hendra Wibisono", "Gilang Permadi", "Wulan Sasmita"):
        assert ("Rizal Hakim", "met", guest) in rels or (guest, "met", "Rizal Hakim") in rels
    assert not [r for r in rels if r[1] == "met" and "Juan Perez" in (r[0], r[2])]  # no group


def test_a_foreign_guest_at_an_event_visited_its_town_not_its_province():
    rels = relations_in(
        "KTT Pasifik dibuka di Manado, Sulawesi Utara, Selasa (4/6). KTT itu dihadiri Perdana "
        "Menteri Fiji Juan Perez dan Presiden Joko Widodo.",
        "id",
    )
    assert ("Juan Perez", "visited", "Manado") in rels  # control
    assert ("Juan Perez", "visited", "North Sulawesi") not in rels
    assert ("Joko Widodo", "visited", "North Sulawesi") in rels
    # a title shared down a list never goes against the base of notable people
    assert ("Joko Widodo", "officialOf", "Fiji") not in rels


def test_an_event_named_again_with_a_demonstrative_is_the_one_placed_earlier():
    rels = relations_in(
        "Presiden Peru Juan Perez bertemu Presiden Chile Oscar Lindgren di sela-sela Konferensi "
        "Tingkat Tinggi Forum Kerja Sama Pasifik (FKSP) di Quito, Ekuador, Kamis. "
        "Ini kunjungan pertama Perez ke luar negeri tahun ini. Sebelumnya ia "
        "singgah di Lima. Perez menggagas kerja sama itu pada 2013. Di Quito, Perez disambut "
        "di bandara oleh Wulan Sasmita. KTT tiga hari itu turut dihadiri Perdana Menteri Kanada "
        "Hendra Wibisono. Rapat lain dihadiri Menteri Rizal Hakim.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Quito") in rels
    assert ("Rizal Hakim", "visited", "Quito") not in rels  # another meeting, placed nowhere
    assert ("Juan Perez", "visited", "Quito") in rels  # control


def test_the_three_leaders_are_the_three_named_before():
    rels = relations_in(
        "Presiden Peru Juan Perez, Kanselir Chile Oscar Lindgren, dan Perdana Menteri Ekuador "
        "Karl Lindgren tiba di Lima, Kamis pagi. Ketiga pemimpin itu kemudian diterima "
        "Presiden Bolivia Tom Dallas di istana. Kedua menteri itu makan siang.",
        "id",
    )
    for guest in ("Juan Perez", "Oscar Lindgren", "Karl Lindgren"):
        assert (guest, "met", "Tom Dallas") in rels or ("Tom Dallas", "met", guest) in rels
