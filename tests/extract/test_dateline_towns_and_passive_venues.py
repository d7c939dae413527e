"""A dateline's town the gazetteer lacks ("KAVOO, Uganda (AFP) -") is a city of the story,
with its country; a passive verb coordinated with another ("He was accompanied by A, B and
C, and was met by D") shares that verb's subject; a place between a passive verb and its
agent ("was received in P by Y", "diterima di P oleh Y") and a place fronted after a time
phrase and its comma ("Sehari sebelumnya, di P, X bertemu Y") are where the guest was; a
nickname in quotes inside a name ('Hendra "Henwi" Wibisono') keeps the person whole; a capital
after a government's noun ("concerns in Quito") stands for its country; a lead whose first
verb takes a negated one ("dipastikan tidak hadir") sends nobody to the dateline's city. Each
with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, types_in


def test_a_dateline_town_the_gazetteer_lacks_is_a_city_of_its_country():
    text = (
        "KAVOO, Uganda (AFP) - Peru's Foreign Minister Tom Dallas was received by Ugandan "
        "President Juan Perez on Tuesday.\nPerez said the talks went well."
    )
    rels = relations_in(text, "en")
    assert ("Kavoo", "locatedIn", "Uganda") in rels
    assert ("Tom Dallas", "visited", "Kavoo") in rels
    assert ("Tom Dallas", "visited", "Uganda") in rels  # control: the country as before
    assert ("Juan Perez", "visited", "Kavoo") not in rels  # the host, at home
    assert types_in(text, "en")["Kavoo"] == {"City"}


def test_a_dateline_town_of_two_words_with_a_date():
    text = (
        "PUERTO KAVOO, Uganda, March 3 - Peru's President Tom Dallas opened a trade fair on "
        "Tuesday, his aides said."
    )
    rels = relations_in(text, "en")
    assert ("Puerto Kavoo", "locatedIn", "Uganda") in rels
    assert ("Tom Dallas", "visited", "Puerto Kavoo") in rels
    assert ("Tom Dallas", "officialOf", "Peru") in rels  # control


def test_a_line_in_capitals_without_a_country_is_no_dateline():
    text = (
        "KAVOO TALKS END\n\nLIMA, Peru (AFP) - Ugandan President Tom Dallas ended his talks "
        "on Tuesday."
    )
    found = types_in(text, "en")
    assert found.get("Lima") == {"City"}  # control: the dateline's known city
    assert not any("talks" in name.lower() for name in found)


def test_a_passive_verb_coordinated_after_a_list_of_companions_shares_its_subject():
    rels = relations_in(
        "President Hendra Wibisono flew to Lima on Monday to open a new port.\n\n"
        "He was accompanied by Trade Minister Rizal Hakim, Labour Minister Gilang Permadi and "
        "Foreign Minister Wulan Sasmita, and was met on arrival by Lima Governor Tirta Sasmita.",
        "en",
    )
    assert ("Hendra Wibisono", "met", "Tirta Sasmita") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control


def test_a_place_between_a_passive_verb_and_its_agent_in_english():
    rels = relations_in(
        "Foreign Minister Hendra Wibisono was earlier received in Lima by Peruvian President "
        "Juan Perez.",
        "en",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "met", "Juan Perez") in rels  # control
    assert ("Juan Perez", "visited", "Lima") not in rels  # the host


def test_a_place_between_a_passive_verb_and_its_agent_in_indonesian():
    rels = relations_in(
        "Menteri Luar Negeri Hendra Wibisono disambut di Bandara Jorge Chavez, Lima, oleh "
        "Presiden Peru Juan Perez.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "met", "Juan Perez") in rels
    assert ("Juan Perez", "visited", "Lima") not in rels  # control: the host


def test_a_place_fronted_after_a_time_phrase_and_its_comma():
    id_ = relations_in(
        "Sehari sebelumnya, di Lima, Hendra Wibisono bertemu Presiden Peru Juan Perez.", "id"
    )
    en = relations_in(
        "A day earlier, in Lima, Hendra Wibisono met Peruvian President Juan Perez.", "en"
    )
    for rels in (id_, en):
        assert ("Hendra Wibisono", "visited", "Lima") in rels
        assert ("Hendra Wibisono", "met", "Juan Perez") in rels  # control


def test_a_nickname_in_quotes_inside_a_name_keeps_the_person_whole():
    text = (
        "LIMA, Peru (AFP) - President Hendra \"Henwi\" Wibisono on Wednesday opened a port. "
        "Governor Rizal \"Kavoo\" Hakim welcomed him. The \"Blue\" House said it would help."
    )
    found = types_in(text, "en")
    assert found.get("Hendra Wibisono") == {"Person"}
    assert found.get("Rizal Hakim") == {"Person"}
    assert "Hendra" not in found and "Wibisono" not in found
    assert not any("House" in name for name in found)  # an article before the quotes
    assert met_between(relations_in(text, "en"), "Rizal Hakim", "Hendra Wibisono")


def test_a_capital_after_a_governments_noun_stands_for_its_country():
    text = (
        "The pact is likely to deepen concerns in Quito about Lima's ambitions. Quito "
        "reopened its embassy in Garut in February. Foreign Minister Hendra Wibisono flew "
        "to Lima on Monday."
    )
    found = types_in(text, "en")
    assert found.get("Ecuador") == {"Country"}  # "concerns in Quito": Ecuador's government
    assert "Quito" not in found
    assert found.get("Lima") == {"City"}  # control: a trip there keeps the city


def test_a_lead_whose_verb_takes_a_negated_one_sends_nobody_to_the_dateline():
    absent = relations_in(
        "JAKARTA, KOMPAS - Presiden Peru Tom Dallas dipastikan tidak hadir secara langsung "
        "dalam KTT di Nusa Dua, Bali, pekan depan.",
        "id",
    )
    present = relations_in(
        "JAKARTA, KOMPAS - Presiden Peru Tom Dallas dipastikan hadir secara langsung dalam "
        "KTT di Jakarta pekan depan.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Jakarta") not in absent
    assert ("Tom Dallas", "officialOf", "Peru") in absent  # control
    assert ("Tom Dallas", "visited", "Jakarta") in present  # control
