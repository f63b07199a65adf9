from datetime import date, datetime

import pytest

from lagebild.meta import extract_meta
from lagebild.meta.dates import find_dates
from lagebild.meta.published import CONFIDENCE, day_inside_title
from lagebild.model import Furniture
from lagebild.settings import Settings


def test_labelled_published_and_updated_lines_with_times(dump):
    article = extract_meta(dump("labelled_de.txt"), Settings())
    assert article.published.value == datetime(2023, 3, 14, 9, 15)
    assert article.published.provenance == "explicit"
    assert article.updated.value == datetime(2023, 3, 15, 18, 40)
    assert article.updated.provenance == "explicit"
    assert "Publiziert" in article.published.evidence


def test_english_labels_and_am_pm_times(dump):
    article = extract_meta(dump("english_byline.txt", language="en"), Settings())
    assert article.published.value == datetime(2023, 3, 14, 9, 15)
    assert article.updated.value == date(2023, 3, 15)


def test_ambiguous_numeric_date_is_read_by_language_and_flagged(dump):
    article = extract_meta(dump("bare_ambiguous.txt", language="de"), Settings())
    assert article.published.value == date(2024, 1, 7)
    assert article.published.provenance == "bare"
    assert article.published.ambiguous


def test_ambiguous_numeric_date_is_decided_by_another_date_with_day_over_twelve(dump):
    article = extract_meta(dump("bare_decided.txt", language="de"), Settings())
    assert article.published.value == date(2024, 7, 1)
    assert not article.published.ambiguous


def test_relative_date_is_resolved_against_the_crawl_date(dump):
    article = extract_meta(dump("relative.txt", crawled=date(2024, 5, 22)), Settings())
    assert article.published.value == date(2024, 5, 1)
    assert article.published.provenance == "relative"
    assert article.published.confidence < 0.9


def test_relative_date_uses_settings_crawl_date_when_the_source_has_none(dump):
    article = extract_meta(dump("relative.txt"), Settings(crawled=date(2024, 5, 22)))
    assert article.published.value == date(2024, 5, 1)


def test_relative_date_without_crawl_date_invents_nothing(dump):
    assert extract_meta(dump("relative.txt"), Settings()).published is None


def test_related_teaser_dates_are_never_the_article_date(dump):
    assert extract_meta(dump("teaser_dates.txt"), Settings()).published is None


def test_dates_on_lines_the_cleaner_marked_as_related_are_skipped_while_others_exist(dump):
    article = dump("bare_ambiguous.txt")
    line = article.raw.splitlines().index("07/01/2024")
    article.raw += "\nGeschrieben am 09.01.2024\n"
    article.furniture = [Furniture("07/01/2024", "related_date", line)]
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 9)


def test_url_date_is_used_when_the_page_has_no_labelled_date(dump):
    article = extract_meta(dump("relative.txt", url="https://example.org/2022/11/03/faehre-faehrt"), Settings())
    assert article.published.value == date(2022, 11, 3)
    assert article.published.provenance == "source"


def test_a_header_date_a_day_after_the_url_date_is_the_day_the_story_went_out(dump):
    article = extract_meta(dump("bare_decided.txt", url="https://example.org/2024/06/30/fest"), Settings())
    assert article.published.value == date(2024, 7, 1)
    assert article.published.provenance == "bare"


def test_a_header_date_long_after_the_url_date_does_not_replace_it(dump):
    article = extract_meta(dump("bare_decided.txt", url="https://example.org/2024/06/20/fest"), Settings())
    assert article.published.value == date(2024, 6, 20)
    assert article.published.provenance == "source"


