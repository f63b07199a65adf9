from lagebild.meta.headline_credits import credits_below
from lagebild.meta.layout import Layout
from lagebild.meta.title import find_headline

from headline_pages import BODY, PARAGRAPHS


def test_the_line_above_the_byline_beats_an_interface_line_the_cleaner_marked():
    lines = ["Startseite", "Ihr Warenkorb ist leer", "Kontakt", "Gemeinderat beschließt Umbau des Marktplatzes",
             "Von Anna Muster", *BODY.splitlines()]
    url = "https://example.org/news/artikel-umbau"
    credited = Layout(lines, kinds={0: "nav", 1: "title", 2: "nav", 4: "byline"}, body_start=5, body_end=7)
    assert find_headline(credited, url, None).title == "Gemeinderat beschließt Umbau des Marktplatzes"
    uncredited = Layout(lines[:4] + ["Impressum"] + lines[5:], kinds={0: "nav", 1: "title", 2: "nav"},
                        body_start=5, body_end=7)
    assert find_headline(uncredited, url, None).title == "Ihr Warenkorb ist leer"


def test_without_a_url_the_line_above_the_byline_outweighs_the_line_the_cleaner_marked():
    lines = ["Startseite", "Ihr Warenkorb ist leer", "Kontakt", "Neue Regeln für den Wochenmarkt",
             "Von Anna Muster", *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 1: "title", 2: "nav", 4: "byline"}, body_start=5, body_end=7)
    assert find_headline(layout, None, None).title == "Neue Regeln für den Wochenmarkt"
    assert find_headline(layout, "https://example.org/service/warenkorb-leer", None).title == "Ihr Warenkorb ist leer"


def test_without_a_url_a_line_between_the_byline_and_the_article_is_not_the_headline():
    headline = "Streit um die Zukunft des Platzes"
    caption = "Der Gemeinderat tagte am Montag über den Marktplatz"
    lines = ["Startseite", headline, "Von Anna Muster", caption, BODY.splitlines()[0], *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 2: "byline", 3: "title"}, body_start=4, body_end=7)
    assert find_headline(layout, None, None).title == headline
    no_credits = Layout([*lines[:2], "Anna Muster", *lines[3:]], kinds={0: "nav", 3: "title"}, body_start=4, body_end=7)
    assert find_headline(no_credits, None, None).title == caption


def test_dated_story_titles_listed_above_the_headline_take_no_credit_from_their_dates():
    headline = "Gemeinderat stimmt für den Umbau"
    boxes = ["Neue Buslinie fährt ab Montag", "12.03.2022", "Sturm zieht über das Land", "10.03.2022"]
    lines = ["Startseite", *boxes, headline, *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 2: "date", 4: "date"}, body_start=6, body_end=8)
    assert find_headline(layout, None, None).title == headline
    one_box = Layout(["Startseite", *boxes[2:], headline, *BODY.splitlines()], kinds={0: "nav", 2: "date"},
                     body_start=4, body_end=6)
    assert find_headline(one_box, None, None).title == "Sturm zieht über das Land"



def test_a_share_row_between_headline_and_byline_does_not_hide_the_credits():
    share = ["Jetzt teilen", "Auf Facebook teilen", "Auf X teilen", "Per WhatsApp senden", "Per E-Mail senden"]
    lines = ["Startseite", "Streit um die Zukunft des Platzes", *share, "Von Anna Muster", *BODY.splitlines()]
    kinds = {0: "nav", **{2 + k: "share" for k in range(len(share))}, 7: "byline"}
    assert credits_below(1, Layout(lines, kinds=kinds, body_start=8, body_end=10), {})
    assert not credits_below(1, Layout(lines, kinds={0: "nav", 7: "byline"}, body_start=8, body_end=10), {})


def test_a_row_of_one_word_tabs_between_headline_and_date_counts_as_one_line():
    tabs = ["Übersicht", "Fotos", "Video", "Audio"]
    lines = ["Startseite", "Streit um die Zukunft des Platzes", *tabs, "12.03.2022", *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 6: "date"}, body_start=7, body_end=9)
    assert credits_below(1, layout, {})
    worded = Layout([*lines[:2], "Alle Fotos ansehen", "Video zum Thema", "Audio", *lines[5:]],
                    kinds={0: "nav", 6: "date"}, body_start=7, body_end=9)
    assert not credits_below(1, worded, {})


def test_a_tab_row_in_one_line_between_headline_and_date_is_passed_over():
    lines = ["Startseite", "Streit um die Zukunft des Platzes", "Übersicht | Fotos (12) | Video",
             "Der Platz am Abend", "12.03.2022", *BODY.splitlines()]
    assert credits_below(1, Layout(lines, kinds={0: "nav", 4: "date"}, body_start=5, body_end=7), {})
    sentence = Layout([*lines[:2], "Die Stadt | der Rat | die Händler streiten", *lines[3:]],
                      kinds={0: "nav", 4: "date"}, body_start=5, body_end=7)
    assert not credits_below(1, sentence, {})
    menu_entry = Layout(["Startseite", "Lokales", *lines[2:]], kinds={0: "nav", 4: "date"}, body_start=5, body_end=7)
    assert not credits_below(1, menu_entry, {})


def test_a_menu_entry_above_more_menu_entries_takes_no_credit_from_the_date_under_the_menu():
    menu = ["Kontakt", "Impressum", "Datenschutz"]
    lines = ["Passwortgeschützte Beiträge", *menu, "12.03.2022", *BODY.splitlines()]
    assert not credits_below(0, Layout(lines, kinds={4: "date"}, body_start=5, body_end=7), {})
    headline = Layout(["Streit um den Platz", *lines[1:]], kinds={4: "date"}, body_start=5, body_end=7)
    assert credits_below(0, headline, {})
