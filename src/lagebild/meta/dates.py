"""Find calendar dates in a line of text, in the spellings news pages use.

Month names come from Babel's CLDR data for the locales in `data/common/meta_month_locales.txt`
plus the spellings outside CLDR in `data/common/meta_month_variants.txt`, so a new language needs
one line there and a call of `write_month_names()` (which rewrites
`data/common/meta_month_names.json`), not a new table. Numeric dates with "/" or "-" can be read
day-first or month-first; each match says which readings are possible and the caller decides.
"""
from __future__ import annotations

from bisect import bisect_left
import json
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache, lru_cache

from lagebild.clean.patterns import literal_trie
from lagebild.resources import data_path, json_data, word_list

MONTH_FIRST_LANGUAGES = frozenset({"en"})
"""Languages whose pages write numeric dates month-first by default (US usage dominates English
news on the web); every other language reads "07/01/2024" day-first."""


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    swappable: bool = False
    """Numeric date whose first two fields are both ≤ 12 and not fixed by the separator."""
    order: str = "dmy"
    """How the numeric fields were read: dmy, mdy or ymd (textual months are always certain)."""
    separator: str = ""
    """The separator of a numeric date ("." "/" "-"), empty for a written-out month."""

    def value(self, month_first: bool = False) -> date | datetime | None:
        """The date, read month-first when asked and the match allows it; None if impossible."""
        month, day = (self.day, self.month) if month_first and self.swappable else (self.month, self.day)
        try:
            if self.hour is not None and self.minute is not None:
                return datetime(self.year, month, day, self.hour, self.minute)
            return date(self.year, month, day)
        except ValueError:
            return None


@cache
def month_names() -> dict[str, int]:
    """Lower-cased month names and abbreviations (without dots) of every configured locale, as
    `cldr_month_names` wrote them to `data/common/meta_month_names.json`: reading Babel's locale
    data at run time costs as much as meta-reading a hundred articles."""
    return json_data("common", "meta_month_names")


def cldr_month_names() -> dict[str, int]:
    """The month names of the locales in `data/common/meta_month_locales.txt` from Babel's CLDR
    data, and the variants pages write besides them; `write_month_names` stores them after either
    list changed."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for locale in word_list("common", "meta_month_locales"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    for entry in word_list("common", "meta_month_variants"):
        name, number = entry.rsplit(None, 1)
        names.setdefault(name, int(number))
    return names


def write_month_names() -> None:
    data_path("common", "meta_month_names.json").write_text(
        json.dumps(cldr_month_names(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def _month_alternation() -> str:
    return literal_trie(list(month_names()))


MAY_HOLD_DATE_FORM = r"[{digit}’'‘](?:{century}\d\d|[./-](?:\d{{1,2}}|[^\W\d_]{{3,9}})[./-]\d|(?<=[’'‘])\d\d)"
MAY_HOLD_DATE = re.compile(MAY_HOLD_DATE_FORM.format(digit=r"\d", century=r"(?:[09]|(?![0-9])\d)"))
"""Every date pattern below needs a four-digit year (19xx, 20xx), a numeric d.m.y, a year cut
to two digits after an apostrophe ("14 Feb ’20") or a month name between separators ("03.Mär.19"); lines without any are skipped before the
expensive patterns run. Written to open with one set of characters (a digit or an apostrophe),
which the regex engine skips to quickly, so it can scan a whole page at once."""
MAY_HOLD_DATE_ASCII_OPENING = re.compile(MAY_HOLD_DATE_FORM.format(digit="0-9", century="[09]"))
"""The same matches in a text whose only digits are 0-9: the engine tests an opening character
against a plain range twice as fast as against Unicode's digit category."""

WIDE_DIGIT_LEADS = frozenset({*range(0xD9, 0xE2), *range(0xE3, 0xF5)})
"""The first UTF-8 bytes of every decimal digit beyond 0-9: they start at U+0660 (lead byte D9),
and none lies in U+2000-U+2FFF (lead byte E2: the dashes, quotes and signs of most pages)."""
NOT_WIDE_DIGIT_LEADS = bytes(sorted(set(range(256)) - WIDE_DIGIT_LEADS))


def date_scanner(text: str) -> re.Pattern[str]:
    """`MAY_HOLD_DATE`, or its faster twin where `text` provably holds no digit beyond 0-9: no
    byte of its UTF-8 form may start one (deleting all other bytes runs in C at a fraction of
    the cost of a scan)."""
    if text.encode("utf-8", "surrogatepass").translate(None, NOT_WIDE_DIGIT_LEADS):
        return MAY_HOLD_DATE
    return MAY_HOLD_DATE_ASCII_OPENING

