"""A learned relation layer: a linear classifier over entity pairs, behind the rules.

Why: the rules are precise but read only the phrasings their lexicon lists; on real news
sentences they find about one relation in ten (``kg/devtools/relations/README.md``). The
classifier is trained on real Indonesian news sentences annotated in the repository
(``kg/devtools/relations/annotations.jsonl``) and reads any sentence with two entities: the
words between them, the dependency path, trigger and title words, negation cues. It only adds
pairs the rules left unrelated, and only where its calibrated precision on the annotations
reaches the model's ``min_confidence`` (chosen end to end, out of fold, when it was trained);
the confidence it gives a relation is that measured precision, so the precision-first gate in
resolve treats both layers alike.

The model is plain JSON (``models/relations-id.json``, written by
``python -m kg.devtools.relations.classifier --train``, see its ``MODEL_CARD.md``), scored
here with plain Python: nothing at run time needs the training library.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.context import Context
from kg.extract.frames.places import country_of, hyphen_paired, in_another_country
from kg.extract.frames.subjects import in_object_position
from kg.extract.locations import headline_clause
from kg.extract.model import Mention, Relation, same_name
from kg.nlp.gazetteer import load_gazetteer
from kg.resources import ontology_path
from kg.schema import relations as schema_relations

__all__ = [
    "CANDIDATE_RULE",
    "MODEL_PATH",
    "LearnedModel",
    "below_own_floor",
    "dep_path",
    "extract_learned",
    "featurize",
    "lexicon_words",
    "load_model",
    "model_path",
    "one_vs_rest",
]

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_PATH = MODEL_DIR / "relations-id.json"
#: Tokens before an entity searched for trigger and title words.
WINDOW = 4
#: kg's entity types as the annotations label them (PER, LOC, ORG).
LABELS = {
    "Person": "PER",
    "Organization": "ORG",
    "Country": "LOC",
    "City": "LOC",
    "Region": "LOC",
    "Place": "LOC",
}
#: Sentences naming more entities than this are lists (tables, rosters); pairs there are
#: guesses, so the layer leaves them to the rules.
MAX_ENTITIES = 10
_STOP = frozenset(
    {"di", "ke", "dari", "dengan", "oleh", "dan", "yang", "para", "untuk", "kepada"}
    | {"in", "to", "from", "with", "by", "and", "of", "the", "a", "an", "for", "on", "at"}
)


# ---------------------------------------------------------------- word lists (data, not code)


def _pattern_words(pattern: list[dict]) -> set[str]:
    words: set[str] = set()
    for tok in pattern:
        value = tok.get("LOWER")
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict):
            words.update(value.get("IN", []))
    return words


@cache
def lexicon_words(lang: str = "id") -> dict[str, dict[str, str]]:
    """Word lists read from ``ontology/lexicon``: ``trigger`` (word -> predicate), ``title``
    (word -> "title") and ``cue`` (word -> negation / former)."""
    triggers: dict[str, str] = {}
    cues: dict[str, str] = {}
    text = ontology_path("lexicon", f"{lang}.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry["kind"] == "trigger":
            for word in _pattern_words(entry["pattern"]) - _STOP:
                triggers.setdefault(word, entry["predicate"])
        elif entry["kind"] == "cue" and entry["cue"] in ("negation", "former"):
            for word in entry["words"]:
                cues.setdefault(word.lower(), entry["cue"])
    titles: dict[str, str] = {}
    for line in ontology_path("lexicon", "titles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            if entry.get("lang") == lang:
                for word in entry["title"].lower().split():
                    titles[word] = "title"
    return {"trigger": triggers, "title": titles, "cue": cues}


# ---------------------------------------------------------------- features


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12")):
        if n <= limit:
            return name
    return "13+"


@cache
def _weekdays() -> frozenset[str]:
    data = json.loads(ontology_path("lexicon", "dates.json").read_text(encoding="utf-8"))
    return frozenset(data["weekdays"])


def _dated(sent: Span | _Sentence, i: int) -> bool:
    """A day follows token ``i`` ("di Semarang, Kamis (3/2)"): news places an actor by
    naming where and when, the dateline of a statement or an event."""
    view = sent if isinstance(sent, _Sentence) else _Sentence.of(sent)
    text, lower = view.text, view.lower
    if i < len(text) and text[i] == ",":
        i += 1
    return i < len(text) and (lower[i] in _weekdays() or text[i] == "(")


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 100:
        chain.append(chain[-1].head)
    return chain


def dep_path(a: Token, b: Token) -> str:
    """Dependency labels from token ``a`` up to the lowest common ancestor and down to ``b``
    (``nsubj^ obl_`` style: ``^`` going up, ``_`` going down); "" when a is b."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            up = [x.dep_ + "^" for x in up_a[:k]]
            down = [x.dep_ + "_" for x in reversed(up_b[: ids_b[t.i]])]
            return " ".join(up + down)
    return "?"


