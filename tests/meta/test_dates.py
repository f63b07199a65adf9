import re
import unicodedata
from datetime import date, datetime

import pytest

from lagebild.meta.dates import (MAY_HOLD_DATE, badge_dates, MAY_HOLD_DATE_ASCII_OPENING, cldr_month_names, date_scanner, find_dates,
                                 month_names)
from lagebild.meta import extract_meta
from lagebild.meta.relative import relative_date
from lagebild.model import Article, Source
from lagebild.settings import Settings
from lagebild.resources import word_list


@pytest.mark.parametrize("text, expected", [
    ("Publiziert: 31.08.2023 um 10:59 Uhr", datetime(2023, 8, 31, 10, 59)),
    ("Veröffentlicht am 5. April 2017", date(2017, 4, 5)),
    ("Friday, December 23, 2016", date(2016, 12, 23)),
    ("Sept. 3, 2019 at 5:30 p.m.", datetime(2019, 9, 3, 17, 30)),
    ("2021-04-28T07:18", datetime(2021, 4, 28, 7, 18)),
    ("5 de abril de 2017", date(2017, 4, 5)),
    ("1er mars 2019", date(2019, 3, 1)),
    ("14 stycznia 2021", date(2021, 1, 14)),
    ("von Anna Muster, 8.5.12", date(2012, 5, 8)),
    ("13. 1. 2020", date(2020, 1, 13)),
    ("veröffentlicht am 14 Feb ’20 | Kategorien", date(2020, 2, 14)),
    ("Mar 5, '19", date(2019, 3, 5)),
    ("15 августа 2016, 13:43", datetime(2016, 8, 15, 13, 43)),
    ("3. května 2021", date(2021, 5, 3)),
    ("Stand: 13. 01. 2020, 23:55", datetime(2020, 1, 13, 23, 55)),
    ("Datum: 07.Okt.21", date(2021, 10, 7)),
    ("Posted 15-Jan-2020 10:30", datetime(2020, 1, 15, 10, 30)),
    ("4/Mar/2021", date(2021, 3, 4)),
    ("公開 2019年6月24日 10:30", datetime(2019, 6, 24, 10, 30)),
    ("2021年 11月 3日", date(2021, 11, 3)),
])
def test_find_dates_reads_common_spellings(text, expected):
    found = find_dates(text)
    assert len(found) == 1
    assert found[0].value() == expected


def test_slash_dates_report_whether_day_and_month_could_swap():
    assert find_dates("07/01/2024")[0].swappable
    assert not find_dates("25/12/2020")[0].swappable
    assert find_dates("12/25/2020")[0].value() == date(2020, 12, 25)
    assert find_dates("07/01/2024")[0].value(month_first=True) == date(2024, 7, 1)


def test_spaced_numeric_dates_need_a_four_digit_year():
    assert find_dates("1. 2. 20 Teilnehmer") == []


def test_a_year_after_an_apostrophe_needs_a_month_name_before_it():
    assert find_dates("Top 3 Hits '20") == []


def test_impossible_dates_are_not_found():
    assert find_dates("31.02.2020") == []
    assert find_dates("Version 3.45.2020") == []


@pytest.mark.parametrize("text, expected", [
    ("45 Wochen vor", date(2024, 5, 22) - __import__("datetime").timedelta(weeks=45)),
    ("vor 3 Tagen", date(2024, 5, 19)),
    ("2 hours ago", date(2024, 5, 22)),
    ("gestern", date(2024, 5, 21)),
])
def test_relative_phrases(text, expected):
    assert relative_date(text, date(2024, 5, 22))[0] == expected


def test_words_that_only_start_like_relative_dates_are_not_dates():
    assert relative_date("Heute im Programm: Sport", date(2024, 5, 22)) is None


def test_stored_month_names_are_those_of_the_configured_locales():
    assert month_names() == cldr_month_names()


def _spaced_with_short_year(text: str) -> bool:
    """ "14. 1. 22", "22. 1. 14.": spaced numbers with a two-digit year are left unread on purpose."""
    return bool(re.fullmatch(r"\d{1,2}\. \d{1,2}\. \d{1,2}\.?", text))


