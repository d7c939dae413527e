"""Kinds of failure a sixth set of articles showed (scored once on arrival, then read), each
pinned on sentences written for the test. Every test of an absence has a positive control in
the same text, so an empty extraction cannot pass it."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in


def test_the_addressee_of_a_speech_verb_ends_at_its_complement_clause():
    """ "mengatakan kepada wartawan bahwa Y akan ...": Y is the reported clause's subject, not
    the person told."""
    rels = relations_in(
        "Pelatih Rudi Hartono mengatakan kepada wartawan bahwa Budi Santoso sudah sembuh. "
        "Rudi juga mengatakan kepada Menteri Olahraga Agus Salim bahwa timnya siap.",
        "id",
    )
    assert ("Agus Salim", "met", "Rudi Hartono") in rels  # control: a named addressee
    assert not any("Budi Santoso" in (s, o) for s, p, o in rels if p == "met")


def test_a_relative_clause_borders_from_its_head_not_the_main_subject():
    rels = relations_in(
        "Konvoi bantuan Prancis dan Jerman tiba dari Niger, yang berbatasan dengan Mali, "
        "pada Selasa.",
        "id",
    )
    assert ("Mali", "borders", "Niger") in rels or ("Niger", "borders", "Mali") in rels
    assert not any(p == "borders" and {"France", "Germany"} & {s, o} for s, p, o in rels)


def test_a_planned_attack_and_a_suspicion_are_no_facts():
    planned = relations_in(
        "Parlemen membahas rencana serangan militer Rusia ke Moldova. Serangan militer Rusia "
        "ke Georgia dimulai pada Agustus 2008.",
        "id",
    )
    assert ("Russia", "invaded", "Georgia") in planned  # control
    assert ("Russia", "invaded", "Moldova") not in planned
    suspected = relations_in(
        "Polisi menyelidiki dugaan bahwa Budi Santoso menyeberang ke Singapura dengan kapal "
        "nelayan. Budi Santoso pergi ke Bangkok pada Mei.",
        "id",
    )
    assert ("Budi Santoso", "visited", "Bangkok") in suspected  # control
    assert ("Budi Santoso", "visited", "Singapore") not in suspected


def test_each_titled_name_keeps_its_own_of_country():
    rels = relations_in(
        "He met President Luiz Carvalho of Brazil and Prime Minister Anne Dubois of Belgium "
        "in Lisbon.",
        "en",
    )
    assert ("Luiz Carvalho", "officialOf", "Brazil") in rels  # control
    assert ("Anne Dubois", "officialOf", "Belgium") in rels
    assert ("Anne Dubois", "officialOf", "Brazil") not in rels


def test_a_plan_told_in_the_pluperfect_did_not_happen():
    rels = relations_in(
        "President Mark Ellison called off the tour. He had been due to fly to Fiji on Monday. "
        "Ellison is due to visit Tokyo in June.",
        "en",
    )
    assert ("Mark Ellison", "visited", "Tokyo") in rels  # control: a plan stated as fact
    assert ("Mark Ellison", "visited", "Fiji") not in rels


def test_reported_will_is_a_plan_stated_as_fact_but_not_a_hypothetical():
    rels = relations_in(
        "Prime Minister Anne Dubois told reporters she would fly to Oslo on Monday. "
        "President Mark Ellison said it would be an honour to visit Lima one day.",
        "en",
    )
    assert ("Anne Dubois", "visited", "Oslo") in rels
    assert ("Mark Ellison", "visited", "Lima") not in rels


def test_a_postponing_verb_undoes_the_meeting():
    rels = relations_in(
        "President Mark Ellison met Chancellor Petra Lind in Vienna on Monday. A day later he "
        "said he was postponing his talks with Prime Minister Anne Dubois.",
        "en",
    )
    assert ("Mark Ellison", "met", "Petra Lind") in rels  # control
    assert not any("Anne Dubois" in (s, o) for s, p, o in rels if p == "met")


def test_an_object_pronoun_in_a_where_clause_is_the_main_clauses_subject():
    rels = relations_in(
        "President Mark Ellison arrived in Valletta and later flew on to Andorra, where "
        "Prince Carl Brandt received him at the palace.",
        "en",
    )
    assert ("Mark Ellison", "visited", "Andorra") in rels  # control
    assert ("Carl Brandt", "met", "Mark Ellison") in rels or (
        "Mark Ellison",
        "met",
        "Carl Brandt",
    ) in rels


def test_a_coordinated_verb_shares_the_first_verbs_subject_not_an_apposition():
    """ "she flew to P for a meeting with its leader, Gen. Y, and later stopped in R, where she
    met Z": the traveller stopped in R and met Z; Y did neither."""
    rels = relations_in(
        "Prime Minister Tom Hale left London on Thursday. On Friday he flew to Tashkent for a "
        "meeting with Uzbekistan's leader, Gen. Rustam Karimov, and later stopped in Almaty, "
        "where he met President Nur Saparov of Kazakhstan.",
        "en",
    )
    assert ("Tom Hale", "visited", "Almaty") in rels
    assert ("Tom Hale", "met", "Nur Saparov") in rels or ("Nur Saparov", "met", "Tom Hale") in rels
    assert not any("Rustam Karimov" in (s, o) and "Nur Saparov" in (s, o) for s, _, o in rels)
    assert ("Rustam Karimov", "visited", "Almaty") not in rels