class _TokenArrays:
    """What the features read of a Doc's tokens, read once as lists of plain values.

    Why: a spaCy ``Token`` is a new Python object at each access, and the features of every
    pair of a sentence read the same tokens again; reading them once per document made the
    learned layer several times cheaper, with the same features."""

    __slots__ = ("lower", "text", "dep", "head")

    def __init__(self, doc: Doc | Span) -> None:
        tokens = list(doc)
        self.lower = [t.lower_ for t in tokens]
        self.text = [t.text for t in tokens]
        self.dep = [t.dep_ for t in tokens]
        self.head = [t.head.i for t in tokens]

    @classmethod
    def of(cls, doc: Doc) -> _TokenArrays:
        """The arrays of a whole Doc (token ``i`` at index ``i``)."""
        return cls(doc)

    def _ancestors(self, i: int) -> list[int]:
        chain = [i]
        while self.head[chain[-1]] != chain[-1] and len(chain) < 100:
            chain.append(self.head[chain[-1]])
        return chain

    def dep_path(self, a: int, b: int) -> str:
        """:func:`dep_path` between the tokens at ``a`` and ``b`` (the same walk, on lists)."""
        up_a, up_b = self._ancestors(a), self._ancestors(b)
        ids_b = {t: k for k, t in enumerate(up_b)}
        for k, t in enumerate(up_a):
            if t in ids_b:
                up = [self.dep[x] + "^" for x in up_a[:k]]
                down = [self.dep[x] + "_" for x in reversed(up_b[: ids_b[t]])]
                return " ".join(up + down)
        return "?"


class _Sentence:
    """One sentence as :func:`featurize` reads it: its tokens' values (sentence-relative
    lists) and the roots of its entity spans, shared by all the sentence's pairs."""

    __slots__ = ("span", "arrays", "start", "lower", "text", "_roots")

    def __init__(self, span: Span, arrays: _TokenArrays) -> None:
        self.span, self.arrays, self.start = span, arrays, span.start
        self.lower = arrays.lower[span.start : span.end]
        self.text = arrays.text[span.start : span.end]
        self._roots: dict[tuple[int, int], int] = {}

    @classmethod
    def of(cls, sent: Span | Doc) -> _Sentence:
        """A sentence read alone (a Span, or a Doc of one sentence)."""
        span = sent if isinstance(sent, Span) else sent[:]
        return cls(span, _TokenArrays.of(span.doc))

    def root(self, a0: int, a1: int) -> int:
        """The doc index of the root of tokens ``a0:a1`` of the sentence (``Span.root``)."""
        key = (a0, a1)
        if key not in self._roots:
            self._roots[key] = self.span[a0:a1].root.i
        return self._roots[key]


def featurize(
    sent: Span,
    spans: Sequence[tuple[int, int, str]],
    s: int,
    o: int,
    words: dict[str, dict[str, str]] | None = None,
) -> list[str]:
    """The features of the ordered pair ``spans[s] -> spans[o]`` in one analysed sentence.

    sent (Span): The sentence (a Doc of one sentence works too).
    spans (Sequence[tuple[int, int, str]]): Entities as (start, end, label), token offsets
        relative to ``sent``, labels PER/LOC/ORG.
    s (int): Index of the subject entity. o (int): Index of the object entity.
    words (dict | None): The word lists of :func:`lexicon_words` the model was trained with
        (a model carries its own); defaults to the lexicon as it is now.
    RETURNS (list[str]): Feature names (binary features; repeats are kept once).
    """
    view = sent if isinstance(sent, _Sentence) else _Sentence.of(sent)
    return _pair_features(view, spans, s, o, words if words is not None else lexicon_words())


