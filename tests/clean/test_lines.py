"""Line roles on small invented dumps: where the article text begins."""
from __future__ import annotations

from lagebild.clean.features import describe
from lagebild.clean.lines import _announced_list_items, content_by_region, label_lines

PARAGRAPHS = [
    "Den Boden aus Mehl, Butter und Zucker kneten und in die gefettete Form drücken, dabei einen Rand hochziehen.",
    "Die Füllung glatt rühren, auf dem Boden verteilen und den Kuchen etwa eine Stunde lang im Ofen backen.",
    "Wenn der Kuchen ausgekühlt ist, den Guss darüber geben und alles über Nacht im Kühlschrank fest werden lassen.",
]

CLOSING = [
    "Zum Servieren den Kuchen in zwölf Stücke schneiden und mit etwas geschlagener Sahne auf den Tisch bringen.",
    "Im Kühlschrank hält sich der Kuchen gut abgedeckt drei Tage lang, am zweiten Tag schmeckt er am besten.",
    "Wer es fruchtiger mag, legt vor dem Backen noch eine Schicht Beeren auf den Boden und nimmt dafür etwas "
    "weniger Zucker in die Füllung, damit der Kuchen nicht zu süß wird und die Früchte gut zur Geltung kommen.",
]


def _labels(raw: list[str]) -> list[str]:
    lines = describe(raw, "de")
    return label_lines(lines, content_by_region(lines))


def test_short_sentence_right_above_the_prose_is_body():
    labels = _labels(["Startseite", "Rezepte", "Für eine 26er Form.", *PARAGRAPHS, "Impressum"])
    assert labels[2] == "body"
    assert labels[0] != "body" and labels[-1] != "body"


def test_deck_shaped_line_above_the_prose_stays_with_the_head():
    """Four words or more without digits right above the first paragraph: a standfirst, which the
    head of the article labels as the teaser when a title stands above it."""
    labels = _labels(["Startseite", "Rezepte", "Das kennt doch jeder!", *PARAGRAPHS])
    assert labels[2] != "body"


def test_labelled_meta_line_above_the_prose_is_no_sentence():
    labels = _labels(["Startseite", "Lesedauer: 3 Min.", *PARAGRAPHS])
    assert labels[1] != "body"


def test_menu_line_above_the_prose_stops_the_extension():
    labels = _labels(["Erst 1 Satz.", "Rezepte", *PARAGRAPHS])
    assert labels[0] != "body"


def test_items_after_marker_lines_stay_in_the_announced_list():
    """Recipe widgets put a checkbox or an amount on a line of its own before each item."""
    raw = [*PARAGRAPHS, "Zutaten", "▢", "200 g Mehl", "▢", "100 g Butter", "1", "Prise Salz",
           *CLOSING]
    labels = _labels(raw)
    assert [labels[i] for i in (5, 7)] == ["body", "body"]
    assert labels[4] != "body"


def test_a_dash_line_is_an_empty_table_cell_not_a_list_marker():
    raw = [*PARAGRAPHS, "Zutaten", "200 g Mehl", "-", "Größe ca. 10 cm", *CLOSING]
    labels = _labels(raw)
    assert labels[4] == "body"
    assert labels[6] != "body"


def test_a_long_unpunctuated_line_is_no_list_item():
    code = " ".join(["document.addEventListener(load);"] + ["var x = y"] * 8)
    lines = describe(["Zutaten", "200 g Mehl", code], "de")
    assert _announced_list_items(lines) == [False, True, False]


def test_list_announced_by_the_last_paragraph_ends_the_article():
    raw = [*PARAGRAPHS, *CLOSING[:2], "Wer den Kuchen zum Kaffee am Nachmittag servieren möchte, dem passen als Beilage dazu zum Beispiel diese Dinge aus der Küche:", "Vanillesoße", "Schlagsahne",
           "Ein Glas Milch.", "Weitere Rezepte", "Datenschutz"]
    labels = _labels(raw)
    assert labels[5] == "body"
    assert [labels[i] for i in (6, 7, 8)] == ["body", "body", "body"]
    assert labels[9] != "body" and labels[10] != "body"


