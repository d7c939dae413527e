"""Boilerplate by shape: outlet datelines and credit lines, without blanking story text."""

from __future__ import annotations

from kg.ingest.boilerplate import find_boilerplate


def _masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_boilerplate(text)]


STORY = "Presiden Ghana Nana Akufo-Addo tiba di Nairobi pada Selasa untuk kunjungan tiga hari."


def test_site_in_dateline_is_masked_and_city_kept():
    for head, site in (
        ("NAIROBI, BERITASATU.com - ", "BERITASATU.com"),
        ("Okezone.com, Nairobi - ", "Okezone.com"),
    ):
        masked = _masked(head + STORY)
        assert (site, "agency") in masked
        assert not any("NAIROBI" in t.upper() and t != site for t, _ in masked)


def test_credit_lines_masked_story_sentence_starting_like_a_credit_kept():
    text = (
        f"{STORY}\n\n"
        "Sumber di kementerian mengatakan kunjungan itu sudah direncanakan sejak awal tahun ini.\n"
        "Foto: Kantor Berita Kenya/Ahmed\n"
        "Penulis: Rina\n"
    )
    masked = [t for t, kind in _masked(text) if kind == "credit"]
    assert "Foto: Kantor Berita Kenya/Ahmed" in masked and "Penulis: Rina" in masked
    assert not any(t.startswith("Sumber di") for t in masked)


def test_a_timestamp_line_is_masked_a_dated_story_sentence_kept():
    dated = (
        "Pertemuan pada 10/02/2020 pukul 16.05 itu berlangsung lama di Nairobi bersama para "
        "menteri kabinet kedua negara."
    )
    text = f"Berita Kita - 10/02/2020, 16:05 WIB\n\n{STORY}\n\n{dated}\n"
    masked = _masked(text)
    assert ("Berita Kita - 10/02/2020, 16:05 WIB", "credit") in masked
    assert not any(t.startswith("Pertemuan") for t, _ in masked)


def test_a_credit_closing_a_caption_is_masked_and_the_caption_kept():
    caption = "Presiden Ghana tiba di Nairobi, Selasa (9/1/2023)."
    text = f"{caption} KANTOR FOTO/Budi Santoso/abc.\n\n{STORY} [Foto via Reuters]\n"
    masked = _masked(text)
    assert ("KANTOR FOTO/Budi Santoso/abc.", "credit") in masked
    assert ("[Foto via Reuters]", "credit") in masked
    assert not any("Presiden" in t for t, _ in masked)  # control: the caption and story stay


def test_the_dateline_after_a_caption_still_loses_its_agency():
    text = (
        "Presiden Ghana (kanan) dan Presiden Kenya berbincang di beranda Istana Negara di "
        "Nairobi, Kenya, Selasa (9/1/2023), sebelum pertemuan bilateral kedua negara.\n\n"
        f"Nairobi (ANTARA) - {STORY}\n"
    )
    masked = _masked(text)
    assert ("(ANTARA)", "agency") in masked
    assert not any("Nairobi" in t for t, _ in masked)  # the dateline's city is story


def test_an_embed_placeholder_line_is_masked():
    masked = _masked(f"{STORY}\n\n[Gambas:Video Berita]\n\n{STORY[:40]} lagi [kata dia].\n")
    assert ("[Gambas:Video Berita]", "embed") in masked
    assert not any("lagi" in t for t, _ in masked)


