"""A police or military post named by its compound word ("di Mapolres", "ke Mapolda Jawa
Barat") is a facility, and a law ("Undang-Undang Kehutanan", "UU Pemilu") a document: no
entity, so no visit to either. Each with a control in its text. All sentences are invented for
the test."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in

TEXT = (
    "Kapolres Garut AKBP Rizal Hakim menjelaskan di Mapolres bahwa pelaku dijerat "
    "Undang-Undang Perikanan. Sehari sebelumnya Rizal meninjau lokasi penangkapan di Bandung. "
    "Pelaku dipindahkan ke Mapolda Jawa Barat. Menurut UU Pemilu, KPU Garut harus siap."
)


def test_a_police_post_and_a_law_are_no_entities():
    labels = labels_in(TEXT, "id")
    assert "Rizal Hakim" in labels and "KPU Garut" in labels  # control
    assert not any(label.startswith(("Mapol", "Undang", "UU ")) for label in labels)


def test_a_statement_at_a_police_post_is_no_visit():
    rels = relations_in(TEXT, "id")
    assert ("Rizal Hakim", "visited", "Bandung") in rels  # control
    assert not any(o.startswith("Mapol") for _, p, o in rels if p == "visited")
