"""One sent somewhere went there ("Peru sent X to Quito", "X was dispatched to P", "mengutus
X ke P", "X diutus ke P"); a scheduled arrival with an adverb ("are also due in P") and a
departure's noun ("keberangkatan X ke P") are trips too; a counterpart's country after the
word ("mitranya dari Chile, X", "his counterpart from Chile, X") and a list after a plural
("their Chilean counterparts, X and Y") give the office as "his Chilean counterpart X" does; a
thing visited "in P, Country" places the visit in both, also after "after visiting"; an
event's town after "of" ("the Group of 20 summit in P") is where a trip went; a fronted
companion may follow a spouse's word ("Bersama istrinya, B, X tiba di P"); "the governor's
entourage" ("rombongan gubernur") travels with the governor, and a bare "rombongan" with the
leader the text gave it. Each with a control in its text. All sentences are invented for the
test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_one_sent_to_a_place_went_there_in_english():
    rels = relations_in(
        "Peru sent its foreign minister, Tom Dallas, to Quito on Monday. Tom Dallas was "
        "dispatched to Santiago a week later. Dallas also sent a letter to Karl Dolin.",
        "en",
    )
    # Stop 66: "its foreign minister" makes him Peru's, so Lima would be his home: another city
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Tom Dallas", "visited", "Santiago") in rels
    assert not any(p == "visited" and o == "Karl Dolin" for _, p, o in rels)  # no place


def test_a_negated_sending_is_no_trip():
    rels = relations_in(
        "Peru did not send Tom Dallas to Quito. Tom Dallas flew to Lima instead.", "en"
    )
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control


def test_one_sent_to_a_place_went_there_in_indonesian():
    rels = relations_in(
        "Presiden Hendra Wibisono mengutus Menteri Luar Negeri Rizal Hakim ke Quito untuk "
        "menghadiri KTT itu. Sepekan kemudian, Gilang Permadi diutus ke Medan. Pemerintah "
        "juga mengirim bantuan ke Garut.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Quito") in rels
    assert ("Gilang Permadi", "visited", "Medan") in rels
    assert ("Hendra Wibisono", "visited", "Quito") not in rels  # the sender stayed


def test_a_scheduled_arrival_with_an_adverb():
    rels = relations_in(
        "Karl Dolin and Tom Dallas are also due in Quito on Monday. Dallas is expected in "
        "Lima later.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Dolin", "visited", "Quito") in rels
    assert ("Tom Dallas", "visited", "Lima") not in rels  # "expected" is a guess


def test_a_departures_noun_names_a_trip():
    rels = relations_in(
        "Keberangkatan Rizal Hakim ke Peru dijadwalkan Senin. Keberangkatan jemaah ke Medan "
        "ditunda.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Peru") in rels
    assert not any(o == "Medan" for _, _, o in rels)  # nobody named travels


def test_a_counterparts_country_after_the_word_in_indonesian():
    rels = relations_in(
        "Menteri Luar Negeri Peru Rizal Hakim dan sejawatnya dari Ekuador, Gilang Permadi, "
        "bertemu di Lima.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "Ecuador") in rels
    assert ("Rizal Hakim", "officialOf", "Peru") in rels  # control


def test_a_company_heads_counterpart_from_a_country_holds_no_office():
    rels = relations_in(
        "Direktur Brightmart Rizal Hakim bertemu mitranya dari Ekuador, Gilang Permadi, di Lima.",
        "id",
    )
    assert ("Gilang Permadi", "officialOf", "Ecuador") not in rels
    assert any(p == "met" and "Gilang Permadi" in (s, o) for s, p, o in rels)  # control


def test_a_counterpart_from_a_country_in_english():
    rels = relations_in(
        "Prime Minister Tom Dallas met his counterpart from Ecuador, Karl Dolin, in Lima.", "en"
    )
    assert ("Karl Dolin", "officialOf", "Ecuador") in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control


def test_a_list_after_plural_counterparts_shares_the_office():
    rels = relations_in(
        "Secretary of State Tom Dallas and Defense Secretary Juan Perez will meet their "
        "Ecuadorian counterparts, Karl Dolin and Oscar Dolin, in Lima.",
        "en",
    )
    assert ("Karl Dolin", "officialOf", "Ecuador") in rels
    assert ("Oscar Dolin", "officialOf", "Ecuador") in rels
    assert ("Tom Dallas", "officialOf", "Ecuador") not in rels  # the other side's


def test_a_thing_visited_in_a_town_of_a_country_places_the_visit_in_both():
    rels = relations_in("Tom Dallas visited a hospital in Cusco, Peru, on Monday.", "en")
    assert ("Tom Dallas", "visited", "Cusco") in rels
    assert ("Tom Dallas", "visited", "Peru") in rels  # control: as before


def test_a_clause_after_after_shares_the_main_subject():
    rels = relations_in(
        "Tom Dallas arrived in Lima on Monday after visiting flooded villages in Cusco, Peru. "
        "Karl Dolin spoke to reporters after visiting a hospital.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Cusco") in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    assert not any(s == "Karl Dolin" and p == "visited" for s, p, _ in rels)  # no place


def test_an_events_town_after_of_is_where_the_trip_went():
    rels = relations_in(
        "From Lima, Tom Dallas travels on to the Group of 20 summit in Fortaleza, Brazil.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Fortaleza") in rels
    assert ("Tom Dallas", "visited", "Brazil") in rels


def test_a_signing_lists_persons_named_after_an_of_phrase():
    rels = relations_in(
        "President Tom Dallas arrived in Lima. He then signed the document with the region's "
        "prime minister, Karl Dolin, the speaker of its parliament, Oscar Dolin, and Juan "
        "Perez, the mayor of Cusco.",
        "en",
    )
    assert ("Oscar Dolin", "met", "Tom Dallas") in rels
    assert ("Karl Dolin", "met", "Tom Dallas") in rels  # control


def test_a_fronted_companion_named_after_a_spouses_word():
    rels = relations_in(
        "Bersama istrinya, Wulan Sasmita, Rizal Hakim tiba di Lima pada Senin. Bersama "
        "istrinya, Gilang Permadi menerima laporan itu.",
        "id",
    )
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Rizal Hakim", "visited", "Lima") in rels  # control
    assert ("Gilang Permadi", "visited", "Lima") not in rels  # another sentence, no trip


def test_the_entourage_of_a_titled_person_travels_with_them():
    rels = relations_in(
        "Gubernur Papua Rizal Hakim bertolak dari Jayapura pada Senin pagi. Rombongan "
        "gubernur tiba di Merauke pukul 10.00. Tim gubernur tiba di Garut sehari kemudian.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Merauke Regency") in rels
    assert ("Rizal Hakim", "visited", "Garut Regency") not in rels  # a team goes alone
    assert ("Rizal Hakim", "officialOf", "Papua") in rels  # control


def test_a_bare_delegation_goes_on_with_its_leader():
    rels = relations_in(
        "Komisi II DPR melakukan kunjungan kerja ke Garut. Rombongan dipimpin Ketua Komisi II "
        "DPR Rizal Hakim. Rombongan kemudian bertolak ke Medan.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Komisi II", "visited", "Medan") not in rels  # the body, no traveller
