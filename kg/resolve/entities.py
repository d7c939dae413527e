"""Within-document entity resolution (see the package docstring for the rules)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from kg.extract.learned import below_own_floor
from kg.extract.model import (
    CONDITIONAL_READINGS,
    DEFAULT_MIN_CONFIDENCE,
    PLACE_TYPES,
    POSTED,
    Extraction,
    Mention,
    Relation,
    outranks,
)
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalize_name
from kg.nlp.lexicon import cue_phrases, cue_words, load_name_heads, load_name_tails
from kg.nlp.people import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PeopleKB,
    Person,
    given_names,
    load_people,
)
from kg.schema import relations as schema_relations

__all__ = ["Entity", "Resolved", "ResolvedRelation", "gate_and_floor", "resolve"]


@dataclass
class Entity:
    """A resolved entity of one document."""

    key: str  # gazetteer id, or "<type>:<normalised name>"
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    kb_id: str | None = None
    geonames: str | None = None
    mentions: list[int] = field(default_factory=list)


@dataclass
class ResolvedRelation:
    subject: str
    predicate: str
    object: str
    evidence: list[Relation]

    @property
    def confidence(self) -> float:
        return max(r.confidence for r in self.evidence)


@dataclass
class Resolved:
    entities: dict[str, Entity]
    relations: list[ResolvedRelation]
    mention_entity: dict[int, str]
    reasons: dict[int, str] = field(default_factory=dict)  # mention -> why (the merge log)
    # Relations below the gate but at least the floor asked for: kept apart, never asserted.
    candidates: list[ResolvedRelation] = field(default_factory=list)


def gate_and_floor(min_confidence: float | None) -> tuple[float, float | None]:
    """What ``--min-confidence X`` means: ``(gate, floor)``. Below the default gate, X is the
    floor of the candidates kept apart and the gate stays; at or above it, X raises the gate
    and nothing is kept apart (a stricter graph, not a looser one). None: the defaults. The
    caller checks that X is in [0, 1] (``kg.api``, the CLI).

    >>> gate_and_floor(0.5), gate_and_floor(0.9), gate_and_floor(None)
    ((0.7, 0.5), (0.9, None), (0.7, None))
    """
    if min_confidence is None:
        return DEFAULT_MIN_CONFIDENCE, None
    if min_confidence >= DEFAULT_MIN_CONFIDENCE:
        return float(min_confidence), None
    return DEFAULT_MIN_CONFIDENCE, float(min_confidence)


def resolve(
    extraction: Extraction,
    gazetteer: Gazetteer | None = None,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    candidate_floor: float | None = None,
) -> Resolved:
    """Cluster the document's mentions into entities and map relations onto them.

    A relation whose best evidence is below ``min_confidence`` is left out: precision
    first, a wrong edge costs a reader more than a missing one. With ``candidate_floor``, the
    relations left out whose evidence reaches it are kept apart in ``candidates`` (with only
    that evidence), and so are the learned layer's pairs below its own cut-off; what is
    asserted is the same as without it. ``extraction`` is read, never written: what resolve
    decides about a mention (a capital standing for its country, initials that are a person)
    goes into resolve's own copies."""
    gaz = gazetteer or load_gazetteer()
    reasons: dict[int, str] = {}
    mentions = _apply_metonyms(extraction.mentions, gaz, reasons)
    keys, initials = _cluster(mentions, gaz, reasons)
    mentions = [replace(m, type="Person") if m.index in initials else m for m in mentions]
    known = _link_people(mentions, keys, reasons, load_people())
    entities = _build_entities(mentions, keys, gaz, known)
    assertable = [r for r in extraction.relations if not below_own_floor(r)]
    entities = _type_unknown_places(assertable, keys, entities)
    relations = [
        r for r in _map_relations(assertable, keys, entities) if r.confidence >= min_confidence
    ]
    relations = _without_world_regions_inside(relations, entities, gaz)
    relations += _offices_of_national_bodies(relations, entities, gaz, extraction.lang)
    relations = _without_origins_at_home(relations, entities, gaz)
    relations = _without_joins_on_one_side(relations, entities)
    relations = _without_visits_home(relations, entities, gaz)
    relations += _visits_to_countries(relations, entities, gaz)
    candidates = (
        []
        if candidate_floor is None
        else _candidates(extraction.relations, keys, entities, relations, candidate_floor)
    )
    return Resolved(
        entities=entities,
        relations=relations,
        mention_entity=keys,
        reasons=reasons,
        candidates=candidates,
    )


def _homes(relations: list[ResolvedRelation], entities: dict[str, Entity]) -> dict[str, set[str]]:
    """The countries each person holds an office of, by the document's relations."""
    homes: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "officialOf" and entities[r.object].type == "Country":
            homes.setdefault(r.subject, set()).add(r.object)
    return homes


def _departures_only(r: ResolvedRelation) -> bool:
    """Every evidence of the visit read it off where a trip started ("flew into P from Q":
    the ``.from`` rules), which is less sure than the trip's own place."""
    return all(".from" in e.rule for e in r.evidence)


def _countries_of_unknown_towns(
    relations: list[ResolvedRelation], entities: dict[str, Entity]
) -> dict[str, str]:
    """The one country the text puts each city the gazetteer lacks in ("KAVOO, Uganda",
    "Kavoo, a town in Uganda"): what the gazetteer tells of a known city, the text tells of an
    unknown one. A town put in two countries is left out."""
    found: dict[str, set[str]] = {}
    for r in relations:
        town = entities[r.subject]
        if r.predicate == "locatedIn" and not town.kb_id and town.type in ("City", "Place"):
            if entities[r.object].type == "Country":
                found.setdefault(r.subject, set()).add(r.object)
    return {town: next(iter(c)) for town, c in found.items() if len(c) == 1}


def _country_key(key: str, entities: dict[str, Entity], gaz: Gazetteer) -> str | None:
    """The country a place entity lies in, by the gazetteer (itself for a country)."""
    if entities[key].type == "Country":
        return key
    entry = gaz.get(key)
    return entry.country if entry is not None else None


def _without_world_regions_inside(
    relations: list[ResolvedRelation], entities: dict[str, Entity], gaz: Gazetteer
) -> list[ResolvedRelation]:
    """ "menghadapi juara Eropa, Spanyol": a region the gazetteer puts in no country (a
    continent, "Timur Tengah", a disputed region) lies inside no place the text names next to
    it, whichever rule or model read the pair."""

    def world_region(key: str) -> bool:
        entry = gaz.get(entities[key].kb_id) if entities[key].kb_id else None
        return entry is not None and entry.type == "Region" and entry.country is None

    return [
        r
        for r in relations
        if not (r.predicate in ("locatedIn", "withinArea") and world_region(r.subject))
    ]


def _only_read_by(r: ResolvedRelation, predicate: str, rule_suffix: str | tuple[str, ...]) -> bool:
    """A relation of ``predicate`` that only rules ending in ``rule_suffix`` read (a reading the
    extract stage leaves to resolve, which sees the whole document's offices)."""
    return r.predicate == predicate and all(e.rule.endswith(rule_suffix) for e in r.evidence)


def _without_origins_at_home(
    relations: list[ResolvedRelation], entities: dict[str, Entity], gaz: Gazetteer
) -> list[ResolvedRelation]:
    """ "arrived in Astana from Washington": a visit read only from an arrival's origin
    (rules ``*.from``) or from a return ("returned to London", rules ``*.returned-to``) is
    kept for an official of a country, where that place lies outside it; a flight from home,
    or back home, is no visit, and a traveller of unknown home may be coming home."""
    homes = _homes(relations, entities)
    return [
        r
        for r in relations
        if not (
            _only_read_by(r, "visited", CONDITIONAL_READINGS)
            and (
                r.subject not in homes or _country_key(r.object, entities, gaz) in homes[r.subject]
            )
        )
    ]