def _pair_features(
    sent: _Sentence,
    spans: Sequence[tuple[int, int, str]],
    s: int,
    o: int,
    words: dict[str, dict[str, str]],
) -> list[str]:
    """:func:`featurize` on a sentence already read (:class:`_Sentence`)."""
    lower = sent.lower
    (s0, s1, sl), (o0, o1, ol) = spans[s], spans[o]
    types = f"{sl}>{ol}"
    feats = [f"types={types}", "bias"]
    forward = s0 < o0
    feats.append(f"dir={'fwd' if forward else 'back'}|{types}")
    lo, hi = (s1, o0) if forward else (o1, s0)
    between = lower[lo:hi] if hi > lo else []
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
    # Another name in between usually takes the relation ("X praised Y's visit to Z").
    inside = [
        label
        for k, (a0, a1, label) in enumerate(spans)
        if k not in (s, o) and lo <= a0 and a1 <= hi
    ]
    feats.extend(f"ent_between={label}|{types}" for label in set(inside))
    feats.append(f"n_between={_bucket(len(inside))}")
    first = min(s0, o0)
    before = lower[max(0, first - WINDOW) : first]
    for w in set(between):
        if w in words["trigger"]:
            feats.append(f"trig_between={words['trigger'][w]}|{types}")
            feats.append(f"trigw_between={w}")
    for w in before:
        if w in words["trigger"]:
            feats.append(f"trig_before={words['trigger'][w]}|{types}")
    for name, (a0, _a1, label) in (("s", spans[s]), ("o", spans[o])):
        prev = lower[a0 - 1] if a0 > 0 else "<s>"
        feats.append(f"prev_{name}={prev}")
        if label == "PER":
            for w in lower[max(0, a0 - WINDOW) : a0]:
                if w in words["title"]:
                    feats.append(f"title_{name}={w}")
                    feats.append(f"title_{name}|{types}")
    nxt = lower[o1] if o1 < len(lower) else "</s>"
    feats.append(f"next_o={nxt}")
    if _dated(sent, o1):
        feats.append(f"o_then_day|{types}")
    path = sent.arrays.dep_path(sent.root(s0, s1), sent.root(o0, o1))
    if path.count(" ") < 5:
        feats.append(f"path={path}|{types}")
    feats.extend(f"pathlab={label}" for label in set(path.split()))
    for w in lower:
        if w in words["cue"]:
            feats.append(f"cue={words['cue'][w]}|{types}")
            feats.append(f"cuew={w}")
    return sorted(set(feats))


# ---------------------------------------------------------------- the model


def one_vs_rest(
    classes: Sequence[str],
    bias: Sequence[float],
    weights: dict[str, list[float]],
    feats: Iterable[str],
) -> dict[str, float]:
    """Each class's own logistic probability: its bias plus the weights of the features
    present (binary features; unknown ones weigh nothing)."""
    z = list(bias)
    for f in feats:
        w = weights.get(f)
        if w is not None:
            for k, v in enumerate(w):
                z[k] += v
    return {c: 1.0 / (1.0 + math.exp(-v)) for c, v in zip(classes, z, strict=True)}


@dataclass(frozen=True)
class LearnedModel:
    """One-vs-rest logistic regression weights with a calibration per predicate.

    classes: the predicates and "none". weights: one weight per class for each feature.
    bias: one per class. calibration: per predicate, (probabilities, precisions) breakpoints:
    the precision measured out of fold on the annotations for predictions at or above each
    probability. min_confidence: the least calibrated precision at which a pair is kept.
    """

    classes: tuple[str, ...]
    weights: dict[str, list[float]]
    bias: tuple[float, ...]
    calibration: dict[str, tuple[tuple[float, ...], tuple[float, ...]]]
    min_confidence: float
    # The lexicon's word lists as they were at training time: a later edit of
    # ontology/lexicon changes the rules at once but must not change this model's features
    # until it is retrained (as a spaCy model keeps its own vocabulary).
    lexicon: dict[str, dict[str, str]] | None = None

    @property
    def words(self) -> dict[str, dict[str, str]]:
        """The word lists features are computed with: the model's own, else the current."""
        return self.lexicon if self.lexicon is not None else lexicon_words()

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Each class's own (one-vs-rest) probability for a pair's features."""
        return one_vs_rest(self.classes, self.bias, self.weights, feats)

    def best(self, feats: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability ("none" when it scores highest)."""
        probs = self.probabilities(feats)
        cls = max(probs, key=lambda c: (probs[c], c))
        return cls, probs[cls]

    def confidence(self, predicate: str, probability: float) -> float:
        """The measured precision of ``predicate`` predictions at this probability (0 below
        the lowest calibrated probability)."""
        probs, precisions = self.calibration.get(predicate, ((), ()))
        k = bisect_right(probs, probability)
        return precisions[k - 1] if k else 0.0

    @classmethod
    def from_dict(cls, data: dict) -> LearnedModel:
        """Read the JSON written by the training script."""
        return cls(
            classes=tuple(data["classes"]),
            weights=data["weights"],
            bias=tuple(data["bias"]),
            calibration={
                p: (tuple(c["probability"]), tuple(c["precision"]))
                for p, c in data["calibration"].items()
            },
            min_confidence=float(data["min_confidence"]),
            lexicon=data.get("lexicon"),
        )