@pytest.mark.parametrize("locale", [*word_list("common", "meta_month_locales"), "ja", "zh", "ko"])
def test_every_cldr_date_format_of_a_configured_locale_is_read(locale):
    from babel.dates import format_date

    for day in (date(2022, 1, 14), date(2021, 3, 5), date(2019, 9, 28), date(2023, 11, 7)):
        for width in ("short", "medium", "long", "full"):
            text = format_date(day, width, locale=locale)
            if _spaced_with_short_year(text):
                continue
            readings = {value.date() if isinstance(value, datetime) else value
                        for match in find_dates(text) for value in (match.value(), match.value(True))}
            assert day in readings, f"{locale} {width}: {text!r}"


@pytest.mark.parametrize("text, expected", [
    ("14. Jänner 2022", date(2022, 1, 14)),
    ("3 Feber 2021", date(2021, 2, 3)),
    ("le 15 aout 2017", date(2017, 8, 15)),
    ("14 d'abril del 2022", date(2022, 4, 14)),
    ("2022. 01. 14.", date(2022, 1, 14)),
    ("2022 m. sausio 14 d.", date(2022, 1, 14)),
])
def test_regional_and_unaccented_month_spellings_and_year_first_orders_are_read(text, expected):
    assert [match.value() for match in find_dates(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("23Nov2022", date(2022, 11, 23)),
    ("Mi 23. Nov2022", date(2022, 11, 23)),
    ("Nov 23,2022", date(2022, 11, 23)),
    ("von Anna Muster14März2021", date(2021, 3, 14)),
])
def test_a_date_badge_glued_by_the_dump_is_read(text, expected):
    assert [match.value() for match in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["Nov2022", "Nov 23,20221", "23 Nov,22 Leute"])
def test_a_glued_year_needs_a_day_and_four_digits(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2022. gada 23. novembris", date(2022, 11, 23)),
    ("Publicēts 2022. gada 5. martā", date(2022, 3, 5)),
    ("2022‑11‑23", date(2022, 11, 23)),
    ("23‐11‐2022", date(2022, 11, 23)),
])
def test_latvian_year_day_month_and_typographic_hyphens_are_read(text, expected):
    assert [match.value() for match in find_dates(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("23.XI.2022", date(2022, 11, 23)),
    ("dnia 4. IV. 2021 r.", date(2021, 4, 4)),
    ("Kraków, 9 VIII 2019", date(2019, 8, 9)),
    ("30-IX-2020, 14:05", datetime(2020, 9, 30, 14, 5)),
])
def test_months_in_roman_numerals_are_read(text, expected):
    assert [match.value() for match in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["Kapitel XI 2022", "Ludwig XIV", "Ludwig XIV 1715", "3 xi 2022", "32.XI.2022",
                                  "12.XIII.2022", "Teil 2.IV 2021", "4 IV. 2021"])
def test_roman_numerals_elsewhere_are_not_months(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Meldung vom 8.8. 2015", date(2015, 8, 8)),
    ("Stand 23. 11.2022", date(2022, 11, 23)),
])
def test_a_space_after_one_dot_of_a_numeric_date_is_read(text, expected):
    """Inline elements are joined with a space in the dump: "23.11." and "2022" in two of them."""
    assert [match.value() for match in find_dates(text)] == [expected]


def test_a_space_in_a_numeric_date_needs_a_four_digit_year():
    assert find_dates("am 23.11. 20 Uhr") == []
    assert find_dates("am 23. 11.20 Uhr") == []


@pytest.mark.parametrize("text, expected", [
    ("Posted 2022 Nov 23", date(2022, 11, 23)),
    ("2021 March 5, 10:30", datetime(2021, 3, 5, 10, 30)),
])
def test_english_year_first_dates_are_read(text, expected):
    assert [match.value() for match in find_dates(text)] == [expected]


def test_a_lower_case_may_after_a_year_is_a_verb():
    assert find_dates("by 2030 may 5 of them close") == []


