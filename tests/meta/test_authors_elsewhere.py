from lagebild.meta.authors_elsewhere import COPYRIGHT_OPENING, _lines_opening_with
from lagebild.meta.layout import Layout


def test_lines_opening_with_a_pattern_are_numbered_like_the_page():
    lines = ["© 2020 Anna Muster", "Text", "", "  Copyright 2021", "(c) Ben", "Kein © hier", "© Ende"]
    expected = [i for i, line in enumerate(lines) if COPYRIGHT_OPENING.match("\n" + line)]
    assert _lines_opening_with(Layout(lines), COPYRIGHT_OPENING) == expected == [0, 3, 4, 6]