def test_labelled_captions_are_captions_not_headings():
    """Broadcaster pages prefix each caption with a hidden label ("Image caption Mourners …")."""
    raw = [*PARAGRAPHS[:2], "Image copyright Example Agency", "Image caption Residents gather at the harbour",
           PARAGRAPHS[2], *CLOSING]
    labels = _labels(raw)
    assert labels[2] == "photo_credit"
    assert labels[3] == "caption"


def test_list_items_end_at_a_line_that_is_no_item_or_far_below_the_header():
    sentence = "Das ist ein ganz normaler Satz, der wie Text aussieht."
    items = describe(["Zutaten"] + ["200 g Mehl"] * 31 + ["Zutaten", "Mehl", sentence, "Mehl"], "de")
    announced = _announced_list_items(items)
    assert announced[1] and announced[30] and not announced[31]
    assert announced[33] and not announced[35]


EN_PARAGRAPHS = [
    f"The harbour committee met on the {day} day of the hearing and listened to the ferry operators, the fishing "
    f"cooperative and a group of residents who said that the new pier would block their view of the old lighthouse."
    for day in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
]
CLOSING_PARAGRAPH = ("When the vote was finally taken late in the evening, the plan passed by a narrow margin and the "
                     "chair promised that work on the pier would not start before the end of the summer season.")


def _en_labels(raw: list[str]) -> list[str]:
    lines = describe(raw, "en")
    return label_lines(lines, content_by_region(lines))


