"""Kinds of error found by reading kg's misses on the dev sets in stop 38 (dev18 among them):
a presiding judge and his court, the holder named after a body's bracketed abbreviation, the
country of "the Kenyan capital, Nairobi", passive visits, delegations, pairs named by an
office, trips made at an invitation. Sentences written for the tests (no article's names or
sentences), each with a positive control in the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import borders_between, met_between, relations_in, types_in

pytestmark = pytest.mark.slow


def test_a_presiding_judge_holds_office_in_the_court_not_in_its_panel():
    rels = relations_in(
        "Putusan dibacakan Ketua Majelis Hakim Pengadilan Negeri Surabaya Dewi Kartika pada "
        "Senin. Hakim Ketua PN Bandung Andi Saputra menunda sidang lain. Gubernur Jawa Timur "
        "Budi Santoso hadir.",
        "id",
    )
    assert ("Budi Santoso", "officialOf", "East Java") in rels  # control
    courts = {o for s, p, o in rels if p == "officialOf" and s in ("Dewi Kartika", "Andi Saputra")}
    assert "Pengadilan Negeri Surabaya" in courts
    assert "PN Bandung" in courts
    assert not any("Majelis" in o or "Hakim" in o for o in courts)


def test_a_name_after_a_titled_body_and_its_abbreviation_is_the_holder():
    found = types_in(
        "Kepala Badan Pusat Statistik (BPS) Kho Bian Hok menolak data itu. Ketua "
        "Komisi Pemberantasan Korupsi (KPK) Andi Saputra hadir.",
        "id",
    )
    assert "Person" in found.get("Andi Saputra", set())  # control
    assert found.get("Kho Bian Hok") == {"Person"}


def test_a_capital_named_by_the_demonym_of_its_country_puts_the_visit_in_both():
    rels = relations_in(
        "Mr. Lindgren flew to the Kenyan capital, Nairobi, on Friday. Ms. Marchand, who "
        "landed in the Peruvian capital, Lima, on Monday, met him later. Mr. Saputra flew to "
        "Nakuru.",
        "en",
    )
    assert ("Saputra", "visited", "Nakuru") in rels  # control: no country named
    assert ("Lindgren", "visited", "Nairobi") in rels
    assert ("Lindgren", "visited", "Kenya") in rels
    assert ("Marchand", "visited", "Lima") in rels
    assert ("Marchand", "visited", "Peru") in rels
    assert ("Saputra", "visited", "Kenya") not in rels


def test_an_unknown_name_received_or_hosted_is_a_person_not_a_place():
    found = types_in(
        "Presiden Budi Santoso kemudian menerima Tomas Novak di istana. Sehari sebelumnya ia "
        "menjamu Lorenzo Cruz. Menlu Andi Saputra tiba di Manila.",
        "id",
    )
    assert "City" in found.get("Manila", set())  # control: a known place stays one
    assert found.get("Tomas Novak") == {"Person"}
    assert found.get("Lorenzo Cruz") == {"Person"}


def test_a_delegation_going_on_is_the_whole_coordinated_subject_before_it():
    rels = relations_in(
        "Panglima TNI Andi Saputra dan Kapolri Budi Santoso tiba di Sorong pada Senin. "
        "Rombongan kemudian bertolak ke Manokwari.",
        "id",
    )
    assert ("Budi Santoso", "visited", "Sorong") in rels  # control
    assert ("Andi Saputra", "visited", "Manokwari") in rels
    assert ("Budi Santoso", "visited", "Manokwari") in rels


def test_leading_a_delegation_to_a_place_is_going_there():
    id_rels = relations_in(
        "Menlu Andi Saputra memimpin delegasi Indonesia ke Kairo pada Senin. Budi Santoso "
        "memimpin delegasi Indonesia ke perundingan dengan Menlu Jepang.",
        "id",
    )
    en_rels = relations_in(
        "Foreign Minister Andi Saputra led the Indonesian delegation to Cairo on Monday. "
        "Budi Santoso led the Indonesian team to talks with Japan's foreign minister.",
        "en",
    )
    assert ("Andi Saputra", "visited", "Cairo") in id_rels
    assert ("Andi Saputra", "visited", "Cairo") in en_rels
    assert not any(s == "Budi Santoso" and p == "visited" for s, p, _ in id_rels | en_rels)


def test_a_place_visited_in_the_passive_names_its_visitors_after_the_verb():
    id_rels = relations_in(
        "Sepanjang Maret, Indonesia dikunjungi Menteri Luar Negeri Jepang Taro Yamada dan "
        "Presiden Chile Juan Perez. Kota Bandung tidak dikunjungi Menlu Ali Rahman. Jakarta "
        "dikunjungi Presiden Indonesia Budi Santoso.",
        "id",
    )
    en_rels = relations_in("Last month Japan was visited by Chilean President Juan Perez.", "en")
    assert ("Taro Yamada", "visited", "Indonesia") in id_rels
    assert ("Juan Perez", "visited", "Indonesia") in id_rels
    assert ("Juan Perez", "visited", "Japan") in en_rels
    assert not any(s == "Ali Rahman" and p == "visited" for s, p, _ in id_rels)  # negated
    assert ("Budi Santoso", "visited", "Jakarta") not in id_rels  # at home


def test_two_presidents_are_two_persons_titled_president_not_the_last_two_named():
    rels = relations_in(
        "President Andi Saputra met President Budi Santoso in Lima. Saputra then introduced "
        "his host to Foreign Minister Dewi Kartika and the ambassador, Karl Lindgren. The "
        "two presidents later drove to Cusco. President Juan Perez met President Ali Rahman "
        "in Arequipa. The two presidents then flew to Trujillo.",
        "en",
    )
    assert ("Juan Perez", "visited", "Trujillo") in rels  # control: a titled pair
    assert ("Ali Rahman", "visited", "Trujillo") in rels
    assert not any(o == "Cusco" and s in ("Dewi Kartika", "Karl Lindgren") for s, _, o in rels)


def test_declining_to_hold_talks_is_no_meeting():
    rels = relations_in(
        "Prime Minister Karl Lindgren snubbed his host, declining to hold talks with Andi "
        "Saputra. He met Budi Santoso instead.",
        "en",
    )
    assert met_between(rels, "Karl Lindgren", "Budi Santoso")  # control
    assert not met_between(rels, "Karl Lindgren", "Andi Saputra")


def test_a_title_run_on_to_another_name_is_not_the_earlier_name_s_office():
    rels = relations_in(
        "Empat tokoh hadir, yakni pemimpin Pesantren Nurul Huda KH Ahmad Fikri atau Aa Fikri, "
        "Ketua Umum Pimpinan Pusat Muhammadiyah yang juga Ketua Majelis Ulama Indonesia (MUI) "
        "Budi Santoso, Rektor Universitas Indonesia Dewi Kartika, serta Andi Saputra. Rudi "
        "Hartono, Ketua Umum PSSI yang juga pengusaha, hadir.",
        "id",
    )
    assert ("Rudi Hartono", "officialOf", "Football Association of Indonesia") in rels  # control
    assert ("Ahmad Fikri", "officialOf", "Muhammadiyah") not in rels


def test_an_abbreviated_honorific_opens_a_name_never_sits_inside_one():
    # The model's spans as it gives them on real pages ("Pesantren Nurul [Huda KH Ahmad
    # Fikri]"), handed to the pass directly: the pass, not the model, is under test.
    import spacy
    from spacy.tokens import Span

    from kg.nlp.components import LinkerWork, abbreviated_honorifics_open_names
    from kg.nlp.pipeline import load_pipeline

    linker = load_pipeline("id").get_pipe("kg_gazetteer")
    doc = spacy.blank("id")(
        "pemimpin Pesantren Nurul Huda KH Ahmad Fikri dan Hassan Sheikh Mohamud"
    )
    ents = [
        Span(doc, 1, 3, label="Organization"),
        Span(doc, 3, 7, label="Person"),
        Span(doc, 8, 11, label="Person"),
    ]
    work = LinkerWork(doc, ents, [], [])
    abbreviated_honorifics_open_names(linker, work)
    assert [(e.text, e.label_) for e in work.ents] == [
        ("Pesantren Nurul Huda", "Organization"),
        ("Ahmad Fikri", "Person"),
        ("Hassan Sheikh Mohamud", "Person"),  # control: a name word, not an abbreviation
    ]


def test_the_west_after_a_title_is_no_person():
    rels = relations_in(
        "Kedatangan Lindgren menambah panjang daftar pemimpin Barat yang menyambangi "
        "Indonesia. Menlu Andi Saputra tiba di Kairo.",
        "id",
    )
    assert ("Andi Saputra", "visited", "Cairo") in rels  # control
    assert not any(s == "Barat" for s, _, _ in rels)


def test_an_adjective_between_the_possessive_and_the_border_keeps_both_sides():
    rels = relations_in(
        "Fighting broke out along Peru's northern border with Ecuador. Chile's border with "
        "Bolivia is quiet.",
        "en",
    )
    assert borders_between(rels, "Chile", "Bolivia")  # control
    assert borders_between(rels, "Peru", "Ecuador")


def test_a_court_panel_led_by_a_judge_is_the_court_s_office():
    rels = relations_in(
        "Majelis hakim Pengadilan Negeri Jakarta Barat yang diketuai Andi Saputra menjatuhkan "
        "vonis. Gubernur Jawa Timur Budi Santoso hadir.",
        "id",
    )
    assert ("Budi Santoso", "officialOf", "East Java") in rels  # control
    assert ("Andi Saputra", "officialOf", "Pengadilan Negeri Jakarta Barat") in rels


def test_a_body_after_dari_in_a_title_is_an_affiliation_not_the_office():
    rels = relations_in(
        "Wakil Ketua Komisi VIII DPR dari Fraksi Partai Demokrat Budi Santoso membantah. "
        "Ketua Umum Partai Golkar Andi Saputra hadir.",
        "id",
    )
    assert ("Andi Saputra", "officialOf", "Golkar") in rels  # control
    assert ("Budi Santoso", "officialOf", "House of Representatives of Indonesia") in rels
    assert ("Budi Santoso", "officialOf", "Democratic Party (Indonesia)") not in rels


def test_a_trip_made_at_an_invitation_is_a_visit_and_an_invitation_alone_is_not():
    en_rels = relations_in(
        "Mr. Lindgren arrived in Nagoya on Sunday at the invitation of Premier Tom Walker. "
        "Mr. Saputra was invited to Canberra.",
        "en",
    )
    id_rels = relations_in(
        "Gubernur Budi Santoso berada di Nagoya sejak Minggu atas undangan Premier Tom Walker. "
        "Andi Saputra diundang ke Canberra. Rudi Hartono tiba di Cebu memenuhi undangan "
        "Gubernur Ali Rahman.",
        "id",
    )
    assert ("Lindgren", "visited", "Nagoya") in en_rels
    assert ("Budi Santoso", "visited", "Nagoya") in id_rels
    assert ("Rudi Hartono", "visited", "Cebu City") in id_rels
    assert not any(o == "Canberra" for _, p, o in en_rels | id_rels if p == "visited")


def test_a_pronoun_continues_the_title_that_opens_the_sentence_before():
    rels = relations_in(
        "Ketua DPR Andi Saputra menerima kunjungan Raja Malaysia, Tuanku Syed Hamid, di Gedung "
        "DPR. Kali ini Raja tidak didampingi istrinya, Tuanku Aminah. Di sana ia disambut Andi "
        "Saputra dan Wakil Ketua DPR Budi Santoso.",
        "id",
    )
    assert met_between(rels, "Andi Saputra", "Tuanku Syed Hamid")  # control
    assert met_between(rels, "Budi Santoso", "Tuanku Syed Hamid")
    assert not met_between(rels, "Budi Santoso", "Tuanku Aminah")


def test_a_title_that_names_its_body_holds_office_in_it_where_the_text_names_it():
    rels = relations_in(
        "Penyidikan ditangani Kejaksaan Agung. Jaksa Agung Andi Saputra dan Jaksa Agung Muda "
        "Pidana Khusus Rudi Hartono hadir. Ketua Umum Partai Golkar Dewi Kartika juga hadir.",
        "id",
    )
    alone = relations_in("Kapolri Budi Santoso hadir di Bandung.", "id")
    assert ("Dewi Kartika", "officialOf", "Golkar") in rels  # control
    ago = "Attorney General's Office of Indonesia"
    assert ("Andi Saputra", "officialOf", ago) in rels
    assert ("Rudi Hartono", "officialOf", ago) in rels
    # the police are not named in that text: the title adds no body of its own
    assert not any(p == "officialOf" for _, p, _ in alone)


def test_the_state_guest_of_a_subjectless_sentence_is_who_the_next_pronoun_means():
    rels = relations_in(
        "Presiden Budi Santoso menerima kunjungan Raja Swedia, Karl Gustaf Lindgren, di Istana "
        "Bogor. Kali ini Raja tidak didampingi permaisuri, Ratu Silvia Maria. Begitu turun dari "
        "mobil, tamu negara itu disambut karpet merah. Di sana ia disambut Wakil Presiden Andi "
        "Saputra.",
        "id",
    )
    assert met_between(rels, "Budi Santoso", "Karl Gustaf Lindgren")  # control
    assert met_between(rels, "Andi Saputra", "Karl Gustaf Lindgren")
    assert not met_between(rels, "Andi Saputra", "Silvia Maria")


def test_a_delegation_with_a_family_along_goes_on_as_its_first_official_only():
    family = relations_in(
        "Presiden Swedia Karl Lindgren, istrinya Maria Lindgren, dan Menlu Andi Saputra tiba "
        "di Arequipa pada Jumat. Rombongan kemudian disambut Presiden Peru Juan Perez.",
        "id",
    )
    officials = relations_in(
        "Presiden Swedia Karl Lindgren dan Menlu Andi Saputra tiba di Arequipa pada Jumat. "
        "Rombongan kemudian disambut Presiden Peru Juan Perez.",
        "id",
    )
    assert met_between(family, "Juan Perez", "Karl Lindgren")  # control
    assert met_between(officials, "Juan Perez", "Andi Saputra")  # control: no family
    assert not met_between(family, "Juan Perez", "Maria Lindgren")
    assert not met_between(family, "Juan Perez", "Andi Saputra")
