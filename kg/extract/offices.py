"""officialOf from title phrases: "Menteri Luar Negeri AS Antony Blinken" -> Blinken officialOf US.

Also the shared-list form "dua pemimpin Armenia, Presiden X dan Perdana Menteri Y", where the
country stands before a list of titled names, and the title after the name ("X, Ketua PAN
Sulawesi Selatan, ...", "X yang juga Ketua Umum Partai Y"). Ambassadors belong to the sending
country ("Dubes RI untuk Rusia" -> Indonesia), so a country after "untuk/to" is skipped for
them.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kg.extract.context import Context, link_phrase_end
from kg.extract.mentions import (
    capital_possessor,
    find_title,
    in_receiving_list,
    national_description,
    title_starting_at,
    titled_after,
)
from kg.extract.model import ARTICLES, PLACE_TYPES, Mention, is_possessive, tenure_end
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import (
    Title,
    after_aside,
    cue_phrases,
    cue_words,
    is_office_field,
    load_name_tails,
    load_titles,
    phrase_at,
)
from kg.nlp.people import load_people

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "extract_counterparts",
    "extract_described_offices",
    "extract_offices",
    "extract_offices_after_names",
    "extract_paired_offices",
]

_RECEIVING = {"untuk", "to", "for", "di", "in", "at"}
_HOLDER_TYPES = ("Country", "Organization", "Region", "City")
_OF = frozenset({"of", "the"})  # "chairman of the Harapan Party"
_DEPUTY = frozenset({"wakil", "deputy", "vice"})
_FIELD_LINKS = frozenset({"and", "&"})  # "Energy Affairs and Industry Minister"


class _Held(NamedTuple):
    """The last office read in a sentence, for the titles after it in the same list."""

    words: tuple[str, ...]  # the title's words without names ("gubernur")
    holder: Mention
    end: int  # token after the holder's name
    opens_list: bool  # no comma or conjunction before its title: the list's first item


def extract_offices(ctx: Context) -> None:
    titles = load_titles(ctx.lang)
    held: dict[int, _Held] = {}  # sentence -> the last office read in it
    for m in ctx.mentions:
        if m.type != "Person" or m.is_pronoun:
            continue
        name_start = m.tok_start + _inner_title(ctx, m, titles)
        hit = find_title(
            ctx.doc,
            name_start,
            titles,
            ctx.at,
            ctx.cues.portfolio,
            ctx.cues.tenure,
            ctx.cues.predicative,
            cue_words(ctx.lang, "title_joiner"),
        )
        if hit is None:
            continue
        phrase_start, found, holders = hit
        if not holders:  # "Panglima TNI Marsekal X": the body inside a whole title
            holders = _bodies_in_title(ctx, phrase_start, name_start)
        if not holders:
            holders = _whose_antecedent(ctx, phrase_start) or _its_antecedent(ctx, phrase_start)
        offices = [t for t in found if t.head and t.office]
        if offices and all(t.bodies for t in offices):
            holders = [h for h in holders if h.type == "Organization"]  # "Argentina coach X"
        if not holders:  # "Kapolri X", "Jaksa Agung Y": the body the title names
            holders = _named_bodies_of(ctx, offices)

        if not offices or _former(ctx, phrase_start, m.tok_start, holders):
            continue
        if _linked_to_name_before(ctx, phrase_start):
            continue  # "A sebagai Pj Gubernur P, B sebagai ...": A's office (read after names)
        sending = any(t.sending for t in offices)
        # "Kepala Perwakilan Bank Dunia untuk Vietnam", "its ambassador to the United States":
        # the country an office is "for" or "to" receives it, whatever the title (the words
        # before a title are the sentence's: "talks in Jakarta with Chinese Premier X")
        holders = [
            h
            for h in holders
            if not (_after_receiving_word(ctx, h) and (sending or h.tok_start > phrase_start))
        ]
        holders = [
            h
            for h in holders
            if not _field_read_as_body(ctx, h)
            and not _ethnic_compound(ctx, h, titles)
            and not _names_an_unread_body(ctx, h, name_start)
        ]
        ranked = [h for h in holders if not _branch_of_rank(ctx, h, titles)]
        if ranked:  # "Kepala Badan X Letjen TNI Y": the rank's branch, not the office's body
            holders = ranked
        own = [h for h in holders if not _affiliation(ctx, h)]
        if own:  # "Wakil Ketua Komisi VIII DPR dari Fraksi X": the office is the DPR's
            holders = own
        holders = [h for h in holders if not _branch_seat(h, holders)]
        sent = ctx.doc[m.tok_start].sent
        title_text = ctx.doc[phrase_start:name_start].text.rstrip(", ")
        words = _office_words(ctx, phrase_start, name_start)
        if not holders and sent.start in held:
            deputy = _deputy_of(ctx, held[sent.start], words, phrase_start)
            if deputy is not None:
                ctx.add(
                    m,
                    "officialOf",
                    deputy,
                    rule=f"{ctx.lang}.officialOf.deputy",
                    confidence=0.8,
                    sent=sent,
                    title=title_text,
                )
                continue
            shared = _shared_country(ctx, held[sent.start], words, phrase_start)
            if (
                shared is not None
                and _country_after_name(ctx, m) is None  # "... and King X of Bahrain"
                and not _titled_elsewhere(ctx, m, shared, titles)
                and not _known_from_elsewhere(m, shared)
            ):
                held[sent.start] = _Held(words, shared, m.tok_end, opens_list=False)
                ctx.add(
                    m,
                    "officialOf",
                    shared,
                    rule=f"{ctx.lang}.officialOf.title-shared",
                    confidence=0.8,
                    sent=sent,
                    title=title_text,
                )
                continue
        if holders:
            holder = max(holders, key=lambda h: h.tok_start) if not sending else holders[-1]
            held[sent.start] = _Held(words, holder, m.tok_end, _opens_list(ctx, phrase_start))
            national = capital_possessor(ctx.doc, holder) and not any(t.local for t in offices)
            if holder.type in ("City", "Region") and not national:
                # "Wali Kota Hanoi X", "Gubernur Madinah X": the city itself, not its country's
                # government (a capital is otherwise read as that by metonymy)
                ctx.literal_places.add(holder.index)
            ctx.add(
                m,
                "officialOf",
                holder,
                rule=f"{ctx.lang}.officialOf.title",
                confidence=0.9,
                sent=sent,
                title=title_text,
            )
            for other in _apposed_list(ctx, m):
                ctx.add(
                    other,
                    "officialOf",
                    holder,
                    rule=f"{ctx.lang}.officialOf.title-list",
                    confidence=0.8,
                    sent=sent,
                    title=title_text,
                )
            for first in _joined_office_holders(ctx, holders, holder, phrase_start, name_start):
                ctx.add(
                    m,
                    "officialOf",
                    first,
                    rule=f"{ctx.lang}.officialOf.title-joined",
                    confidence=0.85,
                    sent=sent,
                    title=title_text,
                )
            for body in _panel_and_parliament(ctx, holders, holder):
                ctx.add(
                    m,
                    "officialOf",
                    body,
                    rule=f"{ctx.lang}.officialOf.title-panel",
                    confidence=0.85,
                    sent=sent,
                    title=title_text,
                )
            continue
        country = _country_after_name(ctx, m, local=bool(offices) and all(t.local for t in offices))
        if country is not None and all(t.bodies for t in offices):
            # "Judge X of the Y Court", not "judge X of Samoa": a judge or a coach holds
            # office in a court or a team, a country after the name is theirs
            country = country if country.type == "Organization" else None
        if country is not None:  # "King Hamad bin Isa Al Khalifa of Bahrain"
            if country.type in ("City", "Region"):
                ctx.literal_places.add(country.index)  # "Mayor X of Quito": the city itself
            ctx.add(
                m,
                "officialOf",
                country,
                rule=f"{ctx.lang}.officialOf.country-after-name",
                confidence=0.85,
                sent=sent,
                title=title_text,
            )
            for other, theirs in _listed_with_countries(ctx, country):
                ctx.add(
                    other,
                    "officialOf",
                    theirs,
                    rule=f"{ctx.lang}.officialOf.country-after-name-list",
                    confidence=0.8,
                    sent=sent,
                    title=title_text,
                )
            continue
        group = _group_country(ctx, phrase_start)
        rule = f"{ctx.lang}.officialOf.leaders-list"
        if group is None:
            group = _delegation_country(ctx, phrase_start)
            rule = f"{ctx.lang}.officialOf.delegation-list"
        if group is not None:
            ctx.add(
                m,
                "officialOf",
                group,
                rule=rule,
                confidence=0.8,
                sent=sent,
                title=title_text,
            )


def _is_panel(ctx: Context, m: Mention) -> bool:
    """A parliament's numbered commission ("Komisi III": the ``numbered_panel`` cue)."""
    return (
        m.type == "Organization"
        and m.tok_end - m.tok_start == 2
        and ctx.doc[m.tok_start].lower_ in ctx.cues.numbered_panel
    )