TIME = r"(?:\s*(?:,|um|at|à|a las|alle|o|-|–|\||·|/)?\s*(?P<hour>[012]?\d)[:.h](?P<minute>[0-5]\d)(?!\d|\.\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
WORDED_YEAR = r"(?P<year>(?:19|20)\d{2}|[’'‘]\d{2})"
"""After a month name the year may be cut to two digits: "14 Feb ’20"."""

GLUED_TIME = r"(?=[012]?\d:[0-5]\d(?!\d))"
"""A time right after the year with no space ("28.09.201912:44", "28.09.1912:44"): the dump glues
a date and a time printed in two inline elements."""

GLUED_YEAR = r"(?<=[^\W\d_])(?=(?:19|20)\d\d)"
"""A four-digit year right after a month name ("23Nov2022"; after a comma: "Nov 23,2022"): the
dump glues the day, month and year a date badge prints in inline elements of their own."""

YEAR_END = rf"(?:(?!\d)|(?=[0-3]?\d\.\s)|{GLUED_TIME})"
AFTER_YEAR = r"(?:(?<![\w.])|(?<=(?:19|20)\d\d)|(?<=[a-zß-ÿ]))"
"""Page dumps glue a date to the next one ("10. Mai 20199. Mai 2019", "May 2, 2019May 9, 2019" where
the page showed created and updated side by side): a year may run into a day number and a date
may start right after a year or a word ("Anna Muster22. Mai 2019", "Anna MusterMay 9, 2019")."""


NUMERIC_FOLLOWS = r"(?=[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)"
AFTER_NUMERIC_YEAR = r"(?:(?<![\d.])|(?<=\.(?:19|20)\d\d))"
"""A numeric date glued to the next one ("19.11.202119.11.2021", created and updated side by side):
the four-digit year may run into the next date's day, which may start right after it."""


SUFFIX = r"(?:\.|st|nd|rd|th|er|º)?"
"""What may follow a day number: "3." "3rd" "1er" "1º"."""


OPENS_DIGIT, OPENS_YEAR = r"(?=\d)", r"(?=[12])"
"""The first character every match of a pattern opens with, tested before its look-behinds: one
character test fails at most positions of a line, where the look-behind alternations cost several
(the matches are the same; about a third fewer steps in the date patterns). A month name opens
with one of the first letters of the month names (`_month_opening`)."""


ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
ROMAN_MONTH = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
"""Polish, Czech, Hungarian and Italian pages number months in Roman numerals ("23.XI.2022",
"23 XI 2022"); upper case only, between a day and a four-digit year, so "Kapitel XI 2022" and
"Ludwig XIV" stay unread."""


