"""A plan said to come true is no hedge: "tetap terbang ke P sesuai rencana", "tiba seperti
direncanakan" are trips stated as fact, while "menurut rencana" and a bare "rencana" still
hedge. Each with a control in its text. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_a_trip_as_planned_is_a_trip():
    rels = relations_in(
        "Juru bicara Rizal Hakim menegaskan bahwa Kanselir Tom Dallas tetap akan berkunjung ke "
        "Ekuador dan Kolombia bulan ini sesuai rencana. Kemarin Wulan Sasmita tiba di Lima "
        "seperti direncanakan.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Ecuador") in rels
    assert ("Tom Dallas", "visited", "Colombia") in rels
    assert ("Wulan Sasmita", "visited", "Lima") in rels


def test_a_plan_not_said_to_come_true_still_hedges():
    rels = relations_in(
        "Tom Dallas tiba di Quito pada Senin. Menurut rencana, ia akan berkunjung ke Lima "
        "pekan depan.",
        "id",
    )
    assert ("Tom Dallas", "visited", "Quito") in rels  # control
    assert ("Tom Dallas", "visited", "Lima") not in rels
