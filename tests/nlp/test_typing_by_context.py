"""Types the words around a name give it where the small English model guessed another: a
name right after "in" or "near" is a place (English says "with X", "to X", "X's" of people).
Sentences written for the tests (no article's names or sentences), each with a positive
control in the same text.
"""

from __future__ import annotations

import pytest

from tests.conftest import span_labels_in

pytestmark = pytest.mark.slow


def test_an_unknown_name_right_after_in_is_a_place_not_a_person():
    types = span_labels_in(
        "Troops struck a camp in Kirby Lonsdale on Wednesday, officials said. In Tom Dallas's "
        "view, the strike was a mistake.",
        "en",
    )
    assert types["Kirby Lonsdale"] == "Place"
    assert types["Tom Dallas"] == "Person"  # control: "in X's view" is a person's
