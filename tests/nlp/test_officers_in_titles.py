"""An officer's name glued by the model to the body of their title ("Direktur ... Kemlu X Y"
read as one organisation): the body and the officer both stay. Without the officer, the
sentence's verb went to a person of the sentence before."""

from __future__ import annotations

from tests.conftest import relations_in, span_labels_in


def test_an_officer_glued_to_a_known_body_in_a_title_is_a_person():
    text = (
        "Direktur Pelindungan WNI Kemlu Rizal Hakim mengatakan tidak ada korban. "
        "Direktur Perlindungan WNI Kemlu Tirta Lubis tiba di Sibu pada Senin."
    )
    spans = span_labels_in(text, "id")
    assert spans.get("Rizal Hakim") == "Person"  # control: the model reads this one apart
    assert spans.get("Tirta Lubis") == "Person"
    assert spans.get("Kemlu") == "Organization"
    rels = relations_in(text, "id")
    assert ("Tirta Lubis", "visited", "Sibu") in rels
    assert ("Rizal Hakim", "visited", "Sibu") not in rels  # the traveller is named


def test_an_officer_glued_to_an_unknown_acronym_in_a_title_is_a_person():
    spans = span_labels_in("Kepala Misi AMX Joost Verhoeven tiba di Sibu.", "id")
    assert spans.get("Joost Verhoeven") == "Person"  # the model reads "AMX Joost Verhoeven"
    assert spans.get("AMX") == "Organization"


def test_a_bodys_own_words_after_its_name_stay_the_bodys():
    # "Jawa Timur" is a place, "Angkatan Darat" institution words: no officer there
    spans = span_labels_in(
        "Ketua PSSI Jawa Timur Rizal Hakim tiba di Sibu. Komandan TNI Angkatan Darat ikut hadir.",
        "id",
    )
    assert "Jawa Timur" not in spans or spans["Jawa Timur"] != "Person"
    assert spans.get("Angkatan Darat") != "Person"
    assert spans.get("Rizal Hakim") == "Person"  # control


def test_a_company_after_its_legal_form_keeps_its_name_words():
    spans = span_labels_in(
        "Direktur PT Blue Ocean Foods Wulan Sasmita divonis empat tahun penjara.", "id"
    )
    assert spans.get("Wulan Sasmita") == "Person"  # control
    assert spans.get("PT Blue Ocean Foods") == "Organization"
    assert "Blue Ocean Foods" not in spans
    spans = span_labels_in(
        "Direktur PT Sinar Permai mengatakan perusahaan itu tidak bersalah.", "id"
    )
    assert spans.get("PT Sinar Permai") == "Organization"  # "PT": a legal form, no acronym
    assert "Sinar Permai" not in spans


def test_english_names_the_body_after_the_title_not_before_the_holder():
    spans = span_labels_in(
        "Tom Dallas, executive director of the UNDP Crisis Response Programme, said so.", "en"
    )
    assert spans.get("Tom Dallas") == "Person"  # control
    assert "Crisis Response Programme" not in spans
