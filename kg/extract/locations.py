"""locatedIn from the ways news puts a city with its country.

"Tashkent, Uzbekistan", "DHAKA (Bangladesh)", "ibu kota Armenia, Yerevan",
"Kuala Lumpur, ibu kota Malaysia", "kota di Indonesia, antara lain Jakarta, Bandung ...".
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import Context, with_title_start
from kg.extract.frames.places import country_of, hyphen_paired, in_another_country
from kg.extract.model import Mention, is_possessive
from kg.ingest.lines import title_case
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import (
    after_aside,
    cue_phrases,
    cue_words,
    facility_words,
    place_definition_end,
)

__all__ = ["extract_locations"]

_CITYISH = ("City", "Place")
_PLACES = ("Place", "City", "Region", "Country")
_LIST_OPENERS = {
    "antara",
    "lain",
    "seperti",
    "termasuk",
    "yakni",
    "yaitu",
    "including",
    "such",
    "as",
    "like",
    ",",
    ":",
}


def extract_locations(ctx: Context) -> None:
    for sent_idx, sent in enumerate(ctx.sents):
        ms = [m for m in ctx.by_sent.get(sent_idx, []) if not m.is_pronoun]
        for k, (a, b) in enumerate(zip(ms, ms[1:], strict=False)):
            if _listed(ctx, a, b, ms[k + 2] if k + 2 < len(ms) else None):
                continue
            between = [t.text for t in ctx.doc[a.tok_end : b.tok_start]]
            _pair(ctx, sent, a, b, between)
        for k in range(len(ms)):
            _address(ctx, sent, ms[k:])
            _defined_place(ctx, sent, ms[k:])
        _city_list(ctx, sent, ms)
        for m in ms:
            _capital_of_country_named(ctx, sent_idx, sent, m)


def _capital_of_country_named(ctx: Context, sent_idx: int, sent: Span, city: Mention) -> None:
    """ "(The minister flew to Peru,) landing in the capital Lima": a city called the
    capital (the ``capital_called`` cue), with no country beside it, is the capital of a
    country the text names in this sentence or the one before, where the gazetteer makes it
    that country's capital (a province's seat, a former capital or a namesake is none)."""
    if city.type != "City" or not city.kb_id:
        return
    k = city.tok_start
    if k > sent.start and ctx.doc[k - 1].text == ",":
        k -= 1
    words = tuple(t.lower_ for t in ctx.doc[max(sent.start, k - 2) : k])
    called = cue_phrases(ctx.lang, "capital_called")
    if not any(words[-len(p) :] == p for p in called if len(words) >= len(p)):
        return
    country = load_gazetteer().get(country_of(city) or "")
    if country is None or country.capital != city.kb_id:
        return
    named = [
        m
        for s in (sent_idx - 1, sent_idx)
        for m in ctx.by_sent.get(s, [])
        if m.type == "Country" and m.kb_id == country.id and not m.is_pronoun
    ]
    if named:
        rule = f"{ctx.lang}.locatedIn.the-capital"
        ctx.add(city, "locatedIn", named[-1], rule=rule, confidence=0.85, sent=sent)
        ctx.literal_places.add(city.index)


def _listed(ctx: Context, a: Mention, b: Mention, nxt: Mention | None) -> bool:
    """ "di Bangkok, Malaysia dan Singapura": a place beside a country that the gazetteer says
    is not its own, where the country goes on into a list of countries. Either alone is no
    list: "Dili, Timor Leste, dan Singapura" is an address and then a list; "kota Memphis,
    Mesir" names the ancient city, not the gazetteer's namesake in the United States."""
    if nxt is None or nxt.type != "Country" or not in_another_country(ctx, a, b):
        return False
    between = [t.lower_ for t in ctx.doc[b.tok_end : nxt.tok_start]]
    return bool(between) and all(w in ctx.cues.coordination for w in between)


def _is_capital_words(ctx: Context, words: list[str]) -> bool:
    lowered = tuple(w.lower() for w in words)
    return any(lowered[-len(p) :] == p for p in ctx.cues.capital if len(lowered) >= len(p))


#: Words that may stand between a capital and its country besides the capital words:
#: "Bandar Seri Begawan, the capital of Brunei", "Kyiv, Ukraine's capital".
_CAPITAL_GLUE = frozenset({",", "the", "of", "'s", "’s"})


