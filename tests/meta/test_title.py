import pytest

from lagebild.meta import extract_meta
from lagebild.meta.layout import Layout
from lagebild.meta.title import find_headline
from lagebild.model import Article, Source, Span
from lagebild.settings import Settings

from headline_pages import BODY, PARAGRAPHS


def test_given_title_wins(dump):
    article = extract_meta(dump("labelled_de.txt", given_title="Brücke beschlossen"), Settings())
    assert article.title == "Brücke beschlossen"


def test_repeated_headline_is_one_title_and_no_kicker():
    headline = "Marktplatz wird im kommenden Jahr umgebaut"
    raw = f"Menü\n{headline}\n\n{headline}\n{headline}\n-\n{BODY}"
    article = extract_meta(Article(id="t", source=Source(), raw=raw, language="de"), Settings())
    assert article.title == headline
    assert article.kicker is None


def test_url_slug_points_to_the_headline():
    raw = f"Neuigkeiten aus der Region\nMarktplatz wird umgebaut\nWetter heute sonnig und warm\n{BODY}"
    article = extract_meta(Article(id="t", source=Source(url="https://example.org/marktplatz-wird-umgebaut"),
                                   raw=raw, language="de"), Settings())
    assert article.title == "Marktplatz wird umgebaut"


def test_standfirst_between_headline_and_body_is_the_teaser(dump):
    article = extract_meta(dump("labelled_de.txt"), Settings())
    assert article.teaser.startswith("Der Stadtrat von Seehafen hat am Dienstag")


def test_a_subheading_the_cleaner_kept_in_the_body_is_not_the_title():
    subheading = "Wie es mit dem Platz weitergeht"
    paragraphs = ["Der Gemeinderat hat am Montag lange über die Zukunft des Marktplatzes beraten und am Ende "
                  "mit knapper Mehrheit für einen Umbau gestimmt, der im nächsten Jahr beginnen soll.",
                  "Die Händler auf dem Platz fürchten um ihre Einnahmen während der Bauzeit, die nach den "
                  "Plänen der Verwaltung gut anderthalb Jahre dauern wird, und verlangen einen Ausgleich.",
                  "Die Verwaltung will in den kommenden Wochen mit allen Beteiligten sprechen und danach einen "
                  "Zeitplan vorlegen, der die Markttage so weit wie möglich berücksichtigt."]
    raw = "Startseite\nGemeinderat beschließt Umbau des Marktplatzes\nFoto: Archiv\n\n" + "\n".join([subheading, *paragraphs])
    body = "\n\n".join([subheading, *paragraphs])
    source = Source(url="https://example.org/artikel/4711")
    plain = extract_meta(Article(id="a", source=source, raw=raw, language="de", body=body), Settings())
    marked = extract_meta(Article(id="b", source=source, raw=raw, language="de", body=body,
                                  headings=[Span(0, len(subheading))]), Settings())
    assert plain.title == subheading
    assert marked.title == "Gemeinderat beschließt Umbau des Marktplatzes"


