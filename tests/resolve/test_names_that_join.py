"""Names a document uses for one entity in two forms, found as duplicates in the dev sets'
graphs: a hyphenated surname alone, a company without its word of kind, a city by its first
word, a ministry's short form the model read as a person, a headline ending in a quote. Each
test has its control in the same text, written for the test."""

from __future__ import annotations

from tests.conftest import labels_in, types_in


def test_a_hyphenated_surname_alone_is_the_person_named_in_full():
    labels = labels_in(
        "Opposition leader Ana Ruiz-Velmont won the vote on Friday. Ruiz-Velmont thanked her "
        "voters in Lisbon. Her husband, Pedro Maria Lorca, and their son Maria Lorca were at "
        "her side.",
        "en",
    )
    assert "Ana Ruiz-Velmont" in labels
    assert "Ruiz-Velmont" not in labels
    # control: the end of a longer name without a hyphen stays its own person (a relative)
    assert {"Pedro Maria Lorca", "Maria Lorca"} <= labels


def test_a_company_named_again_without_its_word_of_kind_is_that_company():
    from kg.resolve.entities import _bare_body_name

    assert _bare_body_name("Norvex Foods") == "norvex"
    assert _bare_body_name("Halvik Holdings") == "halvik"
    assert _bare_body_name("Halvik Motors Group") == "halvik"
    assert _bare_body_name("Halvik Bank") == "halvik bank"  # control: a name's own word
    assert _bare_body_name("Norvex Pharma") == "norvex"
    assert _bare_body_name("Norvex Airlines") == "norvex"


def test_an_institution_word_opens_a_body_whatever_the_model_read():
    labels = types_in(
        "Senat Peru memakzulkan Presiden Hendra Wibisono pada Jumat. Federasi Sepak Bola "
        "Kandy dan Komando Armada Timur menolak keputusan itu.",
        "id",
    )
    assert "Person" in labels["Hendra Wibisono"]  # control: a person after his title
    assert "Organization" in labels["Senat Peru"]
    assert "Organization" in labels["Komando Armada Timur"]
    labels = types_in(
        "Halvik Pharma said on Monday that Tom Dallas would lead the firm.", "en"
    )  # the small English model reads the company as a person
    assert "Organization" in labels["Halvik Pharma"]
    assert "Person" in labels["Tom Dallas"]  # control


def test_a_city_named_by_its_first_word_is_the_city_named_in_full():
    labels = labels_in(
        "Presiden Tomas Halvik tiba di Santo Domingo pada Senin. Di Santo, ia bertemu Wali "
        "Kota Luis Ortega.",
        "id",
    )
    assert "Santo Domingo" in labels
    assert "Santo" not in labels


def test_a_ministrys_short_form_the_model_reads_as_a_person_is_the_ministry():
    for short in ("Kemhan", "Kejagung"):
        labels = labels_in(
            f"Dalam pernyataan tertulis, {short} menegaskan bahwa rombongan Presiden Tomas "
            "Halvik tiba di Lima pada Senin.",
            "id",
        )
        assert "Tomas Halvik" in labels  # control
        assert short not in labels  # a body, labelled with its full name
        assert any(label.startswith(("Ministry", "Attorney", "Kejaksaan")) for label in labels)


def test_a_headline_ending_in_a_quote_is_read_as_a_headline():
    labels = labels_in(
        'Tiba di Lima, Halvik Telepon Ortega: "Kami Siap Bekerja Sama"\n\n'
        "Presiden Tomas Halvik tiba di Lima pada Senin. Setibanya di hotel, Halvik menelepon "
        "Presiden Luis Ortega untuk membahas perdagangan.",
        "id",
    )
    assert {"Tomas Halvik", "Luis Ortega"} <= labels
    assert not any("Telepon" in label for label in labels)


def test_a_quoted_sentence_is_no_headline():
    from kg.ingest.lines import title_case

    assert title_case('Tiba di Lima, Halvik Telepon Ortega: "Kami Siap Bekerja Sama"')
    assert not title_case('Ia Berkata Kepada Para Wartawan Di Sana, "Kami Siap."')


def test_a_body_named_by_the_last_word_of_its_name_is_that_body_but_not_by_a_word_of_kind():
    labels = labels_in(
        "Bharti Airtel agreed to buy Zain's African arm. Airtel said the deal would close in "
        "June. The Muslim Brotherhood won the vote; the Brotherhood's candidate thanked "
        "voters. The Labour Party and the Green Party met.",
        "en",
    )
    assert {"Bharti Airtel", "Muslim Brotherhood"} <= labels
    assert not {"Airtel", "Brotherhood"} & labels
    assert {"Labour Party", "Green Party"} <= labels  # control: "Party" names both


def test_a_british_rank_without_a_full_stop_is_no_part_of_the_name():
    labels = labels_in(
        "Libyan leader Colonel Omar Tarik held talks in Brussels on Tuesday.\n\n"
        "Col Tarik, who landed on Monday evening with some 200 aides, set up a tent in a park.",
        "en",
    )
    assert "Omar Tarik" in labels
    assert "Col Tarik" not in labels
