"""An Indonesian verb joined by "dan" to an earlier one, with no subject of its own, shares
that verb's subject, not the name nearest before it (a companion set off by commas)."""

from __future__ import annotations

from tests.conftest import relations_in


def test_a_coordinated_passive_shares_the_first_verbs_subject():
    text = (
        "Presiden Peru Wulan Sasmita tiba di Bandung pada Kamis pagi lewat Bandara Husein "
        "bersama istrinya, Maria Perez, dan disambut Menteri Pariwisata Rizal Hakim."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "met", "Wulan Sasmita") in rels
    assert ("Maria Perez", "met", "Rizal Hakim") not in rels
    assert ("Wulan Sasmita", "visited", "Bandung") in rels  # control


def test_a_second_verb_with_its_own_subject_keeps_it():
    text = (
        "Presiden Peru Wulan Sasmita tiba di Bandung pada Kamis, dan Menteri Pertanian Chile "
        "Oscar Lindgren disambut Menteri Pariwisata Rizal Hakim di Medan."
    )
    rels = relations_in(text, "id")
    assert ("Oscar Lindgren", "met", "Rizal Hakim") in rels or (
        "Rizal Hakim",
        "met",
        "Oscar Lindgren",
    ) in rels
    assert ("Rizal Hakim", "met", "Wulan Sasmita") not in rels


def test_a_subject_with_a_name_apposed_leaves_the_second_verb_to_word_order():
    text = (
        "Presiden Chile Wulan Sasmita tiba di Lima pada Senin. Pendahulu Wulan, Oscar "
        "Lindgren, juga menyukai Peru dan terbang ke Lima pada 2016."
    )
    rels = relations_in(text, "id")
    assert ("Oscar Lindgren", "visited", "Lima") in rels
    assert ("Wulan Sasmita", "visited", "Lima") in rels  # control