def _without_joins_on_one_side(
    relations: list[ResolvedRelation], entities: dict[str, Entity]
) -> list[ResolvedRelation]:
    """ "B and C joined the talks": a meeting read only from joining one (rules ``*.joined``)
    is kept between officials of two different countries; an aide joining his own leader's
    talks met the other side, not his leader, and an official of unknown country may be
    either."""
    homes = _homes(relations, entities)
    return [
        r
        for r in relations
        if not (
            _only_read_by(r, "met", ".joined")
            and (
                not homes.get(r.subject)
                or not homes.get(r.object)
                or homes[r.subject] & homes[r.object]
            )
        )
    ]


def _without_visits_home(
    relations: list[ResolvedRelation], entities: dict[str, Entity], gaz: Gazetteer
) -> list[ResolvedRelation]:
    """ "Luhut bertemu Wang Yi di Yunnan, China", "the minister spoke in Beijing": an official
    of a country is at home in it and in its capital, wherever else the article sends him;
    no visit. Read on the whole document's offices, which a single sentence's rule cannot
    see. Other cities of his country stay visits ("Jokowi meninjau Mamuju"); a regent, mayor or
    governor is at home in the regency, city or province he holds office of. Not on the
    knowledge base's country of a person whose office the text does not give: measured, it
    took away presences that real news states ("kata Presiden X di Jakarta", held-back real
    text R 0.55 -> 0.53)."""
    homes = _homes(relations, entities)
    seats = {  # "Bupati Majalengka X meninjau pasar di Majalengka": at home in his own seat
        (r.subject, r.object)
        for r in relations
        if r.predicate == "officialOf" and entities[r.object].type in ("City", "Region")
    }

    def home(person: str, place: str) -> bool:
        if place in homes.get(person, ()) or (person, place) in seats:
            return True
        return any(
            (entry := gaz.get(country)) is not None and entry.capital == place
            for country in homes.get(person, ())
        )

    return [r for r in relations if not (r.predicate == "visited" and home(r.subject, r.object))]


#: Rules of presence at an event placed sentences before (kg.extract.frames.presence).
_PRESENCE_RULES = (".present-at-event", ".represented-at-event", ".attended-by")


def _visits_to_countries(
    relations: list[ResolvedRelation], entities: dict[str, Entity], gaz: Gazetteer
) -> list[ResolvedRelation]:
    """ "Erdogan tiba di Jakarta" in an article that also names Indonesia: an official of
    another country who visited a city visited its country too, "both the city and the
    country when the text gives both", on the city visit's evidence. Only for a person the
    article makes an official of a country: one touring their own country visited no
    country ("Jokowi di Bogor"), and a person of unknown home may be at home. A notable
    person whose office the text does not give is at home where the knowledge base says, and
    then only a city the text itself puts in a country counts ("Quito, ibu kota Ekuador"):
    measured on dev2-38, +35 right visits for 1 wrong; with the gazetteer's country instead,
    +59 right for 9 wrong (a capital in a country the text never names with it, a Soviet-era
    city read as Russia's)."""
    homes = _homes(relations, entities)
    visited = {(r.subject, r.object) for r in relations if r.predicate == "visited"}
    located = _countries_of_unknown_towns(relations, entities)
    put_together = {(r.subject, r.object) for r in relations if r.predicate == "locatedIn"}
    out: dict[tuple[str, str], ResolvedRelation] = {}
    for r in relations:
        if all(e.rule.endswith((*_PRESENCE_RULES, POSTED)) for e in r.evidence):
            continue  # present at an event the text placed before: it gave the city alone;
            # an envoy's trip inside his posting visited no country
        entry = gaz.get(r.object) if r.predicate == "visited" else None
        country = entry.country if entry is not None and entry.type == "City" else None
        if r.predicate == "visited" and entry is None and not _departures_only(r):
            country = located.get(r.object)  # "KAVOO, Uganda -": the text's own country
        home = homes.get(r.subject)
        if not home and (r.object, country) in put_together:
            home = _known_home(entities[r.subject])
        if country not in entities or not home or country in home:
            continue
        if (r.subject, country) in visited or (r.subject, country) in out:
            continue
        evidence = [replace(e, rule=f"{e.rule}.country") for e in r.evidence]
        out[(r.subject, country)] = ResolvedRelation(r.subject, "visited", country, evidence)
    return list(out.values())


def _known_home(person: Entity) -> set[str]:
    """The knowledge base's country of a notable person the text gives no office of country."""
    known = load_people().lookup(person.label) if person.type == "Person" else None
    return {f"iso3166:{known.country}"} if known is not None and known.country else set()


def _offices_of_national_bodies(
    relations: list[ResolvedRelation], entities: dict[str, Entity], gaz: Gazetteer, lang: str
) -> list[ResolvedRelation]:
    """ "Kepala Angkatan Laut Thailand X", "Ketua Senat Peru Y": an office in a country's own
    service or legislature, named by a ``national_body`` phrase and the country (read from the
    body's name, never from world knowledge), is an office of that country too, where the
    document names the country."""
    phrases = cue_phrases(lang, "national_body")  # longest first; English has none yet
    taken = {(r.subject, r.object) for r in relations if r.predicate == "officialOf"}
    out: dict[tuple[str, str], ResolvedRelation] = {}
    for r in relations:
        body = entities.get(r.object) if r.predicate == "officialOf" else None
        if body is None or body.type != "Organization":
            continue
        words = body.label.split()
        head = next((p for p in phrases if tuple(w.lower() for w in words[: len(p)]) == p), None)
        entry = gaz.lookup(" ".join(words[len(head) :])) if head else None
        country = entry.id if entry is not None and entry.type == "Country" else None
        if country not in entities or (r.subject, country) in taken or (r.subject, country) in out:
            continue
        evidence = [replace(e, rule=f"{e.rule}.country") for e in r.evidence]
        out[(r.subject, country)] = ResolvedRelation(r.subject, "officialOf", country, evidence)
    return list(out.values())


def _candidates(
    relations: list[Relation],
    keys: dict[int, str],
    entities: dict[str, Entity],
    asserted: list[ResolvedRelation],
    floor: float,
) -> list[ResolvedRelation]:
    """The relations not asserted whose evidence reaches ``floor``, with that evidence only."""
    taken = {(r.subject, r.predicate, r.object) for r in asserted}
    out = []
    for rel in _map_relations(relations, keys, entities):
        evidence = [e for e in rel.evidence if e.confidence >= floor]
        if evidence and (rel.subject, rel.predicate, rel.object) not in taken:
            out.append(replace(rel, evidence=evidence))
    return out


def _apply_metonyms(
    mentions: list[Mention], gaz: Gazetteer, reasons: dict[int, str]
) -> list[Mention]:
    """A capital never used as a place in the article stands for its country's government
    (or for the former state the article names instead of the country today: "Moskow" in a
    story of the Soviet Union): the mentions, with those capitals replaced by copies naming
    the country."""
    literal = {m.kb_id for m in mentions if m.literal_place and m.kb_id}
    heirs = _former_states_named(mentions, gaz)
    out = []
    for m in mentions:
        entry = gaz.get(m.kb_id) if m.kb_id else None
        country = (
            gaz.get(entry.capital_of)
            if entry is not None and entry.type == "City" and entry.capital_of
            else None
        )
        if country is None or m.kb_id in literal:
            out.append(m)
            continue
        country = heirs.get(country.id, country)
        out.append(replace(m, kb_id=country.id, type="Country"))
        reasons[m.index] = (
            f"metonym: the capital {entry.name} is never used as a place in this "
            f"document, so it stands for {country.name}"
        )
    return out


