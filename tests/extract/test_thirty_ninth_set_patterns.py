"""Readings the thirty-ninth dev set and the dev2-38 error lists showed wrong or missing, each
pinned on sentences written for the test, with a control in the same text: an event told as
another occasion ("the previous summit in P") is not the one attended; an event the text names
but places nowhere is where a wire story's dateline is (not for an envoy, nor "a summit", a new
one); a city the gazetteer knows, followed by "in" and its own country, is the city; a country's
name after a noun of place and a demonstrative ("ibu kota Chile itu") describes no person; a
border clause on the kind noun before a region ("P adalah negara di kawasan R yang berbatasan
dengan Q") is the country's; a place referred to ("in a veiled reference to P") is not where
the speaker was; an arrival after a passive welcome is the guest's; a time phrase before the
subject ("Bulan lalu Menteri X terbang ...") leaves it the subject; an unread name before its
apposition of kind ("Tirtamulya, ibu kota Kabupaten Garut") is a place; a trip named as a
noun goes where it says past its length ("melakukan lawatan resmi selama empat hari di P"); a
bare royal title ("Ratu") stands for the monarch whose name keeps it ("Ratu Wulan"); and a
company before a capitalised company title ("Brightmart Chief Executive X") is its holder's.
"""

from __future__ import annotations

import pytest

from tests.conftest import met_between, relations_in, span_labels_in

pytestmark = pytest.mark.slow


def test_a_previous_summit_is_not_the_one_attended():
    rels = relations_in(
        "The leaders met on Friday at the bloc's summit. Juan Perez, who skipped the previous "
        "summit in Cusco in July, landed in Quito on Friday. Bolivian President Karl Dolin also "
        "attended the summit.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Cusco") not in rels
    assert ("Juan Perez", "visited", "Quito") in rels  # control
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels  # control


def test_a_next_summit_is_not_the_one_attended_in_indonesian():
    rels = relations_in(
        "Para pemimpin bertemu pada Jumat. KTT berikutnya di Cusco digelar tahun depan. "
        "Presiden Bolivia Karl Dolin juga hadir.",
        "id",
    )
    assert ("Karl Dolin", "visited", "Cusco") not in rels
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels  # control


def test_a_summit_placed_nowhere_is_where_the_dateline_is():
    rels = relations_in(
        "QUITO, Dec 6 (AFP) - The leaders of the bloc met on Friday at their summit. The host "
        "read a statement at the summit. Bolivian President Karl Dolin also attended the "
        "summit.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Quito") in rels
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels  # control


def test_attending_with_no_event_named_takes_no_dateline():
    rels = relations_in(
        "QUITO, Dec 6 (AFP) - Prices rose on Friday. Bolivian President Karl Dolin also attended.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Quito") not in rels
    assert ("Karl Dolin", "officialOf", "Bolivia") in rels  # control


def test_a_city_followed_by_its_own_country_is_the_city():
    spans = span_labels_in(
        "Factories said on Monday that orders fell. Gilang Permadi said Sialkot in Pakistan's "
        "Punjab province makes most of the balls. Rizal Hakim in Pakistan said nothing.",
        "en",
    )
    assert spans.get("Sialkot") == "City"
    assert spans.get("Rizal Hakim") == "Person"  # control: no city the gazetteer knows


def test_a_new_event_is_not_placed_by_the_dateline():
    rels = relations_in(
        "QUITO, Dec 6 (AFP) - The leaders of the bloc met on Friday at their summit. Peruvian "
        "President Juan Perez said he once attended a summit with Karl Dolin. Bolivian President "
        "Karl Dolin also attended the summit.",
        "en",
    )
    assert ("Juan Perez", "visited", "Quito") not in rels  # "a summit": another one
    assert ("Karl Dolin", "visited", "Quito") in rels  # control


def test_an_envoy_present_is_not_placed_by_the_dateline():
    rels = relations_in(
        "QUITO (ANTARA) - Para pemimpin bertemu pada Jumat dalam KTT. Duta Besar Inggris "
        "untuk Chile Oscar Dolin turut hadir. Presiden Bolivia Karl Dolin juga hadir.",
        "id",
    )
    assert ("Oscar Dolin", "visited", "Quito") not in rels  # he attends where he is posted
    assert ("Karl Dolin", "visited", "Quito") in rels  # control


