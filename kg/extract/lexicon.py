"""Trigger patterns and cue words per language, read from ``ontology/lexicon/<lang>.jsonl``."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from kg.nlp.lexicon import read_jsonl

__all__ = [
    "Trigger",
    "Cues",
    "load_triggers",
    "load_cues",
    "trigger_matcher",
    "lexicon_problems",
]

# Cues matched as word sequences; every other cue is matched one token at a time.
_PHRASE_CUES = frozenset(
    {
        "tenure",
        "undone_plan",
        "never_happened",
        "capital",
        "capital_reference",
        "capital_called",
        "city_reference",
        "group_leaders",
        "alias_of",
        "alias_for",
        "alias_echo",
        "sidelines",
        "head_of_state",
        "office_link",
        "plural_pronoun",
        "trio_pronoun",
        "consort",
        "kin_of",
        "installation",
        "topic_opener",
        "companion",
        "body_prefix",
        "body_prefix_short_form",
        "national_body",
        "admin_level",
        "denial",
        "return_home",
        "list_opener",
        "state_office",
        "own_home",
        "country_pair",
        "country_reference",
        "guest_reference",
        "members_opener",
        "members_intro",
        "not_negation",
        "company_title",
        "body_panel",
        "homeland",
        "stand_in",
        "settled",
        "town_kind",
        "capital_kind",
        "area_kind",
        "kind_article",
        "company_object",
        "company_part",
        "side_opener",
    }
)
_VENUE_ROLES = frozenset({"subject", "object", "both"})


@dataclass(frozen=True)
class Trigger:
    """A lexical trigger: a token pattern, the predicate it signals, and how to fill its roles."""

    rule: str
    predicate: str
    frame: str
    confidence: float
    pattern: tuple
    max_gap: int | None = None  # tokens allowed between trigger and object; None: the frame's
    venue: str | None = None  # who was at "di/in P" after it: subject, object or both


@dataclass(frozen=True)
class Cues:
    """Closed-class words that steer the frames (negation, clause breaks, pronouns...)."""

    negation_near: frozenset[str]
    negation_clause: frozenset[str]
    clause_break: frozenset[str]
    contrast: frozenset[str]
    trip_noun: frozenset[str]
    complementizer: frozenset[str]
    claim_noun: frozenset[str]
    denial: tuple[tuple[str, ...], ...]
    return_home: tuple[tuple[str, ...], ...]
    readiness: frozenset[str]
    envoy_to: frozenset[str]
    approval: frozenset[str]
    people_noun: frozenset[str]
    event_verb: frozenset[str]
    tenure: frozenset[str]
    body_modifier: frozenset[str]
    respective: frozenset[str]
    predicative: frozenset[str]
    arrival_with: frozenset[str]
    person_call: frozenset[str]
    remote_contact: frozenset[str]
    likewise: frozenset[str]
    contact_verb: frozenset[str]
    undone_plan: tuple[tuple[str, ...], ...]
    never_happened: tuple[tuple[str, ...], ...]
    list_opener: tuple[tuple[str, ...], ...]
    subordinator: frozenset[str]
    purpose: frozenset[str]
    purpose_clause: frozenset[str]
    conditional: frozenset[str]
    arrival_noun: frozenset[str]
    pronoun: frozenset[str]
    group_pronoun: frozenset[str]
    plural_pronoun: tuple[tuple[str, ...], ...]
    trio_pronoun: tuple[tuple[str, ...], ...]
    consort: tuple[tuple[str, ...], ...]
    kin_of: tuple[tuple[str, ...], ...]
    installation: frozenset[str]
    topic_opener: frozenset[str]
    numbered_panel: frozenset[str]
    time_clause: frozenset[str]
    members_intro: tuple[tuple[str, ...], ...]
    reciprocal: frozenset[str]
    measure: frozenset[str]
    not_venue: frozenset[str]
    village_words: frozenset[str]
    speech_inverted: frozenset[str]
    report_verb: frozenset[str]
    between: frozenset[str]
    government_noun: frozenset[str]
    delegation_members: frozenset[str]
    distance_unit: frozenset[str]
    city_named_thing: frozenset[str]
    leave_verb: frozenset[str]
    seat_word: frozenset[str]
    relative_thing: frozenset[str]
    nonfinite_link: frozenset[str]
    border_link: frozenset[str]
    companion: tuple[tuple[str, ...], ...]
    locative: frozenset[str]
    capital: tuple[tuple[str, ...], ...]
    capital_reference: tuple[tuple[str, ...], ...]
    city_reference: tuple[tuple[str, ...], ...]
    place_noun: frozenset[str]
    place_definition: frozenset[str]
    group_leaders: tuple[tuple[str, ...], ...]
    coordination: frozenset[str]
    disjunction: frozenset[str]
    motion_from: frozenset[str]
    directional: frozenset[str]
    side_word: frozenset[str]
    medium_link: frozenset[str]
    compass_point: frozenset[str]
    motion_to: frozenset[str]
    visit_verb: frozenset[str]
    arrival: frozenset[str]
    origin: frozenset[str]
    alias_of: tuple[tuple[str, ...], ...]
    alias_for: tuple[tuple[str, ...], ...]
    alias_echo: tuple[tuple[str, ...], ...]
    nickname_holder: frozenset[str]
    sidelines: tuple[tuple[str, ...], ...]
    head_of_state: tuple[tuple[str, ...], ...]
    home_country: frozenset[str]
    delegation: frozenset[str]
    subjectless: frozenset[str]
    time_closer: frozenset[str]  # "pekan lalu", "tahun depan": the word that closes a time
    oblique: frozenset[str]
    agent_marker: frozenset[str]
    relative: frozenset[str]
    venue: frozenset[str]
    list_intro: frozenset[str]
    delegation_head: frozenset[str]
    surface_venue: frozenset[str]
    not_verb: frozenset[str]
    own_home: tuple[tuple[str, ...], ...]
    country_pair: tuple[tuple[str, ...], ...]
    country_reference: tuple[tuple[str, ...], ...]
    guest_reference: tuple[tuple[str, ...], ...]
    members_opener: tuple[tuple[str, ...], ...]
    realised_plan: frozenset[str]
    person_description: frozenset[str]
    not_negation: tuple[tuple[str, ...], ...]
    remains: frozenset[str]
    person_site: frozenset[str]
    female_word: frozenset[str]
    welcome_passive: frozenset[str]
    male_word: frozenset[str]
    remains_skip: frozenset[str]
    description_origin: frozenset[str]
    national_description: frozenset[str]
    national_leader: frozenset[str]
    head_title: frozenset[str]
    time_preposition: frozenset[str]
    place_relative: frozenset[str]
    contrast_clause: frozenset[str]
    homeland: tuple[tuple[str, ...], ...]
    stand_in: tuple[tuple[str, ...], ...]
    island_noun: frozenset[str]
    former: frozenset[str]
    speech: frozenset[str]
    topic: frozenset[str]
    superlative: frozenset[str]
    portfolio: frozenset[str]
    office_link: tuple[tuple[str, ...], ...]
    admin_levels: tuple[tuple[tuple[str, ...], int], ...]  # "desa" 1 ... "provinsi" 4
    phrasal_particle: frozenset[str] = frozenset()  # "called on X": no hedge, another verb
    unasserted_mark: frozenset[str] = frozenset()  # "if/whether/for X to visit P": no fact
    indirect_question: frozenset[str] = frozenset()  # "would not say when he might visit P"
    temporal_mark: frozenset[str] = frozenset()  # "as he met X": a clause of time
    plural_count: frozenset[str] = frozenset()  # "kedua negara yang ...": more than one
    meet_verb: frozenset[str] = frozenset()  # "bertemu": its object is the persons met
    office_head: frozenset[str] = frozenset()  # "X, head of Y": an office in an apposition
    counterpart: frozenset[str] = frozenset()  # "her Chilean counterpart X"
    possessive: frozenset[str] = frozenset()  # "his", "her", "their"
    counterpart_from: frozenset[str] = frozenset()  # "mitranya dari Chile, X"
    entourage: frozenset[str] = frozenset()  # "rombongan gubernur": the governor's party
    indefinite: frozenset[str] = frozenset()  # "a trip to X was not a good idea": nobody's
    event_noun: frozenset[str] = frozenset()  # "KTT ... di P": an event the text places
    water_body: frozenset[str] = frozenset()  # "Laut China Selatan": a sea borders nothing
    named_storm: frozenset[str] = frozenset()  # "Cyclone X", "Topan X": weather, no entity
    language_sense: frozenset[str] = frozenset()  # "a Russian speaker": a language, no office
    talk_noun: frozenset[str] = frozenset()  # "pembicaraan bersama Y": Y is a partner
    connective: frozenset[str] = frozenset()  # "Sementara Budi ...": no part of the name
    schedule_noun: frozenset[str] = frozenset()  # "but has not set a date": still a plan
    launch_verb: frozenset[str] = frozenset()  # "Iraq launched an invasion of Kuwait"
    invasion_kind: frozenset[str] = frozenset()  # "invasi darat ke Y": still an invasion of Y
    vehicle: frozenset[str] = frozenset()  # "pesawat", "plane": carries its passengers
    anaphoric_determiner: frozenset[str] = frozenset()  # "pertemuan itu", "the meeting"
    call_off: frozenset[str] = frozenset()  # "ditunda", "was postponed": an event called off
    people_visited: frozenset[str] = frozenset()  # "prajurit", "troops": visited where they are
    body_suffix: frozenset[str] = frozenset()  # "Peru Rowing Federation": a body, not a country
    carrying: frozenset[str] = frozenset()  # "pesawat yang membawa X": X is the traveller
    invasion_noun: frozenset[str] = frozenset()  # "melancarkan invasi": not "serangan"
    link_auxiliary: frozenset[str] = frozenset()  # "X has been named as": read past them
    arrival_verb: frozenset[str] = frozenset()  # "X arrived on Monday": placed by a dateline
    group_noun: frozenset[str] = frozenset()  # "menerima dua pemimpin, yakni A dan B"
    members_copula: frozenset[str] = frozenset()  # "pemimpin yang datang ke P adalah A dan B"
    delegation_lead: frozenset[str] = frozenset()  # "delegasi yang dipimpin X bertemu Y"
    place_group_noun: frozenset[str] = frozenset()  # "tiga kota, yakni A, B dan C"
    agreement_noun: frozenset[str] = frozenset()  # "perjanjian itu ditandatangani A dan B"
    body_kind: frozenset[str] = frozenset()  # "Partai X, partai yang dipimpin Y"
    opposing: frozenset[str] = frozenset()  # "pemimpin oposisi Partai X": the party's own
    settled: tuple[tuple[str, ...], ...] = ()  # "fled to P and lived in exile": no visit


@cache
def load_triggers(lang: str) -> tuple[Trigger, ...]:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "trigger"]
    return tuple(
        Trigger(
            r["rule"],
            r["predicate"],
            r["frame"],
            float(r["confidence"]),
            tuple(r["pattern"]),
            r.get("max_gap"),
            r.get("venue"),
        )
        for r in rows
    )


@cache
def load_cues(lang: str) -> Cues:
    rows = [r for r in read_jsonl("lexicon", f"{lang}.jsonl") if r["kind"] == "cue"]

    def words(cue: str, scope: str | None = None) -> list[str]:
        return [
            w
            for r in rows
            if r["cue"] == cue and (scope is None or r.get("scope") == scope)
            for w in r["words"]
        ]

    def phrases(cue: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(w.split()) for w in words(cue)}, key=len, reverse=True))

    return Cues(
        negation_near=frozenset(words("negation", "near")),
        negation_clause=frozenset(words("negation", "clause")),
        not_negation=phrases("not_negation"),
        remains=frozenset(words("remains")),
        person_site=frozenset(words("person_site")),
        female_word=frozenset(words("female_word")),
        welcome_passive=frozenset(words("welcome_passive")),
        male_word=frozenset(words("male_word")),
        remains_skip=frozenset(words("remains_skip")),
        description_origin=frozenset(words("description_origin")),
        clause_break=frozenset(words("clause_break")),
        contrast=frozenset(words("contrast")),
        trip_noun=frozenset(words("trip_noun")),
        complementizer=frozenset(words("complementizer")),
        claim_noun=frozenset(words("claim_noun")),
        denial=phrases("denial"),
        return_home=phrases("return_home"),
        readiness=frozenset(words("readiness")),
        envoy_to=frozenset(words("envoy_to")),
        approval=frozenset(words("approval")),
        people_noun=frozenset(words("people_noun")),
        event_verb=frozenset(words("event_verb")),
        tenure=frozenset(words("tenure")),
        body_modifier=frozenset(words("body_modifier")),
        respective=frozenset(words("respective")),
        predicative=frozenset(words("predicative")),
        arrival_with=frozenset(words("arrival_with")),
        person_call=frozenset(words("person_call")),
        remote_contact=frozenset(words("remote_contact")),
        likewise=frozenset(words("likewise")),
        contact_verb=frozenset(words("contact_verb")),
        undone_plan=phrases("undone_plan"),
        never_happened=phrases("never_happened"),
        list_opener=phrases("list_opener"),
        subordinator=frozenset(words("subordinator")),
        purpose=frozenset(words("purpose")),
        purpose_clause=frozenset(words("purpose_clause")),
        conditional=frozenset(words("conditional")),
        arrival_noun=frozenset(words("arrival_noun")),
        pronoun=frozenset(words("pronoun")),
        group_pronoun=frozenset(words("group_pronoun")),
        plural_pronoun=phrases("plural_pronoun"),
        trio_pronoun=phrases("trio_pronoun"),
        consort=phrases("consort"),
        kin_of=phrases("kin_of"),
        installation=frozenset(words("installation")),
        topic_opener=frozenset(words("topic_opener")),
        numbered_panel=frozenset(words("numbered_panel")),
        time_clause=frozenset(words("time_clause")),
        members_intro=phrases("members_intro"),
        reciprocal=frozenset(words("reciprocal")),
        measure=frozenset(words("measure")),
        not_venue=frozenset(words("not_venue")),
        village_words=frozenset(words("village_words")),
        speech_inverted=frozenset(words("speech_inverted")),
        report_verb=frozenset(words("report_verb")),
        between=frozenset(words("between")),
        government_noun=frozenset(words("government_noun")),
        delegation_members=frozenset(words("delegation_members")),
        distance_unit=frozenset(words("distance_unit")),
        city_named_thing=frozenset(words("city_named_thing")),
        leave_verb=frozenset(words("leave_verb")),
        seat_word=frozenset(words("seat_word")),
        relative_thing=frozenset(words("relative_thing")),
        nonfinite_link=frozenset(words("nonfinite_link")),
        border_link=frozenset(words("border_link")),
        companion=phrases("companion"),
        locative=frozenset(words("locative")),
        capital=phrases("capital"),
        capital_reference=phrases("capital_reference"),
        city_reference=phrases("city_reference"),
        place_noun=frozenset(words("place_noun")),
        place_definition=frozenset(words("place_definition")),
        group_leaders=phrases("group_leaders"),
        coordination=frozenset(words("coordination")),
        disjunction=frozenset(words("disjunction")),
        motion_from=frozenset(words("motion_from")),
        directional=frozenset(words("directional")),
        side_word=frozenset(words("side_word")),
        medium_link=frozenset(words("medium_link")),
        compass_point=frozenset(words("compass_point")),
        motion_to=frozenset(words("motion_to")),
        visit_verb=frozenset(words("visit_verb")),
        arrival=frozenset(words("arrival")),
        origin=frozenset(words("origin")),
        alias_of=phrases("alias_of"),
        alias_for=phrases("alias_for"),
        alias_echo=phrases("alias_echo"),
        nickname_holder=frozenset(words("nickname_holder")),
        sidelines=phrases("sidelines"),
        head_of_state=phrases("head_of_state"),
        home_country=frozenset(words("home_country")),
        delegation=frozenset(words("delegation")),
        subjectless=frozenset(words("subjectless")),
        time_closer=frozenset(words("time_closer")),
        oblique=frozenset(words("oblique")),
        agent_marker=frozenset(words("agent_marker")),
        relative=frozenset(words("relative")),
        venue=frozenset(words("venue")),
        list_intro=frozenset(words("list_intro")),
        delegation_head=frozenset(words("delegation_head")),
        surface_venue=frozenset(words("surface_venue")),
        not_verb=frozenset(words("not_verb")),
        own_home=phrases("own_home"),
        country_pair=phrases("country_pair"),
        country_reference=phrases("country_reference"),
        guest_reference=phrases("guest_reference"),
        members_opener=phrases("members_opener"),
        realised_plan=frozenset(words("realised_plan")),
        person_description=frozenset(words("person_description")),
        national_description=frozenset(words("national_description")),
        national_leader=frozenset(words("national_leader")),
        head_title=frozenset(words("head_title")),
        time_preposition=frozenset(words("time_preposition")),
        place_relative=frozenset(words("place_relative")),
        contrast_clause=frozenset(words("contrast_clause")),
        homeland=phrases("homeland"),
        stand_in=phrases("stand_in"),
        island_noun=frozenset(words("island_noun")),
        former=frozenset(words("former")),
        speech=frozenset(words("speech")),
        topic=frozenset(words("topic")),
        superlative=frozenset(words("superlative")),
        portfolio=frozenset(words("portfolio")),
        office_link=phrases("office_link"),
        admin_levels=tuple(
            sorted(
                {
                    (tuple(w.split()), int(r["level"]))
                    for r in rows
                    if r["cue"] == "admin_level"
                    for w in r["words"]
                },
                key=lambda x: -len(x[0]),
            )
        ),
        phrasal_particle=frozenset(words("phrasal_particle")),
        office_head=frozenset(words("office_head")),
        counterpart=frozenset(words("counterpart")),
        possessive=frozenset(words("possessive")),
        counterpart_from=frozenset(words("counterpart_from")),
        entourage=frozenset(words("entourage")),
        indefinite=frozenset(words("indefinite")),
        event_noun=frozenset(words("event_noun")),
        water_body=frozenset(words("water_body")),
        named_storm=frozenset(words("named_storm")),
        language_sense=frozenset(words("language_sense")),
        talk_noun=frozenset(words("talk_noun")),
        connective=frozenset(words("connective")),
        schedule_noun=frozenset(words("schedule_noun")),
        launch_verb=frozenset(words("launch_verb")),
        invasion_kind=frozenset(words("invasion_kind")),
        vehicle=frozenset(words("vehicle")),
        anaphoric_determiner=frozenset(words("anaphoric_determiner")),
        call_off=frozenset(words("call_off")),
        people_visited=frozenset(words("people_visited")),
        body_suffix=frozenset(words("body_suffix")),
        carrying=frozenset(words("carrying")),
        invasion_noun=frozenset(words("invasion_noun")),
        link_auxiliary=frozenset(words("link_auxiliary")),
        arrival_verb=frozenset(words("arrival_verb")),
        group_noun=frozenset(words("group_noun")),
        members_copula=frozenset(words("members_copula")),
        delegation_lead=frozenset(words("delegation_lead")),
        place_group_noun=frozenset(words("place_group_noun")),
        agreement_noun=frozenset(words("agreement_noun")),
        body_kind=frozenset(words("body_kind")),
        opposing=frozenset(words("opposing")),
        settled=phrases("settled"),
        unasserted_mark=frozenset(words("unasserted_mark")),
        indirect_question=frozenset(words("indirect_question")),
        temporal_mark=frozenset(words("temporal_mark")),
        plural_count=frozenset(words("plural_count")),
        meet_verb=frozenset(words("meet_verb")),
    )


def trigger_matcher(vocab: Vocab, lang: str) -> tuple[Matcher, dict[str, Trigger]]:
    """A spaCy Matcher over all triggers of ``lang``, keyed by rule name."""
    matcher = Matcher(vocab)
    by_rule = {}
    for trig in load_triggers(lang):
        matcher.add(trig.rule, [list(trig.pattern)], greedy="LONGEST")
        by_rule[trig.rule] = trig
    return matcher, by_rule


def lexicon_problems(lang: str, frames: Collection[str]) -> list[str]:
    """What is wrong with ``ontology/lexicon/<lang>.jsonl``, one line per problem.

    Why: a misspelt frame or predicate used to become a failure of every document, and a
    token-level word with a space in it can never match, silently. Checked at pipeline load
    and by the tests. Predicates come from the schema (``ontology/kg.ttl``)."""
    from kg.schema import relations

    known = relations()
    problems = []
    token_rules: set[str] = set()
    for row in read_jsonl("lexicon", f"{lang}.jsonl"):
        rule = row.get("rule") or row.get("cue") or "?"
        if row.get("kind") == "trigger":
            if rule in token_rules:  # the matcher keys patterns by rule: one would shadow
                problems.append(f"{lang} {rule}: a second trigger row with this rule name")
            token_rules.add(rule)
        if row.get("kind") in ("trigger", "dep_trigger"):
            if row.get("predicate") not in known:
                problems.append(f"{lang} {rule}: predicate {row.get('predicate')!r} not in kg.ttl")
            if row.get("venue") not in (None, *_VENUE_ROLES):
                problems.append(f"{lang} {rule}: venue must be one of {sorted(_VENUE_ROLES)}")
        if row.get("kind") == "trigger":
            if row.get("frame") not in frames:
                problems.append(f"{lang} {rule}: unknown frame {row.get('frame')!r}")
            problems += [f"{lang} {rule}: {p}" for p in _pattern_problems(row.get("pattern", []))]
        if row.get("kind") == "cue" and row.get("cue") not in _PHRASE_CUES:
            spaced = [w for w in row.get("words", []) if " " in w.strip()]
            if spaced:
                problems.append(f"{lang} cue {rule}: one-token words with spaces {spaced}")
    return problems


def _pattern_problems(pattern: list) -> list[str]:
    """Token-level values that contain a space (a token never does)."""
    out = []
    for token in pattern:
        for attr in ("LOWER", "ORTH", "TEXT"):
            value = token.get(attr)
            values = value.get("IN", []) if isinstance(value, dict) else [value]
            spaced = [v for v in values if isinstance(v, str) and " " in v]
            if spaced:
                out.append(f"{attr} values with a space never match one token: {spaced}")
    return out


#: Indonesian active verbs: the meN- prefix ("menelepon", "menyambut", "mengundang").
_ACTIVE_PREFIX = re.compile(r"me(m|n|ng|ny)[a-z]{3,}")


def is_active_verb(tok: Token, cues: Cues) -> bool:
    """A lower-case Indonesian word of the meN- form ("menelepon Y"), which the tagger
    sometimes takes for a noun: a verb, unless it is one of the few words of that shape that
    are not (the ``not_verb`` cue: "menteri", "menurut", "melalui", ...; ``menurut`` and
    ``melalui`` are also obliques). Empty for English, which has no such cue."""
    word = tok.lower_
    return (
        bool(cues.not_verb)
        and tok.is_lower
        and _ACTIVE_PREFIX.fullmatch(word) is not None
        and word not in cues.not_verb
    )
