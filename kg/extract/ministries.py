"""A minister's title names a ministry: "Menteri Perdagangan X" heads "Kementerian
Perdagangan", "Trade Minister Y" the "Ministry of Trade", "Wakil Menteri Dalam Negeri Z" is a
deputy at "Kemendagri". Where the text names that ministry itself, in the title's sentence or
the one before or after, the holder is an official of it.

The title alone says which ministry only in words; the ministry's own names (the gazetteer's,
in both languages) say which entity. The two meet on the ministry's field: the words of the
title after "Menteri"/"Minister" (or before it, in English), or the letters of an
abbreviation after "Men-" ("Mendag": "Kemendag"). Nothing is read when the document names no
such ministry, or when the title names a country the ministry is not of.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.model import Mention
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.lexicon import cue_words
from kg.nlp.people import load_people

__all__ = ["extract_ministry_offices", "ministry_keys"]


def extract_ministry_offices(ctx: Context) -> None:
    """Add "X officialOf <ministry>" for each titled person whose title names a ministry the
    document names as an entity. A former office (the ``former`` cue in the title) is none."""
    ministries = _ministries(ctx)
    if not ministries:
        return
    former = cue_words(ctx.lang, "former")
    for m in ctx.mentions:
        if m.type != "Person" or m.is_pronoun or not m.title:
            continue
        start = ctx.starts_at(m)
        before = ctx.doc[max(0, start - 2) : start]
        if any(w in former for w in m.title.lower().split()) or any(
            t.lower_ in former for t in before
        ):
            continue  # "mantan Menteri Perdagangan X": an office no longer held
        keys = ministry_keys(m.title)
        countries = _title_countries(ctx, m)
        for ministry, names, country in ministries:
            if abs(ministry.sent_index - m.sent_index) > _NEAR:
                continue  # a ministry named far from the title is another paragraph's topic
            if keys & names and (not countries or country in countries):
                ctx.add(
                    m,
                    "officialOf",
                    ministry,
                    rule=f"{ctx.lang}.officialOf.ministry",
                    confidence=0.85,
                    sent=ctx.doc[m.tok_start].sent,
                    title=m.title,
                )


#: Sentences apart a titled name and its ministry may stand.
_NEAR = 1


def _ministries(ctx: Context) -> list[tuple[Mention, frozenset[str], str | None]]:
    """The mentions of ministries in the document (gazetteer organisations called "Ministry
    ..."), each with all the ministry's names in lower case and its country."""
    gaz = load_gazetteer()
    found: list[tuple[Mention, frozenset[str], str | None]] = []
    for m in ctx.mentions:
        entry = gaz.get(m.kb_id) if m.kb_id and m.type == "Organization" else None
        if entry is None or "ministry" not in entry.name.lower():
            continue
        names = {entry.name.lower(), m.text.lower()}
        names.update(n.lower() for ns in entry.names.values() for n in ns)
        found.append((m, frozenset(names), entry.country))
    return found


def _title_countries(ctx: Context, m: Mention) -> set[str]:
    """The countries named inside the person's title phrase ("Menteri Luar Negeri Rusia"), and
    those the text already made the person an official of ("Foreign Minister X of Peru");
    failing both, the country the base of notable people gives the person, which can only
    keep a ministry of another country from being read (world knowledge adds nothing)."""
    named = {
        c.kb_id
        for k in range(ctx.starts_at(m), m.tok_start)
        if (c := ctx.at.get(k)) is not None and c.type == "Country" and c.kb_id
    }
    person = {m.index, ctx.resolve(m).index}
    held = {
        o.kb_id
        for r in ctx.relations
        if r.predicate == "officialOf"
        and r.subject in person
        and (o := ctx.mentions[r.object]).type == "Country"
        and o.kb_id
    }
    known = load_people().lookup(m.text)  # a veto only: "Menlu Y" of a country the base knows
    if known is not None and known.country and not (named | held):
        return {f"iso3166:{known.country}"}
    return named | held


#: Words before the title proper that leave the ministry the same.
_RANKS = frozenset({"wakil", "deputy", "vice", "junior", "state"})


def ministry_keys(title: str) -> set[str]:
    """Names a ministry may go by that the title points to, in lower case: "Menteri Dalam
    Negeri" gives "kementerian dalam negeri"; "Trade Minister" gives "ministry of trade" and
    "trade ministry"; "Mendagri" gives "kemendagri". Each prefix of the words after the title
    word is tried, since a country or a holder's word may follow the field."""
    words = [w.strip("()") for w in title.lower().replace("-", " ").split()]
    words = [w for w in words if w and w not in _RANKS]
    keys: set[str] = set()
    for i, word in enumerate(words):
        after = words[i + 1 :]
        if word == "menteri":
            keys.update("kementerian " + " ".join(after[:k]) for k in range(1, len(after) + 1))
        elif word.startswith(("men", "wamen")) and len(word) > 4 and word not in _WORDS:
            stem = word.removeprefix("wa").removeprefix("men")
            keys.update({"kemen" + stem, "kem" + stem})  # "Mendag": "Kemendag", "Menhan": "Kemhan"
        elif word == "minister":
            before = words[:i]
            keys.update(" ".join(before[-k:]) + " ministry" for k in range(1, len(before) + 1))
            keys.update("ministry of " + " ".join(before[-k:]) for k in range(1, len(before) + 1))
            if after[:1] in (["of"], ["for"]):
                rest = after[1:]
                keys.update(
                    f"ministry {after[0]} " + " ".join(rest[:k]) for k in range(1, len(rest) + 1)
                )
    return keys


#: Words that start like an abbreviated title but are none.
_WORDS = frozenset({"menteri", "mentri", "meninggal", "menjabat", "menurut"})