def test_a_country_named_with_a_demonstrative_is_no_person_described():
    rels = relations_in(
        "Forum dibuka Senin. Forum diketuai Menteri Pariwisata Chile Juan Perez. Delegasi "
        "Indonesia diketuai Deputi Menteri Rizal Hakim. Setiba di ibu kota Chile itu, delegasi "
        "disambut Konsul Jenderal Gilang Permadi.",
        "id",
    )
    assert ("Gilang Permadi", "met", "Juan Perez") not in rels
    assert ("Juan Perez", "met", "Gilang Permadi") not in rels
    assert ("Gilang Permadi", "met", "Rizal Hakim") in rels  # control


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Forum dibuka Senin. Peru adalah negara pesisir di kawasan Amerika Latin yang "
            "berbatasan dengan Chile dan Bolivia.",
            "id",
        ),
        (
            "The talks opened on Monday. Peru is a coastal country in Latin America that borders "
            "Chile and Bolivia.",
            "en",
        ),
    ],
)
def test_a_clause_on_the_kind_noun_before_a_region_is_the_countrys(text, lang):
    rels = relations_in(text, lang)
    assert not any("Latin America" in (s, o) for s, _, o in rels)
    assert ("Chile", "borders", "Peru") in rels or ("Peru", "borders", "Chile") in rels


def test_a_place_referred_to_is_not_where_the_speaker_was():
    rels = relations_in(
        'The talks ended on Friday. "Nobody has to pick a side," Juan Perez said, in a veiled '
        "reference to Lima and Quito. Karl Dolin told reporters in Cusco he agreed.",
        "en",
    )
    assert not any(s == "Juan Perez" and p == "visited" for s, p, _ in rels)
    assert ("Karl Dolin", "visited", "Cusco") in rels  # control


def test_an_arrival_after_a_passive_welcome_is_the_guests():
    rels = relations_in(
        "Juan Perez flew out on Tuesday. Perez, accompanied by first lady Maria Perez, was "
        "greeted by Peruvian President Karl Dolin and first Vice President Tirta Dolin after "
        "arriving in the Cusco region.",
        "en",
    )
    assert ("Tirta Dolin", "visited", "Cusco") not in rels
    assert ("Juan Perez", "visited", "Cusco") in rels  # control


def test_a_time_phrase_before_the_subject_leaves_it_the_subject():
    rels = relations_in(
        "Kalla bicara pada Senin. Bulan lalu Menteri Perdagangan Rizal Hakim terbang ke Lima "
        "dan Quito. Presiden Peru menerima Menteri Luar Negeri Chile Oscar Dolin, lalu terbang "
        "ke Cusco.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Lima") in rels
    assert ("Rizal Hakim", "visited", "Quito") in rels
    assert ("Oscar Dolin", "visited", "Cusco") not in rels  # control: a received object


def test_an_unread_name_before_its_apposition_of_kind_is_a_place():
    rels = relations_in(
        "Insiden terjadi Jumat. Kapolda Jawa Barat Rizal Hakim meninjau Tirtamulya, ibu kota "
        "Kabupaten Garut, Sabtu. Namun, kota kecil itu tetap sepi.",
        "id",
    )
    assert ("Rizal Hakim", "visited", "Tirtamulya") in rels
    assert ("Rizal Hakim", "visited", "Garut Regency") in rels
    assert not any(o == "Namun" or s == "Namun" for s, _, o in rels)  # a sentence's first word


def test_a_trip_named_as_a_noun_with_its_length_goes_where_it_says():
    rels = relations_in(
        "Kabar datang dari istana. Presiden Peru Juan Perez melakukan lawatan resmi selama "
        "empat hari di Chile. Presiden Bolivia Karl Dolin membatalkan kunjungan selama dua "
        "hari ke Chile.",
        "id",
    )
    assert ("Juan Perez", "visited", "Chile") in rels
    assert ("Karl Dolin", "visited", "Chile") not in rels  # control: a trip called off


def test_a_bare_royal_title_stands_for_the_monarch_named_with_it():
    rels = relations_in(
        "Kabar datang dari istana. Ratu Wulan mendarat di Jakarta Senin. Ratu, bersama sang "
        "suami Pangeran Tirta, disambut Presiden Rizal Hakim di Istana Merdeka, Bogor.",
        "id",
    )
    assert met_between(rels, "Ratu Wulan", "Rizal Hakim")
    assert ("Ratu Wulan", "visited", "Bogor") in rels
    assert ("Ratu Wulan", "visited", "Jakarta") in rels  # control


def test_a_company_before_a_capitalised_company_title_is_the_holders_body():
    rels = relations_in(
        "The minister flew to Lima on Monday. Brightmart Chief Executive Tom Hakim said the deal "
        "was good. Chairman Gilang Permadi was absent.",
        "en",
    )
    assert ("Tom Hakim", "officialOf", "Brightmart") in rels
    assert not any(s == "Gilang Permadi" and p == "officialOf" for s, p, _ in rels)  # control
