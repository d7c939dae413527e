"""Kinds of failure a thirteenth set of articles showed (scored once on arrival, then read),
and the misses read across the earlier sets at the same time, each pinned on sentences
written for the test. Every test of an absence has a positive control in the same text, so
an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, met_between, relations_in


def test_a_foreign_city_left_is_a_city_visited_and_home_is_not():
    rels = relations_in(
        "Presiden Chile Ana Soto bertolak dari Lima, Peru, menuju Quito pada Senin. "
        "Presiden Kolombia Juan Ruiz bertolak dari Bogota menuju Panama.",
        "id",
    )
    assert ("Ana Soto", "visited", "Lima") in rels
    assert ("Ana Soto", "visited", "Peru") in rels
    assert ("Juan Ruiz", "visited", "Panama") in rels  # control
    assert ("Juan Ruiz", "visited", "Bogotá") not in rels  # his own capital: no visit


def test_an_english_departure_or_a_flight_in_from_a_city_puts_the_traveller_there():
    rels = relations_in(
        "Chilean President Ana Soto left Lima on Friday night after two days of talks. "
        "Colombian Foreign Minister Juan Ruiz had flown in from Quito, Ecuador, for the "
        "meeting. Nobody named there lives in Lima.",
        "en",
    )
    assert ("Ana Soto", "visited", "Lima") in rels
    assert ("Juan Ruiz", "visited", "Quito") in rels


def test_a_departure_of_someone_with_no_known_home_is_no_visit():
    rels = relations_in(
        "Presiden Chile Ana Soto tiba di Lima pada Senin. Pengusaha Budi Santoso bertolak "
        "dari Surabaya pada hari yang sama.",
        "id",
    )
    assert ("Ana Soto", "visited", "Lima") in rels  # control
    assert ("Budi Santoso", "visited", "Surabaya") not in rels


def test_a_message_carried_in_a_purpose_clause_does_not_undo_the_trip_or_the_meeting():
    rels = relations_in(
        "Menteri Luar Negeri Peru Ana Soto datang ke Santiago pada Kamis, lalu diterima "
        "Presiden Chile Juan Ruiz di istana untuk menyampaikan pesan dari Presiden Peru. "
        "Menteri Luar Negeri Kolombia Budi Santoso batal datang ke Santiago.",
        "id",
    )
    assert ("Ana Soto", "visited", "Santiago") in rels
    assert met_between(rels, "Juan Ruiz", "Ana Soto")
    assert ("Budi Santoso", "visited", "Santiago") not in rels  # the hedge before still counts


def test_a_purpose_clause_does_not_hide_a_plan_left_without_a_date():
    rels = relations_in(
        "Presiden Chile Ana Soto mengatakan akan menemui Presiden Peru Juan Ruiz untuk "
        "membahas perbatasan, tetapi belum menentukan waktunya. Presiden Chile Ana Soto "
        "bertemu Menteri Luar Negeri Peru Budi Santoso di Santiago.",
        "id",
    )
    assert met_between(rels, "Ana Soto", "Budi Santoso")  # control
    assert not met_between(rels, "Ana Soto", "Juan Ruiz")


def test_a_name_right_after_a_verb_of_saying_is_the_reported_clause_s_subject():
    rels = relations_in(
        "Presiden Chile Ana Soto membahas krisis itu. Istana mengumumkan Soto akan terbang ke "
        "Quito, Ekuador, pekan depan untuk bertemu Presiden Ekuador Juan Ruiz.",
        "id",
    )
    assert ("Ana Soto", "visited", "Quito") in rels
    assert met_between(rels, "Ana Soto", "Juan Ruiz")


def test_a_plural_demonym_names_a_people_not_a_person():
    labels = labels_in(
        "Chilean President Ana Soto told Greeks in a speech that Chile would help.",
        "en",
    )
    assert "Ana Soto" in labels  # control
    assert "Greeks" not in labels


def test_visiting_before_a_title_names_the_visitor_not_a_place():
    rels = relations_in(
        "Peru's President Ana Soto told visiting Chilean Foreign Minister Juan Ruiz that the "
        "border was closed. Ruiz later toured Cusco.",
        "en",
    )
    assert ("Juan Ruiz", "visited", "Cusco") in rels  # control
    assert not any(p == "visited" and o in ("Chile", "Chilean") for _, p, o in rels)


def test_an_ethnic_compound_before_a_title_names_no_state():
    rels = relations_in(
        "Bosnian Croat party leader Ana Kovac met Croatian Prime Minister Juan Horvat.",
        "en",
    )
    assert ("Juan Horvat", "officialOf", "Croatia") in rels  # control
    assert ("Ana Kovac", "officialOf", "Bosnia and Herzegovina") not in rels


def test_a_place_before_a_port_of_another_place_is_not_the_venue():
    rels = relations_in(
        "Chilean Foreign Minister Ana Soto held talks with Juan Ruiz in the Red Sea port of "
        "Jeddah on Monday.",
        "en",
    )
    assert ("Ana Soto", "visited", "Jeddah") in rels
    assert not any(p == "visited" and "Red Sea" in o for _, p, o in rels)


def test_no_meeting_partner_after_the_end_of_a_quotation():
    rels = relations_in(
        'Chilean President Ana Soto and Peruvian President Juan Ruiz spoke for an hour. "The '
        'two presidents agreed to meet in Lima," Chilean spokesman Budi Santoso said.',
        "en",
    )
    assert ("Budi Santoso", "officialOf", "Chile") in rels  # control
    assert not met_between(rels, "Ana Soto", "Budi Santoso")
    assert not met_between(rels, "Juan Ruiz", "Budi Santoso")


def test_the_country_a_text_goes_on_about_borders_what_the_description_names():
    rels = relations_in(
        "Bolivia held elections on Sunday. The country is bordered by Peru, Chile and "
        "Paraguay, and it shares a long frontier with Brazil.",
        "en",
    )
    assert ("Bolivia", "borders", "Peru") in rels or ("Peru", "borders", "Bolivia") in rels
    assert ("Bolivia", "borders", "Brazil") in rels or ("Brazil", "borders", "Bolivia") in rels
    assert ("Paraguay", "borders", "Brazil") not in rels
    assert ("Brazil", "borders", "Paraguay") not in rels


def test_an_indonesian_country_description_borders_too():
    rels = relations_in(
        "Bolivia menggelar pemilu pada Minggu. Negara itu berbatasan dengan Peru dan Chile.",
        "id",
    )
    assert ("Bolivia", "borders", "Peru") in rels or ("Peru", "borders", "Bolivia") in rels


def test_an_honorific_inside_a_name_is_a_word_of_the_name():
    rels = relations_in(
        "Sudan's President Omar Sheikh Hassan arrived in Nairobi on Monday.",
        "en",
    )
    assert ("Omar Sheikh Hassan", "officialOf", "Sudan") in rels
    assert ("Omar Sheikh Hassan", "visited", "Nairobi") in rels
    assert not any(s == "Omar" for s, _, _ in rels)


def test_a_child_named_in_a_list_of_travellers_travels_too():
    rels = relations_in(
        "Presiden Kenya Uhuru Kenyatta tiba di Tokyo pada Jumat. Presiden Ghana John Mahama, "
        "putrinya Farida, dan Menteri Luar Negeri Hanna Tetteh mendarat di Osaka pada Sabtu.",
        "id",
    )
    assert ("Hanna Tetteh", "visited", "Osaka") in rels  # control
    assert ("John Mahama", "visited", "Osaka") in rels


def test_the_guest_is_the_visitor_the_story_is_about_not_the_host():
    rels = relations_in(
        "Presiden Chile Ana Soto tiba di Lima pada Senin untuk kunjungan kenegaraan. Soto "
        "membawa rombongan pengusaha. Presiden Peru Juan Ruiz menjemput tamunya di halaman "
        "depan istana.",
        "id",
    )
    assert ("Ana Soto", "visited", "Lima") in rels  # control
    assert met_between(rels, "Juan Ruiz", "Ana Soto")


def test_an_english_guest_is_the_visitor_too():
    rels = relations_in(
        "Chilean President Ana Soto arrived in Lima on Monday. Soto brought ten ministers. "
        "Peruvian President Juan Ruiz received his guest at the palace.",
        "en",
    )
    assert met_between(rels, "Juan Ruiz", "Ana Soto")


def test_a_place_a_building_ranks_in_is_no_venue():
    rels = relations_in(
        "Presiden Chile Ana Soto mengunjungi Jakarta. Ia meninjau Katedral Santo Yusuf, "
        "katedral terbesar di Asia Tenggara, pada Selasa.",
        "id",
    )
    assert ("Ana Soto", "visited", "Jakarta") in rels  # control
    assert not any(p == "visited" and "Asia" in o for _, p, o in rels)


def test_a_region_before_a_town_of_a_place_is_visited_with_it_but_a_sea_is_not():
    rels = relations_in(
        "Chilean Foreign Minister Ana Soto held talks with Juan Ruiz in the Red Sea port of "
        "Jeddah on Monday. Peruvian Foreign Minister Luis Vega held talks with Omar Said in "
        "the Kurdistan city of Erbil on Tuesday.",
        "en",
    )
    assert ("Luis Vega", "visited", "Erbil") in rels
    assert any(s == "Luis Vega" and p == "visited" and "Kurdistan" in o for s, p, o in rels)
    assert not any(p == "visited" and "Red Sea" in o for _, p, o in rels)
