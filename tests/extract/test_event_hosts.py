"""An event named after its city ("KTT Lima", "the Lima summit"): the city is an entity of its
own, not a part of the event's name, and a place, not its government, so those present at
the event visited the city. Each with a control in its text. All sentences are invented for
the test."""

from __future__ import annotations

from tests.conftest import relations_in, span_labels_in


def test_an_event_named_after_its_city_names_the_city():
    spans = span_labels_in("KTT Lima juga dihadiri Presiden Peru Juan Perez.", "id")
    assert spans.get("Lima") == "City"
    assert "KTT Lima" not in spans
    assert spans.get("Juan Perez") == "Person"  # control


def test_an_event_named_after_a_body_still_names_the_body():
    spans = span_labels_in("Konferensi OKI dibuka di Lima pada Senin.", "id")
    assert spans.get("OKI") == "Organization"
    assert spans.get("Lima") == "City"  # control


def test_those_at_an_event_named_after_its_city_visited_the_city():
    rels = relations_in(
        "Presiden Peru Juan Perez membuka KTT Lima pada Senin. KTT Lima juga dihadiri "
        "Perdana Menteri Chile Karl Dolin.",
        "id",
    )
    assert ("Karl Dolin", "visited", "Lima") in rels
    assert ("Karl Dolin", "visited", "Peru") not in rels  # the city, not its government
    assert ("Juan Perez", "officialOf", "Peru") in rels  # control


def test_the_city_before_an_english_event_noun_is_a_place():
    rels = relations_in(
        "The Lima summit was also attended by Chilean Prime Minister Karl Dolin.", "en"
    )
    assert ("Karl Dolin", "visited", "Lima") in rels
    assert ("Karl Dolin", "visited", "Peru") not in rels