def _named_as_capital(ctx: Context, a: Mention, b: Mention) -> Mention | None:
    """The city of a pair that the text names as the other's capital ("the Thai capital
    Bangkok", "Naypyitaw, the Myanmar capital", "Ukraine's capital" read as Kyiv, "ibu kota
    Jepang"), when the gazetteer agrees that it is that country's capital: capital words
    between the two, in the city's own description, or right after the country."""
    if {a.type, b.type} != {"City", "Country"}:
        return None
    city, country = (a, b) if a.type == "City" else (b, a)
    entry = load_gazetteer().get(country.kb_id) if country.kb_id else None
    if entry is None or not city.kb_id or entry.capital != city.kb_id:
        return None
    k = b.tok_start
    while k > a.tok_end and (
        ctx.doc[k - 1].pos_ == "ADJ"
        or ctx.doc[k - 1].tag_ in ("VBG", "VBN")
        or ctx.doc[k - 1].text == "-"
    ):
        k -= 1  # "the capital of neighbouring X", "of oil-rich X": a description of the country
    between = [t.lower_ for t in ctx.doc[a.tok_end : k]]
    described = [t.lower_ for t in ctx.doc[city.tok_start : city.tok_end]]
    after = [t.lower_ for t in ctx.doc[b.tok_end : min(b.tok_end + 3, len(ctx.doc))]]
    capital = {w for p in ctx.cues.capital_reference for w in p}
    if not all(w in capital or w in _CAPITAL_GLUE for w in between):
        return None
    named = (
        any(w in capital for w in between)
        or (city.text != ctx.doc[city.tok_start : city.tok_end].text and capital & set(described))
        or (b is country and _starts_with_capital(ctx, [w for w in after if w not in ("'s", "’s")]))
    )
    return city if named else None


def _owns_a_place(ctx: Context, country: Mention) -> bool:
    """ "X, Chile's Atacama Region": a possessive mark after the country and a place named
    right after it (a description, "Peru's tourist hub", still describes X)."""
    k = country.tok_end
    if k + 1 >= len(ctx.doc) or not is_possessive(ctx.doc[k]):
        return False
    owned = ctx.mention_at(k + 1)
    return owned is not None and owned.type in ("City", "Region", "Country")


def _apposed(between: list[str]) -> bool:
    """ "Bamako, the Malian capital": only a comma and an article between the city and
    the demonym ("in Cebu City, where she ..., before her flight to the Thai capital" is
    another city's description)."""
    return between[:1] == [","] and all(w.lower() in ("the", "a") for w in between[1:])


def _starts_with_capital(ctx: Context, words: list[str]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in ctx.cues.capital_reference)


def _pair(ctx: Context, sent, a: Mention, b: Mention, between: list[str]) -> None:
    rule = f"{ctx.lang}.locatedIn"
    city = _named_as_capital(ctx, a, b)
    if city is not None:
        country = b if city is a else a
        ctx.add(city, "locatedIn", country, rule=f"{rule}.capital-of", confidence=0.9, sent=sent)
        if city.text == ctx.doc[city.tok_start : city.tok_end].text:
            # named ("the Thai capital Bangkok"): a place; a description alone ("leaving the
            # Indian capital") leaves the metonym reading of the city's name to the document
            ctx.literal_places.add(city.index)
        return
    if _predicated_capital(ctx, a, b, between):
        ctx.add(a, "locatedIn", b, rule=f"{rule}.capital-is", confidence=0.9, sent=sent)
        ctx.literal_places.add(a.index)
        return
    if a.type in _CITYISH and b.type == "Country" and not b.is_demonym:
        holder = ctx.titled_at(b.tok_start) if between == [","] else None
        if holder is not None and a.tok_start < with_title_start(ctx.doc, holder):
            return  # "In Lima, US Attorney General X": the country is the title's (but
            # "Wali Kota Trujillo, Peru, X" is an address inside the title)
        if between == [","] and headline_clause(ctx, sent, b):
            return  # "Menlu di Bandung, Indonesia Siap Beli ...": two clauses of a headline
        if between == [","] and hyphen_paired(ctx, b):
            return  # "di Lima, RI-Peru Sepakat ...": a pair of countries, no address
        if between == [","] and _owns_a_place(ctx, b):
            return  # "Lima, Chile's Atacama Region and ...": a list; the country a possessor
        if between == [","] or between == ["("]:
            ctx.add(a, "locatedIn", b, rule=f"{rule}.apposition", confidence=0.85, sent=sent)
            ctx.literal_places.add(a.index)
            return
        if between and between[0] == "," and _is_capital_words(ctx, between[1:]):
            ctx.add(a, "locatedIn", b, rule=f"{rule}.capital-of", confidence=0.9, sent=sent)
            ctx.literal_places.add(a.index)
            return
    if a.type in _CITYISH and b.type == "Country" and b.is_demonym and _apposed(between):
        after = [t.text for t in ctx.doc[b.tok_end : b.tok_end + 1]]
        if _is_capital_words(ctx, after):  # "Addis Ababa, the Ethiopian capital"
            ctx.add(a, "locatedIn", b, rule=f"{rule}.demonym-capital", confidence=0.85, sent=sent)
            ctx.literal_places.add(a.index)
            return
    if _city_in_its_country(ctx, a, b):
        ctx.add(a, "locatedIn", b, rule=f"{rule}.city-in-country", confidence=0.85, sent=sent)
        ctx.literal_places.add(a.index)
        return
    described = _described_city_of(ctx, a, b) or _city_described_in(ctx, a, b)
    if described or _city_in_region_of(ctx, a, b):
        city, country = (b, a) if a.type == "Country" else (a, b)
        ctx.add(city, "locatedIn", country, rule=f"{rule}.described", confidence=0.85, sent=sent)
        ctx.literal_places.add(city.index)
        return
    if a.type == "Country" and b.type in _CITYISH and between and between[-1] == ",":
        before = [t.text for t in ctx.doc[max(sent.start, a.tok_start - 3) : a.tok_start]]
        if _is_capital_words(ctx, before):
            ctx.add(b, "locatedIn", a, rule=f"{rule}.capital-of", confidence=0.9, sent=sent)
            ctx.literal_places.add(b.index)


