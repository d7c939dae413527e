"""A title set off between two names belongs to the name before it when the list pairs every
name with a title after it ("A, the US president, B, Australia's prime minister, and C, the
British prime minister"), not to the name after it; after a conjunction ("A, and Chile's
prime minister, B") or a name with its own title ("President A, the Emir of Qatar, B") it
stays the next name's. Each with a control in its text. All sentences are invented for the
test."""

from __future__ import annotations

from tests.conftest import relations_in


def test_each_title_after_a_name_in_a_list_of_pairs_is_that_names():
    rels = relations_in(
        "The pact, announced by Tom Dallas, the US president, Karl Dolin, Australia's prime "
        "minister, and Oscar Dolin, the British prime minister, will give Peru new ships.",
        "en",
    )
    assert ("Karl Dolin", "officialOf", "United States") not in rels
    assert ("Tom Dallas", "officialOf", "United States") in rels
    assert ("Karl Dolin", "officialOf", "Australia") in rels
    assert ("Oscar Dolin", "officialOf", "United Kingdom") in rels  # control


def test_each_title_after_a_name_in_an_indonesian_list_of_pairs():
    rels = relations_in(
        "Hadir pula Rizal Hakim, Ketua Umum Partai Golkar, Gilang Permadi, Ketua Umum PKB, "
        "dan Wulan Sasmita.",
        "id",
    )
    assert ("Rizal Hakim", "officialOf", "Golkar") in rels
    assert ("Gilang Permadi", "officialOf", "Golkar") not in rels
    assert ("Gilang Permadi", "officialOf", "National Awakening Party") in rels


def test_a_title_set_off_before_a_single_name_stays_its():
    rels = relations_in("Perdana Menteri Ethiopia, Karl Dolin, tiba di Lima pada Senin.", "id")
    assert ("Karl Dolin", "officialOf", "Ethiopia") in rels
    assert ("Karl Dolin", "visited", "Lima") in rels  # control


def test_a_title_after_a_conjunction_or_a_titled_name_is_the_next_names():
    rels = relations_in(
        "Among those at the table were Peru's prime minister, Sir Karl Dolin, and Chile's "
        "prime minister, Tom Dallas. On the sidelines, he met Egyptian President Juan Perez, "
        "the Emir of Qatar, Sheikh Oscar Dolin, and King Gilang Permadi of Bahrain.",
        "en",
    )
    assert ("Tom Dallas", "officialOf", "Chile") in rels
    assert ("Karl Dolin", "officialOf", "Peru") in rels
    assert ("Oscar Dolin", "officialOf", "Qatar") in rels
    assert ("Juan Perez", "officialOf", "Qatar") not in rels
