"""Talk over a video link is no meeting ("berbicara melalui konferensi video dengan Y"), as a
phone call is not; the same verb face to face is. All sentences are invented for the test."""

from __future__ import annotations

from tests.conftest import met_between, relations_in


def test_talk_by_video_conference_is_no_meeting():
    rels = relations_in(
        "Menteri Rizal Hakim mengatakan ia telah berbicara melalui konferensi video dengan "
        "Duta Besar Gilang Permadi. Rizal Hakim kemudian bertemu Wulan Sasmita di Medan.",
        "id",
    )
    assert not met_between(rels, "Rizal Hakim", "Gilang Permadi")
    assert met_between(rels, "Rizal Hakim", "Wulan Sasmita")  # control
