"""Line roles on small invented dumps: where the article text begins."""
from __future__ import annotations

from lagebild.clean.features import describe
from lagebild.clean.lines import content_by_region, label_lines

PARAGRAPHS = [
    "Den Boden aus Mehl, Butter und Zucker kneten und in die gefettete Form drücken, dabei einen Rand hochziehen.",
    "Die Füllung glatt rühren, auf dem Boden verteilen und den Kuchen etwa eine Stunde lang im Ofen backen.",
    "Wenn der Kuchen ausgekühlt ist, den Guss darüber geben und alles über Nacht im Kühlschrank fest werden lassen.",
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
