"""Borders as news states them: with a length between the verb and the neighbour, after a
relative pronoun, and as a noun with both sides named ("perbatasan A dan B", "the A-B border",
"A's border with B"). One side alone is no border.

Sentences written for the tests (no article's names or sentences); each test checks what must
be there beside what must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import borders_between, relations_in

pytestmark = pytest.mark.slow


def test_length_between_border_and_neighbour():
    rels = relations_in(
        "Finland shares a 1,340-kilometre border with Russia. Estonia, which shares a border "
        "of about 300 kilometres with Latvia, joined later.",
        "en",
    )
    assert borders_between(rels, "Finland", "Russia")
    assert borders_between(rels, "Estonia", "Latvia")


def test_length_between_border_and_neighbour_id():
    rels = relations_in(
        "Norwegia, yang berbagi perbatasan sepanjang 196 kilometer dengan Rusia, menutup jalurnya.",
        "id",
    )
    assert borders_between(rels, "Norway", "Russia")


def test_border_noun_with_both_sides():
    rels = relations_in(
        "The border between Peru and Ecuador was closed, and trucks queued at Mexico's border "
        "with the United States and along the Russia-Ukraine border.",
        "en",
    )
    assert borders_between(rels, "Peru", "Ecuador")
    assert borders_between(rels, "Mexico", "United States")
    assert borders_between(rels, "Russia", "Ukraine")


def test_border_noun_with_both_sides_id():
    rels = relations_in(
        "Bentrokan pecah di perbatasan antara Eritrea dan Etiopia, sementara pengungsi "
        "menumpuk di perbatasan Laos - Kamboja.",
        "id",
    )
    assert borders_between(rels, "Eritrea", "Ethiopia")
    assert borders_between(rels, "Cambodia", "Laos")


def test_one_side_of_a_border_is_no_border():
    rels = relations_in(
        "Pasukan Rusia berjaga di perbatasan Ukraina dan di Belarus. Polandia berbatasan "
        "dengan Jerman.",
        "id",
    )
    assert borders_between(rels, "Poland", "Germany")  # control
    assert not borders_between(rels, "Russia", "Ukraine")
    assert not borders_between(rels, "Ukraine", "Belarus")


def test_a_villages_neighbours_and_a_previous_object_are_no_border():
    rels = relations_in(
        "Bagian utara desa ini berbatasan langsung dengan Kabupaten Klaten, sebelah selatan "
        "berbatasan dengan Kabupaten Boyolali. Desa Sukamaju berbatasan dengan Desa Sukaraja. "
        "Kabupaten Klaten berbatasan dengan Kabupaten Sleman.",
        "id",
    )
    # regencies the gazetteer knows, by their canonical names
    assert borders_between(rels, "Klaten Regency", "Sleman Regency")  # control: two regions
    assert not borders_between(rels, "Klaten Regency", "Boyolali Regency")  # "desa ini"'s
    assert not any(p == "borders" and "Desa" in s + o for s, p, o in rels)
