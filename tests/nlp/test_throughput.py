"""Issue 11's speed-ups give the output of the paths they replaced: documents analysed in
batches (``kg build`` in one process) equal documents analysed one by one, and the title
finders' indexes find what trying every title at every token found."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg.ingest import read_text
from kg.nlp.lexicon import load_titles

ID_TEXTS = [
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Istana Bogor pada "
    "Senin.\nMenteri Luar Negeri Retno Marsudi mengunjungi Singapura dan Kuala Lumpur.",
    "JAKARTA - Wakil Presiden Ma'ruf Amin tiba di Riyadh, Arab Saudi.\n\nKeduanya membahas "
    "kerja sama ekonomi dengan Putra Mahkota Mohammed bin Salman.",
    "Menteri Pertahanan Prabowo Subianto menerima Menteri Pertahanan Australia Richard Marles "
    "di Jakarta. Rusia menginvasi Ukraina pada Februari 2022.",
    "Presiden Joko Widodo tiba di Surabaya pada Kamis.\nKepala Negara kemudian meninjau markas "
    "Polda Jawa Timur bersama Gubernur Khofifah Indar Parawansa dan Kapolri Listyo Sigit.",
]
EN_TEXTS = [
    "Secretary of State Antony Blinken met Kazakh President Kassym-Jomart Tokayev in Astana "
    "on Tuesday.\nBlinken later travelled to Tashkent, the capital of Uzbekistan.",
    "Prime Minister Anthony Albanese arrived in Jakarta, where he met President Joko Widodo. "
    "Indonesia borders Malaysia and Papua New Guinea.",
]


def _documents():
    docs = [read_text(t, source=f"id-{i}", lang="id") for i, t in enumerate(ID_TEXTS)]
    docs += [read_text(t, source=f"en-{i}", lang="en") for i, t in enumerate(EN_TEXTS)]
    return docs


def _tokens(doc):
    return [
        (t.text, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_, t.ent_kb_id_)
        for t in doc
    ]


@pytest.mark.slow
def test_batched_analysis_gives_each_document_the_docs_it_gets_alone():
    from kg.nlp import analyze, analyze_batch

    documents = _documents()
    alone = [_tokens(analyze(d)) for d in documents]
    together = [_tokens(doc) for doc in analyze_batch(documents)]
    assert together == alone
    ents = {(t[0], t[6], t[7]) for doc in alone for t in doc if t[6]}
    # positive control: linked countries and cities, people, both languages
    assert ("Singapura", "Country", "iso3166:SG") in ents and ("Blinken", "Person", "") in ents
    assert any(kb.startswith("geonames:") for _, _, kb in ents)


@pytest.mark.slow
def test_batched_build_path_gives_the_graphs_of_one_document_at_a_time():
    from kg.parallel import analyze_documents, run_stages

    def graph(analysis):
        g = analysis.graph
        g.remove((None, PROV.endedAtTime, None))  # the time of extraction differs
        return g

    documents = _documents()
    alone = [graph(run_stages(d)) for d in documents]
    together = [graph(a) for a in analyze_documents(documents)]
    assert len(together) == len(alone)
    for a, b in zip(alone, together, strict=True):
        assert len(a) > 20 and isomorphic(a, b)


@pytest.mark.slow
def test_a_bad_document_in_a_batch_costs_only_itself(monkeypatch):
    """The batch fails as a whole in the pipeline; each document is then analysed alone."""
    import kg.nlp
    from kg.parallel import Analysis, Failure, analyze_documents

    documents = _documents()[:3]
    real = kg.nlp.analyze

    def fragile(document):  # noqa: ANN001, ANN202
        if document.source == "id-1":
            raise ZeroDivisionError("a component divided by zero")
        return real(document)

    def failing_batch(texts):  # noqa: ANN001, ANN202
        raise ZeroDivisionError("the batch failed")

    monkeypatch.setattr(kg.nlp, "analyze", fragile)
    monkeypatch.setattr("kg.nlp.chunks.analyze_texts", lambda nlp, texts: failing_batch(texts))
    results = analyze_documents(documents)
    assert [type(r) for r in results] == [Analysis, Failure, Analysis]
    assert "ZeroDivisionError: a component divided by zero" in str(results[1])


def _title_ending_at_every_title(doc, i, titles, floor):
    """The replaced finder: every title tried at token ``i``, longest first."""
    for title in titles:
        n = len(title.words)
        start = i - n + 1
        if start < floor:
            continue
        if all(doc[start + k].lower_ == w.lower() for k, w in enumerate(title.words)):
            return title
    return None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_title_ending_at_finds_what_trying_every_title_found(lang):
    import spacy

    from kg.extract.mentions import _title_ending_at

    titles = load_titles(lang)
    nlp = spacy.blank(lang)
    words = [w for t in titles for w in (*t.words, "dan")]
    doc = nlp.make_doc(" ".join(words))
    found = 0
    for floor in (0, 3):
        for i in range(-1, len(doc)):
            got = _title_ending_at(doc, i, titles, floor)
            assert got == _title_ending_at_every_title(doc, i, titles, floor)
            found += got is not None
    assert found > 20  # positive control: the text is made of titles


@pytest.mark.parametrize("lang", ["id", "en"])
def test_title_ends_are_the_longest_title_at_each_token(lang):
    """kg_gazetteer's title finder against the loop it replaced, on a text of titles."""
    import spacy

    from kg.nlp.components import GazetteerLinker
    from kg.nlp.gazetteer import Gazetteer, GazetteerEntry

    nlp = spacy.blank(lang)
    kz = GazetteerEntry("iso3166:KZ", "Country", "Kazakhstan")
    linker = GazetteerLinker(nlp, Gazetteer([kz]))
    words = [w for t in load_titles(lang) for w in (*t.words, "X")]
    doc = nlp.make_doc(" ".join(words))
    expected = []
    for i in range(len(doc)):
        for seq in linker.title_sequences:
            n = len(seq)
            if i + n <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(seq)):
                expected.append((i + n, n))
                break
    assert len(expected) > 20  # positive control
    assert linker._title_ends(doc, with_length=True) == expected
    assert linker._title_ends(doc) == [end for end, _ in expected]


