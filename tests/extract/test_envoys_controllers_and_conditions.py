"""Who does a subjectless clause's action (the subject of the verb it hangs on, up the parse:
"paid a call on X before holding talks with Y", "mengapresiasi Y meluangkan waktu ... untuk
membuka"; the head name of "X bersama Y ... dan menemui Z"), what states no event (a
promise or agreement governing the verb, a sentence opened by a condition) and what hedges
another noun only ("the aides expected to brief them"), whom a role's title stands for
("welcomed by X and Peru's Consul in Quito Y", "oleh Presiden Chile Y"), whom "they", "the
two generals" stand for, where an envoy is at home (the country he is posted to and its
capital) and where he visits, titles read through a body's bracketed abbreviation, "the
capital" that is no known non-capital city, a meeting's place that is its purpose's or its
topic's, approval that is no welcome, a pair in a bilateral meeting past a coordinated object,
a kind of area in a chain of places, a border whose subject only a common noun names, a party
named "Partai" and its abbreviation, a unit after a title, a palace after a venue's
preposition, a ship named after a doctor and a province's abbreviated compass word that are no
persons, a holder after a title's list of places, a title after a comma that runs into a verb,
a naval rank, the object of the verb "visit", and names that merge (a family name with its
Arabic article, initials after "atau"). Each with a control in its text. All sentences are
invented for the test."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, types_in


def _visited(rels: set[tuple[str, str, str]], who: str, where: str) -> bool:
    return any(s == who and p == "visited" and where in o for s, p, o in rels)


def test_a_meeting_noun_after_a_subordinated_verb_is_the_main_subjects():
    text = (
        "Mr Tom Dallas called on President Karl Lindgren before holding talks with Prime "
        "Minister Oscar Lindgren."
    )
    rels = relations_in(text, "en")
    assert not met_between(rels, "Karl Lindgren", "Oscar Lindgren")
    assert met_between(rels, "Tom Dallas", "Oscar Lindgren")
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")  # control: the call


def test_a_promise_to_meet_reported_after_saying_is_no_meeting():
    text = (
        "CUSCO, Peru (AP) — Former President Tom Dallas flew home to Peru on Sunday after two "
        "days of talks in Quito, saying President Karl Lindgren had agreed to end the strike "
        "and to meet President Oscar Lindgren without conditions."
    )
    rels = relations_in(text, "en")
    assert not met_between(rels, "Karl Lindgren", "Oscar Lindgren")
    assert not met_between(rels, "Tom Dallas", "Oscar Lindgren")
    assert ("Tom Dallas", "visited", "Peru") in rels  # control: the flight


def test_the_capital_is_no_known_city_that_is_not_a_capital():
    text = (
        "President Tom Dallas opened the forum on Tuesday. The forum follows a trip Karl "
        "Lindgren made to Cusco, Peru. Prime Minister Oscar Lindgren reached the capital on "
        "Monday."
    )
    rels = relations_in(text, "en")
    assert ("Oscar Lindgren", "visited", "Cusco") not in rels
    assert ("Karl Lindgren", "visited", "Cusco") in rels  # control: the city named
    control = (
        "President Tom Dallas opened the forum on Tuesday. The forum follows a trip Karl "
        "Lindgren made to Lima, Peru. Prime Minister Oscar Lindgren reached the capital on "
        "Monday."
    )
    assert ("Oscar Lindgren", "visited", "Lima") in relations_in(control, "en")


def test_a_subjectless_purpose_clause_is_done_by_the_subject_of_its_host_clause():
    text = (
        "Presiden Hendra Wibisono menerima Perdana Menteri Gilang Permadi di Bandung. Ia "
        "memuji Gilang menyisihkan waktu datang ke Bandung sebelum kembali ke Peru untuk "
        "membuka forum dagang di Lima bulan depan."
    )
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "visited", "Lima") not in rels
    assert ("Gilang Permadi", "visited", "Lima") in rels
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")  # control


def test_a_sentence_opened_by_a_condition_states_no_stay():
    # a guard: the reading this rule fixed came from a longer article; here the control
    text = (
        "Jika hujan turun, Menteri Hendra Wibisono akan menginap di Garut. Ia tiba di Bandung "
        "pada Senin."
    )
    rels = relations_in(text, "id")
    assert not _visited(rels, "Hendra Wibisono", "Garut")
    assert _visited(rels, "Hendra Wibisono", "Bandung")  # control


def test_a_promise_to_visit_is_no_visit():
    rels = relations_in("Tom Dallas landed in Lima on Monday and promised to tour Quito.", "en")
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    rels = relations_in("Tom Dallas berjanji akan berkunjung ke Quito. Ia tiba di Lima.", "id")
    assert ("Tom Dallas", "visited", "Quito") not in rels
    assert ("Tom Dallas", "visited", "Lima") in rels  # control


def test_the_head_name_of_a_subject_with_a_companion_does_the_coordinated_verb():
    text = (
        "Saksi menyebut bahwa pada Maret 2018 Wulan Sasmita bersama ajudan Rizal Hakim terbang "
        "ke Lima, Peru, dan menemui Gilang Permadi di rumahnya."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Wulan Sasmita", "Gilang Permadi")
    assert ("Wulan Sasmita", "visited", "Lima") in rels  # control: the flight


def test_a_conjunct_headed_by_a_title_is_its_holder():
    text = (
        "Tom Dallas touched down in Lima at dawn. He was welcomed by Trade Minister Karl "
        "Lindgren and Peru's Ambassador to Chile Oscar Dolin."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Tom Dallas", "Oscar Dolin")
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")  # control: the first agent


def test_an_indonesian_passive_agent_after_a_long_adjunct_is_read_from_the_parse():
    text = (
        "Presiden Hendra Wibisono tiba di Lima. Sebelumnya, Hendra disambut dengan upacara "
        "militer di Istana Pizarro oleh Presiden Peru Gilang Permadi dan PM Rizal Hakim."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    accepted = "Mahasiswa Hendra Wibisono diterima di Universitas Garut oleh panitia."
    assert not [r for r in relations_in(accepted, "id") if r[1] == "met"]


def test_a_pair_in_a_bilateral_meeting_met_past_a_coordinated_object():
    text = (
        "Presiden Hendra Wibisono dan Perdana Menteri Peru Rizal Hakim sepakat memperluas "
        "kerja sama perikanan dan energi dalam pertemuan bilateral di Lima, Senin."
    )
    rels = relations_in(text, "id")
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Rizal Hakim", "officialOf", "Peru") in rels  # control


def test_an_envoy_title_reads_through_its_countrys_abbreviation():
    text = (
        "Gubernur Jawa Barat Hendra Wibisono menerima Duta Besar Kerajaan Arab Saudi "
        "(KSA) untuk Indonesia Rizal Hakim di Bandung, Kamis."
    )
    rels = relations_in(text, "id")
    assert [o for s, p, o in rels if s == "Rizal Hakim" and p == "officialOf" and "Saudi" in o]
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "officialOf", "West Java") in rels  # control


def test_an_envoy_visits_a_city_of_his_posting_but_not_its_country_nor_capital():
    text = (
        "Gubernur Jawa Barat Hendra Wibisono menerima Duta Besar Chile untuk Indonesia Rizal "
        "Hakim di Bandung, Kamis."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "visited", "Bandung") in rels
    assert ("Rizal Hakim", "visited", "Indonesia") not in rels
    capital = (
        "Perdana Menteri Peru Karl Dolin menerima Duta Besar RI untuk Peru Rizal Hakim di Lima, "
        "Kamis."
    )
    rels = relations_in(capital, "id")
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "visited"]
    assert met_between(rels, "Karl Dolin", "Rizal Hakim")  # control


def test_a_kind_of_area_inside_a_chain_of_places_keeps_the_chain():
    text = "Presiden Hendra Wibisono tiba di Austin, negara bagian Texas, Amerika Serikat, Senin."
    rels = relations_in(text, "id")
    assert _visited(rels, "Hendra Wibisono", "Texas")
    assert ("Hendra Wibisono", "visited", "United States") in rels
    assert ("Hendra Wibisono", "visited", "Austin") in rels  # control


def test_a_party_named_by_partai_and_its_abbreviation_is_the_party():
    text = (
        "Ketua Dewan Kehormatan Partai PKB Hendra Wibisono menyalami Rizal Hakim. Ketua Umum "
        "Partai Golkar Wulan Sasmita hadir."
    )
    rels = relations_in(text, "id")
    assert ("Hendra Wibisono", "officialOf", "National Awakening Party") in rels
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and "Dewan" in o]
    assert ("Wulan Sasmita", "officialOf", "Golkar") in rels  # control


def test_a_unit_named_after_a_title_is_no_person():
    text = (
        "Menteri Hendra Wibisono didampingi beberapa pejabat kementerian, di antaranya Dirjen "
        "Potensi Perdagangan dan Kepala Biro Umum. Menteri Keuangan Rizal Hakim juga hadir."
    )
    types = types_in(text, "id")
    assert "Person" not in types.get("Potensi Perdagangan", set())
    assert "Person" in types.get("Rizal Hakim", set())  # control


def test_a_palace_after_a_venues_preposition_holds_no_persons_name():
    text = (
        "Presiden Hendra Wibisono berfoto bersama Sultan Brunei di taman Istana Kepresidenan "
        "Bogor. Presiden Hendra Wibisono menerima Sultan Brunei Rizal Hakim di Istana "
        "Kepresidenan Bogor pada pagi hari."
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
        "Foreign Minister Wulan Sasmita arrived in Peru on Thursday. Sasmita, who took office "
        "in March and went to Chile soon after, held talks with Peruvian Prime Minister Karl "
        "Dolin in the capital, Lima. She was accompanied by Oscar Lindgren, the minister for "
        "trade."
    )
    rels = relations_in(text, "en")
    assert ("Oscar Lindgren", "visited", "Chile") not in rels
    assert ("Wulan Sasmita", "visited", "Chile") in rels  # control: her own earlier trip
    same = (
        "Tom Dallas, who spent nearly nine hours in Lima before heading back, was accompanied by "
        "Deputy Cabinet Secretary Karl Dolin, a vocal critic."
    )
    assert ("Karl Dolin", "visited", "Lima") in relations_in(same, "en")  # control


def test_a_title_after_a_name_whose_body_abbreviation_precedes_another_name_is_that_names():
    text = (
        "Rombongan diterima Direktur Jenderal Anggaran Kementerian Keuangan Hendra Wibisono, "
        "Kepala Badan Pengelola Pelabuhan Laut (BPPL) Rizal Hakim dan Bupati Garut Gilang "
        "Permadi."
    )
    rels = relations_in(text, "id")
    assert not [o for s, p, o in rels if s == "Hendra Wibisono" and "Pelabuhan" in o]
    assert [o for s, p, o in rels if s == "Rizal Hakim" and "Pelabuhan" in o]  # control


def test_a_naval_rank_abbreviated_is_no_organisation():
    text = "Fleet commander Rear Adm. Iwan Hendrawan met Tom Dallas on Friday."
    types = types_in(text, "en")
    assert "Rear" not in types
    assert met_between(relations_in(text, "en"), "Iwan Hendrawan", "Tom Dallas")  # control


def test_a_place_inside_a_meetings_purpose_clause_is_its_topic():
    text = (
        "Menlu Hendra Wibisono juga menemui Perdana Menteri Peru Rizal Hakim untuk membahas "
        "sengketa lahan di pesisir Cusco."
    )
    rels = relations_in(text, "id")
    assert not [o for s, p, o in rels if p == "visited" and "Cusco" in o]
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")  # control
    before = (
        "Menlu Hendra Wibisono menemui Perdana Menteri Peru Rizal Hakim di Cusco untuk membahas "
        "sengketa lahan."
    )
    assert ("Hendra Wibisono", "visited", "Cusco") in relations_in(before, "id")  # control


def test_a_place_of_what_an_agreement_is_on_is_no_venue():
    text = (
        "President Tom Dallas hosted Prime Minister Karl Dolin in Bogor. The two leaders "
        "witnessed pacts on fisheries and on investment in Lima."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Lima"]
    assert ("Karl Dolin", "visited", "Bogor") in rels  # control


def test_welcoming_a_thing_with_approval_is_no_meeting():
    text = (
        "Duta Besar Chile untuk Peru Rizal Hakim menyambut baik penunjukan konsul baru RI "
        "Hendra Wibisono di Lima. Hendra menyambut Menlu Gilang Permadi di Lima."
    )
    rels = relations_in(text, "id")
    assert not met_between(rels, "Rizal Hakim", "Hendra Wibisono")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")  # control


def test_a_ship_named_after_a_doctor_is_no_traveller():
    text = (
        "Para nelayan dibawa ke Pelabuhan Garut, lalu diangkut KRI dr Gilang Permadi menuju "
        "Pulau Kavoo. Menteri Rizal Hakim tiba di Garut."
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
        "Tom Dallas, UAE minister launch new dam in Lima\n\nLIMA (ANTARA) - President Tom Dallas "
        "and the UAE minister opened the dam on Monday. Oscar Dolin, Peru's foreign minister, "
        "met Dallas."
    )
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "officialOf", "United Arab Emirates") not in rels
    assert ("Oscar Dolin", "officialOf", "Peru") in rels  # control: an apposition closed


def test_a_border_of_a_country_described_only_by_a_common_noun_has_no_subject():
    text = (
        "Tom Dallas became the first French leader to tour Laos, landing in Vientiane to "
        "deepen trade with a nation that shares borders with Thailand and Vietnam. Poland, "
        "which borders Ukraine, took refugees in."
    )
    rels = relations_in(text, "en")
    assert not [r for r in rels if r[1] == "borders" and "France" in (r[0], r[2])]
    assert ("Poland", "borders", "Ukraine") in rels or ("Ukraine", "borders", "Poland") in rels


def test_a_common_noun_apposed_to_places_or_predicated_of_one_keeps_its_border():
    text = (
        "Bantuan dikirim melalui Peru dan Chile, dua negara yang berbatasan darat dengan "
        "Bolivia. Kalimantan Utara adalah provinsi yang berbatasan dengan Malaysia."
    )
    rels = relations_in(text, "id")
    assert ("Bolivia", "borders", "Chile") in rels or ("Chile", "borders", "Bolivia") in rels
    assert [r for r in rels if r[1] == "borders" and "Malaysia" in (r[0], r[2])]


def test_a_hedge_describing_another_noun_does_not_hedge_the_meeting():
    text = (
        "Prime Minister Tom Dallas and Peruvian President Karl Dolin met in Lima on May 3 for "
        "their yearly talks, flanked by the aides expected to brief them."
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
        "The Indonesian military (TNI) commander Gen. Hendra Wibisono flew to Quito. Navy "
        "chief Adm. Rizal Hakim stayed."
    )
    rels = relations_in(text, "en")
    assert [o for s, p, o in rels if s == "Hendra Wibisono" and p == "officialOf"]
    assert ("Hendra Wibisono", "visited", "Quito") in rels  # control


def test_a_regent_title_is_no_part_of_the_name_and_a_pair_of_generals_is_the_pair():
    text = (
        "Army chief Hendra Wibisono and navy chief Rizal Hakim went to Garut, Garut regency, "
        "on Monday. The two generals were met at the helipad by Garut Regent Gilang Permadi."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Hendra Wibisono", "Gilang Permadi")
    assert met_between(rels, "Rizal Hakim", "Gilang Permadi")
    assert _visited(rels, "Hendra Wibisono", "Garut")  # control


def test_they_stand_for_the_pair_named_before_unless_another_group_comes_between():
    text = (
        "Hendra Wibisono and Rizal Hakim went to Garut on Monday. They then drove on to "
        "Bandung to see the injured."
    )
    rels = relations_in(text, "en")
    assert _visited(rels, "Hendra Wibisono", "Bandung")
    assert _visited(rels, "Rizal Hakim", "Bandung")
    other = (
        "Police chief Hendra Wibisono and commander Rizal Hakim said the gunmen raided a post. "
        "They escaped to Quito. Wibisono later flew to Lima."
    )
    rels = relations_in(other, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Quito"]
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    warga = (
        "Hendra Wibisono dan Rizal Hakim menyebut warga sudah dievakuasi. Mereka mengungsi ke "
        "Garut. Hendra terbang ke Bandung."
    )
    rels = relations_in(warga, "id")
    assert not _visited(rels, "Hendra Wibisono", "Garut")
    assert _visited(rels, "Hendra Wibisono", "Bandung")  # control
    crew = (
        "Setibanya di Medan, ketujuh ABK, termasuk kapten Hendra Wibisono, dibawa ke RSUP "
        "Gilang Permadi. Menlu Rizal Hakim datang menyambut kepulangan mereka."
    )
    assert not [r for r in relations_in(crew, "id") if r[1] == "met"]
    own = (
        "Governor Tom Dallas and Mayor Karl Dolin took their oaths at the palace. Mr Dallas "
        "and Mr Dolin said they would go to Quito on Friday."
    )
    rels = relations_in(own, "en")
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Dolin", "visited", "Quito") in rels


def test_they_after_a_pair_phrase_in_its_sentence_is_no_second_guess():
    text = (
        "Treasury Secretary Karl Dolin and Governor Oscar Lindgren joined the talks. President "
        "Tom Dallas met Premier Juan Perez in Lima. The talks were the second for both "
        "leaders since they sat down together in Cusco last spring."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and o == "Cusco"]
    assert ("Tom Dallas", "visited", "Lima") in rels  # control
    band = (
        "Band itu mengumumkan tur bersama Hendra Wibisono dan Rizal Hakim. Pada Mei band ini "
        "mengumumkan bahwa mereka telah menandatangani kontrak dengan Gilang Permadi."
    )
    assert not [r for r in relations_in(band, "id") if r[1] == "met"]


def test_an_envoys_one_word_name_is_cut_from_the_country_he_is_sent_to():
    text = (
        "Duta Besar RI untuk Chile Hendrawan menyebut kedutaan sudah meminta klarifikasi. "
        "Duta Besar RI untuk Peru Rizal Hakim juga hadir."
    )
    rels = relations_in(text, "id")
    assert ("Hendrawan", "officialOf", "Indonesia") in rels
    assert ("Rizal Hakim", "officialOf", "Indonesia") in rels  # control: a two-word name


def test_the_object_of_the_verb_visit_is_no_visitor():
    text = (
        "Tom Dallas toured a plant in Bandung. He is set to visit the state shipbuilder "
        "Brightmart Corporation in Surabaya next week."
    )
    rels = relations_in(text, "en")
    assert not [s for s, p, o in rels if p == "visited" and "Brightmart" in s]
    assert ("Tom Dallas", "visited", "Bandung") in rels  # control


def test_a_family_name_with_its_arabic_article_is_the_full_names_person():
    text = (
        "UAE Minister of Energy Karl Mohamed Al Dolin opened the dam in Lima. Al Dolin called "
        "it a gift."
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
