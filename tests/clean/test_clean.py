"""Behaviour of the clean stage on small invented page dumps (German and English)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.clean import FURNITURE_KINDS, clean_article
from lagebild.model import Article, Source
from lagebild.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def _clean(name: str, **settings) -> Article:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    return clean_article(Article(id=name, source=Source(), raw=raw), Settings(**settings))


@pytest.fixture(scope="module")
def german() -> Article:
    return _clean("de_article.txt")


@pytest.fixture(scope="module")
def english() -> Article:
    return _clean("en_article.txt")


def _kinds(article: Article) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for item in article.furniture:
        kinds.setdefault(item.kind, []).append(item.text)
    return kinds


def test_clean_detects_language(german, english):
    assert german.language == "de"
    assert english.language == "en"


def test_clean_respects_forced_language():
    assert _clean("de_article.txt", language="en").language == "en"


def test_clean_removes_photo_credit(german, english):
    assert "Beispielbild-Agentur" not in german.body
    assert "Foto: Beispielbild-Agentur" in _kinds(german)["photo_credit"]
    assert "Example Images" not in english.body
    assert "Photo: Example Images" in _kinds(english)["photo_credit"]


def test_clean_keeps_subheading_as_heading(german, english):
    for article, heading in ((german, "Was die Anwohner sagen"), (english, "A long road to opening")):
        assert [span.of(article.body) for span in article.headings] == [heading]
        assert f"\n\n{heading}\n\n" in article.body


def test_clean_splits_glued_dateline(german, english):
    assert german.body.startswith("Der Stadtrat hat am Donnerstag")
    assert _kinds(german)["dateline"] == ["Hafenstadt"]
    assert english.body.startswith("The new ferry terminal opened")
    assert _kinds(english)["dateline"] == ["LONDON"]


def test_caption_not_in_body(german, english):
    assert "Radfahrer warten" not in german.body
    assert [c.text for c in german.captions] == [
        "Radfahrer warten an einer Kreuzung in der Innenstadt auf grünes Licht."]
    assert german.captions[0].credit == "Beispielbild-Agentur"
    caption = english.captions[0]
    assert caption.text.endswith("in the harbour.")
    assert caption.credit == "JOHN SAMPLE – POOL"
    assert "Passengers board" not in english.body


def test_last_paragraph_before_credit_stays_body(english):
    assert english.body.endswith("in difficult conditions.")


def test_related_teasers_removed(german, english):
    assert "Buslinie" not in german.body
    kinds = _kinds(german)
    assert "Neue Buslinie verbindet den Hafen mit dem Bahnhof" in kinds["related"]
    assert "18. April 2024 · 18:56" in kinds["related_date"]
    assert "Storm damages harbour wall in the night" in _kinds(english)["related"]


def test_closing_newsletter_prompt_removed(english):
    assert "Sign up" not in english.body
    assert _kinds(english)["newsletter"] == [
        "Sign up for the Harbour Daily briefing: the day's essential stories, every morning."]


def test_agency_marker_stripped_from_last_paragraph(german):
    assert german.body.endswith("in drei Bürgerversammlungen vorstellen.")
    assert _kinds(german)["agency"] == ["(dpa/abc)"]


def test_meta_lines_recorded_for_meta_stage(german, english):
    kinds = _kinds(german)
    assert kinds["title"] == ["Stadtrat beschließt neue Radwege für die Innenstadt"]
    assert kinds["byline"] == ["Von Erika Musterfrau"]
    assert kinds["date"] == ["Publiziert: 03.05.2024 um 09:15 Uhr"]
    assert _kinds(english)["byline"] == ["By Jane Example"]
    assert _kinds(english)["date"] == ["Published: May 3, 2024"]


def test_lead_under_title_is_teaser_not_body(german):
    teaser = "Zwölf neue Radwege sollen die Innenstadt sicherer machen. Die Opposition hält den Plan für verspätet."
    assert _kinds(german)["teaser"] == [teaser]
    assert teaser not in german.body


def test_furniture_records_reason(german):
    raw_lines = german.raw.splitlines()
    kinds = _kinds(german)
    assert "Fehler gefunden? Jetzt melden" in kinds["error_report"]
    assert "Diesen Artikel teilen" in kinds["share"]
    assert "Hören" in kinds["listen"]
    assert "1/5" in kinds["gallery"]
    assert "Startseite" in kinds["nav"]
    for item in german.furniture:
        assert item.kind in FURNITURE_KINDS, item
        assert item.text in raw_lines[item.line]


def test_every_line_accounted_for(german):
    """Each non-blank raw line is body, caption or furniture: nothing disappears silently."""
    placed = {f.line for f in german.furniture} | {c.line for c in german.captions}
    body_lines = [i for i, line in enumerate(german.raw.splitlines())
                  if line.strip() and i not in placed]
    for i in body_lines:
        line = german.raw.splitlines()[i]
        assert line.split()[-2] in german.body


def test_pattern_files_use_only_agreed_kinds():
    from lagebild.clean.patterns import furniture_patterns

    assert set(furniture_patterns().kinds) <= FURNITURE_KINDS


def test_hard_wrapped_paragraph_is_body_and_joined():
    raw = "\n".join([
        "Home", "News", "Contact",
        "Town council approves the new library budget for next year",
        "The council voted on Monday to give the library more money than",
        "it had asked for, because the old building needs a new roof and",
        "the reading rooms have been closed since the storms in the spring.",
        "Privacy Policy",
    ])
    article = clean_article(Article(id="wrapped", source=Source(), raw=raw), Settings())
    assert article.body == (
        "The council voted on Monday to give the library more money than it had asked for, because the old "
        "building needs a new roof and the reading rooms have been closed since the storms in the spring.")
    assert _kinds(article)["title"] == ["Town council approves the new library budget for next year"]


def test_list_announced_by_colon_stays_in_body():
    raw = "\n".join([
        "Home", "Rezepte", "Kontakt",
        "Ein einfacher Apfelkuchen für jeden Tag im Herbst",
        "Dieser Kuchen gelingt auch ohne viel Übung, und er schmeckt am besten noch warm vom Blech.",
        "Für ein Blech brauchen Sie:",
        "500 g Mehl",
        "6 Äpfel",
        "200 g Butter",
        "Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen, den man vorher aus Mehl, "
        "Butter und einer Prise Salz geknetet hat. Dann kommt das Blech für eine Stunde in den Ofen, bis "
        "die Oberfläche goldbraun ist und die Äpfel weich sind. Wer mag, streut am Ende noch etwas Zimt "
        "und Zucker darüber und serviert den Kuchen mit Sahne.",
        "Impressum",
    ])
    article = clean_article(Article(id="list", source=Source(), raw=raw), Settings())
    assert "Für ein Blech brauchen Sie:\n\n500 g Mehl\n\n6 Äpfel\n\n200 g Butter" in article.body
    assert "Impressum" not in article.body


def test_date_sentence_at_top_of_text_is_the_article_date_not_body():
    article = _clean("en_header_date.txt")
    kinds = _kinds(article)
    assert kinds["date"] == ["Published June 3, 2024 at 10:20 a.m."]
    assert article.body.startswith("The harbour authority opened")
    assert kinds["related_date"] == ["May 28, 2024", "May 20, 2024"]


def test_blog_footer_bio_and_comment_notice_are_furniture():
    article = _clean("en_blog_footer.txt")
    assert article.body.endswith("lifted its first boat again.")
    kinds = _kinds(article)
    assert "Your email address will not be published. Required fields are marked *" in kinds["comment"]
    assert "Filed under: Harbour, Repairs, Club life" in kinds["other"]


def test_short_story_closed_by_a_share_button_keeps_its_paragraphs_as_body():
    article = _clean("de_short_story.txt")
    assert article.body.startswith("Der Stadtrat hat am Montag")
    assert "Hedda Lorenz sagte" in article.body
    assert "teaser" not in _kinds(article)
    assert _kinds(article)["share"] == ["Diesen Artikel teilen"]


FLOOD_PARAGRAPHS = {
    "de": ("Das Hochwasser hat am Wochenende mehrere Dörfer im Tal erreicht, und die Feuerwehr musste viele "
           "Keller auspumpen, weil das Wasser schneller stieg als in den Jahren zuvor.",
           "Am Montag sank der Pegel wieder, doch die Straßen im Tal bleiben nach Angaben der Gemeinde bis "
           "zum Ende der Woche gesperrt."),
    "en": ("The flood reached several villages in the valley at the weekend, and the fire brigade had to pump "
           "out many cellars because the water rose faster than in earlier years.",
           "On Monday the level fell again, but the roads in the valley will stay closed until the end of the "
           "week, the council said."),
}


@pytest.mark.parametrize("lang, figure", [
    ("de", "Abbildung 3: Der Pegel des Flusses steigt nach dem Regen innerhalb weniger Stunden um zwei Meter."),
    ("en", "Figure 2: The river level rises by two metres within a few hours after the heavy rain."),
])
def test_numbered_figure_caption_is_caption_not_body(lang, figure):
    """Figure labels in reports read like prose, but the label says they describe a picture."""
    first, second = FLOOD_PARAGRAPHS[lang]
    raw = "\n".join(["Home", first, figure, second, "Impressum"])
    article = clean_article(Article(id="figure", source=Source(), raw=raw), Settings(language=lang))
    assert [c.text for c in article.captions] == [figure]
    assert article.body == f"{first}\n\n{second}"


@pytest.mark.parametrize("lang, caption", [
    ("de", "BildunterschriftFeuerwehrleute pumpen einen Keller aus"),
    ("en", "Image captionFirefighters pump out a cellar"),
    ("en", "Media caption: Firefighters pump out a cellar"),
])
def test_a_caption_labelled_for_screen_readers_is_no_title(lang, caption):
    """The label glued to a caption right above the body says it describes a picture, however
    headline-like its words are."""
    first, second = FLOOD_PARAGRAPHS[lang]
    raw = "\n".join(["Home", caption, first, second, "Impressum"])
    article = clean_article(Article(id="label", source=Source(), raw=raw), Settings(language=lang))
    assert [c.text for c in article.captions] == [caption]


def test_short_deck_line_right_above_the_first_paragraph_is_kept_as_teaser():
    raw = "\n".join([
        "Home", "Tipps", "Kontakt",
        "So bleiben Schnittblumen länger frisch in der Vase",
        "von Erika Musterfrau",
        "Das kennt doch jeder hier!",
        "Ihr bringt einen Strauß vom Markt mit nach Hause, und schon nach zwei Tagen lassen die ersten Blüten "
        "die Köpfe hängen, obwohl das Wasser in der Vase noch ganz frisch aussieht.",
        "Das liegt meistens daran, dass die Stiele zu gerade angeschnitten wurden und deshalb nicht genug "
        "Wasser aufnehmen können, wie Gärtnerinnen und Gärtner seit langem wissen.",
        "Impressum",
    ])
    article = clean_article(Article(id="deck", source=Source(), raw=raw), Settings(language="de"))
    kinds = _kinds(article)
    assert kinds["teaser"] == ["Das kennt doch jeder hier!"]
    assert kinds["title"] == ["So bleiben Schnittblumen länger frisch in der Vase"]
    assert article.body.startswith("Ihr bringt einen Strauß")


def test_alt_text_and_caption_with_photograph_credit_are_captions():
    caption = "Volunteers fill sandbags at the river bank on Sunday morning."
    first, second = FLOOD_PARAGRAPHS["en"]
    raw = "\n".join(["Home", first, "Share on Facebook", caption, f"{caption} Photograph: Jo Sample/Example Agency",
                     second, "Privacy Policy"])
    article = clean_article(Article(id="alt", source=Source(), raw=raw), Settings(language="en"))
    assert [(c.text, c.credit) for c in article.captions] == [
        (caption, None), (caption, "Jo Sample/Example Agency")]
    assert article.body == f"{first}\n\n{second}"


def test_unpunctuated_list_inside_the_article_stays_in_body():
    first, second = FLOOD_PARAGRAPHS["en"]
    items = ["Move valuables to the upper floor", "Turn off the power at the fuse box",
             "Keep a bag with papers and medicine ready"]
    last = ("Residents who had to leave their homes can stay in the school gym until the water has gone, and "
            "the council has promised to pay for the cleaning of flooded cellars in the whole valley.")
    raw = "\n".join(["Home", "News", first, "The fire brigade gave residents in the valley three pieces of advice:",
                     *items, second, last, "Privacy Policy"])
    article = clean_article(Article(id="list", source=Source(), raw=raw), Settings(language="en"))
    assert "\n\n".join(items) in article.body
    assert article.body.startswith(first) and article.body.endswith(last)


def test_subheading_over_an_announced_list_is_a_heading():
    first, second = FLOOD_PARAGRAPHS["en"]
    raw = "\n".join(["Home", "News", first, second, "What to do now",
                     "The fire brigade asks everyone in the valley to do this:",
                     "Move valuables to the upper floor", "Keep a bag with papers ready",
                     "Residents who had to leave their homes can stay in the school gym until the water has gone, "
                     "and the council has promised to pay for the cleaning of flooded cellars in the whole valley.",
                     "Privacy Policy"])
    article = clean_article(Article(id="heading", source=Source(), raw=raw), Settings(language="en"))
    assert [span.of(article.body) for span in article.headings][:1] == ["What to do now"]
    assert "What to do now\n\nThe fire brigade asks everyone" in article.body


def test_one_long_foreign_notice_does_not_decide_the_language():
    """The language sample takes a slice of several long lines, so an English cookie notice that
    is the page's longest line is outvoted by the German paragraphs."""
    raw = "\n".join([
        "We use cookies and similar technologies to personalise content and ads, to provide social media "
        "features and to analyse our traffic, and we share information about your use of our site.",
        "Der Gemeinderat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
        "Die Bürgermeisterin sagte, die Stadt müsse in den nächsten Jahren vor allem in die Schulen investieren.",
        "Die Opposition kritisierte, dass für die Sanierung der Straßen wieder kein Geld vorgesehen sei.",
    ])
    article = clean_article(Article(id="mixed", source=Source(), raw=raw), Settings())
    assert article.language == "de"


