"""A teaser sentence under a widget's headline belongs to the widget where the page sets its
paragraphs apart by blank lines; where it does not, a sentence after the last headline is the
story again."""

from __future__ import annotations

from kg.ingest.boilerplate import find_boilerplate

STORY = (
    "Foreign Minister Rizal Hakim landed in Lima on Tuesday and will stay until Friday, aides "
    "of the minister said in a statement."
)
LAST = "Rizal Hakim then flies on to Santiago, where Juan Perez hosts the trade talks."
TEASER = "The port strike in Quito entered its third week, with talks on state radio stalled."


def _masked(text: str) -> str:
    return " ".join(text[s.start : s.end] for s in find_boilerplate(text))


def test_a_teaser_under_a_recommended_headline_is_masked_on_a_spaced_page():
    text = "\n\n".join([STORY, STORY.replace("Tuesday", "Monday"), STORY.replace("Lima", "Cusco")])
    text += "\n\nKAVOO RECOMMENDS\nPort strike drags on\n" + TEASER + "\n\n" + LAST
    masked = _masked(text)
    assert "Port strike drags on" in masked
    assert "state radio" in masked
    assert "Rizal Hakim" not in masked and "Santiago" not in masked  # control: the story stays


def test_a_sentence_after_the_headlines_is_story_on_a_page_without_blank_lines():
    text = "\n".join([STORY, STORY.replace("Tuesday", "Monday"), STORY.replace("Lima", "Cusco")])
    text += "\nKAVOO RECOMMENDS\nPort strike drags on\n" + TEASER + "\n" + LAST
    masked = _masked(text)
    assert "Port strike drags on" in masked  # positive control: the block is read
    assert "state radio" not in masked
