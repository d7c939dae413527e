"""An English honorific before a name ("Madam X", as Singapore and Malaysia write it) is no
part of the name, and a province's former official name and its abbreviation ("Nanggroe Aceh
Darussalam", "NAD") name the province. Each with a control in its text. All sentences are
invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in, types_in


def test_madam_is_an_honorific_not_part_of_the_name():
    rels = relations_in(
        "Peruvian President Juan Perez met Madam Wulan Sasmita in Lima on Monday. Madam Wulan "
        "later flew to Quito.",
        "en",
    )
    assert ("Juan Perez", "met", "Wulan Sasmita") in rels
    assert ("Wulan Sasmita", "visited", "Quito") in rels  # the short form is the same person
    assert ("Juan Perez", "officialOf", "Peru") in rels  # control


def test_a_former_province_name_and_its_abbreviation_name_the_province():
    types = types_in("Gubernur NAD Rizal Hakim tiba di Banda Aceh pada Senin.", "id")
    assert "Region" in types.get("Aceh", set())
    assert "NAD" not in types
    assert "Person" in types.get("Rizal Hakim", set())  # control


def test_the_long_form_of_the_province_name_is_linked_too():
    labels = labels_in(
        "Banjir melanda Provinsi Nanggroe Aceh Darussalam dan Sumatera Utara pekan lalu.", "id"
    )
    assert "Aceh" in labels
    assert "Nanggroe Aceh Darussalam" not in labels
    assert "North Sumatra" in labels  # control


def test_the_province_prefix_alone_is_the_place_the_document_names_with_it():
    # "DKI Jakarta" joins the bare "Jakarta" of the dateline; "DKI" alone is the same place.
    labels = labels_in(
        "JAKARTA, KOMPAS.com - Taman kota di Jakarta Barat diresmikan Gubernur DKI Jakarta "
        "Rizal Hakim, Senin. Menurut Rizal, anggaran DKI untuk taman naik tahun ini. Ia kemudian "
        "mengunjungi Bandung.",
        "id",
    )
    assert "Jakarta" in labels and "Bandung" in labels  # control
    assert "Special Capital Region of Jakarta" not in labels


def test_the_province_prefix_alone_stays_the_province_without_its_place():
    labels = labels_in("Menurut Rizal Hakim, DKI sudah menyiapkan 200 pompa air di Bandung.", "id")
    assert "Special Capital Region of Jakarta" in labels
    assert "Bandung" in labels  # control