def _panel_and_parliament(ctx: Context, holders: list[Mention], holder: Mention) -> list[Mention]:
    """The other body of a commission officer's title: "Ketua Komisi III DPR X" holds office
    in the commission and in the parliament (news and readers name either), so the commission
    beside the parliament read as the holder; "Ketua Komisi III X" alone, the parliament the
    document names right after that commission elsewhere ("rapat dengan Komisi III DPR")."""
    if not _is_panel(ctx, holder):
        return [h for h in holders if h is not holder and _is_panel(ctx, h)]
    for m in ctx.mentions:
        after = ctx.mention_at(m.tok_end)
        if (
            m.text == holder.text
            and _is_panel(ctx, m)
            and after is not None
            and after.tok_start == m.tok_end
            and after.type == "Organization"
        ):
            return [after]
    return []


#: Words between an origin word and the body it introduces ("dari Fraksi X", "from the X").
_AFFILIATION_REACH = 2


def _branch_of_rank(ctx: Context, h: Mention, titles: tuple[Title, ...]) -> bool:
    """A body right after a rank (a title that is no office: "Letjen TNI", "Irjen Pol"): the
    rank's service, which an office title before it does not name."""
    for k in range(max(0, h.tok_start - 3), h.tok_start):
        title = title_starting_at(ctx.doc, k, titles)
        if title is not None and k + len(title.words) == h.tok_start and not title.head:
            return True
    return False


def _branch_seat(h: Mention, holders: list[Mention]) -> bool:
    """A place right after an organisation's name in the title: the seat of the body's branch,
    whose office it is ("Ketua PPPT Riau X": a region's branch; "Amnesty International
    Malaysia executive director X": a national branch of a body the gazetteer places in no
    country). A country after a body of its own ("Dewan Nasional Peru") is the country the
    body serves."""
    if h.type not in PLACE_TYPES:
        return False
    return any(
        o.type == "Organization"
        and o.tok_end == h.tok_start
        and (h.type != "Country" or _international(o))
        for o in holders
    )


def _international(body: Mention) -> bool:
    """A body the gazetteer knows and places in no country (Greenpeace, the World Bank)."""
    entry = load_gazetteer().get(body.kb_id) if body.kb_id else None
    return entry is not None and entry.type == "Organization" and entry.country is None


def _affiliation(ctx: Context, h: Mention) -> bool:
    """A body named after "dari/from" inside a title phrase ("anggota DPR dari Fraksi X",
    "a senator from the X party"): where the holder comes from, not whose office it is."""
    start = max(0, h.tok_start - 1 - _AFFILIATION_REACH)
    return any(ctx.doc[k].lower_ in ctx.cues.origin for k in range(start, h.tok_start))


def _named_bodies_of(ctx: Context, offices: list[Title]) -> list[Mention]:
    """The document's first mention of the body a title names by itself ("Kapolri": the
    police; "Jaksa Agung": the Attorney General's Office; ``body`` in ``titles.jsonl``). Only
    a body the document names: the title alone adds no entity the text does not have."""
    wanted = {t.body for t in offices if t.body}
    return next(([m] for m in ctx.mentions if m.kb_id in wanted and not m.is_pronoun), [])


def _bodies_in_title(ctx: Context, phrase_start: int, name_start: int) -> list[Mention]:
    """Countries and organisations named inside a title phrase that the lexicon holds whole
    ("Panglima TNI", "Kapolri"-like titles), which the walk to the name took as title words."""
    out: list[Mention] = []
    for k in range(phrase_start, name_start):
        m = ctx.mention_at(k)
        # known bodies only ("Menteri ESDM X": a portfolio, not a body), and not right before
        # the name ("Menteri Riset dan Teknologi AS Hikam": a name's initials)
        if m is not None and m.tok_start == k and m.tok_end < name_start and m.kb_id:
            if m.type in ("Country", "Organization"):
                out.append(m)
    return out


def _country_after_name(ctx: Context, m: Mention, *, local: bool = False) -> Mention | None:
    """ "King X of Bahrain", "Judge X of the Court of Appeal": a head title
    before the name, its country or body right after it ("of"), ending the phrase (not "of
    Bahrain's ..."; not "of Bahrain and Y", a list of places). ``local``: the title is a
    governor's or a mayor's, whose office is a region's or a city's ("Governor X of P")."""
    doc, i = ctx.doc, m.tok_end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    country = ctx.at.get(k)
    if country is None or country.tok_start != k:
        return None
    if country.type != "Country" and not (country.type == "Organization" and m.title):
        if not (local and country.type in ("City", "Region")):
            return None
    j = country.tok_end
    if j < len(doc) and is_possessive(doc[j]):
        return None
    if j < len(doc) and doc[j].lower_ in ctx.cues.coordination:
        k = j + 2 if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
        nxt = ctx.at.get(k)
        if nxt is not None and nxt.type in PLACE_TYPES and not nxt.is_demonym:
            return None  # a demonym opens the next person's title: "and Chilean President Y"
    return country


def _names_an_unread_body(ctx: Context, holder: Mention, name_start: int) -> bool:
    """ "Peru Rowing Federation chairman X", "Kenya Rugby Union president X": a country
    followed, inside the title phrase, by capitalised words that end in a body's word (the
    ``body_suffix`` cue) opens the name of a body the model did not read; the office is that
    body's, not the country's."""
    if holder.type != "Country":
        return False
    k = holder.tok_end
    last = None
    while k < name_start and ctx.doc[k].is_title and ctx.mention_at(k) is None:
        last = ctx.doc[k]
        k += 1
    return last is not None and last.lower_ in ctx.cues.body_suffix


def _listed_with_countries(ctx: Context, country: Mention) -> list[tuple[Mention, Mention]]:
    """ "foreign ministers A of Kenya and B of Uganda", "Prime Ministers A of Japan, B of
    Australia and C of Thailand": after the titled holder's "of <country>" (``country``),
    untitled names each with an "of <country>" of their own, joined by commas and "and",
    share the title, each for their own country. Any other word, or a name without its
    country, ends the list."""
    out: list[tuple[Mention, Mention]] = []
    j = country.tok_end
    while j < len(ctx.doc):
        k = j
        while k < len(ctx.doc) and ctx.doc[k].lower_ in ctx.cues.coordination:
            k += 1
        nxt = ctx.mention_at(k)
        if k == j or nxt is None or nxt.type != "Person" or ctx.starts_at(nxt) != k:
            break
        theirs = _country_after_name(ctx, nxt)
        if theirs is None:
            break
        out.append((nxt, theirs))
        j = theirs.tok_end
    return out


