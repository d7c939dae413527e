"""Kinds of failure an eighth set of articles showed (scored once on arrival, then read), each
pinned on sentences written for the test. Every test of an absence has a positive control in
the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import borders_between, met_between, relations_in


def test_a_plan_in_the_pluperfect_with_an_adverb_did_not_happen():
    rels = relations_in(
        "Norwegian Prime Minister Tomas Halvik had also been slated to make a detour to Quito "
        "to meet Ecuadorian President Anna Berg. Halvik is scheduled to meet Peruvian "
        "President Carl Mendez in Lima.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Carl Mendez")  # control: a plan as fact
    assert not met_between(rels, "Tomas Halvik", "Anna Berg")
    assert ("Tomas Halvik", "visited", "Quito") not in rels


def test_the_subject_of_a_relative_clause_acting_on_him_is_no_antecedent():
    """ "From P, where X had hosted him, the lawmaker travelled on. He met Y": he is the one
    "him" stands for, not X."""
    rels = relations_in(
        "Senator Tomas Halvik reached Baghdad on Monday. From Tbilisi, where President Carl "
        "Mendez had hosted him at a dinner, the lawmaker travelled on to Armenia. He held "
        "talks with Anna Berg in Yerevan.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Anna Berg")
    assert not met_between(rels, "Carl Mendez", "Anna Berg")


def test_the_subject_of_a_relative_clause_about_the_trip_stays_the_antecedent():
    rels = relations_in(
        "Indonesian President Budi Santoso departed on Sunday. The tour opened in Spain, where "
        "Santoso addressed a forum hosted by Prime Minister Anna Berg. On Wednesday he "
        "travelled to Lisbon.",
        "en",
    )
    assert ("Budi Santoso", "visited", "Lisbon") in rels
    assert ("Anna Berg", "visited", "Lisbon") not in rels


def test_an_indonesian_active_verb_the_tagger_took_for_a_noun_has_an_object():
    """ "A menelepon B ... dan dijadwalkan terbang ke P": B is the call's object, A flies."""
    rels = relations_in(
        "Perdana Menteri Kanada Tomas Halvik menelepon Budi Santoso pada Selasa pagi dan "
        "dijadwalkan terbang ke Surabaya untuk menghadiri peresmian pabrik.",
        "id",
    )
    assert ("Tomas Halvik", "visited", "Surabaya") in rels
    assert ("Budi Santoso", "visited", "Surabaya") not in rels


def test_being_at_ones_own_home_is_no_visit():
    rels_id = relations_in(
        "Ketika hasil diumumkan, Budi Santoso berada di rumahnya di Sleman, Yogyakarta, "
        "bersama istrinya, Ani Lestari. Presiden Joko Widodo berada di Tokyo pada Senin.",
        "id",
    )
    assert ("Joko Widodo", "visited", "Tokyo") in rels_id  # control
    assert not any(p == "visited" and s != "Joko Widodo" for s, p, o in rels_id)
    rels_en = relations_in(
        "US President Tomas Halvik was at his home in Delaware on Sunday. US President Tomas "
        "Halvik was in Tokyo on Monday.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Tokyo") in rels_en
    assert ("Tomas Halvik", "visited", "Delaware") not in rels_en


def test_the_one_represented_was_not_there():
    rels = relations_in(
        "Forum itu dibuka di Nairobi, Kenya, pada Kamis. Pangeran Tomas Halvik datang mewakili "
        "ayahnya, Raja Carl Mendez. Vietnam diwakili Wakil Menteri Luar Negeri Budi Santoso.",
        "id",
    )
    assert ("Budi Santoso", "visited", "Nairobi") in rels  # control: the passive
    assert ("Tomas Halvik", "visited", "Nairobi") in rels
    assert ("Carl Mendez", "visited", "Nairobi") not in rels


