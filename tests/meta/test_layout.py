import pytest

from lagebild.meta.dates import find_dates
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


def test_dates_are_read_on_every_line_that_has_one():
    lines = ["3. Mai 2021", "Seit 2019 und am 4.5.2020 wieder", "", "Kein Datum, 12 Uhr", "1.2.2022 | 3.4.2022",
             "Stand: 14.02.2024"]
    layout = Layout(lines)
    assert layout.dates == {i: found for i, line in enumerate(lines) if (found := find_dates(line))}
    assert sorted(layout.dates) == [0, 1, 4, 5]
    assert len(layout.dates[4]) == 2


@pytest.mark.parametrize("line", ["am ٥.3.20 veröffentlicht", "„Neu“ – am ５.3.20 für 5 €"])
def test_a_date_that_opens_with_a_digit_beyond_0_to_9_is_found_on_a_page(line):
    """The page scan's faster ASCII twin would miss these: the only place a date may start is the
    Arabic-Indic or fullwidth digit."""
    layout = Layout(["Startseite", line, "Ein Absatz über 2020 und „Zitate“."])
    assert layout.dates[1] == find_dates(line) != []


def test_lines_of_a_kind_are_in_page_order_whatever_the_furniture_order():
    kinds = {6: "nav", 0: "nav", 3: "date", 1: "nav"}
    layout = Layout(list(LINES), kinds, furniture=[Furniture("x", kind, line) for line, kind in kinds.items()])
    assert layout.lines_of("nav") == [0, 1, 6]
    assert layout.lines_of("date", "nav") == [0, 1, 3, 6]


def test_lines_about_other_stories_pictures_or_readers_are_never_dated():
    layout = Layout(list(LINES), {0: "related", 1: "date", 3: "comment"}, caption_lines=frozenset({5}))
    assert [i for i in range(len(LINES)) if layout.never_dated(i)] == [0, 3, 5]


def _paragraphs(topic: str, count: int) -> list[str]:
    return [f"Absatz {k} über {topic} erzählt ausführlich, was geschah, wer beteiligt war und was nun folgt, "
            f"und er ist so lang wie ein Absatz einer Zeitung, damit er als Fließtext gilt." for k in range(count)]


def _bounds(lines: list[str]) -> tuple[int, int]:
    from lagebild.meta.layout import _body_bounds

    return _body_bounds(Layout(lines))


def test_the_body_opens_with_the_article_above_a_longer_list_of_teasers():
    """The story's paragraphs come first; the heavier run of teasers or comments under it does not
    move the body's start below the headline."""
    article = _paragraphs("den Marktplatz", 5)
    teasers = _paragraphs("andere Themen", 9)
    lines = ["Startseite", "Der Marktplatz wird umgebaut", "3. Mai 2021", *article,
             "Mehr zum Thema", "Newsletter", "Kontakt", "Impressum", *teasers]
    assert _bounds(lines) == (3, len(lines) - 1)


def test_a_short_box_of_prose_above_the_article_does_not_open_the_body():
    box = _paragraphs("den Newsletter", 2)
    article = _paragraphs("den Marktplatz", 6)
    lines = [*box, "Startseite", "Politik", "Kultur", "Sport", "Der Marktplatz wird umgebaut", *article]
    assert _bounds(lines) == (7, len(lines) - 1)


def test_a_metadata_line_of_labelled_fields_is_no_paragraph_however_long():
    fields = ("Veröffentlicht: 05.01.2021 | Verfasst von: Redaktion | Abgelegt unter: Stadt, Verkehr, Umbau | "
              "Schlagworte: Marktplatz, Gemeinderat, Baustelle, Pflaster | 3 Kommentare")
    assert len(fields) >= 150
    assert not is_prose(fields)
    assert not is_prose("Start > Politik > Stadt > Der Gemeinderat hat den Umbau beschlossen.")
    assert is_prose(_paragraphs("den Marktplatz", 1)[0].replace(", ", " | ", 1))


def test_a_question_with_its_poster_and_date_under_it_opens_no_body():
    """The headline of a forum thread ends like a sentence; the name and date under it show it is none."""
    question = "Hat jemand eine Idee, warum das Update auf dem Telefon nicht lädt?"
    thread = [question, "forenname 28.09.2019 12:44", *_paragraphs("das Update", 3)]
    assert 0 not in Layout(thread).prose
    assert 0 in Layout([question, *_paragraphs("das Update", 3)]).prose
    assert _bounds(["Forum", *thread]) == (3, len(thread))


def test_a_tag_cloud_run_into_one_line_is_no_paragraph():
    tags = ("Aachen Agfa Vista Australien Berlin Carl Chuck Deutschland Doppelbelichtung Filmtausch Hamburg "
            "Ilford John W. Kodak Portra Lomography Nachtaufnahme Oliver Pentax Shuji Tokio Uruguay Walter")
    assert len(tags) >= 150
    assert not is_prose(tags)
    assert is_prose(_paragraphs("den Marktplatz", 1)[0])
