import pytest

from lagebild.meta import extract_meta
from lagebild.meta.layout import Layout
from lagebild.meta.title import find_headline
from lagebild.model import Article, Source
from lagebild.settings import Settings

from headline_pages import BODY, ROOM_BODY


def test_kicker_line_above_the_headline_is_not_the_title(dump):
    article = extract_meta(dump("labelled_de.txt"), Settings())
    assert article.title == "Stadtrat stimmt für Brückenneubau am Nordkai"
    assert article.kicker == "Hafenstadt plant neue Brücke"


def test_given_title_keeps_the_kicker_above_its_line_on_the_page(dump):
    article = extract_meta(dump("labelled_de.txt", given_title="Stadtrat stimmt für Brückenneubau am Nordkai"),
                           Settings())
    assert article.kicker == "Hafenstadt plant neue Brücke"


def test_a_short_line_right_above_a_longer_headline_is_its_kicker():
    url = "https://example.org/ratgeber/gesundes-raumklima-im-winter/12345"
    raw = f"Startseite\nGesundes Raumklima\nKondenswasser an den Fenstern im Winter vermeiden\n{ROOM_BODY}"
    article = extract_meta(Article(id="t", source=Source(url=url), raw=raw, language="de"), Settings())
    assert article.title == "Kondenswasser an den Fenstern im Winter vermeiden"
    assert article.kicker == "Gesundes Raumklima"


def test_a_line_that_opens_with_the_chosen_line_is_its_caption_not_a_headline_under_a_kicker():
    url = "https://example.org/ratgeber/gesundes-raumklima-im-winter-halten/12345"
    raw = f"Startseite\nGesundes Raumklima im Winter\nGesundes Raumklima im Winter, Bild: Archiv der Redaktion\n{BODY}"
    article = extract_meta(Article(id="t", source=Source(url=url), raw=raw, language="de"), Settings())
    assert article.title == "Gesundes Raumklima im Winter"


@pytest.mark.parametrize("above, kind, kicker", [
    pytest.param("Gesundes Raumklima", None, "Gesundes Raumklima", id="a topical line"),
    pytest.param("Gesundes Wohnen", "kicker", "Gesundes Wohnen", id="a line the cleaner marked as kicker"),
    pytest.param("Seite auswählen", "nav", None, id="an interface label naming nothing in the story"),
    pytest.param("Foto: Anna Muster", "photo_credit", None, id="a picture credit"),
    pytest.param("Artikel merken", "share", None, id="a share button"),
    pytest.param("Raumklima Raumklima", "nav", None, id="a label printed twice"),
    pytest.param("Raumklima →", "nav", None, id="a link to the next post"),
])
def test_the_kicker_is_a_topical_line_not_the_furniture_above_the_headline(above, kind, kicker):
    layout = Layout(["Startseite", above, "Kondenswasser an den Fenstern im Winter vermeiden", *ROOM_BODY.splitlines()],
                    kinds={0: "nav", **({1: kind} if kind else {}), 2: "title"}, body_start=3, body_end=5)
    headline = find_headline(layout, None, None)
    assert headline.title == "Kondenswasser an den Fenstern im Winter vermeiden"
    assert headline.kicker == kicker