def test_an_event_dated_in_another_year_is_not_the_one_attended():
    rels = relations_in(
        "Ministers had failed to agree at a conference in Madrid in 2011. The signing was "
        "attended by the Swedish envoy Tomas Halvik. Delegates gathered for a forum in Sofia "
        "on Monday. The meeting was attended by the envoy Anna Berg.",
        "en",
    )
    assert ("Anna Berg", "visited", "Sofia") in rels
    assert ("Tomas Halvik", "visited", "Madrid") not in rels


def test_a_person_beside_a_possessed_office_is_a_person_not_a_listed_place():
    rels = relations_in(
        "The new envoys included Tomas Halvik of Chile and Arlindo Baptista Moreira, Angola's "
        "high commissioner.",
        "en",
    )
    assert ("Arlindo Baptista Moreira", "officialOf", "Angola") in rels
    assert not any(p == "locatedIn" for s, p, o in rels)


def test_a_spouse_after_her_partner_is_a_person_and_travelled_too():
    rels_id = relations_in(
        "Pangeran Tomas Halvik tiba di Accra, Ghana, bersama istrinya, Larissa, dua hari "
        "sebelum upacara.",
        "id",
    )
    assert ("Larissa", "visited", "Accra") in rels_id
    assert not any(p == "locatedIn" and s == "Larissa" for s, p, o in rels_id)
    rels_en = relations_in(
        "Prince Tomas Halvik landed in Accra with his wife, Larissa Berg, on Friday.",
        "en",
    )
    assert ("Larissa Berg", "visited", "Accra") in rels_en


def test_an_envoy_presenting_credentials_meets_the_head_of_state():
    rels_en = relations_in(
        "Ambassador Anna Berg presented her credentials to Chilean President Carl Mendez at "
        "La Moneda on Friday.",
        "en",
    )
    assert met_between(rels_en, "Anna Berg", "Carl Mendez")
    rels_id = relations_in(
        "Duta Besar Anna Berg menyerahkan surat kepercayaan kepada Presiden Budi Santoso di "
        "Istana Merdeka, Jakarta.",
        "id",
    )
    assert met_between(rels_id, "Anna Berg", "Budi Santoso")


def test_the_two_countries_that_share_a_border_are_the_pair_named_before():
    rels_en = relations_in(
        "Peru and Bolivia renewed the water treaty on Friday. The two neighbours, which share "
        "a mountain border, resumed flights in May.",
        "en",
    )
    assert borders_between(rels_en, "Peru", "Bolivia")
    rels_id = relations_in(
        "Thailand dan Laos menandatangani nota itu. Kedua negara berbagi perbatasan sungai "
        "sepanjang Mekong.",
        "id",
    )
    assert borders_between(rels_id, "Thailand", "Laos")


def test_a_country_pair_needs_a_pair_joined_before():
    """Two countries the text did not join by "and" are no pair: no border between them."""
    rels = relations_in(
        "Greece signed the deal with Bulgaria on Sunday. Spain and Portugal signed it too. "
        "The two countries share a land border.",
        "en",
    )
    assert borders_between(rels, "Spain", "Portugal")  # control: the pair joined last
    assert not borders_between(rels, "Greece", "Bulgaria")


def test_indonesian_country_name_variants_are_countries():
    rels = relations_in(
        "Perdana Menteri Hongaria Tomas Halvik tiba di Hanoi pada Kamis. Menteri Luar Negeri "
        "Libanon Anna Berg tiba di Kairo.",
        "id",
    )
    assert ("Tomas Halvik", "officialOf", "Hungary") in rels
    assert ("Anna Berg", "officialOf", "Lebanon") in rels


def test_a_description_of_the_person_stands_for_them_as_a_pronoun_does():
    rels_id = relations_in(
        "Perdana Menteri Hongaria Tomas Halvik tiba di Hanoi pada Kamis. Dua hari kemudian, "
        "politikus berusia 58 tahun itu bertolak ke Manila.",
        "id",
    )
    assert ("Tomas Halvik", "visited", "Manila") in rels_id
    rels_en = relations_in(
        "Hungarian Prime Minister Tomas Halvik arrived in Hanoi on Thursday. Two days later "
        "the 58-year-old politician travelled to Manila.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Manila") in rels_en


