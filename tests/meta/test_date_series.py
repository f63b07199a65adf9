from datetime import date

import pytest

from lagebild.meta import extract_meta
from lagebild.meta.published import CONFIDENCE
from lagebild.model import Furniture
from lagebild.settings import Settings


def test_labelled_teaser_dates_in_a_series_are_not_taken_far_below_the_body(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    label = lines.index("Veröffentlicht am: 12.06.2023")
    for index in range(label - 3, label):
        lines[index] = f"Veröffentlicht am: 0{index - label + 9}.05.2023"
    article.raw = "\n".join(lines)
    article.furniture = [Furniture(lines[i], "related_date", i) for i in range(label - 3, label + 1)]
    assert extract_meta(article, Settings()).published is None


def test_archive_series_marked_as_dates_by_the_cleaner_is_not_the_article_date(dump):
    article = dump("archive_dates.txt")
    lines = article.raw.splitlines()
    dated = [i for i, line in enumerate(lines) if line.endswith("2024")]
    article.furniture = [Furniture(lines[i], "date", i) for i in dated]
    article.furniture.append(Furniture("Neue Brücke über den Fluss eröffnet", "title", lines.index("Neue Brücke über den Fluss eröffnet")))
    assert extract_meta(article, Settings()).published.value == date(2024, 3, 4)


def test_teaser_sentences_opening_with_dates_are_a_list_not_the_article_date(dump):
    assert extract_meta(dump("teaser_sentences.txt"), Settings()).published is None


def test_short_teaser_boxes_that_repeat_one_shape_beside_the_headline_are_not_the_article_date(dump):
    """Two "<date> Artikel" boxes next to the headline: a list of other stories, so the page's
    "Stand" line is the best date it has."""
    published = extract_meta(dump("related_boxes.txt"), Settings()).published
    assert published.value == date(2023, 11, 12)
    assert "Stand" in published.evidence


@pytest.mark.parametrize("second_box", [
    pytest.param("Artikel zur Lage", id="a lone dated line with words besides the date is still the article's"),
    pytest.param("04.11.2023 Artikel", id="one header date line printed twice (once per screen size) is no teaser list"),
])
def test_the_first_dated_box_dates_the_article_when_the_second_is_no_other_story(dump, second_box):
    article = dump("related_boxes.txt")
    lines = article.raw.splitlines()
    second = lines.index("10.11.2023 Artikel")
    article.raw = "\n".join(lines[:second] + [second_box] + lines[second + 1:])
    assert extract_meta(article, Settings()).published.value == date(2023, 11, 4)


def test_teaser_boxes_that_share_only_the_word_after_the_date_are_a_list_too(dump):
    article = dump("related_boxes.txt")
    article.raw = (article.raw.replace("04.11.2023 Artikel", "04.11.2023 in Politik, Ausland")
                   .replace("10.11.2023 Artikel", "10.11.2023 in Wirtschaft"))
    assert extract_meta(article, Settings()).published.value == date(2023, 11, 12)


def test_the_pages_own_box_in_a_list_of_latest_stories_dates_it(dump):
    """No date in the header, but the page lists itself among the latest stories: the box whose
    title repeats the headline carries the date nearest to that title."""
    published = extract_meta(dump("own_teaser.txt"), Settings()).published
    assert published.value == date(2024, 3, 11)
    assert published.confidence < CONFIDENCE["bare"]


def test_the_pages_own_box_is_found_by_the_url_slug_too(dump):
    article = dump("own_teaser.txt", url="https://example.org/region/kreistag-stimmt-fuer-neue-buslinie-ins-umland")
    article.raw = article.raw.replace("Kreistag stimmt für neue Buslinie ins Umland", "Busse fahren bald stündlich", 1)
    assert extract_meta(article, Settings()).published.value == date(2024, 3, 11)


def test_a_title_halfway_between_two_boxes_dates_nothing(dump):
    article = dump("own_teaser.txt")
    article.raw = article.raw.replace("ins Umland\nMehr\n09.03.2024", "ins Umland\n09.03.2024")
    assert extract_meta(article, Settings()).published is None


def test_teaser_boxes_known_by_their_shape_do_not_draw_the_date_line_beside_them_into_their_list(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    line = lines.index("07/01/2024")
    lines[line + 1:line + 1] = ["Auch interessant", "Markt öffnet wieder", "03.01.2024 · 3 min", "Neue Buslinie",
                                "04.01.2024 · 5 min", "Schule saniert", "05.01.2024 · 2 min"]
    article.raw = "\n".join(lines)
    article.furniture = [Furniture("07/01/2024", "date", line)]
    published = extract_meta(article, Settings()).published
    assert published.value == date(2024, 1, 7)
    assert published.confidence == CONFIDENCE["marked"]


def _with_cleaner_dates(article):
    """The date lines and headline as the cleaner marks them."""
    lines = article.raw.splitlines()
    article.furniture = [Furniture(line, "date", i) for i, line in enumerate(lines) if line[:1].isdigit()]
    article.furniture.append(Furniture(lines[-5], "title", len(lines) - 5))
    return article


@pytest.mark.parametrize("cleaned", [pytest.param(True, id="cleaner marks the dates"), pytest.param(False, id="no cleaner")])
def test_a_date_line_set_apart_from_a_list_of_dates_by_its_heading_is_the_article_date(dump, cleaned):
    """The list prints a date on every line; the page's own date line stands one line further off,
    above the list's heading, and its neighbours in the list do not make it one of many."""
    article = dump("date_beside_list.txt")
    article = _with_cleaner_dates(article) if cleaned else article
    assert extract_meta(article, Settings()).published.value == date(2021, 11, 19)


def test_a_date_line_at_the_lists_own_spacing_is_one_of_its_boxes(dump):
    article = dump("date_beside_list.txt")
    article.raw = article.raw.replace("Meistgelesen\n", "")
    assert extract_meta(_with_cleaner_dates(article), Settings()).published is None


def test_a_date_line_with_a_byline_at_the_end_of_a_list_of_bare_dates_is_set_apart_by_its_words(dump):
    """Same spacing as the list, but the page's own line names its author; the boxes are dates alone."""
    article = dump("date_beside_list.txt")
    article.raw = article.raw.replace("Meistgelesen\n", "").replace("19.11.2021", "von Anna Beispiel, 19.11.2021")
    assert extract_meta(_with_cleaner_dates(article), Settings()).published.value == date(2021, 11, 19)


def test_a_worded_date_line_in_a_list_of_worded_boxes_is_one_of_them(dump):
    article = dump("date_beside_list.txt")
    article.raw = article.raw.replace("Meistgelesen\n", "").replace("19.11.2021", "von Anna Beispiel, 19.11.2021")
    for day in ("05.11.2021", "22.10.2021", "11.11.2021", "29.10.2021"):
        article.raw = article.raw.replace(day, f"von Bernd Muster, {day}")
    assert extract_meta(_with_cleaner_dates(article), Settings()).published is None


def test_a_closing_date_line_under_the_body_dates_the_article(dump):
    assert extract_meta(dump("closing_line.txt"), Settings()).published.value == date(2022, 5, 12)


@pytest.mark.parametrize("box", [
    pytest.param("Weiterlesen\nNeue Radwege für die Innenstadt geplant\n03.05.2022", id="title above the date"),
    pytest.param("03.05.2022 – Neue Radwege für die Innenstadt geplant", id="date, dash, title"),
    pytest.param("Neue Radwege für die Innenstadt geplant | 03.05.2022", id="title, bar, date"),
])
def test_a_date_under_the_body_beside_another_storys_title_is_not_the_closing_line(dump, box):
    """With no other date on the page it is still the last-resort guess, never the closing line."""
    article = dump("closing_line.txt")
    article.raw = article.raw.replace("12.05.2022", box)
    assert extract_meta(article, Settings()).published.confidence == CONFIDENCE["elsewhere"]


def test_a_closing_date_line_under_a_three_word_byline_is_the_articles(dump):
    article = dump("closing_line.txt")
    article.raw = article.raw.replace("12.05.2022", "Von Anna Beispiel\n12.05.2022")
    assert extract_meta(article, Settings()).published.confidence == CONFIDENCE["footer"]


def _touching(article):
    """The headline and every date line as the cleaner marks them."""
    lines = article.raw.splitlines()
    article.furniture = [Furniture(line, "date", i) for i, line in enumerate(lines) if line.endswith(("2021", ":40"))]
    article.furniture.append(Furniture(lines[4], "title", 4))
    return article


def test_a_date_line_touching_a_list_of_dates_is_set_apart_by_its_print_shape(dump):
    """The list prints one date format at the date line's own spacing; the date line under the
    headline prints a weekday and a time the boxes lack, so it is not one of them."""
    article = _touching(dump("date_list_touching.txt", language="en"))
    assert extract_meta(article, Settings()).published.value.date() == date(2021, 6, 8)


def test_a_date_line_printed_like_the_touching_list_is_one_of_its_boxes(dump):
    article = dump("date_list_touching.txt", language="en")
    article.raw = article.raw.replace("Tue 8 Jun 2021 09:40", "8 Jun 2021")
    assert extract_meta(_touching(article), Settings()).published is None
