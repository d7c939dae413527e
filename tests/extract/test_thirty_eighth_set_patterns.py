"""Readings the thirty-eighth dev set showed wrong or missing, each pinned on sentences
written for the test (no article's names or sentences), with a control in the same text:
a noun that looks like a trip verb ("buying land in P"), a talks' topic after the place
gone to, a body that only describes the visitor ("a visit by an ASEAN envoy"), a country's
name opening a regional official's name, telling that is no meeting when another verb
stands between, dams and terminals as facilities, an English body's name after a title,
the capital a "where" clause hangs on, a fronted place closed after a time phrase with no
preposition or named as "the Peruvian capital Lima", a delegation word some sentences after
its party, a bare title with a companion, flying in for an event under a dateline, and an
envoy set off after the list of countries he is sent to; and a US state's wire abbreviation
("Fla.") as the state.
"""

from __future__ import annotations

import pytest

from tests.conftest import labels_in, met_between, relations_in

pytestmark = pytest.mark.slow


def test_land_as_a_noun_is_no_landing():
    rels = relations_in(
        "Karl Dolin has talked of buying land in Peru to resettle islanders. Oscar Dolin landed "
        "in Quito on Tuesday.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Peru") not in rels
    assert ("Oscar Dolin", "visited", "Quito") in rels  # control


def test_the_topic_of_talks_is_not_where_the_trip_went():
    rels = relations_in(
        "Karl Dolin was met at Tokoria International Airport by Juan Perez, 64, and then went to "
        "Kavoo Palace for talks on Chile, Peru's copper sales and the war on smuggling.",
        "en",
    )
    assert not any(s == "Karl Dolin" and p == "visited" for s, p, _ in rels)
    assert met_between(rels, "Karl Dolin", "Juan Perez")  # control


def test_a_body_describing_the_visitor_does_not_travel():
    rels = relations_in(
        "UN Secretary-General Karl Dolin toured a camp for displaced families, during a rare "
        "visit by a UN envoy to Peru. A visit by a UN delegation to Quito followed in May.",
        "en",
    )
    assert ("United Nations", "visited", "Peru") not in rels
    assert ("United Nations", "visited", "Quito") in rels  # control: a delegation travels


def test_a_countrys_name_after_a_regional_offices_place_opens_the_holders_name():
    labels = labels_in(
        "Di Garut, Hendra Wibisono didampingi Gubernur Jawa Barat Rizal Hakim dan Bupati "
        "Tasikmalaya Bahrain Wibisono.",
        "id",
    )
    assert "Bahrain Wibisono" in labels
    assert "Bahrain" not in labels
    assert "Rizal Hakim" in labels  # control
    rels = relations_in("Gubernur New Mexico AS Gilang Permadi tiba di Lima.", "id")
    assert ("Gilang Permadi", "officialOf", "New Mexico") in rels  # the seat's own country


def test_telling_with_another_verb_before_the_recipient_is_no_meeting():
    rels = relations_in(
        "Hendra Wibisono mengatakan surat resmi sudah dikirimkan kepada Perdana Menteri Peru "
        "Rizal Hakim. Gilang Permadi menyerahkan cendera mata kepada Presiden Chile Juan Perez.",
        "id",
    )
    assert not met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert met_between(rels, "Gilang Permadi", "Juan Perez")  # control


def test_a_dam_and_a_terminal_are_facilities_not_agents():
    rels = relations_in(
        "Presiden Hendra Wibisono meresmikan Bendungan Tirta Gete di Desa Tirtamulya, "
        "Kabupaten Garut, Selasa. Ia juga meninjau Terminal Tanah Merah di Bandung.",
        "id",
    )
    labels = labels_in(
        "Presiden Hendra Wibisono meresmikan Bendungan Tirta Gete di Desa Tirtamulya, "
        "Kabupaten Garut, Selasa.",
        "id",
    )
    assert not labels & {"Bendungan Tirta Gete", "Tirta Gete"}
    assert not any(s.startswith(("Bendungan", "Terminal")) for s, _, _ in rels)
    assert ("Hendra Wibisono", "visited", "Garut Regency") in rels  # control