@pytest.mark.parametrize("raw, url, title", [
    pytest.param(f"Menü\nStartseite\n{BODY}Teilen\n4 Kommentare zu „Marktplatz wird umgebaut“\nAnna schreibt:\n",
                 "https://example.org/marktplatz-wird-umgebaut", "Marktplatz wird umgebaut",
                 id="comment heading quoting the title"),
    pytest.param(f"Menü\nHome / Region / Politik / Marktplatz wird umgebaut\n{BODY}",
                 "https://example.org/marktplatz-wird-umgebaut", "Marktplatz wird umgebaut",
                 id="breadcrumb trail ending in the headline"),
    pytest.param(f"Menü\nSie sind hier: Home » Marktplatz wird umgebaut\n{BODY}",
                 "https://example.org/marktplatz-wird-umgebaut", "Marktplatz wird umgebaut",
                 id="one-step trail under a label"),
    pytest.param(f"Menü\nDer Marktplatz unserer schönen Stadt » wird umgebaut\n{BODY}",
                 "https://example.org/marktplatz-wird-umgebaut", "Der Marktplatz unserer schönen Stadt » wird umgebaut",
                 id="one divider after many words belongs to the headline"),
    pytest.param(f"Menü\nMarktplatz umbauen / erneuern?\n{BODY}",
                 "https://example.org/marktplatz-umbauen-erneuern", "Marktplatz umbauen / erneuern?",
                 id="one slash belongs to the headline"),
    pytest.param(f"Neuigkeiten aus der Region\nMarktplatz wird umgebaut\nWetter heute sonnig und warm\n{BODY}",
                 "https://example.org/artikel/marktplatz_wird_umgebaut", "Marktplatz wird umgebaut",
                 id="slug joined by underscores"),
    pytest.param(f"Neuigkeiten aus der Region\nMarktplatz-Umbau\nWetter heute sonnig und warm\n{BODY}",
                 "https://example.org/stadt/marktplatzumbau--4711", "Marktplatz-Umbau",
                 id="slug writes the compound without its hyphen"),
    pytest.param(f"Neuigkeiten aus der Region\nBürgerfest #2\nWetter heute sonnig und warm\n{BODY}",
                 "https://example.org/2024/05/brgerfest-2/", "Bürgerfest #2",
                 id="slug drops the umlaut"),
    pytest.param(f"Gemeinderat beschließt den Umbau des Marktplatzes\nLink kopieren\nhttps://example.org/marktplatz-umbau\n{BODY}",
                 "https://example.org/marktplatz-umbau",
                 "Gemeinderat beschließt den Umbau des Marktplatzes",
                 id="a printed web address is never the headline"),
    pytest.param(f"Kultur und Freizeit\nSturmwarnung: Kein Stadtfest in diesem Jahr\n{BODY}",
                 "https://example.org/kultur-und-freizeit/stadtfest-am-wochenende-wegen-sturm-abgesagt",
                 "Sturmwarnung: Kein Stadtfest in diesem Jahr",
                 id="a line echoing only the section part of the path is no headline"),
    pytest.param(f"News News\nStadtrat vertagt die Entscheidung über das Hallenbad\n12. März 2024\n{BODY}",
                 "https://example.org/news/news_detail.php?id=5",
                 "Stadtrat vertagt die Entscheidung über das Hallenbad",
                 id="a label printed twice in one line is no headline"),
    pytest.param(f"Stadtrat vertagt die Entscheidung über das Hallenbad\n"
                 f"Der Bürgermeister bei der Sitzung im Rathaus (Foto: Anna Muster/Stadtblatt)\n{BODY}",
                 None, "Stadtrat vertagt die Entscheidung über das Hallenbad",
                 id="a line closed by a picture credit is a caption"),
    pytest.param(f"Zehn Ideen für wenig Platz\n12. März 2024\nkinderzimmer pin image\n{BODY}",
                 "https://example.org/kinderzimmer-einrichten",
                 "Zehn Ideen für wenig Platz",
                 id="words in lower case only lose to a capitalised headline"),
])
def test_the_headline_is_found_from_page_and_url_evidence(raw, url, title):
    article = Article(id="t", source=Source(url=url), raw=raw, language="de")
    assert extract_meta(article, Settings()).title == title


def test_a_menu_entry_naming_the_article_beats_a_marked_line_that_does_not():
    layout = Layout(["Startseite", "Marktplatz umbauen", "Kontakt", "", "Unsere Angebote im Überblick", "",
                     *BODY.splitlines()],
                    kinds={0: "nav", 1: "nav", 2: "nav", 4: "title"}, body_start=6, body_end=8)
    url = "https://example.org/stadt/marktplatz-umbauen"
    assert find_headline(layout, url, None).title == "Marktplatz umbauen"
    section_url = "https://example.org/marktplatz-umbauen/kontakt-und-anfahrt-heute"
    assert find_headline(layout, section_url, None).title == "Unsere Angebote im Überblick"


def test_a_heading_marked_as_section_that_names_the_article_is_the_title():
    layout = Layout(["Startseite", "Unsere Angebote im Überblick", "", "Marktplatz umbauen", "",
                     *BODY.splitlines()],
                    kinds={0: "nav", 1: "title", 3: "section"}, body_start=5, body_end=7)
    assert find_headline(layout, "https://example.org/blog/marktplatz-umbauen", None).title == "Marktplatz umbauen"
    assert find_headline(layout, "https://example.org/marktplatz-umbauen/angebote-im-ueberblick", None).title != "Marktplatz umbauen"


def test_a_line_between_the_paragraphs_that_echoes_the_slug_is_a_picture_text_not_the_title():
    paragraphs = BODY.splitlines()
    headline = "Stadtrat beschließt Neugestaltung des Platzes vor dem Rathaus"
    lines = ["Startseite", headline, "Von Anna Muster", paragraphs[0], "Marktplatz Umbau Stadtrat", *paragraphs[1:]]
    layout = Layout(lines, kinds={0: "nav", 1: "title", 2: "byline"}, body_start=3, body_end=len(lines) - 1)
    url = "https://example.org/marktplatz-umbau-stadtrat"
    assert find_headline(layout, url, None).title == headline
    above = Layout(lines[:3] + [lines[4], lines[3], *paragraphs[1:]], kinds={0: "nav", 1: "title", 2: "byline"},
                   body_start=4, body_end=len(lines) - 1)
    assert find_headline(above, url, None).title == "Marktplatz Umbau Stadtrat"


