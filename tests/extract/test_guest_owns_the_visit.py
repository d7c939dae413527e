"""A visit noun with a possessive clitic after a host's verb ("X menjamu Y ..., dalam lawatan
perdananya ke P") is the guest's visit, not the host's; a portfolio word the model glued to an
office holder after "untuk" ("Wakil Sekretaris Jenderal Kavoo untuk Pertanian X") is the
title's field. Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import labels_in, relations_in


def test_the_received_guest_owns_the_visit_not_the_host():
    rels = relations_in(
        "Gubernur Rizal Hakim menjamu Perdana Menteri Peru Tom Dallas di Balai Kota Garut, "
        "Sabtu pagi, dalam lawatan resmi perdananya ke Indonesia.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Indonesia") in rels
    assert ("Rizal Hakim", "met", "Tom Dallas") in rels  # control
    assert ("Rizal Hakim", "visited", "Indonesia") not in rels


def test_a_portfolio_word_after_untuk_is_the_titles_field():
    labels = labels_in(
        "Rizal Hakim datang didampingi Wakil Sekretaris Jenderal Kavoo untuk Pertanian Tom "
        "Dallas, lalu memuji program irigasi di Garut.",
        "id",
    )
    assert "Tom Dallas" in labels
    assert "Rizal Hakim" in labels  # control
    assert "Pertanian Tom Dallas" not in labels
