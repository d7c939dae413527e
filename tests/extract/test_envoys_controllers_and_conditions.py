"""Who does a subjectless clause's action (the subject of the verb it hangs on, up the parse:
"called on X before holding talks with Y", "menghargai Y menyempatkan diri ... untuk
menghadiri"; the head name of "X bersama Y ... dan menemui Z"), what states no event (a
promise or agreement governing the verb, a sentence opened by a condition) and what hedges
another noun only ("the two men expected to succeed them"), whom a role's title stands for
("greeted by X and Peru's Ambassador to Chile Y", "oleh Presiden India Y"), whom "they", "the
two generals" stand for, where an envoy is at home (the country he is posted to and its
capital) and where he visits, titles read through a body's bracketed abbreviation, "the
capital" that is no known non-capital city, a meeting's place that is its purpose's or its
topic's, approval that is no welcome, a pair in a bilateral meeting past a coordinated object,
a kind of area in a chain of places, a border whose subject only a common noun names, a party
named "Partai" and its abbreviation, a unit after a title, a palace after a venue's
preposition, a ship named after a doctor and a province's abbreviated compass word that are no
persons, a holder after a title's list of places, a title after a comma that runs into a verb,
a naval rank, the object of the verb "visit", and names that merge (a family name with its
Arabic article, initials after "atau"). Each with a control in its text."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, types_in


def test_a_meeting_noun_after_a_subordinated_verb_is_the_main_subjects():
    text = (
        "Mr Tom Dallas called on President Karl Lindgren before holding a meeting with Prime "
        "Minister Oscar Lindgren, who hosted him to lunch."
    )
    rels = relations_in(text, "en")
    assert not met_between(rels, "Karl Lindgren", "Oscar Lindgren")
    assert met_between(rels, "Tom Dallas", "Oscar Lindgren")
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")  # control: the call


def test_a_promise_to_meet_reported_after_saying_is_no_meeting():
    text = (
        "LIMA, Peru (AP) — Former President Tom Dallas crossed back into Peru on Saturday after "
        "talks in Quito, saying President Karl Lindgren had agreed to freeze his program and to "
        "meet President Oscar Lindgren without preconditions."
    )
    rels = relations_in(text, "en")
    assert not met_between(rels, "Karl Lindgren", "Oscar Lindgren")
    assert not met_between(rels, "Tom Dallas", "Oscar Lindgren")
    assert ("Tom Dallas", "visited", "Peru") in rels  # control: the crossing


def test_the_capital_is_no_known_city_that_is_not_a_capital():
    text = (
        "President Tom Dallas opened the forum on Tuesday. His visit comes a week after Karl "
        "Lindgren was hosted in Cusco, Peru. Prime Minister Oscar Lindgren arrived in the "
        "capital on Monday."
    )
    rels = relations_in(text, "en")
    assert ("Oscar Lindgren", "visited", "Cusco") not in rels
    assert ("Karl Lindgren", "visited", "Cusco") in rels  # control: the city named
    control = (
        "President Tom Dallas opened the forum on Tuesday. His visit comes a week after Karl "
        "Lindgren was hosted in Lima, Peru. Prime Minister Oscar Lindgren arrived in the "
        "capital on Monday."
    )
    assert ("Oscar Lindgren", "visited", "Lima") in relations_in(control, "en")


def test_a_subjectless_purpose_clause_is_done_by_the_subject_of_its_host_clause():
    text = (
        "Presiden Hendra Wibisono menerima Perdana Menteri Gilang Permadi di Jakarta. Ia "
        "menghargai Gilang menyempatkan diri ke Jakarta sebelum kembali ke Peru untuk "
        "menghadiri KTT APEC di Lima pekan depan."
    )
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "visited", "Lima") not in rels
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")  # control


def test_a_sentence_opened_by_a_condition_states_no_stay():
    text = (
        "Bila cuaca memburuk, Presiden Hendra Wibisono akan menginap di Garut. Ia tiba di "
        "Bandung pada Senin."
    )
    rels = relations_in(text, "id")
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and p == "visited" and "Garut" in o]
    assert [o for s, p, o in rels if s == "Hendra Wibisono" and p == "visited" and "Bandung" in o]


def test_a_promise_to_visit_is_no_visit():
    rels = relations_in("Tom Dallas arrived in Lima on Monday and promised to visit Quito.", "en")
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    rels = relations_in("Tom Dallas berjanji akan berkunjung ke Quito. Ia tiba di Lima.", "id")
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control


def test_the_head_name_of_a_subject_with_a_companion_does_the_coordinated_verb():
    text = (
        "Jaksa memaparkan bahwa pada November 2019 Wulan Sasmita bersama pengacara Rizal Hakim "
        "terbang ke Kuala Lumpur, Malaysia, dan menemui Gilang Permadi di kantornya."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Wulan Sasmita", "Gilang Permadi")
    assert ("Wulan Sasmita", "visited", "Kuala Lumpur") in rels  # control: the flight


def test_a_conjunct_headed_by_a_title_is_its_holder():
    text = (
        "Tom Dallas landed in Lima at about 9.40am. He was greeted by Foreign Minister Karl "
        "Lindgren and Peru's Ambassador to Chile Oscar Dolin."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Tom Dallas", "Oscar Dolin")
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")  # control: the first agent


def test_an_indonesian_passive_agent_after_a_long_adjunct_is_read_from_the_parse():
    text = (
        "Presiden Hendra Wibisono tiba di New Delhi. Sebelumnya, Hendra disambut dalam upacara "
        "kenegaraan di Rashtrapati Bhavan oleh Presiden India Gilang Permadi dan PM Rizal Hakim."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "New Delhi") in rels  # control
    accepted = "Mahasiswa Hendra Wibisono diterima di Universitas Garut oleh panitia."
    assert not [r for r in relations_in(accepted, "id") if r[1] == "met"]


def test_a_pair_in_a_bilateral_meeting_met_past_a_coordinated_object():
    text = (
        "Presiden Hendra Wibisono dan Perdana Menteri India Rizal Hakim sepakat memperkuat "
        "kerja sama maritim dan pertahanan dalam pertemuan bilateral di New Delhi, Senin."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Rizal Hakim", "officialOf", "India") in rels  # control


def test_an_envoy_title_reads_through_its_countrys_abbreviation():
    text = (
        "Gubernur Sumatera Utara Hendra Wibisono menerima kunjungan kehormatan Duta Besar "
        "Republik Rakyat Tiongkok (RRT) untuk Indonesia Rizal Hakim di Medan, Kamis."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "officialOf", "China") in rels
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "officialOf", "North Sumatra") in rels  # control


def test_an_envoy_visits_a_city_of_his_posting_but_not_its_country_nor_capital():
    text = (
        "Gubernur Sumatera Utara Hendra Wibisono menerima Duta Besar Tiongkok untuk Indonesia "
        "Rizal Hakim di Medan, Kamis."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "visited", "Medan") in rels
    assert ("Rizal Hakim", "visited", "Indonesia") not in rels
    capital = (
        "Perdana Menteri Jepang Karl Dolin menerima Duta Besar RI untuk Jepang Rizal Hakim di "
        "Tokyo, Kamis."
    )
    rels = relations_in(capital, "id")
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "visited"]
    assert met_between(rels, "Karl Dolin", "Rizal Hakim")  # control


def test_a_kind_of_area_inside_a_chain_of_places_keeps_the_chain():
    text = "Presiden Hendra Wibisono tiba di Melbourne, negara bagian Victoria, Australia, Minggu."
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "visited", "Victoria") in rels
    assert ("Hendra Wibisono", "visited", "Australia") in rels
    assert ("Hendra Wibisono", "visited", "Melbourne") in rels  # control


def test_a_party_named_by_partai_and_its_abbreviation_is_the_party():
    text = (
        "Ketua Majelis Pertimbangan Partai PAN Hendra Wibisono menyalami Rizal Hakim. Ketua "
        "Umum Partai Golkar Wulan Sasmita hadir."
    )
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "officialOf", "National Mandate Party") in rels
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and "Majelis" in o]
    assert ("Wulan Sasmita", "officialOf", "Golkar") in rels  # control


def test_a_unit_named_after_a_title_is_no_person():
    text = (
        "Menhan Hendra Wibisono didampingi sejumlah pejabat Kemhan, antara lain Dirjen Kekuatan "
        "Pertahanan dan Kepala Biro Humas. Menteri Keuangan Rizal Hakim juga hadir."
    )
    types = types_in(text, "id")
    assert "Person" not in types.get("Kekuatan Pertahanan", set())
    assert "Person" in types.get("Rizal Hakim", set())  # control


def test_a_palace_after_a_venues_preposition_holds_no_persons_name():
    text = (
        "Presiden Hendra Wibisono bersama Emir Qatar di halaman Istana Kepresidenan Bogor. "
        "Presiden Hendra Wibisono menerima Emir Qatar Syekh Rizal Hakim di Istana Kepresidenan "
        "Bogor, Jawa Barat, Rabu."
    )
    types = types_in(text, "id")
    assert "Person" not in types.get("Bogor", set())
    assert "City" in types.get("Bogor", set())
    assert ("Rizal Hakim", "visited", "Bogor") in relations_in(text, "id")  # control


def test_a_holder_after_a_titles_list_of_places_is_a_person():
    text = (
        "Ketua DPD PAN Kabupaten Garut, Jawa Barat, Hendra Wibisono, terluka di kepala. Rizal "
        "Hakim tiba di Garut."
    )
    types = types_in(text, "id")
    assert "Person" in types.get("Hendra Wibisono", set())
    assert "Place" not in types.get("Hendra Wibisono", set())
    assert "Region" in types.get("Garut Regency", set())  # control


def test_a_companion_is_not_sent_on_an_earlier_trip_told_in_a_relative_clause():
    text = (
        "Foreign Minister Wulan Sasmita arrived in Peru on Thursday. Sasmita, who was sworn in "
        "on May 23 and flew to Chile within days, met with Peruvian Prime Minister Karl Dolin "
        "in the capital, Lima. She was accompanied by Oscar Lindgren, the minister for trade."
    )
    rels = relations_in(text, "en")
    assert ("Oscar Lindgren", "visited", "Chile") not in rels
    assert ("Wulan Sasmita", "visited", "Chile") in rels  # control: her own earlier trip
    same = (
        "Tom Dallas, who spent about 11 hours in Lima before flying home, was accompanied by "
        "Deputy Chief Cabinet Secretary Karl Dolin, an outspoken advocate."
    )
    assert ("Karl Dolin", "visited", "Lima") in relations_in(same, "en")  # control


def test_a_title_after_a_name_whose_body_abbreviation_precedes_another_name_is_that_names():
    text = (
        "Mereka diterima Direktur Jenderal Bina Marga Kementerian Keuangan Hendra Wibisono, "
        "Kepala Badan Pengatur Jalan Tol (BPJT) Rizal Hakim dan Bupati Garut Gilang Permadi."
    )
    rels = relations_in(text, "id")
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and "Jalan Tol" in o]
    assert [o for s, p, o in rels if s == "Rizal Hakim" and "Jalan Tol" in o]  # control


def test_a_naval_rank_abbreviated_is_no_organisation():
    text = "Fleet commander Rear Adm. Iwan Hendrawan met Tom Dallas on Friday."
    types = types_in(text, "en")
    assert "Rear" not in types
    assert met_between(relations_in(text, "en"), "Iwan Hendrawan", "Tom Dallas")  # control


def test_a_place_inside_a_meetings_purpose_clause_is_its_topic():
    text = (
        "Wapres Hendra Wibisono juga bertemu Perdana Menteri Vietnam Rizal Hakim untuk "
        "membahas penangkapan nelayan di perairan Natuna."
    )
    rels = relations_in(text, "id")
    assert not [o for s, p, o in rels if p == "visited" and "Natuna" in o]
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")  # control
    before = (
        "Wapres Hendra Wibisono bertemu Perdana Menteri Vietnam Rizal Hakim di Hanoi untuk "
        "membahas penangkapan nelayan."
    )
    assert ("Hendra Wibisono", "visited", "Hanoi") in relations_in(before, "id")  # control


def test_a_place_of_what_an_agreement_is_on_is_no_venue():
    text = (
        "President Tom Dallas hosted Prime Minister Karl Dolin in Bogor. The two leaders "
        "witnessed the exchange of agreements on carbon capture and on cooperation in Lima."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Lima"]
    assert ("Karl Dolin", "visited", "Bogor") in rels  # control


def test_welcoming_a_thing_with_approval_is_no_meeting():
    text = (
        "Duta Besar Tiongkok untuk Indonesia Rizal Hakim menyambut baik kehadiran Dubes baru RI "
        "Hendra Wibisono di Beijing. Hendra menyambut Menlu Gilang Permadi di Beijing."
    )
    rels = relations_in(text, "id")
    assert not met_between(rels, "Rizal Hakim", "Hendra Wibisono")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")  # control


def test_a_ship_named_after_a_doctor_is_no_traveller():
    text = (
        "Para ABK dibawa ke Pelabuhan Indramayu, lalu diangkut KRI dr Gilang Permadi menuju "
        "Pulau Sebaru Kecil. Menteri Rizal Hakim tiba di Indramayu."
    )
    types = types_in(text, "id")
    assert "Person" not in types.get("Gilang Permadi", set())
    assert "Person" in types.get("Rizal Hakim", set())  # control


def test_a_provinces_abbreviated_compass_word_in_an_english_dateline_is_the_province():
    types = types_in("Garut, W Java (ANTARA) - President Tom Dallas opened a dam in Garut.", "en")
    assert "Person" not in types.get("W Java", set())
    assert "Region" in types.get("West Java", set())
    assert "Person" in types.get("Tom Dallas", set())  # control


def test_a_title_after_a_comma_that_runs_into_a_verb_is_a_second_subject():
    text = (
        "Tom Dallas, UAE minister inaugurate Grand Mosque in Lima\n\nLIMA (ANTARA) - President "
        "Tom Dallas and the UAE minister opened the mosque on Monday. Oscar Dolin, Peru's "
        "foreign minister, met Dallas."
    )
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "officialOf", "United Arab Emirates") not in rels
    assert ("Oscar Dolin", "officialOf", "Peru") in rels  # control: an apposition closed


def test_a_border_of_a_country_described_only_by_a_common_noun_has_no_subject():
    text = (
        "Tom Dallas became the first French president to visit Mongolia, flying into Ulaanbaatar "
        "to deepen ties with a country that shares borders only with Russia and China. Poland, "
        "which shares a border with Ukraine, took refugees in."
    )
    rels = relations_in(text, "en")
    assert not [r for r in rels if r[1] == "borders" and "France" in (r[0], r[2])]
    assert ("Poland", "borders", "Ukraine") in rels or ("Ukraine", "borders", "Poland") in rels


def test_a_common_noun_apposed_to_places_or_predicated_of_one_keeps_its_border():
    text = (
        "Bantuan disalurkan melalui Peru dan Chile, dua negara yang berbatasan langsung dengan "
        "Bolivia. Kalimantan Barat merupakan provinsi yang berbatasan darat dengan Malaysia."
    )
    rels = relations_in(text, "id")
    assert ("Bolivia", "borders", "Peru") in rels or ("Peru", "borders", "Bolivia") in rels
    assert [r for r in rels if r[1] == "borders" and "Malaysia" in (r[0], r[2])]


def test_a_hedge_describing_another_noun_does_not_hedge_the_meeting():
    text = (
        "Prime Minister Tom Dallas and Peruvian President Karl Dolin met in Lima on April 29 "
        "for their last retreat, joined for the first time by the two men expected to succeed "
        "them."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Tom Dallas", "Karl Dolin")
    hedged = "Prime Minister Tom Dallas is expected to meet Peruvian President Karl Dolin in Lima."
    assert not met_between(relations_in(hedged, "en"), "Tom Dallas", "Karl Dolin")  # control


def test_two_titled_travellers_the_parse_joins_as_a_modifier_both_travel():
    text = (
        "Peruvian Military (FAP) commander Air Chief Marshal Hendra Wibisono and National "
        "Police chief Gen. Rizal Hakim flew to Quito on Thursday."
    )
    rels = relations_in(text, "en")
    assert ("Hendra Wibisono", "visited", "Quito") in rels
    assert ("Rizal Hakim", "visited", "Quito") in rels  # control


def test_a_bodys_bracketed_abbreviation_before_a_title_is_the_offices_body():
    text = (
        "Indonesian Military (TNI) commander Air Chief Marshal Hendra Wibisono flew to Quito. "
        "National Police chief Gen. Rizal Hakim stayed."
    )
    rels = relations_in(text, "en")
    assert [o for s, p, o in rels if s == "Hendra Wibisono" and p == "officialOf"]
    assert ("Hendra Wibisono", "visited", "Quito") in rels  # control


def test_a_regent_title_is_no_part_of_the_name_and_a_pair_of_generals_is_the_pair():
    text = (
        "Military commander Hendra Wibisono and police chief Rizal Hakim flew to Timika, "
        "Mimika regency, on Thursday. The two generals were welcomed at the airport by Mimika "
        "Regent Gilang Permadi."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")
    assert met_between(rels, "Rizal Hakim", "Gilang Permadi")
    assert ("Hendra Wibisono", "visited", "Timika") in rels  # control


def test_they_stand_for_the_pair_named_before_unless_another_group_comes_between():
    text = (
        "Hendra Wibisono and Rizal Hakim flew to Timika on Thursday. They later flew on to "
        "Quito to visit wounded survivors."
    )
    rels = relations_in(text, "en")
    assert ("Hendra Wibisono", "visited", "Quito") in rels
    assert ("Rizal Hakim", "visited", "Quito") in rels
    other = (
        "Police chief Hendra Wibisono and commander Rizal Hakim said the rebels attacked a post. "
        "They fled to Quito. Wibisono later flew to Lima."
    )
    rels = relations_in(other, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Quito"]
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    warga = (
        "Hendra Wibisono dan Rizal Hakim mengatakan warga sudah dievakuasi. Mereka mengungsi ke "
        "Garut. Hendra terbang ke Bandung."
    )
    rels = relations_in(warga, "id")
    assert not [s for s, p, o in rels if p == "visited" and "Garut" in o]
    assert [o for s, p, o in rels if s == "Hendra Wibisono" and "Bandung" in o]  # control
    crew = (
        "Setiba di Halim, kesepuluh ABK, termasuk nakhoda Hendra Wibisono, dibawa ke RSPAD "
        "Gilang Permadi. Menlu Rizal Hakim hadir menyambut kedatangan mereka."
    )
    assert not [r for r in relations_in(crew, "id") if r[1] == "met"]
    own = (
        "Governor Tom Dallas and Mayor Karl Dolin were sworn in at the palace. Mr Dallas and "
        "Mr Dolin said they would leave for Quito on Friday as planned."
    )
    rels = relations_in(own, "en")
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Dolin", "visited", "Quito") in rels


def test_an_envoys_one_word_name_is_cut_from_the_country_he_is_sent_to():
    text = (
        "Duta Besar RI untuk Singapura Hendrawan mengatakan KBRI telah meminta penjelasan. "
        "Duta Besar RI untuk Peru Rizal Hakim juga hadir."
    )
    rels = relations_in(text, "id")
    assert ("Hendrawan", "officialOf", "Indonesia") in rels
    assert ("Rizal Hakim", "officialOf", "Indonesia") in rels  # control: a two-word name


def test_a_family_name_with_its_arabic_article_is_the_full_names_person():
    text = (
        "UAE Minister of Energy Karl Mohamed Al Dolin inaugurated the mosque in Lima. Al Dolin "
        "said it was a gift."
    )
    labels = set(types_in(text, "en"))
    assert "Al Dolin" not in labels
    assert "Karl Mohamed Al Dolin" in labels  # control


def test_initials_after_atau_name_the_person_before():
    text = (
        "Jakarta - Penceramah Ustaz Gilang Hendra Permadi atau UGHP mengaku ditolak masuk. "
        "UGHP bertolak dari Batam dan tiba di Medan."
    )
    types = types_in(text, "id")
    assert "UGHP" not in types
    rels = relations_in(text, "id")
    assert ("Gilang Hendra Permadi", "visited", "Medan") in rels


def test_the_object_of_the_verb_visit_is_no_visitor():
    text = (
        "Tom Dallas toured a plant in Bandung. He is scheduled to visit the state shipbuilder "
        "Brightmart Corporation in Surabaya next week."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and "Brightmart" in s]
    assert ("Tom Dallas", "visited", "Bandung") in rels  # control


def test_they_after_a_pair_phrase_in_its_sentence_is_no_second_guess():
    text = (
        "Treasury Secretary Karl Dolin and Governor Oscar Lindgren joined the talks. President "
        "Tom Dallas met Premier Juan Perez in Lima. The meeting was the first between the two "
        "leaders since they met on the island of Bali a year ago."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Bali"]
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    band = (
        "Band itu mengumumkan tur bersama Hendra Wibisono dan Rizal Hakim. Pada Mei band ini "
        "mengumumkan bahwa mereka telah menandatangani kontrak dengan Gilang Permadi."
    )
    assert not [r for r in relations_in(band, "id") if r[1] == "met"]
