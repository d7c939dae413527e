"""A regional office's place is no person ("Kapolda Riau", "Pj Gubernur Jateng"), a body's branch
is one under its short and long prefix ("Pemprov X", "Pemerintah Provinsi X") and its
institution word alone ("DPRD"), a word of address ("Bang X") or a dropped first name
("Muhammad") joins the full name, a regency named with its admin word is what its bare name
means in the same text, clauses that state no event ("for X to visit", "would not say when he
might visit", "was unable to", "masih diupayakan") give none while a clause of time is hedged
only by its own words, a place that says where a border's subject lies is not its subject nor is
the farther of two places a singular noun describes, a pair meeting others does not meet itself
while a pair in a bilateral meeting met each other, a counterpart set off after a name holds the
country's office, a day's name is no place, a trip's earlier leg is read past time words, a city
the text travels to is no person's surname elsewhere in it, the learned layer sends no official
on a visit to the outlet's own capital, and the Pope named by his title alone is the Pope named
before. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import borders_between, met_between, relations_in, types_in


def _aliases(text: str, lang: str) -> dict[str, set[str]]:
    """label -> its skos:altLabels, for the entities kg finds in a small text."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    found: dict[str, set[str]] = {}
    for label, alt in g.query(
        "SELECT ?l ?a WHERE { ?e rdfs:label ?l . OPTIONAL { ?e skos:altLabel ?a } }"
    ):
        found.setdefault(str(label), set()).update({str(alt)} if alt is not None else set())
    return found


