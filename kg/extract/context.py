"""Per-document view the frames share: mentions by token, sentences, clauses and cues."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.lexicon import Cues, is_active_verb
from kg.extract.model import ARTICLES, Mention, Relation
from kg.ingest.metadata import calendar_lexicon

__all__ = ["Context", "has_phrase", "sentence_end", "with_title_start"]


def has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any of the phrase cue's ``phrases`` occurs in ``words`` (lower-case tokens)."""
    return any(
        tuple(words[k : k + len(p)]) == p for p in phrases for k in range(len(words) - len(p) + 1)
    )


def link_phrase_end(doc: Doc, i: int, cues: Cues) -> int | None:
    """The token after an ``office_link`` phrase at token ``i`` ("selaku", "sworn in as"),
    read also after up to two auxiliaries of the ``link_auxiliary`` cue ("has been", "telah"),
    or None when none is there."""
    j = i
    while j - i <= 2:
        for phrase in cues.office_link:  # longest first
            if tuple(t.lower_ for t in doc[j : j + len(phrase)]) == phrase:
                return j + len(phrase)
        if j >= len(doc) or doc[j].lower_ not in cues.link_auxiliary:
            return None
        j += 1
    return None


def sentence_end(sent: Span) -> int:
    """End of the sentence's last word. A sentence's span runs on over the whitespace after it,
    which in a masked article is blanked boilerplate ("Baca juga ..."): evidence taken from
    the original text by these offsets must stop where the words stop."""
    last = sent.end - 1
    while last > sent.start and sent.doc[last].is_space:
        last -= 1
    token = sent.doc[last]
    return token.idx + len(token.text)


def with_title_start(doc: Doc, m: Mention) -> int:
    """First token of ``m`` with its title phrase."""
    start = m.tok_start
    while start > 0 and m.title_start is not None and doc[start - 1].idx >= m.title_start:
        start -= 1
    return start


#: How far before a trigger a condition ("if", "jika") may open its clause.
_CONDITION_REACH = 6