def test_a_fronted_place_with_a_time_before_its_comma_frames_the_clause():
    rels_en = relations_in(
        "US Senator Tomas Halvik flew into Jordan at the weekend. In Basra on Tuesday, he "
        "held talks with the Iraqi governor, Carl Mendez.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Basrah") in rels_en
    rels_id = relations_in(
        "Di Kairo pada Senin, Presiden Budi Santoso bertemu Presiden Mesir Carl Mendez.",
        "id",
    )
    assert ("Budi Santoso", "visited", "Cairo") in rels_id


def test_a_hedge_in_a_relative_clause_after_the_place_is_not_the_trips():
    rels = relations_in(
        "Russian President Tomas Halvik flew to Minsk on Monday. The trip comes a week before "
        "Halvik is due in Osaka, Japan, for the trade summit, where talks with Anna Berg had "
        "been expected.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Osaka") in rels
    assert not met_between(rels, "Tomas Halvik", "Anna Berg")  # the relative clause's hedge


def test_an_object_pronoun_in_an_adverbial_clause_is_the_main_subject():
    """ "X declared ..., hours after Y welcomed him in P": him is X, the host is Y."""
    rels = relations_in(
        "Chilean President Tomas Halvik announced the deal on Thursday, hours after Peruvian "
        "President Carl Mendez welcomed him with an honour guard outside the palace in Lima.",
        "en",
    )
    assert met_between(rels, "Tomas Halvik", "Carl Mendez")
    assert ("Tomas Halvik", "visited", "Lima") in rels