def _predicated_capital(ctx: Context, a: Mention, b: Mention, between: list[str]) -> bool:
    """ "Lima adalah ibu kota Peru", "Ottawa is the capital of Canada", "Hanoi is Vietnam's
    capital", "Mataram, ibu kota provinsi Nusa Tenggara Barat": a city predicated (by a
    copula) or set off (by a comma) as the capital of a country, or of a province named with
    its admin word. The city lies there; the comma form for countries is ``_pair``'s own."""
    if a.type not in _CITYISH or b.type not in ("Country", "Region"):
        return False
    copulas = cue_words(ctx.lang, "copula")
    if not between or not (between[0] in copulas or (between[0] == "," and b.type == "Region")):
        return False
    words = [w.lower() for w in between[1:] if w.lower() not in ("the", "of")]
    if words:
        # the capital words, then the kind of the larger place ("ibu kota provinsi",
        # "ibu kota negara")
        kinds = {w for phrase, _ in ctx.cues.admin_levels for w in phrase} | {"negara"}
        return any(
            tuple(words[: len(p)]) == p and all(w in kinds for w in words[len(p) :])
            for p in ctx.cues.capital_reference
        )
    after = [t.lower_ for t in ctx.doc[b.tok_end : min(b.tok_end + 3, len(ctx.doc))]]
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    elif not b.is_demonym:
        return False
    return between[0] in copulas and _starts_with_capital(ctx, after)


#: English finite verb tags: a verb right after "P, Q" makes Q a clause's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def headline_clause(ctx: Context, sent: Span, country: Mention) -> bool:
    """A headline joins two clauses with a comma ("Menlu Chile ke Surabaya, Indonesia Siap
    Beli Kopi"): in Title Case, a capitalised word right after the country that is
    no name starts the second clause, whose subject the country is; in any case, a
    lower-case verb right after it does when a verb came before ("tiba di P, Brasil ingin
    ...": a place's country is followed by a comma, a preposition or "yang"). With no verb
    before, that verb is the sentence's own ("Dr X dari RS Y, P, Q menyelidiki ...")."""
    if country.tok_end >= sent.end:
        return False
    after = ctx.doc[country.tok_end]
    if (
        after.is_lower
        and after.pos_ in ("VERB", "AUX")
        and any(t.pos_ == "VERB" for t in ctx.doc[sent.start : country.tok_start])
    ):
        return True
    if ctx.lang == "en" and after.is_lower and after.tag_ in _FINITE:
        return True  # "Hours before X left Lima, Ecuador fired": English sets an
        # address's country off with a second comma before the verb ("P, Q, said")
    if not title_case(sent.text):
        return False
    return after.is_alpha and after.is_title and ctx.mention_at(after.i) is None


