"""A regency goes by its name's initials ("Kabupaten Tokoria Barat Daya ... Kabupaten TBD"):
the initials, bare or after the region's head word, are the place the document names in full;
a body named with them ("DPRD TBD") stays a body. Each with a control in its text. All
sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in


def test_a_regency_named_by_its_initials_is_the_regency():
    labels = labels_in(
        "Bupati Tokoria Barat Daya Rizal Hakim meninjau pasar di Kabupaten Tokoria Barat Daya, "
        "Senin. Menurut Rizal, warga Kabupaten TBD banyak berdagang di pasar itu. DPRD TBD "
        "mendukung rencana itu.",
        "id",
    )
    assert "Kabupaten Tokoria Barat Daya" in labels  # control: the regency
    assert "DPRD TBD" in labels  # control: the body keeps its own node
    assert "Kabupaten TBD" not in labels
