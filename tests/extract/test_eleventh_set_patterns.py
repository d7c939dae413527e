"""Kinds of failure an eleventh set of articles and the English misses of the earlier sets
showed, each pinned on sentences written for the test. Every test of an absence has a positive
control in the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, met_between, relations_in


def test_a_name_after_a_counterpart_is_a_person_the_model_missed():
    rels = relations_in(
        "Chancellor Erika Lange was received by her Turkish counterpart Murat Ak in Adana "
        "on Friday.",
        "en",
    )
    assert met_between(rels, "Erika Lange", "Murat Ak")
    assert ("Erika Lange", "visited", "Adana") in rels
    assert ("Murat Ak", "officialOf", "Türkiye") in rels


def test_a_counterpart_read_with_the_name_still_gives_the_office_of_its_country():
    rels = relations_in(
        "Prime Minister Ama Kofi met his Fijian counterpart Sione Tupou in Suva.", "en"
    )
    assert ("Sione Tupou", "officialOf", "Fiji") in rels
    assert met_between(rels, "Ama Kofi", "Sione Tupou")


def test_continuing_to_places_is_the_next_leg_of_a_trip():
    rels = relations_in(
        "Prime Minister Ama Kofi arrived in Lisbon on Monday. From Lisbon, Kofi will continue "
        "to Madrid, Rome and Vienna. He said Ghana would continue to support Togo and Benin.",
        "en",
    )
    for city in ("Lisbon", "Madrid", "Rome", "Vienna"):
        assert ("Ama Kofi", "visited", city) in rels
    assert ("Ama Kofi", "visited", "Togo") not in rels  # "continue to support": no trip


def test_going_on_to_places_needs_a_place_after_it():
    rels = relations_in(
        "Prime Minister Ama Kofi arrived in Lisbon on Monday before going on to Madrid and Rome. "
        "In 2019 Kofi went on to win the election in Ghana.",
        "en",
    )
    assert ("Ama Kofi", "visited", "Madrid") in rels
    assert ("Ama Kofi", "visited", "Rome") in rels
    assert ("Ama Kofi", "visited", "Ghana") not in rels


def test_the_venue_of_talks_may_come_before_the_other_party():
    rels = relations_in(
        "Chancellor Erika Lange held talks in Adana with Prime Minister Kemal Arslan. Foreign "
        "Minister Jonas Berg held talks in secret with Prime Minister Kemal Arslan.",
        "en",
    )
    assert ("Erika Lange", "visited", "Adana") in rels
    assert met_between(rels, "Erika Lange", "Kemal Arslan")
    assert met_between(rels, "Jonas Berg", "Kemal Arslan")  # control: no place, still a meeting
    assert ("Jonas Berg", "visited", "Adana") not in rels


def test_a_common_word_after_a_dateline_dash_is_no_name_though_a_headline_capitalises_it():
    labels = labels_in(
        "Menteri Tinjau Banjir Terburuk di Sumatera\n\nKabarKita.com, Padang - Banjir dan "
        "tanah longsor yang melanda Sumatera Barat sejak awal bulan telah menewaskan 40 orang. "
        "Gubernur Sumatera Barat Andi Rahman meninjau lokasi.",
        "id",
    )
    assert "Banjir" not in labels
    assert "Andi Rahman" in labels and "West Sumatra" in labels


def test_a_translator_credit_line_is_boilerplate():
    labels = labels_in(
        "Presiden Budi Santoso tiba di Nairobi, Kenya, pada Senin untuk kunjungan kenegaraan "
        "selama dua hari dan bertemu Presiden Kenya.\n\nPenerjemah: Dewi Kartika\n",
        "id",
    )
    assert "Dewi Kartika" not in labels
    assert "Budi Santoso" in labels and "Nairobi" in labels


def test_a_named_storm_is_no_entity():
    en = labels_in(
        "Cyclone Marlo hit West Bengal on Wednesday, and Governor Arun Sen toured Kolkata on "
        "Thursday at 09:00 GMT.",
        "en",
    )
    assert not any(label.startswith("Cyclone") for label in en)
    assert "GMT" not in en
    assert "Arun Sen" in en and "Kolkata" in en
    id_ = labels_in(
        "Topan Nari menghantam Tacloban pada Jumat. Presiden Rosa Cruz mengunjungi Tacloban.", "id"
    )
    assert not any(label.startswith("Topan") for label in id_)
    assert "Rosa Cruz" in id_ and "Tacloban" in id_


def test_a_read_next_header_takes_the_headlines_under_it():
    labels = labels_in(
        "Foreign Minister Ana Ruiz arrived in Lima on Monday for talks on trade.\n\n"
        "READ NEXT\nVoters in Oslo back a new ferry levy\nMalawi's Banda seeks grain loans\n\n"
        "Ruiz met President Tomas Ortiz at the palace on Tuesday.\n",
        "en",
    )
    assert "Malawi" not in labels and "Oslo" not in labels
    assert "Ana Ruiz" in labels and "Tomas Ortiz" in labels and "Lima" in labels


def test_credit_and_support_lines_in_capitals_or_with_bars_are_boilerplate():
    labels = labels_in(
        "Presiden Budi Santoso tiba di Nairobi, Kenya, pada Senin untuk kunjungan kenegaraan "
        "selama dua hari.\n\nREUTERS | AL JAZEERA\n\nReuse this content | Support the Herald\n",
        "id",
    )
    assert not {"Reuters", "REUTERS", "AL JAZEERA", "Al Jazeera", "Herald"} & labels
    assert "Budi Santoso" in labels and "Nairobi" in labels


def test_an_outlet_in_brackets_in_the_dateline_is_boilerplate():
    labels = labels_in(
        "Nairobi (ANTARA News) - Presiden Budi Santoso tiba di Nairobi, Kenya, pada Senin "
        "untuk kunjungan kenegaraan selama dua hari.",
        "id",
    )
    assert "ANTARA News" not in labels
    assert "Budi Santoso" in labels and "Nairobi" in labels


def test_a_storm_named_once_is_no_entity_when_named_alone():
    labels = labels_in(
        "Cyclone Marlo hit West Bengal on Wednesday. Marlo killed 80 people, and Governor Arun "
        "Sen toured Kolkata.",
        "en",
    )
    assert not any("Marlo" in label for label in labels)
    assert "Arun Sen" in labels and "Kolkata" in labels


def test_a_pair_after_a_subordinator_is_this_sentences_not_the_last_named_pair():
    rels = relations_in(
        "Paus Leo tiba di Astana pada Selasa, sehari sebelum Presiden China Li Wen. Paus itu "
        "disambut oleh Presiden Kazakhstan Arman Bekov setibanya, sebelum keduanya bertemu empat "
        "mata. Presiden Budi Santoso dan istrinya Ani Yulia tiba di Tokyo pada Senin. "
        "Keduanya disambut oleh Kaisar Naruhito di istana.",
        "id",
    )
    assert not met_between(rels, "Li Wen", "Paus Leo")
    assert met_between(rels, "Ani Yulia", "Naruhito")  # control: a pair of the sentence before
    assert met_between(rels, "Budi Santoso", "Naruhito")


def test_grup_heads_a_company_name_never_a_persons():
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(
        "Grup Lumora resmi membeli 77 persen saham Kirana. Pendiri Kirana, Arif Gupta, "
        "menyambut langkah Lumora. Saham Grup Lumora naik 3 persen.",
        lang="id",
    )
    types = {
        str(label): str(t).rsplit("#", 1)[-1]
        for label, t in g.query("SELECT ?l ?t WHERE { ?e a ?t ; rdfs:label ?l }")
    }
    assert types.get("Grup Lumora") == "Organization"
    assert types.get("Arif Gupta") == "Person"  # control


def test_a_kind_word_may_stand_between_launching_and_the_invasion():
    rels = relations_in("Syria began a ground invasion of Jordan at dawn, officials said.", "en")
    assert ("Syria", "invaded", "Jordan") in rels


def test_a_capital_never_used_as_a_place_invades_as_its_country():
    metonym = relations_in(
        "Harga gandum naik sejak Moskow memulai invasi ke Georgia tahun itu.", "id"
    )
    assert ("Russia", "invaded", "Georgia") in metonym
    literal = relations_in(
        "Presiden Budi Santoso tiba di Moskow pada Senin. Sejak Moskow memulai invasi ke "
        "Georgia, harga gandum naik.",
        "id",
    )
    assert ("Budi Santoso", "visited", "Moscow") in literal  # control: the city is a place here
    assert not any(p == "invaded" for _, p, _ in literal)


def test_a_country_named_before_capital_after_the_is_its_capital():
    rels = relations_in(
        "President Ama Kofi reached the U.S. capital at night, his aides said.", "en"
    )
    assert ("Ama Kofi", "visited", "Washington") in rels
    assert ("Ama Kofi", "visited", "United States") in rels


def test_a_speaker_of_a_language_holds_no_office():
    rels = relations_in(
        "Nora Vance, a Russian speaker from Ohio, was once envoy to Chile. Lena Holt, "
        "the Ukrainian speaker of parliament, met President Ama Kofi in Kyiv.",
        "en",
    )
    assert ("Nora Vance", "officialOf", "Russia") not in rels
    assert ("Lena Holt", "officialOf", "Ukraine") in rels  # control


def test_the_partner_of_talks_after_a_trip_did_not_travel():
    rels = relations_in(
        "Presiden Budi Santoso akan mengakhiri lawatan di Lusaka, Zambia, dengan pembicaraan "
        "bersama Presiden Ruto Kamau. Menteri Ani Yulia tiba di Dodoma bersama Menteri Sari "
        "Lestari.",
        "id",
    )
    assert ("Ruto Kamau", "visited", "Lusaka") not in rels
    assert ("Budi Santoso", "visited", "Lusaka") in rels
    assert ("Sari Lestari", "visited", "Dodoma") in rels  # control: a companion travels


def test_a_name_only_on_headline_and_widget_lines_is_no_entity_of_the_story():
    text = (
        "Prime Minister Ama Kofi arrived in Lisbon on Monday and held long trade talks with "
        "President Rui Matos at the palace.\n\n"
        "Hollis Grant wins the Ardmore marathon\nThe week ahead in pictures\n"
    )
    labels = labels_in(text, "en")
    assert "Hollis Grant" not in labels and "Ardmore" not in labels
    assert "Ama Kofi" in labels and "Rui Matos" in labels and "Lisbon" in labels