def test_a_copy_of_the_headline_with_the_sites_name_next_to_it_is_not_the_title():
    """A page heading or share text prints "Titel | Site" beside the headline; the site's name is
    no part of the title."""
    headline = "Händler fürchten die lange Bauzeit am Marktplatz"
    for copy in (f"{headline} | Westkurier Online", f"{headline} – Nachrichten aus Seehafen"):
        lines = ["Startseite", headline, copy, "Von Anna Muster", *PARAGRAPHS]
        layout = Layout(lines, kinds={0: "nav", 3: "byline"}, body_start=4, body_end=len(lines) - 1)
        assert find_headline(layout, None, None).title == headline


def test_a_salutation_ending_in_a_comma_is_no_headline():
    paragraph = BODY.splitlines()[0]
    lines = ["Abschied vom Blog nach sieben Jahren", "Liebe Leserinnen und Leser,", *(f"{paragraph} {n}" * 2 for n in range(3))]
    layout = Layout(lines, body_start=2, body_end=4)
    assert find_headline(layout, None, None).title == "Abschied vom Blog nach sieben Jahren"


def test_the_headline_stands_above_the_first_paragraph_not_above_the_longest_run_of_them():
    first = BODY.splitlines()[0]
    headline = "Gemeinderat beschließt den Umbau des Marktplatzes"

    def title(between: str) -> str | None:
        raw = "\n".join(["Startseite", headline, first, "Die Pläne im Überblick", "Neue Bänke und mehr Bäume",
                         between, "Wie es mit dem Platz weitergeht", *PARAGRAPHS])
        return extract_meta(Article(id="t", source=Source(), raw=raw, language="de"), Settings()).title

    assert title("Ein Brunnen vor dem Rathaus") == headline
    assert title("12. März 2024") != headline, "a date between the paragraphs opens another post"


def test_a_line_the_page_quotes_in_another_line_is_the_headline():
    headline, other = "Stadtrat vertagt die Entscheidung zum Hallenbad", "Unsere Angebote für Familien im Überblick"

    def title(comment_heading: str) -> str | None:
        lines = ["Startseite", headline, other, *PARAGRAPHS, comment_heading]
        return find_headline(Layout(lines, kinds={0: "nav"}, body_start=3, body_end=5), None, None).title

    assert title(f"3 Antworten auf {headline}") == headline
    assert title("3 Antworten") == other


def test_a_long_line_under_a_shorter_headline_is_its_standfirst_not_the_title():
    headline = "Händler fürchten um ihre Einnahmen während der Bauzeit"
    standfirst = ("Die Stadt will den Marktplatz ab dem Frühjahr umbauen lassen und verspricht den Händlern "
                  "Ersatzflächen am Rand des Platzes")
    lines = ["Startseite", headline, standfirst, "Von Anna Muster", *PARAGRAPHS[1:]]
    layout = Layout(lines, kinds={0: "nav", 3: "byline"}, body_start=4, body_end=5)
    assert find_headline(layout, None, None).title == headline
    short = Layout([*lines[:2], "Ersatzflächen am Rand des Platzes", *lines[3:]], kinds=layout.kinds,
                   body_start=4, body_end=5)
    assert find_headline(short, None, None).title == "Ersatzflächen am Rand des Platzes"


@pytest.mark.parametrize("between, kinds", [
    (["Blick auf den Marktplatz am Morgen. Foto: Anna Muster"], {2: "photo_credit"}),
    (["Teilen", "Facebook", "Twitter", "E-Mail"], {2: "share", 3: "share", 4: "share", 5: "share"}),
    (["Aktualisiert am 12. März"], {2: "date"}),
])
def test_a_standfirst_finds_its_headline_over_a_caption_share_row_or_update_line(between, kinds):
    headline = "Händler fürchten um ihre Einnahmen während der Bauzeit"
    standfirst = ("Die Stadt will den Marktplatz ab dem Frühjahr umbauen lassen und verspricht den Händlern "
                  "Ersatzflächen am Rand des Platzes")
    lines = ["Startseite", headline, *between, standfirst, "Von Anna Muster", *PARAGRAPHS[1:]]
    start = len(between) + 4
    layout = Layout(lines, kinds={0: "nav", **kinds, start - 1: "byline"}, body_start=start, body_end=start + 1)
    assert find_headline(layout, None, None).title == headline