def _office_words(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    """The title phrase's words without the names in it ("Gubernur Jawa Barat" -> gubernur; a
    hyphenated one whole: "Governor-General")."""
    return tuple(
        t.lower_
        for t in ctx.doc[start:end]
        if t.i not in ctx.at and t.text.replace("-", "").isalpha()
    )


def _deputy_of(ctx: Context, last: _Held, words: tuple[str, ...], start: int) -> Mention | None:
    """ "Gubernur Jawa Barat X dan Wakil Gubernur Y": a deputy's title right after the office
    it deputises, in the same list, is of the same holder. Only "Wakil/Deputy/Vice" + the
    same title, with nothing but "dan" or a comma between the two."""
    office, holder, end, _ = last
    if not words or words[0] not in _DEPUTY or words[1:] != office:
        return None
    between = ctx.doc[end:start]
    return (
        holder if all(t.text == "," or t.lower_ in ctx.cues.coordination for t in between) else None
    )


def _shared_country(
    ctx: Context, last: _Held, words: tuple[str, ...], start: int
) -> Mention | None:
    """ "Latvian President A and Prime Minister B", "Presiden Latvia A dan Perdana Menteri
    B": a title with no country of its own, right after a title of a country that opens the
    list, is that country's (another title than the first: "President A and President B" are
    two countries' presidents; in a longer list, "A, B and C", each may be another's)."""
    office, holder, end, opens = last
    if holder.type != "Country" or not words or words == office or not opens:
        return None
    between = ctx.doc[end:start]
    joined = [t for t in between if t.text != ","]
    return holder if len(joined) == 1 and joined[0].lower_ in ctx.cues.coordination else None


def _opens_list(ctx: Context, phrase_start: int) -> bool:
    """No comma or conjunction right before the title phrase: it is the first of its list."""
    return phrase_start == 0 or not (
        ctx.doc[phrase_start - 1].text == ","
        or ctx.doc[phrase_start - 1].lower_ in ctx.cues.coordination
    )


def _known_from_elsewhere(m: Mention, country: Mention) -> bool:
    """The base of notable people gives the person another country ("Perdana Menteri Fiji A
    dan Presiden B", B known as Indonesia's): a shared title is never read against it.
    World knowledge only vetoes here; it never adds an office."""
    person = load_people().lookup(m.text)
    code = (country.kb_id or "").removeprefix("iso3166:")
    return person is not None and person.country is not None and person.country != code


def _titled_elsewhere(
    ctx: Context, m: Mention, country: Mention, titles: tuple[Title, ...]
) -> bool:
    """Another mention of the same person carries a title of another country ("Indian Prime
    Minister X" later in the text): the shared list was not that person's."""
    name = m.text.split()[-1:]
    for other in ctx.mentions:
        if (
            other is m
            or other.type != "Person"
            or other.is_pronoun
            or other.text.split()[-1:] != name
        ):
            continue
        hit = find_title(
            ctx.doc,
            other.tok_start,
            titles,
            ctx.at,
            ctx.cues.portfolio,
            ctx.cues.tenure,
            ctx.cues.predicative,
        )
        if hit is not None and any(
            h.type == "Country" and (h.kb_id or h.text) != (country.kb_id or country.text)
            for h in hit[2]
        ):
            return True
    return False


def _apposed_list(ctx: Context, m: Mention) -> list[Mention]:
    """ "anggota Fraksi PAN DPR, A, B, dan C": a title set off by a comma heads the list of
    untitled names after it, each with the same office. Only names, commas and "dan" may
    follow; a name with a title of its own, or any other word ("dan istrinya C"), ends it."""
    doc = ctx.doc
    if m.tok_start < 2 or doc[m.tok_start - 1].text != ",":
        return []
    if ctx.lang == "en" and doc[m.tok_start - 2].tag_ != "NNS":
        return []  # "X's foreign minister, A, and B met": one minister; B is no apposition
    out: list[Mention] = []
    j = m.tok_end
    while j < len(doc):
        k = j
        while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ctx.cues.coordination):
            k += 1
        nxt = ctx.mention_at(k)
        if k == j or nxt is None or nxt.type != "Person" or ctx.starts_at(nxt) != k:
            break
        out.append(nxt)
        j = nxt.tok_end
    return out


def _inner_title(ctx: Context, m: Mention, titles: tuple[Title, ...]) -> int:
    """How many tokens of a title the person's own span opens with: a monarch keeps the
    title in the name ("King Abdullah", see ``monarchs_by_title``), and the country before it
    ("Jordan's King Abdullah") names the throne. 0 for other names."""
    title = title_starting_at(ctx.doc, m.tok_start, titles)
    if title is None or not (title.head and title.office):
        return 0
    n = len(title.words)
    return n if n < m.tok_end - m.tok_start else 0


def extract_offices_after_names(ctx: Context) -> None:
    """ "Ashabul Kahfi, Ketua PAN Sulawesi Selatan, ...", "Presiden X yang juga Ketua Umum
    Partai Y": a head title right after the name (after a comma or a linking phrase, the
    lexicon's ``office_link`` cue) with the country or organisation it names.

    Why so narrow: after a name, a title often begins the next item of a list ("X, Ketua DPR
    Puan Maharani"), so the title's holder must not be followed by another name."""
    titles = load_titles(ctx.lang)
    doc = ctx.doc
    for m in ctx.mentions:
        if m.type != "Person" or m.is_pronoun:
            continue
        i = _after_link(ctx, m.tok_end)
        by_phrase = i is not None and doc[i - 1].text != ","
        while i is not None and i < len(doc) and i not in ctx.at:
            # "New" of "New Zealand's prime minister" (a name) is no tenure word
            tenure = tenure_end(doc, i, ctx.cues.tenure)
            if tenure is not None:
                i = tenure  # "X, the current finance minister of Y", "the newly elected"
            elif doc[i].lower_ in ARTICLES or (doc[i].like_num and not doc[i].is_digit):
                i += 1  # "X, the chairman of Y", "the first"
            else:
                break
        if i is None or i >= len(doc) or doc[i].lower_ in ctx.cues.former:
            continue
        if by_phrase and _in_time_clause(ctx, m):
            continue  # "ketika X menjadi Wali Kota P": the office held then, not now
        owner = _owner_before_title(ctx, i, titles)
        if owner is not None:  # "X, Japan's foreign minister, ...", "X, the Thai ambassador"
            holder, end = owner
            if (
                not _name_follows(ctx, end)
                and not _holder_named_after(ctx, end)
                and not _runs_into_verb(ctx, end)
            ):
                _office_after_name(ctx, m, holder, doc[i:end].text)
            continue
        title = title_starting_at(doc, i, titles)
        if title is not None and title.head and title.office:
            j = i + len(title.words)
        elif _head_of_at(ctx, i):
            j = i + 1  # "X, head of the Georgian border agency"
        else:
            continue
        j = _joined_titles_end(doc, j, titles)
        title_end = j
        serving = j < len(doc) and doc[j].lower_ == "for"
        if serving:
            j += 1  # "X, a spokeswoman for the Y Council": a body's, never a country's
        j = _past_portfolio(ctx, j)
        if j < len(doc) and doc[j].text == "/":  # "Menteri Investasi/Kepala BKPM": one holder
            j = _past_portfolio(ctx, _joined_titles_end(doc, j, titles))
        j = _past_persons_possessive(ctx, j)  # "chairman of Lindgren's Liberal Party"
        holder = ctx.at.get(j)
        if holder is None:
            holder = _described_body(ctx, title_end, j)
        elif holder.tok_start != j:
            continue
        else:
            holder = _board_owner(ctx, _possessed_body(ctx, holder))
        if holder is None or holder.type not in _HOLDER_TYPES:
            continue
        if (serving or (title is not None and title.bodies)) and holder.type != "Organization":
            continue  # "envoy for Syria": the place the office serves, not its holder
        # "A sebagai Ketua X, B sebagai Ketua Y": a linking phrase, not a bare comma, says
        # whose the title is where the next name has a link of its own
        listed = by_phrase and _linked_item_after(ctx, holder.tok_end)
        if (not listed and _name_follows(ctx, holder.tok_end)) or _compound_modifier(ctx, holder):
            continue
        if not by_phrase and _runs_into_verb(ctx, holder.tok_end):
            continue
        if title is not None and title.local and holder.type in ("City", "Region"):
            ctx.literal_places.add(holder.index)  # "X, the mayor of P": the city itself
        _office_after_name(ctx, m, holder, doc[i : holder.tok_start].text)
        partner = _pair_partner(ctx, m) if by_phrase else None
        if partner is not None and any(
            t.lower_ in ctx.cues.coordination for t in doc[i:title_end]
        ):  # "A dan B diangkat sebagai Ketua dan Wakil Ketua P": each of the pair
            _office_after_name(ctx, partner, holder, doc[i : holder.tok_start].text)


