"""Stays told by their length ("spent some 14 hours in P", "after two days in P"), trips on
the schedule ("dijadwalkan ke P"), a guest met under a fronted place, clauses after
"setelah"/"sebelum" that take the main clause's subject, people standing alongside each
other, words told to a visiting guest, and the names and demonyms these rest on. Each with a
control in its text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, types_in


def test_hours_spent_in_a_place_and_days_before_an_arrival_are_visits():
    rels = relations_in(
        "Peruvian President Juan Perez spent some 14 hours in Quito on Monday. Chilean Foreign "
        "Minister Oscar Lindgren arrived in Lima late on Tuesday after two days in Cusco. He "
        "spent $2 million in Arequipa.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Oscar Lindgren", "visited", "Cusco") in rels
    assert ("Oscar Lindgren", "visited", "Lima") in rels  # control: the arrival itself
    assert not [s for s, p, o in rels if p == "visited" and o == "Arequipa"]  # money, no time


def test_a_trip_on_the_schedule_is_a_visit():
    rels = relations_in(
        "Presiden Peru Juan Perez tiba di Lima. Sesudah itu ia dijadwalkan ke Quito, Ekuador, "
        "untuk menghadiri KTT. Ia tidak dijadwalkan ke Santiago.",
        "id",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Juan Perez", "visited", "Santiago") not in rels  # negated


def test_a_country_in_the_hosts_title_does_not_stop_the_search_for_the_subject():
    rels = relations_in(
        "Presiden Peru Juan Perez diterima Presiden Chile Oscar Lindgren di Santiago sebelum "
        "berangkat ke Quito.",
        "id",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Oscar Lindgren", "visited", "Quito") not in rels  # the host stays
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")  # control


def test_a_guest_met_under_a_fronted_place_from_abroad_was_there():
    rels = relations_in(
        "Menteri Luar Negeri Peru Juan Perez tiba di Quito, Ekuador. Di Quito, Juan Perez "
        "bertemu Menteri Luar Negeri Chile Oscar Lindgren dan Wali Kota Quito Rizal Hakim.",
        "id",
    )
    assert ("Oscar Lindgren", "visited", "Quito") in rels
    assert ("Juan Perez", "visited", "Quito") in rels  # control
    assert ("Rizal Hakim", "visited", "Quito") not in rels  # at home


def test_no_visit_for_an_envoy_at_his_post_nor_for_one_met_after_a_fronted_origin():
    rels = relations_in(
        "Presiden Peru Juan Perez tiba di Quito. Di ibu kota Ekuador itu, ia disambut oleh "
        "Dubes Peru untuk Ekuador Rizal Hakim.",
        "id",
    )
    assert met_between(rels, "Juan Perez", "Rizal Hakim")  # control
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "visited"]
    rels = relations_in(
        "Peruvian President Juan Perez arrived in Quito on Monday. From Quito, Juan Perez will "
        "travel to Santiago, where he will hold talks with Chilean Foreign Minister Oscar "
        "Lindgren.",
        "en",
    )
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")  # control
    assert ("Oscar Lindgren", "visited", "Quito") not in rels


def test_a_clause_after_setelah_takes_the_main_subject_past_its_object():
    rels = relations_in(
        "Ketua Partai Maju Hendra Wibisono mengaku membuat keputusan itu setelah bertemu "
        "Gubernur Jawa Barat Rizal Hakim. Warga mencatat wisatawan berkunjung ke Garut.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Garut") not in rels  # the clause's own subject


def test_standing_alongside_someone_is_meeting_them():
    rels = relations_in(
        "Standing alongside Chilean Foreign Minister Oscar Lindgren, Peruvian President Juan "
        "Perez said the talks had gone well. Tom Dallas stood beside the memorial.",
        "en",
    )
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")
    assert ("Oscar Lindgren", "officialOf", "Chile") in rels  # control


def test_words_told_to_a_visiting_guest_are_a_meeting():
    rels = relations_in(
        "Peruvian President Juan Perez told visiting Chilean Foreign Minister Oscar Lindgren on "
        "Thursday that the border was calm. Perez told Tom Dallas by phone that he agreed.",
        "en",
    )
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")
    assert not met_between(rels, "Juan Perez", "Tom Dallas")


def test_a_notable_name_the_model_reads_as_a_facility_is_a_person():
    rels = relations_in(
        "No German leader has been to Asia since Barack Obama went to Japan and Vietnam in "
        "2016.",
        "en",
    )
    assert ("Barack Obama", "visited", "Vietnam") in rels


def test_spelling_variants_of_demonyms_name_their_country():
    rels = relations_in(
        "Ecuadorean President Juan Perez met Salvadorean Foreign Minister Oscar Lindgren.", "en"
    )
    assert ("Juan Perez", "officialOf", "Ecuador") in rels
    assert ("Oscar Lindgren", "officialOf", "El Salvador") in rels


def test_a_name_used_alone_is_the_person_it_opens_or_closes():
    rels = relations_in(
        "Rebel commander Abdul Wulan Sasmita signed the deal in Lima. Peruvian President Tom "
        "Wulan did not travel to Lima. In Quito, US Defense Secretary Karl Lindgren stood "
        "alongside Wulan as they issued a declaration.",
        "en",
    )
    assert met_between(rels, "Karl Lindgren", "Tom Wulan")
    assert not met_between(rels, "Karl Lindgren", "Abdul Wulan Sasmita")


def test_a_country_whose_indonesian_name_holds_dan_is_one_place():
    types = types_in("Presiden Brasil Juan Perez tiba di São Tomé dan Príncipe.", "id")
    assert "Country" in types.get("São Tomé and Príncipe", set())


def test_a_fronted_place_without_a_comma_places_the_subject_after_it():
    rels = relations_in(
        "Peruvian President Juan Perez is touring the region. In Quito on Friday he met "
        "Ecuadorean President Oscar Lindgren. In Lima the rain fell.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")  # control
    assert ("Juan Perez", "visited", "Lima") not in rels  # no person acts after it


def test_a_known_city_after_a_place_noun_and_a_regency_after_to_are_places():
    rels = relations_in(
        "Indonesian President Joko Widodo landed on Friday in the regional capital Palangka "
        "Raya. He later travelled to Garut.",
        "en",
    )
    assert ("Joko Widodo", "visited", "Palangkaraya") in rels
    assert ("Joko Widodo", "visited", "Garut Regency") in rels


def test_the_visiting_minister_is_the_one_named_before():
    rels = relations_in(
        "Peruvian Foreign Minister Juan Perez arrived in Ecuador on Sunday. He was received at "
        "the airport by his Ecuadorean counterpart Oscar Lindgren, and was driven to Quito. In "
        "the capital, the visiting foreign minister called on President Tom Dallas.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") in rels
    assert ("Oscar Lindgren", "visited", "Quito") not in rels  # the host, named after "by"
    assert met_between(rels, "Juan Perez", "Tom Dallas")
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")  # control


def test_the_queen_is_the_queen_named_before_past_her_escort():
    rels = relations_in(
        "Queen Wulan arrived in Tokoria on Tuesday, the first monarch of Kavoo to visit. That "
        "evening the Queen, escorted by her husband Prince Gilang, laid flowers at the war "
        "memorial in Lima.",
        "en",
    )
    assert [s for s, p, o in rels if p == "visited" and o == "Lima" and "Wulan" in s]

