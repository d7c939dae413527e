"""Each pass of the gazetteer linker (``kg_gazetteer``) on a small hand-built Doc.

No statistical model: ``spacy.blank("id")``, a five-entry gazetteer and the entities a model
would have given, so each test shows one pass's rule and fails if that rule changes.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.errors import ModelError
from kg.ingest.lines import title_case_lines
from kg.nlp.components import (
    DEFAULT_PASSES,
    LINKER_PASSES,
    GazetteerLinker,
    LinkerWork,
)
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry

US = GazetteerEntry("iso3166:US", "Country", "United States", names={"id": ("AS",)})
KZ = GazetteerEntry("iso3166:KZ", "Country", "Kazakhstan")
ASTANA = GazetteerEntry(
    "geonames:1526273", "City", "Astana", capital_of="iso3166:KZ", population=1_000_000
)
STATE_DEPT = GazetteerEntry("kg:us-state-department", "Organization", "State Department")
RIAU = GazetteerEntry("kg:kepulauan-riau", "Region", "Kepulauan Riau")


NLP = spacy.blank("id")


@pytest.fixture(scope="module")
def linker() -> GazetteerLinker:
    return GazetteerLinker(NLP, Gazetteer([US, KZ, ASTANA, STATE_DEPT, RIAU]))


def doc_of(words: list[str], ents: list[str] | None = None) -> Doc:
    """A Doc of ``words`` with IOB entity tags (the model's labels: PER, LOC, ORG)."""
    return Doc(NLP.vocab, words=words, ents=ents)


def work_of(linker: GazetteerLinker, doc: Doc, ents: list[Span] | None = None) -> LinkerWork:
    return LinkerWork(
        doc,
        list(doc.ents) if ents is None else ents,
        linker._gazetteer_spans(doc),
        title_case_lines(doc.text),
    )


def run(name: str, linker: GazetteerLinker, work: LinkerWork) -> list[tuple[str, str, str]]:
    LINKER_PASSES[name](linker, work)
    return [(e.text, e.label_, e.kb_id_) for e in work.ents]


def test_type_ner_strips_titles_types_and_links(linker):
    doc = doc_of(
        ["Presiden", "Joko", "Widodo", "tiba", "di", "Astana", "."],
        ["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "O"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert got == [("Joko Widodo", "Person", ""), ("Astana", "City", "geonames:1526273")]


def test_type_ner_strips_whole_titles_not_words_a_title_holds(linker):
    # "Jaksa Agung" is a title, so "Agung" is one after "Jaksa"; alone it is a given name
    doc = doc_of(
        ["Jaksa", "Agung", "Budi", "Santoso", "bertemu", "Agung", "Wicaksono", "."],
        ["B-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert got == [("Budi Santoso", "Person", ""), ("Agung Wicaksono", "Person", "")]


def test_type_ner_takes_a_country_after_a_ministrys_field_words_out_of_the_name(linker):
    doc = doc_of(
        ["juru", "bicara", "Kementerian", "Luar", "Negeri", "AS", "Budi", "Santoso", "."],
        ["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "I-PER", "O"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert ("Budi Santoso", "Person", "") in got
    # control: a name that starts with a country's name after no title keeps it
    doc = doc_of(["Kata", "AS", "Budi", "Santoso", "."], ["O", "B-PER", "I-PER", "I-PER", "O"])
    assert run("type_ner", linker, work_of(linker, doc)) == [("AS Budi Santoso", "Person", "")]


def test_type_ner_reads_kota_before_an_unknown_name_as_the_word_city(linker):
    doc = doc_of(["Banjir", "di", "Kota", "Astana", "dan", "Kota", "Lestari"])
    ents = [Span(doc, 2, 4, label="LOC"), Span(doc, 5, 7, label="LOC")]
    got = run("type_ner", linker, work_of(linker, doc, ents))
    assert ("Astana", "City", "geonames:1526273") in got
    assert ("Lestari", "City", "") in got


def test_prefer_longer_gazetteer_names_replaces_pieces_but_not_persons(linker):
    doc = doc_of(["Kemudian", "State", "Department", "dan", "Kepulauan", "Riau", "Ansar"])
    pieces = [Span(doc, 1, 2, label="Organization"), Span(doc, 2, 3, label="Organization")]
    got = run("prefer_longer_gazetteer_names", linker, work_of(linker, doc, pieces))
    assert ("State Department", "Organization", "kg:us-state-department") in got
    assert ("State", "Organization", "") not in got  # in the same run: the pieces are gone
    # a person overlapping the gazetteer name only in part keeps its span
    person = [Span(doc, 5, 7, label="Person")]  # "Riau Ansar"
    got = run("prefer_longer_gazetteer_names", linker, work_of(linker, doc, person))
    assert got == [("Riau Ansar", "Person", "")]


def test_facility_seats_a_facility_named_with_its_city_is_the_city(linker):
    doc = doc_of(["Tiba", "di", "Istana", "Kepresidenan", "Astana", "dan", "Istana", "Merdeka"])
    ents = [Span(doc, 2, 5, label="Place"), Span(doc, 6, 8, label="Place")]
    got = run("facility_seats", linker, work_of(linker, doc, ents))
    assert ("Astana", "City", "geonames:1526273") in got
    assert ("Istana Merdeka", "Place", "") in got  # control: no city in its name, kept as it is


def test_drop_title_words_drops_unlinked_organisations_inside_titles(linker):
    doc = doc_of(["Menteri", "Luar", "Negeri", "Retno", "Marsudi", "berkata"])
    ents = [Span(doc, 1, 3, label="Organization"), Span(doc, 3, 5, label="Person")]
    got = run("drop_title_words", linker, work_of(linker, doc, ents))
    assert got == [("Retno Marsudi", "Person", "")]


def test_fill_from_gazetteer_adds_names_the_model_missed(linker):
    doc = doc_of(["Blinken", "tiba", "di", "Kazakhstan", "dari", "AS"])
    ents = [Span(doc, 0, 1, label="Person"), Span(doc, 5, 6, label="Place")]
    got = run("fill_from_gazetteer", linker, work_of(linker, doc, ents))
    assert ("Kazakhstan", "Country", "iso3166:KZ") in got  # added
    assert ("AS", "Place", "") in got and ("AS", "Country", "iso3166:US") not in got  # kept


def test_trim_headlines_keeps_gazetteer_names_and_body_names(linker):
    text_words = ["Lavrov", "Tiba", "Di", "Kazakhstan", "Besok", "\n", "Lavrov", "berkata", "."]
    doc = doc_of(text_words)
    ents = [
        Span(doc, 0, 2, label="Person"),  # "Lavrov Tiba": the body names only "Lavrov"
        Span(doc, 3, 4, label="Country", kb_id="iso3166:KZ"),
        Span(doc, 4, 5, label="Place"),  # "Besok" (tomorrow): capitalised by the headline
        Span(doc, 6, 7, label="Person"),
    ]
    work = work_of(linker, doc, ents)
    assert work.headlines, "the first line is a Title Case headline"
    got = run("trim_headlines", linker, work)
    assert got == [
        ("Lavrov", "Person", ""),
        ("Kazakhstan", "Country", "iso3166:KZ"),
        ("Lavrov", "Person", ""),
    ]


def test_commit_keeps_the_longer_of_two_overlapping_spans(linker):
    # two passes may leave overlapping spans; setting them as they are would fail the article
    doc = doc_of(["Presiden", "Tom", "Dallas", "Tokoria", "hadir"])
    spans = [Span(doc, 1, 3, "Person"), Span(doc, 2, 4, "Person"), Span(doc, 1, 4, "Person")]
    got = run("commit", linker, work_of(linker, doc, spans))
    assert got == [("Tom Dallas Tokoria", "Person", "")]
    assert [e.text for e in doc.ents] == ["Tom Dallas Tokoria"]


def test_commit_writes_the_entities_to_the_doc(linker):
    doc = doc_of(["Blinken", "tiba", "di", "Astana"])
    work = work_of(linker, doc, [Span(doc, 3, 4, label="City", kb_id="geonames:1526273")])
    assert doc[3].ent_type_ == ""
    LINKER_PASSES["commit"](linker, work)
    assert doc[3].ent_type_ == "City" and doc[3].ent_kb_id_ == "geonames:1526273"


def test_titled_names_finds_a_person_after_title_and_country(linker):
    words = ["Kemarin", "Menteri", "Luar", "Negeri", "AS", "Antony", "Blinken", "tiba", "."]
    doc = doc_of(words)
    work = work_of(linker, doc, [Span(doc, 4, 5, label="Country", kb_id="iso3166:US")])
    LINKER_PASSES["commit"](linker, work)
    got = run("titled_names", linker, work)
    assert ("Antony Blinken", "Person", "") in got
    assert ("AS", "Country", "iso3166:US") in got


def _titled(linker: GazetteerLinker, words: list[str], ents: list[tuple[int, int, str]]) -> list:
    """The titled_names pass after the model's entities ``(start, end, label)`` are committed."""
    doc = doc_of(words)
    work = work_of(linker, doc, [Span(doc, a, b, label=label) for a, b, label in ents])
    LINKER_PASSES["commit"](linker, work)
    return run("titled_names", linker, work)


def test_titled_names_stop_at_the_models_organisation(linker):
    words = ["Ketua", "Umum", "Partai", "Maju", "Andi", "Pratama", "hadir", "."]
    got = _titled(linker, words, [(2, 4, "Organization"), (4, 6, "Person")])
    assert ("Partai Maju", "Organization", "") in got
    assert ("Andi Pratama", "Person", "") in got
    assert not any("Maju Andi" in text for text, _, _ in got)


def test_titled_names_take_an_organisation_that_swallowed_the_name(linker):
    # An organisation with no name after it ends the title's run: the model may have glued
    # the name to it, so the titled person still wins over it.
    words = ["Menteri", "Sumber", "Asli", "AS", "Andi", "Pratama", "."]
    got = _titled(linker, words, [(1, 6, "Organization")])
    assert ("Andi Pratama", "Person", "") in got
    assert not any(label == "Organization" and "Andi" in text for text, label, _ in got)


def test_titled_names_skip_an_offices_field_words(linker):
    words = ["Menteri", "Kesehatan", "Andi", "Pratama", "tiba", "."]
    assert ("Andi Pratama", "Person", "") in _titled(linker, words, [])
    words = ["Menteri", "Energi", "dan", "Sumber", "Daya", "Mineral", "Andi", "Pratama", "."]
    assert ("Andi Pratama", "Person", "") in _titled(linker, words, [])


def test_titled_names_make_an_acronym_before_the_name_an_organisation(linker):
    words = ["Deputi", "Gubernur", "Senior", "BKN", "Siti", "Rahmawati", "hadir", "."]
    got = _titled(linker, words, [(3, 6, "Person")])
    assert ("BKN", "Organization", "") in got
    assert ("Siti Rahmawati", "Person", "") in got
    assert not any(text.startswith("BKN ") for text, _, _ in got)


def test_titled_names_leave_two_capitals_before_a_name_as_initials(linker):
    words = ["Menteri", "Kehutanan", "MS", "Pratama", "hadir", "."]
    assert ("MS", "Organization", "") not in _titled(linker, words, [])
    words = ["Menteri", "Kehutanan", "BKN", "Pratama", "hadir", "."]  # control: three
    assert ("BKN", "Organization", "") in _titled(linker, words, [])


def test_titled_names_before_an_apposed_person_name_the_body(linker):
    words = ["kata", "Direktur", "Keuangan", "Medco", ",", "Andi", "Pratama", "di", "Jakarta"]
    got = _titled(linker, words, [(5, 7, "Person")])
    assert ("Medco", "Person", "") not in got
    assert ("Andi Pratama", "Person", "") in got
    words = ["kata", "Direktur", "Keuangan", "Budi", "Santoso", "di", "Jakarta", "."]
    assert ("Budi Santoso", "Person", "") in _titled(linker, words, [])  # control: no comma


def test_titled_names_take_the_apposed_person_after_a_known_body(linker):
    # "Sekretaris Perusahaan [a known company], Clara Suraya, di Jakarta": the model typed the
    # name a place; after a gazetteer body the comma-set name is the office holder all the same.
    def titled(title: list[str]) -> list[tuple[str, str, str]]:
        words = ["hal", "itu", "dikatakan", *title, "State", "Department", ",", "Rina"]
        words += ["Kartika", ",", "di", "kantornya", "pada", "hari", "ini", "."]
        doc = doc_of(words)
        body = 3 + len(title)
        ents = [
            Span(doc, body, body + 2, label="Organization", kb_id="kg:us-state-department"),
            Span(doc, body + 3, body + 5, label="Place"),
        ]
        work = work_of(linker, doc, ents)
        LINKER_PASSES["commit"](linker, work)
        return run("titled_names", linker, work)

    assert ("Rina Kartika", "Person", "") in titled(["Sekretaris", "Perusahaan"])
    # control: with no title before the body, the comma-set place stays what it was
    assert ("Rina Kartika", "Person", "") not in titled(["oleh", "warga"])


def test_titled_names_skip_a_rank_after_the_office(linker):
    words = ["Kepala", "Badan", "Sarana", "Marsda", "TNI", "Andi", "Pratama", "."]
    got = _titled(linker, words, [(1, 3, "Organization"), (4, 5, "Organization")])
    assert ("Marsda", "Person", "") not in got
    assert ("Andi Pratama", "Person", "") in got  # control: the name after the rank


def test_a_person_made_of_an_offices_field_words_is_dropped(linker):
    doc = doc_of(["Dirjen", "Pajak", "Andi", "Pratama", "hadir"])
    ents = [Span(doc, 1, 2, label="PER"), Span(doc, 2, 4, label="PER")]
    got = run("type_ner", linker, work_of(linker, doc, ents))
    assert got == [("Andi Pratama", "Person", "")]


def test_extend_persons_stops_at_an_offices_field_word(linker):
    doc = doc_of(["Menteri", "Kesehatan", "Andi", "Pratama", "berkata", "bahwa", "."])
    doc.ents = [Span(doc, 2, 4, label="Person")]
    got = run("extend_persons", linker, work_of(linker, doc))
    assert got == [("Andi Pratama", "Person", "")]
    doc = doc_of(["Kemarin", "Kesehatan", "Andi", "Pratama", "berkata", "bahwa", "."])  # no title
    doc.ents = [Span(doc, 2, 4, label="Person")]
    assert run("extend_persons", linker, work_of(linker, doc)) == [
        ("Kesehatan Andi Pratama", "Person", "")
    ]


def test_an_unknown_place_named_like_a_person_of_the_document_is_that_person(linker):
    doc = doc_of(["CEO", "Tesla", ",", "Elon", "Musk", ",", "tiba", ".", "Pak", "Musk", "dan"])
    ents = [
        Span(doc, 1, 2, label="Place"),
        Span(doc, 3, 5, label="Place"),
        Span(doc, 9, 10, label="Person"),
    ]
    got = run("places_named_as_people", linker, work_of(linker, doc, ents))
    assert ("Elon Musk", "Person", "") in got
    assert ("Tesla", "Place", "") in got  # control: no person of that name


def test_a_street_named_after_a_person_of_the_document_stays_a_place(linker):
    doc = doc_of(["Di", "Jalan", "Musk", "dan", "Ursula", "Musk", ",", "Pak", "Musk", "hadir", "."])
    ents = [
        Span(doc, 1, 3, label="Place"),
        Span(doc, 4, 6, label="Place"),
        Span(doc, 8, 9, label="Person"),
    ]
    got = run("places_named_as_people", linker, work_of(linker, doc, ents))
    assert ("Jalan Musk", "Place", "") in got
    assert ("Ursula Musk", "Person", "") in got  # control: no facility word


def test_extend_persons_takes_name_particles_and_the_piece_after(linker):
    doc = doc_of(["Presiden", "Ursula", "von", "der", "Leyen", "tiba", "di", "sana", "."])
    ents = [Span(doc, 1, 3, label="Person"), Span(doc, 4, 5, label="Place")]
    doc.ents = ents
    got = run("extend_persons", linker, work_of(linker, doc, ents))
    assert got == [("Ursula von der Leyen", "Person", "")]
    doc = doc_of(["Presiden", "Ursula", "tiba", "di", "sana", "dan", "der", "."])  # control
    doc.ents = ents = [Span(doc, 1, 2, label="Person")]
    assert run("extend_persons", linker, work_of(linker, doc, ents)) == [("Ursula", "Person", "")]


def test_an_unknown_person_after_di_is_a_place(linker):
    doc = doc_of(["Ia", "tiba", "di", "Zaporovka", "dan", "bertemu", "Pratama", "."])
    doc.ents = ents = [Span(doc, 3, 4, label="PER"), Span(doc, 6, 7, label="PER")]
    got = run("type_ner", linker, work_of(linker, doc, ents))
    assert ("Zaporovka", "Place", "") in got
    assert ("Pratama", "Person", "") in got  # control: after a verb


def test_extend_persons_grows_over_name_words(linker):
    doc = doc_of(["Kemudian", "Kassym", "Jomart", "Tokayev", "berkata", "Presiden", "."])
    doc.ents = [Span(doc, 3, 4, label="Person")]
    got = run("extend_persons", linker, work_of(linker, doc))
    assert got == [("Kassym Jomart Tokayev", "Person", "")]  # not "Kemudian" (sentence start)


def test_split_at_brackets_makes_two_names(linker):
    doc = doc_of(["Basuki", "Tjahaja", "Purnama", "(", "Ahok", ")", "hadir"])
    ents = [Span(doc, 0, 5, label="Person")]
    got = run("split_at_brackets", linker, work_of(linker, doc, ents))
    assert got == [("Basuki Tjahaja Purnama", "Person", ""), ("Ahok", "Person", "")]


def test_propagate_person_names_tags_later_surnames(linker):
    doc = doc_of(["Antony", "Blinken", "tiba", ".", "Kunjungan", "Blinken", "singkat"])
    ents = [Span(doc, 0, 2, label="Person")]
    got = run("propagate_person_names", linker, work_of(linker, doc, ents))
    assert got == [("Antony Blinken", "Person", ""), ("Blinken", "Person", "")]


def test_passes_come_from_the_factory_config():
    nlp = spacy.blank("id")
    pipe = nlp.add_pipe("kg_gazetteer", config={"passes": ["type_ner", "fill_from_gazetteer"]})
    assert nlp.get_pipe_meta("kg_gazetteer").default_config["passes"] == list(DEFAULT_PASSES)
    assert [p.__name__ for p in pipe.passes] == ["type_ner", "fill_from_gazetteer"]
    doc = nlp("Blinken tiba di Kazakhstan .")
    assert [(e.text, e.label_) for e in doc.ents] == [("Kazakhstan", "Country")]


def test_an_unknown_pass_is_a_model_error():
    with pytest.raises(ModelError, match="fill_from_gazeteer"):
        GazetteerLinker(NLP, Gazetteer([KZ]), passes=["fill_from_gazeteer"])


def test_titled_names_an_apposed_name_is_the_person_and_the_run_its_body(linker):
    words = ["kata", "Sekretaris", "Jenderal", "Indofood", ",", "Clara", "Suraya", ",", "di"]
    words += ["kantornya", "pada", "hari", "itu", "."]
    got = _titled(linker, words, [(3, 4, "Place"), (5, 7, "Place")])  # the model's reading
    assert ("Clara Suraya", "Person", "") in got
    assert ("Indofood", "Organization", "") in got


def test_type_ner_strips_an_office_field_the_model_glued_to_a_country(linker):
    doc = doc_of(
        ["Presiden", "Senat", "Kazakhstan", "Andi", "Pratama", "hadir", "."],
        ["O", "B-PER", "I-PER", "B-PER", "I-PER", "O", "O"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert ("Kazakhstan", "Country", "iso3166:KZ") in got
    assert ("Andi Pratama", "Person", "") in got  # control: the name itself stays a person


def test_type_ner_a_longer_person_named_exactly_like_a_country_or_capital_is_it():
    timor = GazetteerEntry("iso3166:TL", "Country", "Timor Leste")
    linker = GazetteerLinker(NLP, Gazetteer([timor, RIAU]))
    doc = doc_of(
        ["Andi", "Pratama", "bertemu", "Kepulauan", "Riau", "dan", "Timor", "Leste"],
        ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert ("Timor Leste", "Country", "iso3166:TL") in got
    assert ("Andi Pratama", "Person", "") in got  # control
    # a region is not linked this way (regions share names with people more often)
    assert ("Kepulauan Riau", "Person", "") in got


def test_people_in_place_lists_an_unknown_person_among_known_places_is_a_place(linker):
    words = ["wilayah", "Astana", ",", "Kazakhstan", ",", "Zapora", "dan", "Kersona", "."]
    words += ["Andi", "Pratama", ",", "Budi", "dan", "Astana", "hadir", "."]
    doc = doc_of(words)
    ents = [
        Span(doc, 1, 2, label="City", kb_id="geonames:1526273"),
        Span(doc, 3, 4, label="Country", kb_id="iso3166:KZ"),
        Span(doc, 5, 6, label="Person"),
        Span(doc, 7, 8, label="Person"),
        Span(doc, 9, 11, label="Person"),
        Span(doc, 12, 13, label="Person"),
        Span(doc, 14, 15, label="City", kb_id="geonames:1526273"),
    ]
    got = run("people_in_place_lists", linker, work_of(linker, doc, ents))
    assert ("Zapora", "Place", "") in got and ("Kersona", "Place", "") in got
    # a list of people with one place in it stays a list of people
    assert ("Andi Pratama", "Person", "") in got and ("Budi", "Person", "") in got


def test_foreign_institutions_a_national_name_before_another_country_is_unlinked():
    kemlu = GazetteerEntry(
        "kg:org/kemlu",
        "Organization",
        "Ministry of Foreign Affairs of Indonesia",
        names={"id": ("Kementerian Luar Negeri",)},
        country="iso3166:ID",
    )
    linker = GazetteerLinker(NLP, Gazetteer([kemlu, KZ]))
    words = ["Juru", "bicara", "Kementerian", "Luar", "Negeri", "Kazakhstan", "dan"]
    words += ["Kementerian", "Luar", "Negeri", "hadir"]
    doc = doc_of(words)
    ents = [
        Span(doc, 2, 5, label="Organization", kb_id="kg:org/kemlu"),
        Span(doc, 5, 6, label="Country", kb_id="iso3166:KZ"),
        Span(doc, 7, 10, label="Organization", kb_id="kg:org/kemlu"),
    ]
    got = run("foreign_institutions", linker, work_of(linker, doc, ents))
    assert got[0] == ("Kementerian Luar Negeri Kazakhstan", "Organization", "")
    assert got[1] == ("Kementerian Luar Negeri", "Organization", "kg:org/kemlu")  # control


def test_foreign_institutions_a_national_name_before_a_foreign_region_is_unlinked():
    kemenkes = GazetteerEntry(
        "kg:org/kemenkes",
        "Organization",
        "Ministry of Health of Indonesia",
        names={"id": ("Kementerian Kesehatan",)},
        country="iso3166:ID",
    )
    gaza = GazetteerEntry("kg:region/gaza", "Region", "Gaza Strip", country="iso3166:PS")
    riau = GazetteerEntry("kg:region/riau", "Region", "Riau", country="iso3166:ID")
    linker = GazetteerLinker(NLP, Gazetteer([kemenkes, gaza, riau]))
    words = ["Kementerian", "Kesehatan", "Gaza", "dan", "Kementerian", "Kesehatan", "Riau"]
    doc = doc_of(words)
    ents = [
        Span(doc, 0, 2, label="Organization", kb_id="kg:org/kemenkes"),
        Span(doc, 2, 3, label="Region", kb_id="kg:region/gaza"),
        Span(doc, 4, 6, label="Organization", kb_id="kg:org/kemenkes"),
        Span(doc, 6, 7, label="Region", kb_id="kg:region/riau"),
    ]
    got = run("foreign_institutions", linker, work_of(linker, doc, ents))
    assert got[0] == ("Kementerian Kesehatan Gaza", "Organization", "")  # Gaza's ministry
    # control: a region of the body's own country leaves it linked
    assert got[1] == ("Kementerian Kesehatan", "Organization", "kg:org/kemenkes")


def test_foreign_institutions_a_national_name_before_another_organisation_is_unlinked():
    dpd = GazetteerEntry(
        "kg:org/dpd",
        "Organization",
        "Regional Representative Council",
        names={"id": ("DPD",)},
        country="iso3166:ID",
    )
    linker = GazetteerLinker(NLP, Gazetteer([dpd, STATE_DEPT]))
    doc = doc_of(["Ketua", "DPD", "State", "Department", "dan", "DPD", "hadir"])
    ents = [
        Span(doc, 1, 2, label="Organization", kb_id="kg:org/dpd"),
        Span(doc, 2, 4, label="Organization", kb_id="kg:us-state-department"),
        Span(doc, 5, 6, label="Organization", kb_id="kg:org/dpd"),
    ]
    got = run("foreign_institutions", linker, work_of(linker, doc, ents))
    assert got[0] == ("DPD", "Organization", "")  # the other organisation's regional board
    assert got[2] == ("DPD", "Organization", "kg:org/dpd")  # control
    # a place is no institution: "Bali International Convention Center" keeps its Bali
    bali = GazetteerEntry("kg:region/bali", "Region", "Bali", country="iso3166:ID")
    linker = GazetteerLinker(NLP, Gazetteer([bali, STATE_DEPT]))
    doc = doc_of(["di", "Bali", "State", "Department"])
    ents = [
        Span(doc, 1, 2, label="Region", kb_id="kg:region/bali"),
        Span(doc, 2, 4, label="Organization", kb_id="kg:us-state-department"),
    ]
    got = run("foreign_institutions", linker, work_of(linker, doc, ents))
    assert got[0] == ("Bali", "Region", "kg:region/bali")


def test_type_ner_a_person_named_as_a_known_organisation_is_it():
    tencent = GazetteerEntry(
        "kg:org/tencent", "Organization", "Tencent", names={"id": ("Tencent", "Tengxun")}
    )
    cmi = GazetteerEntry(
        "kg:org/cmi",
        "Organization",
        "Crisis Management Initiative",
        names={"en": ("Crisis Management Initiative",)},
    )
    linker = GazetteerLinker(NLP, Gazetteer([tencent, cmi]))
    words = ["Tencent", ",", "Tengxun", ",", "Crisis", "Management", "Initiative", "dan", "Andi"]
    doc = doc_of(words, ["B-PER", "O", "B-PER", "O", "B-PER", "I-PER", "I-PER", "O", "B-PER"])
    got = run("type_ner", linker, work_of(linker, doc))
    assert ("Tencent", "Organization", "kg:org/tencent") in got  # its own one-word name
    assert ("Crisis Management Initiative", "Organization", "kg:org/cmi") in got
    # any one-word name the gazetteer gives the body, written as it writes it: a short form
    # ("Kemlu" of the foreign ministry), which names no person the knowledge base knows
    assert ("Tengxun", "Organization", "kg:org/tencent") in got
    assert ("Andi", "Person", "") in got  # control


def test_type_ner_a_place_opening_a_hyphened_compound_is_a_modifier(linker):
    # "the Tamil-majority city": a people's name modifying a noun; "Astana" in the same
    # text stays the city (control)
    words = ["the", "Tamil", "-", "majority", "city", "near", "Astana"]
    spaces = [True, False, False, True, True, True, False]
    ents = ["O", "B-LOC", "O", "O", "O", "O", "B-LOC"]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, ents=ents)
    got = run("type_ner", linker, work_of(linker, doc))
    assert got == [("Astana", "City", "geonames:1526273")]


def test_people_named_by_role_retypes_a_body_after_a_role_noun(linker):
    # "pelatih Tom Dallas" (a coach): a person whatever the model read; a team named with a
    # country the gazetteer knows stays a body, as does a name with no role noun before it
    doc = doc_of(
        [
            "pelatih",
            "Tom",
            "Dallas",
            ",",
            "pemain",
            "Timnas",
            "Kazakhstan",
            "dan",
            "Jordan",
            "Blake",
        ],
        ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"],
    )
    work = work_of(
        linker,
        doc,
        [
            Span(doc, 1, 3, "Organization"),
            Span(doc, 5, 7, "Organization"),
            Span(doc, 8, 10, "Organization"),
        ],
    )
    got = run("people_named_by_role", linker, work)
    assert got == [
        ("Tom Dallas", "Person", ""),
        ("Timnas Kazakhstan", "Organization", ""),
        ("Jordan Blake", "Organization", ""),
    ]


def test_people_named_by_role_retypes_an_unknown_place_too(linker):
    # "juru bicaranya, Rizal Hakim, menegaskan": a role noun and a comma before two words the
    # model read as a place; "ke Sibu" stays a place (control)
    words = ["juru", "bicaranya", ",", "Rizal", "Hakim", ",", "terbang", "ke", "Sibu"]
    doc = doc_of(words, ["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-LOC"])
    work = work_of(linker, doc, [Span(doc, 3, 5, "Place"), Span(doc, 8, 9, "Place")])
    got = run("people_named_by_role", linker, work)
    assert got == [("Rizal Hakim", "Person", ""), ("Sibu", "Place", "")]


def test_people_named_by_role_cuts_a_role_noun_opening_the_sentence(linker):
    # "Pelari Gilang Permadi finis kedua": the role noun capitalised at the sentence's start
    # is no part of the name the model read as a place
    doc = doc_of(["Pelari", "Gilang", "Permadi", "finis"], ["B-LOC", "I-LOC", "I-LOC", "O"])
    doc[0].is_sent_start = True
    work = work_of(linker, doc, [Span(doc, 0, 3, "Place")])
    got = run("people_named_by_role", linker, work)
    assert got == [("Gilang Permadi", "Person", "")]


def test_bodies_read_as_people_after_a_company_noun_or_opening_a_body(linker):
    # "raksasa ritel Brightmart", "Kavoo ... Kavoo Group": brands the model read as persons;
    # "Wibisono" stays a person where the document names "Rizal Wibisono" in full (control)
    words = [
        "raksasa",
        "ritel",
        "Brightmart",
        "dan",
        "Kavoo",
        "Group",
        "serta",
        "Kavoo",
        ",",
        "Rizal",
        "Wibisono",
        ",",
        "Wibisono",
        "Group",
        "dan",
        "Wibisono",
    ]
    doc = doc_of(words)
    ents = [
        Span(doc, 2, 3, "Person"),
        Span(doc, 4, 6, "Organization"),
        Span(doc, 7, 8, "Person"),
        Span(doc, 9, 11, "Person"),
        Span(doc, 12, 14, "Organization"),
        Span(doc, 15, 16, "Person"),
    ]
    got = run("bodies_read_as_people", linker, work_of(linker, doc, ents))
    assert got == [
        ("Brightmart", "Organization", ""),
        ("Kavoo Group", "Organization", ""),
        ("Kavoo", "Organization", ""),
        ("Rizal Wibisono", "Person", ""),
        ("Wibisono Group", "Organization", ""),
        ("Wibisono", "Person", ""),
    ]


def test_type_ner_reads_a_body_opened_by_a_regional_title_as_its_holder(linker):
    # a headline's "Wagub X Keliling Pesantren" the model took for a body: the office's holder
    doc = doc_of(
        ["Wagub", "Tokoria", "Keliling", "Pesantren", "dan", "Kantor", "Pos", "Astana"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"],
    )
    got = run("type_ner", linker, work_of(linker, doc))
    assert got[0][1] == "Person" and got[0][0].startswith("Tokoria")
    # control: a body with no regional title before its name stays a body
    assert ("Kantor Pos Astana", "Organization", "") in got


def test_places_after_local_titles_take_a_place_read_as_a_person(linker):
    # "Gubernur Astana tiba": the office's place, its holder unnamed
    doc = doc_of(["Gubernur", "Astana", "tiba", ",", "Pak", "Astana", "dan", "Bupati", "Rizal"])
    ents = [Span(doc, i, i + 1, label="Person") for i in (1, 5, 8)]
    got = run("places_after_local_titles", linker, work_of(linker, doc, ents))
    assert got[0] == ("Astana", "City", "geonames:1526273")
    # controls: after an honorific ("Pak") a name is a person's whatever place shares it, and a
    # name the gazetteer does not know stays a person after a regional title too
    assert got[1:] == [("Astana", "Person", ""), ("Rizal", "Person", "")]


def test_regencies_named_bare_take_the_regency_over_a_namesake_abroad():
    # "di Kabupaten Tokoria ... warga Tokoria": the regency named with its admin word is what
    # the bare name means in that text, where the gazetteer knows a town of another country
    regency = GazetteerEntry(
        "idregency:tokoria",
        "Region",
        "Tokoria Regency",
        names={"id": ("Kabupaten Tokoria",)},
        country="iso3166:ID",
    )
    town = GazetteerEntry("geonames:9990001", "City", "Tokoria", country="iso3166:MY")
    own = GazetteerLinker(NLP, Gazetteer([regency, town]))
    doc = doc_of(["Di", "Kabupaten", "Tokoria", ",", "warga", "Tokoria", "senang", "."])
    ents = [
        Span(doc, 1, 3, label="Region", kb_id="idregency:tokoria"),
        Span(doc, 5, 6, label="City", kb_id="geonames:9990001"),
    ]
    got = run("regencies_named_bare", own, work_of(own, doc, ents))
    assert got[1] == ("Tokoria", "Region", "idregency:tokoria")
    # control: with no regency named, the bare name keeps the gazetteer's town
    doc = doc_of(["Warga", "Tokoria", "senang", "."])
    got = run(
        "regencies_named_bare",
        own,
        work_of(own, doc, [Span(doc, 1, 2, "City", kb_id="geonames:9990001")]),
    )
    assert got == [("Tokoria", "City", "geonames:9990001")]


def test_parties_closing_boards_cut_a_known_party_off_its_board():
    # "Ketua [Majelis Pertimbangan Partai Tokoria] X": the model read the board and the party
    # as one body; the party the gazetteer knows (named "Partai ...") is cut off and linked
    party = GazetteerEntry(
        "kg:org/partai-tokoria",
        "Organization",
        "Tokoria Party",
        names={"id": ("Partai Tokoria", "PTK")},
        country="iso3166:ID",
    )
    board = GazetteerEntry(
        "kg:org/majelis-kavoo", "Organization", "Kavoo Council", names={"id": ("Majelis Kavoo",)}
    )
    own = GazetteerLinker(NLP, Gazetteer([party, board]))
    doc = doc_of(["Ketua", "Majelis", "Pertimbangan", "Partai", "Tokoria", "Hendra", "hadir"])
    got = run("parties_closing_boards", own, work_of(own, doc, [Span(doc, 1, 5, "Organization")]))
    assert got == [
        ("Majelis Pertimbangan", "Organization", ""),
        ("Partai Tokoria", "Organization", "kg:org/partai-tokoria"),
    ]
    # control: a body ending in a known organisation that is no party stays whole
    doc = doc_of(["Ketua", "Dewan", "Pengawas", "Majelis", "Kavoo", "Hendra", "hadir"])
    got = run("parties_closing_boards", own, work_of(own, doc, [Span(doc, 1, 5, "Organization")]))
    assert got == [("Dewan Pengawas Majelis Kavoo", "Organization", "")]
    # nor, in English, does a party's own name that ends in another party's ("the ruling
    # Liberal Tokoria Party"): English names no board before its party
    liberal = GazetteerEntry(
        "kg:org/tokoria-party",
        "Organization",
        "Tokoria Party",
        names={"id": ("Partai Tokoria",), "en": ("Tokoria Party",)},
    )
    english = spacy.blank("en")
    own = GazetteerLinker(english, Gazetteer([liberal]))
    doc = Doc(english.vocab, words=["the", "ruling", "Liberal", "Tokoria", "Party", "said"])
    got = run("parties_closing_boards", own, work_of(own, doc, [Span(doc, 2, 5, "Organization")]))
    assert got == [("Liberal Tokoria Party", "Organization", "")]