def test_batches_hold_at_most_their_size_and_characters_but_a_long_document_goes_alone():
    from kg.parallel import _partitions

    sizes = [10, 10, 10, 95, 10, 200, 10, 10, 10, 10, 10]
    docs = [read_text("x" * n, source=f"d{i}", lang="id") for i, n in enumerate(sizes)]
    batches = list(_partitions(enumerate(docs), size=4, max_chars=100))
    assert [keys for keys, _ in batches] == [[0, 1, 2], [3], [4], [5], [6, 7, 8, 9], [10]]
    assert all(len(b) == len(k) for k, b in batches)
    assert [k for k, _ in _partitions(enumerate(docs[:5]), size=2)] == [[0, 1], [2, 3], [4]]


def _title_ends_every_title(linker, doc, with_length=False, lowers=None):
    """kg_gazetteer's replaced title finder: every title tried at every token."""
    ends = []
    for i in range(len(doc)):
        for words in linker.title_sequences:
            n = len(words)
            if i + n <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                ends.append((i + n, n) if with_length else i + n)
                break
    return ends


def _matches_every_length(table, doc, lowers=None):
    """The replaced gazetteer matcher: every name length tried at every token."""
    from tests.nlp.test_sequences import _every_length

    lowers, texts = [t.lower_ for t in doc], [t.text for t in doc]
    return _every_length(table.lower, lowers) + _every_length(table.exact, texts)


