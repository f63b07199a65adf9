from lagebild.meta import _date_anchor
from lagebild.meta.layout import Layout

PARAGRAPH = ("Der Gemeinderat hat am Dienstag den Umbau des Marktplatzes beschlossen, die Arbeiten beginnen im "
             "Frühjahr und sollen bis zum Herbst dauern, sagte die Bürgermeisterin am Abend.")


def _layout(lines: list[str], title: int) -> Layout:
    layout = Layout(lines, {title: "title"})
    layout.body_start = lines.index(PARAGRAPH)
    return layout


def test_a_numbered_list_entry_marked_as_title_is_no_date_anchor():
    """A box at the page top can lead the cleaner to mark one of its entries as the title; dates are
    then searched around the page's own headline."""
    lines = ["1. Was sich ändert", "2. Was bleibt", "3. Was kommt", "4. Mai 2021",
             "Der Marktplatz wird umgebaut", "5. Mai 2021", PARAGRAPH]
    assert _date_anchor(_layout(lines, 1), 4) == 4


def test_a_headline_opening_with_a_number_stays_the_anchor():
    lines = ["Startseite", "3. Liga: Der Aufsteiger gewinnt", "5. Mai 2021", PARAGRAPH]
    assert _date_anchor(_layout(lines, 1), 1) == 1