def _month_opening() -> str:
    return "(?=[" + "".join(sorted({re.escape(name[0]) for name in month_names()})) + "])"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """(kind, pattern, gate). Chinese, Japanese and Korean pages write year, month and day with
    their unit signs ("2019年6月24日", "2022년 1월 14일"); a one-character gate costs nothing on other
    pages. German pages space their numeric dates ("13. 1. 2020", or the dump joins "23.11." and "2022"
into "23.11. 2022"), Hungarian and Korean ones their
    year-first dates ("2022. 01. 14."); with spaces the year must have four digits, or
    "1. 2. 20 Teilnehmer" would be a date. Hungarian, Lithuanian and English write a month name after the
    year ("2022. január 14.", "2022 m. sausio 14 d.", "2022 Nov 23"; English capitalises it, so
    "by 2030 may 5 of them" stays unread), Latvian the day between the year and the month ("2022. gada
    14. janvāris"), Catalan and Spanish join day, month and year
    with "de"/"del" ("14 d’abril del 2022"), Vietnamese numbers its months ("14 tháng 1, 2022").

    The gate matches wherever the pattern can (a month name is a word of
    three or more letters to it) and opens with a digit or a literal, which the regex engine skips
    to quickly, so a line the gate does not match is not scanned by the slower pattern."""
    month = rf"(?P<mname>{_month_alternation()})\.?"
    day = rf"(?P<day>[0-3]?\d){SUFFIX}"
    year_end = rf"(?:(?:19|20)\d\d|[’'‘]\d\d){YEAR_END}"
    return (
        ("ymd", re.compile(rf"{OPENS_YEAR}(?<!\d){YEAR}(?P<sep>[-/.])(?P<space>(?<=\.) )?(?P<month>[01]?\d)(?P=sep)(?(space) )"
                           rf"(?P<day>[0-3]?\d)(?!\d)(?:T|\s+|,\s*|\.\s*)?{TIME}"),
         re.compile(r"(?:19|20)\d\d([-/.]) ?\d\d?\1 ?\d")),
        ("ymd", re.compile(rf"{OPENS_YEAR}(?<!\d){YEAR}\s*(?P<sep>[年년])\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]{TIME}"),
         re.compile("[年년]")),
        ("ymd", re.compile(rf"{OPENS_YEAR}(?<!\d){YEAR}(?:(?:\.|\s+m\.)\s*|\s+(?-i:(?=[A-ZÀ-Þ]))){month}\s+(?P<day>[0-3]?\d)(?!\d)(?:\.|\s+d\.)?,?{TIME}",
                           re.IGNORECASE),
         re.compile(r"(?:19|20)\d\d(?:(?:\.|\s+m\.)\s*[^\W\d_]|\s+(?-i:[A-ZÀ-Þ]))[^\W\d_]{2,}\.?\s+[0-3]?\d", re.IGNORECASE)),
        ("dmy", re.compile(rf"{OPENS_YEAR}(?<!\d){YEAR}\.\s+gada\s+{day}\s*{month}(?!\w),?{TIME}", re.IGNORECASE),
         re.compile(r"\.\s+gada\s+\d", re.IGNORECASE)),
        ("num", re.compile(rf"{OPENS_DIGIT}{AFTER_NUMERIC_YEAR}(?P<a>[0-3]?\d)(?P<sep>[./-])(?:(?<=\.) (?=[0-3]?\d\. ?(?:19|20)\d\d))?(?P<b>[0-3]?\d)(?P=sep)"
                           rf"(?:(?<=\.) (?=(?:19|20)\d\d))?(?P<year>(?:19|20)\d{{2}}(?!:\d)|\d{{2}})(?:(?:(?![\d]|\.\d)|{GLUED_TIME}){TIME}|{NUMERIC_FOLLOWS})"),
         re.compile(r"\d([./-]) ?\d\d?\1 ?\d\d")),
        ("dmy", re.compile(rf"{OPENS_DIGIT}(?<![\w.])(?P<day>[0-3]?\d)(?:(?P<sep>[./-]) ?| )(?P<roman>{ROMAN_MONTH})(?(sep)(?P=sep) ?| )"
                           rf"{YEAR}(?!\d){TIME}"),
         re.compile(r"[IVX][./ -] ?(?:19|20)\d\d")),
        ("num", re.compile(rf"{OPENS_DIGIT}(?<![\d|])(?P<a>[0-3]\d) ?(?P<sep>\|) ?(?P<b>[0-3]\d) ?\| ?(?P<year>(?:19|20)\d\d)(?!\d){TIME}"),
         re.compile(r"\| ?[0-3]\d ?\| ?(?:19|20)\d\d")),
        ("dmy", re.compile(rf"{OPENS_DIGIT}{AFTER_YEAR}{day}\s*(?:de\s+|of\s+|d[’'])?{month}(?:\s+del?)?(?:,?\s+|{GLUED_YEAR}){WORDED_YEAR}{YEAR_END}{TIME}", re.IGNORECASE),
         re.compile(rf"\d{SUFFIX}\s*(?:de\s+|of\s+|d[’'])?[^\W\d_]{{3,}}(?: \d\d?)?\.?(?:\s+del?)?,?\s*{year_end}", re.IGNORECASE)),
        ("dmy", re.compile(rf"{OPENS_DIGIT}(?<![\w.])(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<mname>{_month_alternation()})(?P=sep)"
                           rf"(?P<year>(?:19|20)?\d\d)(?!\d){TIME}", re.IGNORECASE),
         re.compile(r"\d[./-][^\W\d_]{3,9}[./-]\d\d", re.IGNORECASE)),
        ("mdy", re.compile(rf"{_month_opening()}(?:(?<!\w)|(?<=(?:19|20)\d\d)|(?<=[a-zß-ÿ])(?-i:(?=[A-ZÀ-Þ]))){month}\s+{day}(?:,?\s+|,(?=(?:19|20)\d\d)){WORDED_YEAR}{YEAR_END}{TIME}", re.IGNORECASE),
         re.compile(rf"\d{SUFFIX}(?:,?\s+|,){year_end}", re.IGNORECASE)),
    )


