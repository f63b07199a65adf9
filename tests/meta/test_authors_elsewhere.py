from lagebild.meta.authors_elsewhere import COPYRIGHT_OPENING, _lines_opening_with
from lagebild.meta.layout import Layout


def test_lines_opening_with_a_pattern_are_numbered_like_the_page():
    lines = ["© 2020 Anna Muster", "Text", "", "  Copyright 2021", "(c) Ben", "Kein © hier", "© Ende"]
    expected = [i for i, line in enumerate(lines) if COPYRIGHT_OPENING.match("\n" + line)]
    assert _lines_opening_with(Layout(lines), COPYRIGHT_OPENING) == expected == [0, 3, 4, 6]


def test_a_biography_vouches_for_the_name_above_it_that_no_list_knows():
    from lagebild.meta.authors_elsewhere import author_bio
    from lagebild.meta.names import is_first_name

    assert not is_first_name("Zorvek", vouched=True)
    lines = ["Teilen", "Zorvek Wąsowicz", "Zorvek Wąsowicz schreibt seit 2010 über Radtouren und alte Mühlen im Norden."]
    assert author_bio(Layout(lines, kinds={}, body_start=0, body_end=0)) == ["Zorvek Wąsowicz"]
    lines = ["Teilen", "Neue Radwege", "Neue Radwege entstehen in diesem Jahr an vielen Orten im Norden des Landes."]
    assert author_bio(Layout(lines, kinds={}, body_start=0, body_end=0)) == []
