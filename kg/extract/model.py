"""What the extract stage hands to resolve: mentions and relations with their evidence.

Frozen: later stages read them and keep what they decide in their own records
(``dataclasses.replace`` for a changed copy), so no stage writes into an earlier one's output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ARTICLES",
    "POSSESSIVE_MARKS",
    "is_possessive",
    "tenure_end",
    "tenure_start",
    "Mention",
    "Relation",
    "Extraction",
    "PLACE_TYPES",
    "AGENT_TYPES",
    "DEFAULT_MIN_CONFIDENCE",
    "CONDITIONAL_READINGS",
    "POSTED",
    "outranks",
]

# A relation enters the graph only when its best evidence reaches this confidence. Chosen
# from measured precision per confidence band (``python -m kg.devtools.calibrate``, printed by
# ``make eval``): the bands at and above it are the precise ones.
DEFAULT_MIN_CONFIDENCE = 0.7

PLACE_TYPES = frozenset({"Country", "City", "Region", "Place"})
#: The rule suffix of an envoy's visit inside the country he is posted to ("Duta Besar X untuk
#: Indonesia" in Medan): the resolve stage adds no visit of that country, where he lives.
POSTED = ".posted"
AGENT_TYPES = frozenset({"Person", "Organization"})
#: The English possessive marks, straight and typographic ("Chile's", "Chile’s").
POSSESSIVE_MARKS = frozenset({"'s", "’s"})


def is_possessive(tok: Token) -> bool:
    """An English possessive mark: "'s", or the bare apostrophe after a plural name that the
    tagger reads as one ("the Bahamas' prime minister", "the Philippines’ envoy"), not a
    closing quote."""
    return tok.text in POSSESSIVE_MARKS or (tok.text in ("'", "’") and tok.tag_ == "POS")


#: The most tokens a phrase of the lexicon's ``tenure`` words spans ("newly sworn - in").
_TENURE_REACH = 4


def tenure_start(doc: Doc, i: int, tenure: frozenset[str]) -> int | None:
    """The first token of a ``tenure`` word or phrase ending at token ``i`` ("acting", "newly
    appointed", "newly sworn-in"), or None. The longest phrase wins: a participle alone
    ("elected") may be none."""
    for k in range(max(0, i - _TENURE_REACH + 1), i + 1):
        if doc[k : i + 1].text.lower() in tenure:
            return k
    return None


def tenure_end(doc: Doc, j: int, tenure: frozenset[str]) -> int | None:
    """The token after a ``tenure`` word or phrase starting at token ``j``, or None."""
    for k in range(min(len(doc), j + _TENURE_REACH), j, -1):
        if doc[j:k].text.lower() in tenure:
            return k
    return None


def same_name(a: Mention, b: Mention) -> bool:
    """Two mentions naming one person before resolve merges them: the same words, or one
    name inside the other ("Ana Soto", "Soto")."""
    wa, wb = set(a.text.lower().split()), set(b.text.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


#: Indonesian demonstratives closing a definite noun phrase ("Presiden Rusia itu").
DEMONSTRATIVES = frozenset({"itu", "tersebut"})
ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity (or a pronoun standing for one) in the text.

    Offsets are character offsets into the original article (end exclusive).
    """

    index: int
    start: int
    end: int
    text: str
    type: str
    tok_start: int
    tok_end: int
    sent_index: int
    kb_id: str | None = None
    title: str | None = None  # the title phrase before a person ("Menteri Luar Negeri AS")
    title_start: int | None = None
    is_demonym: bool = False
    literal_place: bool = False  # used as a place ("tiba di X", "in X"), not a metonym
    antecedent: int | None = None  # for pronouns: the mention they stand for
    alias_of: int | None = None  # "X, known as Y": Y's mention points at X's

    @property
    def is_pronoun(self) -> bool:
        return self.antecedent is not None

    @property
    def full_text(self) -> str:
        """Surface form with its title, as a reader would quote it."""
        return f"{self.title} {self.text}" if self.title else self.text


@dataclass(frozen=True)
class Relation:
    """A relation between two mentions, with the evidence that supports it."""

    subject: int
    predicate: str
    object: int
    rule: str
    confidence: float
    start: int  # evidence span (characters)
    end: int
    sentence_start: int
    sentence_end: int
    title: str | None = None  # officialOf: the office as written
    # visited/met: ISO 8601 date of the event at the text's precision ("2023-02-28", "2015-06",
    # "--02-28"), None where the text leaves it open; see kg.extract.dates
    date: str | None = None


#: Readings that resolve keeps only for some travellers (an arrival's origin, a return).
CONDITIONAL_READINGS = (".from", ".returned-to")


def outranks(new: Relation, kept: Relation) -> bool:
    """Whether ``new`` is the better reading of what ``kept`` says: surer, or as sure and
    holding for any traveller ("dari Lima, tempat ia bertemu Y": the meeting's venue, not
    only the arrival's origin, which resolve drops for a traveller of unknown home)."""
    if new.confidence != kept.confidence:
        return new.confidence > kept.confidence
    return kept.rule.endswith(CONDITIONAL_READINGS) and not new.rule.endswith(
        CONDITIONAL_READINGS
    )


@dataclass(frozen=True)
class Extraction:
    """All mentions and relations of one document (sequences are stored as tuples)."""

    lang: str
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        for name in ("mentions", "relations", "sentences"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
