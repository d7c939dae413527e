"""A place the text puts in a country, or in a province or state of one ("Mérida, Venezuela",
"di Tokoria, Jawa Barat"), is that country's: the gazetteer's namesake elsewhere gives it no
identifier. It takes the namesake in the named country when the gazetteer has one (and its
bare mentions in the document mean that one too), or that mention stays a place without a
link. A list of places names no country for its first one, nor does a country that owns the
next place ("X, Chile's Atacama Region"). Each with a control in its text. People in the
sentences are invented for the test; the places are the gazetteer's namesakes, or invented."""

from __future__ import annotations

from kg.nlp.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from tests.conftest import relations_in


def identifiers_in(text: str, lang: str) -> dict[str, set[str]]:
    """label -> the gazetteer identifiers (dcterms:identifier) of the nodes so labelled."""
    import kg

    g = kg.KnowledgeGraph()
    g.add_text(text, lang=lang)
    found: dict[str, set[str]] = {}
    for label, ident in g.query(
        """SELECT ?l ?id WHERE { ?e rdfs:label ?l . OPTIONAL { ?e dcterms:identifier ?id } }"""
    ):
        found.setdefault(str(label), set()).add(str(ident) if ident else "")
    return found


def countries(idents: set[str]) -> set[str | None]:
    gazetteer = load_gazetteer()
    return {(e.country if (e := gazetteer.get(i)) else None) for i in idents}


def test_a_city_named_with_its_country_takes_that_countrys_namesake_everywhere():
    ids = identifiers_in(
        "Tom Dallas arrived in Mérida, Venezuela, on Monday. Mérida welcomed him.", "en"
    )
    assert countries(ids["Mérida"]) == {"iso3166:VE"}
    control = identifiers_in("Tom Dallas arrived in Mérida on Monday.", "en")
    assert countries(control["Mérida"]) == {"iso3166:MX"}  # the gazetteer's first namesake


def test_a_city_whose_country_has_no_namesake_stays_unlinked():
    text = "Tom Dallas stayed in Cusco, Portugal, on Monday."
    assert identifiers_in(text, "en")["Cusco"] == {""}  # not the gazetteer's Cusco in Peru
    assert ("Tom Dallas", "visited", "Cusco") in relations_in(text, "en")
    control = identifiers_in("Tom Dallas stayed in Cusco on Monday.", "en")
    assert countries(control["Cusco"]) == {"iso3166:PE"}


def test_a_list_of_places_names_no_country_for_its_first():
    listed = identifiers_in("Tom Dallas pernah berkunjung ke Cusco, Portugal dan Spanyol.", "id")
    assert countries(listed["Cusco"]) == {"iso3166:PE"}
    apposed = identifiers_in("Tom Dallas tiba di Cusco, Portugal, pada 2019.", "id")
    assert apposed["Cusco"] == {""}  # control: set off alone, the country is the town's


def test_a_country_that_owns_the_next_place_is_no_apposition():
    rels = relations_in(
        "Cusco, Chile's Atacama Region sign a water pact. Tom Dallas arrived in Cusco on "
        "Monday. Arequipa, Chile's tourist hub, welcomed him on Tuesday.",
        "en",
    )
    assert ("Arequipa", "locatedIn", "Chile") in rels  # control: a description after the mark
    assert ("Cusco", "locatedIn", "Chile") not in rels


TOKORIA_TOWN = GazetteerEntry(
    "geonames:9990101", "City", "Tokoria", names={"en": ("Tokoria",)}, country="iso3166:MY"
)
TOKORIA_REGENCY = GazetteerEntry(
    "idregency:tokoria",
    "Region",
    "Tokoria Regency",
    names={"en": ("Tokoria Regency",), "id": ("Kabupaten Tokoria",)},
    country="iso3166:ID",
)


def test_the_namesake_in_a_country_is_its_town_or_its_regency():
    gazetteer = Gazetteer([TOKORIA_TOWN, TOKORIA_REGENCY])
    assert gazetteer.lookup("Tokoria") is TOKORIA_TOWN  # the bare name's first reading
    assert gazetteer.named_in("Tokoria", "iso3166:ID") is TOKORIA_REGENCY
    assert gazetteer.named_in("Tokoria", "iso3166:MY") is TOKORIA_TOWN
    assert gazetteer.named_in("Tokoria", "iso3166:PE") is None


def test_a_former_state_names_no_country_to_relink_to():
    # East Germany is no present-day country: the state keeps the gazetteer's link
    ids = identifiers_in("Tom Dallas dibesarkan di negara bagian Thüringen, Jerman Timur.", "id")
    assert countries(ids["Thüringen"]) == {"iso3166:DE"}
    control = identifiers_in("Tom Dallas tiba di Cusco, Portugal, pada 2019.", "id")
    assert control["Cusco"] == {""}