def model_path(lang: str) -> Path:
    """Where the shipped model of a language lives (``models/relations-<lang>.json``)."""
    return MODEL_DIR / f"relations-{lang}.json"


@cache
def load_model(path: Path = MODEL_PATH) -> LearnedModel | None:
    """The shipped model, or None where none is shipped (the rules then work alone)."""
    if not path.is_file():
        return None
    return LearnedModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- the extract step


def _entities(ctx: Context, sent_index: int) -> list[Mention]:
    """The sentence's named mentions, one per span, in text order."""
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ctx.by_sent.get(sent_index, []):
        if m.is_pronoun or m.type not in LABELS or (m.tok_start, m.tok_end) in seen:
            continue
        seen.add((m.tok_start, m.tok_end))
        out.append(m)
    return out


def _related(ctx: Context, sent: Span) -> tuple[set[frozenset[int]], set[int]]:
    """Entity pairs the rules already related in this sentence (either direction), and the
    persons whose office the rules already read there: a title phrase names one office, so
    the layer does not add a second ("Menteri ESDM X": the rules chose the country)."""
    here = [r for r in ctx.relations if r.sentence_start == sent.start_char]
    pairs = {frozenset((r.subject, r.object)) for r in here}
    return pairs, {r.subject for r in here if r.predicate == "officialOf"}


def _at_home(ctx: Context, subj: Mention, place: Mention) -> bool:
    """The place lies in a country the subject holds office in (by this document's rules):
    a president in his own capital is at work, not on a visit, and the annotations of real
    sentences ("kata X di Jakarta") would otherwise teach the layer to say so. An office in
    an organisation is not one in its country: the head of a national agency speaking in
    Jakarta was there ("kata Kepala BPS X di Jakarta")."""
    country = country_of(place)
    if country is None:
        return False
    person = ctx.resolve(subj)
    return any(
        r.predicate == "officialOf"
        and _same_name(ctx.mentions[r.subject], person)
        and ctx.mentions[r.object].type != "Organization"
        and country_of(ctx.mentions[r.object]) == country
        for r in ctx.relations
    )


def _home_capital(ctx: Context, place: Mention) -> bool:
    """The place is the outlet's own capital or a part of it named after it ("Jakarta",
    "Jakarta Selatan" in Indonesian news), where the news' own officials live and work: the
    annotated real sentences count "kata X di Jakarta" as presence, which made the layer assert
    a visit for officials at work there: on dev2-dev33 9 of 12 such visits were wrong, on the
    unseen sets 5 of 5, held-back real text loses one right one; the rules still read an
    arrival there ("tiba di Jakarta")."""
    gaz = load_gazetteer()
    for home in ctx.cues.home_country:
        entry = gaz.get(home)
        capital = gaz.get(entry.capital) if entry is not None and entry.capital else None
        if capital is not None and (
            place.kb_id == capital.id or place.text.split()[:1] == capital.name.split()[:1]
        ):
            return True
    return False


def _same_name(a: Mention, b: Mention) -> bool:
    """The same person named again: the office read in one sentence ("Menlu Peru Ana Soto")
    is the person's in the next ("Ana Soto di Cusco", "Soto di ..."), where the mentions
    differ (resolve merges them only later)."""
    return a.index == b.index or same_name(a, b)