def _former_states_named(mentions: list[Mention], gaz: Gazetteer) -> dict[str, GazetteerEntry]:
    """Present-day countries (by id) whose capital stands for a former state in this text: it
    names the former state ("Uni Soviet") and never the heir ("Rusia"), so "Moskow mendukung
    Vietnam" in a story of 1979 is the Soviet government. A text naming both keeps the heir:
    which one a capital meant is then the reader's guess."""
    named = {m.kb_id for m in mentions if m.type == "Country" and m.kb_id}
    heirs = {}
    for kb_id in named:
        entry = gaz.get(kb_id)
        if entry is not None and entry.successor and entry.successor not in named:
            heirs[entry.successor] = entry
    return heirs


_NICKNAME = re.compile(r"\s[\"“”„][^\"“”„]+[\"“”„]\s")


_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")

#: One word of hyphen-joined parts ("Ruiz-Massieu"): a compound surname when written alone.
_COMPOUND_NAME = re.compile(r"\w+(?:-\w+)+")


def _person_words(m: Mention) -> tuple[str, ...]:
    """The words that identify a person: a nickname in quotes inside the name is left out
    (Joko "Jokowi" Widodo is Joko Widodo; the nickname is found as a name of its own), and an
    apostrophe joins its word ("O'Neill" is one surname, not "O" and "Neill")."""
    return tuple(normalize_name(_APOSTROPHE.sub("", _NICKNAME.sub(" ", m.text))).split())


#: Indonesian spellings before 1972 (and kept in many names) beside today's: "Soekarnoputri"
#: and "Sukarnoputri", "Djoko" and "Joko", "Tjahjo" and "Cahyo" name the same person.
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"))


def _modern_spelling(name: str) -> str:
    for old, new in _OLD_SPELLINGS:
        name = name.replace(old, new)
    return name


def _join_old_spellings(
    persons: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """One person written in the old and the new spelling in one document ("Megawati
    Soekarnoputri" and "Megawati Sukarnoputri"): the cluster met first (the longest name) keeps
    its key, the other joins it."""
    first: dict[str, str] = {}
    for m in persons:
        key = keys.get(m.index)
        if key is None:
            continue
        head = first.setdefault(_modern_spelling(key), key)
        if head != key:
            keys[m.index] = head
            name = head.removeprefix("Person:")
            reasons[m.index] = f"the same name in another spelling, '{name}'"


def _join_addressed_names(
    persons: list[Mention],
    canon: list[tuple[str, ...]],
    keys: dict[int, str],
    reasons: dict[int, str],
) -> None:
    """ "Bang Hendra", "Gus Wulan", "Saudara Rizal": Indonesian news calls a person by a word
    of their name after a word of address (the lexicon's ``address_word``), which the model
    reads as part of the name. Such a two-word name joins the one full name of the document
    holding that word, unless the base of notable people knows it whole ("Gus Dur" is a name
    of its own, not a word of anyone's)."""
    address = cue_words("id", "address_word")
    kb = load_people()
    for m in persons:
        words = _person_words(m)
        if len(words) != 2 or words[0] not in address or keys.get(m.index) != _person_key(words):
            continue
        if kb.lookup(m.text) is not None:
            continue
        holders = {c for c in canon if len(c) > 1 and c[0] not in address and words[1] in c}
        if len(holders) == 1:
            (holder,) = holders
            # "Hendra" alone went with "Bang Hendra": it goes along
            _rekey(keys, keys[m.index], _person_key(holder))
            name = " ".join(holder)
            reasons[m.index] = f"'{m.text}' calls by a word of address the person '{name}'"


def _person_key(words: tuple[str, ...]) -> str:
    return "Person:" + " ".join(words)


def _rekey(keys: dict[int, str], old: str, new: str) -> None:
    """Every mention of the entity ``old`` becomes one of ``new``: a join moves the whole
    cluster, not the one mention that showed the two are one."""
    for k, v in keys.items():
        if v == old:
            keys[k] = new


def _cluster(
    mentions: list[Mention], gaz: Gazetteer, reasons: dict[int, str]
) -> tuple[dict[int, str], set[int]]:
    """Entity key per mention, and the mentions found to be a person's initials."""
    keys: dict[int, str] = {}
    persons = [m for m in mentions if m.type == "Person" and not m.is_pronoun]
    full = sorted(persons, key=lambda m: -len(_person_words(m)))
    canon: list[tuple[str, ...]] = []
    compounds = {_person_words(m) for m in persons if _COMPOUND_NAME.fullmatch(m.text)}
    for m in full:
        words = _person_words(m)
        if not words:
            continue
        home = _containing_name(words, canon, persons, words in compounds)
        if home is None:
            canon.append(words)
            home = words
            reasons[m.index] = f"person name '{' '.join(words)}'"
        else:
            reasons[m.index] = f"part of the longer name '{' '.join(home)}' in this document"
        keys[m.index] = _person_key(home)
    _join_old_spellings(full, keys, reasons)
    _join_addressed_names(persons, canon, keys, reasons)
    initials = _initialisms(mentions, canon, keys, reasons)
    # a place or body the document links once is that one wherever it names it the same way
    # ("mendarat di Tarakan" linked, "Dari Tarakan, ..." read as an unknown place; a
    # platform linked in the body and unlinked in a headline)
    linked_names = {  # (kind, name) -> entry id: a body's name never links a place's
        (_kind(m), normalize_name(m.text)): m.kb_id
        for m in mentions
        if m.kb_id and _kind(m) and not m.is_pronoun
    }
    place_names = {
        normalize_name(m.text)
        for m in mentions
        if (m.type in PLACE_TYPES or m.type == "Organization") and not m.is_pronoun
    }
    for m in persons:
        # "Rakhine, which borders Bangladesh", "WADA": a lone untitled "person" the document
        # also names as a place or a body, and no person's longer name holds, is that one
        name = normalize_name(m.text)
        words = len(_person_words(m))
        if (
            keys.get(m.index) == f"Person:{name}"
            # a longer name only when the document links the place ("the border of A and
            # Lombok Utara regencies ... in Lombok Utara": a linked regency)
            and (words == 1 or (words <= 3 and ("place", name) in linked_names))
            and not m.title
            and name in place_names
        ):
            keys[m.index] = linked_names.get(
                ("place", name), linked_names.get(("body", name), f"Name:{name}")
            )
            reasons[m.index] = f"the place this document names '{m.text}'"
    for m in mentions:
        if m.index in keys or m.is_pronoun:
            continue
        if not m.kb_id and (_kind(m), normalize_name(m.text)) in linked_names:
            keys[m.index] = linked_names[(_kind(m), normalize_name(m.text))]
            reasons[m.index] = f"the {_kind(m)} this document links as '{m.text}'"
        elif not m.kb_id and m.type == "Place" and ("body", normalize_name(m.text)) in linked_names:
            # "Rio Tinto" read once as an unknown place and linked elsewhere as the company:
            # the model's weakest typing gives way to the document's link
            keys[m.index] = linked_names[("body", normalize_name(m.text))]
            reasons[m.index] = f"the body this document links as '{m.text}'"
        elif m.kb_id:
            keys[m.index] = m.kb_id
            reasons.setdefault(m.index, f"gazetteer {m.kb_id}")
        else:
            # One name, one entity, whatever type the model gave each occurrence ("BINTAN"
            # tagged ORG in the dateline, "Bintan" a place in the body).
            keys[m.index] = f"Name:{normalize_name(m.text)}"
            reasons[m.index] = f"same normalised name '{normalize_name(m.text)}'"
    _join_persons_named_as_bodies(persons, mentions, keys, reasons)
    _join_persons_named_as_places(persons, mentions, keys, reasons)
    _join_bare_place_names(mentions, keys, reasons, gaz)
    _join_place_short_forms(mentions, keys, reasons, gaz)
    _join_bare_body_names(mentions, keys, reasons)
    _join_branches_of_one_place(mentions, keys, reasons, gaz)
    _join_body_name_parts(mentions, keys, reasons)
    _join_bare_institution_words(mentions, keys, reasons)
    _join_acronyms(mentions, keys, reasons)
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.alias_of is not None and m.alias_of in keys:
            if m.index in keys and keys[m.index] != keys[m.alias_of]:
                renamed[keys[m.index]] = keys[m.alias_of]
            keys[m.index] = keys[m.alias_of]
            reasons[m.index] = f"named as another name of '{mentions[m.alias_of].text}'"
    for m in mentions:  # "Jokowi" elsewhere in the text is the same person as "(Jokowi)"
        if keys.get(m.index) in renamed and m.alias_of is None:
            head = renamed[keys[m.index]]
            reasons[m.index] = f"an alias introduced in this document for '{head}'"
            keys[m.index] = head
    for m in mentions:
        if m.is_pronoun and m.antecedent in keys:
            keys[m.index] = keys[m.antecedent]
    return keys, initials


def _join_branches_of_one_place(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str], gaz: Gazetteer
) -> None:
    """ "DPRD Jawa Tengah" and "DPRD Jateng", "KPU Sumatera Utara" and "KPU Sumut": one body's
    branch named after one place in two of its forms (an institution word of the lexicon's
    ``body_prefix`` cue, then a name the gazetteer links to the same place) is one branch."""
    prefixes = set(cue_phrases("id", "body_prefix")) | set(cue_phrases("en", "body_prefix"))
    full_forms = {  # ("pemprov",) -> ("pemerintah", "provinsi"): one institution word
        tuple(short.split()): tuple(full.split())
        for short, full in (w.split("|") for w in cue_words("id", "body_prefix_short_form"))
    }
    first: dict[tuple[tuple[str, ...], str], str] = {}
    for m in mentions:
        if m.type != "Organization" or m.kb_id or m.is_pronoun or m.index not in keys:
            continue
        words = m.text.split()
        heads = [tuple(w.lower() for w in words[:n]) for n in (2, 1) if len(words) > n]
        head = next((h for h in heads if h in prefixes), None)
        entry = _place_named(words[len(head) :], gaz) if head else None
        if entry is None:
            continue
        seen = first.setdefault((full_forms.get(head, head), entry.id), keys[m.index])
        if seen != keys[m.index]:
            _rekey(keys, keys[m.index], seen)
            reasons[m.index] = f"the branch of '{' '.join(head)}' in {entry.name}, named again"