def _phrase_at_every_phrase(doc, i, phrases):
    for phrase in phrases:
        if tuple(t.lower_ for t in doc[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


@pytest.mark.slow
def test_the_optimised_path_gives_the_entities_and_relations_of_the_replaced_one(monkeypatch):
    """Every stage run twice on invented articles: as now, then with the finders issue 11
    replaced put back (reference copies above); the same graphs, entities and relations."""
    import kg.extract.learned
    import kg.extract.mentions
    from kg.nlp import load_pipeline
    from kg.nlp.components import GazetteerLinker, join_body_prefixes
    from kg.nlp.phrases import PhraseTable
    from kg.parallel import run_stages

    def graphs():
        out = []
        for d in _documents():
            g = run_stages(d).graph
            g.remove((None, PROV.endedAtTime, None))
            out.append(g)
        return out

    fast = graphs()
    linker = load_pipeline("id").get_pipe("kg_gazetteer")
    replaced = [
        _join_body_prefixes_every_phrase if p is join_body_prefixes else p for p in linker.passes
    ]
    monkeypatch.setattr(linker, "passes", replaced)
    monkeypatch.setattr(kg.extract.mentions, "_reference_at", _reference_at_every_title)
    monkeypatch.setattr(
        kg.extract.learned,
        "_pair_features",
        lambda view, *args: _featurize_token_by_token(view.span, *args),
    )
    monkeypatch.setattr(GazetteerLinker, "_title_ends", _title_ends_every_title)
    monkeypatch.setattr(PhraseTable, "matches", _matches_every_length)
    monkeypatch.setattr(kg.extract.mentions, "_title_ending_at", _title_ending_at_every_title)
    monkeypatch.setattr(kg.extract.mentions, "phrase_at", _phrase_at_every_phrase)
    slow = graphs()
    for a, b in zip(fast, slow, strict=True):
        assert isomorphic(a, b)
    text = "\n".join(g.serialize(format="nt") for g in fast)
    # positive controls: relations of several kinds, and linked entities
    for predicate in ("visited", "met", "officialOf", "borders"):
        assert f"/{predicate}>" in text or f"#{predicate}>" in text, predicate
    assert "geonames" in text
    # ... and an organisation named after its place (join_body_prefixes). The bare-title
    # finder and the learned layer's features are compared token by token and pair by pair
    # below: no invented sentence here is left to the learned layer.
    assert '"Polda Jawa Timur"' in text


def _reference_at_every_title(doc, i, titles, cues, lang, offices=None):
    """The replaced bare-title finder: every title compared at every token."""
    from kg.extract.mentions import _HEAD_OFFICES, _offices_of

    words = [t.lower_ for t in doc[i : i + 4]]
    capitalised = doc[i].text[:1].isupper() and lang == "id"
    definite = lang == "en" and i > 0 and doc[i - 1].lower_ == "the"
    if not (capitalised or definite):
        return None
    for phrase in cues.head_of_state:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase), lambda p: bool(_offices_of(p, titles) & _HEAD_OFFICES)
    for title in titles:
        if (
            (title.head or title.names)
            and title.office
            and not title.bodies  # "the coach": a role as often as a reference (stop 42)
            and tuple(words[: len(title.words)]) == tuple(w.lower() for w in title.words)
        ):
            office = title.office
            return len(title.words), lambda p, office=office: office in _offices_of(p, titles)
    return None


def _join_body_prefixes_every_phrase(linker, work):
    """The replaced ``join_body_prefixes`` pass: the words before a place read per phrase."""
    from spacy.tokens import Span

    from kg.nlp.components import _PLACE_LABELS, _linked, cue_phrases

    prefixes = cue_phrases(linker.lang, "body_prefix")
    taken = {i for e in work.ents for i in range(e.start, e.end)}
    out = []
    for e in work.ents:
        if e.label_ in _PLACE_LABELS:
            for phrase in prefixes:
                k = e.start - len(phrase)
                words = e.doc[k : e.start] if k >= 0 else None
                if (
                    words is not None
                    and not any(i in taken for i in range(k, e.start))
                    and tuple(t.lower_ for t in words) == phrase
                    and words[0].text[:1].isupper()
                    and (phrase != ("pemerintah",) or e[0].lower_ in linker.region_heads | {"kota"})
                ):
                    whole = Span(e.doc, k, e.end)
                    entry = linker.gazetteer.lookup(whole.text)
                    known = entry is not None and entry.type == "Organization"
                    e = (
                        _linked(whole, entry)
                        if known
                        else Span(e.doc, k, e.end, label="Organization")
                    )
                    break
        out.append(e)
    work.ents = out


def _featurize_token_by_token(sent, spans, s, o, words):
    """The replaced feature reader of the learned layer: spaCy tokens read for each pair."""
    from kg.extract.learned import WINDOW, _bucket, _weekdays, dep_path

    def dated(i):
        if i < len(sent) and sent[i].text == ",":
            i += 1
        return i < len(sent) and (sent[i].lower_ in _weekdays() or sent[i].text == "(")

    (s0, s1, sl), (o0, o1, ol) = spans[s], spans[o]
    types = f"{sl}>{ol}"
    feats = [f"types={types}", "bias"]
    forward = s0 < o0
    feats.append(f"dir={'fwd' if forward else 'back'}|{types}")
    lo, hi = (s1, o0) if forward else (o1, s0)
    between = [t.lower_ for t in sent[lo:hi]] if hi > lo else []
    feats.append(f"dist={_bucket(len(between))}")
    feats.append(f"dist={_bucket(len(between))}|{types}")
    if between:
        feats.append(f"bfirst={between[0]}|{types}")
        feats.append(f"blast={between[-1]}|{types}")
        feats.append(f"bfirst={between[0]}")
        feats.append(f"blast={between[-1]}")
        if len(between) <= 3:
            feats.append(f"bphrase={' '.join(between)}|{types}")
        feats.extend(f"bw={w}" for w in set(between))
    else:
        feats.append(f"adjacent|{types}")
    inside = [
        label
        for k, (a0, a1, label) in enumerate(spans)
        if k not in (s, o) and lo <= a0 and a1 <= hi
    ]
    feats.extend(f"ent_between={label}|{types}" for label in set(inside))
    feats.append(f"n_between={_bucket(len(inside))}")
    first = min(s0, o0)
    before = [t.lower_ for t in sent[max(0, first - WINDOW) : first]]
    for w in set(between):
        if w in words["trigger"]:
            feats.append(f"trig_between={words['trigger'][w]}|{types}")
            feats.append(f"trigw_between={w}")
    for w in before:
        if w in words["trigger"]:
            feats.append(f"trig_before={words['trigger'][w]}|{types}")
    for name, (a0, _a1, label) in (("s", spans[s]), ("o", spans[o])):
        prev = sent[a0 - 1].lower_ if a0 > 0 else "<s>"
        feats.append(f"prev_{name}={prev}")
        if label == "PER":
            for w in (t.lower_ for t in sent[max(0, a0 - WINDOW) : a0]):
                if w in words["title"]:
                    feats.append(f"title_{name}={w}")
                    feats.append(f"title_{name}|{types}")
    nxt = sent[o1].lower_ if o1 < len(sent) else "</s>"
    feats.append(f"next_o={nxt}")
    if dated(o1):
        feats.append(f"o_then_day|{types}")
    path = dep_path(sent[s0:s1].root, sent[o0:o1].root)
    if path.count(" ") < 5:
        feats.append(f"path={path}|{types}")
    feats.extend(f"pathlab={label}" for label in set(path.split()))
    for t in sent:
        if t.lower_ in words["cue"]:
            feats.append(f"cue={words['cue'][t.lower_]}|{types}")
            feats.append(f"cuew={t.lower_}")
    return sorted(set(feats))


@pytest.mark.slow
def test_features_of_every_pair_are_those_read_token_by_token():
    """The learned layer's feature reader (one read of the tokens per document) against the
    reader it replaced, on every ordered pair of entities of every sentence."""
    from kg.extract.learned import featurize, lexicon_words
    from kg.nlp import analyze

    words = lexicon_words()
    pairs = 0
    for document in _documents():
        doc = analyze(document)
        for sent in doc.sents:
            ents = [e for e in doc.ents if sent.start <= e.start and e.end <= sent.end]
            spans = [(e.start - sent.start, e.end - sent.start, e.label_[:3].upper()) for e in ents]
            for s in range(len(spans)):
                for o in range(len(spans)):
                    if s != o:
                        expected = _featurize_token_by_token(sent, spans, s, o, words)
                        assert featurize(sent, spans, s, o) == expected
                        pairs += 1
    assert pairs > 20  # positive control: sentences with several entities


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bare_title_finder_finds_what_comparing_every_title_found(lang):
    """``_reference_at`` (titles looked up by their first word) against the loop it replaced,
    at every token of a text made of titles, capitalised and after "the"."""
    import spacy

    from kg.extract.lexicon import load_cues
    from kg.extract.mentions import _reference_at

    titles = load_titles(lang)
    cues = load_cues(lang)
    nlp = spacy.blank(lang)
    words = [w for t in titles for w in ("the", *t.words, "dan")]
    doc = nlp.make_doc(" ".join(words))

    def seen(hit):  # noqa: ANN001, ANN202 - the length, and the office the predicate asks for
        return None if hit is None else (hit[0], hit[1].__defaults__)

    found = 0
    for i in range(len(doc)):
        got = seen(_reference_at(doc, i, titles, cues, lang))
        assert got == seen(_reference_at_every_title(doc, i, titles, cues, lang))
        found += got is not None
    assert found > 20  # positive control: the text is made of titles


def test_loading_a_pipeline_freezes_what_lives_on_and_later_cycles_are_still_freed():
    """Issue 11: ``load_pipeline`` freezes the objects alive once it has loaded, so full
    collections stop walking the pipeline; the cycles documents leave are still collected."""
    import gc
    import weakref

    from kg.nlp.pipeline import _freeze_what_lives_on

    class Node:
        pass

    try:
        before = gc.get_freeze_count()
        kept = [{"a pipeline's": "objects"} for _ in range(100)]
        _freeze_what_lives_on()
        assert gc.get_freeze_count() >= before + len(kept)  # frozen: no collection walks them
        # positive control: a cycle made afterwards is still freed by a collection
        cycle = Node()
        cycle.self = cycle  # type: ignore[attr-defined]
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None
        assert gc.get_freeze_count() >= before + len(kept)  # and the frozen ones stayed frozen
    finally:
        gc.unfreeze()  # the test process keeps collecting everything, as before