def _described_city_of(ctx: Context, a: Mention, b: Mention) -> bool:
    """ "the Georgian port city of Batumi", "the Peruvian city of Cusco": a demonym, then
    lower-case words ending in a place noun and "of", then the city. Not "the Russian-occupied
    city of X" (a hyphen: occupied by, not in), nor a city the gazetteer puts elsewhere."""
    if not (a.type == "Country" and a.is_demonym and b.type in _CITYISH):
        return False
    between = ctx.doc[a.tok_end : b.tok_start]
    return (
        2 <= len(between) <= 4
        and all(t.is_lower and t.is_alpha for t in between)
        and between[-2].lower_ in ctx.cues.place_noun
        and between[-1].lower_ == "of"
        and not in_another_country(ctx, b, a)
    )


def _city_in_its_country(ctx: Context, a: Mention, b: Mention) -> bool:
    """ "Sandakan di Malaysia", "shipped through Tamale in Ghana", "Kandy di Sri Lanka": a
    known city placed "di/in" the country right after it. Only where the gazetteer puts that
    city ("tim dari Surabaya di Malaysia" is a team abroad, not a city there), and only a
    linked city: a name the model took for a place is not placed by a preposition alone."""
    if not (a.type == "City" and a.kb_id and b.type == "Country" and not b.is_demonym):
        return False
    toks = ctx.doc[a.tok_end : b.tok_start]
    between = [t.lower_ for t in toks]
    if not between or between[0] not in ctx.cues.venue or between[0] not in ctx.cues.locative:
        return False
    if len(between) == 2 and not (toks[1].is_lower and toks[1].pos_ == "ADJ"):
        return False  # "Osaka in western Japan": one adjective of the part
    return len(between) <= 2 and country_of(a) == b.kb_id


#: Lower-case words an apposition may take to describe a city before its country.
_DESCRIPTION_WORDS = 7


def _city_described_in(ctx: Context, a: Mention, b: Mention) -> bool:
    """ "Sintra, a hillside town in western Portugal", "Kyoto, bekas ibu kota kuno
    Jepang": a known city set off by a comma and described by lower-case words holding a
    place noun (the ``described_place_noun`` cue), then the country, with nothing after the
    noun but adjectives, nouns of direction and a preposition. Only where the gazetteer puts
    the city in that country: the description says it, the gazetteer keeps a namesake out."""
    if not (a.type == "City" and a.kb_id and b.type == "Country" and not b.is_demonym):
        return False
    between = ctx.doc[a.tok_end : b.tok_start]
    words = between[1:]
    if not 2 <= len(words) <= _DESCRIPTION_WORDS or between[0].text != ",":
        return False
    if not all(t.is_alpha and t.is_lower for t in words):
        return False
    nouns = cue_words(ctx.lang, "described_place_noun")
    last = max((k for k, t in enumerate(words) if t.lower_ in nouns), default=None)
    if last is None:
        return False
    rest = words[last + 1 :]
    linking = ctx.cues.venue | {"of"}
    return (
        all(t.lower_ in linking or t.pos_ in ("ADJ", "NOUN") for t in rest)
        and country_of(a) == b.kb_id
    )


def _city_in_region_of(ctx: Context, a: Mention, b: Mention) -> bool:
    """ "Kutaisi, in western Georgia": a city set off by a comma and placed "in" (a part
    of) a country right after it."""
    if not (a.type in _CITYISH and b.type == "Country" and not b.is_demonym):
        return False
    between = ctx.doc[a.tok_end : b.tok_start]
    words = [t.lower_ for t in between]
    return (
        len(words) in (2, 3)
        and words[0] == ","
        and words[1] in ctx.cues.venue
        and words[1] in ctx.cues.locative
        and (len(words) == 2 or (between[2].pos_ == "ADJ" and between[2].is_lower))
        and not in_another_country(ctx, a, b)
    )


