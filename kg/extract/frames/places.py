"""Where a place mention lies: its gazetteer country, and whether two places named side by side
are in different countries (a list, not an apposition).
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.model import Mention
from kg.nlp.gazetteer import load_gazetteer

__all__ = ["country_of", "hyphen_paired", "in_another_country"]


def country_of(m: Mention) -> str | None:
    """The gazetteer country of a place mention (itself for a country)."""
    if not m.kb_id:
        return None
    if m.type == "Country":
        return m.kb_id
    entry = load_gazetteer().get(m.kb_id)
    return entry.country if entry is not None else None


def in_another_country(ctx: Context, place: Mention, country: Mention | None) -> bool:
    """The gazetteer puts ``place`` in another country than ``country``: "di Bali, Taiwan
    Disebut ...", "di Bangkok, Malaysia dan Singapura" list them, where "Tashkent, Uzbekistan"
    apposes them."""
    if country is None or ctx.resolve(place).type == "Country":
        return False
    country = ctx.resolve(country)
    home = country_of(ctx.resolve(place))
    return country.type == "Country" and bool(country.kb_id) and home not in (None, country.kb_id)


def hyphen_paired(ctx: Context, m: Mention) -> bool:
    """ "RI-Peru", "Russia-Ukraine": a place joined by a hyphen to the place right after it
    is one side of a pair (a border, a war, a headline's "RI-Peru Sepakat ..."), never the
    country of an address ("di Lima, RI-Peru Sepakat ...")."""
    k = m.tok_end
    if k + 1 >= len(ctx.doc) or ctx.doc[k].text not in ("-", "–"):
        return False
    if ctx.doc[k - 1].whitespace_ or ctx.doc[k].whitespace_:
        return False  # "LIMA, Peru - Karl Berg ...": a dateline's dash, spaced
    return ctx.mention_at(k + 1) is not None