def test_a_month_name_with_a_bare_two_digit_year_is_not_read():
    """ "23 Nov 22" could be a date, but "on 23 Nov 22 people" and "23 Nov 22:00" could not."""
    assert find_dates("on 23 Nov 22 people were hurt") == []
    assert find_dates("23 Nov 22:00 Uhr") == []


def test_dates_glued_together_by_the_dump_are_both_read():
    found = find_dates("Veröffentlicht am 10. Mai 20199. Mai 2019")
    assert [d.value() for d in found] == [date(2019, 5, 10), date(2019, 5, 9)]
    found = find_dates("March 2, 2021March 9, 2021")
    assert [d.value() for d in found] == [date(2021, 3, 2), date(2021, 3, 9)]
    assert [d.value() for d in find_dates("am 12. März 2020 1.000 Gäste")] == [date(2020, 3, 12)]


@pytest.mark.parametrize("text, expected", [
    ("Beitrag von kim14.03.202209:05", datetime(2022, 3, 14, 9, 5)),
    ("Gast14.03.2209:05", datetime(2022, 3, 14, 9, 5)),
    ("05/06/202321:40", datetime(2023, 6, 5, 21, 40)),
    ("7. Juni 202318:02 Uhr", datetime(2023, 6, 7, 18, 2)),
    ("June 7, 20236:02 pm", datetime(2023, 6, 7, 18, 2)),
])
def test_a_time_glued_to_the_year_is_read_with_the_date(text, expected):
    """Two inline elements (date, time) are dumped with no space between them."""
    found = find_dates(text)
    assert [d.value(month_first=False) for d in found] == [expected]


def test_a_colon_after_a_year_with_no_time_keeps_the_full_year():
    assert [d.value() for d in find_dates("Stand 05.06.2023: neu")] == [date(2023, 6, 5)]


def test_a_dotted_date_with_a_day_in_second_place_reads_month_first():
    assert find_dates("03.21.2020")[0].value() == date(2020, 3, 21)


def test_a_date_glued_to_the_word_before_it_is_read():
    assert find_dates("Anna Beispiel22. Mai 2020")[0].value() == date(2020, 5, 22)
    assert find_dates("Anna BeispielMay 6, 2023")[0].value() == date(2023, 5, 6)
    assert find_dates("in may 6, 2023")[0].value() == date(2023, 5, 6)
    assert find_dates("Dismay 6, 2023") == []


def test_glued_numeric_dates_are_read_apart():
    """Pages showing created and updated side by side dump them glued together."""
    found = find_dates("Notiz 03.02.202104.02.2021")
    assert [d.value() for d in found] == [date(2021, 2, 3), date(2021, 2, 4)]


def test_a_second_date_after_a_space_is_not_read_as_a_time():
    found = find_dates("03.02.2021 04.02.2021")
    assert [d.value() for d in found] == [date(2021, 2, 3), date(2021, 2, 4)]


def test_pipe_separated_dates_need_two_digit_fields_and_a_full_year():
    assert find_dates("Erschienen 07 | 03 | 2021")[0].value() == date(2021, 3, 7)
    assert find_dates("Seite 3 | 12 | 2020") == []
    assert find_dates("Nr. 07 | 03 | 21") == []


def test_a_month_name_between_separators_needs_the_same_separator_on_both_sides():
    assert find_dates("3.Juni 20 Leute") == []
    assert find_dates("ab 3-Juni.20") == []


def test_every_digit_beyond_0_to_9_makes_the_page_scan_use_unicode_digits():
    """The faster scanner is only chosen for text without such digits: each one `re` reads as
    \\d must send `date_scanner` back to `MAY_HOLD_DATE`."""
    text = "".join(map(chr, [*range(0x80, 0xD800), *range(0xE000, 0x110000)]))
    wide_digits = re.findall(r"\d", text)
    assert len(wide_digits) > 600
    assert all(date_scanner(f"„Heute“ – 3 € {digit}") is MAY_HOLD_DATE for digit in wide_digits)