def test_without_a_url_a_line_whose_words_open_the_article_is_the_headline():
    headline = "Gemeinderat beschließt nach langer Debatte den Umbau des Marktplatzes"
    lines = ["Startseite", headline, "Unsere Angebote für Familien im Überblick", BODY.splitlines()[0], *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav"}, body_start=3, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


def test_without_a_url_a_headline_over_a_byline_far_above_the_body_is_found():
    headline = "Gemeinderat beschließt den Umbau des Marktplatzes"
    lines = [headline, "Von Anna Muster", *(f"Rubrik {n}" for n in range(30)), *PARAGRAPHS]
    layout = Layout(lines, kinds={1: "byline"}, body_start=32, body_end=34)
    assert find_headline(layout, None, None).title == headline


def test_without_a_url_a_standfirst_over_the_byline_does_not_take_the_headlines_place():
    headline = "Unmut auf dem Wochenmarkt wächst seit Wochen"
    standfirst = ("Die Händler auf dem Platz fürchten um ihre Einnahmen während der Bauzeit und verlangen von der "
                  "Verwaltung einen Ausgleich")
    lines = ["Startseite", headline, standfirst, "Von Anna Muster", *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 3: "byline"}, body_start=4, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("marked, kind, title", [
    ("Lesezeit drei Minuten", "title", "Gemeinderat streitet weiter über Bauzeit und Kosten"),
    ("Zukunft des Marktplatzes offen", "title", "Zukunft des Marktplatzes offen"),
])
def test_without_a_url_a_marked_title_sharing_no_word_with_the_opening_loses_the_cleaners_credit(marked, kind, title):
    lines = ["Startseite", "Gemeinderat streitet weiter über Bauzeit und Kosten", marked, *BODY.splitlines()]
    layout = Layout(lines, kinds={0: "nav", 2: kind}, body_start=3, body_end=5)
    assert find_headline(layout, None, None).title == title


def test_a_marked_headline_that_reads_as_a_sentence_is_not_taken_for_the_first_paragraph():
    headline = "Gemeinderat beschließt Umbau des Marktplatzes, sagt der Bürgermeister „endlich“"
    variant = "Gemeinderat berät über Zukunft des Marktplatzes"
    lines = ["Startseite", variant, "Lokales", headline, BODY.splitlines()[0], *PARAGRAPHS, "Mehr zum Thema", variant]
    layout = Layout(lines, kinds={0: "nav", 2: "nav", 3: "title", 8: "related"}, body_start=4, body_end=7)
    assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("label, headline", [("Bauzeit", True), ("Newsletter", False)])
def test_without_a_url_a_one_word_line_over_the_credits_is_the_headline_if_the_article_names_it(label, headline):
    lines = ["Startseite", label, "Von Anna Muster", *PARAGRAPHS, BODY.splitlines()[0]]
    layout = Layout(lines, kinds={0: "nav", 2: "byline"}, body_start=3, body_end=len(lines) - 1)
    assert (find_headline(layout, None, None).title == label) is headline


def test_without_a_url_a_one_word_line_with_no_credits_under_it_is_no_headline():
    lines = ["Startseite", "Bauzeit", *PARAGRAPHS, BODY.splitlines()[0]]
    layout = Layout(lines, kinds={0: "nav"}, body_start=2, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title != "Bauzeit"


def test_without_a_url_a_credited_teaser_the_opening_does_not_name_loses_its_credit_to_the_headline():
    lines = ["Startseite", "Feuerwehr rückt zu Großeinsatz aus", "12.05.2021", "Händler fürchten Bauzeit",
             "Von Anna Muster", *PARAGRAPHS, BODY.splitlines()[0]]
    layout = Layout(lines, kinds={0: "nav", 3: "nav", 4: "byline"}, body_start=5, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == "Händler fürchten Bauzeit"


@pytest.mark.parametrize("kind", ["share", "newsletter", "ad", "comment"])
def test_a_line_the_cleaner_names_as_interface_or_another_box_is_no_headline(kind):
    lines = ["Startseite", "Streit um den Umbau des Marktplatzes", *BODY.splitlines()]
    assert find_headline(Layout(lines, kinds={0: "nav", 1: kind}, body_start=2, body_end=4), None, None).title != lines[1]
    assert find_headline(Layout(lines, kinds={0: "nav"}, body_start=2, body_end=4), None, None).title == lines[1]


def test_without_a_url_the_line_under_a_teaser_label_names_another_article():
    headline, teaser = "Streit um die Zukunft des Marktplatzes", "Warum der Gemeinderat am Montag tagte"
    for label, title in (("Lesen Sie auch", headline), ("Mehr", teaser)):
        lines = ["Startseite", headline, "Anna Muster", label, teaser, *BODY.splitlines()]
        assert find_headline(Layout(lines, kinds={0: "nav", 4: "title"}, body_start=5, body_end=7), None, None).title == title


@pytest.mark.parametrize("label_kind, title", [("ad", "Händler fürchten lange Bauzeit"), (None, None)])
def test_an_advertisements_sentence_the_body_starts_with_is_not_the_article_start(label_kind, title):
    """An ad's text under its label, taken for the body's first paragraph, has the article's headline
    and byline under it; without the label the same lines are the article's own opening."""
    lines = ["Startseite", "Anzeige", "Strom günstig wechseln", "Vergleichen Sie Tarife und sparen Sie im Jahr.",
             "Händler fürchten lange Bauzeit", "Von Anna Muster", *PARAGRAPHS]
    kinds = {0: "nav", 1: label_kind, 2: "nav", 5: "byline"} if label_kind else {0: "nav", 2: "nav", 5: "byline"}
    layout = Layout(lines, kinds=kinds, body_start=3, body_end=len(lines) - 1)
    found = find_headline(layout, None, None).title
    assert (found == "Händler fürchten lange Bauzeit") is (title is not None)


def test_the_advertisements_sentence_before_the_article_start_is_not_the_headline():
    """An ad's sentence sharing words with the article's opening outscores a one-word headline the
    cleaner calls a menu entry unless the box's sentence pays for standing in it."""
    lines = ["Anzeige", "Strom günstig wechseln", "Die Händler sparen mit den Tarifen der Verwaltung im Jahr.", "Bauzeit",
             "12. März 2024", *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "ad", 1: "nav", 3: "nav", 4: "date"}, body_start=2, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == "Bauzeit"


def test_a_sentence_right_under_a_date_is_a_teasers_text_not_the_headline():
    """The teaser above the article gives its story a date and a sentence under it; that sentence
    shares a word with the article's opening, the headline under it (which the cleaner took for a
    menu entry) does not."""
    lines = ["Startseite", "Stadtrat beschließt den Haushalt", "12.05.2021", "Was die Händler jetzt wissen müssen.",
             "Ein Platz für alle", "Von Anna Muster", *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 4: "nav", 5: "byline"}, body_start=6, body_end=len(lines) - 1)
    assert find_headline(layout, None, None).title == "Ein Platz für alle"


@pytest.mark.parametrize("line, headline", [
    ("Andacht zur Eröffnung des Marktplatzes, 11. November 2021, 18 Uhr", True),
    ("Veröffentlicht am 11. November 2021", False),
])
def test_without_a_url_a_headline_that_names_a_day_among_its_words_is_a_candidate(line, headline):
    lines = ["Startseite", line, "Von Anna Muster", *PARAGRAPHS]
    layout = Layout(lines, kinds={0: "nav", 2: "byline"}, body_start=3, body_end=len(lines) - 1)
    assert (find_headline(layout, None, None).title == line) is headline


def test_a_breadcrumb_trail_the_body_starts_with_is_not_the_article_start():
    """The cleaner reads a trail ending in a long headline as prose; the article starts under it, so
    the headline printed alone there is no line inside the body."""
    headline = "Händler auf dem Marktplatz fürchten um ihre Einnahmen während der langen Bauzeit."
    for divider in (" › ", " / "):
        lines = ["Ein Blog aus der Stadt Seehafen", f"Home{divider}Region{divider}{headline}", headline,
                 "Von Anna Muster", *PARAGRAPHS]
        layout = Layout(lines, kinds={3: "byline"}, body_start=1, body_end=len(lines) - 1)
        assert find_headline(layout, None, None).title == headline


@pytest.mark.parametrize("kind", ["nav", "section"])
@pytest.mark.parametrize("label, headline", [("Bauzeit", True), ("Newsletter", False)])
def test_without_a_url_a_one_word_headline_the_cleaner_calls_a_menu_line_is_still_found(kind, label, headline):
    lines = ["Startseite", "Lokales", label, "Von Anna Muster", *PARAGRAPHS, BODY.splitlines()[0]]
    layout = Layout(lines, kinds={0: "nav", 1: "nav", 2: kind, 3: "byline"}, body_start=4, body_end=len(lines) - 1)
    assert (find_headline(layout, None, None).title == label) is headline
