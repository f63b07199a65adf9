import pytest

from lagebild.meta import extract_meta
from lagebild.meta.layout import Layout
from lagebild.meta.title import find_headline
from lagebild.meta.title_text import is_tab_row, is_trail, page_spelling
from lagebild.settings import Settings

from headline_pages import BODY


def test_a_breadcrumb_trail_is_not_the_title(dump):
    article = dump("labelled_de.txt", url="https://example.org/stadt/stadtrat-brueckenneubau-nordkai")
    article.raw = article.raw.replace("Hafenstadt plant neue Brücke",
                                      "Start › Stadt › Stadtrat Brückenneubau Nordkai")
    assert extract_meta(article, Settings()).title == "Stadtrat stimmt für Brückenneubau am Nordkai"


def _marked_title_page(title_line: str, other: str) -> Layout:
    return Layout([other, "Menü", title_line, *BODY.splitlines()], kinds={0: "nav", 1: "nav", 2: "title"},
                  body_start=3, body_end=5)


def test_a_prefix_glued_to_the_headline_is_cut_where_the_page_prints_the_headline_alone():
    headline = "Gemeinderat beschließt den Umbau des alten Marktplatzes"
    layout = _marked_title_page(f"Umbau geplant {headline}", f"Home / Region / {headline}")
    assert find_headline(layout, None, None).title == headline


def test_a_short_tail_of_the_headline_is_no_headline_of_its_own():
    layout = _marked_title_page("Der Umbau am Alten Marktplatz", "Home / Stadt / am Alten Marktplatz")
    assert find_headline(layout, None, None).title == "Der Umbau am Alten Marktplatz"


def test_a_domain_name_after_the_headline_is_not_part_of_the_title():
    layout = _marked_title_page("Der Umbau am Alten Marktplatz | STADTBLATT.DE", "Home")
    assert find_headline(layout, None, None).title == "Der Umbau am Alten Marktplatz"
    layout = _marked_title_page("Marktplatz: Umbau beginnt im Mai - Stadtrat entscheidet", "Home")
    assert find_headline(layout, None, None).title == "Marktplatz: Umbau beginnt im Mai - Stadtrat entscheidet"


def test_a_space_before_the_colon_goes_where_the_page_prints_the_headline_without_it():
    headline = "Umbau am Markt: Händler fordern einen Ausgleich"
    layout = _marked_title_page("Umbau am Markt : Händler fordern einen Ausgleich", f"{headline} | Stadtblatt")
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("title, page, spelt", [
    ("Grève des trains : ce qu'il faut savoir", "Accueil\nGrève des trains : ce qu'il faut savoir", "Grève des trains : ce qu'il faut savoir"),
    ("Streit ums Geld : Stars fordern mehr", "Streit ums Geld: Stars fordern mehr | Blatt", "Streit ums Geld: Stars fordern mehr"),
    ("Wer zahlt ? Die Stadt", "Wer zahlt ? Die Stadt\nWer zahlt? Die Stadt", "Wer zahlt? Die Stadt"),
    ("Streit ums Geld : Stars fordern mehr", "Streit ums Geld : Stars fordern mehr\nStreit ums Geld", "Streit ums Geld : Stars fordern mehr"),
])
def test_the_spelling_without_a_space_before_a_mark_needs_a_copy_on_the_page(title, page, spelt):
    assert page_spelling(title, page) == spelt


@pytest.mark.parametrize("line, trail", [
    ("Startseite › Region › Marktplatz wird umgebaut", True),
    ("Home / Politik / Der Rat beschließt den Umbau des Platzes.", True),
    ("Sie sind hier: Start > Lokales > Marktplatz wird umgebaut", True),
    ("Schmerzen spüren / empfinden?", False),
    ("Die Händler sagen, der Umbau sei nötig / teuer / aber am Ende für alle gut.", False),
])
def test_a_trail_is_three_steps_or_more_with_short_steps_before_the_last(line, trail):
    assert is_trail(line) is trail


@pytest.mark.parametrize("line, row", [
    ("Region | Praxis | Video", True),
    ("Lokales • Sport • Fotos (12) • Mehr", True),
    ("Bahnstreik legt den Fernverkehr lahm | Region | Stadtblatt", False),
    ("Umbau am Markt | Händler fordern Ausgleich", False),
    ("Gold, Silber und Bronze", False),
])
def test_a_tab_row_is_three_or_more_short_labels_between_bars_or_dots(line, row):
    assert is_tab_row(line) is row


@pytest.mark.parametrize("lines, kinds", [
    (["Startseite", "Der Platz wird umgebaut", "Marktplatz | Gemeinderat | Video", "12.03.2022"], {1: "nav", 3: "date"}),
    (["Startseite", "Streit um den Platz", "Marktplatz | Gemeinderat | Video", "Anna Muster", "12.03.2022"], {4: "date"}),
])
def test_a_tab_row_over_the_credits_is_not_the_title(lines, kinds):
    layout = Layout([*lines, *BODY.splitlines()], kinds={0: "nav", **kinds}, body_start=len(lines),
                    body_end=len(lines) + 2)
    assert find_headline(layout, None, None).title == lines[1]