def test_text_with_only_ascii_digits_is_scanned_by_the_faster_twin_with_the_same_matches():
    text = "„Heute“ – am 3.4.2020, 14 Feb ’20, 03.Mär.19 und 1999 – für 5 € in Zürich — ©"
    assert date_scanner(text) is MAY_HOLD_DATE_ASCII_OPENING
    assert [m.span() for m in MAY_HOLD_DATE_ASCII_OPENING.finditer(text)] == [m.span() for m in MAY_HOLD_DATE.finditer(text)]


def test_a_long_line_of_dates_in_several_spellings_gives_each_date_once_in_order():
    """Spans already taken are looked up by bisection; every spelling's match must still be seen."""
    pieces = ["am 3. März 2021", "2021-04-05", "June 6, 2022", "07.08.2023", "9 Sep 2020"]
    line = " und ".join(pieces * 40)
    found = find_dates(line)
    expected = [date(2021, 3, 3), date(2021, 4, 5), date(2022, 6, 6), date(2023, 8, 7), date(2020, 9, 9)] * 40
    assert [d.value() for d in found] == expected
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def _zeros_of_every_script() -> list[int]:
    return [code for code in range(0x80, 0x20000) if chr(code).isdecimal() and unicodedata.decimal(chr(code)) == 0]


def _in_script(text: str, zero: int) -> str:
    return "".join(chr(zero + int(char)) if char.isdigit() else char for char in text)


def test_dates_written_in_the_digits_of_any_script_are_read_where_ascii_digits_would_be():
    zeros = _zeros_of_every_script()
    assert len(zeros) > 50
    for zero in zeros:
        for text, expected in (("Stand: 03.05.2021", (7, 17)), ("2021-05-03 14:22", (0, 16)), ("2021年5月3日", (0, 9))):
            found = find_dates(_in_script(text, zero))
            assert [(m.start, m.end, m.year, m.month, m.day) for m in found] == [(*expected, 2021, 5, 3)], (hex(zero), text)


def test_full_width_digits_and_signs_are_read_and_a_page_of_them_is_scanned():
    assert [(m.year, m.month, m.day) for m in find_dates("３．５．２０２１")] == [(2021, 5, 3)]
    article = Article(id="x", source=Source(), raw="東京で会議\n２０２１年５月３日\n" + "会議は東京で開かれた。" * 20, language="ja")
    assert extract_meta(article, Settings()).published.value == date(2021, 5, 3)


def _badges(text: str) -> dict[int, tuple]:
    lines = text.split("\n")
    dated = {i for i, line in enumerate(lines) if find_dates(line)}
    undated = [i for i, line in enumerate(lines) if i not in dated and MAY_HOLD_DATE.search(line)]
    return {i: [(m.start, m.end, m.year, m.month, m.day) for m in found] for i, found in badge_dates(lines, undated, dated).items()}


@pytest.mark.parametrize("parts", [["7", "Okt", "2020"], ["Oct", "7", "2020"], ["7.", "Oktober 2020"], ["07", "Oct 2020"]])
def test_a_date_badge_split_over_short_lines_is_dated_on_its_first_line(parts):
    text = "\n".join(["Neue Brücke eröffnet", *parts, "Die Stadt hat am Morgen eine Brücke eröffnet."])
    assert _badges(text) == {1: [(0, len(parts[0]), 2020, 10, 7)]}


@pytest.mark.parametrize("text", [
    "Oktober 2020\nMo\n5\n6\n7\nOktober 2020",
    "Kommentare (7)\nOktober 2020",
    "7\nOktober 2020 war ein Monat mit viel Regen",
    "Neu\n7\nOkt\n2020 Leser",
    "7 Okt\n3.10.2020",
])
def test_numbers_and_months_on_lines_that_make_no_badge_are_not_dates(text):
    assert _badges(text) == {}


def test_a_page_dated_only_by_a_split_badge_gets_its_date():
    raw = "Neue Brücke eröffnet\n7\nOkt\n2020\n" + "Die Stadt hat am Morgen eine neue Brücke über den Fluss eröffnet. " * 6
    article = Article(id="x", source=Source(), raw=raw, language="de")
    assert extract_meta(article, Settings()).published.value == date(2020, 10, 7)
