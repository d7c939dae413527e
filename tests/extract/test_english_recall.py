"""English recall (issue 9): ways English news states a visit, a meeting, an invasion or an
office that the rules read, each beside the tempting wrong readings they must leave alone.

Sentences written for the tests (invented names, or public figures in invented sentences; no
evaluation article's names or sentences). Every test of an absence has a positive control in
the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import labels_in, met_between, relations_in

pytestmark = pytest.mark.slow


# -- names and offices ----------------------------------------------------------------------
def test_hyphenated_given_name_lends_no_lowercase_surname():
    text = (
        "Governor Park Dong-in of Busan met Mayor Ines Duarte in Lisbon on Monday. "
        "Duarte later arrived in Porto."
    )
    rels = relations_in(text, "en")
    assert ("Ines Duarte", "visited", "Porto") in rels  # control
    assert "in" not in {label.lower() for label in labels_in(text, "en")}
    assert not any("in" in (s, o) for s, _, o in rels)


def test_delegation_list_reaches_the_last_item_after_a_field_word():
    rels = relations_in(
        "The Chilean delegation included Foreign Minister Tomas Herrera, Finance Minister "
        "Clara Vidal and Energy Minister Rafael Soto.",
        "en",
    )
    for name in ("Tomas Herrera", "Clara Vidal", "Rafael Soto"):
        assert (name, "officialOf", "Chile") in rels


def test_office_field_read_as_an_organisation_is_not_the_body():
    rels = relations_in(
        "Peru was represented by Coordinating Energy Affairs and Industry Minister "
        "Jorge Salas and Foreign Minister Ana Paredes.",
        "en",
    )
    assert ("Ana Paredes", "officialOf", "Peru") in rels  # control
    assert ("Jorge Salas", "officialOf", "Peru") in rels
    assert not any(s == "Jorge Salas" and o != "Peru" for s, p, o in rels if p == "officialOf")


# -- visits ---------------------------------------------------------------------------------
def test_attending_in_a_place_then_visiting_is_a_planned_trip_stated_as_fact():
    rels = relations_in(
        "Prime Minister Eva Lund will attend a climate forum in Nairobi and visit Uganda on "
        "Tuesday. Lund plans to visit Ghana later in the year, and President Omar Diallo "
        "invited her to visit Senegal. She hopes to visit Mali.",
        "en",
    )
    assert ("Eva Lund", "visited", "Nairobi") in rels
    assert ("Eva Lund", "visited", "Uganda") in rels
    for hedged in ("Ghana", "Senegal", "Mali"):
        assert ("Eva Lund", "visited", hedged) not in rels


def test_visit_as_a_noun_is_not_read_as_the_verb():
    rels = relations_in(
        "Foreign Minister Paulo Reis will visit Chile on Monday. Reis's planned visit to Peru "
        "was cancelled.",
        "en",
    )
    assert ("Paulo Reis", "visited", "Chile") in rels  # control
    assert ("Paulo Reis", "visited", "Peru") not in rels


def test_crossing_into_a_country_is_a_visit():
    rels = relations_in(
        "Foreign Minister Paulo Reis crossed into Moldova on Friday. Reis did not cross into "
        "Romania.",
        "en",
    )
    assert ("Paulo Reis", "visited", "Moldova") in rels
    assert ("Paulo Reis", "visited", "Romania") not in rels


def test_boarding_or_being_escorted_in_a_place_is_being_there():
    rels = relations_in(
        "Defence Minister Karin Holm boarded a ferry in Helsinki on Monday. On Tuesday she was "
        "escorted to her hotel in Krakow by Ambassador Lena Ek.",
        "en",
    )
    assert ("Karin Holm", "visited", "Helsinki") in rels
    assert ("Karin Holm", "visited", "Kraków") in rels


# -- meetings -------------------------------------------------------------------------------
def test_speaking_with_someone_in_person_is_a_meeting():
    rels = relations_in(
        "Prime Minister Eva Lund spoke privately with President Omar Diallo before the dinner "
        "in Geneva.",
        "en",
    )
    assert met_between(rels, "Eva Lund", "Omar Diallo")


def test_speaking_by_phone_or_video_or_to_reporters_is_no_meeting():
    rels = relations_in(
        "Prime Minister Eva Lund met President Omar Diallo in Accra on Monday. Lund spoke with "
        "Chancellor Hans Weber by phone on Tuesday. She spoke with King Carl Jensen in a video "
        "call. Diallo later spoke with reporters.",
        "en",
    )
    assert met_between(rels, "Eva Lund", "Omar Diallo")  # control
    assert not met_between(rels, "Eva Lund", "Hans Weber")
    assert not met_between(rels, "Eva Lund", "Carl Jensen")


def test_a_conversation_in_person_is_a_meeting_a_telephone_one_is_not():
    rels = relations_in(
        "Foreign Minister Paulo Reis had a long conversation with Foreign Minister Ana Paredes "
        "at the forum. Reis also had a telephone conversation with Foreign "
        "Minister Tomas Herrera.",
        "en",
    )
    assert met_between(rels, "Paulo Reis", "Ana Paredes")
    assert not met_between(rels, "Paulo Reis", "Tomas Herrera")


def test_talks_with_the_partner_after_a_time_phrase():
    rels = relations_in(
        "Foreign Minister Ana Paredes held private talks on Friday with Prime Minister "
        "Jorge Salas. She held talks on Thursday with reporters.",
        "en",
    )
    assert met_between(rels, "Ana Paredes", "Jorge Salas")
    assert len([r for r in rels if r[1] == "met"]) == 1


def test_a_host_showing_a_guest_round_is_a_meeting():
    rels = relations_in(
        "Trade Minister Rafael Soto took Prime Minister Jorge Salas on a boat tour of the "
        "harbour. A guide took reporters on a tour of the palace.",
        "en",
    )
    assert met_between(rels, "Rafael Soto", "Jorge Salas")
    assert [r for r in rels if r[1] == "met"] == [r for r in rels if "Rafael Soto" in r]


def test_a_participle_after_a_subordinator_is_the_main_subjects():
    rels = relations_in(
        "Chancellor Hans Weber met King Carl Jensen at the palace on Sunday evening, shortly "
        "after landing in Oslo.",
        "en",
    )
    assert met_between(rels, "Hans Weber", "Carl Jensen")  # control
    assert ("Hans Weber", "visited", "Oslo") in rels
    assert ("Carl Jensen", "visited", "Oslo") not in rels


def test_calling_on_someone_is_no_phone_call_but_urging_still_blocks():
    rels = relations_in(
        "Chancellor Hans Weber called on King Carl Jensen on Sunday, shortly after landing in "
        "Oslo. Weber called on Jensen to visit Bergen. Weber called Jensen after arriving in "
        "Tromso.",
        "en",
    )
    assert ("Hans Weber", "visited", "Oslo") in rels
    assert ("Hans Weber", "visited", "Bergen") not in rels
    assert ("Carl Jensen", "visited", "Bergen") not in rels
    assert not any(o == "Tromsø" or o == "Tromso" for _, _, o in rels)


# -- places and invasions -------------------------------------------------------------------
def test_trip_to_a_described_city_of_a_country():
    rels = relations_in(
        "President Ivan Petrov flew on Sunday to the Georgian port city of Batumi. His "
        "second trip was to land Armenian troops hold.",
        "en",
    )
    assert ("Ivan Petrov", "visited", "Batumi") in rels
    assert ("Batumi", "locatedIn", "Georgia") in rels
    assert ("Ivan Petrov", "visited", "Armenia") not in rels  # "Armenian troops": an adjective


def test_city_in_part_of_a_country_and_no_occupier_as_its_country():
    rels = relations_in(
        "Floods hit Kutaisi, in western Georgia, on Monday. Anna Berg later flew to the "
        "Russian-occupied city of Sukhumi.",
        "en",
    )
    assert ("Kutaisi", "locatedIn", "Georgia") in rels
    assert not any(p == "locatedIn" and o == "Russia" for _, p, o in rels)


def test_invasion_launched_by_the_subject_through_its():
    rels = relations_in(
        "The two had not met since Iraq began its invasion of Kuwait in August. Germany's "
        "brutal invasion of Poland in 1939 began the war. Turkey's brief incursion into Syria "
        "was condemned.",
        "en",
    )
    assert ("Iraq", "invaded", "Kuwait") in rels
    assert ("Germany", "invaded", "Poland") in rels  # a possessor with adjectives between
    assert ("Turkey", "invaded", "Syria") not in rels  # "incursion" is no invasion word


# -- offices --------------------------------------------------------------------------------
def test_head_of_a_countrys_office_in_apposition():
    rels = relations_in(
        "Olena Kovalenko, head of the Georgian border agency, met reporters. Ivan "
        "Sorokin, head of the Russian-backed administration in Sukhumi, and Jens Holm, head of "
        "state security, stayed away.",
        "en",
    )
    assert ("Olena Kovalenko", "officialOf", "Georgia") in rels
    assert ("Ivan Sorokin", "officialOf", "Russia") not in rels
    assert not any(s == "Jens Holm" and p == "officialOf" for s, p, _ in rels)


def test_counterpart_of_a_named_official_holds_that_countrys_office():
    rels = relations_in(
        "Indonesian Foreign Minister Dewi Lestari arrived in Lima on Monday. She then flew to "
        "Santiago for talks with her Chilean counterpart Rosa Vega. Apple chief Tim Cook met "
        "his Chinese counterpart Li Ming in Shanghai.",
        "en",
    )
    assert ("Dewi Lestari", "officialOf", "Indonesia") in rels  # control
    assert ("Rosa Vega", "officialOf", "Chile") in rels
    assert ("Li Ming", "officialOf", "China") not in rels  # a CEO's counterpart: no office


def test_the_next_leg_of_a_trip_after_then_on_to():
    rels = relations_in(
        "Foreign Minister Ana Paredes will fly to Tokyo on Monday and then on to Seoul. "
        "Paredes had planned to fly to Lima and then on to Quito.",
        "en",
    )
    assert ("Ana Paredes", "visited", "Tokyo") in rels  # control
    assert ("Ana Paredes", "visited", "Seoul") in rels
    assert ("Ana Paredes", "visited", "Quito") not in rels  # planned: a hedge


def test_a_passive_agent_repeated_after_and_by():
    rels = relations_in(
        "Prime Minister Eva Lund was met at the station by Olga Sirko, the city's mayor, and "
        "by Rolf Dahl, a regional governor. Lund was praised by Sirko, and by reporters who met "
        "Jonas Berg.",
        "en",
    )
    assert met_between(rels, "Eva Lund", "Olga Sirko")  # control
    assert met_between(rels, "Eva Lund", "Rolf Dahl")
    assert not met_between(rels, "Eva Lund", "Jonas Berg")


# -- more ways of arriving, staying and sitting down ------------------------------------------
def test_arrival_verbs_flew_into_and_touched_down():
    rels = relations_in(
        "Defence Minister Karin Holm flew into Vilnius on Thursday. Foreign Minister Paulo "
        "Reis touched down in Lima late on Tuesday. Foreign Minister Ana Paredes was expected "
        "to touch down in Quito later on Friday.",
        "en",
    )
    assert ("Karin Holm", "visited", "Vilnius") in rels
    assert ("Paulo Reis", "visited", "Lima") in rels
    assert ("Ana Paredes", "visited", "Quito") not in rels  # expected: a hedge


def test_time_spent_in_a_place_but_not_money_or_a_past_life():
    rels = relations_in(
        "Prime Minister Eva Lund spent three days in Ghana. President Omar Diallo's government "
        "spent $2 billion in Kenya, and Diallo spent his childhood in Nairobi.",
        "en",
    )
    assert ("Eva Lund", "visited", "Ghana") in rels
    assert ("Omar Diallo", "visited", "Kenya") not in rels
    assert ("Omar Diallo", "visited", "Nairobi") not in rels


def test_a_welcome_given_in_a_place_and_a_guest_welcomed_to_it():
    rels = relations_in(
        "Prime Minister Eva Lund was given a ceremonial welcome in Accra. President Omar "
        "Diallo welcomed Chancellor Hans Weber to Dakar on Monday, and welcomed the decision "
        "to Ghana's relief.",
        "en",
    )
    assert ("Eva Lund", "visited", "Accra") in rels
    assert ("Hans Weber", "visited", "Dakar") in rels
    assert met_between(rels, "Omar Diallo", "Hans Weber")
    assert ("Omar Diallo", "visited", "Ghana") not in rels


def test_sitting_down_with_a_person_not_with_reporters():
    rels = relations_in(
        "Chancellor Hans Weber sat down with President Omar Diallo in Dakar. Diallo later sat "
        "down with reporters in Accra.",
        "en",
    )
    assert met_between(rels, "Hans Weber", "Omar Diallo")
    assert ("Hans Weber", "visited", "Dakar") in rels
    assert not any(p == "met" and "reporters" in (s, o) for s, p, o in rels)


def test_a_fronted_stay_in_a_place():
    rels = relations_in(
        "During his stay in Nairobi, Prime Minister Jonas Lind also visited a market.", "en"
    )
    assert ("Jonas Lind", "visited", "Nairobi") in rels


def test_handshakes_shared_meals_and_joining_for_talks_are_meetings():
    rels = relations_in(
        "President Omar Diallo arrived in Tokyo on Monday. Diallo shook hands with Prime "
        "Minister Kenji Sato before their talks. Diallo joined King Carl Jensen for a state "
        "banquet, and joined Chancellor Hans Weber in condemning the attack. Queen Ines Duarte "
        "hosted a dinner for Diallo in Kyoto and hosted a lunch for business leaders.",
        "en",
    )
    assert met_between(rels, "Omar Diallo", "Kenji Sato")
    assert met_between(rels, "Omar Diallo", "Carl Jensen")
    assert met_between(rels, "Omar Diallo", "Ines Duarte")
    assert not met_between(rels, "Omar Diallo", "Hans Weber")  # joined in condemning: no meeting


def test_who_holds_a_meeting_named_by_a_noun():
    rels = relations_in(
        "President Omar Diallo arrived in Tokyo on Monday. In a meeting with Diallo, Prime "
        "Minister Kenji Sato pledged new loans. King Carl Jensen's talks with Sato focused on "
        "trade.",
        "en",
    )
    assert met_between(rels, "Omar Diallo", "Kenji Sato")
    assert met_between(rels, "Carl Jensen", "Kenji Sato")
    assert not met_between(rels, "Omar Diallo", "Carl Jensen")


def test_secretaries_deputy_presidents_and_managing_directors():
    rels = relations_in(
        "Chilean Trade Secretary Rosa Fuentes arrived in Tokyo with Chile's Deputy President "
        "Mateo Rojas. Ana Berg, managing director of the International Monetary Fund, joined "
        "them. Secretary Paul Kerr stayed in Santiago.",
        "en",
    )
    assert ("Rosa Fuentes", "officialOf", "Chile") in rels
    assert ("Mateo Rojas", "officialOf", "Chile") in rels
    assert ("Ana Berg", "officialOf", "International Monetary Fund") in rels
    assert not any(s == "Paul Kerr" and p == "officialOf" for s, p, _ in rels)


def test_a_demonym_description_as_the_passive_subject():
    rels = relations_in(
        "Chilean President Mateo Rojas arrived in Tokyo on Monday. The Chilean leader was "
        "welcomed by Prime Minister Kenji Sato. The delegation was welcomed by Mayor Aiko Mori.",
        "en",
    )
    assert ("Mateo Rojas", "visited", "Tokyo") in rels  # control
    assert met_between(rels, "Mateo Rojas", "Kenji Sato")
    assert not met_between(rels, "Mateo Rojas", "Aiko Mori")


def test_leaving_one_place_for_another():
    rels = relations_in(
        "Chilean President Mateo Rojas left Santiago for Tokyo on Sunday. Rojas will not leave "
        "Tokyo for Seoul after all.",
        "en",
    )
    assert ("Mateo Rojas", "visited", "Tokyo") in rels
    assert ("Mateo Rojas", "visited", "Seoul") not in rels


def test_a_month_after_a_preposition_is_no_hedge():
    rels = relations_in(
        "Prime Minister Kenji Sato is set to visit Chile in May. President Mateo Rojas may "
        "visit Japan later.",
        "en",
    )
    assert ("Kenji Sato", "visited", "Chile") in rels
    assert ("Mateo Rojas", "visited", "Japan") not in rels


def test_a_relative_clause_and_its_main_clause_keep_their_own_hedges():
    rels = relations_in(
        "President Mateo Rojas, who visited Berlin last year, said Chile wanted more trade. "
        "President Ines Duarte, who wants peace, arrived in Oslo. President Jonas Lind, who "
        "arrived in Rome, may visit Milan. President Omar Diallo, who plans to visit Paris, "
        "met reporters.",
        "en",
    )
    assert ("Mateo Rojas", "visited", "Berlin") in rels
    assert ("Ines Duarte", "visited", "Oslo") in rels
    assert ("Jonas Lind", "visited", "Rome") in rels
    assert ("Jonas Lind", "visited", "Milan") not in rels
    assert ("Omar Diallo", "visited", "Paris") not in rels


def test_a_city_the_model_took_for_a_person_after_to():
    rels = relations_in(
        "President Mateo Rojas is scheduled to travel to Ho Chi Minh City on Saturday.", "en"
    )
    assert ("Mateo Rojas", "visited", "Ho Chi Minh City") in rels
    rels = relations_in("Ho Chi Minh City, Vietnam's largest city, hosted the forum.", "en")
    assert ("Ho Chi Minh City", "locatedIn", "Vietnam") in rels  # its full name: the city
    assert not any(
        s == "Ho Chi Minh City" or o == "Ho Chi Minh City" for s, p, o in rels if p == "met"
    )


def test_two_subjects_holding_talks_met_each_other():
    rels = relations_in(
        "President Mateo Rojas and President Ines Duarte held talks on trade in Lima. Rojas "
        "and his wife held a dinner for reporters.",
        "en",
    )
    assert met_between(rels, "Mateo Rojas", "Ines Duarte")
    assert ("Ines Duarte", "visited", "Lima") in rels


def test_a_ceremony_hosted_by_someone_and_a_spouse_greeted_too():
    rels = relations_in(
        "President Mateo Rojas and his wife Ana Rojas were greeted at the airport by Foreign "
        "Minister Ines Duarte. Rojas later attended a welcoming ceremony at the palace hosted "
        "by President Omar Diallo. He then attended a summit hosted by Peru.",
        "en",
    )
    assert met_between(rels, "Ines Duarte", "Mateo Rojas")  # control
    assert met_between(rels, "Ines Duarte", "Ana Rojas")
    assert met_between(rels, "Mateo Rojas", "Omar Diallo")


def test_stops_reaching_entering_and_heading_for():
    rels = relations_in(
        "President Mateo Rojas stopped over in Dubai on Sunday. Rojas reached Tokyo on Monday. "
        "He later entered Mongolia by road and headed for Beijing. Rojas called for a stop to "
        "the war in Ukraine and reached out to Japan for help.",
        "en",
    )
    for place in ("Dubai", "Tokyo", "Mongolia", "Beijing"):
        assert ("Mateo Rojas", "visited", place) in rels
    assert ("Mateo Rojas", "visited", "Ukraine") not in rels
    assert ("Mateo Rojas", "visited", "Japan") not in rels


def test_a_visit_by_a_titled_person_and_being_in_a_place_but_not_in_talks():
    rels = relations_in(
        "A visit by Chilean President Mateo Rojas to Japan ended on Friday. Rojas will be in "
        "Seoul until Wednesday. Rojas is in talks with Peru.",
        "en",
    )
    assert ("Mateo Rojas", "visited", "Japan") in rels
    assert ("Mateo Rojas", "visited", "Seoul") in rels
    assert ("Mateo Rojas", "visited", "Peru") not in rels


def test_returning_from_abroad_is_a_visit_returning_from_home_is_not():
    rels = relations_in(
        "Chilean President Mateo Rojas returned from Tokyo on Friday. Japanese Prime Minister "
        "Kenji Sato returned from Tokyo to Osaka on Saturday.",
        "en",
    )
    assert ("Mateo Rojas", "visited", "Tokyo") in rels
    assert ("Kenji Sato", "visited", "Tokyo") not in rels  # his own capital


def test_they_met_stands_for_the_pair_named_before():
    rels = relations_in(
        "The deal struck by Chancellor Hans Weber and President Mateo Rojas when they met in "
        "Lima last year still holds. King Carl Jensen said the plan met expectations.",
        "en",
    )
    assert met_between(rels, "Hans Weber", "Mateo Rojas")
    assert not any(p == "met" and "Carl Jensen" in (s, o) for s, p, o in rels)


def test_a_passive_welcome_with_a_long_place_before_by():
    rels = relations_in(
        "President Mateo Rojas was welcomed at Jorge Chavez International Airport by the "
        "protocol chief, Deputy Foreign Minister Ana Paredes. President Omar Diallo welcomed "
        "the proposal made last week by "
        "King Carl Jensen.",
        "en",
    )
    assert met_between(rels, "Mateo Rojas", "Ana Paredes")
    assert not met_between(rels, "Omar Diallo", "Carl Jensen")