def test_a_line_announcing_an_embed_does_not_set_the_last_paragraph_apart():
    """An embedded post's credit line and the sentence that announces the next embed are two
    non-prose lines, but the announcement belongs to the text: the paragraph after it is no island."""
    raw = ["Home", "News", *EN_PARAGRAPHS, "— Jane Roe (@janeroe) May 2, 2021",
           "Here is a short clip of the opening ceremony:", CLOSING_PARAGRAPH, "Privacy", "Contact us"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_two_menu_lines_still_set_a_trailing_island_apart():
    raw = ["Home", "News", *EN_PARAGRAPHS, "Share", "Print", CLOSING_PARAGRAPH, "Privacy"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] != "body"


def test_a_clip_with_its_running_time_between_two_paragraphs_sets_nothing_apart():
    """A video block (title, running time, play button) inside the text: the paragraph under
    it is the article going on, not an island."""
    raw = ["Home", "News", *EN_PARAGRAPHS, "Rain over the pier", "1:48", "Play", CLOSING_PARAGRAPH,
           "Privacy"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_questions_and_their_answers_between_two_paragraphs_set_nothing_apart():
    raw = ["Home", "News", *EN_PARAGRAPHS, "Q: And the cost?", "A: Nobody knows it yet.", "Q: And the start?",
           "A: Not before the summer.", CLOSING_PARAGRAPH, "Privacy"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_a_captioned_picture_between_two_paragraphs_sets_nothing_apart():
    raw = ["Home", "News", *EN_PARAGRAPHS, "The pier after the storm, seen from the beach.", "Photo: Jane Roe",
           "What comes next", CLOSING_PARAGRAPH, "Privacy"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_a_teaser_card_under_the_last_paragraph_is_still_cut():
    """Headline and picture credit over an excerpt, with no running time or answer: a card, cut."""
    raw = ["Home", "News", *EN_PARAGRAPHS, "New ferry for the islands", "Photo: Jane Roe", CLOSING_PARAGRAPH,
           "Privacy"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] != "body"


SHORT_LAST_PARAGRAPH = "The ferry will run again from Monday, the harbour office said."


def test_an_ad_break_above_a_short_last_paragraph_keeps_it_where_the_page_has_breaks():
    """The page put an ad break between two paragraphs higher up: the one above the last paragraph
    is a break too and costs the text no more than a plain line."""
    raw = ["Home", "News", *EN_PARAGRAPHS[:3], "Advertisement", *EN_PARAGRAPHS[3:], "Advertisement",
           SHORT_LAST_PARAGRAPH, "Privacy", "Contact us"]
    assert _en_labels(raw)[raw.index(SHORT_LAST_PARAGRAPH)] == "body"


def test_a_lone_ad_label_over_a_paragraph_under_the_text_still_sets_it_apart():
    """With no break higher up, a label and a paragraph under the text may be a sponsored box."""
    raw = ["Home", "News", *EN_PARAGRAPHS, "Advertisement", SHORT_LAST_PARAGRAPH, "Privacy", "Contact us"]
    assert _en_labels(raw)[raw.index(SHORT_LAST_PARAGRAPH)] != "body"


NUMBERED_ITEMS = [f"{n}. {text}" for n, text in enumerate(EN_PARAGRAPHS, start=1)]


def test_the_next_numbered_item_below_a_picture_stays_in_the_list():
    """A listicle's item set apart by a picture credit and an alt text is the next item, not a box."""
    nine = f"9. {CLOSING_PARAGRAPH}"
    raw = ["Home", "News", *NUMBERED_ITEMS, "Photo: Jane Roe", "A ferry in the old harbour", nine, "Privacy"]
    assert _en_labels(raw)[raw.index(nine)] == "body"


def test_a_numbered_island_that_does_not_go_on_with_the_list_is_still_cut():
    closing = f"3. {CLOSING_PARAGRAPH}"
    raw = ["Home", "News", *NUMBERED_ITEMS, "Share", "Print", closing, "Privacy"]
    assert _en_labels(raw)[raw.index(closing)] != "body"


def test_headline_under_a_keep_reading_label_is_a_teaser_not_a_subheading():
    raw = ["Home", *EN_PARAGRAPHS[:4], "Keep Reading", "The best ferry routes along the northern coast",
           *EN_PARAGRAPHS[4:], "Privacy"]
    labels = _en_labels(raw)
    assert labels[5] == labels[6] == "related"
    assert labels[7] == "body"


def test_a_list_of_linked_headlines_under_a_read_more_label_is_teasers():
    links = ["Why the old lighthouse may be listed as a monument after all",
             "Ferry operators warn of higher fares during the building work on the pier",
             "Residents plan a second petition against the new harbour plan"]
    raw = ["Home", *EN_PARAGRAPHS[:4], "Read more", *links, *EN_PARAGRAPHS[4:], "Privacy"]
    labels = _en_labels(raw)
    assert [labels[raw.index(link)] for link in links] == ["related"] * 3
    assert labels[raw.index(EN_PARAGRAPHS[4])] == "body"


def test_headline_and_excerpt_over_a_read_more_button_are_a_teaser():
    excerpt = "A short look at how the town rebuilt its market hall after the flood and what the traders think of it."
    raw = ["Home", *EN_PARAGRAPHS, "Rebuilding the market hall", excerpt, "Read More", "Privacy"]
    labels = _en_labels(raw)
    assert labels[raw.index(excerpt)] == labels[raw.index(excerpt) - 1] == "related"
    assert labels[raw.index(EN_PARAGRAPHS[-1])] == "body"


def test_a_read_more_label_with_a_colon_leaves_the_paragraph_above_it_alone():
    raw = ["Home", *EN_PARAGRAPHS, "Rebuilding the market hall", CLOSING_PARAGRAPH, "Read more:", "Harbours"]
    assert _en_labels(raw)[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_a_paragraph_written_three_times_in_the_text_is_boilerplate():
    note = "Every week the harbour office answers three questions from readers about the ferries and the new pier."
    raw = ["Home", *EN_PARAGRAPHS[:3], note, *EN_PARAGRAPHS[3:5], note, *EN_PARAGRAPHS[5:], note, "Privacy"]
    labels = _en_labels(raw)
    assert all(labels[i] != "body" for i, text in enumerate(raw) if text == note)
    assert labels[raw.index(EN_PARAGRAPHS[4])] == "body"


def test_a_paragraph_repeated_once_as_a_pull_quote_stays_body():
    raw = ["Home", *EN_PARAGRAPHS[:3], CLOSING_PARAGRAPH, *EN_PARAGRAPHS[3:], CLOSING_PARAGRAPH, "Privacy"]
    labels = _en_labels(raw)
    assert labels[raw.index(CLOSING_PARAGRAPH)] == "body"


def test_a_label_and_one_short_sentence_closing_the_text_are_a_box():
    appeal = "Help us keep the harbour open for everyone."
    raw = ["Home", *EN_PARAGRAPHS, "Stay Involved", appeal, "Donate", "Privacy"]
    labels = _en_labels(raw)
    assert labels[raw.index(appeal)] != "body" and labels[raw.index("Stay Involved")] != "heading"
    assert labels[raw.index(EN_PARAGRAPHS[-1])] == "body"


def test_a_last_short_section_stays_when_the_text_is_written_in_short_sections():
    sections = ["The ferry leaves the old harbour twice a day in summer.",
                "The pier will be built by a firm from the next town.",
                "Residents may still send their comments to the committee."]
    raw = ["Home", *EN_PARAGRAPHS[:4], "Ferries", sections[0], *EN_PARAGRAPHS[4:6], "Pier", sections[1],
           *EN_PARAGRAPHS[6:], "Next Steps", sections[2], "Privacy"]
    assert _en_labels(raw)[raw.index(sections[2])] == "body"


def test_a_short_last_section_signed_right_under_it_stays():
    note = "The minutes of the meeting are kept at the town hall."
    raw = ["Home", *EN_PARAGRAPHS, "Sources", note, "Posted by Jane Roe at 9:15 AM", "Older Post"]
    assert _en_labels(raw)[raw.index(note)] == "body"


def test_a_popular_posts_header_ends_the_article():
    teasers = [f"Ein Besuch bei den Bienen im {place}, wo im Sommer jeden Tag Kinder aus der Nachbarschaft den "
               f"Imkern bei der Arbeit zuschauen und am Ende ein Glas Honig mit nach Hause nehmen dürfen."
               for place in ("Stadtpark", "Schulgarten", "Kleingarten")]
    raw = ["Startseite", *PARAGRAPHS, *CLOSING, "Beliebte Beiträge zum Thema:", "Der beste Apfelkuchen", teasers[0],
           "Backen mit Kindern", teasers[1], "Honig aus der Stadt", teasers[2], "Impressum"]
    labels = _labels(raw)
    assert all(labels[raw.index(teaser)] != "body" for teaser in teasers)
    assert labels[raw.index(CLOSING[-1])] == "body"


def test_a_table_of_figures_does_not_cut_the_article_in_two():
    table = ["Gewicht", "Preis", "1,2 kg", "299 €", "1,4 kg", "349 €", "0,9 kg", "399 €", "1,1 kg", "279 €"]
    after = ("Am Ende hat uns das leichteste Modell am besten gefallen, auch wenn es das teuerste von allen ist "
             "und der Akku nach drei Stunden schon wieder an die Steckdose muss.")
    labels = _labels(["Startseite", *PARAGRAPHS, *table, after, "Impressum"])
    assert labels[-2] == "body"


def test_a_short_sentence_written_once_in_the_text_is_body_and_a_repeated_one_is_not():
    labels = _labels(["Startseite", PARAGRAPHS[0], "Nein!", PARAGRAPHS[1], "Antworten.", PARAGRAPHS[2], "Antworten.",
                      *CLOSING])
    assert labels[2] == "body"
    assert labels[4] != "body" and labels[6] != "body"


def test_short_answers_set_no_closing_question_apart():
    question = "Und würden Sie den Kuchen am Ende noch einmal für die ganze Familie backen?"
    labels = _labels(["Startseite", *PARAGRAPHS, *CLOSING, "Ja.", "Sofort!", question, "Impressum"])
    assert labels[-2] == "body"


def test_the_slides_of_a_gallery_stay_in_the_article():
    slides = [
        ["Bild 2 von 4", "Der Teig", "Den Teig eine halbe Stunde ruhen lassen, dann dünn ausrollen, in die gefettete "
                                     "Form legen und dabei einen hohen Rand hochziehen."],
        ["Bild 3 von 4", "Die Füllung", "Quark, Eier, Zitronenschale und Zucker glatt rühren und die Füllung danach "
                                        "gleichmäßig auf dem vorbereiteten Boden verteilen."],
        ["Bild 4 von 4", "Im Ofen", "Den Kuchen bei mittlerer Hitze etwa eine Stunde lang backen, bis die Oberfläche "
                                    "goldbraun ist und in der Mitte nichts mehr wackelt."],
    ]
    raw = ["Startseite", *PARAGRAPHS, *CLOSING, *(line for slide in slides for line in slide), "Impressum"]
    labels = _labels(raw)
    assert [labels[raw.index(slide[2])] for slide in slides] == ["body"] * 3


def test_a_headline_asking_a_question_is_the_title():
    for headline in ("Käsekuchen ohne Boden – so geht’s!", "Käsekuchen im Test – welcher gewinnt?"):
        labels = _labels(["Startseite", "Rezepte", headline, "3. Mai 2021", *PARAGRAPHS])
        assert labels[2] == "title"


def test_a_date_and_author_line_under_the_headline_is_no_title():
    labels = _labels(["Startseite", "Der Käsekuchen unserer Großmutter kommt wieder",
                      "3. Mai 2021 Erika Muster Schreiben Sie einen Kommentar", *PARAGRAPHS])
    assert labels[1] == "title"
    assert labels[2] != "title"


def test_share_bars_and_rows_of_sibling_links_are_no_title():
    labels = _labels(["Startseite", "Der Käsekuchen unserer Großmutter kommt wieder",
                      "Rezept herunterladen als PDF-Datei", "Rezept herunterladen als EPUB-Datei",
                      "teilen drucken merken kommentieren", *PARAGRAPHS])
    assert labels[1] == "title"
    assert "title" not in labels[2:5]


def test_a_headline_opening_like_its_first_paragraph_is_the_title():
    labels = _labels(["Startseite", "Erika Muster backt den größten Käsekuchen der Stadt",
                      "Erika Muster hat am Samstag auf dem Marktplatz einen Käsekuchen von drei Metern gebacken.",
                      *PARAGRAPHS])
    assert labels[1] == "title"


def test_a_quoted_sentence_above_the_article_is_no_title():
    labels = _labels(["Startseite", "Der Käsekuchen unserer Großmutter kommt wieder", "Rezepte",
                      "„Geduld und gute Butter.“", "3. Mai 2021", *PARAGRAPHS])
    assert labels[1] == "title"
    assert labels[3] != "title"


def test_a_headline_of_two_words_above_the_date_line_is_the_title():
    for headline in ("Sommerkuchen", "Quarkkuchen backen"):
        labels = _labels(["Startseite", "Rezepte", "Kuchen", headline, "3. Mai 2021", *PARAGRAPHS])
        assert labels[3] == "title"


def test_a_short_menu_entry_or_name_above_the_text_is_no_title():
    labels = _labels(["Startseite", "Rezepte", "Kuchen", *PARAGRAPHS])
    assert "title" not in labels
    labels = _labels(["Startseite", "Rezepte", "Erika Muster", "3. Mai 2021", *PARAGRAPHS])
    assert labels[2] != "title"


def test_a_headline_line_between_byline_and_text_is_the_deck_under_the_headline_above():
    raw = ["Startseite", "Rezepte", "Der Käsekuchen unserer Großmutter", "Von Erika Muster",
           "Ein altes Rezept kehrt auf die Kaffeetafel zurück", *PARAGRAPHS]
    labels = _labels(raw)
    assert labels[2] == "title"
    assert labels[4] != "title"
    labels = _labels(["Startseite", "Rezepte", "Von Erika Muster", "Ein altes Rezept kehrt auf die Kaffeetafel zurück",
                      *PARAGRAPHS])
    assert labels[3] == "title"


def test_a_comment_header_in_any_furniture_language_ends_the_article():
    article = [
        "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili della città, dopo "
        "una lunga discussione che è durata fino a mezzanotte.",
        "Secondo il sindaco i primi lavori cominceranno in primavera lungo il fiume, dove il traffico delle "
        "biciclette è cresciuto molto negli ultimi due anni.",
        "Le associazioni dei commercianti avevano chiesto di conservare i parcheggi, ma alla fine la "
        "maggioranza ha votato per il piano senza cambiarlo.",
    ]
    comments = [
        "Finalmente una buona notizia per chi va al lavoro in bicicletta ogni giorno, speriamo che i lavori "
        "finiscano presto.",
        "Io non sono d'accordo, perché senza parcheggi i negozi del centro perderanno molti clienti e "
        "alcuni dovranno chiudere.",
    ]
    raw = ["Home", *article, "Lascia un commento", comments[0], "Rispondi", comments[1], "Privacy"]
    lines = describe(raw, "it")
    labels = label_lines(lines, content_by_region(lines))
    assert all(labels[raw.index(text)] == "body" for text in article)
    assert all(labels[raw.index(text)] != "body" for text in comments)


def test_an_end_header_cuts_a_tail_of_teasers_longer_than_the_article():
    article = [f"Der Gemeinderat hat am {day} lange über den neuen Radweg am Fluss beraten, der die beiden "
               f"Ortsteile verbinden soll, und am Ende mit knapper Mehrheit beschlossen, die Planung noch einmal "
               f"zu überarbeiten, weil die Anwohner mehr Parkplätze und eine bessere Beleuchtung fordern." for day in
               ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Feiertag")]
    teasers = [f"Im {place} haben Kinder aus der Nachbarschaft ein Beet angelegt, das sie den ganzen Sommer über "
               f"selbst gießen und pflegen, und am Ende des Jahres wollen sie das Gemüse gemeinsam mit ihren Eltern "
               f"ernten, kochen und bei einem großen Fest mit allen Nachbarn teilen." for place in
               ("Stadtpark", "Schulgarten", "Kleingarten", "Pfarrgarten", "Hinterhof", "Klostergarten", "Zoo",
                "Rosengarten", "Kräutergarten", "Botanischen Garten")]
    raw = ["Startseite", *article, "Ähnliche Artikel"]
    for n, teaser in enumerate(teasers):
        raw += [f"Gärtnern mit Kindern, Teil {n + 1}", teaser]
    labels = _labels(raw)
    assert all(labels[raw.index(text)] == "body" for text in article)
    assert all(labels[raw.index(text)] != "body" for text in teasers)


LONG_TAIL = [paragraph.replace("harbour committee", f"{name} committee") for name in ("parks", "school")
             for paragraph in EN_PARAGRAPHS]


def test_an_inline_related_box_in_the_first_half_does_not_end_the_article():
    """Two paragraphs right under the box show the article goes on; teaser cards under the same
    header, each excerpt under its own headline, still end it."""
    box = ["Related Stories", "Harbour master retires after thirty years", "Ferry timetable changes in May"]
    article = [*EN_PARAGRAPHS, *LONG_TAIL]
    raw = ["Home", *article[:8], *box, *article[8:], CLOSING_PARAGRAPH, "Privacy"]
    labels = _en_labels(raw)
    assert all(labels[raw.index(text)] == "body" for text in (*article, CLOSING_PARAGRAPH))
    assert all(labels[raw.index(text)] != "body" for text in box)


def test_cut_off_teaser_headlines_under_an_end_header_are_no_resumed_article():
    """Headlines cut off with an ellipsis, one under the other, are prose lines in a row, yet no
    article going on under the header."""
    teasers = [f"Storm damage on the {place} is worse than first feared, the council says …"
               for place in ("coast road", "river bank", "old pier", "beach huts", "marina", "lighthouse")]
    raw = ["Home", *EN_PARAGRAPHS, "More Stories", *teasers, *LONG_TAIL]
    labels = _en_labels(raw)
    assert all(labels[raw.index(text)] == "body" for text in EN_PARAGRAPHS)
    assert all(labels[raw.index(text)] != "body" for text in teasers)


def test_a_breadcrumb_trail_above_the_article_is_no_body():
    trails = ["Startseite » Ratgeber » Garten » Warum welken die Tomaten im Sommer so schnell?",
              "Sie sind hier: Ratgeber / Garten / Warum welken die Tomaten im Sommer so schnell?",
              "Home / Guides / Garden / Why do the tomatoes in my garden wilt so fast in summer?"]
    for trail in trails:
        labels = _labels([trail, *PARAGRAPHS, *CLOSING])
        assert labels[0] == "nav"
        assert labels[1:].count("body") == len(PARAGRAPHS) + len(CLOSING)


def test_form_confirmations_and_recipe_card_notes_are_no_body():
    notes = ["Thanks for signing up! Your first newsletter arrives on Monday morning.",
             "Thanks for contacting us. We've received your submission.",
             "Tried this recipe? Tell us how it went and leave a rating below.",
             "* Percent Daily Values are based on a 2,000 calorie diet."]
    raw = ["Home", *EN_PARAGRAPHS[:2], *notes, *EN_PARAGRAPHS[2:], "Older Post"]
    labels = _en_labels(raw)
    assert all(labels[raw.index(note)] not in ("body", "heading") for note in notes)
    assert all(labels[raw.index(text)] == "body" for text in EN_PARAGRAPHS)


def test_a_form_button_above_the_date_line_is_no_title():
    for button in ("Absenden", "Submit"):
        raw = ["Startseite", "Quarkkuchen wie bei Oma", "Ihr Kommentar", button, "3. Mai 2021", *PARAGRAPHS]
        labels = _labels(raw)
        assert labels[3] == "nav"
        assert labels[1] == "title"


ANIMALS = ["cat", "dog", "cow", "owl", "fox", "bee", "eel", "yak", "ant", "bat", "ram", "hen"]
JOKES_INTRO = ["Kids love a good joke, and these were sent in by our young readers over the summer holidays.",
               "We picked the ones that made the whole office laugh out loud, and a few that only made us groan."]


def _jokes(numbers) -> list[str]:
    lines = []
    for n in numbers:
        lines += [f"{n}. What did the {ANIMALS[n % 12]} say to the other {ANIMALS[n * 5 % 12]} at the party?",
                  f"Let's {['dance', 'eat', 'sing', 'hide'][n % 4]}!", f"—Reader {chr(65 + n % 26)}., age {5 + n % 6}",
                  "photo: iStock"]
    return lines


def test_the_items_of_a_numbered_listicle_stay_in_the_article():
    """Short items under pictures cost the region as much as a menu; the numbering carries it on."""
    raw = ["Home", "Jokes for kids", *JOKES_INTRO, *_jokes(range(1, 37)), "Related Posts", "More jokes", "Privacy"]
    labels = _en_labels(raw)
    assert all(labels[i] == "body" for i, text in enumerate(raw) if text[:1].isdigit())


def test_a_list_counting_from_one_again_below_a_numbered_article_stays_out():
    most_read = [f"{n}. Harbour {name} closes for the winter after a record season" for n, name in
                 enumerate(("café", "museum", "ferry", "market"), start=1)]
    raw = ["Home", "Jokes for kids", *JOKES_INTRO, *_jokes(range(1, 4)), *most_read, "Privacy"]
    labels = _en_labels(raw)
    assert labels[raw.index(JOKES_INTRO[0])] == "body"
    assert all(labels[raw.index(text)] != "body" for text in most_read)


def test_the_source_of_a_quote_or_post_inside_the_text_is_body():
    sources = ["— Erika Muster, harbour master", "— Harbour Ferries (@harbourferry) May 4, 2023"]
    for source in sources:
        raw = ["Home", *EN_PARAGRAPHS[:3], "“We will keep the ferry running all winter.”", source,
               "Ferry times", *EN_PARAGRAPHS[3:], "Privacy"]
        assert _en_labels(raw)[raw.index(source)] == "body"


def test_a_dash_line_under_a_line_that_is_no_sentence_is_no_quote_source():
    source = "— Erika Muster, harbour master"
    raw = ["Home", *EN_PARAGRAPHS[:3], "Ferry times", source, "Timetable", *EN_PARAGRAPHS[3:], "Privacy"]
    assert _en_labels(raw)[raw.index(source)] != "body"


def test_a_bulleted_list_above_the_last_paragraph_sets_it_apart_from_nothing():
    items = ["• new bus lanes", "• longer opening hours", "• free parking on Sundays"]
    raw = ["Home", *EN_PARAGRAPHS, "The plan in brief:", *items, CLOSING_PARAGRAPH, "Privacy"]
    labels = _en_labels(raw)
    assert labels[raw.index(CLOSING_PARAGRAPH)] == "body"
    assert all(labels[raw.index(text)] in ("body", "heading") for text in items)


def test_unannounced_bullets_still_set_a_closing_promo_apart():
    links = ["• Ferry timetable", "• Harbour webcam", "• Parking map"]
    promo = "Enjoy this story? Our volunteers keep the harbour news going, and a small gift helps them."
    raw = ["Home", *EN_PARAGRAPHS, *links, promo, "Privacy"]
    assert _en_labels(raw)[raw.index(promo)] != "body"


def test_a_quote_and_its_source_above_a_short_last_paragraph_are_no_closing_box():
    quote, source = "“We will keep the ferry running all winter.”", "— Erika Muster"
    last = "The first winter crossing is planned for early December."
    raw = ["Home", *EN_PARAGRAPHS, quote, source, last, "Privacy"]
    labels = _en_labels(raw)
    assert all(labels[raw.index(text)] == "body" for text in (quote, source, last))


def test_a_comment_button_in_the_first_half_does_not_end_the_article():
    """A bare "Comment" button with the article's paragraphs under it: the text goes on."""
    article = [*EN_PARAGRAPHS, *LONG_TAIL]
    raw = ["Home", *article[:8], "Comment", *article[8:], CLOSING_PARAGRAPH, "Privacy"]
    labels = _en_labels(raw)
    assert all(labels[raw.index(text)] == "body" for text in (*article, CLOSING_PARAGRAPH))
    assert labels[raw.index("Comment")] != "body"


def test_comments_longer_than_the_article_still_end_it_by_their_entry_lines():
    """Under a comment header each entry shows a date or repeats its controls ("Like"), which
    the paragraphs of an article going on do not."""
    pairs = list(zip(LONG_TAIL[::2], LONG_TAIL[1::2]))
    dated = sum(([f"{n + 2} hours ago", *pair] for n, pair in enumerate(pairs)), [])
    controlled = sum(([*pair, "Like"] for pair in pairs), [])
    for entries in (dated, controlled):
        raw = ["Home", *EN_PARAGRAPHS, "Comments", *entries, "Privacy"]
        labels = _en_labels(raw)
        assert all(labels[raw.index(text)] == "body" for text in EN_PARAGRAPHS)
        assert all(labels[raw.index(text)] != "body" for text in LONG_TAIL)
