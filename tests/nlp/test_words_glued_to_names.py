"""Words the models glue to a person's name: a country or common words before it, a place and
its title read as a person, a company before its officer after a company title, an officer
after the body of their title. Each case names a second person the same way in its text,
or a control that must stay whole, so that an empty reading cannot pass."""

from __future__ import annotations

from tests.conftest import met_between, relations_in, span_labels_in


def test_a_country_before_a_players_name_is_the_country():
    spans = span_labels_in(
        "Di final tunggal putra, pemain China Li Wei Ming mengalahkan pemain Denmark "
        "Oscar Lindgren.",
        "id",
    )
    assert spans.get("Li Wei Ming") == "Person"
    assert spans.get("Oscar Lindgren") == "Person"
    assert spans.get("China") == "Country"
    assert spans.get("Denmark") == "Country"


def test_a_countrys_code_in_title_case_opens_a_name():
    # "RI" is Indonesia's; "Ri" opening a Korean name is no country
    spans = span_labels_in("Menteri Pertahanan Korea Utara Ri Song Gil tiba di Lima.", "id")
    assert spans.get("Ri Song Gil") == "Person"
    assert spans.get("Korea Utara") == "Country"  # control


def test_common_words_of_a_title_are_no_name_words():
    text = "Menteri Perubahan Cuaca Maria Perez tiba di Lima untuk membahas perubahan cuaca."
    spans = span_labels_in(text, "id")
    assert spans.get("Maria Perez") == "Person"
    assert "Perubahan Cuaca Maria Perez" not in spans
    assert ("Maria Perez", "visited", "Lima") in relations_in(text, "id")
    # a name word the document never writes in lower case stays the name's, though the
    # rest is a person's name the document uses apart
    spans = span_labels_in(
        "Istri presiden, Iriana Joko Sasmito, mendampingi Joko Sasmito di Lima untuk "
        "membahas perubahan iklim.",
        "id",
    )
    assert spans.get("Iriana Joko Sasmito") == "Person"
    assert spans.get("Joko Sasmito") == "Person"


def test_an_officer_after_the_body_of_the_title_is_a_person():
    text = "Ketua Partai Kongres Rakyat Juan Perez hadir di Cusco. Kepala Dinas Rizal Hakim juga."
    spans = span_labels_in(text, "id")
    assert spans.get("Juan Perez") == "Person"
    assert spans.get("Partai Kongres Rakyat") == "Organization"
    assert ("Juan Perez", "officialOf", "Partai Kongres Rakyat") in relations_in(text, "id")


def test_a_company_before_a_given_name_after_a_company_title():
    text = "CEO Kavoo Oscar Lindgren landed in Quito. Chairman Rizal Hakim stayed home."
    spans = span_labels_in(text, "en")
    assert spans.get("Oscar Lindgren") == "Person"
    assert spans.get("Kavoo") == "Organization"
    assert ("Oscar Lindgren", "officialOf", "Kavoo") in relations_in(text, "en")
    assert spans.get("Rizal Hakim") == "Person"  # no given name known: the name stays whole


def test_a_governors_place_before_the_title():
    text = (
        "Oregon Governor Tom Dallas flew to Lima on Monday. In Osaka, the envoy held "
        "talks with Governor Juan Perez."
    )
    rels = relations_in(text, "en")
    assert ("Tom Dallas", "officialOf", "Oregon") in rels
    assert ("Juan Perez", "officialOf", "Osaka") not in rels  # the venue of the talks


def test_an_abbreviated_governor_is_no_name_word():
    spans = span_labels_in("Nevada Gov. Karl Lindgren greeted the delegation in Lima.", "en")
    assert spans.get("Karl Lindgren") == "Person"
    assert "Gov. Karl Lindgren" not in spans
    assert spans.get("Nevada") == "Region"  # control


def test_a_title_and_its_country_read_as_a_person_are_the_country():
    text = (
        "Wali Kota Bandung menerima kunjungan Konsul Chile di Bandung, Oscar Lindgren, di Balai "
        "Kota pada Jumat."
    )
    spans = span_labels_in(text, "id")
    assert "Konsul Chile" not in spans
    assert spans.get("Chile") == "Country"
    assert spans.get("Oscar Lindgren") == "Person"  # control
    assert ("Oscar Lindgren", "officialOf", "Chile") in relations_in(text, "id")


def test_a_count_after_a_name_is_no_name_word():
    spans = span_labels_in(
        "Tom Dallas meraih 120 suara, Ketua Fraksi Rizal Hakim mendapat 40 suara, dan "
        "Wulan Sasmita 14 suara.",
        "id",
    )
    assert spans.get("Wulan Sasmita") == "Person"
    assert "Wulan Sasmita 14" not in spans
    assert spans.get("Rizal Hakim") == "Person"  # control


def test_an_accented_foreign_name_folds_onto_no_indonesian_regency():
    from kg.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = gazetteer.lookup("Kudus")  # the Turkish "Kudüs" is Jerusalem's, folded at lookup
    assert found is None or found.name != "Jerusalem"
    assert gazetteer.lookup("Baitulmakdis").name == "Jerusalem"  # control


def test_a_place_after_a_regional_title_is_no_name_word():
    # the model reads "Garut Rizal Hakim" as one person after "Bupati" where a second title
    # follows; "Bali" before a name that opens with a given name ("Made") is the place too
    text = (
        "Menteri Perhubungan Hendra Wibisono tiba di Garut pada Senin. Ia diterima Bupati "
        "Garut Rizal Hakim dan Penjabat Gubernur Jawa Barat Wulan Sasmita."
    )
    rels = relations_in(text, "id")
    assert ("Rizal Hakim", "officialOf", "Garut Regency") in rels
    assert met_between(rels, "Hendra Wibisono", "Rizal Hakim")
    assert ("Wulan Sasmita", "officialOf", "West Java") in rels  # control


def test_a_given_name_that_is_also_a_place_stays_in_the_name():
    spans = span_labels_in("Gubernur Bali Made Tirta Lubis hadir di Denpasar.", "id")
    assert spans.get("Made Tirta Lubis") == "Person"
    assert spans.get("Bali") == "Region"  # control


def test_a_demonym_inside_a_name_after_a_title_is_a_name_word():
    spans = span_labels_in(
        "Tom Dallas was greeted in Lima by Deputy Foreign Minister Karl Lindgren and "
        "Chilean Ambassador to Peru Tran Thai Son.",
        "en",
    )
    assert spans.get("Tran Thai Son") == "Person"
    assert "Son" not in spans
    assert spans.get("Karl Lindgren") == "Person"  # control
