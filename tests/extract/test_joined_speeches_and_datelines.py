"""Where people were and whom they met, told in ways the rules had missed: "was joined in P
by Y" (both were in P), "a visit to P by <demonym> President X", a traveller who sails
"bersama rombongan <body>" (the traveller, not the body's delegation alone, is the clause's
subject), the leader of a delegation named after the body, a named subject joined by an
unnamed group ("A dan para menteri menemui Y"), a speech given in a place, a dateline whose
town the gazetteer lacks but whose country it knows; and office titles: "BNPB head X", police
ranks in English. Each with a control in its text."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def test_joined_in_a_place_by_others():
    rels = relations_in(
        "Prime Minister Tom Dallas of Peru was joined in Quito by two former ministers, Karl "
        "Lindgren and Juan Perez.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Karl Lindgren", "visited", "Quito") in rels
    assert ("Juan Perez", "visited", "Quito") in rels


def test_a_visit_to_a_place_by_a_titled_visitor():
    rels = relations_in(
        "The deal follows a state visit to Quito last month by Peruvian President Tom Dallas, "
        "who held talks with Karl Lindgren. A visit to Lima by the delegation was postponed.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels
    assert ("Tom Dallas", "visited", "Lima") not in rels


def test_a_traveller_with_a_bodys_delegation_and_a_delegations_leader():
    rels = relations_in(
        "Wakil Bupati Garut Hendra Wibisono ikut terbang bersama rombongan Pemkab Garut menuju "
        "Kuala Lumpur, Malaysia. Rombongan Komisi C DPRD Bali yang dipimpin Rizal Hakim "
        "mengadakan kunjungan kerja ke Manado, Kamis.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Kuala Lumpur") in rels
    assert ("Rizal Hakim", "visited", "Manado") in rels
    assert ("Hendra Wibisono", "visited", "Manado") not in rels


def test_a_speech_given_in_a_place():
    en = relations_in(
        "Tom Dallas gave a speech in Quito on Monday. Juan Perez gave a speech on Lima's "
        "economy in Santiago.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Quito") in en
    assert ("Juan Perez", "visited", "Santiago") in en
    assert ("Juan Perez", "visited", "Lima") not in en
    id_ = relations_in(
        "Mantan presiden Peru itu, Tom Dallas, dijadwalkan berbicara di depan parlemen Ekuador "
        "di Quito pekan ini. Juan Perez berbicara di telepon dari Lima.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Quito") in id_
    assert ("Juan Perez", "visited", "Lima") not in id_


def test_a_dateline_town_the_gazetteer_lacks_still_names_its_country():
    rels = relations_in(
        "KAVOO, Uganda (AFP) - Peru's Foreign Minister Tom Dallas was received by Ugandan "
        "President Juan Perez on Tuesday.\nPerez said the talks went well.",
        "en",
    )
    assert ("Tom Dallas", "visited", "Uganda") in rels
    assert ("Juan Perez", "visited", "Uganda") not in rels


def test_a_bodys_head_and_police_ranks_in_english():
    text = (
        "BNPB head Lt. Gen. Rizal Hakim arrived in Padang on Saturday. The talks were joined "
        "by Adjunct Senior Commissioner Hendra Wibisono of the Garut police."
    )
    rels = relations_in(text, "en")
    types = types_in(text, "en")
    assert ("Rizal Hakim", "officialOf", "National Disaster Management Agency") in rels
    assert types.get("Hendra Wibisono") == {"Person"}
    assert "Adjunct Senior" not in types


def test_a_named_subject_joined_by_an_unnamed_group():
    rels = relations_in(
        "Pagi itu, Tom Dallas dan para menteri menemui Raja Juan Perez di istana. "
        "Rizal Hakim meninjau lokasi di Garut dan para korban tiba di Bandung.",
        "id",
    )
    met = {("Tom Dallas", "met", "Juan Perez"), ("Juan Perez", "met", "Tom Dallas")}
    assert met & rels
    assert ("Rizal Hakim", "visited", "Bandung") not in rels  # another clause's group
    # a comma before "whose" is no "dan": whose government hosted the talks is no group
    en = relations_in(
        "The guests included Peruvian President Karl Lindgren and Cuban President Juan Perez, "
        "whose government hosted talks in Havana.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Havana") not in en
