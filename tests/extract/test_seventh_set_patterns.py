"""Kinds of failure a seventh set of articles showed (scored once on arrival, then read), each
pinned on sentences written for the test. Every test of an absence has a positive control in
the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, met_between, relations_in


def test_a_person_who_heads_a_body_holds_its_office():
    """ "X, who heads Y", "X runs Z": a present-tense verb with the body right after it."""
    rels = relations_in(
        "Tomas Halvik, who heads the state oil firm Norvex Petroleum, met Anna Berg in Oslo. "
        "Carl Mendez, who led Dalvik Group until 2019, heads to Chile on Monday.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Norvex Petroleum") in rels
    assert ("Carl Mendez", "visited", "Chile") in rels  # control: the motion reading
    assert not any(p == "officialOf" and s == "Carl Mendez" for s, p, o in rels)


def test_a_body_led_by_its_delegation_task_is_no_office():
    rels = relations_in(
        "Anna Berg, who leads Chile's delegation, arrived in Lima. Tomas Halvik runs "
        "the chipmaker Norvex Group.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Norvex Group") in rels  # control
    assert ("Anna Berg", "visited", "Lima") in rels
    assert not any(p == "officialOf" and s == "Anna Berg" for s, p, o in rels)


def test_signing_a_document_with_a_person_is_a_meeting():
    en = relations_in(
        "Anna Berg signed a fisheries accord with Tomas Halvik in a harbour office on Friday. "
        "She also signed a supply contract with Norvex Inc.",
        "en",
    )
    assert met_between(en, "Anna Berg", "Tomas Halvik")
    assert not any(p == "met" and "Norvex Inc" in (s, o) for s, p, o in en)
    id_ = relations_in(
        "Menteri Luar Negeri Chile Anna Berg menandatangani perjanjian perikanan dengan "
        "Menteri Luar Negeri Peru Tomas Halvik di Lima, Senin.",
        "id",
    )
    assert met_between(id_, "Anna Berg", "Tomas Halvik")


def test_a_signing_not_done_is_no_meeting():
    rels = relations_in(
        "Anna Berg did not sign the accord with Tomas Halvik. Carl Mendez signed a trade "
        "deal with Tomas Halvik in Lima.",
        "en",
    )
    assert met_between(rels, "Carl Mendez", "Tomas Halvik")  # control
    assert not met_between(rels, "Anna Berg", "Tomas Halvik")


def test_a_meeting_called_off_in_the_present_tense_is_no_meeting():
    rels = relations_in(
        "Anna Berg calls off talks with Tomas Halvik over border row. "
        "Anna Berg calls on Carl Mendez in Lima on Monday.",
        "en",
    )
    assert met_between(rels, "Anna Berg", "Carl Mendez")  # control: "calls on" is a visit
    assert not met_between(rels, "Anna Berg", "Tomas Halvik")


def test_the_second_of_two_persons_met_is_no_antecedent_of_a_later_pronoun():
    """ "After meeting A and President B, X flew to P, where she ...": B is met as A is."""
    rels = relations_in(
        "After talks with Chilean Prime Minister Tomas Halvik and President Carl Mendez, Berg "
        "travels on Friday to Lima, Peru, where she will have lunch with Peruvian "
        "President Ana Soto.",
        "en",
    )
    assert met_between(rels, "Berg", "Ana Soto")
    assert met_between(rels, "Berg", "Carl Mendez")  # control: the first meeting
    assert not met_between(rels, "Carl Mendez", "Ana Soto")


def test_a_described_person_brings_no_companions_from_the_headline():
    """A definite description ("Pensiunan jenderal ... itu") names one person named earlier;
    a companion word near that earlier name (a headline's "Bersama") adds nobody here."""
    rels = relations_in(
        "Budi Sambut Menlu Chile Tomas Halvik, Bahas Riset Bersama\n\n"
        "Jakarta - Menteri Riset Budi Santoso menerima Menteri Luar Negeri Tomas Halvik dari "
        "Chile di kantornya, Jakarta, Selasa. Halvik datang dengan rombongan kecil.\n\n"
        "Lawatan itu yang kedua bagi Halvik. Mantan guru besar fisika Chile itu mendarat di "
        "Jakarta pada Senin pagi.",
        "id",
    )
    assert ("Tomas Halvik", "visited", "Jakarta") in rels  # control
    assert not any(
        p == "visited" and s in ("Budi Santoso", "Budi") and o == "Jakarta" for s, p, o in rels
    )


def test_a_country_delegation_led_by_an_official_gives_the_office():
    en = relations_in(
        "The Chilean delegation, led by Prime Minister Tomas Halvik, arrived in Lima. "
        "The Peruvian team, led by captain Carl Mendez, won the final.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Chile") in en
    assert not any(p == "officialOf" and s == "Carl Mendez" for s, p, o in en)
    id_ = relations_in(
        "Delegasi Chile yang dipimpin Perdana Menteri Tomas Halvik tiba lebih awal.",
        "id",
    )
    assert ("Tomas Halvik", "officialOf", "Chile") in id_


def test_an_office_for_a_body_is_its_office_but_an_envoy_for_a_country_is_not():
    rels = relations_in(
        "Tomas Halvik, a spokesman for the Norvex Workers Union, said the talks went "
        "well. Carl Mendez, special envoy for Syria, said the same.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Norvex Workers Union") in rels
    assert ("Carl Mendez", "officialOf", "Syria") not in rels


def test_more_head_titles():
    en = relations_in(
        "Tomas Halvik, executive director of the World Health Organization, spoke in Geneva.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "World Health Organization") in en
    id_ = relations_in(
        "Direktur Eksekutif Bank Dunia Tomas Halvik berbicara di Nairobi, Kenya.", "id"
    )
    assert ("Tomas Halvik", "officialOf", "World Bank") in id_


def test_a_place_described_by_a_noun_before_its_relative_clause_borders():
    """ "X, negeri gurun tanpa laut yang berbatasan dengan A, B, dan C": the relative clause
    is about X; "tanpa" negates the noun, not the border."""
    rels = relations_in(
        "Niger, negeri gurun tanpa laut yang berbatasan dengan Mali, Chad, dan Aljazair, "
        "menolak usul itu. Paraguay, yang tidak berbatasan dengan Ekuador, mendukungnya.",
        "id",
    )
    assert ("Niger", "borders", "Mali") in rels or ("Mali", "borders", "Niger") in rels
    assert ("Algeria", "borders", "Niger") in rels or ("Niger", "borders", "Algeria") in rels
    assert not any(p == "borders" and "Ecuador" in (s, o) for s, p, o in rels)


def test_an_arrival_told_by_its_origin_visits_the_origin_abroad_only():
    rels = relations_in(
        "Chilean President Tomas Halvik arrived late on Sunday from Guangzhou, China, after "
        "a trade fair there. Chilean President Tomas Halvik had earlier arrived from "
        "Santiago.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Guangzhou") in rels
    assert ("Tomas Halvik", "officialOf", "Chile") in rels  # control: his home is known
    assert ("Tomas Halvik", "visited", "Santiago") not in rels


def test_a_flight_names_where_it_came_from():
    rels = relations_in(
        "Chilean President Tomas Halvik flew on to the Peruvian capital from Quito late on Friday.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Quito") in rels
    assert ("Tomas Halvik", "visited", "Lima") in rels


def test_a_border_described_with_commas_between_its_words():
    rels = relations_in(
        "Peru shares a rugged, 900km border with Chile. Peru also has embassies in Bolivia.",
        "en",
    )
    assert ("Chile", "borders", "Peru") in rels or ("Peru", "borders", "Chile") in rels
    assert not any(p == "borders" and "Bolivia" in (s, o) for s, p, o in rels)


def test_a_meeting_venue_after_a_building_the_model_did_not_name():
    rels = relations_in(
        "Tomas Halvik was received by President Carl Mendez at the old customs house of the "
        "port in Santiago.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Carl Mendez")
    assert ("Tomas Halvik", "visited", "Santiago") in rels


def test_two_signatories_named_before_the_verb_met():
    rels = relations_in(
        "Anna Berg and the Chilean premier, Tomas Halvik, signed a trade pact in Lima. Carl "
        "Mendez and Ana Soto praised the deal.",
        "en",
    )
    assert met_between(rels, "Anna Berg", "Tomas Halvik")
    assert not met_between(rels, "Carl Mendez", "Ana Soto")


def test_an_acting_office_is_held():
    rels = relations_in(
        "Chile's acting prime minister, Tomas Halvik, met the envoy. Carl Mendez, the former "
        "president of Peru, was there too.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Chile") in rels
    assert ("Carl Mendez", "officialOf", "Peru") not in rels


def test_an_office_taken_by_election_or_oath():
    en = relations_in(
        "Tomas Halvik was sworn in as president of Peru on Monday. Carl Mendez was expected "
        "to become president of Chile.",
        "en",
    )
    assert ("Tomas Halvik", "officialOf", "Peru") in en
    assert ("Carl Mendez", "officialOf", "Chile") not in en
    id_ = relations_in(
        "Budi Santoso terpilih menjadi Ketua Umum Partai Golkar dalam kongres di Surabaya. "
        "Agus Salim diperkirakan terpilih sebagai Ketua Umum Partai Demokrat.",
        "id",
    )
    assert ("Budi Santoso", "officialOf", "Golkar") in id_
    assert not any(p == "officialOf" and s == "Agus Salim" for s, p, o in id_)


def test_a_possessor_after_a_place_is_no_place_of_the_list():
    """ "head of the Y Office in Taiwan, Washington's trade mission there": Washington is no
    place the trip went to, and stays the country's metonym."""
    rels = relations_in(
        "Speaker Anna Berg landed in Taipei on Tuesday. At the airport she met Foreign "
        "Minister Tomas Halvik and Ana Soto, head of the American Trade Office in Taiwan, "
        "Washington's trade mission there.",
        "en",
    )
    assert ("Anna Berg", "visited", "Taipei") in rels  # control
    assert not any(o == "Washington" for s, p, o in rels if p == "visited")


def test_also_after_a_phone_call_continues_the_call():
    """ "X spoke by phone with Y. X also spoke with Z": more calls, no meeting in person."""
    rels = relations_in(
        "Anna Berg spoke by phone with Tomas Halvik on Friday. Anna Berg also spoke with Carl "
        "Mendez of Peru. Anna Berg met Ana Soto in Lima on Monday. Anna Berg also spoke with "
        "Jorge Ruiz there.",
        "en",
    )
    assert met_between(rels, "Anna Berg", "Ana Soto")  # control
    assert met_between(rels, "Anna Berg", "Jorge Ruiz")  # "also" after a meeting in person
    assert not met_between(rels, "Anna Berg", "Carl Mendez")


def test_a_demonym_capital_is_apposed_to_its_city_only():
    rels = relations_in(
        "The talks were held in Bamako, the Malian capital, on Monday. Halvik spoke "
        "to the press in Cebu City, where she had been governor for ten years, before "
        "catching her plane to the Thai capital.",
        "en",
    )
    assert ("Bamako", "locatedIn", "Mali") in rels  # control
    assert not any(s == "Cebu City" and p == "locatedIn" for s, p, o in rels)


def test_a_titled_name_starting_with_a_city_or_an_acronym_is_a_person():
    """ "Menlu Oman Medina al-Busaidi": a city name where a title's holder is named, with more
    of a name after it, is a first name; "Ri" matches the acronym "RI" only in capitals."""
    rels = relations_in(
        "Pertemuan itu berlangsung pada hari Senin pagi. Menlu Oman Medina al-Busaidi tiba di "
        "Jakarta pada hari Minggu malam. Duta Besar Korea Utara Ri Song-chol juga "
        "tiba di Jakarta. Rombongan lain tiba dari Medina pada Selasa.",
        "id",
    )
    assert ("Medina al-Busaidi", "officialOf", "Oman") in rels
    assert ("Ri Song-chol", "officialOf", "North Korea") in rels
    assert ("Medina al-Busaidi", "visited", "Jakarta") in rels


def test_a_city_first_name_closes_no_apposition():
    """ "... dan Menlu Oman Medina al-Busaidi, Budi ...": the run after the title is the
    person, not a body whose holder follows the comma."""
    rels = relations_in(
        "Usai rapat dengan Menlu Mesir Karim Fahmy dan Menlu Oman Medina al-Busaidi, Budi "
        "Santoso menemui Menteri Luar Negeri China Zhou Lei di Beijing.",
        "id",
    )
    assert ("Zhou Lei", "officialOf", "China") in rels  # control
    assert ("Medina al-Busaidi", "officialOf", "Oman") in rels
    assert not any(s == "Budi Santoso" and p == "officialOf" for s, p, o in rels)


def test_a_welcomed_guest_was_where_the_host_welcomed_them():
    """ "menyambut X di P": the guest welcomed was at P; the host, at home there, visited
    nothing."""
    rels = relations_in(
        "Menteri Pertahanan Chile Budi Santoso menyambut Tomas Halvik dan istrinya Ana Soto "
        "di Bandara Norvex, Santiago, Rabu.",
        "id",
    )
    assert met_between(rels, "Budi Santoso", "Tomas Halvik")  # control
    assert ("Tomas Halvik", "visited", "Santiago") in rels
    assert ("Budi Santoso", "visited", "Santiago") not in rels


def test_the_clause_after_a_headline_comma_continues_its_subject_not_its_object():
    rels = relations_in(
        "Budi Santoso Bertemu Tomas Halvik, Lalu Bertolak ke Lima\n\n"
        "Presiden Budi Santoso bertemu Presiden Chile Tomas Halvik di Santiago pada Sabtu.",
        "id",
    )
    assert met_between(rels, "Budi Santoso", "Tomas Halvik")  # control
    assert ("Budi Santoso", "visited", "Lima") in rels
    assert ("Tomas Halvik", "visited", "Lima") not in rels


def test_a_capital_as_a_possessor_after_in_is_no_literal_place():
    """ "found in Quito's favour": the capital stands for its state, as it does elsewhere."""
    labels = labels_in(
        "Ecuador has long disputed the river with Peru. The court of appeal found in Quito's "
        "favour on Friday. Peruvian officials rejected the ruling.",
        "en",
    )
    assert "Peru" in labels  # control
    assert "Quito" not in labels


def test_a_surname_the_gazetteer_knows_as_a_city_is_the_person():
    rels = relations_in(
        "Menteri Pertahanan Amerika Serikat Ana Dallas tiba di Jakarta pada Sabtu pagi. "
        "Usai kunjungan itu, Dallas akan terbang ke Manila, Filipina.",
        "id",
    )
    assert ("Ana Dallas", "visited", "Jakarta") in rels  # control
    assert ("Ana Dallas", "visited", "Manila") in rels


def test_a_name_after_an_event_word_is_no_person():
    """ "KTT Norvex Lima": the model may take the rest of a summit's name for a person; a
    "person" right after an event's first word is dropped (the guard itself: the model's
    quirk depends on the article around it)."""
    import spacy
    from spacy.tokens import Span

    from kg.nlp.components import _after_event_word

    doc = spacy.blank("id")("Kritik di KTT GNB Norvex dan kata Budi Santoso")
    assert _after_event_word(Span(doc, 3, 5, label="Person"))
    assert not _after_event_word(Span(doc, 7, 9, label="Person"))  # control


def test_also_talking_after_a_call_is_a_call_but_also_meeting_is_a_meeting():
    rels = relations_in(
        "Several leaders rang her that day, and the first call lasted an hour. Anna Berg "
        "also talked with Prime Minister Carl Mendez of Peru. Tomas Halvik spoke by phone "
        "with Carl Mendez on Friday. Tomas Halvik also met Jorge Ruiz in Lima on Monday.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Jorge Ruiz")  # control: "met" is in person
    assert not met_between(rels, "Anna Berg", "Carl Mendez")


def test_a_when_clause_shares_the_hedge_of_the_verb_it_times():
    rels = relations_in(
        "Anna Berg is expected to press the fishing question when she meets her Peruvian "
        "counterpart, Tomas Halvik, in June. Officials hoped to keep the truce agreed by "
        "Carl Mendez and Jorge Ruiz when they met in Lima in 2019.",
        "en",
    )
    assert met_between(rels, "Carl Mendez", "Jorge Ruiz")  # control: no hedge on "agreed"
    assert not met_between(rels, "Anna Berg", "Tomas Halvik")


def test_a_korean_surname_that_is_an_english_facility_word_names_a_person():
    rels = relations_in(
        "Mr. Dunmore met President Park Min-jun of South Korea in Seoul on Thursday.", "en"
    )
    assert ("Park Min-jun", "officialOf", "South Korea") in rels
    assert met_between(rels, "Dunmore", "Park Min-jun")


def test_an_institution_word_after_a_linked_body_is_no_name_of_another_person():
    rels = relations_in("Tomas Halvik, chairman of the ASEAN Council, arrived in Lima.", "en")
    assert ("Tomas Halvik", "visited", "Lima") in rels  # control
    assert ("Tomas Halvik", "officialOf", "ASEAN") in rels


def test_an_organisation_set_beside_an_office_by_a_comma_is_a_person():
    """The small English model often types a person's name ORG; beside an office ("X Y,
    chairman of Z", "the club's president, X Y") it is the holder (the guard itself:
    the model's typing depends on the text around it)."""
    from spacy.tokens import Span

    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline("en")
    linker = nlp.get_pipe("kg_gazetteer")
    doc = nlp.make_doc(
        "Godwin Odu, chairman of the board, spoke. The club's president, Ana Vela, agreed. "
        "Norvex Council, chairman of nothing."
    )
    assert linker._apposed_to_office(Span(doc, 0, 2, label="ORG"))
    assert linker._apposed_to_office(Span(doc, 15, 17, label="ORG"))
    assert not linker._apposed_to_office(Span(doc, 20, 22, label="ORG"))  # a body's name


def test_likely_right_before_the_verb_is_a_hedge():
    rels = relations_in(
        "Anna Berg is likely to meet Tomas Halvik in Lima next week. Carl Mendez met Jorge "
        "Ruiz in Quito on Monday, likely their last talks this year.",
        "en",
    )
    assert met_between(rels, "Carl Mendez", "Jorge Ruiz")  # control: "likely" far away
    assert not met_between(rels, "Anna Berg", "Tomas Halvik")
