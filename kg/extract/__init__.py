"""Extract stage: mentions and relations, with evidence, from an analysed document.

Relations come from trigger patterns kept as data (``ontology/lexicon/<lang>.jsonl``), each
naming a frame that fills its roles; officialOf comes from title phrases, locatedIn from
city-country constructions. Nothing here knows a name from any article.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.errors import ModelError
from kg.extract.context import Context, sentence_end
from kg.extract.datelines import extract_dateline_visitors
from kg.extract.dates import fill_relation_dates
from kg.extract.dependency import extract_dependency_relations
from kg.extract.frames import FRAMES
from kg.extract.learned import LearnedModel, extract_learned
from kg.extract.lexicon import lexicon_problems, load_cues, trigger_matcher
from kg.extract.locations import extract_locations
from kg.extract.mentions import build_mentions
from kg.extract.ministries import extract_ministry_offices
from kg.extract.model import (
    Extraction,
    Mention,
    Relation,
    outranks,
)
from kg.extract.offices import (
    extract_counterparts,
    extract_described_offices,
    extract_elided_offices,
    extract_offices,
    extract_offices_after_names,
    extract_paired_offices,
    extract_side_offices,
)
from kg.extract.prefaces import extract_prefaces
from kg.ingest.metadata import Metadata

__all__ = ["Extraction", "Mention", "Relation", "extract", "read_rules"]

_MATCHERS: dict[tuple[int, str], tuple] = {}


def _matcher(doc: Doc, lang: str):
    key = (id(doc.vocab), lang)
    if key not in _MATCHERS:
        problems = lexicon_problems(lang, FRAMES)
        if problems:
            raise ModelError(f"ontology/lexicon/{lang}.jsonl: " + "; ".join(problems))
        _MATCHERS[key] = trigger_matcher(doc.vocab, lang)
    return _MATCHERS[key]


def extract(
    doc: Doc,
    lang: str,
    meta: Metadata | None = None,
    *,
    learned: bool | LearnedModel = True,
    learned_floor: float | None = None,
) -> Extraction:
    """Mentions and relations of one analysed document (``doc`` from the NLP stage).

    ``learned=False`` leaves out the learned layer (``kg.extract.learned``), for measuring the
    rules alone; a ``LearnedModel`` is used instead of the shipped one (for training it).
    ``learned_floor`` below the layer's own calibrated cut-off also gives its weaker pairs, as
    candidates that resolve keeps apart (``kg.extract.learned.below_own_floor``).

    ``meta`` is the document's date and dateline as ingest read them from the ORIGINAL text
    (``Document.metadata``); the Doc holds the masked body, whose date line may be blank.
    Visited/met relations get their ``date`` here, once; later stages only read it.
    """
    ctx = read_rules(doc, lang, meta)
    if learned is not False:
        extract_learned(ctx, None if learned is True else learned, floor=learned_floor)
    relations = fill_relation_dates(_dedupe(ctx.relations), doc.text, meta)
    return Extraction(
        lang=lang,
        mentions=[_as_read(ctx, m) for m in ctx.mentions],
        relations=relations,
        sentences=[(s.start_char, sentence_end(s)) for s in ctx.sents],
    )


def read_rules(doc: Doc, lang: str, meta: Metadata | None = None) -> Context:
    """The document as the rules read it: its mentions and the relations of every rule, before
    the learned layer. Why apart: the layer is trained on exactly what it will see at run time,
    the pairs the rules left unrelated (``kg.devtools.relations.articles``)."""
    cues = load_cues(lang)
    mentions = build_mentions(doc, lang, cues)
    ctx = Context(doc=doc, lang=lang, cues=cues, mentions=mentions)
    ctx.literal_places.update(_dateline_places(mentions, meta))
    matcher, by_rule = _matcher(doc, lang)
    # Grammatical roles first; a trigger the parse already explained is not re-read by order.
    parsed_triggers = extract_dependency_relations(ctx)
    for sent in ctx.sents:
        for match_id, start, end in sorted(matcher(sent), key=lambda m: m[1]):
            trig = by_rule[doc.vocab.strings[match_id]]
            if any(
                (sent.start + i, p) in parsed_triggers
                for i in range(start, end)
                for p in (trig.predicate, "*")
            ):
                continue
            span = sent[start:end]
            ctx.trigger = (span.start_char, span.end_char)
            FRAMES[trig.frame](ctx, sent, trig, sent.start + start, sent.start + end)
    ctx.trigger = None
    extract_offices(ctx)
    extract_offices_after_names(ctx)
    extract_paired_offices(ctx)
    extract_elided_offices(ctx)
    extract_side_offices(ctx)
    extract_counterparts(ctx)
    extract_ministry_offices(ctx)
    extract_described_offices(ctx)
    extract_dateline_visitors(ctx, meta)
    extract_locations(ctx)
    extract_prefaces(ctx)
    return ctx


def _dateline_places(mentions: list[Mention], meta: Metadata | None) -> set[int]:
    """The city of a dateline ("JAKARTA, KOMPAS.com -", "Jakarta -") is where the story was
    filed, a place used literally, never a metonym for its country's government."""
    if meta is None or meta.dateline_head is None:
        return set()
    start, end = meta.dateline_head
    return {
        m.index
        for m in mentions
        if start <= m.start < end and m.type in ("City", "Place") and not m.is_pronoun
    }


def _as_read(ctx: Context, m: Mention) -> Mention:
    """The mention with what the rules learned of it: used literally as a place, or a
    namesake of the gazetteer's place (unlinked, a place of unknown kind)."""
    if m.index in ctx.namesakes:
        m = replace(m, kb_id=None, type="Place")
    return replace(m, literal_place=True) if m.index in ctx.literal_places else m


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per evidence span: the surest reading (``outranks``)."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.subject, r.predicate, r.object, r.start, r.end)
        if key not in best or outranks(r, best[key]):
            best[key] = r
    return list(best.values())
