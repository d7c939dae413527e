"""Kinds of failure a twelfth set of articles showed (scored once on arrival, then read), each
pinned on sentences written for the test. Every test of an absence has a positive control in
the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, met_between, relations_in


def test_a_longer_title_is_read_whole_and_never_as_the_shorter_one_inside_it():
    rels = relations_in(
        "Presiden Kenya William Ruto menerima telepon dari Nairobi pada Senin. Perdana Menteri "
        "Ana Silva menyebut pembicaraan itu penting. Ia kemudian bertemu Wakil Presiden "
        "Kenya pada Jumat di Mombasa.",
        "id",
    )
    assert ("William Ruto", "officialOf", "Kenya") in rels  # control
    # "Wakil Presiden" with no vice-president named before stands for no one, not for the
    # president named earlier
    assert not met_between(rels, "Ana Silva", "William Ruto")


def test_a_verb_after_a_city_and_a_country_starts_a_clause_of_the_country():
    rels = relations_in(
        "Presiden Ana Silva tiba di Tirana, Albania ingin mempererat hubungan dengan Eropa. "
        "Menteri Luar Negeri Budi Santoso tiba di Skopje, Makedonia Utara, pada Senin.",
        "id",
    )
    assert ("Skopje", "locatedIn", "North Macedonia") in rels  # control
    assert ("Tirana", "locatedIn", "Albania") not in rels


def test_an_origin_inside_a_relative_clause_after_the_trip_is_someone_else_s():
    from kg.extract import extract
    from kg.ingest.document import read_text
    from kg.nlp import analyze

    text = (
        "Prime Minister Narendra Modi landed in Lima on Monday. From Lima he flies across the "
        "Pacific to Auckland, where he meets Prime Minister Ana Ruiz, whose ancestors "
        "came from Cuenca."
    )
    extraction = extract(analyze(read_text(text, source="test", lang="en")), "en")
    ms = extraction.mentions
    found = {(ms[r.subject].text, r.predicate, ms[r.object].text) for r in extraction.relations}
    assert ("Narendra Modi", "visited", "Auckland") in found  # control
    assert ("Narendra Modi", "visited", "Cuenca") not in found  # not even as a candidate


def test_photo_credits_inside_captions_name_no_entity():
    labels = labels_in(
        "Warga mengungsi ke arah perbatasan di dekat Kupang, Senin (3/3/2025). (Tribun Nusa/"
        "Ardian Prasetyo)\n\nPresiden Ana Silva tiba di Kupang pada Senin dan bertemu "
        "Gubernur Viktor Laiskodat.",
        "id",
    )
    assert "Ana Silva" in labels  # control
    assert "Ardian Prasetyo" not in labels and "Tribun Nusa" not in labels


def test_a_fuller_name_joins_the_notable_person_its_short_form_named():
    labels = labels_in(
        "Defense Secretary Bob Gates arrived in Kabul on Monday to see President Hamid Karzai. "
        "Robert Michael Gates, who has led the Pentagon since 2006, said the surge was working.",
        "en",
    )
    assert "Hamid Karzai" in labels  # control
    assert "Robert Michael Gates" not in labels  # one person, under the base's name
    assert "Robert Gates" in labels


def test_a_surname_that_is_an_old_name_of_a_capital_stays_the_person_s():
    labels = labels_in(
        "Ambassador Ken Salazar flew home on Friday. Salazar, who once ran the interior "
        "department, was praised by lawmakers.",
        "en",
    )
    assert "Ken Salazar" in labels  # control
    assert "São Tomé and Príncipe" not in labels and "São Tomé" not in labels


def test_a_company_glued_to_its_chief_s_name_is_cut_where_the_story_names_both_apart():
    labels = labels_in(
        "CEO Apple Tim Cook bertemu Presiden Prabowo Subianto di Jakarta pada Senin. Apple "
        "berencana membangun pabrik di Batam. Saham Apple naik tajam. Cook terakhir ke "
        "Indonesia pada April.",
        "id",
    )
    assert "Tim Cook" in labels
    assert "Apple Tim Cook" not in labels
    assert "Prabowo Subianto" in labels  # control


def _types(text: str, lang: str) -> dict[str, str]:
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    rows = g.query("SELECT ?l ?t WHERE { ?e a ?t ; rdfs:label ?l . FILTER(?t != prov:Activity) }")
    return {str(label): str(t).rsplit("#", 1)[-1] for label, t in rows}


def test_names_of_seas_straits_and_valleys_are_regions_whatever_the_model_read():
    types = _types(
        "Kapal patroli Vietnam berlayar melintasi Selat Karimata menuju Laut Natuna Utara. "
        "Presiden Ana Silva memantau dari Lembah Baliem.",
        "id",
    )
    assert types.get("Ana Silva") == "Person"  # control
    assert types.get("Selat Karimata") == "Region"
    assert types.get("Lembah Baliem") == "Region"


def test_a_name_with_a_digit_is_a_body_not_a_person():
    types = _types("Leaders of the G5 Sahel met in Niamey on Monday with President Ana Ruiz.", "en")
    assert types.get("Ana Ruiz") == "Person"  # control
    assert types.get("G5 Sahel") == "Organization"
    types = _types("Mantan anggota M-19 bergabung dengan Presiden Ana Ruiz di Bogota.", "id")
    assert types.get("Ana Ruiz") == "Person"  # control
    assert types.get("M-19") == "Organization"


def test_an_administrator_after_the_agency_holds_its_office():
    rels = relations_in("ESA administrator Karl Weber said the probe had landed safely.", "en")
    assert ("Karl Weber", "officialOf", "ESA") in rels or (
        "Karl Weber",
        "officialOf",
        "European Space Agency",
    ) in rels


def test_words_exchanged_face_to_face_are_a_meeting_and_by_phone_are_not():
    rels = relations_in(
        "Prime Minister Jan Kowal traded sharp words with Foreign Minister Jorge Vidal in "
        "Quito on Friday. On Sunday Kowal exchanged views with President Ana Ruiz by phone.",
        "en",
    )
    assert met_between(rels, "Jan Kowal", "Jorge Vidal")
    assert ("Jan Kowal", "visited", "Quito") in rels
    assert not met_between(rels, "Jan Kowal", "Ana Ruiz")


def test_the_president_is_the_one_in_office_not_a_former_president_named_more_often():
    text = (
        "President Daniel Noboa won the runoff. Gonzalez, backed by former president Rafael "
        "Correa, refused to concede. Correa, who lives in Belgium, echoed her claims. Correa "
        "also called for protests. In March the president travelled to Texas and held talks "
        "with Donald Trump there."
    )
    rels = relations_in(text, "en")
    assert met_between(rels, "Daniel Noboa", "Donald Trump")
    assert not met_between(rels, "Rafael Correa", "Donald Trump")


def test_a_country_sending_a_titled_person_is_that_person_s_country():
    rels = relations_in(
        "Kenya mengirim Menteri Luar Negeri Grace Wanjiku ke Jenewa. Presiden Budi Santoso "
        "mengutus Menteri Perdagangan Sari Dewi ke Lima.",
        "id",
    )
    assert ("Grace Wanjiku", "officialOf", "Kenya") in rels
    # a person who sends names no country: the minister's country is not read from him
    assert not any(r[0] == "Sari Dewi" and r[1] == "officialOf" for r in rels)
    rels = relations_in("Egypt sent Prime Minister Ahmad Fauzi to the talks in Geneva.", "en")
    assert ("Ahmad Fauzi", "officialOf", "Egypt") in rels


def test_a_plural_country_s_bare_apostrophe_is_a_possessive_before_a_title():
    rels = relations_in(
        "The Philippines' foreign secretary, Maria Santos, arrived in Hanoi on Tuesday. The "
        "Maldives' President Ali Rasheed met her there.",
        "en",
    )
    assert ("Maria Santos", "visited", "Hanoi") in rels  # control
    assert ("Maria Santos", "officialOf", "Philippines") in rels
    assert ("Ali Rasheed", "officialOf", "Maldives") in rels