def _place_named(words: list[str], gaz: Gazetteer) -> GazetteerEntry | None:
    """The gazetteer's place the words name, with or without an administrative word before
    them ("Kota Surakarta", "Surakarta")."""
    for name in (words, words[1:]):
        entry = gaz.lookup(" ".join(name)) if name else None
        if entry is not None and entry.type in PLACE_TYPES:
            return entry
    return None


def _kind(m: Mention) -> str | None:
    """ "place" or "body" (an organisation), the kinds whose links a name carries over."""
    if m.type in PLACE_TYPES:
        return "place"
    return "body" if m.type == "Organization" else None


#: Administrative words before a place name besides the lexicon's region heads: "DKI Jakarta".
_PLACE_PREFIXES = (("dki",),)
#: A city's own word before its name ("Kota Tirtamulya"): the city the document names bare.
_CITY_PREFIXES = (("kota",),)


#: Heads of a province-level name: "Provinsi X" is the gazetteer's region X, bare or not.
_PROVINCE_HEADS = frozenset(
    {("provinsi",), ("province",), ("prefektur",), ("prefecture",), ("negara", "bagian")}
)


def _split_head(
    words: tuple[str, ...], heads: Iterable[tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(head, rest) of a place's name opened by one of ``heads`` ("kabupaten badung" ->
    ("kabupaten",), ("badung",)), the first head that fits; None when none opens it."""
    for head in heads:
        if len(words) > len(head) and words[: len(head)] == head:
            return head, words[len(head) :]
    return None


def _join_bare_place_names(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str], gaz: Gazetteer
) -> None:
    """ "Kabupaten Badung" and "Badung", "Pulau Sabang" and "Sabang", "DKI Jakarta" and
    "Jakarta", "Kota Tirtamulya" and "TIRTAMULYA": a place named with an administrative, island
    or city word is the place the document also names bare (the region heads of
    ``ontology/lexicon/name-heads.jsonl``, "kota"). "Provinsi X" is the gazetteer's region X
    even where the document never names it bare (it may name it by another form: "Provinsi
    Jawa Barat" and "West Java")."""
    places = [m for m in mentions if not m.is_pronoun and m.type != "Person" and m.index in keys]
    # Not to a country: a capital standing for its government ("Jakarta" as Indonesia) is
    # not the province named "DKI Jakarta".
    bare = {normalize_name(m.text): keys[m.index] for m in places if m.type != "Country"}
    regions = {normalize_name(m.text): keys[m.index] for m in places if m.type == "Region"}
    heads = [h for h, kind in load_name_heads() if kind == "Region"]
    heads += [*_PLACE_PREFIXES, *_CITY_PREFIXES]
    for m in places:
        words = tuple(normalize_name(m.text).split())
        split = _split_head(words, heads)
        if split is not None:
            head, rest = split[0], " ".join(split[1])
            if bare.get(rest, keys[m.index]) != keys[m.index]:
                keys[m.index] = bare[rest]
                reasons[m.index] = f"the place this document also names '{rest}'"
            elif head in _PROVINCE_HEADS and not m.kb_id:
                entry = gaz.lookup(rest)
                if entry is not None and entry.type == "Region":
                    keys[m.index] = entry.id
                    reasons[m.index] = f"the region {entry.name} with its admin word"
        else:
            # "Balochistan province", "Rakhine state": the English admin word after the name
            # only into a region: "Batken region" is not "the town of Batken"
            if len(words) > 1 and words[-1] in _PLACE_SUFFIXES and m.type != "Country":
                rest = " ".join(words[:-1])
                if regions.get(rest, keys[m.index]) != keys[m.index]:
                    keys[m.index] = regions[rest]
                    reasons[m.index] = f"the place this document also names '{rest}'"
            _join_by_linked_prefix_name(m, bare, keys, reasons, gaz)


def _join_by_linked_prefix_name(
    m: Mention, bare: dict[str, str], keys: dict[int, str], reasons: dict[int, str], gaz: Gazetteer
) -> None:
    """ "DKI" alone beside "Jakarta": a region linked by a short form whose gazetteer entry is
    also named with its status prefix before a place the document names bare ("DKI Jakarta")
    is that place, as "DKI Jakarta" itself is. Only the status prefixes (``_PLACE_PREFIXES``):
    "Bekasi Regency" (named "Kabupaten Bekasi") stays apart from the city of Bekasi."""
    entry = gaz.get(m.kb_id) if m.kb_id else None
    if entry is None or entry.type != "Region":
        return
    for name in (n for ns in entry.names.values() for n in ns):
        split = _split_head(tuple(normalize_name(name).split()), _PLACE_PREFIXES)
        rest = " ".join(split[1]) if split is not None else None
        if rest in bare:
            if bare[rest] != keys[m.index]:
                keys[m.index] = bare[rest]
                reasons[m.index] = f"the place this document also names '{rest}'"
            return


def _join_place_short_forms(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str], gaz: Gazetteer
) -> None:
    """ "Congo" where the text names the DR Congo in full, "Korea" beside "Korea
    Selatan", "Santo" beside "Santo Domingo": an unknown place named by the first or last
    word of exactly one country the document links, or by the first word of exactly one city
    of several words it links (any of their names in the gazetteer), is that one. Two such
    ("North Korea" and "South Korea") leave it alone."""
    owners_of: dict[str, set[str]] = {}  # a short form -> the keys of the places it may name
    for m in mentions:
        if m.type not in ("Country", "City") or not m.kb_id or m.is_pronoun or m.index not in keys:
            continue
        entry = gaz.get(m.kb_id)
        names = {normalize_name(m.text)}
        if entry is not None:
            names |= {normalize_name(n) for ns in entry.names.values() for n in ns}
        for name in (n.split() for n in names):
            if len(name) < 2:
                continue
            ends = (name[0], name[-1]) if m.type == "Country" else (name[0],)
            for word in ends:
                owners_of.setdefault(word, set()).add(keys[m.index])
    for m in mentions:
        if m.is_pronoun or m.kb_id or m.type not in PLACE_TYPES or m.index not in keys:
            continue
        short = normalize_name(m.text)
        owners = owners_of.get(short, set()) if " " not in short else set()
        if len(owners) == 1:
            (keys[m.index],) = owners
            reasons[m.index] = f"the short form of a place this document names ('{m.text}')"


#: English administrative words after a place's name.
_PLACE_SUFFIXES = frozenset(
    {"province", "state", "region", "district", "prefecture", "county", "oblast", "governorate"}
)
#: A body's legal form or kind around its name: "PT X Tbk", "Partai X", "the X Party"; and the
#: headquarters the news names for the body itself ("Mabes Polri mengirim tim": the police).
_BODY_PREFIXES = frozenset({"pt", "partai", "grup", "the", "mabes"})
#: "PT X Tbk", "X Inc", "X AG", "X Co": legal forms after a company's name, and the words
#: of kind a company drops when named again ("X Group", "X Holdings", "X Foods").
_BODY_SUFFIXES = frozenset(
    {"tbk", "com", "party", "inc", "ltd", "corp", "plc", "persero", "ag", "co", "sa", "nv"}
    | {"gmbh", "llc", "bhd", "corporation", "company", "limited", "group", "holdings"}
    | {"foods", "motors", "industries", "pharma", "pharmaceuticals", "airlines", "airways"}
)


#: The legal forms of ``_BODY_SUFFIXES``: two names of one body that differ in them alone
#: are one body (not its words of kind: "X Group" and "X Foods" may be two).
_LEGAL_FORMS = frozenset(
    {"inc", "ltd", "corp", "co", "plc", "llc", "corporation", "company", "limited", "tbk"}
)


def _join_bare_body_names(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """ "PT Bukalapak.com Tbk" and "Bukalapak", "Labour Party" and "Labour", "Partai Golkar"
    and "Golkar": a body named with its legal form or kind is the body the document also
    names bare, or names with another legal form ("X Motor Co", "X Motor Company"). Only to a
    name the document uses for an organisation, never a person's."""
    bodies = [m for m in mentions if not m.is_pronoun and m.type == "Organization"]
    bare = {normalize_name(m.text): keys[m.index] for m in bodies if m.index in keys}
    # "Kavoo Motor Co" and "Kavoo Motor Company": one legal form for another, the same body
    for m in bodies:
        words = normalize_name(m.text).split()
        if m.index in keys and len(words) > 2 and words[-1] in _LEGAL_FORMS:
            bare.setdefault(" ".join(words[:-1]), keys[m.index])
    for m in bodies:
        rest = _bare_body_name(m.text)
        if rest != normalize_name(m.text) and bare.get(rest, keys.get(m.index)) != keys.get(
            m.index
        ):
            keys[m.index] = bare[rest]
            reasons[m.index] = f"the body this document also names '{rest}'"


def _join_bare_institution_words(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """ "DPRD Kabupaten Tokoria ... sidang paripurna DPRD": an institution word of a regional
    branch (the lexicon's one-word ``body_prefix`` phrases) written alone, which the gazetteer
    knows as no national body, is the one branch of that kind the document names in full."""
    words = {p[0] for p in cue_phrases("id", "body_prefix") if len(p) == 1}
    branches: dict[str, set[str]] = {}
    for m in mentions:
        if m.is_pronoun or m.type != "Organization" or m.index not in keys:
            continue
        name = normalize_name(m.text).split()
        if len(name) > 1 and name[0] in words:
            branches.setdefault(name[0], set()).add(keys[m.index])
    for m in mentions:
        if m.is_pronoun or m.kb_id or m.type != "Organization" or m.index not in keys:
            continue
        word = normalize_name(m.text)
        found = branches.get(word, set())
        if len(found) == 1 and keys[m.index] not in found:
            (new,) = found
            _rekey(keys, keys[m.index], new)
            reasons[m.index] = f"the one branch of '{m.text}' this document names in full"


def _join_body_name_parts(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """ "Airtel" beside "Bharti Airtel", "the Brotherhood" beside "the Muslim Brotherhood",
    "Kavoo" beside "Kavoo Tokoria": an unlinked one-word body or place named by the last
    word of exactly one body of several words in the document, or by the first word of one of
    two words, is that body. Never by a word of kind ("Party", "Bank", "Council":
    ``name-heads.jsonl``), which names many bodies. The first word of a longer name is left
    alone: a group's brand ("X" of "X Global Logistics Group") names the parent as often as
    the unit (measured on dev2-36, the first word of two: 7 duplicates fewer, one office moved
    to a merged company's name)."""
    kinds = _kind_words()
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.is_pronoun or m.type != "Organization" or m.index not in keys:
            continue
        words = normalize_name(m.text).split()
        if len(words) < 2:
            continue
        for word in {words[-1]} - kinds - _BODY_PREFIXES - _BODY_SUFFIXES:
            if len(word) > 2:
                owners.setdefault(word, set()).add(keys[m.index])
    for word, bodies in _first_words_of_two_word_bodies(mentions, keys).items():
        owners.setdefault(word, set()).update(bodies)  # "Kavoo" of "Kavoo Tokoria"
    for m in mentions:
        if m.is_pronoun or m.kb_id or m.index not in keys:
            continue
        if m.type not in ("Organization", "Place"):
            continue
        word = normalize_name(m.text)
        found = owners.get(word, set())
        if len(found) == 1 and keys[m.index] == f"Name:{word}":  # not already a linked one
            (keys[m.index],) = found
            reasons[m.index] = f"a word of the name of a body this document names ('{m.text}')"


@cache
def _kind_words() -> frozenset[str]:
    """Words of kind that name many bodies ("party", "bank", "partai": ``name-heads.jsonl``'s
    first words and ``name-tails``), never one body's short form."""
    return frozenset(load_name_tails()) | frozenset(h[0] for h, _ in load_name_heads())


def _first_words_of_two_word_bodies(
    mentions: list[Mention], keys: dict[int, str]
) -> dict[str, set[str]]:
    """The first word of each body named in two words ("Kavoo Tokoria", "Brightmart Lima"),
    with the bodies it opens; not a word of kind or a legal form, nor one of three letters
    or fewer, nor before a word of a unit's scope ("Kavoo Global": the ``body_scope_word``
    cue), which names a part of the body the first word names."""
    kinds = _kind_words() | _BODY_PREFIXES
    scopes = cue_words("en", "body_scope_word") | cue_words("id", "body_scope_word")
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.is_pronoun or m.type != "Organization" or m.index not in keys:
            continue
        words = normalize_name(m.text).split()
        if len(words) == 2 and words[0] not in kinds and len(words[0]) > 3:
            if words[1] not in scopes:  # "Kavoo Global" is a unit of Kavoo, not Kavoo
                out.setdefault(words[0], set()).add(keys[m.index])
    return out


def _bare_body_name(text: str) -> str:
    """A body's name without its legal form or kind ("PT X Tbk", "Partai X", "X Inc")."""
    words = normalize_name(text).split()
    while len(words) > 1 and words[0] in _BODY_PREFIXES:
        words = words[1:]
    while len(words) > 1 and words[-1] in _BODY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _join_persons_named_as_bodies(
    persons: list[Mention], mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """ "Lumen" beside "Lumen Inc", "Vega" beside "Vega-Corp": a lone untitled
    "person" (no longer person's name holds it) named like a body's bare form is that body."""
    forms = _bare_body_forms(mentions, keys)
    for m in persons:
        name = normalize_name(m.text)
        lone = keys.get(m.index) == f"Person:{name}" and len(_person_words(m)) == 1
        if lone and not m.title and name in forms:
            keys[m.index] = forms[name]
            reasons[m.index] = f"the body this document names by its bare name '{m.text}'"


def _join_persons_named_as_places(
    persons: list[Mention], mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]
) -> None:
    """ "Kavoo" beside "Gunung Kavoo", "Tokoria" beside "Kecamatan Tokoria": a lone
    untitled "person" named like a place the document names with its head word (the region
    heads of ``name-heads.jsonl``) is that place, where exactly one place is so named."""
    heads = [h for h, kind in load_name_heads() if kind == "Region"]
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.is_pronoun or m.type not in PLACE_TYPES or m.index not in keys:
            continue
        words = tuple(normalize_name(m.text).split())
        head = next((h for h in heads if len(words) > len(h) and words[: len(h)] == h), None)
        if head is not None:
            forms.setdefault(" ".join(words[len(head) :]), set()).add(keys[m.index])
    for m in persons:
        name = normalize_name(m.text)
        lone = keys.get(m.index) == f"Person:{name}" and len(_person_words(m)) == 1
        if lone and not m.title and len(forms.get(name, ())) == 1:
            (keys[m.index],) = forms[name]
            reasons[m.index] = f"the place this document names with its kind ('{m.text}')"


def _bare_body_forms(mentions: list[Mention], keys: dict[int, str]) -> dict[str, str]:
    """The one-word forms a document may call its bodies by: the name without its legal form
    ("Lumen Inc" as "Lumen"), the first part of a hyphenated name ("Vega-Corp" as "Vega") or
    the first word of the one body named in two that it opens ("Kavoo Tokoria" as
    "Kavoo"), each to the body's key."""
    forms: dict[str, str] = {}
    for m in mentions:
        if m.is_pronoun or m.type != "Organization" or m.index not in keys:
            continue
        bare = _bare_body_name(m.text)
        if len(bare.split()) == 1:
            forms.setdefault(bare, keys[m.index])
        if "-" in m.text and m.text[:1].isupper():
            forms.setdefault(normalize_name(m.text.split("-")[0]), keys[m.index])
    for word, bodies in _first_words_of_two_word_bodies(mentions, keys).items():
        if len(bodies) == 1:  # "Kavoo" of "Kavoo Tokoria", the one body it opens
            forms.setdefault(word, next(iter(bodies)))
    return forms


#: Words a body's acronym leaves out: "Republic of X", "Komisi Pemberantasan Korupsi".
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "dan", "untuk"})


def _join_acronyms(mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str]) -> None:
    """ "the opposition National Renewal Front ... NRF members", "Partai Nasional Baru ...
    PNB": an unlinked all-caps word spelling the initials of exactly one body or place of
    several words that the document names is that one, whatever type the model gave it; a
    place's initials leave out its region head ("Kabupaten Tokoria Barat Daya ... Kabupaten
    TBD", "TBD")."""
    named: dict[str, set[str]] = {}
    heads = [h for h, kind in load_name_heads() if kind == "Region"]
    for m in mentions:
        if m.is_pronoun or m.type == "Person" or m.index not in keys:
            continue
        words = [w for w in normalize_name(m.text).split() if w not in _ACRONYM_SKIPS]
        if len(words) >= 2:
            named.setdefault("".join(w[0] for w in words), set()).add(keys[m.index])
        split = _split_head(tuple(words), heads) if m.type in PLACE_TYPES else None
        if split is not None and len(split[1]) >= 2:
            # "Kabupaten Tokoria Barat Daya ... TBD": a regency goes by its name's initials
            named.setdefault("".join(w[0] for w in split[1]), set()).add(keys[m.index])
    for m in mentions:
        text = m.text
        words = tuple(normalize_name(text).split())
        if _split_head(words, heads) is not None:
            text = text.split()[-1]  # "Kabupaten TBD": the initials after the region's head
        acronym = text.isalpha() and text.isupper() and 2 <= len(text) <= 6
        if m.kb_id or m.is_pronoun or not acronym:
            continue
        owners = named.get(text.lower(), set()) - {keys.get(m.index)}
        if len(owners) == 1 and len(named[text.lower()]) == 1:
            keys[m.index] = next(iter(owners))
            reasons[m.index] = f"the initials of a name this document uses for '{text}'"


def _initialisms(
    mentions: list[Mention],
    canon: list[tuple[str, ...]],
    keys: dict[int, str],
    reasons: dict[int, str],
) -> set[int]:
    """ "SBY" for Susilo Bambang Yudhoyono: an all-caps word spelling a person's initials.
    Returns those mentions, which are persons whatever type the model gave them."""
    by_initials = {"".join(w[0] for w in name): name for name in canon if len(name) >= 2}
    found = set()
    for m in mentions:
        if m.kb_id or m.is_pronoun or not m.text.isupper() or not 2 <= len(m.text) <= 5:
            continue
        name = by_initials.get(m.text.lower())
        if name is not None:
            keys[m.index] = _person_key(name)
            found.add(m.index)
            reasons[m.index] = f"initials of '{' '.join(name)}'"
    _join_trailing_initials(mentions, canon, keys, reasons)
    return found


#: Letters of the initials a short form puts after a name's first words ("Hendra DW").
_TRAILING_INITIALS = range(2, 5)


def _join_trailing_initials(
    mentions: list[Mention],
    canon: list[tuple[str, ...]],
    keys: dict[int, str],
    reasons: dict[int, str],
) -> None:
    """ "Hendra DW" for Hendra Dwi Wibisono: a person's first words and then, in capitals, the
    initials of the rest of exactly one longer name of the document."""
    for m in mentions:
        words = m.text.split()
        if m.type != "Person" or m.is_pronoun or m.kb_id or len(words) < 2:
            continue
        caps = words[-1]
        if not (caps.isalpha() and caps.isupper() and len(caps) in _TRAILING_INITIALS):
            continue
        head = _person_words(m)[:-1]
        fits = [
            name
            for name in canon
            if len(name) == len(head) + len(caps)
            and name[: len(head)] == head
            and "".join(w[0] for w in name[len(head) :]) == caps.lower()
        ]
        if len(fits) == 1:
            keys[m.index] = _person_key(fits[0])
            reasons[m.index] = f"first name and initials of '{' '.join(fits[0])}'"


def _core(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name without initials and generational suffixes: ("lloyd", "j", "austin", "iii") ->
    ("lloyd", "austin")."""
    return tuple(w for w in name if len(w) > 1 and w not in NAME_SUFFIXES)


def _names_same_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A name of two or more words that is the start of a longer one ("Nik Nazmi" of "Nik
    Nazmi Nik Ahmad"), the same without initials and suffixes ("Lloyd Austin", "Lloyd J.
    Austin III"), or its first and last names with middle names left out ("Barack Obama",
    "Barack Hussein Obama")."""
    if full[: len(short)] == short:
        return True
    if (_particle_surname(short) or short[0] in NAME_PARTICLES) and full[-len(short) :] == short:
        return True  # "Vaz de Almeida" of "Rui Vaz de Almeida", "Del Bosque" of "X del Bosque"
    if len(short) == 2 and short[0] in _HOUSE_ARTICLES and len(full) > 2 and full[-2:] == short:
        return True  # "Al Dolin" of "Karl Mohamed Al Dolin": a family name with its article
    if len(short) >= 2 and full[1:] == short and full[0] in cue_words("id", "dropped_first_name"):
        return True  # "Rizal Hakim" of "Muhammad Rizal Hakim": a first name news leaves out
    core_short, core_full = _core(short), _core(full)
    if len(core_short) < 2:
        return False
    if core_full[: len(core_short)] == core_short:
        return True
    return (
        len(core_short) == 2 and len(core_full) >= 3 and (core_full[0], core_full[-1]) == core_short
    )


#: The Arabic article that opens a family name written apart ("Al Dolin", "El Perez").
_HOUSE_ARTICLES = frozenset({"al", "el"})


def _opens_or_closes(word: str, name: tuple[str, ...]) -> bool:
    """``word`` is the first or the last word of ``name`` (initials and suffixes left out:
    "Perez" closes "Juan R. Perez Jr.")."""
    return word in (name[0], name[-1])


def _particle_surname(name: tuple[str, ...]) -> bool:
    """A surname of several words joined by a particle ("vaz de almeida"): the end of a
    longer name, unlike "Joko Widodo" in "Iriana Joko Widodo", where two given names end a
    spouse's name."""
    return len(name) >= 3 and any(w in NAME_PARTICLES for w in name[1:-1])


def _containing_name(
    words: tuple[str, ...],
    canon: list[tuple[str, ...]],
    persons: list[Mention],
    compound: bool = False,
) -> tuple[str, ...] | None:
    """The longer name this one is part of ("Blinken" in "Antony Blinken"); when several
    contain it, the one the article introduced first: news keeps the bare surname for its
    protagonist ("Abe", "Obama", "Kim") and names a namesake in full (a spouse, a sibling)."""
    # A one-word name may be any part of a longer one (surname, given name); a longer name only
    # its beginning ("Nik Nazmi" of "Nik Nazmi Nik Ahmad"): "Joko Widodo" is not
    # "Iriana Joko Widodo". A hyphenated surname written alone ("Ruiz-Massieu") is one word
    # however many parts it has: the end of the full name it closes.
    first_seen: dict[tuple[str, ...], int] = {}
    for p in sorted(persons, key=lambda p: p.tok_start):
        first_seen.setdefault(_person_words(p), p.tok_start)
    holders = [
        c
        for c in canon
        if c != words
        and (
            set(words) <= set(c)
            if len(words) == 1
            else _names_same_person(words, c)
            or (compound and c[-len(words) :] == words)
            or _surnames_after_full_name(words, c, first_seen, persons)
        )
    ]
    clipped = not holders and len(words) == 1 and _MIN_CLIPPED <= len(words[0]) <= _MAX_CLIPPED
    if clipped:
        # "Hendra" of "Hendrawan Wibisono", "Alex" of "Alexander X": a name word clipped
        # to its start, where one full name alone has such a word
        holders = [
            c
            for c in canon
            if len(c) > 1 and any(w != words[0] and w.startswith(words[0]) for w in c)
        ]
        if len(holders) != 1 or any(p.title for p in persons if _person_words(p) == words):
            return None  # two full names so clipped, or a titled name of its own ("Bupati X")
    if not holders:
        return None
    if len(words) == 1 and words in first_seen:
        # "Wulan" beside "Tom Wulan" and "Abdul Wulan Sasmita": a name used alone
        # is a first or a last name; one only inside another name loses to it, where the
        # text named that first or last name before the bare word
        edge = [
            c
            for c in holders
            if _opens_or_closes(words[0], _core(c) or c) and first_seen[c] < first_seen[words]
        ]
        holders = edge or holders
    first = min(holders, key=first_seen.__getitem__)  # every holder is some person's name
    if clipped and first_seen[first] > first_seen.get(words, first_seen[first]):
        return None  # a clipped name before the full one is somebody the text names so
    if _named_bare_before(words, first_seen[first], persons):
        return None
    return first


def _surnames_after_full_name(
    short: tuple[str, ...],
    full: tuple[str, ...],
    first_seen: dict[tuple[str, ...], int],
    persons: list[Mention],
) -> bool:
    """ "Tirta Sasmita" after "Wulan Tirta Sasmita", "Perez Dolin" after "Juan Carlos Perez
    Dolin": family names that end a full name the text gave first are that person's short
    form. Not a name the text gives first ("Rizal Hakim", then the first lady "Wulan Rizal
    Hakim"), a notable person's own name, a name opening with a common first name ("Karl
    Dolin" after his wife "Maria Karl Dolin"), nor one titled otherwise than the full name
    ("Gubernur X Y" after "Ibu Negara Z X Y")."""
    if len(short) < 2 or len(full) <= len(short) or full[-len(short) :] != short:
        return False
    if first_seen[full] >= first_seen[short]:
        return False
    if short[0].title() in given_names() or load_people().lookup(" ".join(short)) is not None:
        return False
    own, full_titles = (_title_words(persons, words) for words in (short, full))
    return not (own and full_titles and not own & full_titles)


def _title_words(persons: list[Mention], words: tuple[str, ...]) -> set[str]:
    """The words of every title the document gives the person so named."""
    return {
        w for p in persons if p.title and _person_words(p) == words for w in p.title.lower().split()
    }


#: The lengths of a clipped name word read as the start of a longer one ("Alex", not "Al";
#: a parent's name, "Hendrawan", is its own, not "Hendrawanputri" clipped).
_MIN_CLIPPED = 4
_MAX_CLIPPED = 6

#: Bare uses of a shared surname before any namesake is named in full, beyond which the
#: surname is a person of its own: "Quintero ..." (x3) and later "his parents, Tomas Quintero
#: and Elena Quintero" name neither parent the protagonist.
_BARE_BEFORE_NAMESAKES = 3


def _named_bare_before(words: tuple[str, ...], start: int, persons: list[Mention]) -> bool:
    """Whether a one-word name that full names share runs through the story before any of
    them: news names its protagonist in full on first reference (a headline aside), so a
    surname used alone sentence after sentence and only then given to a namesake (the
    protagonist's parents, a spouse: "President X ... X ... X ... the first lady, Y X") is a
    person the article never names in full."""
    bare = {p.sent_index for p in persons if p.tok_start < start and _person_words(p) == words}
    return len(words) == 1 and len(bare) >= _BARE_BEFORE_NAMESAKES


def _link_people(
    mentions: list[Mention], keys: dict[int, str], reasons: dict[int, str], kb: PeopleKB
) -> dict[str, Person]:
    """Join the names that world knowledge says are one person ("Jokowi" and "Joko Widodo",
    "SBY", "Gus Dur"): every cluster whose names point to one notable person of the base
    (``ontology/people``) gets that person's key. Names only: the base never adds a relation,
    and a name it holds as ambiguous ("Kim", "Bush") joins nothing."""
    found: dict[str, set[str]] = {}
    people: dict[str, Person] = {}
    unknown_names: dict[str, list[tuple[str, ...]]] = {}  # full names the base does not know
    for m in mentions:
        if m.is_pronoun or m.kb_id or m.index not in keys or m.type in PLACE_TYPES:
            continue
        person = kb.lookup(m.text) or _lookup_with_last_title_word(kb, m)
        if person is not None:
            found.setdefault(keys[m.index], set()).add(person.id)
            people[person.id] = person
        elif len(_person_words(m)) >= 2:
            unknown_names.setdefault(keys[m.index], []).append(_person_words(m))
    target = {
        k: people[next(iter(ids))]
        for k, ids in found.items()
        if len(ids) == 1
        and not any(_namesake(name, people[next(iter(ids))]) for name in unknown_names.get(k, []))
    }
    target.update(_fuller_names_of(unknown_names, target))
    known: dict[str, Person] = {}
    for m in mentions:
        person = target.get(keys.get(m.index, ""))
        if person is None:
            continue
        key = "Person:" + normalize_name(person.name)
        if not m.is_pronoun and keys[m.index] != key:  # say so only where the base joined
            reasons[m.index] = (
                f"knowledge base (ontology/people): {m.text!r} is a name of {person.name}"
            )
        keys[m.index] = key
        known[key] = person
    return known


def _lookup_with_last_title_word(kb: PeopleKB, m: Mention) -> Person | None:
    """The person a name names with the word of address before it ("Pak Harto", which the base
    holds whole, as a bare "Harto" would name too many): the title phrase's last word read
    back onto the name."""
    words = (m.title or "").split()
    return kb.lookup(f"{words[-1]} {m.text}") if words and words[-1][:1].isupper() else None


def _fuller_names_of(
    unknown_names: dict[str, list[tuple[str, ...]]], target: dict[str, Person]
) -> dict[str, Person]:
    """Clusters of full names the base does not hold that are a fuller form of a name it holds
    for a person the story already names ("Thomas Trikasih Lembong" beside "Tom Lembong",
    which the base knows as "Thomas Lembong"): first and last names the same, middle names
    added. Only where exactly one such person fits."""
    named = {p.id: p for p in target.values()}
    forms = {
        pid: [f for f in (tuple(normalize_name(f).split()) for f in p.forms) if len(f) >= 2]
        for pid, p in named.items()
    }
    out: dict[str, Person] = {}
    for key, names in unknown_names.items():
        if key in target:
            continue
        fits = {
            pid
            for pid, fs in forms.items()
            for f in fs
            for name in names
            if len(name) > len(f) and _names_same_person(f, name)
        }
        if len(fits) == 1:
            out[key] = named[fits.pop()]
    return out


def _namesake(name: tuple[str, ...], person: Person) -> bool:
    """A full name with the notable person's surname and another given name ("Anna X" in a
    story where the base knows "Maria X"): the story's person is a namesake, not that one."""
    full = [f for f in (tuple(normalize_name(f).split()) for f in person.forms) if len(f) >= 2]
    same_surname = any(f[-1] == name[-1] for f in full)
    same_given = any(f[0] == name[0] for f in full)
    return same_surname and not same_given


def _build_entities(
    mentions: list[Mention],
    keys: dict[int, str],
    gaz: Gazetteer,
    known: dict[str, Person] | None = None,
) -> dict[str, Entity]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.index in keys:
            groups.setdefault(keys[m.index], []).append(m)
    entities = {}
    for key, ms in groups.items():
        named = [m for m in ms if not m.is_pronoun]
        if not named:
            continue
        entry = gaz.get(named[0].kb_id) if named[0].kb_id else gaz.get(key)
        person = (known or {}).get(key)
        if entry is not None:
            label, etype, geonames = entry.name, entry.type, entry.geonames
        elif person is not None:
            label, etype, geonames = person.name, "Person", None
        else:
            # a person's label is the name the key was made of ("Rizal Hakim", not the as
            # long "Saudara Rizal" joined to it)
            canonical = [m for m in named if _person_key(_person_words(m)) == key]
            label = max(
                (m.text for m in canonical or named),
                key=lambda t: (len(t.split()), not t.isupper(), len(t)),
            )
            # a body's key with "person" mentions joined to it ("Lumen" beside "Lumen Inc")
            # is a body, however often the model called it a person
            is_body = not key.startswith("Person:") and any(m.type == "Organization" for m in named)
            etype = _majority_type([m for m in named if m.type != "Person"] if is_body else named)
            geonames = None
            if etype == "City" and label.isupper() and len(label) > 3:
                label = label.title()  # "PUERTO KAVOO": a town named in capitals only
        nickname = _NICKNAME.search(f" {label} ") if etype == "Person" else None
        if nickname is not None:  # 'Hendra "Henwi" Wibisono': Hendra Wibisono, also called Henwi
            label = " ".join(_NICKNAME.sub(" ", f" {label} ").split())
        aliases = {m.text for m in named} | {m.full_text for m in named if m.title}
        if nickname is not None:
            aliases.add(nickname.group().strip().strip("\"\u201c\u201d\u201e"))
        aliases |= {bare for m in named if (bare := _without_lower_case_kind(m))}
        aliases.discard(label)
        entities[key] = Entity(
            key=key,
            type=etype,
            label=label,
            aliases=aliases,
            kb_id=entry.id if entry else None,
            geonames=geonames,
            mentions=[m.index for m in ms],
        )
    return entities


def _without_lower_case_kind(m: Mention) -> str | None:
    """ "Green Union" of "the Green Union party": a body whose name the NLP stage closed with
    its kind written in lower case (the ``lowercase_kind`` cue, English only) is named without
    it too, as the text may name it elsewhere."""
    words = m.text.split()
    kinds = cue_words("en", "lowercase_kind")
    if m.type != "Organization" or len(words) < 2 or words[-1] not in kinds:
        return None
    return " ".join(words[:-1])


_TYPE_PREFERENCE = ("City", "Region", "Country", "Place", "Organization", "Person")


def _majority_type(named: list[Mention]) -> str:
    """Most frequent type; ties go to the more specific place kinds."""
    counts = Counter(m.type for m in named)
    rank = {t: -i for i, t in enumerate(_TYPE_PREFERENCE)}
    return max(counts, key=lambda t: (counts[t], rank.get(t, -len(rank))))


def _type_unknown_places(
    relations: list[Relation], keys: dict[int, str], entities: dict[str, Entity]
) -> dict[str, Entity]:
    """A place of unknown kind as the subject of a relation that admits one kind of place
    there is of that kind. Put straight with a country ("Subang, Malaysia") it is a city:
    news writes a province with its admin word or a known name, a district with its city.
    Unless something lies in it ("Shah Alam, Selangor, Malaysia"): then it is no city."""
    schema = schema_relations()
    out = dict(entities)
    containers = {keys.get(r.object) for r in relations if r.predicate == "locatedIn"}
    for r in relations:
        kinds = schema[r.predicate].domain & PLACE_TYPES - {"Place"}
        key, obj = keys.get(r.subject, ""), out.get(keys.get(r.object, ""))
        if key not in out or out[key].type != "Place":
            continue
        if key in containers:
            continue
        if len(kinds) > 1 and "City" in kinds and obj is not None and obj.type == "Country":
            kinds = frozenset({"City"})
        if len(kinds) == 1:
            out[key] = replace(out[key], type=next(iter(kinds)))
    return out


def _containment(predicate: str, object_type: str) -> str:
    """The rules read one thing, a place inside a larger one ("Kecamatan X, Kabupaten Y,
    Jawa Barat, Indonesia"); the schema names it by the larger place's kind, known only once
    entities are typed: ``locatedIn`` a country, ``withinArea`` anything smaller."""
    if predicate == "locatedIn" and object_type != "Country":
        return "withinArea"
    return predicate


def _map_relations(
    relations: list[Relation], keys: dict[int, str], entities: dict[str, Entity]
) -> list[ResolvedRelation]:
    """Relations between entities, where the types fit the schema's domain and range."""
    schema = schema_relations()
    merged: dict[tuple[str, str, str], ResolvedRelation] = {}
    for r in relations:
        s, o = keys.get(r.subject), keys.get(r.object)
        if s is None or o is None or s == o or s not in entities or o not in entities:
            continue
        predicate = _containment(r.predicate, entities[o].type)
        spec = schema[predicate]
        if entities[s].type not in spec.domain or entities[o].type not in spec.range:
            continue
        if spec.symmetric and o < s:
            s, o = o, s
        key = (s, predicate, o)
        if key not in merged:
            merged[key] = ResolvedRelation(s, predicate, o, [r])
            continue
        evidence = merged[key].evidence
        same_sentence = [e for e in evidence if e.sentence_start == r.sentence_start]
        if not same_sentence:
            evidence.append(r)  # another sentence says it too: more evidence
        elif outranks(r, same_sentence[0]):
            evidence[evidence.index(same_sentence[0])] = r  # two rules, one sentence: best one
    return list(merged.values())
