"""A maker's name after the thing it makes, regions whose names are nobody's, and territories
that news names as cities.

Sentences written for these tests; they run the real pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import span_labels_in, types_in

pytestmark = pytest.mark.slow


def test_a_name_after_a_vehicle_or_service_noun_is_its_maker():
    labels = span_labels_in(
        "Malam itu pesawat Kavoo yang membawanya lepas landas dari Lima. Ia ditemani Tirta Lubis.",
        "id",
    )
    assert labels.get("Kavoo") == "Organization"
    assert labels.get("Tirta Lubis") == "Person"  # control: a person named in the same text


def test_an_unknown_place_right_after_a_company_noun_is_the_company():
    labels = span_labels_in("Kepemilikan saham Tokoria kini dipegang Brightmart.", "id")
    assert labels.get("Tokoria") == "Organization"
    # control: a name the same text writes after "di" is a place's
    labels = span_labels_in(
        "Ia lahir di Tokoria. Kepemilikan saham Tokoria kini dipegang Brightmart.", "id"
    )
    assert labels.get("Tokoria") in ("Place", "City")


def test_a_curated_region_read_as_a_person_is_the_region():
    labels = span_labels_in("Rizal Hakim said fires burned on Sumatra and Borneo for a week.", "en")
    assert labels.get("Borneo") == "Region"
    assert labels.get("Rizal Hakim") == "Person"  # control


def test_a_list_of_places_still_types_an_unknown_item_a_place():
    labels = span_labels_in(
        "Banjir melanda Bandung, Bekasi, Kandarpur, dan Bogor pekan lalu.", "id"
    )
    assert labels.get("Kandarpur") in ("Place", "City", "Region")


def test_special_administrative_regions_are_cities():
    found = types_in(
        "The chief executive flew to Hong Kong on Monday. Rizal Hakim visited Macau. "
        "Karl Lindgren visited Peru.",
        "en",
    )
    assert "City" in found.get("Hong Kong", set())
    assert "City" in found.get("Macau", set())
    assert "Country" in found.get("Peru", set())  # control: a state stays a country


def test_the_new_indonesian_capital_is_a_city():
    found = types_in("Presiden meninjau pembangunan Ibu Kota Nusantara di Kalimantan Timur.", "id")
    assert "City" in found.get("Nusantara", set())
    assert "Region" in found.get("East Kalimantan", set())  # control