def test_a_marker_is_read_past_a_list_bullet():
    text = (
        f"{STORY}\n\n"
        "* Follow Official WhatsApp Channel Contoh.com untuk mendapatkan berita terkini.\n\n"
        "* Menteri itu tiba di Nairobi pada Senin pagi bersama rombongan kecil.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert any(t.startswith("* Follow Official WhatsApp") for t in masked)
    assert not any("Menteri itu tiba" in t for t in masked)  # a bulleted story line stays


def test_consent_banners_and_subscription_prompts_are_masked_not_a_story_about_them():
    story_about_cookies = (
        "The regulator said on Tuesday that sites must let users reject cookies as easily as "
        "they accept them, a rule that takes effect in March across the bloc."
    )
    text = (
        f"{STORY}\n\n{story_about_cookies}\n\n"
        "We use cookies to give you a better experience. Accept All Cookies | Cookie Settings\n"
        "Accept all | Manage preferences\n"
        "Berlangganan Koran Harian\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert any(t.startswith("We use cookies") for t in masked)
    assert "Accept all | Manage preferences" in masked
    assert "Berlangganan Koran Harian" in masked
    assert not any(t.startswith(("The regulator", "Presiden Ghana")) for t in masked)


EN_STORY = "BRASILIA (Wire) - The Chilean president met the Brazilian president on Friday."


def test_english_site_widgets_are_masked_and_story_kept():
    text = (
        f"{EN_STORY}\n"
        "Related: Peru's president to visit Quito next month\n"
        "The two leaders met for three hours and agreed to follow up on trade.\n"
        "FILE - The Peruvian president speaks in Lima, Jan. 5, 2023. (Wire Photo/Ana Ruiz, File)\n"
        "Follow Wire's coverage of Latin America at https://example.org/hub/latin-america\n"
        "The Wire receives support from several private foundations.\n"
        "Click here to read more about the minister's trip to Bogota.\n"
        "More from World\n"
        "Canada names new foreign minister\n"
    )
    masked = [t for t, _ in _masked(text)]
    for widget in (
        "Related: Peru's president to visit Quito next month",
        "FILE - The Peruvian president speaks in Lima, Jan. 5, 2023. (Wire Photo/Ana Ruiz, File)",
        "Follow Wire's coverage of Latin America at https://example.org/hub/latin-america",
        "The Wire receives support from several private foundations.",
        "Click here to read more about the minister's trip to Bogota.",
        "More from World",
        "Canada names new foreign minister",
    ):
        assert widget in masked, widget
    # control: story lines, including one that follows up and one that mentions more
    assert not any(t.startswith("The two leaders") for t in masked)
    assert not any("Chilean" in t for t in masked)


def test_indonesian_video_teasers_and_recommendation_widgets_are_masked():
    text = (
        f"{STORY}\n"
        "Simak Video 'Menteri Kenya Tinjau Pelabuhan di Mombasa'\n"
        "Kunjungan itu membahas kerja sama perdagangan kopi dan teh.\n"
        "Rekomendasi untuk Anda\n"
        "Gubernur Tinjau Banjir di Kisumu\n"
        "Video Pilihan\n"
        "Presiden Resmikan Jalan Tol di Eldoret\n"
    )
    masked = [t for t, _ in _masked(text)]
    for widget in (
        "Simak Video 'Menteri Kenya Tinjau Pelabuhan di Mombasa'",
        "Rekomendasi untuk Anda",
        "Gubernur Tinjau Banjir di Kisumu",
        "Presiden Resmikan Jalan Tol di Eldoret",
    ):
        assert widget in masked, widget
    assert not any(t.startswith("Kunjungan itu") for t in masked)  # control: story kept


def test_print_notes_widget_headers_and_picture_lines_are_masked():
    text = (
        f"{EN_STORY}\n"
        "Image caption, The Chilean president arrived in Brasilia on Friday\n"
        "The two leaders signed a trade accord.\n"
        "A version of this article appears in print on March 13, 2023, Section A, Page 1 of "
        "the Metro edition with the headline: Peru Leader Meets Ecuador's in Quito.\n"
        "Most viewed\n"
        "Canada names new foreign minister\n"
        "Elsewhere in the Wire\n"
        "Link Copied!\n"
    )
    masked = [t for t, _ in _masked(text)]
    for widget in (
        "Image caption, The Chilean president arrived in Brasilia on Friday",
        "Canada names new foreign minister",
        "Elsewhere in the Wire",
        "Link Copied!",
    ):
        assert widget in masked, widget
    assert any(t.startswith("A version of this article") for t in masked)
    assert not any(t.startswith("The two leaders") for t in masked)  # control: story kept


def test_keep_reading_and_popular_blocks_and_access_offers_are_masked():
    text = (
        "Subscribe for full access to Harian Kita. Get 50% off your first month!\n\n"
        f"{STORY}\n\n"
        "Subscribers to the paper rose by a third last year, the editor said.\n\n"
        "Keep reading\n"
        "Chile beat Peru to finish third in Lima\n"
        "Fans celebrate as Club Norte in talks with Vidal\n\n"
        "BERITA POPULER\n"
        "1. Jadwal Balap Mandalika Bocor?\n"
    )
    masked = {t for t, _ in _masked(text)}
    assert any(t.startswith("Subscribe for full access") for t in masked)
    assert "Chile beat Peru to finish third in Lima" in masked
    assert "Fans celebrate as Club Norte in talks with Vidal" in masked
    assert any("Jadwal Balap Mandalika" in t for t in masked)
    assert not any(t.startswith("Subscribers to the paper") for t in masked)  # a story line
    assert not any(STORY[:20] in t for t in masked)  # control: the story stays


def test_teasers_with_a_colon_and_network_footers_are_masked_and_story_kept():
    text = (
        f"{STORY}\n\n"
        "Read also: Minister warns of cooking-oil price spike\n"
        "Baca: Pilkada Jawa Timur, dua calon adu program\n"
        "Baca selengkapnya laporan itu, kata Rina, sebelum rapat dimulai.\n\n"
        "Kabar Network\n"
        "kabarsatu.co.id | kabarbola | rumah sehat\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert any(t.startswith("Read also:") for t in masked)
    assert any(t.startswith("Baca: Pilkada") for t in masked)
    assert any("Kabar Network" in t for t in masked)
    assert any("kabarsatu.co.id" in t for t in masked)
    assert not any("Baca selengkapnya laporan" in t for t in masked)  # no colon: the story's
    assert not any("Nairobi" in t for t in masked)


def test_editor_picks_pagination_and_writer_lines_are_masked_and_story_kept():
    shapes = (
        "Pilihan Editor: Menteri Bertemu Mitra di Beijing",
        "Halaman selanjutnya",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Writer: Jane Doe",
        "Trending Topics",
    )
    for line in shapes:
        after = "Ia kemudian bertemu Presiden Kenya di Istana Negara, Rabu."
        masked = [t for t, _ in _masked(f"{STORY}\n\n{line}\n\n{after}")]
        assert any(line[:15] in t for t in masked), line
        assert not any("Nairobi" in t or "Istana" in t for t in masked)


def test_an_agency_footer_and_a_syndication_notice_are_masked():
    text = (
        f"{STORY}\n\n"
        "This service may include material from Kantor Berita Nusantara (KBN) and Radio "
        "Selatan which is copyright and cannot be reproduced.\n"
        "Kabar Dunia, the news and media division of Kabar Group, is the world's largest "
        "multimedia news provider.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert any(t.startswith("This service may include") for t in masked)
    assert any(t.startswith("Kabar Dunia, the news") for t in masked)
    assert STORY not in masked  # control: the story stays


def test_an_english_timestamp_line_is_masked_a_story_line_with_a_clock_time_kept():
    story = (
        "The two ministers met at 9:05 AM in Nairobi and talked for three hours about trade, "
        "fisheries and a new ferry link between the two ports."
    )
    stamp = "May 2, 2024 9:05 AM GMT+7 Updated 2 hours ago"
    text = f"Kenya and Ghana sign ferry deal\n\n{stamp}\n\n{story}\n"
    masked = [t for t, _ in _masked(text)]
    assert stamp in masked
    assert story not in masked


def test_a_caption_closed_by_its_photo_credit_is_masked_and_story_kept():
    caption = "A wave crashes over a harbour wall in Tanjung city. Photograph: Harbour Post/Wires"
    story = (
        "The foreign ministers of Kenya and Ghana met in Nairobi on Tuesday to sign a ferry "
        "deal between the two ports, officials said."
    )
    text = f"Kenya and Ghana sign ferry deal\n\n{caption}\n\n{story}\n"
    masked = [t for t, _ in _masked(text)]
    assert caption in masked
    assert not any("Nairobi" in t for t in masked)  # control: the story stays


def test_more_on_this_and_most_viewed_widgets_are_masked_and_story_kept():
    text = (
        f"{STORY}\n\n"
        "More on this:\n"
        "- Norvex shares jump on Oslo debut\n"
        "- Chile's president flies to Lima for copper talks\n\n"
        "Most viewed: Rail strike strands thousands | Mayor opens new bridge to traffic\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert "- Chile's president flies to Lima for copper talks" in masked
    assert any(t.startswith("Most viewed:") for t in masked)
    assert STORY not in masked


def test_a_dotted_clock_time_and_a_closing_copyright_are_masked_and_story_kept():
    text = (
        "Tue 4 Jun 2019 09.15 BST\n\n"
        f"{STORY}\n\n"
        "Shares rose 9.15 percent in Nairobi on Tuesday after the visit was announced.\n\n"
        "Thanks for reading. (c) 2021 Example Network\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert "Tue 4 Jun 2019 09.15 BST" in masked
    assert any(t.endswith("(c) 2021 Example Network") for t in masked)
    assert not any(t.startswith("Shares rose") for t in masked)


def test_see_also_and_outlet_recommends_blocks_take_their_headlines_with_them():
    text = (
        f"{STORY}\n\n"
        "SEE ALSO\n"
        "Flood waters recede in Vardenia as aid arrives\n"
        "Miner strike spreads to the northern coast\n\n"
        "NORDPOST RECOMMENDS\n"
        "Lakemoor governor resigns over bridge contract\n\n"
        "Related content\n"
        "Orchestra of Belmar opens season in Tarvik\n"
    )
    masked = [t for t, _ in _masked(text)]
    for line in (
        "SEE ALSO",
        "Flood waters recede in Vardenia as aid arrives",
        "Lakemoor governor resigns over bridge contract",
        "Orchestra of Belmar opens season in Tarvik",
    ):
        assert line in masked
    assert STORY not in masked


def test_page_tools_disclaimers_and_trust_prompts_are_masked_and_story_kept():
    text = (
        f"{STORY}\n\n"
        "The envoy said the site is not responsible for delays at the border post.\n\n"
        "Email this article   Printable version\n"
        "Bookmark with: Linkpile  Tagly  Snapmark\n"
        "Daily Example is not responsible for the content of linked third-party pages\n"
        "Why you can trust Daily Example\n"
        "We use cookies to measure how readers use these pages.\n"
        "Feedback: Tell the desk what you think.\n"
    )
    masked = [t for t, _ in _masked(text)]
    assert "Email this article   Printable version" in masked
    assert "Bookmark with: Linkpile  Tagly  Snapmark" in masked
    assert any(t.endswith("linked third-party pages") for t in masked)
    assert "Why you can trust Daily Example" in masked
    assert any(t.startswith("We use cookies") for t in masked)
    assert not any("delays at the border post" in t for t in masked)


def test_bylines_without_a_colon_and_publication_labels_are_masked_and_story_kept():
    text = (
        "Published: 8:20pm, 4 May, 2018\n"
        "By Arjun Velmont in Quezon\n"
        "Author Lena Kovar (Agencies)\n\n"
        f"{STORY}\n\n"
        "Editor Hans Morten said the paper would print the full speech on Wednesday.\n"
        "Rep: Dwi Santoso  Red: Agus Rahman\n"
        "Jan 12, 2018 4:52 PM EST\n"
        "(fmi)\n"
    )
    masked = [t for t, _ in _masked(text)]
    for line in (
        "Published: 8:20pm, 4 May, 2018",
        "By Arjun Velmont in Quezon",
        "Author Lena Kovar (Agencies)",
        "Rep: Dwi Santoso  Red: Agus Rahman",
        "Jan 12, 2018 4:52 PM EST",
        "(fmi)",
    ):
        assert line in masked
    assert not any(t.startswith("Editor Hans Morten said") for t in masked)
    assert STORY not in masked


def test_tag_lines_hashtags_follow_labels_and_site_slogans_are_masked():
    text = (
        "Contohberita.com - Tajam dan Terpercaya\n\n"
        f"{STORY}\n\n"
        "Keywords Vardenia, election, Arjun Velmont\n"
        "TOPIK TERKAIT: PEMILU, VARDENIA, ARJUN VELMONT\n"
        "#Pemilu Vardenia #Arjun Velmont\n"
        "Follow Daily Example:\n"
    )
    masked = [t for t, _ in _masked(text)]
    for line in (
        "Contohberita.com - Tajam dan Terpercaya",
        "Keywords Vardenia, election, Arjun Velmont",
        "TOPIK TERKAIT: PEMILU, VARDENIA, ARJUN VELMONT",
        "#Pemilu Vardenia #Arjun Velmont",
        "Follow Daily Example:",
    ):
        assert line in masked
    assert STORY not in masked


def test_credits_inside_caption_lines_are_masked_and_the_captions_kept():
    captions = (
        (
            "Warga mengungsi ke arah perbatasan di dekat Kupang. (Harian Nusa/Budi Rahardjo)",
            "(Harian Nusa/Budi Rahardjo)",
        ),
        (
            "Petugas memeriksa puing di pasar Ende, Kamis (3/4/2025). KANTOR BERITA/Rina Lestari",
            " KANTOR BERITA/Rina Lestari",
        ),
        (
            "The chancellor signs the coalition deal in the Reichstag Image: Anna Vogel/dpa",
            " Image: Anna Vogel/dpa",
        ),
        (
            "Voters queue outside a polling station in Cuenca. © Pedro Salas, AFP",
            " © Pedro Salas, AFP",
        ),
        ("Smoke rises over the harbour after the blast. Getty Images", " Getty Images"),
    )
    for caption, credit in captions:
        text = f"{caption}\n\n{STORY}\n"
        assert (credit, "credit") in _masked(text), caption
        masked_chars = sum(s.end - s.start for s in find_boilerplate(text))
        assert masked_chars == len(credit), caption  # the caption's own words stay story


def test_a_skip_link_heads_a_widget_whose_headlines_are_masked():
    text = (
        f"{STORY}\n\nSkip next section Related topics\nMinister quits over port deal\n"
        "Floods close the coastal road\n\nThe visit ends on Friday in Mombasa.\n"
    )
    masked = _masked(text)
    assert ("Minister quits over port deal", "related") in masked
    assert not any("Mombasa" in m for m, _ in masked)  # the story after the widget stays
