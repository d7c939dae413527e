"""locatedIn from the ways news puts a city with its country.

"Tashkent, Uzbekistan", "DHAKA (Bangladesh)", "ibu kota Armenia, Yerevan",
"Kuala Lumpur, ibu kota Malaysia", "kota di Indonesia, antara lain Jakarta, Bandung ...".
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import country_of, in_another_country
from kg.extract.model import Mention

__all__ = ["extract_locations"]

_CITYISH = ("City", "Place")
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
        _city_list(ctx, sent, ms)


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


def _pair(ctx: Context, sent, a: Mention, b: Mention, between: list[str]) -> None:
    rule = f"{ctx.lang}.locatedIn"
    if a.type in _CITYISH and b.type == "Country" and not b.is_demonym:
        if between == [","] or between == ["("]:
            ctx.add(a, "locatedIn", b, rule=f"{rule}.apposition", confidence=0.85, sent=sent)
            ctx.literal_places.add(a.index)
            return
        if between and between[0] == "," and _is_capital_words(ctx, between[1:]):
            ctx.add(a, "locatedIn", b, rule=f"{rule}.capital-of", confidence=0.9, sent=sent)
            ctx.literal_places.add(a.index)
            return
    if a.type in _CITYISH and b.type == "Country" and b.is_demonym and between[:1] == [","]:
        after = [t.text for t in ctx.doc[b.tok_end : b.tok_end + 1]]
        if _is_capital_words(ctx, after):  # "Addis Ababa, the Ethiopian capital"
            ctx.add(a, "locatedIn", b, rule=f"{rule}.demonym-capital", confidence=0.85, sent=sent)
            ctx.literal_places.add(a.index)
            return
    if a.type == "Country" and b.type in _CITYISH and between and between[-1] == ",":
        before = [t.text for t in ctx.doc[max(sent.start, a.tok_start - 3) : a.tok_start]]
        if _is_capital_words(ctx, before):
            ctx.add(b, "locatedIn", a, rule=f"{rule}.capital-of", confidence=0.9, sent=sent)
            ctx.literal_places.add(b.index)


def _address(ctx: Context, sent, ms: list[Mention]) -> None:
    """ "Shah Alam, Selangor, Malaysia", "Kota X, Provinsi Y, Indonesia": a city written with
    its region(s) and then its country, each after a single comma, lies in that country. A
    region or the city that the gazetteer puts in another country means the commas made a
    list, not an address."""
    city = ms[0]
    if city.type not in _CITYISH or len(ms) < 3:
        return
    country = None
    for prev, nxt in zip(ms, ms[1:], strict=False):
        if [t.text for t in ctx.doc[prev.tok_end : nxt.tok_start]] != [","]:
            return
        if nxt.type == "Country":
            country = nxt
            break
        if nxt.is_demonym or not (nxt.type == "Region" or (nxt.type == "Place" and not nxt.kb_id)):
            return  # a known city or place after a comma makes a list
    if country is None or country.is_demonym or country is ms[1] or not country.kb_id:
        return
    on_the_way = [city, *ms[1 : ms.index(country)]]
    if any(country_of(m) not in (None, country.kb_id) for m in on_the_way):
        return
    ctx.add(
        city, "locatedIn", country, rule=f"{ctx.lang}.locatedIn.address", confidence=0.8, sent=sent
    )
    ctx.literal_places.add(city.index)


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
