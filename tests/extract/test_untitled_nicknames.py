"""A one-word nickname after "atau" names the untitled person right before it ("posisi itu
lowong sejak Gilang Permadi atau Gepe, bekas bendahara ..."), as after a titled one; a choice
between two persons ("memilih A atau B") joins nothing. Each with a control in its text. All
sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in, types_in


def test_a_one_word_nickname_after_atau_is_the_persons():
    labels = labels_in(
        "Wulan Sasmita kini memegang kas organisasi. Posisi itu lowong sejak Gilang Permadi "
        "atau Gepe, bekas bendahara yayasan, mundur pada Juni. Gepe kini tinggal di Bandung.",
        "id",
    )
    assert "Gilang Permadi" in labels  # control
    assert "Gepe" not in labels  # an alias of Gilang Permadi, not a node of its own


def test_a_choice_between_two_persons_joins_nothing():
    labels = labels_in(
        "Rapat partai itu akan memilih Gilang Permadi atau Wibisono sebagai ketua umum. "
        "Wibisono kemudian tiba di Bandung.",
        "id",
    )
    assert "Gilang Permadi" in labels
    assert "Wibisono" in labels


def test_a_nickname_the_gazetteer_knows_as_a_towns_other_name_is_the_persons():
    # "Daka" is one of a city's other names in the gazetteer; after "atau" it is a nickname
    text = (
        "Keponakan Gilang Permadi, Rizal Wibisono Hakim atau Daka, mengelola koperasi desa. "
        "Daka tiba di Bandung pada Senin."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Wibisono Hakim", "visited", "Bandung") in rels  # the nickname's visit
    types = types_in(text, "id")
    assert types["Rizal Wibisono Hakim"] == {"Person"}
    assert "Dhaka" not in types  # no town abroad
