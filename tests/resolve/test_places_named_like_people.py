"""A place the model reads as a person where the document names it with its kind ("Gunung X",
"Kecamatan Y") is that place: one node, never a person."""

from __future__ import annotations

from tests.conftest import relations_in, types_in


def _persons(text: str, lang: str = "id") -> set[str]:
    return {label for label, kinds in types_in(text, lang).items() if "Person" in kinds}


TEXT = (
    "Harga saham naik. Gunung Tokoria di Kabupaten Garut kembali erupsi pada Sabtu. Abu dari "
    "Tokoria menutupi Kecamatan Kavoo. Warga Kavoo mengungsi. Gubernur Jawa "
    "Barat Hendra Wibisono meninjau Kavoo."
)


def test_a_place_named_with_its_kind_is_no_person():
    persons = _persons(TEXT)
    assert not {"Kavoo", "Kecamatan Kavoo", "Tokoria"} & persons
    assert "Hendra Wibisono" in persons  # control


def test_the_visit_goes_to_the_place_named_with_its_kind():
    rels = relations_in(TEXT, "id")
    assert ("Hendra Wibisono", "visited", "Kecamatan Kavoo") in rels
    assert ("Hendra Wibisono", "officialOf", "West Java") in rels  # control