def _runs_into_verb(ctx: Context, k: int) -> bool:
    """The phrase after the comma runs straight into a verb ("X, Kavoo minister open
    dam"): a second subject of a list, not an apposition, which a comma would close."""
    return k < len(ctx.doc) and ctx.doc[k].pos_ == "VERB"


def _past_portfolio(ctx: Context, j: int) -> int:
    """The token after an office's field words, "of" and body modifiers from ``j`` ("Menteri
    Energi dan Sumber Daya Mineral", "minister of foreign affairs of"), up to an entity."""
    doc = ctx.doc
    while (
        j < len(doc)
        and j not in ctx.at
        and (
            doc[j].lower_ in ctx.cues.portfolio
            or doc[j].lower_ in _OF
            or doc[j].lower_ in ctx.cues.body_modifier
        )
    ):
        j += 1
    return j


def _past_persons_possessive(ctx: Context, j: int) -> int:
    """The token after a person's name and its "'s" at ``j`` (capitalised words no entity
    covers, or a person's name: "Lindgren's"), where a body follows; ``j`` itself else."""
    doc, k = ctx.doc, j
    named = ctx.at.get(j)
    if named is not None and named.type == "Person" and named.tok_start == j:
        k = named.tok_end
    else:
        while k < len(doc) and k - j < 3 and k not in ctx.at and doc[k].text[:1].isupper():
            k += 1
    if k == j or k + 1 >= len(doc) or not is_possessive(doc[k]):
        return j
    body = ctx.at.get(k + 1)
    return k + 1 if body is not None and body.type == "Organization" else j


def _in_time_clause(ctx: Context, m: Mention) -> bool:
    """The person opens a clause of time ("saat X menjadi ...", "when X was ...": the
    ``time_clause`` cue right before the name and its title)."""
    start = ctx.starts_at(m)
    return start > 0 and ctx.doc[start - 1].lower_ in ctx.cues.time_clause


def _joined_titles_end(doc: Doc, j: int, titles: tuple[Title, ...]) -> int:
    """ "X, chairman and chief executive of Y", "X, Menteri Investasi/Kepala BKPM": a second
    title joined by "and" or a slash to the first names the same office-holder of the same
    body, so the body is read after both."""
    while j + 1 < len(doc) and doc[j].lower_ in ("and", "dan", "/"):
        title = title_starting_at(doc, j + 1, titles)
        if title is None or not title.office:
            break
        j += 1 + len(title.words)
    return j


def _possessed_body(ctx: Context, holder: Mention) -> Mention:
    """ "chairman of Kenya's Electoral Commission", "leader of Peru's opposition X Party": the
    body a country possesses, right after its "'s" (and the ``body_modifier`` words that
    describe a party: "ruling", "main opposition"), is the office's."""
    end = holder.tok_end
    if holder.type != "Country" or end + 1 >= len(ctx.doc):
        return holder
    if not is_possessive(ctx.doc[end]):
        return holder
    k = end + 1
    while k < len(ctx.doc) and ctx.doc[k].lower_ in ctx.cues.body_modifier:
        k += 1
    body = ctx.at.get(k)
    if body is not None and body.tok_start == k and body.type == "Organization":
        return body
    return holder


def _board_owner(ctx: Context, body: Mention) -> Mention:
    """ "Ketua DPD PDI Perjuangan Kalimantan Barat": a body the gazetteer left unlinked, right
    before another organisation, is that organisation's board (a party's regional board); the
    office is the organisation's, as the title rules read it before a name."""
    after = ctx.at.get(body.tok_end)
    if (
        body.type == "Organization"
        and body.kb_id is None
        and after is not None
        and after.tok_start == body.tok_end
        and after.type == "Organization"
    ):
        return after
    return body


def _pair_partner(ctx: Context, m: Mention) -> Mention | None:
    """The person joined to ``m`` by "dan/and" right before it, when the two are a pair and
    no longer list ("A dan B", not "X, A dan B")."""
    k = ctx.starts_at(m) - 1
    if k < 1 or ctx.doc[k].text == "," or ctx.doc[k].lower_ not in ctx.cues.coordination:
        return None
    partner = ctx.mention_at(k - 1)
    if partner is None or partner.tok_end != k or ctx.resolve(partner).type != "Person":
        return None
    before = ctx.doc[ctx.starts_at(partner) - 1] if ctx.starts_at(partner) > 0 else None
    if before is not None and (before.text == "," or before.lower_ in ctx.cues.coordination):
        return None
    return partner


def _office_after_name(ctx: Context, m: Mention, holder: Mention, title: str) -> None:
    if _holds_another_country(ctx, m, holder):
        return
    ctx.add(
        m,
        "officialOf",
        holder,
        rule=f"{ctx.lang}.officialOf.title-after-name",
        confidence=0.85,
        sent=ctx.doc[m.tok_start].sent,
        title=title,
    )


def _holds_another_country(ctx: Context, m: Mention, holder: Mention) -> bool:
    """ "Kenya's Foreign Minister X, the head of Uganda's poll body and ...": a
    person whose title before the name already gives one country is no official of another
    in the same sentence; the phrase after the name is the next item of a list."""

    def country(x: Mention) -> str | None:
        x = ctx.resolve(x)
        return (x.kb_id or x.text) if x.type == "Country" else None

    target = country(holder)
    return target is not None and any(
        r.predicate == "officialOf"
        and r.subject == m.index
        and country(ctx.mentions[r.object]) not in (None, target)
        for r in ctx.relations
    )


def _whose_antecedent(ctx: Context, phrase_start: int) -> list[Mention]:
    """ "The Lions Club, whose chairman X said ...": a title after "whose" is an office
    of the body or country the relative clause hangs on (the name right before its comma)."""
    doc = ctx.doc
    k = phrase_start - 1
    if k < 2 or doc[k].lower_ != "whose" or doc[k - 1].text != ",":
        return []
    head = ctx.at.get(k - 2)
    if head is None or head.tok_end != k - 1:
        return []
    return [head] if ctx.resolve(head).type in ("Organization", "Country") else []


#: Bodies and countries that hold offices.
_OWNER_TYPES = ("Organization", "Country")


def _its_antecedent(ctx: Context, phrase_start: int) -> list[Mention]:
    """ "Brightmart Corp and its chief executive, X", "Peru sent its trade minister,
    X", "... Its chairman, X, said": a title after "its" is an office of the body or
    country the clause is about: the last one its clause names before it, else the first one
    the sentence names (the one an apposition or a relative clause hangs on), else, for a
    sentence that opens with "Its", the first one named before the previous sentence's verb.
    Never a place where something happens ("talks in P")."""
    doc = ctx.doc
    k = phrase_start - 1
    if k < 0 or doc[k].lower_ != "its":
        return []
    sent = doc[k].sent
    index = ctx.sents.index(sent)
    owners = _subject_owners(ctx, index, k)
    c_start, _ = ctx.clause_bounds(sent, k)
    in_clause = [m for m in owners if m.tok_start >= c_start and not _modifies_a_noun(ctx, m)]
    if in_clause:  # "leading Quito to withdraw its envoy": the clause's own
        return [in_clause[-1]]
    if not owners and k == sent.start and index > 0:
        prev = ctx.sents[index - 1]
        verb = next((t.i for t in prev if t.pos_ in ("VERB", "AUX")), prev.end)
        owners = _subject_owners(ctx, index - 1, verb)
    return owners[:1]