def test_a_trip_to_a_city_and_its_country_reaches_both():
    rels = relations_in(
        "President Mark Ellison left Rome on Thursday. On Friday the president flies on to "
        "Leipzig, Germany, where he is to open a trade fair.",
        "en",
    )
    assert ("Mark Ellison", "visited", "Germany") in rels  # control
    assert ("Mark Ellison", "visited", "Leipzig") in rels


def test_a_name_does_not_end_in_a_lower_case_of():
    """The English model may end a person at "of" ("King X of Y" as "X of"): the linker
    cuts lower-case words off a name's end, and keeps a name's own particle inside it."""
    import spacy
    from spacy.tokens import Span

    from kg.nlp import load_pipeline

    linker = load_pipeline("en").get_pipe("kg_gazetteer")
    doc = spacy.blank("en")("the palace of King Hamid of Jordan and of Ludwig van Berg")
    cut = linker._trim(Span(doc, 4, 6, label="Person"), "Person")
    assert cut is not None and cut.text == "Hamid"
    kept = linker._trim(Span(doc, 9, 12, label="Person"), "Person")
    assert kept is not None and kept.text == "Ludwig van Berg"  # control


def test_the_learned_layers_home_guard_knows_a_person_named_again():
    """An office read in one sentence ("Menlu China Li Wen") makes the same person, named
    again later, at home in that country's cities; another person is not."""
    from kg.extract import read_rules
    from kg.extract.learned import _at_home
    from kg.ingest import read_text
    from kg.nlp import analyze

    text = (
        "Menteri Luar Negeri China Li Wen menerima Menteri Luar Negeri Agus Salim. "
        "Keduanya hadir dalam pertemuan yang digelar Li Wen di Chengdu."
    )
    ctx = read_rules(analyze(read_text(text, source="test", lang="id")), "id")
    second = [m for m in ctx.mentions if m.sent_index == 1]
    host = next(m for m in second if m.text == "Li Wen")
    city = next(m for m in second if m.text == "Chengdu")
    guest = next(m for m in ctx.mentions if m.text == "Agus Salim")
    assert _at_home(ctx, host, city)
    assert not _at_home(ctx, guest, city)  # control


def test_a_counterpart_set_off_by_a_comma_holds_the_office():
    rels = relations_in(
        "Prime Minister Arun Mehta of India held talks with his Nepali counterpart, Sita "
        "Koirala, in Kathmandu. The chief executive Tom Reed met his Chinese counterpart, "
        "Li Ming, in Shanghai.",
        "en",
    )
    assert ("Arun Mehta", "officialOf", "India") in rels  # control
    assert ("Sita Koirala", "officialOf", "Nepal") in rels
    assert ("Li Ming", "officialOf", "China") not in rels  # a CEO's counterpart: no office


def test_the_congo_named_without_its_article_is_the_country():
    """ "Democratic Republic of Congo" (no "the"), as English news often writes it."""
    labels = labels_in(
        "The president flew to the Democratic Republic of Congo and then to Angola.", "en"
    )
    assert "Angola" in labels  # control
    assert "Democratic Republic of the Congo" in labels
    assert "Democratic Republic of Congo" not in labels


def test_a_departure_point_named_as_a_facility_is_no_subject():
    """ "X bertolak dari Pangkalan Udara Y menuju P": the base is the verb's oblique, so the
    trip's subject is X, found across it."""
    rels = relations_in(
        "Presiden Rudi Hartono bertolak dari Pangkalan Udara Sultan Hasanuddin menuju Manila "
        "pada Minggu pagi.",
        "id",
    )
    assert ("Rudi Hartono", "visited", "Manila") in rels


