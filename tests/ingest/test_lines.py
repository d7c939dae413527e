"""One line model for ingest: boilerplate masking and metadata reading walk the same lines."""

from __future__ import annotations

from kg.ingest import boilerplate, metadata
from kg.ingest.lines import Line, lines

TEXT = (
    "Beranda > Dunia\n\n"
    "  Menteri Luar Negeri Retno Marsudi tiba di Astana pada Selasa untuk kunjungan dua hari, "
    "katanya kepada wartawan “di bandara”\n"
    "Baca juga"
)


def test_lines_keep_offsets_into_the_text():
    found = list(lines(TEXT))
    assert [TEXT[x.start : x.end] for x in found] == [x.text for x in found]
    assert [x.after_blank for x in found] == [False, True, False]


def test_a_story_paragraph_may_end_with_a_closing_curly_quote():
    nav, story, tail = lines(TEXT)
    assert story.is_story  # ends with ” (the copy in boilerplate.py did not know it)
    assert not nav.is_story and not tail.is_story  # short lines are never the story


def test_boilerplate_and_metadata_share_the_model():
    assert boilerplate.Line is Line and metadata.Line is Line
    assert boilerplate.lines is lines and metadata.lines is lines