def test_a_one_word_company_used_alone_is_cut_off_its_chief_s_name():
    """ "CEO [Tokomaju Rahmat Hidayat]" where the text uses "Tokomaju" alone twice, whatever
    the model typed it: the company, then its chief. The pass is under test, on the model's
    spans as it gives them."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Span

    from kg.nlp.components import LinkerWork, bodies_glued_to_people

    # a stub linker: the company titles, and a gazetteer that knows no company
    linker = SimpleNamespace(
        company_titles=(("ceo",),), gazetteer=SimpleNamespace(lookup=lambda text: None)
    )
    for before, whole in (("CEO", False), ("Kemarin", True)):
        doc = spacy.blank("id")(
            f"Tokomaju tumbuh . Tokomaju melantai . {before} Tokomaju Rahmat Hidayat hadir ."
        )
        ents = [
            Span(doc, 0, 1, label="Person"),
            Span(doc, 3, 4, label="Place"),
            Span(doc, 7, 10, label="Person"),
        ]
        work = LinkerWork(doc, ents, [], [])
        bodies_glued_to_people(linker, work)
        names = [(e.text, e.label_) for e in work.ents]
        if whole:  # control: no company title before it, the name stays whole
            assert ("Tokomaju Rahmat Hidayat", "Person") in names
        else:
            assert ("Rahmat Hidayat", "Person") in names
            assert ("Tokomaju", "Organization") in names


def test_a_name_after_a_place_noun_and_of_is_a_place():
    rels = relations_in(
        "Greek Prime Minister Tomas Halvik arrived on Sunday. He later toured the old harbour "
        "town of Vrasnovo and crossed over to Kalvik for lunch.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Vrasnovo") in rels
    assert ("Tomas Halvik", "visited", "Kalvik") in rels


def test_an_english_name_ending_in_islands_is_a_region():
    import spacy

    from kg.extract.mentions import head_type

    doc = spacy.blank("en")("the southern Halvik Islands and Anna Berg")
    assert head_type(doc[2:4]) == "Region"
    assert head_type(doc[5:7]) is None  # control: a person's name has no such tail


def test_indonesian_titles_of_security_advisers_and_bosses_hold_offices():
    rels = relations_in(
        "Penasihat Keamanan Nasional India Rahul Mehta menemui Tomas Halvik di pangkalan "
        "udara. SoftBank mendukung Grab. Bos SoftBank Kenji Sato hadir.",
        "id",
    )
    assert ("Rahul Mehta", "officialOf", "India") in rels
    assert ("Kenji Sato", "officialOf", "SoftBank") in rels


def test_a_name_after_from_is_no_antecedent_of_the_next_he():
    rels = relations_in(
        "Tomas Halvik became the first leader to land there. The Belarusian leader went on to "
        "Minsk, the old trading town, from Ust-Kamchatsky. He later toured the old harbour "
        "town of Kalvik.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Kalvik") in rels
    assert not any(p == "visited" and o == "Kalvik" and s != "Tomas Halvik" for s, p, o in rels)


def test_a_national_capital_possessing_an_office_stands_for_its_country():
    rels = relations_in(
        "Caracas's foreign minister, Carl Mendez, arrived in Lima on Monday. London's mayor, "
        "Anna Berg, arrived in Quito.",
        "en",
    )
    assert ("Carl Mendez", "officialOf", "Venezuela") in rels
    assert ("Anna Berg", "officialOf", "London") in rels  # a city's own office
    assert ("Anna Berg", "officialOf", "United Kingdom") not in rels


def test_prosecutors_general_staff_chiefs_and_leaders_who_remain_hold_offices():
    rels = relations_in(
        "ICC prosecutor Anna Berg said the verdict was fair. Armenia's chief of the general "
        "staff, Tomas Halvik, visited the front. Carl Mendez remains leader of the Liberal "
        "Party.",
        "en",
    )
    assert ("Anna Berg", "officialOf", "International Criminal Court") in rels
    assert ("Tomas Halvik", "officialOf", "Armenia") in rels
    assert ("Carl Mendez", "officialOf", "Liberal Party") in rels


def test_a_country_named_by_one_word_of_its_name_is_that_country():
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(
        "The Democratic Republic of the Congo signed the accord. Troops from Congo crossed "
        "the river. North Korea and South Korea held talks. Korea is divided.",
        lang="en",
    )
    labels = {str(r[0]) for r in g.query("SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l }")}
    assert "Democratic Republic of the Congo" in labels
    assert "Congo" not in labels  # one entity, not two
    assert "Korea" in labels  # control: two Koreas named, the bare name stays apart


def test_a_company_with_its_legal_form_is_the_company_named_bare():
    from kg.resolve.entities import _bare_body_name

    assert _bare_body_name("Halvik AG") == "halvik"
    assert _bare_body_name("Norvex Co") == "norvex"
    assert _bare_body_name("Norvex Bank") == "norvex bank"  # control: a name's own word


def test_arriving_in_the_homeland_is_no_visit():
    rels = relations_in(
        "Presiden Ekuador Tomas Halvik mempersingkat lawatannya ke Italia. Setibanya di Tanah "
        "Air, ia segera mengunjungi Guayaquil.",
        "id",
    )
    assert ("Tomas Halvik", "visited", "Guayaquil") in rels  # control
    assert not any(p == "visited" and o == "Indonesia" for s, p, o in rels)


def test_a_name_after_while_is_no_object_of_the_verb_before():
    rels = relations_in(
        "Chinese President Tomas Halvik is due in Fiji this week to meet envoys there, while "
        "Japan's Carl Mendez held a forum of that kind in Osaka in 2012.",
        "en",
    )
    assert ("Tomas Halvik", "visited", "Fiji") in rels  # control
    assert not met_between(rels, "Tomas Halvik", "Carl Mendez")


def test_a_city_naming_a_lower_case_body_is_not_the_office_holder():
    rels = relations_in(
        "Sebastian Okoro, the chairman of the Lima organising committee, praised the race. "
        "Anna Berg, the mayor of Lima, watched it.",
        "en",
    )
    assert ("Anna Berg", "officialOf", "Lima") in rels  # control: the city's own office
    assert not any(p == "officialOf" and s == "Sebastian Okoro" for s, p, o in rels)
