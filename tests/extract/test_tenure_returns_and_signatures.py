"""Stop 44's readings: tenure phrases before a title ("newly sworn-in"), returns (a visit
unless home), an audience ("menghadap"), signatories who put their names to a text,
flights and escapes to a place (not into exile)."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_a_tenure_phrase_keeps_the_title_read():
    rels = relations_in(
        "Peru's newly sworn-in trade minister, Maria Perez, arrived in Iquique on Monday. "
        "Tom Dallas, Chile's newly elected president, met her there.",
        "en",
    )
    assert ("Maria Perez", "officialOf", "Peru") in rels
    assert ("Tom Dallas", "officialOf", "Chile") in rels


def test_a_return_is_a_visit_unless_home():
    rels = relations_in(
        "Peruvian President Maria Perez returned to Lima from a short stay in Arequipa. "
        "Chilean Foreign Minister Tom Dallas returned to Lima on Tuesday for a second round "
        "of talks.",
        "en",
    )
    assert ("Maria Perez", "officialOf", "Peru") in rels  # control: her home is known
    assert ("Maria Perez", "visited", "Lima") not in rels  # back home
    assert ("Tom Dallas", "visited", "Lima") in rels  # an official of another country


def test_a_return_by_a_traveller_of_unknown_home_is_no_visit():
    rels = relations_in(
        "Karl Lindgren returned to Lima on Monday. Juan Perez flew to Lima on Tuesday.", "en"
    )
    assert ("Juan Perez", "visited", "Lima") in rels  # control: a trip is read
    assert ("Karl Lindgren", "visited", "Lima") not in rels  # may be coming home


def test_an_audience_is_a_meeting():
    rels = relations_in(
        "Gilang Permadi menghadap Raja Karl Lindgren di istana pada Senin. Kantor itu "
        "menghadap Jalan Merdeka.",
        "id",
    )
    assert met_between(rels, "Gilang Permadi", "Karl Lindgren")


def test_signatories_who_put_their_names_to_a_text_met():
    rels = relations_in(
        "Chilean President Tom Dallas and Peruvian President Karl Lindgren put their names to "
        "the accord in Lima on Monday.",
        "en",
    )
    assert met_between(rels, "Tom Dallas", "Karl Lindgren")


def test_flights_and_escapes_reach_a_place():
    rels = relations_in(
        "Juan Perez fled to Peru in 1990. Joost Verhoeven left the embassy before boarding a "
        "flight to Miami.",
        "en",
    )
    assert ("Juan Perez", "visited", "Peru") in rels
    assert ("Joost Verhoeven", "visited", "Miami") in rels
    rels = relations_in("Hendra Wibisono melarikan diri ke Malaysia pada 2019.", "id")
    assert ("Hendra Wibisono", "visited", "Malaysia") in rels


def test_an_escape_into_exile_is_residence_no_visit():
    rels = relations_in(
        "Juan Perez fled to Peru to spend twenty years in exile in Lima. Karl Lindgren "
        "fled to Chile in 1990.",
        "en",
    )
    assert ("Karl Lindgren", "visited", "Chile") in rels  # control
    assert ("Juan Perez", "visited", "Peru") not in rels
