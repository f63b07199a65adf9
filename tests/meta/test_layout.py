from bisect import bisect_right

from lagebild.meta.layout import Layout, is_prose
from lagebild.model import Furniture

LINES = [
    "Startseite",
    "Politik:",
    "Der Gemeinderat hat am Dienstag den Umbau des Marktplatzes beschlossen.   ",
    "Kurz gesagt.",
    "Ein langer Absatz. Er endet ohne ein Satzzeichen, nur mit einem Komma, " * 3,
    "",
    "Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern, sagte die Bürgermeisterin »",
]


def test_prose_is_every_line_that_reads_as_a_sentence():
    layout = Layout(list(LINES))
    assert layout.prose == {i for i, line in enumerate(LINES) if is_prose(line)}
    assert layout.prose == {2, 4, 6}


def test_a_position_on_the_page_maps_to_its_line():
    layout = Layout(list(LINES))
    for index, line in enumerate(LINES):
        at = layout.page.index(line) if line else layout.starts[index]
        assert bisect_right(layout.starts, at) - 1 == index
        assert layout.page[layout.starts[index]:layout.starts[index] + len(line)] == line


def test_lines_of_a_kind_are_in_page_order_whatever_the_furniture_order():
    kinds = {6: "nav", 0: "nav", 3: "date", 1: "nav"}
    layout = Layout(list(LINES), kinds, furniture=[Furniture("x", kind, line) for line, kind in kinds.items()])
    assert layout.lines_of("nav") == [0, 1, 6]
    assert layout.lines_of("date", "nav") == [0, 1, 3, 6]