def _person_between(ents: Sequence[Mention], subj: Mention, obj: Mention) -> bool:
    """Another person stands between the two: in "X praised Y's visit to Z" the traveller is
    the nearer one, and in "Menteri ESDM X dan Menteri Luar Negeri Y" the ministry is X's."""
    lo = min(subj.tok_end, obj.tok_end)
    hi = max(subj.tok_start, obj.tok_start)
    return any(m.type == "Person" and lo <= m.tok_start and m.tok_end <= hi for m in ents)


def _object_of_earlier_verb(ctx: Context, subj: Mention, place: Mention) -> bool:
    """The person is the object of a verb and another verb leads to the place ("X bertemu Y,
    lalu terbang ke Z": Y does not fly). Without a verb between, the place is where the
    first verb happened, to both ("bertemu Y di Manila"); after an inverted speech verb
    ("kata Y di Z") the person is the speaker."""
    if subj.tok_end > place.tok_start or not in_object_position(ctx, subj):
        return False
    start = ctx.starts_at(subj)
    if start > 0 and ctx.doc[start - 1].lower_ in ctx.cues.speech:
        return False
    return any(t.pos_ == "VERB" for t in ctx.doc[subj.tok_end : place.tok_start])


def _stood_in_for(ctx: Context, subj: Mention) -> bool:
    """ "terbang ke P mewakili Presiden X", "on behalf of X": someone went in the
    person's place, so the person was not there (the ``stand_in`` cue right before the
    person's title)."""
    start = ctx.starts_at(subj)
    return any(
        start >= len(phrase)
        and tuple(t.lower_ for t in ctx.doc[start - len(phrase) : start]) == phrase
        for phrase in ctx.cues.stand_in
    )


def _owns_the_site(ctx: Context, subj: Mention) -> bool:
    """ "berziarah ke makam X di P", "jenazah X tiba di P": the person names a site or a body
    (the ``person_site`` and ``remains`` cues right before his name), which is what went or
    stands there; the person was not at the place."""
    k = ctx.starts_at(subj) - 1
    if k > 0 and ctx.doc[k].lower_ == "of":
        k -= 1  # "the tomb of X"
    return k >= 0 and (
        ctx.doc[k].lower_ in ctx.cues.person_site or ctx.doc[k].lower_ in ctx.cues.remains
    )


def _topic_between(ctx: Context, subj: Mention, place: Mention) -> bool:
    """ "kata X tentang banjir di Bekasi": the place is what the person spoke about."""
    return any(t.lower_ in ctx.cues.topic for t in ctx.doc[subj.tok_end : place.tok_start])


def _former(ctx: Context, subj: Mention, obj: Mention) -> bool:
    """A past, hoped-for or opposing office around the pair ("calon ketua umum PAN, X",
    "mantan Menteri X"): from just before the first of the two (its title) to the last."""
    first = min(ctx.starts_at(subj), obj.tok_start)
    last = max(subj.tok_end, obj.tok_end)
    return any(t.lower_ in ctx.cues.former for t in ctx.doc[max(0, first - 3) : last])


# The object kinds the layer is trusted with, narrower than the schema's: containment below a
# country and offices of regions and cities come from the rules alone. Two place names side by
# side there are as often a route or a list ("kereta Jakarta - Bandung") as a district in its
# city, and "X dari Makassar" names a home, not an office; the rules read the commas and titles.
_LAYER_RANGES = {
    "locatedIn": frozenset({"Country"}),
    "officialOf": frozenset({"Country", "Organization"}),
}
# Visitors likewise: a body beside a place is as often part of an event's name ("menghadiri
# C40 World Mayors Summit di Kopenhagen") or the place's tenant as a delegation; the rules
# read delegations.
_LAYER_DOMAINS = {"visited": frozenset({"Person"})}


def _fits(predicate: str, subj: Mention, obj: Mention) -> bool:
    spec = schema_relations().get(predicate)
    if spec is None or subj.type not in spec.domain or obj.type not in spec.range:
        return False
    domain = _LAYER_DOMAINS.get(predicate, spec.domain)
    return subj.type in domain and obj.type in _LAYER_RANGES.get(predicate, spec.range)


