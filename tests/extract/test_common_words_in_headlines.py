"""One common word capitalised only because a Title Case headline capitalises every word
("Petani Peru Tolak Rencana Tambang di Lereng Gunung") is no name, as at a sentence's start; a
name in the same headline stays, and so does the word where the story writes it capitalised
inside a sentence. All sentences are invented for the test."""

from __future__ import annotations

from tests.extract.test_precision import _mention_texts

# thirteen words: longer than the short lines whose names count only when the story tells them
HEADLINE = "Petani Peru Tolak Rencana Tambang di Lereng Gunung Dekat Cusco yang Dinilai Merusak"


def test_a_common_word_of_a_title_case_headline_is_no_entity():
    # the model's entities: "Peru", "Tambang" (a common word), "Cusco"
    found = _mention_texts(
        f"{HEADLINE}\n\nPresiden Rizal Hakim tiba di Lima, Senin.",
        [(1, 2, "Country"), (4, 5, "Organization"), (9, 10, "City")],
    )
    assert {"Peru", "Cusco"} <= found  # control: names in the same headline
    assert "Tambang" not in found


def test_a_common_word_the_story_capitalises_in_a_sentence_stays():
    found = _mention_texts(
        f"{HEADLINE}\n\nWarga menolak rencana PT Tambang di desa itu.",
        [(4, 5, "Organization")],
    )
    assert "Tambang" in found