def test_header_date_line_above_photo_credit_is_a_date_not_a_caption():
    article = _clean("de_date_lines.txt")
    kinds = _kinds(article)
    assert "14. März 2024 Erika Muster 3" in kinds["date"]
    assert all(c.text != "14. März 2024 Erika Muster 3" for c in article.captions)


def test_lone_date_under_the_article_is_its_own_date():
    kinds = _kinds(_clean("de_date_lines.txt"))
    assert "14.03.2024" in kinds["date"]
    assert "related_date" not in kinds


def test_dates_of_a_teaser_list_under_the_article_stay_related():
    kinds = _kinds(_clean("de_dated_teasers.txt"))
    assert kinds["related_date"] == ["12.03.2024", "08.03.2024"]
    assert "date" not in kinds


def test_english_comment_header_ends_a_german_article():
    article = _clean("de_english_theme.txt")
    assert article.language == "de"
    assert article.body.endswith("gegebenenfalls anpassen.")
    assert "Endlich!" not in article.body


def test_promotion_above_the_article_is_furniture_not_its_lead():
    article = _clean("en_promo_above.txt")
    assert "briefing" not in article.body
    assert "Get our free weekly briefing delivered to your inbox every Friday morning." in _kinds(article)["newsletter"]


def test_category_line_without_a_digit_is_not_a_date():
    kinds = _kinds(_clean("en_promo_above.txt"))
    assert "Posted in News, Local politics" in kinds["other"]
    assert "date" not in kinds


def test_headline_repeated_in_a_teaser_list_is_not_a_subheading():
    article = _clean("en_repeated_teaser.txt")
    assert "second ferry pier" not in article.body
    assert article.body.startswith("The town council voted")
    assert article.body.endswith("around it.")


def test_items_under_a_list_header_without_colon_are_body():
    article = _clean("de_recipe_list.txt")
    for item in ("250 Gramm Butter", "4 Eier", "300 Gramm Mehl"):
        assert item in article.body
    assert "Impressum" not in article.body


def test_page_without_article_text_gets_no_title():
    """A results list or menu page has no body; its last title-like line is a menu entry, not a
    headline the meta stage should report."""
    raw = "\n".join(["Startseite", "Vereine und Kreise", "Ergebnisse der Kreismeisterschaften",
                     "Kontakt und Impressum", "Designed by Example Themes | Powered by WordPress"])
    article = clean_article(Article(id="menu", source=Source(), raw=raw), Settings())
    assert article.body == ""
    assert "title" not in _kinds(article)
