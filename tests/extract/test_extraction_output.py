"""What extract hands to resolve is frozen, and carries what the rules found about places."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from kg.extract.model import Extraction, Mention, Relation


def test_extract_output_is_frozen():
    m = Mention(0, 0, 7, "Jakarta", "City", 0, 1, 0)
    r = Relation(1, "visited", 0, "id.visited.test", 0.9, 0, 20, 0, 20)
    extraction = Extraction("id", [m], [r])
    assert isinstance(extraction.mentions, tuple) and extraction.relations == (r,)
    assert replace(m, literal_place=True).literal_place  # control: copies are how to change
    with pytest.raises(FrozenInstanceError):
        m.literal_place = True
    with pytest.raises(FrozenInstanceError):
        r.date = "2024-03-07"
    with pytest.raises(FrozenInstanceError):
        extraction.mentions = ()


@pytest.mark.slow
def test_places_used_as_places_are_marked_in_the_output():
    """The rules' literal-place findings (kept on the Context while they run) reach the
    mentions resolve reads: "tiba di Jakarta" is a place; "Washington menyambut" is not."""
    from kg.extract import extract
    from kg.ingest import read_text
    from kg.nlp import analyze

    text = (
        "Presiden Kenya William Ruto tiba di Jakarta pada Senin.\n\n"
        "Ruto kemudian mengunjungi Bandung pada Selasa.\n\n"
        "Washington menyambut baik keputusan itu."
    )
    extraction = extract(analyze(read_text(text, lang="id")), "id")
    literal = {m.text: m.literal_place for m in extraction.mentions}
    assert literal["Jakarta"] is True  # "di Jakarta": the mention builder says so
    assert literal["Bandung"] is True  # "mengunjungi Bandung": the visit frame says so
    assert literal["Washington"] is False
