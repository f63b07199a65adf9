import pytest

from lagebild.meta.layout import Layout
from lagebild.meta.title import find_headline

from headline_pages import BODY, PARAGRAPHS


def test_entries_of_a_table_of_contents_that_recur_as_subheadings_are_not_the_title():
    headline = "Händler fürchten um ihre Einnahmen während der Bauzeit"
    contents = ["Verwaltung will mit allen Beteiligten sprechen", "Zuschüsse des Landes erst im Herbst"]
    lines = ["Startseite", headline, "Inhalt", *contents,
             PARAGRAPHS[0], contents[0], PARAGRAPHS[1], contents[1], PARAGRAPHS[2]]
    layout = Layout(lines, kinds={0: "nav", 2: "nav"}, body_start=5, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


def test_a_headline_repeated_once_inside_the_article_stays_the_title():
    headline = "Händler fürchten um ihre Einnahmen während der Bauzeit"
    lines = ["Startseite", "Unsere Angebote für Familien im Überblick", headline,
             PARAGRAPHS[0], headline, PARAGRAPHS[1], PARAGRAPHS[2]]
    layout = Layout(lines, kinds={0: "nav"}, body_start=3, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("label", ["Nächster Artikel", "Next post: ", "PREVIOUS "])
def test_a_link_to_the_neighbouring_post_is_not_the_title(label):
    headline = "Marktplatz wird im kommenden Jahr umgebaut"
    neighbour = f"{label}Verwaltung will mit allen Beteiligten sprechen"
    lines = ["Startseite", headline, "Menü", "Suche", "Kontakt", "Impressum", neighbour, *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 2: "nav", 3: "nav", 4: "nav", 5: "nav"}, body_start=7,
                    body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


def test_a_headline_opening_with_a_word_like_next_is_still_a_headline():
    headline = "Nächster Schritt auf dem Weg zum neuen Marktplatz"
    lines = ["Startseite", headline, *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav"}, body_start=2, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("tags", ["Tags: Gemeinderat, Marktplatz, Umbau", "Schlagwörter: Gemeinderat, Marktplatz",
                                  "Posted in: Gemeinderat | Tagged: Marktplatz, Umbau"])
def test_a_labelled_list_of_tags_is_not_the_title_however_well_it_matches_the_story(tags):
    headline = "Neue Pläne für die Mitte der Stadt"
    lines = ["Startseite", headline, tags, BODY.splitlines()[0], *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 2: "title"}, body_start=3, body_end=6)
    assert find_headline(layout, None, None).title == headline
    assert find_headline(layout, "https://example.org/gemeinderat-marktplatz-umbau", None).title != tags
    below = Layout([lines[0], tags, headline, *lines[3:]], kinds={0: "nav"}, body_start=3, body_end=6)
    assert find_headline(below, None, None).kicker is None


def test_a_lead_in_printed_apart_from_its_paragraph_is_not_the_headline():
    headline = "Wochenmarkt zieht an den Hafen"
    lead_in = "Ein Platz, ein Markt, ein Streit"
    opening = f"{lead_in}. Der Gemeinderat hat am Montag über den Marktplatz beraten und für den Umbau gestimmt."
    lines = ["Startseite", headline, lead_in, opening, *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav"}, body_start=3, body_end=6)
    assert find_headline(layout, None, None).title == headline
    apart = Layout([*lines[:3], opening.removeprefix(lead_in + ". "), *PARAGRAPHS], kinds=layout.kinds,
                   body_start=3, body_end=6)
    assert find_headline(apart, None, None).title == lead_in


def _numbered_list_page(entries: list[str]) -> Layout:
    headline = "Gemeinderat stimmt für den Umbau"
    lines = ["Startseite", headline, "Meistgelesen", *entries, *BODY.splitlines()]
    return Layout(lines, kinds={0: "nav"}, body_start=2 + len(entries) + 1, body_end=len(lines) - 1)


def test_an_entry_of_a_numbered_list_above_the_article_is_not_the_title():
    entries = ["1. Marktplatz: Händler fürchten die Bauzeit", "2. Zukunft des Marktplatzes beraten",
               "3. Neue Buslinie ab Montag"]
    assert find_headline(_numbered_list_page(entries), None, None).title == "Gemeinderat stimmt für den Umbau"


def test_a_headline_opening_with_a_number_is_still_the_title():
    headline = "3. Liga: Marktplatz wird Spielort"
    lines = ["Startseite", headline, "Von Anna Muster", *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 2: "byline"}, body_start=3, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("caption", ["Der Marktplatz am Morgen. Foto: Anna Muster/dpa", "Foto: Anna Muster/dpa",
                                     "View of the square at dawn. Photo: AP", "La place au matin | Crédit : AFP"])
def test_a_line_closed_by_a_labelled_picture_credit_is_a_caption(caption):
    lines = ["Startseite", "Umbau des Marktplatzes", caption, *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav"}, body_start=3, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == "Umbau des Marktplatzes"


@pytest.mark.parametrize("box", [["Über die Autorin", "Anna Muster", "Anna Muster ist Redakteurin im Ressort Lokales."],
                                 ["About the author", "Anna Muster", "Anna Muster covers local politics and the environment."]])
def test_a_box_about_the_author_under_the_headline_gives_no_title(box):
    headline = "Gemeinderat stimmt für den Umbau"
    lines = ["Startseite", headline, *box, *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 2: "title"}, body_start=5, body_end=7)
    assert find_headline(layout, None, None).title == headline