def _blocked(
    ctx: Context,
    sent: Span,
    ents: Sequence[Mention],
    subj: Mention,
    obj: Mention,
    predicate: str,
    office_read: set[int],
) -> bool:
    """A guard the rules' reading of the sentence puts on a predicted pair (see the module
    docstring): wrong types, an office already read or not held (former, candidate), a place
    the gazetteer puts in another country, a nearer person, home, an earlier verb's object, a
    negation in scope, two clauses of a headline, a demonym as a place."""
    if not _fits(predicate, subj, obj):
        return True
    if predicate in ("locatedIn", "visited") and (subj.is_demonym or obj.is_demonym):
        return True  # "di British Columbia": a demonym read off a longer name is no place
    if predicate in ("locatedIn", "visited") and hyphen_paired(ctx, obj):
        return True  # "di Istana P, RI-Chile Bahas ...": one of a pair of countries
    if predicate == "officialOf" and (subj.index in office_read or _former(ctx, subj, obj)):
        return True
    if predicate == "locatedIn" and (
        in_another_country(ctx, subj, obj) or headline_clause(ctx, sent, obj)
    ):
        return True
    if predicate in ("visited", "officialOf") and _person_between(ents, subj, obj):
        return True
    if predicate == "visited" and (
        _at_home(ctx, subj, obj)
        or _home_capital(ctx, obj)
        or _object_of_earlier_verb(ctx, subj, obj)
        or _topic_between(ctx, subj, obj)
        or _stood_in_for(ctx, subj)
        or _owns_the_site(ctx, subj)
    ):
        return True
    first, last = min(subj.tok_start, obj.tok_start), max(subj.tok_end, obj.tok_end)
    return ctx.negated(sent, first, last - 1)


CANDIDATE_RULE = "learned-candidate"
"""The rule name (``id.<predicate>.learned-candidate``) of a pair passed below the model's own
``min_confidence`` because a lower floor was asked for: kept apart as a candidate, never
asserted, whatever the graph's threshold (:func:`below_own_floor`)."""


def below_own_floor(relation: Relation) -> bool:
    """A relation the layer gave only because a floor below its own was asked for."""
    return relation.rule.endswith(f".{CANDIDATE_RULE}")


def extract_learned(
    ctx: Context, model: LearnedModel | None = None, *, floor: float | None = None
) -> None:
    """Add the classifier's relations for pairs the rules left unrelated (the document
    language's model, where one is shipped).

    ``floor`` below the model's ``min_confidence`` also gives the pairs between the two, as
    candidates (rule ``id.<predicate>.learned-candidate``). Why they are added only at the end
    and touch nothing else: a candidate must not change what is asserted, and the guards read
    the relations found so far (an office read blocks a visit home; a related pair is not
    read the other way)."""
    model = model or load_model(model_path(ctx.lang))
    if model is None:
        return
    least = model.min_confidence if floor is None else min(floor, model.min_confidence)
    candidates: list[tuple[Mention, str, Mention, float, Span]] = []
    arrays = _TokenArrays.of(ctx.doc)  # read once: every pair reads the same tokens
    words = model.words
    for sent_index, sent in enumerate(ctx.sents):
        ents = _entities(ctx, sent_index)
        if not 2 <= len(ents) <= MAX_ENTITIES:
            continue
        related, office_read = _related(ctx, sent)
        spans = [(m.tok_start - sent.start, m.tok_end - sent.start, LABELS[m.type]) for m in ents]
        view = _Sentence(sent, arrays)
        for s, subj in enumerate(ents):
            for o, obj in enumerate(ents):
                if s == o or frozenset((subj.index, obj.index)) in related:
                    continue
                predicate, prob = model.best(_pair_features(view, spans, s, o, words))
                if predicate == "none":
                    continue
                confidence = model.confidence(predicate, prob)
                if confidence < least or _blocked(
                    ctx, sent, ents, subj, obj, predicate, office_read
                ):
                    continue
                if confidence < model.min_confidence:
                    candidates.append((subj, predicate, obj, confidence, sent))
                    continue
                if predicate == "visited":
                    ctx.literal_places.add(obj.index)  # a place one is in, not its government
                rule = f"{ctx.lang}.{predicate}.learned"
                ctx.add(subj, predicate, obj, rule=rule, confidence=confidence, sent=sent)
                related.add(frozenset((subj.index, obj.index)))
    for subj, predicate, obj, confidence, sent in candidates:
        rule = f"{ctx.lang}.{predicate}.{CANDIDATE_RULE}"
        ctx.add(subj, predicate, obj, rule=rule, confidence=confidence, sent=sent)