def _address(ctx: Context, sent, ms: list[Mention]) -> None:
    """ "Kecamatan X, Kota Y, Provinsi Z, Indonesia", "Shah Alam, Selangor, Malaysia": places
    written one after another, each after a single comma and each larger than the one before
    (by its admin word, else its kind), are an address: the first lies in every later one.
    Places of one size in a row, or an address that goes on into a list of places no smaller
    than its last ("di Jakarta, Jawa Tengah, dan Jawa Timur"), are a list, not an address;
    so are places the gazetteer puts in two countries."""
    chain = _address_chain(ctx, ms)
    if len(chain) < 2 or _opens_a_list(ctx, chain[0]) or _continues_as_list(ctx, chain, ms):
        return
    if (
        _level(ctx, chain[0]) is None
        and chain[-1].type != "Country"
        and not _names_a_district(ctx, chain[0])
    ):
        return  # a place of unknown kind may be a venue's name ("di Bundaran X, Jakarta")
    if _named_facility(ctx, chain[0]) or headline_clause(ctx, sent, chain[-1]):
        return
    if _owns_a_place(ctx, chain[-1]):
        return  # "Lima, Chile's Atacama Region": a list, the country a possessor
    countries = {country_of(m) for m in chain} - {None}
    if len(countries) > 1:
        return
    for larger in chain[1:]:
        ctx.add(
            chain[0],
            "locatedIn",
            larger,
            rule=f"{ctx.lang}.locatedIn.address",
            confidence=0.8,
            sent=sent,
        )
    ctx.literal_places.update(m.index for m in chain)  # "Senayan, Jakarta": the city itself


def _defined_place(ctx: Context, sent, ms: list[Mention]) -> None:
    """ "Gempeng adalah kelurahan di kecamatan Bangil, Pasuruan, Jawa Timur", "X is a village
    in Y district, Z": a place defined by its kind and the address it lies in lies in every
    place of that address (``place_definition_end``; a bracketed aside may stand between the
    name and the copula: "Pagerharjo ( ) adalah desa di ...")."""
    place = ms[0]
    if place.type not in _PLACES or place.type == "Country" or len(ms) < 2:
        return
    end = place_definition_end(ctx.doc, after_aside(ctx.doc, place.tok_end), ctx.lang)
    rest = [m for m in ms[1:] if end is not None and m.tok_start >= end]
    if not rest or rest[0].tok_start - end > 2:
        return
    if not all(t.is_lower for t in ctx.doc[end : rest[0].tok_start]):
        return  # "di wilayah Kecamatan X": a lower-case word or two may open the address
    words = [t.lower_ for t in ctx.doc[place.tok_end : rest[0].tok_start]]
    levels = {w: level for phrase, level in ctx.cues.admin_levels for w in phrase}
    if place.kb_id and any(levels.get(w, 9) <= 2 for w in words):
        ctx.namesakes.add(place.index)  # "Solo adalah desa di ...": not the city "Solo"
    chain = _address_chain(ctx, rest)
    if rest[0].type not in _PLACES or _continues_as_list(ctx, chain, ms):
        return
    if len({country_of(m) for m in [place, *chain]} - {None}) > 1:
        return
    for larger in chain:
        ctx.add(
            place,
            "locatedIn",
            larger,
            rule=f"{ctx.lang}.locatedIn.definition",
            confidence=0.8,
            sent=sent,
        )
    ctx.literal_places.update(m.index for m in [place, *chain])


_KIND_LEVEL = {"City": 3, "Region": 4, "Country": 5}  # as the admin_level cues
_REGENCY_LEVEL = 3  # a regency is a Region, but the size of a city (admin level "kabupaten")
_SMALLEST = 0.5  # a place of unknown kind first in an address: a district or village


def _level(ctx: Context, m: Mention) -> float | None:
    """How large a place is: its admin word ("Kecamatan", "Kabupaten", "Provinsi") at the
    start of its name or just before it, else its kind; None for a place of unknown kind."""
    if m.type == "Country":
        return _KIND_LEVEL["Country"]
    for phrase, level in ctx.cues.admin_levels:
        n = len(phrase)
        head = tuple(t.lower_ for t in ctx.doc[m.tok_start : min(m.tok_end, m.tok_start + n)])
        before = tuple(t.lower_ for t in ctx.doc[max(0, m.tok_start - n) : m.tok_start])
        if phrase in (head, before):
            return level
    entry = load_gazetteer().get(m.kb_id) if m.kb_id else None
    if entry is not None and entry.is_regency:
        return _REGENCY_LEVEL  # "Bangil, Pasuruan, Jawa Timur": a regency named bare
    return _KIND_LEVEL.get(m.type)


def _comma_between(ctx: Context, a: Mention, b: Mention) -> bool:
    return [t.text for t in ctx.doc[a.tok_end : b.tok_start]] == [","]