@dataclass
class Context:
    """What a frame needs to find the roles of a trigger, and where it records relations."""

    doc: Doc
    lang: str
    cues: Cues
    mentions: list[Mention]
    relations: list[Relation] = field(default_factory=list)
    trigger: tuple[int, int] | None = None  # char span of the trigger being processed
    literal_places: set[int] = field(default_factory=set)  # mentions used as places ("tiba di X")
    namesakes: set[int] = field(default_factory=set)  # places the text shows are not the
    # gazetteer's entry of that name ("Solo adalah desa di ..." is a village, not Surakarta)
    # persons present at an event the text placed nowhere ("X also attended the summit"),
    # for the dateline to place (``kg.extract.datelines``)
    unplaced_presence: list[tuple[Mention, Span]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sents: list[Span] = list(self.doc.sents)
        self.at: dict[int, Mention] = {}
        for m in self.mentions:
            if not m.is_pronoun:
                for i in range(m.tok_start, m.tok_end):
                    self.at[i] = m
        self.pronoun_at: dict[int, Mention] = {}
        self.groups: dict[tuple[int, int], list[Mention]] = {}
        for m in self.mentions:
            if m.is_pronoun:
                for i in range(m.tok_start, m.tok_end):
                    self.pronoun_at.setdefault(i, m)
                self.groups.setdefault((m.tok_start, m.tok_end), []).append(m)
        self.title_of: dict[int, Mention] = {
            i: m
            for m in self.mentions
            if m.title_start is not None
            for i in range(self.starts_at(m), m.tok_start)
        }
        self.by_sent: dict[int, list[Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: m.tok_start):
            self.by_sent.setdefault(m.sent_index, []).append(m)

    # -- mentions -------------------------------------------------------------------------
    def mention_at(self, i: int) -> Mention | None:
        return self.at.get(i) or self.pronoun_at.get(i)

    def group(self, m: Mention) -> list[Mention]:
        """The persons a reference stands for: one, or each of two ("keduanya", "the
        couple": one reference mention per person on the same tokens)."""
        return self.groups.get((m.tok_start, m.tok_end), [m]) if m.is_pronoun else [m]

    def titled_at(self, i: int) -> Mention | None:
        """The person whose title phrase holds token ``i`` ("Presiden" of "Presiden X")."""
        return self.title_of.get(i)

    def resolve(self, m: Mention) -> Mention:
        """A pronoun's antecedent, or the mention itself."""
        return self.mentions[m.antecedent] if m.antecedent is not None else m

    def starts_at(self, m: Mention) -> int:
        """First token of a mention including its title phrase."""
        return with_title_start(self.doc, m)

    # -- clauses --------------------------------------------------------------------------
    def clause_bounds(self, sent: Span, i: int) -> tuple[int, int]:
        """Token range of the clause around token ``i`` (split at ; but namun ...)."""
        start, end = sent.start, sent.end
        for j in range(i - 1, sent.start - 1, -1):
            if self.doc[j].lower_ in self.cues.clause_break and self.doc[j].lower_ != "yang":
                start = j + 1
                break
        for j in range(i + 1, sent.end):
            if self.doc[j].lower_ in self.cues.clause_break:
                end = j
                break
        return start, end

    def _ready_before(self, sent: Span, first: int) -> bool:
        """ "siap menerima X", "ready to receive X", "agreed to meet X": readiness or a
        promise (the ``readiness`` cue) right before the verb, "untuk"/"to"/"akan" between at
        most, is no event yet; so is a verb the parse makes its infinitive, or a conjunct of
        one ("agreed to end the strike and to meet X")."""
        j = first - 1
        if j > sent.start and self.doc[j].lower_ in ("untuk", "to", "akan"):
            j -= 1
        if j >= sent.start and self.doc[j].lower_ in self.cues.readiness:
            return True
        verb = self.doc[first]
        for _ in range(3):
            if verb.dep_ == "conj":
                verb = verb.head
            elif verb.dep_ == "xcomp":
                return sent.start <= verb.head.i < first and verb.head.lower_ in self.cues.readiness
            else:
                return False
        return False

    def _fronted_condition(self, sent: Span, first: int) -> bool:
        """ "Jika hujan turun, Menteri akan bermalam di P", "If talks go well, X will fly
        on to P": a sentence opened by a condition (the ``conditional`` cue) is hypothetical
        after the condition's comma too."""
        if self.doc[sent.start].lower_ not in self.cues.conditional:
            return False
        return any(self.doc[j].text == "," for j in range(sent.start + 1, first))

    def _undone_plan(self, c_start: int, first: int) -> bool:
        """ "She had been due to open a plant in P", "was to have met X": a plan told in the
        past of the past (the ``undone_plan`` cue) is one that did not happen as planned.
        Adverbs inside it are read past ("had also been scheduled", "had originally been due")."""
        words = [t.lower_ for t in self.doc[c_start:first] if t.pos_ != "ADV"]
        return has_phrase(words, self.cues.undone_plan)

    def _conditional_before(self, sent: Span, first: int) -> bool:
        """A condition opens the trigger's clause ("would respond if X invaded Y"): within a
        few words before it, with no punctuation or other verb between."""
        for j in range(first - 1, max(sent.start, first - _CONDITION_REACH) - 1, -1):
            tok = self.doc[j]
            if tok.lower_ in self.cues.conditional:
                return True
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                return False
        return False

    def negated(self, sent: Span, first: int, last: int, *, near_only: bool = False) -> bool:
        """Negation, cancellation or hedge that scopes over the trigger at [first, last].

        ``near_only`` for states and past facts (borders, invasions): an invitation, a phone
        call or a plan elsewhere in the clause does not undo them; only a negation does."""
        if self._denied_claim(sent):
            return True
        near_from = max(sent.start, first - 4)
        for j in range(first - 1, near_from - 1, -1):
            if self.doc[j].lower_ in self.cues.relative_thing:
                near_from = j + 1  # "Y, negeri tanpa laut yang berbatasan": "tanpa" is the noun's
                break
        for j in range(near_from, last + 1):
            if (
                self.doc[j].lower_ in self.cues.negation_near
                and not self._negation_idiom(j)
                and not self._realised_plan(j)
            ):
                return True
        if near_only:
            return self._conditional_before(sent, first)
        if self._ready_before(sent, first):
            return True
        if self._fronted_condition(sent, first):
            return True
        c_start, c_end = self.clause_bounds(sent, first)
        # A complement clause after the trigger is another proposition ("met X, telling him
        # that he had invited Y"): its hedges are its own.
        c_end = next(
            (j for j in range(last + 1, c_end) if self.doc[j].lower_ in self.cues.complementizer),
            c_end,
        )
        # So is a relative clause after it ("is due in P for the summit, where a meeting with
        # Y had been expected"): it describes the place or the event, not this trip. When the
        # main clause goes on after it ("trip to P, which Y had proposed, was cancelled"), the
        # relative clause is skipped and the rest read.
        relative = self.relative_clause_after(last, c_end)
        inserted_after = self._inserted_clause(sent, relative)
        if inserted_after:
            c_end = self.clause_bounds(sent, max(inserted_after) + 1)[1]
        else:
            c_end = relative
        c_end = self._participle_after(last, c_end)
        c_end = self._apposed_event_after(last, c_end)
        c_start, c_end = self._outside_relative_clause(c_start, first, last, c_end)
        if self._trip_cancelled_after(sent, c_end) or self._undone_plan(c_start, first):
            return True
        if self._called_off_next(sent):
            return True
        # In a relative clause ("..., yang tidak ..."), look only inside it; the trigger's own
        # first and last words are not a hedge on it ("called on X" is a visit, "called off" is
        # not a trigger), but a word a trigger's gap spans is ("menyampaikan ucapan duka
        # lewat surat kepada Y": a letter).
        hedge_end = self._coordinated_verb_after(last, self._purpose_after(last, c_end))
        inserted = self._relative_clauses_before(c_start, first) | inserted_after
        return self._hedge_in(
            c_start, hedge_end, first, last, skip=inserted
        ) or self._hedged_host_clause(sent, c_start)

    def _inserted_clause(self, sent: Span, start: int) -> set[int]:
        """The tokens of a relative clause opening at ``start`` (after a comma) that closes with
        a comma in the sentence and after which the main clause goes on with its verb
        ("kunjungan X ke P, yang sempat diusulkan Y, batal dilaksanakan", "X's trip to P,
        which Y had proposed, was cancelled"): the clause describes what comes before it, and
        what follows is the main clause's, hedges included. Empty otherwise."""
        relatives = self.cues.relative | self.cues.relative_thing | self.cues.place_relative
        if start >= sent.end or self.doc[start].lower_ not in relatives:
            return set()
        if self.doc[start - 1].text != ",":
            return set()
        closing = next((k for k in range(start + 1, sent.end - 1) if self.doc[k].text == ","), None)
        if closing is None:
            return set()
        after = self.doc[closing + 1]
        if after.pos_ not in ("VERB", "AUX") and after.lower_ not in self.cues.negation_clause:
            return set()
        return set(range(start - 1, closing + 1))

    def _relative_clauses_before(self, c_start: int, first: int) -> set[int]:
        """The tokens of relative clauses set off by commas between the clause's start and the
        trigger ("X, yang meminta digelarnya sidang khusus itu bulan lalu, tiba di P",
        "X, who had asked for the talks, arrived in P"): they describe the subject, and their
        requests and plans are no hedge on what the subject then does."""
        inside: set[int] = set()
        for j in range(c_start, first - 1):
            if self.doc[j].text != "," or self.doc[j + 1].lower_ not in self.cues.relative:
                continue
            closing = next((k for k in range(j + 2, first) if self.doc[k].text == ","), None)
            if closing is not None:
                inside.update(range(j, closing + 1))
        return inside

    def relative_clause_after(self, last: int, c_end: int) -> int:
        """Where a relative clause set off by a comma after token ``last`` begins ("..., where
        a meeting had been expected", "..., who ..."), else ``c_end``: it describes a place or
        a person before it, so what it says is not the clause's own."""
        return next(
            (
                j
                for j in range(last + 1, c_end)
                if self.doc[j - 1].text == ","
                and (
                    self.doc[j].lower_ in self.cues.relative
                    or self.doc[j].lower_ in self.cues.relative_thing
                    or self.doc[j].lower_ in self.cues.place_relative
                )
            ),
            c_end,
        )

    def _apposed_event_after(self, last: int, c_end: int) -> int:
        """ "X met Y in P, a meeting critics said could hurt the talks",
        "bertemu Y di P, pertemuan yang ...": a noun phrase set off by a comma that names
        the event again (an article and an ``event_noun``, or the noun alone in Indonesian)
        comments on what happened; its hedges ("would", "warned") are the commenter's, not
        the fact's."""
        return next(
            (
                j
                for j in range(last + 2, c_end)
                if self.doc[j - 1].text == ","
                and (
                    self.doc[j].lower_ in self.cues.event_noun
                    or (
                        self.doc[j].lower_ in ARTICLES
                        and j + 1 < c_end
                        and self.doc[j + 1].lower_ in self.cues.event_noun
                    )
                )
            ),
            c_end,
        )

    def _participle_after(self, last: int, c_end: int) -> int:
        """ "X toured P on Friday, opening a plant and talking to Q over a video call": a
        participial clause set off by a comma after the trigger is another action of the same
        subject, so its hedge or remote contact ("video") is its own, not the trip's. The comma
        and a present participle (tag ``VBG``) heading an adverbial clause mark it ("according
        to a statement that could not be verified" is a preposition, still the trip's hedge);
        a participle that is itself a hedge ("cut short his trip, canceling stops in P") still
        undoes the trip. Only a tagged model (English) gives the tag."""
        return next(
            (
                j
                for j in range(last + 2, c_end)
                if self.doc[j - 1].text == ","
                and self.doc[j].tag_ == "VBG"
                and self.doc[j].dep_ == "advcl"
                and self.doc[j].lower_ not in self.cues.negation_clause
            ),
            c_end,
        )

    def _purpose_after(self, last: int, c_end: int) -> int:
        """Where a purpose clause after the trigger begins ("tiba di P untuk menyampaikan pesan
        Y", "flew to P to discuss a planned pipeline"), else ``c_end``: a purpose word (the
        ``purpose_clause`` cue) before a verb opens another proposition, whose plans and
        messages are its content, not a hedge on the trip or the meeting before it."""
        return next(
            (
                j
                for j in range(last + 1, c_end - 1)
                if self.doc[j].lower_ in self.cues.purpose_clause
                and (
                    self.doc[j + 1].pos_ in ("VERB", "AUX")
                    or is_active_verb(self.doc[j + 1], self.cues)
                )
            ),
            c_end,
        )

    def _coordinated_verb_after(self, last: int, c_end: int) -> int:
        """Where a second verb of the same subject begins after the trigger ("bertemu Y di P
        dan meminta dukungan", "arrived in P and urged the government to ..."), else
        ``c_end``: "dan/and" right before a verb opens another action, whose requests and
        plans are its own, not a hedge on the meeting or the trip before it. A medium or a
        condition before the conjunction ("bertemu Y secara virtual dan ...") still counts."""
        conjunctions = self.cues.coordination - {","}
        return next(
            (
                j
                for j in range(last + 1, c_end - 1)
                if self.doc[j].lower_ in conjunctions
                and (
                    self.doc[j + 1].pos_ == "VERB"
                    or (
                        self.doc[j + 1].pos_ != "AUX" and is_active_verb(self.doc[j + 1], self.cues)
                    )
                )
            ),
            c_end,
        )

    def _hedge_in(
        self,
        c_start: int,
        c_end: int,
        first: int = -1,
        last: int = -1,
        skip: Collection[int] = (),
    ) -> bool:
        return any(
            self.doc[j].lower_ in self.cues.negation_clause
            and not self._named(j)
            and not self._reported_will(j)
            and not self._call_of_no_one(j)
            and not self._phrasal(j, c_end)
            and not self._realised_plan(j)
            and not self._negation_idiom(j)
            and not self._describes_another_noun(j, first, last)
            for j in range(c_start, c_end)
            if j not in (first, last)
            and j not in skip
            and not self._unmediated_in_gap(j, first, last)
        )

    def _describes_another_noun(self, j: int, first: int, last: int) -> bool:
        """A hedge word the parse makes a reduced relative clause of a noun outside the
        trigger ("flanked by the aides expected to brief them": ``acl`` of "aides") hedges
        that noun's description, not the trigger's event ("the talks planned for May" still
        hedges the talks: there the noun is the trigger's). English only: the Indonesian parse
        gives every "yang" clause this relation, and its hedges are read by the clause rules."""
        tok = self.doc[j]
        return (
            self.lang == "en"
            and tok.dep_ == "acl"
            and tok.head.pos_ == "NOUN"
            and not first <= tok.head.i <= last
        )

    def _unmediated_in_gap(self, j: int, first: int, last: int) -> bool:
        """A hedge word inside the trigger's own span with no medium before it ("handed a
        letter from his government to Y": handed over in person); "melalui surat", "by phone"
        inside it is a medium and counts."""
        if not first < j < last:
            return False
        return not any(self.doc[k].lower_ in self.cues.medium_link for k in (j - 1, j - 2))

    def _hedged_host_clause(self, sent: Span, c_start: int) -> bool:
        """ "She is expected to press the point when she meets Y in June": a clause opened by a
        subordinator ("when", "after") shares the hedge of the verb it is the time of (that
        verb, or the verbs it completes: "expected to press"); the meeting is as uncertain as the
        pressing. Not a hedge further up: "officials hoped ... the truce agreed when they met"
        (the clause is the time of "agreed", which no hedge governs)."""
        k = c_start - 1
        if k <= sent.start or self.doc[k].lower_ not in self.cues.subordinator:
            return False
        verb = self.doc[k].head
        if verb.dep_ != "advcl":
            return False
        node = verb.head
        for _ in range(4):
            words = [node, *(c for c in node.children if c.dep_ in ("aux", "neg", "advmod"))]
            if any(w.lower_ in self.cues.negation_clause for w in words):
                return True
            if node.dep_ != "xcomp" or node.head is node:
                return False
            node = node.head
        return False

    def _denied_claim(self, sent: Span) -> bool:
        """ "Kabar bahwa X akan singgah ke P, kata Y, tidak benar", "Reports that X met Y are
        untrue": the sentence opens with a claim noun and its complementizer, and denies it."""
        words = [t.lower_ for t in sent if not t.is_punct]
        if len(words) < 3 or words[0] not in self.cues.claim_noun:
            return False
        if words[1] not in self.cues.complementizer:
            return False
        return any(
            tuple(words[k : k + len(phrase)]) == phrase
            for phrase in self.cues.denial
            for k in range(2, len(words))
        )

    def _trip_cancelled_after(self, sent: Span, c_end: int) -> bool:
        """ "X was due to stop in P on Monday, but cancelled the trip": after a contrast word,
        a clause with no subject of its own (a verb comes first) that cancels the trip."""
        doc = self.doc
        k = c_end
        if k >= sent.end or doc[k].lower_ not in self.cues.contrast:
            return False
        k += 1
        if self._unscheduled(sent, k) or self._calls_off_at(k, sent.end):
            return True
        while k < sent.end and doc[k].pos_ == "ADV":
            k += 1  # "but later cancelled"
        if k >= sent.end or doc[k].pos_ != "VERB" or doc[k].lower_ not in self.cues.negation_clause:
            return False
        return any(doc[j].lower_ in self.cues.trip_noun for j in range(k + 1, min(k + 4, sent.end)))

    def _called_off_next(self, sent: Span) -> bool:
        """ "X dijadwalkan bertemu Y di P pada Juni. Namun rapat itu dibatalkan ...", "X was
        to visit P. But the visit was scrapped": the next sentence opens by calling off the
        event or trip just told (a noun of one with its determiner, "itu", "the", then the
        cancelling verb past auxiliaries and adverbs); the plan never happened."""
        doc, cues = self.doc, self.cues
        k = sent.end
        while k < len(doc) and (doc[k].lower_ in cues.contrast or doc[k].is_punct):
            k += 1
        return self._names_the_event(k) and self._calls_off_at(k, len(doc))

    def _names_the_event(self, k: int) -> bool:
        """Tokens ``k``, ``k+1`` name the trip or event just told, with its determiner
        ("pertemuan itu", "the visit", "that trip")."""
        cues = self.cues
        nouns = cues.trip_noun | cues.event_noun | cues.talk_noun
        pair = tuple(t.lower_ for t in self.doc[k : k + 2])
        if len(pair) < 2:
            return False
        determiners = cues.anaphoric_determiner
        return (pair[0] in nouns and pair[1] in determiners) or (
            pair[0] in determiners and pair[1] in nouns
        )

    def _calls_off_at(self, k: int, end: int) -> bool:
        """From token ``k``: the trip or event called off, "kunjungan itu dibatalkan", "the
        visit was scrapped", "the tour never took place", or a bare "batal" continuing the
        clause before ("merencanakan kunjungan ke P, tetapi batal"). The noun is optional
        here; after a full stop the caller asks for it (``_names_the_event``)."""
        doc, cues = self.doc, self.cues
        named = self._names_the_event(k)
        if named:
            k += 2
        while k < end:
            if has_phrase([t.lower_ for t in doc[k : k + 4]], cues.never_happened):
                return True
            if doc[k].pos_ not in ("AUX", "ADV", "PART") or (k > 0 and doc[k].is_sent_start):
                break
            k += 1
        if k >= end or doc[k].lower_ not in cues.call_off:
            return False
        # a bare cancelling verb with an object of its own ("but cancelled a meeting with the
        # mayor") called that off, not the trip
        nxt = doc[k + 1] if k + 1 < end else None
        return named or nxt is None or nxt.pos_ not in ("DET", "NOUN", "PROPN", "NUM", "PRON")

    def _remains_of(self, m: Mention) -> bool:
        """The mention names whose remains these are ("jenazah Presiden X", "the body of X",
        "peti jenazah X"): a word of the ``remains`` cue right before it (and its title), past
        "of", "the" and the honorifics of the dead ("almarhum", "the late")."""
        j = with_title_start(self.doc, m) - 1
        while j >= 0 and self.doc[j].lower_ in self.cues.remains_skip:
            j -= 1
        return j >= 0 and self.doc[j].lower_ in self.cues.remains

    def _realised_plan(self, j: int) -> bool:
        """The hedge word at ``j`` says the plan came true ("as planned", "sesuai rencana")."""
        return j > 0 and self.doc[j - 1].lower_ in self.cues.realised_plan

    def _negation_idiom(self, j: int) -> bool:
        """The negation word at ``j`` belongs to an idiom that negates no event ("kunjungan
        tidak resmi" is an unofficial visit, "tak lama kemudian" is soon after, "not long
        after"; "at the invitation of Y", "atas undangan Y": a trip made on an invitation)."""
        word = self.doc[j].lower_
        return any(
            tuple(t.lower_ for t in self.doc[j - k : j - k + len(phrase)]) == phrase
            for phrase in self.cues.not_negation
            for k, w in enumerate(phrase)
            if w == word and j >= k
        )

    def _unscheduled(self, sent: Span, k: int) -> bool:
        """ "akan menemui X, tetapi belum menentukan waktunya", "will visit P, but no date has
        been set": a contrast clause that denies the plan a time leaves it a plan."""
        window = [t.lower_ for t in self.doc[k : min(k + 7, sent.end)]]
        return any(w in self.cues.negation_near for w in window) and any(
            w in self.cues.schedule_noun for w in window
        )

    def _outside_relative_clause(
        self, c_start: int, first: int, last: int, c_end: int
    ) -> tuple[int, int]:
        """ "Ruto, who visited Berlin last year, said Kenya wanted ...": a relative clause set
        off by commas ends at its closing comma, so the main clause's hedge is not its own; a
        trigger after that comma ("X, who wanted peace, arrived in P") is the main clause's,
        and the relative clause's hedge is not its own either."""
        opener = c_start - 1
        if opener < 1 or self.doc[opener].lower_ not in self.cues.relative:
            return c_start, c_end
        if self.doc[opener - 1].text != ",":
            return c_start, c_end
        closing = next((j for j in range(c_start, c_end) if self.doc[j].text == ","), None)
        if closing is None:
            return c_start, c_end
        if closing < first:
            return closing + 1, c_end
        return c_start, closing if closing > last else c_end

    def _phrasal(self, j: int, c_end: int) -> bool:
        """A hedge verb made another verb by the particle and person after it ("called on X",
        a visit, where "called X" is a phone call) is no hedge, unless the clause goes on to
        urge ("called on X to resign")."""
        k = j + 1
        if (
            k + 1 >= len(self.doc)
            or self.doc[j].pos_ != "VERB"
            or self.doc[k].lower_ not in self.cues.phrasal_particle
        ):
            return False
        person = self.mention_at(k + 1) or self.titled_at(k + 1)
        if person is None or self.resolve(person).type != "Person":
            return False  # "by phone on Tuesday": the particle starts a time, not a visit
        return not any(
            self.doc[n].lower_ == "to" and self.doc[n + 1].pos_ in ("VERB", "AUX")
            for n in range(k + 1, min(c_end, len(self.doc) - 1))
        )

    def _call_of_no_one(self, j: int) -> bool:
        """ "met X ... and called the talks productive": a calling verb (the ``person_call``
        cue) whose object is a thing (a determiner or noun right after it, no person) is no
        phone call. "called X", "called her", "called off" stay hedges."""
        if self.doc[j].lower_ not in self.cues.person_call or j + 1 >= len(self.doc):
            return False
        nxt = self.doc[j + 1]
        person = self.mention_at(j + 1) or self.titled_at(j + 1)
        if person is not None and self.resolve(person).type == "Person":
            return False
        return nxt.pos_ in ("DET", "NOUN", "ADJ") and nxt.lower_ not in self.cues.pronoun

    def _reported_will(self, j: int) -> bool:
        """ "said she would fly to P on Monday": "would" in reported speech is the speaker's
        "will", a plan stated as fact, not a conditional (a speech verb a few words before)."""
        if self.doc[j].lower_ != "would" or j == 0:
            return False
        subject = self.mention_at(j - 1)  # a person ("he", "Mr. X"), not "it would be ..."
        if subject is None or self.resolve(subject).type != "Person":
            return False
        return any(t.lower_ in self.cues.speech for t in self.doc[max(0, j - 6) : j])

    def _named(self, j: int) -> bool:
        """A capitalised cue word that is part of a name or a date is no hedge ("sworn in on
        May 23", "Will Smith", "in May"); in a Title Case headline ("Obama Tunda Kunjungan")
        it is."""
        tok = self.doc[j]
        if not tok.text[:1].isupper():
            return False
        followed_by_number = j + 1 < len(self.doc) and self.doc[j + 1].like_num
        return (
            followed_by_number or self.mention_at(j) is not None or self._month_after_preposition(j)
        )

    def _month_after_preposition(self, j: int) -> bool:
        """ "is set to visit Kenya in May", "in late May", "last May": a month after a
        preposition (a modifier such as "late" may stand between) or after a modifier that
        dates it is a date, not the hedge "may" (a headline's "Obama May Visit" has neither)."""
        calendar = calendar_lexicon()
        if j < 1 or self.doc[j].lower_ not in calendar["months"]:
            return False
        before = self.doc[j - 1]
        return before.pos_ == "ADP" or before.lower_ in calendar["month_modifiers"]

    # -- recording ------------------------------------------------------------------------
    def _homeland(self, m: Mention) -> bool:
        """The mention is a word for one's own country (the ``homeland`` cue)."""
        words = tuple(t.lower_ for t in self.doc[m.tok_start : m.tok_end])
        return words in self.cues.homeland or words[-2:] in self.cues.homeland

    def add(
        self,
        subj: Mention,
        predicate: str,
        obj: Mention,
        *,
        rule: str,
        confidence: float,
        sent: Span,
        title: str | None = None,
    ) -> None:
        s, o = self.resolve(subj), self.resolve(obj)
        if s.index == o.index:
            return
        if predicate == "visited" and self._homeland(o):
            return  # "Setibanya di Tanah Air": the traveller's own country, a return home
        if predicate in ("visited", "met") and self._remains_of(subj):
            return  # "Jenazah X tiba di P": the body travelled, not the person
        starts = [subj.start, obj.start, *(x for x in [subj.title_start, obj.title_start] if x)]
        ends = [subj.end, obj.end]
        if self.trigger is not None:
            starts.append(self.trigger[0])
            ends.append(self.trigger[1])
        first, last = min(starts), max(ends)
        self.relations.append(
            Relation(
                subject=s.index,
                predicate=predicate,
                object=o.index,
                rule=rule,
                confidence=round(confidence, 3),
                start=max(first, sent.start_char),
                end=min(last, sentence_end(sent)),
                sentence_start=sent.start_char,
                sentence_end=sentence_end(sent),
                title=title,
            )
        )