def _modifies_a_noun(ctx: Context, m: Mention) -> bool:
    """ "Peru's largest group", "a branch of the Daka Union": a possessor or the object
    of "of" describes another noun, which is what a later "its" is more likely about."""
    doc = ctx.doc
    if m.tok_end < len(doc) and is_possessive(doc[m.tok_end]):
        return True
    j = m.tok_start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ == "of"


def _subject_owners(ctx: Context, index: int, before: int) -> list[Mention]:
    """Bodies and countries sentence ``index`` names before token ``before``, not as a place
    ("in P")."""
    return [
        m
        for m in ctx.by_sent.get(index, [])
        if m.tok_end <= before
        and not m.is_pronoun
        and ctx.resolve(m).type in _OWNER_TYPES
        and not (m.tok_start > 0 and ctx.doc[m.tok_start - 1].lower_ in ctx.cues.locative)
    ]


def _head_of_at(ctx: Context, i: int) -> bool:
    """ "X, head of Y", "X, chief of the Z agency": a noun of the lexicon's ``office_head`` cue
    (not a title before names: "the head of state") heading an apposition, with "of" after."""
    doc = ctx.doc
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ctx.cues.office_head
        and doc[i + 1].lower_ == "of"
        and (i + 2 >= len(doc) or doc[i + 2].lower_ not in ("state", "government"))
    )


def _ethnic_compound(ctx: Context, holder: Mention, titles: tuple[Title, ...]) -> bool:
    """ "Bosnian Serb political leader X", "Chinese American businessman Y": a demonym, then
    one capitalised word that is no title, no field and no name, then a lower-case word,
    names a people within a people, not the state whose office the title is ("South Korean
    Unification Minister X" goes on capitalised: a field of the title)."""
    end = holder.tok_end
    if not holder.is_demonym or end + 1 >= len(ctx.doc):
        return False
    after = ctx.doc[end]
    return (
        after.is_title
        and after.is_alpha
        and ctx.doc[end + 1].is_lower
        and ctx.mention_at(end) is None
        and after.lower_ not in ctx.cues.portfolio
        and title_starting_at(ctx.doc, end, titles) is None
    )


def _compound_modifier(ctx: Context, holder: Mention) -> bool:
    """ "head of the Russian-backed administration": the country is part of a compound
    adjective (backed by, installed by), not the body the office belongs to; so is a city
    naming a body of lower-case words ("chairman of the Lima organising committee")."""
    end = holder.tok_end
    if end >= len(ctx.doc):
        return False
    after = ctx.doc[end]
    return after.text in ("-", "–") or (
        holder.type == "City" and after.is_lower and after.pos_ in ("NOUN", "ADJ", "VERB")
    )


def _described_body(ctx: Context, title_end: int, j: int) -> Mention | None:
    """ "chief executive of carmaker X", "director of the state energy firm X": after "of",
    one or two lower-case nouns describing an organisation, then its name."""
    doc = ctx.doc
    if j == title_end or doc[j - 1].lower_ not in _OF:
        return None
    for k in range(j, min(j + 2, len(doc))):
        if doc[k].pos_ not in ("NOUN", "ADJ") or not doc[k].is_lower:
            return None
        body = ctx.at.get(k + 1)
        if body is not None and body.tok_start == k + 1:
            return body if body.type == "Organization" else None
    return None


def _owner_before_title(
    ctx: Context, i: int, titles: tuple[Title, ...]
) -> tuple[Mention, int] | None:
    """A country or organisation as the possessor or adjective of a head title in an
    apposition ("Japan's foreign minister", "the Ukrainian ambassador", "the State
    Department's spokesman", "the Labour leader"): the holder, and the token after the
    title. An ambassador's possessor is the sending country, as before a name."""
    doc = ctx.doc
    owner = ctx.at.get(i)
    if owner is None or owner.tok_start != i or owner.type not in ("Country", "Organization"):
        return None
    j = owner.tok_end
    if j < len(doc) and is_possessive(doc[j]):
        j += 1
    # a country's or a body's name as the adjective: "the U.S. ambassador", "the European
    # Commission president", "the Labour leader"
    while j < min(owner.tok_end + 6, len(doc)) and title_starting_at(doc, j, titles) is None:
        tenure = tenure_end(doc, j, ctx.cues.tenure)  # "Peru's newly appointed trade minister"
        if tenure is not None:
            j = tenure
        elif (doc[j].like_num and not doc[j].is_digit) or (
            doc[j].tag_ == "JJ" and doc[j].is_lower and doc[j].lower_ not in ctx.cues.former
        ):
            j += 1  # "Japan's 102nd prime minister", "Britain's third female prime minister"
        else:
            break
    field_end = j
    while field_end < min(j + 3, len(doc)) and doc[field_end].lower_ in ctx.cues.portfolio:
        field_end += 1  # "Peru's trade minister": a field before a minister's title
    title = title_starting_at(doc, field_end, titles)
    if title is None or not title.head or not title.office:
        return None
    if title.bodies and owner.type != "Organization":
        return None  # "X, Argentina's coach": the team's, no office of the country
    if field_end > j and not title.portfolio:
        return None
    if _language_sense(ctx, owner, field_end):
        return None
    return owner, field_end + len(title.words)


def _holder_named_after(ctx: Context, i: int) -> bool:
    """A person named after the title before any comma or verb ("X, French envoy to the EU
    Y and ..."): the title is the next list item's, Y's, not an apposition of X."""
    for j in range(i, min(i + 8, len(ctx.doc))):
        tok = ctx.doc[j]
        if tok.text in (",", ";") or tok.pos_ in ("VERB", "AUX") or (j > i and tok.is_sent_start):
            return False
        m = ctx.at.get(j)
        if m is not None and m.type == "Person":
            return True
    return False


def _language_sense(ctx: Context, owner: Mention, i: int) -> bool:
    """ "X, a Russian speaker from Y": after "a/an" and a demonym, a lower-case word of the
    ``language_sense`` cue names someone who speaks the language, not an office."""
    doc = ctx.doc
    return (
        owner.is_demonym
        and doc[i].lower_ in ctx.cues.language_sense
        and doc[i].is_lower
        and owner.tok_start > 0
        and doc[owner.tok_start - 1].lower_ in ("a", "an")
    )


#: Bare copulas: right after a name they link its office ("X adalah Gubernur Y", "X is the
#: governor of Y"); after a comma the name closes a clause inside a longer subject ("A,
#: yang dikalahkan Raja X, adalah raja ..."), whose office it is.
_BARE_COPULAS = frozenset({"adalah", "is"})


def _linked_item_after(ctx: Context, i: int) -> bool:
    """From token ``i`` (past the office's places), a comma or "dan", a person, and a linking
    phrase after that person: the next item of a list of names each linked to its office."""
    doc = ctx.doc
    while i < len(doc) and (m := ctx.at.get(i)) is not None and m.type in ("Region", "City"):
        i = m.tok_end
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ in ctx.cues.coordination):
        i += 1
    nxt = ctx.at.get(i)
    if nxt is None or nxt.type != "Person" or nxt.tok_start != i:
        return False
    return link_phrase_end(doc, nxt.tok_end, ctx.cues) is not None


def _linked_to_name_before(ctx: Context, phrase_start: int) -> bool:
    """A linking phrase ("sebagai", "selaku", "as") right before the title phrase, right after
    a person's name: the title is that person's, not the one of the name after it."""
    for k in range(phrase_start - 1, max(-1, phrase_start - 6), -1):
        end = link_phrase_end(ctx.doc, k, ctx.cues)
        if end is not None and end < phrase_start:
            end = tenure_end(ctx.doc, end, ctx.cues.tenure)  # "sebagai Pj Gubernur"
        if end == phrase_start:
            before = ctx.at.get(k - 1) if k > 0 else None
            return before is not None and before.type == "Person"
    return False


