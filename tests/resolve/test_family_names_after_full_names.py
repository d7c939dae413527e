"""Two family names that end a full name the text gave first are that person's short form
("Tirta Sasmita" after "Juan Tirta Sasmita"); a spouse's full name that ends with the other
spouse's name is not ("Karl Dolin" after "Maria Karl Dolin"). Each with a control in its
text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in


def test_family_names_after_the_full_name_are_its_short_form():
    labels = labels_in(
        "Chilean President Juan Tirta Sasmita met Peruvian President Tom Dallas in Lima on "
        "Monday. Tirta Sasmita said the talks were good.",
        "en",
    )
    assert {"Juan Tirta Sasmita", "Tom Dallas"} <= labels  # controls
    assert "Tirta Sasmita" not in labels


def test_the_same_in_indonesian():
    labels = labels_in(
        "Presiden Liberia Wulan Tirta Sasmita tiba di Lima. Tirta Sasmita bertemu Presiden "
        "Peru Juan Perez.",
        "id",
    )
    assert {"Wulan Tirta Sasmita", "Juan Perez"} <= labels
    assert "Tirta Sasmita" not in labels


def test_a_name_opening_with_a_first_name_is_its_own_person():
    labels = labels_in(
        "First lady Maria Karl Dolin arrived in Lima. President Karl Dolin met her there.", "en"
    )
    assert {"Maria Karl Dolin", "Karl Dolin"} <= labels


def test_a_name_titled_otherwise_is_its_own_person():
    labels = labels_in(
        "Ibu Negara Wulan Rizal Hakim tiba di Lima. Gubernur Rizal Hakim menyusul ke Lima.",
        "id",
    )
    assert {"Wulan Rizal Hakim", "Rizal Hakim"} <= labels


def test_a_name_given_before_the_longer_one_is_its_own_person():
    labels = labels_in(
        "Gubernur Tirta Sasmita tiba di Lima. Ibu Negara Wulan Tirta Sasmita menyusul.",
        "id",
    )
    assert {"Wulan Tirta Sasmita", "Tirta Sasmita"} <= labels