def _address_chain(ctx: Context, ms: list[Mention]) -> list[Mention]:
    """The longest run from ``ms[0]`` of places after single commas, each larger than the
    one before. A place of unknown kind between two of known size fits between them
    ("Bangil, Pasuruan, Jawa Timur": the regency Pasuruan); first, it is the smallest."""
    first = ms[0]
    if first.type not in _PLACES or first.is_demonym:
        return [first]
    chain, sizes = [first], [_level(ctx, first) or _SMALLEST]
    for k, nxt in enumerate(ms[1:], start=1):
        if not _comma_between(ctx, chain[-1], nxt) or nxt.type not in _PLACES or nxt.is_demonym:
            break
        if ctx.titled_at(nxt.tok_start) is not None:
            break  # "In Lima, US Attorney General X": the country is the title's
        if hyphen_paired(ctx, nxt):
            break  # "di Istana P, RI-Chile Bahas ...": a pair of countries, no address
        size = _level(ctx, nxt)
        if size is None:
            after = ms[k + 1] if k + 1 < len(ms) else None
            if after is None or not _comma_between(ctx, nxt, after) or after.type not in _PLACES:
                break
            size = ((_level(ctx, after) or 0) + sizes[-1]) / 2
        if size <= sizes[-1]:
            break
        chain.append(nxt)
        sizes.append(size)
    return chain


def _names_a_district(ctx: Context, first: Mention) -> bool:
    """ "di Masjid Sunda Kelapa, Menteng, Jakarta Pusat", "di Gedung DPR, Senayan, Jakarta":
    a place of unknown kind after a comma continues an address that a venue's name began, so
    it is the venue's district, not the venue. Right after "di", one word ("di Kemayoran,
    Jakarta Pusat") names a district as often as not; a longer name is as often a venue's
    ("di Gelora X Y, Jakarta")."""
    if first.tok_start > 0 and ctx.doc[first.tok_start - 1].text == ",":
        return True
    return first.tok_end - first.tok_start == 1


def _named_facility(ctx: Context, first: Mention) -> bool:
    """ "di jalan KS Tubun, Slipi": a street's or building's name after its facility word,
    which the model leaves out of the name; facilities are no places (they are not entities)."""
    return first.tok_start > 0 and ctx.doc[first.tok_start - 1].lower_ in facility_words()


def _opens_a_list(ctx: Context, first: Mention) -> bool:
    """ "negara berkembang seperti Afrika, India dan lainnya": a list's opening word."""
    before = ctx.doc[first.tok_start - 1].lower_ if first.tok_start > 0 else ""
    return before in _LIST_OPENERS and before not in (",", ":")


def _continues_as_list(ctx: Context, chain: list[Mention], ms: list[Mention]) -> bool:
    """After the address, a comma or "dan" and a place no smaller than its last: the commas
    were a list's. Unless that place is smaller and starts an address of its own ("Medan,
    Sumatera Utara, dan Pekanbaru, Riau")."""
    last = chain[-1]
    k = ms.index(last)
    if k + 1 >= len(ms):
        return False
    nxt = ms[k + 1]
    gap = [t.lower_ for t in ctx.doc[last.tok_end : nxt.tok_start]]
    joins = ctx.cues.coordination | ctx.cues.disjunction
    if not gap or any(w != "," and w not in joins for w in gap):
        return False
    if nxt.type not in _PLACES:
        return False
    if (_level(ctx, nxt) or _SMALLEST) >= (_level(ctx, last) or _SMALLEST):
        return True
    own = _address_chain(ctx, ms[k + 1 :])
    return _level(ctx, own[-1]) != _level(ctx, last)


def _city_list(ctx: Context, sent, ms: list[Mention]) -> None:
    """ "kota di Indonesia, antara lain A, B, dan C": every listed city is in the country."""
    for k, country in enumerate(ms):
        if country.type != "Country":
            continue
        before = [
            t.lower_ for t in ctx.doc[max(sent.start, country.tok_start - 3) : country.tok_start]
        ]
        if not any(w in ("kota", "cities", "city", "kota-kota") for w in before):
            continue
        j = country.tok_end
        while j < sent.end and ctx.doc[j].lower_ in _LIST_OPENERS:
            j += 1
        for m in ms[k + 1 :]:
            if m.tok_start < j:
                continue
            gap = [t.lower_ for t in ctx.doc[j : m.tok_start]]
            if m.type not in _CITYISH or any(w not in ctx.cues.coordination for w in gap):
                break
            ctx.add(
                m,
                "locatedIn",
                country,
                rule=f"{ctx.lang}.locatedIn.city-list",
                confidence=0.8,
                sent=sent,
            )
            ctx.literal_places.add(m.index)
            j = m.tok_end