def _after_link(ctx: Context, i: int) -> int | None:
    """The token after a comma, a linking phrase ("yang juga", "selaku") or both (", who is
    also") at ``i``; an age set off by commas before it is skipped ("X, 91, chairman of Y"), as
    is a short bracket right after the name, its alias or age ("X (HW) terpilih sebagai ...")."""
    doc = ctx.doc
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 5)) if doc[k].text == ")"), None)
        if close is not None:
            i = close + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i + 1 < len(doc) and doc[i].is_digit and len(doc[i]) <= 3 and doc[i + 1].text == ",":
            i += 2
        if not any(tuple(t.lower_ for t in doc[i : i + len(p)]) == p for p in ctx.cues.office_link):
            return i
        if i < len(doc) and doc[i].lower_ in _BARE_COPULAS:
            return None
    return link_phrase_end(doc, i, ctx.cues)


def _name_follows(ctx: Context, i: int) -> bool:
    """Another name comes after the holder (skipping a region or city of the office: "Ketua
    PAN Sulawesi Selatan"), so the title is the next list item's, not an apposition."""
    doc = ctx.doc
    while i < len(doc) and (m := ctx.at.get(i)) is not None and m.type in ("Region", "City"):
        i = m.tok_end
    i = after_aside(doc, i, reach=5)  # "X, Kepala Badan Y (BY) Z": the title's own holder
    if i >= len(doc):
        return False
    m = ctx.at.get(i)
    if m is not None:
        return m.type == "Person"
    linked = link_phrase_end(doc, i, ctx.cues)
    if linked is not None:
        # "X, Ketua Umum Y yang juga Ketua Z W": the titles run on to the name they precede
        return _person_before_comma(ctx, linked)
    if doc[i].text == ",":  # "X, the Emir of Qatar, Sheikh Y, and ...": the next list item
        for k in range(i + 1, min(i + 4, len(doc))):
            if (m := ctx.at.get(k)) is not None:
                # "A, the US president, B, Australia's prime minister, ...": B has a title
                # of its own after it, so each title is the name's before it
                return m.type == "Person" and not titled_after(
                    doc, m.tok_end, load_titles(ctx.lang), ctx.at
                )
            if not doc[k].text[:1].isupper():
                return False
        return False
    # "chairman of the Andean Union Commission": an institution word ends the body's name
    return (
        doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and not doc[i].is_sent_start
        and doc[i].lower_ not in load_name_tails()
    )


#: Tokens a run of titles may take before the name it precedes.
_TITLE_RUN = 12


def _person_before_comma(ctx: Context, i: int) -> bool:
    """A person's name from token ``i`` on, before the clause's next comma or full stop."""
    doc = ctx.doc
    for k in range(i, min(i + _TITLE_RUN, len(doc))):
        if doc[k].text in (",", ".", ";") or doc[k].pos_ == "VERB":
            return False
        if (m := ctx.at.get(k)) is not None and m.type == "Person":
            return True
    return False


def _delegation_country(ctx: Context, phrase_start: int) -> Mention | None:
    """ "Delegasi Indonesia antara lain terdiri atas Menteri Luar Negeri X, Menteri Y ...",
    "The Australian delegation included Foreign Minister X", "Indonesia was represented by
    Trade Minister Y": a titled name in a list that a country's delegation heads belongs to
    that country. Only list material may stand between (names, titles, commas, "dan",
    "antara lain", "included"); a verb such as "bertemu" ends the list."""
    doc = ctx.doc
    j = phrase_start - 1
    sent_start = doc[phrase_start].sent.start
    while j >= sent_start:
        tok = doc[j]
        m = ctx.at.get(j) or ctx.titled_at(j)
        if m is not None and m.type == "Person":
            j = ctx.starts_at(m) - 1
            continue
        if tok.is_punct or tok.lower_ in ctx.cues.coordination or tok.lower_ in ctx.cues.list_intro:
            j -= 1
            continue
        if is_office_field(doc, j, ctx.cues.portfolio):
            j -= 1  # "and Energy Minister C": the field before an English title
            continue
        joined = _title_joined_at(ctx, j, sent_start)
        if joined is not None:
            j = joined - 1  # "Wakil Presiden merangkap Menteri Pertahanan X"
            continue
        break
    if j < sent_start:
        return None
    country = ctx.at.get(j)
    if country is not None and country.type == "Country":  # "Delegasi Indonesia ..."
        j = country.tok_start - 1
        return country if j >= sent_start and doc[j].lower_ in ctx.cues.delegation_head else None
    if doc[j].lower_ not in ctx.cues.delegation_head:  # "the Australian delegation", "RI was
        return None  # represented by", "Delegasi Norwegia": the country beside the head word
    for k in [*range(j - 1, max(sent_start, j - 4) - 1, -1), *range(j + 1, min(len(doc), j + 3))]:
        m = ctx.at.get(k)
        if m is not None and m.type == "Country" and not _after_receiving_word(ctx, m):
            if any(t.lower_ in ctx.cues.respective for t in doc[m.tok_end : j]):
                return None  # "A dan B masing-masing diwakili X dan Y": one country each
            return m
    return None


def _title_joined_at(ctx: Context, j: int, floor: int) -> int | None:
    """Where a title starts that ends right before token ``j``, a word joining two offices of
    one holder ("sekaligus", "merangkap": the ``title_joiner`` cue); None otherwise."""
    if ctx.doc[j].lower_ not in cue_words(ctx.lang, "title_joiner"):
        return None
    titles = load_titles(ctx.lang)
    start = None  # the longest: "Wakil Perdana Menteri", not "Menteri"
    for k in range(j - 1, max(floor, j - _JOINED_TITLE_WORDS) - 1, -1):
        title = title_starting_at(ctx.doc, k, titles)
        if title is not None and k + len(title.words) == j:
            start = k
    return start


_JOINED_TITLE_WORDS = 6  # "Wakil Perdana Menteri Bidang Keamanan": words of a title at most


def _joined_office_holders(
    ctx: Context, holders: list[Mention], chosen: Mention, phrase_start: int, name_start: int
) -> list[Mention]:
    """ "Wakil Presiden Filipina sekaligus Gubernur Manila X": two offices of one holder
    joined by a ``title_joiner`` word; the nearest title gives Manila, and the body or country
    that ends the first title right before the joiner (a title starting right before it) is
    X's office too. A body not closing a title ("Presiden Partai X sekaligus ...") is left to
    the nearest title alone."""
    out = []
    for h in holders:
        j = h.tok_end
        if h is chosen or not phrase_start <= h.tok_start or j >= name_start:
            continue
        if ctx.doc[j].lower_ not in cue_words(ctx.lang, "title_joiner"):
            continue
        if _titled_before(ctx, ctx.starts_at(h)):
            out.append(h)
    return out


def _titled_before(ctx: Context, k: int) -> bool:
    """A title ends right before token ``k`` ("Wakil Presiden | Filipina")."""
    titles = load_titles(ctx.lang)
    return any(
        (title := title_starting_at(ctx.doc, j, titles)) is not None and j + len(title.words) == k
        for j in range(max(0, k - _JOINED_TITLE_WORDS), k)
    )


def _field_read_as_body(ctx: Context, h: Mention) -> bool:
    """ "Coordinating Energy Affairs and Industry Minister X": an office's field that the
    model took for an organisation (unlinked, ending in a field word, the field going on after
    it) is part of the title, not the body X serves."""
    doc = ctx.doc
    return (
        h.type == "Organization"
        and not h.kb_id
        and doc[h.tok_end - 1].lower_ in ctx.cues.portfolio
        and h.tok_end < len(doc)
        and (
            doc[h.tok_end].lower_ in _FIELD_LINKS
            or is_office_field(doc, h.tok_end, ctx.cues.portfolio)
        )
    )


def _former(
    ctx: Context, phrase_start: int, name_start: int, holders: list[Mention] | None = None
) -> bool:
    """ "Mantan Ketua MK X", "former Prime Minister Y", "Wakil Presiden sekaligus mantan Ketua
    Umum Partai Z, X": a past office is not asserted. An opposition leader holds no office of
    the country ("the opposition leader of Kenya"), but leads the party named ("pemimpin
    oposisi Partai Buruh X": the ``opposing`` cue, words of ``former`` that are no past)."""
    before = ctx.doc[max(0, phrase_start - 2) : name_start]
    words = {t.lower_ for t in before} & ctx.cues.former
    if words and words <= ctx.cues.opposing:
        return not holders or any(h.type != "Organization" for h in holders)
    return bool(words)


