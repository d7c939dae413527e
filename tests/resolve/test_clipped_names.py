"""A name word clipped to its start ("Hendra" of "Hendrawan Wibisono") names the one person
whose full name has such a word, named in full first; two such persons, or the clipped name
first, keep it apart."""

from __future__ import annotations

from tests.conftest import types_in


def _persons(text: str, lang: str = "id") -> set[str]:
    return {label for label, kinds in types_in(text, lang).items() if "Person" in kinds}


def test_a_clipped_name_is_the_full_name_before_it():
    persons = _persons(
        "Harga saham naik. Menteri Perdagangan Hendrawan Wibisono tiba di Lima. Kemudian "
        "Hendra bertemu Menteri Karl Lindgren. Menurut Karl, pertemuan berjalan baik."
    )
    assert "Hendra" not in persons
    assert {"Hendrawan Wibisono", "Karl Lindgren"} <= persons  # control


def test_a_clipped_name_two_full_names_share_stays_apart():
    persons = _persons(
        "Harga saham naik. Menteri Hendrawan Wibisono dan Duta Besar Hendraswara Lubis tiba di "
        "Lima. Kemudian Hendra bertemu Menteri Karl Lindgren."
    )
    assert "Hendra" in persons
    assert {"Hendrawan Wibisono", "Hendraswara Lubis"} <= persons  # control


def test_a_parent_s_name_inside_a_patronymic_is_the_parent():
    persons = _persons(
        "Harga saham naik. Presiden Wulan Hendrawanputri tiba di Lima. Ayahnya, presiden "
        "pertama Hendrawan, pernah melawat ke Lima pada 1965."
    )
    assert {"Wulan Hendrawanputri", "Hendrawan"} <= persons
