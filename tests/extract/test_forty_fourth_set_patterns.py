"""Readings the dev2-43 error lists and the forty-fourth dev set showed missing, each pinned on
sentences written for the test, with a control in the same text: a pair phrase opening a
subordinate clause ("when both ministers met in P") stands for the pair its own sentence has
just named, who both were at the meeting's place; a rank or honorific between an envoy's post
and his name ("Ambassador to P Datuk X") leaves the title whole; a governor's or a mayor's
place may follow the name ("Governor X of P"); the last or
the outgoing holder of an office still holds it ("Gubernur P terakhir, X", "P's outgoing
president, X"); "Portugis" is Portugal's Indonesian adjective; the capital of a place named
with its kind ("the capital of P province") puts the trip in that place too; and a name right
after a fronted phrase's address ("Setibanya di Lima, Peru, X disambut Y") is the main
clause's subject, no place of the address.
"""

from __future__ import annotations

import pytest

from tests.conftest import relations_in

pytestmark = pytest.mark.slow


def _met(rels: set, a: str, b: str) -> bool:
    return (a, "met", b) in rels or (b, "met", a) in rels


def test_a_pair_phrase_after_a_subordinator_is_its_own_sentences_pair():
    rels = relations_in(
        "The plan was drafted by Karl Berg and Oscar Dolin when the two ministers met in Lima "
        "on Monday. Tom Hakim praised the plan in Quito.",
        "en",
    )
    assert _met(rels, "Karl Berg", "Oscar Dolin")
    assert ("Karl Berg", "visited", "Lima") in rels
    assert ("Oscar Dolin", "visited", "Lima") in rels
    assert ("Tom Hakim", "visited", "Lima") not in rels  # not of the pair


def test_a_pair_phrase_after_a_subordinator_in_indonesian():
    rels = relations_in(
        "Rencana itu disusun Hendra Wibisono dan Rizal Hakim ketika kedua pemimpin itu bertemu "
        "di Medan pada Senin. Wulan Sasmita memuji rencana itu di Bandung.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Wulan Sasmita", "visited", "Medan") not in rels


def test_a_rank_between_the_envoys_post_and_his_name():
    rels = relations_in(
        "Malaysian Ambassador to Peru Datuk Karl Berg attended the dinner in Lima. Chilean "
        "Ambassador to Peru Tom Hakim attended too.",
        "en",
    )
    assert ("Karl Berg", "officialOf", "Malaysia") in rels
    assert ("Karl Berg", "officialOf", "Peru") not in rels  # the receiving country
    assert ("Tom Hakim", "officialOf", "Chile") in rels  # control: no rank between


def test_a_local_office_with_its_place_after_the_name():
    rels = relations_in(
        "Governor Tom Hakim of Aceh met Mayor Karl Berg of Quito on Monday. Juan Perez of "
        "Quito also came.",
        "en",
    )
    assert ("Tom Hakim", "officialOf", "Aceh") in rels
    assert ("Karl Berg", "officialOf", "Quito") in rels
    assert ("Juan Perez", "officialOf", "Quito") not in rels  # no title, no office


def test_the_last_or_outgoing_holder_still_holds_the_office():
    rels = relations_in(
        "Presiden Peru yang akan lengser, Rizal Hakim, hadir di Lima. Gubernur Portugis "
        "terakhir, Gilang Permadi, juga hadir. Warga Chile, Wulan Sasmita, ikut menonton.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Peru") in rels
    assert ("Gilang Permadi", "officialOf", "Portugal") in rels
    assert ("Wulan Sasmita", "officialOf", "Chile") not in rels  # a resident holds no office
    en = relations_in(
        "Chile's outgoing president, Tom Hakim, arrived in Lima. Chile's football fans, "
        "Karl Berg among them, arrived too.",
        "en",
    )
    assert ("Tom Hakim", "officialOf", "Chile") in en
    assert ("Karl Berg", "officialOf", "Chile") not in en


def test_the_capital_of_a_place_named_with_its_kind():
    rels = relations_in(
        "Karl Berg reached Alor Setar, capital of Kedah state, by road on Monday. Tom Hakim "
        "flew to Quito, a city far from Aceh province.",
        "en",
    )
    assert ("Karl Berg", "visited", "Alor Setar") in rels
    assert ("Karl Berg", "visited", "Kedah") in rels
    assert ("Tom Hakim", "visited", "Aceh") not in rels  # only a distance from it


def test_a_name_after_a_fronted_address_opens_the_main_clause():
    rels = relations_in(
        "Setibanya di Lima, Peru, Hendra Wibisono disambut Rizal Hakim di bandara. Ia lalu "
        "mengunjungi Cusco, Quito, Santiago, dan Bandung.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Quito") in rels  # a list of places stays one