def _after_receiving_word(ctx: Context, h: Mention) -> bool:
    """ "untuk Vietnam", "to the United States", "untuk Peru, Bolivia, dan Ekuador": the places
    an office is sent to."""
    k = h.tok_start - 1
    if k > 0 and ctx.doc[k].lower_ in ARTICLES:
        k -= 1
    if k >= 0 and ctx.doc[k].lower_ in _RECEIVING:
        return True
    return in_receiving_list(ctx.doc, h.tok_start, ctx.at)  # "to A, B and C": each of them


def _group_country(ctx: Context, phrase_start: int) -> Mention | None:
    """ "pemimpin Armenia, Presiden X dan Perdana Menteri Y": the country heading the list."""
    doc = ctx.doc
    sent_start = doc[phrase_start].sent.start
    j = phrase_start - 1
    hops = 0
    # Walk back over earlier list items ("Presiden X dan") to the list's head.
    while j >= sent_start and hops < 12:
        tok = doc[j]
        m = ctx.at.get(j)
        if tok.text == "," and j - 1 >= sent_start:
            return _list_head_country(ctx, j)
        if m is not None and m.type not in ("Person",):
            return None
        j -= 1
        hops += 1
    return None


def _list_head_country(ctx: Context, comma: int) -> Mention | None:
    """The country heading a list of titled names, in either word order:
    "dua pemimpin Armenia, ..." or "Vietnam's top leaders, ..."."""
    holder = ctx.at.get(comma - 1)
    if holder is not None and holder.type in _HOLDER_TYPES:
        return holder if _preceded_by_group_word(ctx, holder.tok_start) else None
    words = [t.lower_ for t in ctx.doc[max(0, comma - 3) : comma]]
    if not any(tuple(words[-len(p) :]) == p for p in ctx.cues.group_leaders):
        return None
    for j in range(comma - 1, max(-1, comma - 6), -1):
        m = ctx.at.get(j)
        if m is not None and m.type in _HOLDER_TYPES:
            return m
    return None


def _preceded_by_group_word(ctx: Context, i: int) -> bool:
    words = [t.lower_ for t in ctx.doc[max(0, i - 3) : i]]
    for phrase in ctx.cues.group_leaders:
        n = len(phrase)
        if tuple(words[-n:]) == phrase:
            return True
    return False


def _head_titled(ctx: Context, m: Mention) -> bool:
    """Whether the title phrase before ``m`` holds an office of a state (the lexicon's
    ``state_office`` cue: "Prime Minister", "President"), whatever country it names or
    leaves out."""
    words = f" {(m.title or '').lower()} "
    return m.title is not None and any(f" {t} " in words for t in _state_titles(ctx.lang))


@cache
def _state_titles(lang: str) -> tuple[str, ...]:
    """The lower-case titles of ``lang`` whose office is a state's, read once per language."""
    offices = cue_words(lang, "state_office")
    return tuple(
        t.title.lower() for t in load_titles(lang) if t.office and t.office.lower() in offices
    )


def extract_described_offices(ctx: Context) -> None:
    """ "the Russian president then travelled to P", "presiden Rusia itu": a description by
    nationality that the mention stage tied to a person states that person's office in that
    country, as a title before the name would. The description must have found its person (a
    title naming the country, or the base of notable people); one that stands for nobody says
    nothing."""
    doc = ctx.doc
    countries = {m.tok_start: m for m in ctx.mentions if m.type == "Country" and m.kb_id}
    for m in ctx.mentions:
        if not m.is_pronoun:
            continue
        found = national_description(doc, m.tok_start, ctx.cues, countries)
        if found is None or found[0] != m.tok_end:
            continue
        _, country, noun = found
        ctx.add(
            m,
            "officialOf",
            country,
            rule=f"{ctx.lang}.officialOf.description",
            confidence=0.85,
            sent=doc[m.tok_start].sent,
            title=noun.text,
        )


def _counterpart_apposed(ctx: Context, m: Mention) -> int | None:
    """ "thanked X, his Indonesian counterpart, in a call": the token of "counterpart" in an
    apposition right after the name (a comma, a possessive, a country), or None."""
    k = m.tok_end + 3
    doc = ctx.doc
    if k >= len(doc) or doc[m.tok_end].text != "," or doc[k].lower_ not in ctx.cues.counterpart:
        return None
    return k if doc[m.tok_end + 1].lower_ in ctx.cues.possessive else None


def _counterpart_country(ctx: Context, m: Mention) -> tuple[Mention, int] | None:
    """The country a counterpart phrase before (or apposed after) person ``m`` names, with
    the token of the counterpart word: "his Fijian counterpart (,) X", "X, his Peruvian
    counterpart,", "mitranya dari Chile, X" (Indonesian names the country after the word,
    behind "dari"). None when no such phrase holds ``m``."""
    doc = ctx.doc
    start = ctx.starts_at(m)
    for before in dict.fromkeys((start - 1, m.tok_start - 1)):  # the title phrase may hold
        # the counterpart words; "mitranya dari Chile, X": the name set off by a comma
        j = before - 1 if before >= 1 and doc[before].text == "," else before
        country = ctx.at.get(j)
        if (
            country is not None
            and country.type == "Country"
            and country.tok_end == j + 1
            and country.tok_start >= 2
            and doc[country.tok_start - 1].lower_ in ctx.cues.counterpart_from
            and doc[country.tok_start - 2].lower_ in ctx.cues.counterpart
        ):
            return country, country.tok_start - 2
    # "his Fijian counterpart Y": the title phrase read with the name holds the word;
    # else it stands before it, before an honorific too ("his counterpart, Sheikh X")
    k = next(
        (j for j in range(start, m.tok_start) if doc[j].lower_ in ctx.cues.counterpart),
        start - 1,
    )
    if k >= 3 and doc[k].text == "," and doc[k - 1].lower_ in ctx.cues.counterpart:
        k -= 1  # "his Nepali counterpart, X": the name set off by a comma
    if k < 2 or doc[k].lower_ not in ctx.cues.counterpart:
        k = _counterpart_apposed(ctx, m)  # "X, his Peruvian counterpart,"
        if k is None:
            return None
    country = ctx.at.get(k - 1)
    if country is None or country.type != "Country" or country.tok_end != k:
        return None
    if country.tok_start < 1 or doc[country.tok_start - 1].lower_ not in ctx.cues.possessive:
        return None
    return country, k


def extract_counterparts(ctx: Context) -> None:
    """ "She flew to Santiago for talks with her Chilean counterpart (,) X", "A dan mitranya
    dari Chile, X": X holds, in the country named with "counterpart", the office of someone
    the same sentence names (or refers to by a pronoun) as an official of another country.
    Without such an official ("the CEO met his Chinese counterpart") the office is unknown,
    and nothing is read. A list after the word shares it ("their Chilean counterparts, X and
    Y"). Run after the title rules, whose officialOf relations it reads."""
    doc = ctx.doc
    officials = [  # (the official's name words, the country's id)
        (set(ctx.mentions[r.subject].text.split()), ctx.mentions[r.object].kb_id)
        for r in ctx.relations
        if r.predicate == "officialOf" and ctx.mentions[r.object].type == "Country"
    ]
    # "Prime Minister X and his Fijian counterpart Y": an office of a country the
    # text leaves unnamed is an office still (a CEO's is not: no head title)
    officials += [
        (set(p.text.split()), None)
        for p in ctx.mentions
        if p.type == "Person" and not p.is_pronoun and _head_titled(ctx, p)
    ]
    last: tuple[Mention, Mention, int] | None = None  # (person, country, word) last read
    for m in ctx.mentions:
        if m.type != "Person" or m.is_pronoun:
            continue
        found = _counterpart_country(ctx, m)
        if found is None and last is not None and _next_in_list(ctx, last[0], m):
            found = last[1], last[2]  # "their Chilean counterparts, X and Y": Y as well
        if found is None:
            continue
        country, k = found
        near = [  # the persons of the sentence, by name ("She" -> "Retno"), but X
            set(ctx.resolve(p).text.split())
            for p in ctx.by_sent.get(m.sent_index, [])
            if p.type == "Person" and ctx.resolve(p).index != ctx.resolve(m).index
        ]
        if not any(
            words <= name and home != country.kb_id for words in near for name, home in officials
        ):
            continue
        last = m, country, k
        ctx.add(
            m,
            "officialOf",
            country,
            rule=f"{ctx.lang}.officialOf.counterpart",
            confidence=0.8,
            sent=doc[m.tok_start].sent,
            title=doc[k].text,
        )