def test_a_regional_office_named_without_its_holder_is_no_person():
    text = (
        "Hujan deras merendam Garut. Pj Gubernur Jateng meninjau tanggul di Garut. Hendra "
        "Wibisono meninjau pasar di Garut. Kapolda Riau mengerahkan 300 personel ke lokasi. "
        "Gubernur Jateng Rizal Hakim menerima Wulan Sasmita."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert "Person" not in types.get("Jateng", set())
    assert "Person" not in types.get("Riau", set())
    assert not [s for s, p, o in rels if p == "visited" and s in ("Jateng", "Central Java")]
    # controls: the holder named after the place holds its office; a named person's trip
    assert ("Rizal Hakim", "officialOf", "Central Java") in rels
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels


def test_a_province_short_form_after_an_institution_word_is_the_branch_seat():
    text = (
        "Rombongan DPRD Jateng tiba di Medan. Rancangan itu digodok DPRD Jateng bersama "
        "Pemprov Jateng. Wakil Ketua DPRD Jateng Hendrawan memimpin rombongan."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert "Person" not in types.get("Jateng", set())
    assert not [label for label, kinds in types.items() if "Jateng" in label and "Person" in kinds]
    # control: the deputy chair holds office in the branch, whose name it keeps
    assert [o for s, p, o in rels if s == "Hendrawan" and p == "officialOf" and "DPRD" in o]


def test_a_branch_named_with_the_short_and_the_long_prefix_is_one_body():
    aliases = _aliases(
        "Pemerintah Provinsi Sumatera Utara menggelar rapat di Medan. Gubernur Hendra "
        "Wibisono mengatakan Pemprov Sumut siap. Pemprov Riau belum menjawab.",
        "id",
    )
    assert "Pemprov Sumut" in aliases.get("Pemerintah Provinsi Sumatera Utara", set())
    # control: another province's government stays its own body
    assert "Pemprov Riau" in aliases


def test_a_word_of_address_before_a_name_joins_the_full_name():
    aliases = _aliases(
        'Ketua Umum Partai Tokoria Hendra Wibisono terpilih lagi. "Terima kasih kepada Bang '
        'Hendra," kata Rizal Hakim. Saudara Rizal lalu pulang. Gus Dur pernah berkunjung.',
        "id",
    )
    assert "Bang Hendra" in aliases.get("Hendra Wibisono", set())
    assert "Saudara Rizal" in aliases.get("Rizal Hakim", set())
    assert "Bang Hendra" not in aliases and "Saudara Rizal" not in aliases
    # control: a name the base of notable people knows whole is that person's, no one else's
    assert "Gus Dur" in aliases.get("Abdurrahman Wahid", set())


def test_the_holder_after_a_city_in_a_mayors_title_is_a_person_not_a_body():
    types = types_in(
        "The delegation was received by Quito Deputy Mayor Oscar Lindgren at Quito City Hall. "
        "Mayor of Quito Oscar Lindgren said investors want certainty, Lindgren said.",
        "en",
    )
    assert "Quito Oscar Lindgren" not in types
    # control: the holder is the person, the city a city
    assert types.get("Oscar Lindgren") == {"Person"}
    assert types.get("Quito") == {"City"}


def test_a_regional_secretarys_and_a_deputy_governors_short_titles_come_off_names():
    text = (
        "Wakil Gubernur Hendra Wibisono tiba di Garut. Wagub Hendra menambahkan bahwa beras itu "
        "dijual ke Medan. Ia didampingi Sekda Kota Bandung Rizal Hakim dan Sekda Riau."
    )
    aliases = _aliases(text, "id")
    rels = relations_in(text, "id")
    types = types_in(text, "id")
    assert "Wagub Hendra" in aliases.get("Hendra Wibisono", set())
    # a regional secretary's title comes off the name, the province after it is a place; a
    # secretary is the administration's staff, no office of the region is asserted
    assert "Sekda Kota Bandung Rizal Hakim" in aliases.get("Rizal Hakim", set())
    assert types.get("Riau") == {"Region"}
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "officialOf"]
    # control: the deputy governor's own trip stays
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels


def test_clauses_that_state_no_event_give_no_visit():
    rels = relations_in(
        "QUITO (AP) - Officials said there was no urgent need for Tom Dallas to visit Lima. "
        "Karl Lindgren has not yet announced when he will visit Quito. He travels to Cusco next "
        "week. It is unclear whether Oscar Lindgren will visit Santiago.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Lima") not in rels
    assert ("Karl Lindgren", "visited", "Quito") not in rels
    assert ("Oscar Lindgren", "visited", "Santiago") not in rels
    # control: the trip stated as a plan of fact is a visit
    assert ("Karl Lindgren", "visited", "Cusco") in rels


def test_a_place_that_says_where_a_border_subject_lies_is_not_the_subject():
    rels = relations_in(
        "Perahu jarang singgah di sana karena gugusan itu berada di sisi utara Kepulauan Riau "
        "dan berbatasan perairan dengan Malaysia. Bupati Hendra Wibisono berkunjung ke Tokoria, "
        "Kabupaten Kavoo, daerah pedalaman yang juga berbatasan dengan Bolivia, Rabu. "
        "Kabupaten Dolin, kabupaten yang juga berbatasan dengan negara Chile, dikunjungi.",
        "id",
    )
    assert not borders_between(rels, "Riau Islands", "Malaysia")
    assert not borders_between(rels, "Kabupaten Kavoo", "Bolivia")
    assert borders_between(rels, "Tokoria", "Bolivia")
    # control: a relative clause right after a place is that place's
    assert borders_between(rels, "Kabupaten Dolin", "Chile")


def test_a_trips_earlier_leg_is_read_past_time_words_and_not_given_to_companions():
    rels = relations_in(
        "JAKARTA (Reuters) - Peruvian Foreign Minister Juan Perez held talks in Jakarta on "
        "Wednesday. Perez, who had flown in early on Tuesday from the Chilean capital "
        "Santiago after "
        "a regional meeting, was accompanied by Tom Dallas. Perez met Karl Lindgren.",
        "en",
    )
    assert ("Juan Perez", "visited", "Santiago") in rels
    assert ("Tom Dallas", "visited", "Santiago") not in rels
    # controls: the companion was where the trip is told to be; the meeting stays
    assert ("Tom Dallas", "visited", "Jakarta") in rels
    assert met_between(rels, "Juan Perez", "Karl Lindgren")


def test_a_city_the_text_travels_to_is_no_persons_surname_elsewhere():
    text = (
        "Pelatih asal Belanda Tom Medan memuji para pemain. Wali Kota Medan Hendra Wibisono ikut "
        "menyambut tim itu. Rombongan tiba di Medan, Senin."
    )
    aliases = _aliases(text, "id")
    rels = relations_in(text, "id")
    assert "Wali Kota Medan" not in aliases.get("Tom Medan", set())
    assert ("Hendra Wibisono", "officialOf", "Medan") in rels
    # control: the coach keeps his own name
    assert "Tom Medan" in aliases


def test_a_trip_one_could_not_make_and_a_meeting_still_sought_are_none():
    rels = relations_in(
        "LIMA (Reuters) - His office said Tom Dallas had been unable to make the trip to the "
        "Peruvian "
        "capital for health reasons. Karl Lindgren travelled to Lima.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Lima") not in rels
    assert ("Karl Lindgren", "visited", "Lima") in rels  # control
    rels = relations_in(
        "Hendra Wibisono tiba di Hanoi, Senin. Ia mengatakan pertemuan dengan Sekretaris "
        "Jenderal Partai Tokoria Rizal Hakim masih diupayakan. Hendra juga bertemu Wulan Sasmita.",
        "id",
    )
    assert not met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert met_between(rels, "Hendra Wibisono", "Wulan Sasmita")  # control


def test_a_chapel_is_no_person_and_a_meeting_inside_it_is_the_two_leaders():
    text = (
        "Presiden Peru Juan Perez dan Presiden Chile Karl Lindgren bertemu di Kapel Santo "
        "Andreas, Roma."
    )
    types = types_in(text, "id")
    rels = relations_in(text, "id")
    assert "Person" not in types.get("Kapel Santo Andreas", set())
    assert not [r for r in rels if "Kapel Santo Andreas" in r]
    assert met_between(rels, "Juan Perez", "Karl Lindgren")  # control


def test_the_learned_layer_sends_no_official_on_a_visit_to_the_outlets_own_capital():
    rels = relations_in(
        "Vonis dibacakan ketua majelis hakim Rizal Hakim di ruang sidang utama Pengadilan Negeri, "
        "Jakarta Pusat, Senin. Presiden Gilang Permadi menjamu para menteri kabinetnya di Istana "
        "Merdeka, Jakarta, Selasa. Duta Besar Peru Juan Perez tiba di Jakarta, Rabu.",
        "id",
    )
    assert not [o for s, p, o in rels if s == "Rizal Hakim" and p == "visited"]
    assert not [o for s, p, o in rels if s == "Gilang Permadi" and p == "visited"]
    # control: an arrival there, read by the rules, is a visit
    assert ("Juan Perez", "visited", "Jakarta") in rels


def test_a_dropped_first_name_and_a_bare_branch_word_name_the_one_in_full():
    aliases = _aliases(
        "Presiden PKS Mohamad Hendra Wibisono hadir. Pak Hendra Wibisono mengatakan siap. "
        "Muhammad Rizal Hakim dan Rizal Hakim Permadi hadir. DPRD Kabupaten Garut menggelar "
        "sidang paripurna, Senin. Dalam sidang itu, DPRD menyetujui usulan. KPU Garut dan KPU "
        "juga hadir.",
        "id",
    )
    assert "Hendra Wibisono" in aliases.get("Mohamad Hendra Wibisono", set())
    assert "DPRD" in aliases.get("DPRD Kabupaten Garut", set())
    # controls: a name that goes on after the shared words is another person's; a body the
    # gazetteer knows nationally ("KPU") stays itself beside its branch
    assert "Muhammad Rizal Hakim" in aliases and "Rizal Hakim Permadi" in aliases
    assert "KPU" not in aliases.get("KPU Garut", set())


def test_the_pope_named_by_his_title_alone_is_the_pope_named_before():
    rels = relations_in(
        "Pada hari Senin Paus Tokoria II mendarat di Jakarta. Sri Paus kemudian "
        "bertemu Presiden "
        "Gilang Permadi di Istana Merdeka.",
        "id",
    )
    assert met_between(rels, "Tokoria II", "Gilang Permadi")
    assert not [r for r in rels if "Sri Paus" in r]
    assert ("Tokoria II", "visited", "Jakarta") in rels  # control


def test_a_clause_of_time_is_hedged_only_by_its_own_words():
    rels = relations_in(
        "Defense Secretary Tom Dallas told reporters his country might look again at the arms "
        "ban, as he "
        "met Peruvian Defence Minister Oscar Lindgren in Lima. Maria Perez said the talks went "
        "well, while she might meet Karl Lindgren in Cusco later.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Oscar Lindgren")
    # control: a hedge inside the clause of time still holds
    assert not met_between(rels, "Maria Perez", "Karl Lindgren")


def test_a_pair_meeting_other_people_does_not_meet_itself_and_a_day_is_no_place():
    text = (
        "Sore harinya, Hendra Wibisono dan Rizal Hakim bertemu sejumlah tokoh adat di Manado. "
        "Wulan Sasmita dan Karl Lindgren bertemu di Medan, Ahad, 20 Juli. Menteri Juan Perez dan "
        "Menteri Oscar Lindgren menandatangani nota kesepahaman di Lima."
    )
    rels = relations_in(text, "id")
    types = types_in(text, "id")
    assert not met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert "Ahad" not in types
    # controls: a pair meeting with nothing after the verb met each other; a pair signing a
    # document acts together
    assert met_between(rels, "Wulan Sasmita", "Karl Lindgren")
    assert met_between(rels, "Juan Perez", "Oscar Lindgren")


def test_a_singular_noun_after_a_pair_of_places_describes_the_nearer_one():
    rels = relations_in(
        "Para menteri membahas krisis di Irak dan Yordania, negara yang berbatasan langsung "
        "dengan Israel. Peru dan Chile, dua negara yang berbatasan dengan Bolivia, hadir.",
        "id",
    )
    assert not borders_between(rels, "Iraq", "Israel")
    assert borders_between(rels, "Jordan", "Israel")
    # control: a word of number makes the noun both places'
    assert borders_between(rels, "Peru", "Bolivia") and borders_between(rels, "Chile", "Bolivia")


def test_a_pair_in_a_bilateral_meeting_met_and_a_counterpart_set_off_after_the_name():
    rels = relations_in(
        "LIMA, KOMPAS.com - Presiden Juan Perez dan Perdana Menteri Chile Karl Lindgren sepakat "
        "memperkuat kerja sama maritim dalam pertemuan bilateral di Lima, Senin. Menteri Hendra "
        "Wibisono menghadiri forum itu dalam pertemuan bilateral.",
        "id",
    )
    assert met_between(rels, "Juan Perez", "Karl Lindgren")
    # control: one subject alone meets nobody there
    assert not [r for r in rels if r[0] == "Hendra Wibisono" and r[1] == "met"]
    rels = relations_in(
        "Chilean Defense Minister Karl Lindgren thanked Tom Dallas, his Bolivian "
        "counterpart, in a call. The company's chief executive met Juan Perez, his Chinese "
        "counterpart.",
        "en",
    )
    assert ("Tom Dallas", "officialOf", "Bolivia") in rels
    # control: a counterpart of someone who holds no country's office holds none either
    assert not [r for r in rels if r[0] == "Juan Perez" and r[1] == "officialOf"]