def test_a_lone_labelled_date_the_cleaner_gave_to_teasers_far_below_the_body_is_a_last_resort(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    label = lines.index("Veröffentlicht am: 12.06.2023")
    article.furniture = [Furniture(lines[label], "related_date", label)]
    published = extract_meta(article, Settings()).published
    assert published.value == date(2023, 6, 12)
    assert published.confidence < 0.5


def test_the_date_right_under_the_headline_counts_inside_a_list_of_teaser_dates(dump):
    article = dump("headline_in_list.txt", url="https://example.org/gemeinde-plant-neuen-radweg")
    published = extract_meta(article, Settings()).published
    assert published.value == date(2023, 5, 2)
    assert published.provenance == "bare"


def test_a_closing_line_saying_when_the_article_was_written_is_labelled(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    lines[lines.index("Veröffentlicht am: 12.06.2023")] = "Dieser Artikel wurde am 12. Juni 2023 von Anna geschrieben."
    article.raw = "\n".join(lines)
    published = extract_meta(article, Settings()).published
    assert published.value == date(2023, 6, 12)
    assert published.provenance == "explicit"


def test_a_label_printed_in_every_product_box_is_boilerplate(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    box = "Letzte Aktualisierung am 3.06.2023 / Preise inkl. MwSt."
    for index in (4, 7, 10):
        lines[index] = box
    article.raw = "\n".join(lines)
    article = extract_meta(article, Settings())
    assert article.updated is None
    assert article.published.value == date(2023, 6, 12)


def test_a_date_inside_the_headline_does_not_make_the_date_line_above_it_a_list(dump):
    article = dump("dated_headline.txt", url="https://example.org/konzert-im-dom-mit-chor-und-orchester")
    published = extract_meta(article, Settings()).published
    assert published.value == date(2024, 3, 12)
    assert published.provenance == "bare"


def test_given_published_wins_over_the_page(dump):
    article = extract_meta(dump("labelled_de.txt", given_published="2023-03-13T20:00:00Z"), Settings())
    assert article.published.value == datetime(2023, 3, 13, 20, 0)
    assert article.published.provenance == "source"


def test_dates_after_the_crawl_date_are_rejected(dump):
    article = extract_meta(dump("labelled_de.txt", crawled=date(2023, 3, 1)), Settings())
    assert article.published is None
    assert article.updated is None


def test_english_numeric_date_is_month_first_unless_the_domain_says_otherwise(dump):
    us = extract_meta(dump("bare_ambiguous.txt", language="en", url="https://example.com/fest"), Settings())
    assert us.published.value == date(2024, 7, 1)
    assert us.published.ambiguous
    uk = extract_meta(dump("bare_ambiguous.txt", language="en", url="https://example.co.uk/fest"), Settings())
    assert uk.published.value == date(2024, 1, 7)
    assert not uk.published.ambiguous


def test_relative_date_in_the_same_header_decides_day_and_month(dump):
    article = extract_meta(dump("relative_and_bare.txt", language="en", crawled=date(2024, 11, 22)), Settings())
    assert article.published.value == date(2024, 1, 7)
    assert article.published.provenance == "bare"
    assert not article.published.ambiguous


def _header_widgets(dump):
    """A page with a "today" line at the top, a login box heading and an event calendar, all of
    which the cleaner marked as header furniture."""
    article = dump("header_widgets.txt")
    lines = article.raw.splitlines()
    kinds = {"Mittwoch, 6. März 2024": "date", "Kennwort vergessen?": "title",
             "Samstag, 9. März 2024 - 18:00": "date", "Sonntag, 17. März 2024 - 15:00": "date",
             "Samstag, 23. März 2024 - 18:00": "date", "Neue Tribüne im Stadion eröffnet": "title"}
    article.furniture = [Furniture(text, kind, lines.index(text)) for text, kind in kinds.items()]
    return article


def test_today_line_and_calendar_far_above_the_headline_are_not_the_article_date(dump):
    article = extract_meta(_header_widgets(dump), Settings())
    assert article.published.value == date(2024, 3, 4)
    assert article.published.provenance == "explicit"


def test_a_date_marked_by_the_cleaner_counts_only_near_the_headline_next_to_the_body(dump):
    article = _header_widgets(dump)
    lines = article.raw.splitlines()
    label = lines.index("Veröffentlichung: 4. März 2024")
    article.raw = "\n".join(lines[:label] + ["4. März 2024"] + lines[label + 1:])
    article.furniture.append(Furniture("4. März 2024", "date", label))
    assert extract_meta(article, Settings()).published.value == date(2024, 3, 4)


def test_dates_before_the_month_in_the_url_folders_are_someone_elses(dump):
    old_url = "https://example.org/2023/01/bruecke"
    assert extract_meta(dump("labelled_de.txt", url=old_url), Settings()).published.value.date() == date(2023, 3, 14)
    later_url = "https://example.org/2023/05/bruecke"
    published = extract_meta(dump("labelled_de.txt", url=later_url), Settings()).published
    assert (published.value, published.provenance) == (date(2023, 5, 1), "inferred")


def test_a_date_line_of_a_related_teaser_is_never_the_article_date(dump):
    article = dump("prose_date.txt")
    before = extract_meta(dump("prose_date.txt"), Settings()).published
    lines = article.raw.splitlines()
    lines.insert(len(lines) - 1, "14.06.2024")
    article.raw = "\n".join(lines)
    article.furniture = [Furniture("14.06.2024", "related_date", len(lines) - 2)]
    published = extract_meta(article, Settings()).published
    assert (published and published.value) == (before and before.value)
    assert published is None or published.value != date(2024, 6, 14)


def test_a_labelled_date_line_beside_the_body_counts_even_when_the_cleaner_called_it_related(dump):
    article = dump("prose_date.txt")
    lines = article.raw.splitlines()
    lines.insert(len(lines) - 1, "Aktualisiert: 14.06.2024")
    article.raw = "\n".join(lines)
    article.furniture = [Furniture("Aktualisiert: 14.06.2024", "related_date", len(lines) - 2)]
    article = extract_meta(article, Settings())
    assert article.updated.value == date(2024, 6, 14)
    assert article.published.confidence >= 0.5


def test_a_date_line_under_the_headline_beats_the_day_in_the_url(dump):
    article = dump("bare_ambiguous.txt", url="https://example.org/2024/01/06/dorffest")
    line = article.raw.splitlines().index("07/01/2024")
    article.furniture = [Furniture("07/01/2024", "date", line)]
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 7)


def test_a_bare_date_line_in_the_header_beats_an_update_label_as_publication_date(dump):
    article = dump("labelled_de.txt")
    article.raw = article.raw.replace("Publiziert: 14.03.2023 um 09:15 Uhr", "14.03.2023 um 09:15 Uhr")
    article = extract_meta(article, Settings())
    assert article.published.value == datetime(2023, 3, 14, 9, 15)
    assert article.updated.value == datetime(2023, 3, 15, 18, 40)


def _glued_label(dump, **source):
    """The page as the cleaner leaves it: the headline line, with the date label glued on, marked."""
    article = dump("glued_label.txt", **source)
    headline = article.raw.splitlines()[2]
    article.furniture = [Furniture(headline, "title", 2)]
    return article


def test_a_label_deep_in_the_headline_line_counts_above_the_body(dump):
    published = extract_meta(_glued_label(dump), Settings()).published
    assert published.value == date(2022, 1, 26)
    assert published.provenance == "explicit"


def test_a_label_deep_in_a_line_below_the_body_does_not_count(dump):
    article = dump("glued_label.txt")
    lines = article.raw.splitlines()
    labelled = lines.pop(2)
    article.raw = "\n".join(lines[:2] + ["Ministerin eröffnet Zentrum"] + lines[2:] + [labelled])
    assert extract_meta(article, Settings()).published is None


def test_with_no_date_on_the_page_the_month_in_the_url_gives_a_low_confidence_first_day(dump):
    article = _glued_label(dump, url="https://example.org/2021/11/zentrum-eroeffnet/")
    article.raw = article.raw.replace(": Datum: 26.01.2022", "")
    published = extract_meta(article, Settings()).published
    assert published.value == date(2021, 11, 1)
    assert published.provenance == "inferred"
    assert published.confidence < 0.2
    dated = extract_meta(_glued_label(dump, url="https://example.org/2021/11/zentrum/"), Settings()).published
    assert dated.value == date(2022, 1, 26)


def test_of_two_unlabelled_dates_on_one_header_line_the_earlier_is_the_publication(dump):
    """Pages print the last change and the first appearance side by side, in either order."""
    published = extract_meta(dump("changed_and_created.txt"), Settings()).published
    assert published.value == datetime(2023, 7, 3, 8, 30)


def test_with_no_heading_close_to_the_body_dates_are_read_around_the_one_nearest_above_it(dump):
    """A login box the cleaner took for the title sits far up beside the day's edition date; the
    story's headline, further from the body than usual, still has its own date under it."""
    article = dump("far_headline.txt", url="https://example.org/lokales/stadtrat-beschliesst-neuen-radweg-am-fluss")
    article.furniture = [Furniture("Benutzername oder E-Mail", "title", 2)]
    assert extract_meta(article, Settings()).published.value == date(2024, 6, 27)


@pytest.mark.parametrize("day, expected", [(15, date(2024, 3, 4)), (5, date(2024, 3, 5))])
def test_a_header_date_days_after_the_url_date_is_the_sites_today_line(dump, day, expected):
    """The site prints the day of the visit at the top; the URL keeps the day the story went out,
    and a header date a day after it is still the story's (published after midnight)."""
    article = dump("today_line.txt", url="https://example.org/2024/03/04/gemeinde-saniert-hallenbad")
    article.raw = article.raw.replace("15. März", f"{day}. März")
    article.furniture = [Furniture(f"Freitag, {day}. März 2024", "date", 0),
                         Furniture("Gemeinde saniert das alte Hallenbad", "title", 5)]
    assert extract_meta(article, Settings()).published.value == expected


def test_a_date_beside_the_byline_is_the_articles_whatever_the_cleaner_called_it(dump):
    article = dump("byline_after_body.txt")
    lines = article.raw.splitlines()
    article.furniture = [Furniture("von Anna Beispiel", "byline", lines.index("von Anna Beispiel")),
                         Furniture("18.10.2023 16:06 Uhr", "related_date", lines.index("18.10.2023 16:06 Uhr"))]
    assert extract_meta(article, Settings()).published.value == datetime(2023, 10, 18, 16, 6)

    article.furniture[0] = Furniture("von Anna Beispiel", "related", lines.index("von Anna Beispiel"))
    assert extract_meta(article, Settings()).published is None


def test_the_first_date_line_just_under_the_headline_and_byline_is_the_articles_among_teaser_dates(dump):
    article = dump("header_among_teasers.txt")
    headline = "Museum zeigt alte Landkarten aus drei Jahrhunderten"
    article.furniture = [Furniture(headline, "title", article.raw.splitlines().index(headline))]
    assert extract_meta(article, Settings()).published.value == date(2024, 3, 12)


def test_a_site_today_line_above_the_menu_loses_to_the_date_line_under_the_headline(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines[lines.index("07/01/2024")] = "5. Januar 2024"
    lines[0:0] = ["Dienstag, 9. Januar 2024", "Startseite", "Politik", "Sport"]
    article.raw = "\n".join(lines)
    article.furniture = [Furniture(lines[0], "date", 0)]
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 5)


def test_the_one_labelled_date_among_teaser_dates_under_the_body_is_the_article_date(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    label = lines.index("Veröffentlicht am: 12.06.2023")
    lines[label - 2], lines[label + 2:label + 2] = "03.05.2023", ["Weitere Meldung", "02.05.2023"]
    article.raw = "\n".join(lines)
    article.furniture = [Furniture(lines[i], "related_date", i) for i in (label - 2, label, label + 3)]
    assert extract_meta(article, Settings()).published.value == date(2023, 6, 12)


def test_a_closing_date_line_under_the_body_beats_an_update_label_in_the_header(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    lines.remove("Veröffentlicht am: 12.06.2023")
    lines[2:4] = lines[2:4] * 6
    lines.insert(lines.index("Teilen"), "12.06.2023")
    lines.insert(2, "Stand: 20.06.2023")
    article.raw = "\n".join(lines)
    found = extract_meta(article, Settings())
    assert found.published.value == date(2023, 6, 12)
    assert found.updated.value == date(2023, 6, 20)


def test_teaser_dates_above_the_headline_do_not_make_the_date_line_under_it_a_list(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    headline = lines.index("Ein Dorf feiert sein Fest")
    lines[headline:headline] = ["Meistgelesen", "Markt öffnet wieder", "03.01.2024", "Neue Buslinie", "04.01.2024"]
    article.raw = "\n".join(lines)
    line = lines.index("07/01/2024")
    article.furniture = [Furniture("07/01/2024", "date", line)]
    published = extract_meta(article, Settings()).published
    assert published.value == date(2024, 1, 7)
    assert published.confidence == CONFIDENCE["marked"]


def test_a_list_of_dates_that_goes_on_under_the_first_one_stays_a_list(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    line = lines.index("07/01/2024")
    lines[line + 1:line + 1] = ["Markt öffnet wieder", "03.01.2024", "Neue Buslinie", "04.01.2024"]
    article.raw = "\n".join(lines)
    article.furniture = [Furniture(lines[i], "date", i) for i in (line, line + 2, line + 4)]
    published = extract_meta(article, Settings()).published
    assert published is None or published.confidence < CONFIDENCE["marked"]


@pytest.mark.parametrize("zone, expected", [("GMT", date(2024, 1, 7)), ("AEDT", date(2024, 1, 7)), ("EST", date(2024, 7, 1))])
def test_a_time_zone_beside_a_numeric_date_tells_day_first_from_month_first(dump, zone, expected):
    article = dump("bare_ambiguous.txt", language="en")
    article.raw = article.raw.replace("07/01/2024", f"07/01/2024 02:00pm {zone}")
    assert extract_meta(article, Settings()).published.value.date() == expected



@pytest.mark.parametrize("sentence, expected, guessed", [
    ("The neighbours painted the village centre in bright colours.", date(2024, 1, 7), False),
    ("The neighbors painted the village center in bright colors.", date(2024, 7, 1), False),
    ("The villagers painted the square in bright paint.", date(2024, 7, 1), True)])
def test_british_or_american_spelling_tells_day_first_from_month_first(dump, sentence, expected, guessed):
    article = dump("bare_ambiguous.txt", language="en")
    article.raw = article.raw.replace("Kultur\n", f"Kultur\n{sentence}\n")
    published = extract_meta(article, Settings()).published
    assert published.value == expected and published.ambiguous is guessed

def test_a_date_line_under_the_body_is_no_header_date_even_where_the_cleaner_marked_it(dump):
    article = dump("far_label.txt")
    lines = article.raw.splitlines()
    at = lines.index("Teilen")
    lines[at:at] = ["Nächster Artikel", "Stadtrat beschließt den Haushalt", "14.06.2023"]
    article.raw = "\n".join(lines)
    article.furniture = [Furniture("14.06.2023", "date", at + 2)]
    assert extract_meta(article, Settings()).published.value == date(2023, 6, 12)


def test_an_update_label_does_not_beat_a_weaker_clue_to_an_earlier_first_appearance(dump):
    article = dump("relative.txt", crawled=date(2024, 5, 22))
    article.raw += "\nStand: 10.05.2024\n"
    found = extract_meta(article, Settings())
    assert found.published.value == date(2024, 5, 1)
    assert found.updated.value == date(2024, 5, 10)


def test_an_update_label_still_dates_a_page_whose_weaker_clue_comes_after_it(dump):
    article = dump("relative.txt", crawled=date(2024, 5, 22))
    article.raw += "\nStand: 28.04.2024\n"
    assert extract_meta(article, Settings()).published.value == date(2024, 4, 28)


def test_a_title_naming_a_day_under_the_headline_is_no_date_line(dump):
    published = extract_meta(dump("day_inside_title.txt"), Settings()).published
    assert published.value == date(2024, 3, 12)
    assert published.provenance == "bare"


@pytest.mark.parametrize("line, expected", [
    ("Die Lage am 3. März 2024 – was die Stadt plant", True),
    ("Was am 03.11.2021 geschah: Der Rat tagt", True),
    ("Week of 6/3/21 — Here comes the summer", True),
    ("Grenze zu Frankreich – Bilanz vom 14.12.2019", True),
    ("Storm hits the coast – live updates from May 3, 2021", True),
    ("Beitrag von lupa am 26/10/13, 03:48 pm", False),
    ("Gespeichert von Anna am 7. Juli 2019 - 18:44", False),
    ("par Florence Audier, le 15 septembre 2009", False),
    ("Von Anna Muster – am 3. Mai 2021", False),
    ("3. Mai 2021 – Der Rat tagt", False),
    ("Berlin, 3. Mai 2021 – Der Stadtrat hat beschlossen", False),
])
def test_a_date_among_a_titles_words_after_a_lower_case_preposition_names_a_day(line, expected):
    assert day_inside_title(line, find_dates(line)) is expected
