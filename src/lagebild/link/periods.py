"""TIMEX3 values as calendar periods, so that "2025-07" and "2025-07-29" can be compared.

A value that names no calendar stretch ("PRESENT_REF", "XXXX-06-18", durations) gives None: it
cannot be placed on a timeline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

GRANULARITY_RANK = {
    "time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "half": 5, "year": 6,
}
"""Finer first; values up to "month" may be matched against a finer value inside them."""

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.+)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    """Last day of the period, inclusive."""
    granularity: str

    @property
    def rank(self) -> int:
        return GRANULARITY_RANK[self.granularity]

    def overlaps(self, other: "Period") -> bool:
        return self.start <= other.end and other.start <= self.end


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _months(year: int, first: int, last: int, granularity: str) -> Period:
    end_year = year + 1 if last < first else year
    return Period(date(year, first, 1), _month_end(end_year, last), granularity)


def period_of(value: str | None) -> Period | None:
    """The stretch of calendar a TIMEX3 value covers, or None when it names none."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return Period(day, day, "time" if match[4] else "day")
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            first = monday + timedelta(days=5) if match[3] else monday
            return Period(first, monday + timedelta(days=6), "week")
        if match := _MONTH.match(value):
            return _months(int(match[1]), int(match[2]), int(match[2]), "month")
        if match := _SEASON.match(value):
            first, last = _SEASON_MONTHS[match[2]]
            return _months(int(match[1]), first, last, "season")
        if match := _QUARTER.match(value):
            first = 3 * int(match[2]) - 2
            return _months(int(match[1]), first, first + 2, "quarter")
        if match := _HALF.match(value):
            first = 6 * int(match[2]) - 5
            return _months(int(match[1]), first, first + 5, "half")
        if match := _YEAR.match(value):
            return Period(date(int(match[1]), 1, 1), date(int(match[1]), 12, 31), "year")
    except ValueError:
        return None
    return None