def test_an_honorific_between_a_governors_place_and_the_name_keeps_the_title():
    rels = relations_in(
        "Presiden Rudi Hartono disambut Gubernur Madinah Pangeran Faisal bin Salman.", "id"
    )
    assert ("Faisal bin Salman", "met", "Rudi Hartono") in rels


def test_a_capital_after_a_mayors_title_is_the_city_not_its_country():
    rels = relations_in("Presiden Rudi Hartono bertemu Wali Kota Hanoi Nguyen Van Binh.", "id")
    assert ("Nguyen Van Binh", "officialOf", "Hanoi") in rels
    assert ("Nguyen Van Binh", "officialOf", "Vietnam") not in rels


def test_a_meal_with_a_named_person_is_a_meeting():
    rels = relations_in(
        "Presiden Rudi Hartono makan siang bersama Perdana Menteri Anne Dubois di Oslo. "
        "Malamnya ia makan malam bersama keluarga.",
        "id",
    )
    assert ("Rudi Hartono", "met", "Anne Dubois") in rels or (
        "Anne Dubois",
        "met",
        "Rudi Hartono",
    ) in rels
    assert ("Rudi Hartono", "visited", "Oslo") in rels


def test_coming_back_from_a_place_means_having_been_there():
    id_rels = relations_in(
        "Presiden Rudi Hartono kembali dari Lima, Peru, pada Senin malam.",
        "id",
    )
    assert ("Rudi Hartono", "visited", "Lima") in id_rels


def test_a_meetings_place_is_not_read_across_another_clause():
    rels = relations_in(
        "Foreign Minister Ivan Petrov arrived in Xiamen on Monday for talks with his Chinese "
        "counterpart Li Wen, a week after Chinese envoys fought U.S. negotiators in Geneva.",
        "en",
    )
    assert ("Ivan Petrov", "visited", "Xiamen") in rels  # control
    assert ("Ivan Petrov", "visited", "Geneva") not in rels
    held = relations_in(
        "Presiden Rudi Hartono mengadakan pertemuan dengan Presiden Iran Ali Rezai yang "
        "berlangsung di Teheran. Pertemuan dengan Ali Rezai membahas banjir di Irak.",
        "id",
    )
    assert ("Rudi Hartono", "visited", "Tehran") in held  # an event verb keeps the place
    assert ("Rudi Hartono", "visited", "Iraq") not in held


def test_a_ship_named_after_a_person_is_no_traveller():
    rels = relations_in(
        "Kapal perang KRI Raden Saleh berlayar menuju Manila. Presiden Rudi Hartono terbang "
        "ke Manila pada Senin.",
        "id",
    )
    assert ("Rudi Hartono", "visited", "Manila") in rels  # control
    assert not any(s == "Raden Saleh" for s, _, _ in rels)


def test_an_office_is_read_through_a_tenure_word_but_not_a_former_one():
    rels = relations_in(
        "Tom Reed, the current chief executive of Microsoft, said the deal was done. "
        "Lena Fox, the former chief executive of Google, disagreed.",
        "en",
    )
    assert ("Tom Reed", "officialOf", "Microsoft") in rels
    assert ("Lena Fox", "officialOf", "Google") not in rels  # control: a former office


def test_a_counterpart_with_an_honorific_holds_the_office():
    rels = relations_in(
        "Prime Minister Arun Mehta of India met his Qatari counterpart, Sheikh Rashid Nasser, "
        "in Doha.",
        "en",
    )
    assert ("Arun Mehta", "officialOf", "India") in rels  # control
    assert ("Rashid Nasser", "officialOf", "Qatar") in rels


def test_a_judge_of_a_court_named_head_last_holds_the_office():
    rels = relations_in(
        "Judge Paul Stone of the Harlow County District Court read the verdict.", "en"
    )
    assert ("Paul Stone", "officialOf", "Harlow County District Court") in rels


def test_calling_a_thing_is_no_phone_call_calling_a_person_is():
    rels = relations_in(
        "Mark Ellison met Anne Dubois in Oslo on Tuesday and called the talks productive. "
        "Tom Hale met Petra Lind in Vienna after he called her on Monday. "
        "Rina Das called off her visit to Lima, where she was to meet Nur Saparov.",
        "en",
    )
    assert ("Anne Dubois", "met", "Mark Ellison") in rels or (
        "Mark Ellison",
        "met",
        "Anne Dubois",
    ) in rels
    assert not any("Petra Lind" in (s, o) for s, p, o in rels if p == "met")  # a phone call
    assert not any("Nur Saparov" in (s, o) for s, p, o in rels if p == "met")  # called off
