"""Kinds of failure a tenth set of articles showed (scored once on arrival, then read), each
pinned on sentences written for the test. Every test of an absence has a positive control in
the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, met_between, relations_in


def test_a_description_by_nationality_stands_for_the_person_titled_so():
    rels = relations_in(
        "Libyan leader Colonel Omar Tarik began a visit to EU officials in "
        "Brussels. The Commission's president, Marco Velli, greeted him at the door and "
        'praised the trip. "A new page," Mr Velli told reporters. The Libyan leader, wearing '
        "a white robe, answered that he wanted partnership. Later he was hosted by the "
        "Belgian Prime Minister, Jan Peeters. In March British Prime Minister Tom Hale "
        "travelled to Tripoli and met the Libyan leader at his compound.",
        "en",
    )
    assert met_between(rels, "Jan Peeters", "Omar Tarik")
    assert met_between(rels, "Tom Hale", "Omar Tarik")
    assert not met_between(rels, "Jan Peeters", "Marco Velli")  # not the last one named
    assert met_between(rels, "Marco Velli", "Omar Tarik")  # control


def test_an_indonesian_description_by_country_stands_for_the_person_titled_so():
    rels = relations_in(
        "Presiden Rusia Ivan Dorov mendarat di Surabaya Kamis pagi. Menteri Luar Negeri Sari "
        "Lestari menyambutnya di bandara. Presiden Rusia itu kemudian bertemu Presiden Budi "
        "Santoso di Gedung Grahadi.",
        "id",
    )
    assert met_between(rels, "Budi Santoso", "Ivan Dorov")
    assert not met_between(rels, "Budi Santoso", "Sari Lestari")


def test_a_description_needs_the_office_in_the_title_and_is_no_possessor():
    rels = relations_in(
        "Brazil's ambassador, Pedro Lins, was summoned on Monday. In Cairo, the Brazilian "
        "president held talks with Egyptian President Omar Farid. The talks came before an "
        "expanded meeting joined by Luis Ortega, the Egyptian president's top aide.",
        "en",
    )
    assert ("Pedro Lins", "officialOf", "Brazil") in rels  # control
    assert not met_between(rels, "Pedro Lins", "Omar Farid")  # an envoy is no president
    assert not met_between(rels, "Omar Farid", "Luis Ortega")  # a possessor, not a person


def test_a_relative_clause_ends_a_list_of_people_met():
    rels = relations_in(
        "Presiden Budi Santoso tiba di Lima pada Sabtu. Santoso juga mengadakan pembicaraan "
        "dengan Presiden Peru Luis Ortega, yang menurut Menteri Luar Negeri Sari Lestari "
        "menjanjikan investasi di sektor energi.",
        "id",
    )
    assert met_between(rels, "Budi Santoso", "Luis Ortega")  # control
    assert not met_between(rels, "Budi Santoso", "Sari Lestari")


def test_a_singular_title_set_off_by_commas_is_no_list():
    rels = relations_in(
        "Chile's foreign minister, María Elena Soto, and Ortega drafted the text at a "
        "session in Lima on Tuesday. Ortega is Peru's foreign minister.",
        "en",
    )
    assert ("María Elena Soto", "officialOf", "Chile") in rels  # control
    assert ("Ortega", "officialOf", "Chile") not in rels


def test_a_friend_of_someone_who_is_somewhere_is_not_that_someone():
    rels = relations_in(
        "Former president Tomas Halvik got a 20-year term on Monday. Judges also dropped the "
        "charges against Karl Weber, an old ally and friend of Halvik who is in Spain, "
        "beyond the court's reach. Foreign Minister Ana Ruiz, who was in Lima for talks "
        "on Monday, said nothing.",
        "en",
    )
    assert ("Ana Ruiz", "visited", "Lima") in rels  # control
    assert ("Tomas Halvik", "visited", "Spain") not in rels


def test_a_host_inside_a_clause_about_a_stop_does_not_take_the_next_stop():
    rels = relations_in(
        "Premier Li Wen flies from Suva to Wellington on Friday, where Prime Minister Ana "
        "Ruiz will host a dinner, before closing the trip in Phnom Penh, Cambodia.",
        "en",
    )
    assert ("Li Wen", "visited", "Phnom Penh") in rels
    assert ("Ana Ruiz", "visited", "Phnom Penh") not in rels


def test_the_region_a_country_lies_in_does_not_share_its_borders():
    for text, lang in (
        (
            "Moldova, negara kecil di Eropa Timur yang berbatasan dengan Rumania dan Ukraina, "
            "menggelar pemilu pada Minggu.",
            "id",
        ),
        (
            "Moldova, a small country in Eastern Europe that borders Romania and Ukraine, held "
            "an election on Sunday.",
            "en",
        ),
    ):
        rels = relations_in(text, lang)
        assert {("Moldova", "borders", "Romania"), ("Romania", "borders", "Moldova")} & rels
        borders = [(s, o) for s, p, o in rels if p == "borders"]
        assert not any("Eastern Europe" in pair for pair in borders)


def test_supreme_leader_is_a_title_and_a_day_name_is_no_part_of_a_place():
    labels = labels_in(
        "Di Teheran, tamu itu diterima Presiden Iran Hamid Rostami dan kemudian Pemimpin "
        "Tertinggi Ayatullah Reza Karimi. Rombongan tiba di Teheran Ahad dini hari.",
        "id",
    )
    assert {"Hamid Rostami", "Ayatullah Reza Karimi", "Tehran"} <= labels
    assert not any("Tertinggi" in label or "Ahad" in label for label in labels)


def test_a_surname_used_alone_long_before_a_spouses_full_name_is_not_the_spouse():
    text = (
        "President Halvik and Russian President Ivan Dorov sealed an arms pact on Friday. "
        "Halvik had arrived from Berlin the night before. \"This pact ends an era,\" "
        "Halvik said. Halvik also raised trade with Dorov. On Sunday the president and the "
        "first lady, Maria Halvik, will go on to Kazan."
    )
    rels = relations_in(text, "en")
    assert ("Maria Halvik", "visited", "Kazan") in rels  # control
    assert "Halvik" in labels_in(text, "en")  # the president, apart from his wife


def test_a_given_name_and_surname_read_as_a_body_is_the_person():
    labels = labels_in(
        "Mrs Bramble wins hearing on independence\n\n"
        "Nicola Bramble took her case to Brussels on Wednesday. Mrs Bramble, who leads the "
        "party, said she was hopeful.",
        "en",
    )
    assert "Nicola Bramble" in labels
    assert "Bramble" not in labels  # one person, not a body beside a person


def test_turning_up_and_a_short_stop_are_visits():
    rels = relations_in(
        "The rebel chief Karl Weber fled by boat overnight, then turned up in Zanzibar "
        "on Thursday.",
        "en",
    )
    assert ("Karl Weber", "visited", "Zanzibar") in rels
    rels = relations_in("Presiden Tomas Halvik kemudian singgah sebentar di Belanda.", "id")
    assert ("Tomas Halvik", "visited", "Netherlands") in rels


def test_a_meeting_in_a_where_clause_after_a_place_is_a_visit_of_the_traveller():
    rels = relations_in(
        "Premier Li Wen came on from Canberra, where on Tuesday he and Prime Minister Tom Hale "
        "signed a trade pact.",
        "en",
    )
    assert met_between(rels, "Li Wen", "Tom Hale")  # control
    assert ("Li Wen", "visited", "Canberra") in rels
    assert ("Tom Hale", "visited", "Canberra") not in rels  # a named host is no traveller


def test_time_spent_with_someone_is_a_meeting_money_spent_is_not():
    rels = relations_in(
        "President Karl Weber spent the whole day with Chilean President Luis Ortega. The "
        "firm spent two billion dollars with Siemens last year, its chief Ana Ruiz said.",
        "en",
    )
    assert met_between(rels, "Karl Weber", "Luis Ortega")
    assert not met_between(rels, "Karl Weber", "Ana Ruiz")


def test_an_envoy_named_after_the_city_of_the_posting_holds_the_senders_office():
    rels = relations_in(
        "Peru's ambassador in Madrid, Luis Ortega, was recalled on Friday. The Chilean "
        "ambassador in Quito, Karl Weber, stayed.",
        "en",
    )
    assert ("Luis Ortega", "officialOf", "Peru") in rels
    assert ("Karl Weber", "officialOf", "Chile") in rels
    assert ("Luis Ortega", "officialOf", "Spain") not in rels  # the posting is no employer
    rels = relations_in(
        "Duta Besar Indonesia di Kairo, Tomas Halvik, menjemput para mahasiswa di bandara.",
        "id",
    )
    assert ("Tomas Halvik", "officialOf", "Indonesia") in rels


def test_a_fronted_capital_of_a_country_places_the_actor_in_that_country():
    rels = relations_in(
        "Presiden Tomas Halvik mendarat pada Senin. Di ibu kota Peru itu, Halvik disambut "
        "Presiden Luis Ortega.",
        "id",
    )
    assert met_between(rels, "Tomas Halvik", "Luis Ortega")  # control
    assert ("Tomas Halvik", "visited", "Peru") in rels
    rels = relations_in("In the Cuban capital, President Tomas Halvik met Luis Ortega.", "en")
    assert ("Tomas Halvik", "visited", "Cuba") in rels