def _next_in_list(ctx: Context, first: Mention, m: Mention) -> bool:
    """``m`` follows ``first`` in the same list: only commas and conjunctions between."""
    between = ctx.doc[first.tok_end : ctx.starts_at(m)]
    return (
        first.sent_index == m.sent_index
        and len(between) > 0
        and all(t.text == "," or t.lower_ in ctx.cues.coordination for t in between)
    )


def extract_paired_offices(ctx: Context) -> None:
    """ "the presidents of P and Q, A and B", "Presiden P dan Q, A dan B":
    an office title (the ``paired_office`` cue), a list of countries, then as many persons
    set off by a comma: each holds the office of the country in the same place of its list.
    The title finder reads only the last country with the first name, or none."""
    joins = ctx.cues.coordination
    offices = cue_words(ctx.lang, "paired_office")
    for k, tok in enumerate(ctx.doc):
        if tok.lower_ not in offices:
            continue
        first = k + 1 + (k + 1 < len(ctx.doc) and ctx.doc[k + 1].lower_ == "of")
        countries, j = _joined_run(ctx, first, joins, ("Country",))
        if len(countries) < 2 or j >= len(ctx.doc) or ctx.doc[j].text != ",":
            continue
        persons, _ = _joined_run(ctx, j + 1, joins, ("Person",))
        if len(persons) != len(countries):
            continue
        sent = tok.sent
        listed = {c.index for c in countries}
        for person, country in zip(persons, countries, strict=True):
            ctx.relations = [  # the title finder's reading: one country for all
                r
                for r in ctx.relations
                if not (
                    r.predicate == "officialOf"
                    and r.subject == person.index
                    and r.object in listed - {country.index}
                )
            ]
            ctx.add(
                person,
                "officialOf",
                country,
                rule=f"{ctx.lang}.officialOf.paired",
                confidence=0.85,
                sent=sent,
                title=tok.text,
            )


def extract_elided_offices(ctx: Context) -> None:
    """ "Argentine President A, Bolivia's B and Peru's C": a list opened by a person whose title
    names his country goes on with persons owned by a country ("'s"), the title left out: each
    holds the same office of his own country, as does each of a list a copula names after a
    group of leaders ("Among the leaders there were Chile's A and Peru's B"). A list opened by
    no titled person ("Brazil's Neymar and Argentina's Messi") says nothing of offices."""
    for c in ctx.mentions:
        if c.type != "Country" or c.is_demonym or c.is_pronoun or not c.kb_id:
            continue
        k = c.tok_end
        if k + 1 >= len(ctx.doc) or not is_possessive(ctx.doc[k]):
            continue
        person = ctx.mention_at(k + 1)
        if person is None or person.tok_start != k + 1 or ctx.resolve(person).type != "Person":
            continue
        if person.title is not None or _titled_list_head(ctx, c) is None:
            continue
        sent = ctx.sents[c.sent_index]
        rule = f"{ctx.lang}.officialOf.elided-title"
        ctx.add(person, "officialOf", c, rule=rule, confidence=0.8, sent=sent)


#: The most items a list may have before the one read ("A, B's X, C's Y, ...").
_LIST_ITEMS = 8


def _titled_list_head(ctx: Context, c: Mention) -> Mention | None:
    """The titled person opening the list that the possessor ``c`` continues, going back item
    by item over "Country's Name" items; None when the list opens otherwise."""
    j = c.tok_start
    for _ in range(_LIST_ITEMS):
        if j < 2 or ctx.doc[j - 1].lower_ not in ctx.cues.coordination:
            return c if _leaders_named_by_copula(ctx, j) else None
        j -= 1
        if ctx.doc[j].text != "," and ctx.doc[j - 1].text == ",":
            j -= 1  # ", and"
        prev = ctx.mention_at(j - 1)
        if prev is None or prev.tok_end != j or ctx.resolve(prev).type != "Person":
            return None
        if prev.title is not None and prev.title_start is not None:
            nations = [  # "Argentine President A": the title names his country
                m
                for m in ctx.by_sent.get(prev.sent_index, [])
                if m.type == "Country" and prev.title_start <= m.start < prev.start
            ]
            return prev if nations else None
        owner = ctx.mention_at(prev.tok_start - 2) if prev.tok_start >= 2 else None
        owned = owner is not None and is_possessive(ctx.doc[prev.tok_start - 1])
        if not owned or owner.type != "Country":
            return None
        j = owner.tok_start
    return None


def extract_side_offices(ctx: Context) -> None:
    """ "Dari pihak Peru, hadir pula A, B dan C": a sentence opened by the side of a
    country or body (the ``side_opener`` cue, then its name and a comma) lists that side's
    people; each with no office read elsewhere is its official. Another side's phrase later
    in the sentence ends the list."""
    phrases = cue_phrases(ctx.lang, "side_opener")
    if not phrases:
        return
    for index, sent in enumerate(ctx.sents):
        n = phrase_at(ctx.doc, sent.start, phrases)
        side = ctx.mention_at(sent.start + n) if n else None
        if side is None or side.tok_start != sent.start + n:
            continue
        if ctx.resolve(side).type not in ("Country", "Organization"):
            continue
        if side.tok_end >= sent.end or ctx.doc[side.tok_end].text != ",":
            continue
        end = next(
            (k for k in range(side.tok_end, sent.end) if phrase_at(ctx.doc, k, phrases)),
            sent.end,
        )
        held = {r.subject for r in ctx.relations if r.predicate == "officialOf"}
        for m in ctx.by_sent.get(index, []):
            if not side.tok_end < m.tok_start < end or m.is_pronoun or m.index in held:
                continue
            if ctx.resolve(m).type == "Person":
                rule = f"{ctx.lang}.officialOf.side"
                ctx.add(m, "officialOf", side, rule=rule, confidence=0.8, sent=sent)


def _leaders_named_by_copula(ctx: Context, j: int) -> bool:
    """ "Among the presidents at the funeral were Chile's A and Peru's B": the list at token
    ``j`` is what a copula (``members_copula``) names, after a noun of a group of national
    leaders (``leader_group``) earlier in its sentence: each holds his country's office."""
    if j < 1 or ctx.doc[j - 1].lower_ not in ctx.cues.members_copula:
        return False
    sent = ctx.doc[j].sent
    leaders = cue_words(ctx.lang, "leader_group")
    return any(t.lower_ in leaders for t in ctx.doc[sent.start : j - 1])


def _joined_run(
    ctx: Context, i: int, joins: frozenset[str], types: tuple[str, ...]
) -> tuple[list[Mention], int]:
    """The mentions of ``types`` from token ``i`` joined by commas and "and"/"dan" ("A, B and
    C"), and the token after the last one."""
    found: list[Mention] = []
    while i < len(ctx.doc):
        m = ctx.mention_at(i)
        if m is None or m.tok_start != i or ctx.resolve(m).type not in types:
            break
        found.append(m)
        i = m.tok_end
        k = i
        while k < len(ctx.doc) and ctx.doc[k].lower_ in joins and k - i < 2:
            k += 1
        nxt = ctx.mention_at(k) if k > i else None
        if nxt is None or ctx.resolve(nxt).type not in types:
            break
        i = k
    return found, i