def _year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _time(match: re.Match[str]) -> tuple[int | None, int | None]:
    if match.group("hour") is None:
        return None, None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None, None
    return hour, minute


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (day, month, year) in `text`, left to right, without overlaps."""
    if not MAY_HOLD_DATE.search(text):
        return []
    return dates_in(text)


def dates_in(text: str) -> list[DateMatch]:
    """`find_dates` for a text already known to match `MAY_HOLD_DATE` (a line the page scan found)."""
    return list(_dates_in(text))


@lru_cache(maxsize=8192)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    """Cached because the title, byline and date readers all look at the same header lines."""
    if not text.isascii() and WIDE_FORMS.search(text):
        text = text.translate(_ascii_forms())
    found: list[DateMatch] = []
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for kind, pattern, gate in _patterns():
        if not gate.search(text):
            continue
        for m in pattern.finditer(text):
            # Taken spans never overlap, so sorted by start they are sorted by end as well: the one
            # starting last before this match's end is the only one that can overlap it.
            before = bisect_left(taken_starts, m.end())
            if before and taken_ends[before - 1] > m.start():
                continue
            match = _build(kind, m)
            if match is not None and match.value() is not None:
                found.append(match)
                taken_starts.insert(before, m.start())
                taken_ends.insert(before, m.end())
    return tuple(sorted(found, key=lambda d: d.start))


WIDE_FORMS = re.compile(r"[．／－：，‐‑]|(?![0-9])\d")
"""Digits beyond 0-9 ("٢٠٢١", full-width "２０２１年５月３日"), the full-width signs beside them, and
the typographic hyphens (U+2010, and U+2011, which keeps "2022‑11‑23" from breaking over two lines)."""


class _AsciiForms(dict):
    """Every decimal digit of any script as its ASCII digit, and full-width signs as theirs: one
    character for one, so the offsets found in the translated line hold in the original. Filled
    as `str.translate` meets characters (a character that is neither maps to itself): building the
    table for all of Unicode up front cost more than reading a hundred pages' dates."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        form = str(unicodedata.decimal(char)) if char.isdecimal() else char
        self[code] = form
        return form


@cache
def _ascii_forms() -> _AsciiForms:
    return _AsciiForms({ord(wide): ascii_sign for wide, ascii_sign in zip("．／－：，‐‑", "./-:,--")})


def _build(kind: str, m: re.Match[str]) -> DateMatch | None:
    hour, minute = _time(m)
    end = m.end()
    if "roman" in m.re.groupindex:
        return DateMatch(m.start(), end, int(m.group("year")), ROMAN_MONTHS[m.group("roman")], int(m.group("day")),
                         hour, minute, order=kind)
    if "mname" in m.re.groupindex:
        month = month_names()[m.group("mname").lower().rstrip(".")]
        return DateMatch(m.start(), end, _year(m.group("year").lstrip("’'‘")), month, int(m.group("day")), hour, minute,
                         order=kind)
    if kind == "ymd":
        return DateMatch(m.start(), end, int(m.group("year")), int(m.group("month")), int(m.group("day")),
                         hour, minute, order="ymd", separator=m.group("sep"))
    first, second, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
    swappable = sep != "." and first <= 12 and second <= 12 and first != second
    if second > 12 >= first:
        return DateMatch(m.start(), end, _year(m.group("year")), first, second, hour, minute,
                         order="mdy", separator=sep)
    return DateMatch(m.start(), end, _year(m.group("year")), second, first, hour, minute,
                     swappable=swappable, order="dmy", separator=sep)


BADGE_PART_CHARS = 14
"""A date badge printed as blocks ("23" over "Nov" over "2022") renders one short part per line."""

BADGE_LAST_PART = re.compile(r"\s*(?:\S.{0,9})?(?<!\d)(?:19|20)\d\d\s*")
"""The badge's last part, short and ending in its year ("2022", "Nov 2022"): one test per line."""

BADGE_DAY = re.compile(r"(?<!\d)[0-3]?\d(?!\d)")
"""A day number before the year, without which two short lines ("Impressum" over "© 2022") need no
reading."""


def badge_dates(lines: list[str], undated: Iterable[int], dated: Collection[int]) -> dict[int, list[DateMatch]]:
    """Dates a badge splits over two or three short lines none of which holds a date alone
    ("23" / "Nov 2022", "Nov" / "23" / "2022"), keyed by the badge's first line, whose whole text the
    match spans. The badge ends in a short line ending in a year, which the page scan has found among
    the lines that may hold a date (`undated`: those it found none on). Read by joining the parts, so
    only a joint that is one date from the first part's start into the year counts, and not after
    another bare number: day numbers and month names in a table, a calendar or a page list do not."""
    found: dict[int, list[DateMatch]] = {}
    for index in undated:
        if not BADGE_LAST_PART.fullmatch(lines[index]):
            continue
        parts = [lines[index].strip()]
        for first in (index - 1, index - 2):
            part = lines[first].strip() if first >= 0 and first not in dated else ""
            if not part or len(part) > BADGE_PART_CHARS:
                break
            parts.insert(0, part)
            joint = " ".join(parts)
            if first and lines[first - 1].strip().rstrip(".").isdigit() or not BADGE_DAY.search(joint, 0, len(joint) - 4):
                continue
            match = next((m for m in find_dates(joint) if m.start == 0 and m.end > len(joint) - len(parts[-1])), None)
            if match is not None:
                found[first] = [replace(match, start=0, end=len(lines[first]))]
                break
    return found
