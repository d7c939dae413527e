"""A regency goes by its name's initials ("Kabupaten Timor Tengah Utara ... Kabupaten TTU"):
the initials, bare or after the region's head word, are the place the document names in full;
a body named with them ("DPRD TTU") stays a body. Each with a control in its text. All
sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in


def test_a_regency_named_by_its_initials_is_the_regency():
    labels = labels_in(
        "Bupati Timor Tengah Utara Rizal Hakim meninjau pasar di Kabupaten Timor Tengah Utara, "
        "Senin. Menurut Rizal, warga Kabupaten TTU banyak berdagang di pasar itu. DPRD TTU "
        "mendukung rencana itu.",
        "id",
    )
    assert "North Central Timor Regency" in labels  # control: the regency, linked
    assert "DPRD TTU" in labels  # control: the body keeps its own node
    assert "Kabupaten TTU" not in labels