def test_leaders_listed_by_a_copula_with_their_countries():
    rels = relations_in(
        "Among the leaders who landed in Lima, Peru's capital, for the funeral were "
        "Chile's Tom Hakim, Ecuador's Karl Berg and Bolivia's Oscar Dolin. Among the fans were "
        "Chile's Juan Perez and Ecuador's Maria Lopez.",
        "en",
    )
    listed = (("Tom Hakim", "Chile"), ("Karl Berg", "Ecuador"), ("Oscar Dolin", "Bolivia"))
    for name, country in listed:
        assert (name, "officialOf", country) in rels
        assert (name, "visited", "Lima") in rels
    assert ("Juan Perez", "officialOf", "Chile") not in rels  # fans hold no office


def test_a_handshake_between_two_is_a_meeting():
    rels = relations_in(
        "Acara itu ditandai jabat tangan antara Hendra Wibisono dan Rizal Hakim. Perjanjian "
        "antara Wulan Sasmita dan Gilang Permadi diteken kemudian.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert not _met(rels, "Wulan Sasmita", "Gilang Permadi")  # an agreement, no meeting
    en = relations_in(
        "The day was marked by a handshake between Karl Berg and Tom Hakim. A treaty between "
        "Oscar Dolin and Juan Perez followed.",
        "en",
    )
    assert _met(en, "Karl Berg", "Tom Hakim")
    assert not _met(en, "Oscar Dolin", "Juan Perez")


def test_a_counted_group_named_in_the_next_sentence():
    rels = relations_in(
        "Tiga menteri negeri jiran yang terbang ke Jakarta untuk upacara itu sudah hadir "
        "sejak pagi. Mereka adalah Perdana Menteri Peru Hendra Wibisono, Presiden Chile Rizal "
        "Hakim, serta Perdana Menteri Ekuador Gilang Permadi. Wulan Sasmita menonton dari "
        "Bandung.",
        "id",
    )
    for name in ("Hendra Wibisono", "Rizal Hakim", "Gilang Permadi"):
        assert (name, "visited", "Jakarta") in rels
    assert ("Wulan Sasmita", "visited", "Jakarta") not in rels


def test_a_title_and_a_name_read_as_a_nationality_and_them():
    rels = relations_in(
        "Emperor Karl Berg and Empress Maria Lopez arrived in Lima on Wednesday. Lima Gov. Tom "
        "Hakim welcomed them on the tarmac.",
        "en",
    )
    assert ("Maria Lopez", "visited", "Lima") in rels
    assert _met(rels, "Maria Lopez", "Tom Hakim")
    assert _met(rels, "Karl Berg", "Tom Hakim")
    assert ("Tom Hakim", "visited", "Lima") not in rels  # the host at home


def test_a_second_title_shares_the_possessor_country():
    rels = relations_in(
        "Peru's Prime Minister Juan Perez and Governor-General Oscar Dolin attended the dinner. "
        "Tom Hakim and Governor-General Karl Berg left early.",
        "en",
    )
    assert ("Oscar Dolin", "officialOf", "Peru") in rels
    assert ("Karl Berg", "officialOf", "Peru") not in rels  # no country named for that list


def test_the_speaker_of_a_countrys_parliament_before_the_name():
    rels = relations_in(
        "The speaker of Peru's parliament, Tom Hakim, opened the session. Chile's parliament, "
        "Karl Berg said, is weak.",
        "en",
    )
    assert ("Tom Hakim", "officialOf", "Peru") in rels
    assert ("Karl Berg", "officialOf", "Chile") not in rels  # a speaker of words, no office


def test_a_relative_clause_after_an_apposition_of_office():
    rels = relations_in(
        "Oscar Dolin, head of the Lima Rowing Club, who travelled to Quito for the ruling, "
        "welcomed it. The talks with the Lima Rowing Club, which moved to Cusco, ended.",
        "en",
    )
    assert ("Oscar Dolin", "visited", "Quito") in rels
    assert ("Oscar Dolin", "visited", "Cusco") not in rels  # the club's move


def test_a_pair_sworn_in_as_two_offices():
    rels = relations_in(
        "Hendra Wibisono dan Rizal Hakim resmi dilantik sebagai Ketua dan Wakil Ketua Partai "
        "Gerindra. Wulan Sasmita dan Gilang Permadi, Ketua Umum Partai Golkar, hadir.",
        "id",
    )
    assert ("Hendra Wibisono", "officialOf", "Gerindra Party") in rels
    assert ("Rizal Hakim", "officialOf", "Gerindra Party") in rels
    assert ("Gilang Permadi", "officialOf", "Golkar") in rels
    assert ("Wulan Sasmita", "officialOf", "Golkar") not in rels  # one title, one holder


def test_the_person_sent_acts_not_the_sender():
    rels = relations_in(
        "Presiden Rizal Hakim mengutus Menteri Luar Negeri Gilang Permadi untuk menghadiri "
        "pelantikan di Quito. Rizal Hakim sendiri terbang ke Lima.",
        "id",
    )
    assert ("Gilang Permadi", "visited", "Quito") in rels
    assert ("Rizal Hakim", "visited", "Quito") not in rels
    assert ("Rizal Hakim", "visited", "Lima") in rels  # control: his own trip
    en = relations_in(
        "President Tom Hakim sent Foreign Minister Karl Berg to attend the inauguration in "
        "Quito. Juan Perez asked Oscar Dolin to attend the summit in Cusco. Maria Lopez flew "
        "to Lima to attend the summit there.",
        "en",
    )
    assert ("Karl Berg", "visited", "Quito") in en
    assert ("Tom Hakim", "visited", "Quito") not in en
    assert ("Juan Perez", "visited", "Cusco") not in en  # he only asked
    assert ("Oscar Dolin", "visited", "Cusco") not in en  # asked, not told as done
    assert ("Maria Lopez", "visited", "Lima") in en


def test_a_possessor_inside_a_telling_phrase_is_not_the_speaker():
    rels = relations_in(
        "Hendra Wibisono menyampaikan undangan Presiden Peru Rizal Hakim kepada Presiden Gilang "
        "Permadi di Lima. Hal itu disampaikan kata Menteri Tirta Sasmita kepada Wulan Sasmita.",
        "id",
    )
    assert not _met(rels, "Rizal Hakim", "Gilang Permadi")  # his invitation, carried by another
    assert not _met(rels, "Hendra Wibisono", "Gilang Permadi")  # addressed to him, not said
    assert _met(rels, "Tirta Sasmita", "Wulan Sasmita")  # "kata X kepada Y": X speaks


def test_names_owned_by_countries_in_a_list_of_leaders_are_persons():
    rels = relations_in(
        "Among the leaders who landed in Lima for the funeral were Chile's Tom Hakim, "
        "Ecuador's Karl Berg, Bolivia's Nana Dolin-Addo and Panama's Samia Suluhu Perez. The "
        "fans of Chile's Colo Colo club cheered.",
        "en",
    )
    for name, country in (("Nana Dolin-Addo", "Bolivia"), ("Samia Suluhu Perez", "Panama")):
        assert (name, "visited", "Lima") in rels
        assert (name, "officialOf", country) in rels
    assert not any(s == "Colo Colo" for s, _, _ in rels)  # a club, no leader


def test_people_listed_for_a_side_are_its_officials():
    rels = relations_in(
        "Wali Kota Medan Hendra Wibisono menerima Wakil Duta Besar Peru Karl Berg, Senin. "
        "Dari pihak Peru, ikut hadir pada jamuan itu Counsellor Tom Dolin dan Sekretaris "
        "Dua Oscar Dolin. Dari pihak penerima, hadir Rizal Hakim.",
        "id",
    )
    assert ("Tom Dolin", "officialOf", "Peru") in rels
    assert ("Oscar Dolin", "officialOf", "Peru") in rels
    assert ("Rizal Hakim", "officialOf", "Peru") not in rels  # the other side


def test_a_person_after_a_subordinator_is_not_the_one_met():
    rels = relations_in(
        "Presiden Hendra Wibisono menerima Ketua Partai Rakyat Rizal Hakim di Istana Merdeka. "
        "Kedua tokoh itu pernah bertemu ketika Rizal menghadiri kongres di Medan.",
        "id",
    )
    assert _met(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Hendra Wibisono", "visited", "Medan") not in rels  # Rizal's clause


def test_a_companion_of_the_host_is_not_the_one_met():
    rels = relations_in(
        "Karl Berg, chief executive of the Lima Rowing Club, received the rowers on arrival "
        "along with club chairman Tom Hakim. Oscar Dolin received Juan Perez in Quito.",
        "en",
    )
    assert not _met(rels, "Karl Berg", "Tom Hakim")  # they received the team together
    assert _met(rels, "Oscar Dolin", "Juan Perez")


def test_a_visit_noun_in_a_participle_clause_is_the_whole_subjects():
    rels = relations_in(
        "Emperor Karl Berg and Empress Maria Lopez prayed on Monday for the dead, ending their "
        "first state visit to Peru. Tom Hakim watched from Quito.",
        "en",
    )
    assert ("Karl Berg", "visited", "Peru") in rels
    assert ("Maria Lopez", "visited", "Peru") in rels
    assert ("Tom Hakim", "visited", "Peru") not in rels
