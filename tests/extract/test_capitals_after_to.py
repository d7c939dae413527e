"""A capital after "to" is a place only after a word of motion a few words before it ("flew to
X", "a rare visit by a premier to X") or in a list of stops that began with one ("heads to
P, and to X"); "channels to X", "bowing to X", "the valley passes to X" name its government,
so a text that never uses the capital as a place has its country there, not the city.

Sentences written for these tests, with real capitals (the gazetteer's); they run the real
pipelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import types_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers accused the minister of bowing to Lima over the fishing dispute.",
        "Under the accord, the disputed valley passes to Quito while Peru keeps the river.",
        "Karl Lindgren argued that channels to Santiago must stay open.",
    ],
)
def test_a_capital_after_to_without_motion_is_its_country(text):
    types = types_in(text, "en")
    capital = next(c for c in ("Lima", "Quito", "Santiago") if c in text)
    assert "City" not in types.get(capital, set()), types
    country = {"Lima": "Peru", "Quito": "Ecuador", "Santiago": "Chile"}[capital]
    assert "Country" in types.get(country, set()), types  # the capital's country is there


@pytest.mark.parametrize(
    "text",
    [
        "Karl Lindgren flew back to Lima on Monday after the talks.",
        "The minister's first trip abroad to Quito ended on Friday.",
        "Oscar Lindgren was deported to Santiago last year.",
        "It was a rare visit by a Peruvian president to Quito, officials said.",
        "Karl Lindgren then heads to Cusco, Peru, to mark the day, and to Lima for talks.",
    ],
)
def test_a_capital_after_a_word_of_motion_and_to_is_the_city(text):
    types = types_in(text, "en")
    capital = next(c for c in ("Lima", "Quito", "Santiago") if c in text)
    assert "City" in types.get(capital, set()), types
