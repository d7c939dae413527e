"""Who else a fronted place or a companion phrase puts somewhere: the persons coordinated
with the clause's subject after a fronted arrival or place ("Setibanya di P, A dan istrinya,
B, disambut Y"), a fronted site named by common words before its place ("At the airport in
P,"), and a spouse named as a companion in a sentence after the trip's ("Ia didampingi
istrinya, B"). Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_a_spouse_coordinated_after_a_fronted_arrival_arrived_too():
    rels = relations_in(
        "Presiden Indonesia Hendra Wibisono bertolak ke Peru pada Senin. Setibanya di Lima, "
        "Hendra dan istrinya, Wulan Sasmita, disambut Presiden Peru Juan Perez.",
        "id",
    )
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    assert ("Juan Perez", "visited", "Lima") not in rels  # the host, at home


def test_a_spouse_coordinated_after_a_fronted_place_was_there_too():
    rels = relations_in(
        "Chinese President Karl Dolin flew to Peru on Monday. In Lima, Dolin and his wife, "
        "Maria Perez, were received by President Juan Perez.",
        "en",
    )
    assert ("Maria Perez", "visited", "Lima") in rels
    assert ("Karl Dolin", "visited", "Lima") in rels  # control
    assert ("Juan Perez", "visited", "Lima") not in rels


def test_a_fronted_site_before_its_place_places_the_clause():
    rels = relations_in(
        "Chinese President Karl Dolin flew to Peru on Monday. At the airport in Lima, Dolin "
        "was received by President Juan Perez.",
        "en",
    )
    assert ("Karl Dolin", "visited", "Lima") in rels
    assert ("Juan Perez", "met", "Karl Dolin") in rels  # control


def test_a_fronted_indonesian_site_before_its_place_places_the_clause():
    rels = relations_in(
        "Presiden Indonesia Hendra Wibisono bertolak ke Peru pada Senin. Di bandara di Lima, "
        "Hendra disambut Presiden Peru Juan Perez.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "met", "Juan Perez") in rels  # control


def test_a_fronted_home_is_no_visit():
    rels = relations_in(
        "Di kediamannya di Lima, Hendra Wibisono menerima Menteri Luar Negeri Chile Karl "
        "Dolin.",
        "id",
    )
    assert ("Hendra Wibisono", "visited", "Lima") not in rels
    assert ("Hendra Wibisono", "met", "Karl Dolin") in rels  # control


def test_a_spouse_accompanying_a_traveller_shares_the_trip():
    rels = relations_in(
        "Presiden Indonesia Hendra Wibisono tiba di Lima pada Senin. Ia didampingi istrinya, "
        "Wulan Sasmita, dan Menteri Luar Negeri Rizal Hakim.",
        "id",
    )
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Hendra Wibisono", "visited", "Lima") in rels  # control
    # an official named as a companion may have joined at one stop only: below the gate
    assert ("Rizal Hakim", "visited", "Lima") not in rels


def test_a_host_named_by_a_family_name_written_first_is_matched():
    rels = relations_in(
        "Pemimpin Tokoria Kim Sung Dolin tiba di Lima pada Senin. Kim didampingi istrinya, "
        "Wulan Sasmita.",
        "id",
    )
    assert ("Wulan Sasmita", "visited", "Lima") in rels
    assert ("Kim Sung Dolin", "visited", "Lima") in rels  # control


def test_a_fronted_place_after_a_word_of_its_kind_places_the_clause():
    rels = relations_in(
        "Presiden Peru Juan Perez bertolak ke Brasil pada Senin. Di kota pantai Fortaleza, "
        "ia bertemu Presiden Rusia Karl Dolin.",
        "id",
    )
    assert ("Juan Perez", "visited", "Fortaleza") in rels
    assert ("Juan Perez", "met", "Karl Dolin") in rels  # control


def test_an_english_fronted_place_after_its_kind_places_the_clause():
    rels = relations_in(
        "Peruvian President Juan Perez flew to Brazil on Monday. In the coastal city of "
        "Fortaleza, he met Russian President Karl Dolin.",
        "en",
    )
    assert ("Juan Perez", "visited", "Fortaleza") in rels
    assert ("Juan Perez", "met", "Karl Dolin") in rels  # control
