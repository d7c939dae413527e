"""An office whose fields are listed with commas ("Kepala Pusat Pendidikan, Pelatihan,
dan Komunikasi Publik BNPB X") is one title phrase: its holder is the body at its end. A list
of people parted the same way is no title."""

from __future__ import annotations

from tests.conftest import relations_in


def test_an_office_with_a_list_of_fields_reaches_its_body():
    rels = relations_in(
        "Kepala Pusat Pendidikan, Pelatihan, dan Komunikasi Publik BNPB Rizal Hakim menghitung "
        "40 rumah rusak di Garut.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "National Disaster Management Agency") in rels


def test_people_listed_with_commas_hold_no_title_of_the_last():
    rels = relations_in(
        "Rizal Hakim, Wulan Sasmita, dan Kepala BNPB Tom Dallas meninjau Palu pada Senin.", "id"
    )
    assert ("Tom Dallas", "officialOf", "National Disaster Management Agency") in rels  # control
    assert ("Wulan Sasmita", "officialOf", "National Disaster Management Agency") not in rels
    assert ("Rizal Hakim", "officialOf", "National Disaster Management Agency") not in rels