def test_an_english_bodys_name_after_a_title_is_no_person():
    rels = relations_in(
        "Hendra Wibisono dijadwalkan menghadiri pertemuan pemimpin Afrika Blue Carbon "
        "Community sebelum kembali ke Jakarta. Presiden Peru Juan Perez hadir.",
        "id",
    )
    assert not any(s == "Blue Carbon Community" for s, _, _ in rels)
    assert ("Juan Perez", "officialOf", "Peru") in rels  # control


def test_a_where_clause_after_a_capital_described_is_the_citys():
    for lang, text in (
        (
            "en",
            "Karl Dolin reached Quito from Lima, capital of Peru, where a day earlier he had "
            "talks with Prime Minister Juan Perez.",
        ),
        (
            "id",
            "Karl Dolin tiba di Quito dari Lima, ibu kota Peru, tempat sehari sebelumnya ia "
            "berunding dengan Perdana Menteri Juan Perez.",
        ),
    ):
        rels = relations_in(text, lang)
        assert ("Karl Dolin", "visited", "Lima") in rels
        assert ("Karl Dolin", "visited", "Quito") in rels  # control


def test_a_fronted_place_closed_after_a_time_phrase_without_preposition():
    en = relations_in(
        "Chinese Foreign Minister Karl Dolin began a tour of South America on Monday. In Lima "
        "the next day, Peruvian President Juan Perez received Dolin at the palace.",
        "en",
    )
    id_ = relations_in(
        "Menteri Luar Negeri China Karl Dolin memulai lawatan ke Amerika Latin, Senin. Di Lima "
        "keesokan harinya, Presiden Peru Juan Perez menerima Dolin di istana.",
        "id",
    )
    for rels in (en, id_):
        assert ("Karl Dolin", "visited", "Lima") in rels
        assert met_between(rels, "Karl Dolin", "Juan Perez")  # control


def test_a_fronted_capital_named_by_its_countrys_adjective_and_its_name():
    rels = relations_in(
        "In the Peruvian capital Lima, Karl Dolin will meet President Juan Perez on Saturday.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Lima") in rels
    assert met_between(rels, "Karl Dolin", "Juan Perez")  # control


def test_a_delegation_word_reaches_back_over_sentences_without_a_person():
    rels = relations_in(
        "Presiden Hendra Wibisono bertolak ke Medan, Senin. Setibanya di Medan, rombongan "
        "langsung menuju katedral. Rombongan disambut Gubernur Sumatera Utara Rizal Hakim.",
        "id",
    )
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Hendra Wibisono", "visited", "Medan") in rels  # control


def test_a_bare_title_with_a_companion_is_the_one_accompanied():
    rels = relations_in(
        "Presiden Hendra Wibisono meresmikan bendungan di Garut. Presiden bersama Ibu Wulan "
        "tiba di Majalengka pagi hari.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Majalengka Regency") in rels
    assert ("Wulan", "visited", "Majalengka Regency") in rels  # control


def test_flying_in_for_an_event_is_arriving_where_the_dateline_is():
    rels = relations_in(
        "LIMA (Reuters) - Peru beat Chile on penalties on Friday. Bolivian President Juan Perez, "
        "who had flown in for the game, hugged the players. Chilean President Oscar Dolin, who "
        "flew in for talks in Cusco, stayed away.",
        "en",
    )
    assert ("Juan Perez", "visited", "Lima") in rels
    assert ("Oscar Dolin", "visited", "Lima") not in rels  # flown in to talks elsewhere
    assert ("Oscar Dolin", "officialOf", "Chile") in rels  # control


def test_an_envoy_set_off_after_the_list_of_countries_he_is_sent_to():
    rels = relations_in(
        "Pameran dibuka Senin. Duta Besar Indonesia untuk Kolombia, Ekuador, Panama dan Kosta "
        "Rika, Rizal Hakim, menyebut pameran ini penting. Rizal, yang berkantor di Bogota, hadir.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Indonesia") in rels
    assert not any(s == "Rizal Hakim" and o in ("Panama", "Ecuador") for s, _, o in rels)


def test_a_us_states_wire_abbreviation_is_the_state():
    labels = labels_in(
        "PALM BEACH, Fla. (AP) - Peruvian President Juan Perez reached Florida late on "
        "Thursday and later went on to Sacramento, Calif. On Sunday he attended Mass.",
        "en",
    )
    assert {"Florida", "California"} <= labels
    assert not labels & {"Fla.", "Calif.", "Massachusetts"}  # a word at a sentence end stays one
    assert "Juan Perez" in labels  # control
