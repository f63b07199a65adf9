"""Turn the parts of a found expression into a TIMEX3 type, value and mod.

Two anchors: the document date (dct) for deictic words ("gestern", "letzte Woche") and the
reference date, the last date the text itself mentioned, for anaphoric ones ("am selben Tag",
"zwei Tage später") and, in narratives, for everything underspecified ("im Mai"). Years missing
from a date are taken from the dct in news (the most recent such month or day, or the next one
when the sentence speaks of the future) and from the reference date in narratives. An
expression is never given a finer value than the text supports: "Ende Juli" is "2023-07" with
mod END, never a made-up day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lagebild.nlp.time.extract import Found

Result = tuple[str, str, str | None] | None
"""TIMEX type, value and mod, or None when the parts give no value at all."""

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
DURATION_CODE = {"S": "TS", "MIN": "TM", "H": "TH", "D": "D", "W": "W", "M": "M", "Y": "Y", "Q": "Q",
                 "DE": "DE", "CE": "CE", "WE": "WE"}
SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"),
           "DE": (10, "Y"), "CE": (10, "DE"), "MIN": (60, "S")}


@dataclass
class Reference:
    """Year, month, day of a date; month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, day: date) -> "Reference":
        return cls(day.year, day.month, day.day)

    def as_date(self) -> date | None:
        if self.month is None or self.day is None or self.year < 1:
            return None
        return date(self.year, self.month, self.day)


@dataclass
class Context:
    dct: date | None
    narrative: bool
    reference: Reference | None = None
    day_just_before: date | None = None
    """The day named right before this expression ("18. November 2024 · 18:56"), which a
    clock time belongs to."""

    def deictic_anchor(self) -> Reference | None:
        """What "today", "this week" refer to: the dct in news, the story's own time in narratives."""
        if self.narrative and self.reference is not None:
            return self.reference
        if self.dct is not None:
            return Reference.of(self.dct)
        return self.reference

    def anaphoric_anchor(self) -> Reference | None:
        if self.reference is not None:
            return self.reference
        return Reference.of(self.dct) if self.dct is not None else None


def year_text(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def _infer_year(month: int, day: int | None, found: Found, ctx: Context) -> int | None:
    if ctx.narrative and ctx.reference is not None:
        return ctx.reference.year
    anchor = ctx.dct
    if anchor is None:
        return ctx.reference.year if ctx.reference is not None else None
    mentioned = (month, day or 0)
    today = (anchor.month, anchor.day if day is not None else 0)
    if found.future:
        return anchor.year + 1 if mentioned < today else anchor.year
    return anchor.year - 1 if mentioned > today else anchor.year


def _year_of(parts: dict, found: Found, ctx: Context, month: int) -> int | None:
    year = parts.get("year") or parts.get("bcyear")
    if year is None and "shortyear" in parts:
        century = parts.get("cent")
        if century is None:
            century = 19 if parts["shortyear"] > 30 else 20
        year = century * 100 + parts["shortyear"]
    if year is not None:
        return -year if parts.get("bc") is True else year
    if "yshift" in parts:
        anchor = ctx.deictic_anchor()
        return anchor.year + parts["yshift"] if anchor else None
    if "yanaphor" in parts:
        anchor = ctx.anaphoric_anchor()
        return anchor.year + parts["yanaphor"] if anchor else None
    return _infer_year(month, parts.get("day"), found, ctx)


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """"Montag, 4. September" without a year: the nearby year in which that day is a Monday."""
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).isoweekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _mod(parts: dict) -> str | None:
    return parts.get("mod") or parts.get("quant")


def _with_part_of_day(value: str, parts: dict) -> tuple[str, str]:
    code = parts.get("part") or parts.get("partsuffix")
    return (f"{value}T{code}", "TIME") if code and value.count("-") == 2 else (value, "DATE")


def date_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    month, day = parts.get("holiday") or (parts.get("month"), parts.get("day"))
    if month is None and day is not None:
        anchor = ctx.anaphoric_anchor()
        if anchor is None or anchor.month is None:
            return None
        month = anchor.month
    if month is None:
        year = _year_of(parts, found, ctx, 1)
        return ("DATE", year_text(year), _mod(parts)) if year is not None else None
    year = _year_of(parts, found, ctx, month)
    if year is not None and day is not None and "weekday" in parts and "year" not in parts:
        year = _year_matching_weekday(year, month, day, parts["weekday"])
    value = ("XXXX" if year is None else year_text(year)) + f"-{month:02d}"
    if day is not None:
        value += f"-{day:02d}"
    if "hour" in parts and day is not None:
        return "TIME", f"{value}T{parts['hour']:02d}:{parts.get('minute', 0):02d}", _mod(parts)
    value, kind = _with_part_of_day(value, parts)
    return kind, value, _mod(parts)


def season_kind(found: Found, ctx: Context) -> Result:
    season = found.parts["season"]
    year = _year_of(found.parts, found, ctx, SEASON_MONTH[season])
    return "DATE", ("XXXX" if year is None else year_text(year)) + f"-{season}", _mod(found.parts)


def _shift(anchor: Reference, unit: str, steps: int) -> str | None:
    """The anchor moved by whole units, written at that unit's granularity, or None if the anchor
    is too coarse for the unit."""
    if unit == "Y":
        return year_text(anchor.year + steps)
    if unit == "DE":
        return f"{(anchor.year // 10 + steps):03d}"
    if unit == "CE":
        return f"{(anchor.year // 100 + steps):02d}"
    if anchor.month is None:
        return None
    if unit in ("M", "Q"):
        index = anchor.year * 12 + anchor.month - 1 + (steps * 3 if unit == "Q" else steps)
        year, month = divmod(index, 12)
        return f"{year_text(year)}-Q{month // 3 + 1}" if unit == "Q" else f"{year_text(year)}-{month + 1:02d}"
    day = anchor.as_date()
    if day is None:
        return None
    if unit == "D":
        return (day + timedelta(days=steps)).isoformat()
    if unit in ("W", "WE"):
        iso = (day + timedelta(weeks=steps)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if unit == "WE" else "")
    return None


def _direction_ref(sign: int) -> str:
    return "FUTURE_REF" if sign > 0 else "PAST_REF" if sign < 0 else "PRESENT_REF"


def relative_kind(found: Found, ctx: Context) -> Result:
    """"letzte Woche", "im vergangenen Jahr", "diese Woche": the dct moved by whole units."""
    parts = found.parts
    steps = parts.get("shift", 0)
    anchor = ctx.deictic_anchor()
    value = _shift(anchor, parts["unit"], steps) if anchor else None
    return "DATE", value or _direction_ref(steps), _mod(parts)


def anaphor_kind(found: Found, ctx: Context) -> Result:
    """"am selben Tag", "im folgenden Jahr", "Ende des Jahres": the text's last date moved."""
    parts = found.parts
    steps = parts.get("anaphor", 0)
    anchor = ctx.anaphoric_anchor()
    unit = parts.get("unit") or ("D" if "part" in parts else "Y")
    value = _shift(anchor, unit, steps) if anchor else None
    if value is None:
        return "DATE", _direction_ref(steps), _mod(parts)
    value, kind = _with_part_of_day(value, parts)
    return kind, value, _mod(parts)


def _count(parts: dict) -> tuple[float | int | None, str]:
    return parts.get("num"), parts["unit"]


def ago_kind(found: Found, ctx: Context) -> Result:
    """"vor 45 Wochen": the dct moved back, at the unit's granularity."""
    count, unit = _count(found.parts)
    anchor = ctx.deictic_anchor()
    if count is None or not isinstance(count, int) or anchor is None or unit in ("H", "MIN", "S"):
        return "DATE", "PAST_REF", _mod(found.parts)
    return "DATE", _shift(anchor, unit, -count) or "PAST_REF", _mod(found.parts)


def later_kind(found: Found, ctx: Context) -> Result:
    """"zwei Tage später", "drei Jahre zuvor": the text's last date moved."""
    count, unit = _count(found.parts)
    sign = found.parts.get("direction", 1)
    anchor = ctx.anaphoric_anchor()
    if count is None or not isinstance(count, int) or anchor is None or unit in ("H", "MIN", "S"):
        return "DATE", _direction_ref(sign), _mod(found.parts)
    if unit == "W" and anchor.as_date() is not None:
        unit, count = "D", count * 7
    return "DATE", _shift(anchor, unit, sign * count) or _direction_ref(sign), _mod(found.parts)


def duration_value(count: float | int | None, unit: str) -> str:
    if count is not None and not float(count).is_integer() and unit in SMALLER:
        factor, unit = SMALLER[unit]
        count = count * factor
    amount = "X" if count is None else f"{int(count)}" if float(count).is_integer() else f"{count}"
    code = DURATION_CODE[unit]
    if code.startswith("T"):
        return f"PT{amount}{code[1:]}"
    return f"P{amount}{code}"


def duration_kind(found: Found, ctx: Context) -> Result:
    count, unit = _count(found.parts)
    return "DURATION", duration_value(count, unit), _mod(found.parts)


def set_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    if "weekday" in parts:
        return "SET", f"XXXX-WXX-{parts['weekday']}", None
    if "frequency" in parts:
        return "SET", parts["frequency"], None
    return "SET", duration_value(parts.get("num") or 1, parts["unit"]), None


def weekday_kind(found: Found, ctx: Context) -> Result:
    """"am Mittwoch": in a report, the most recent Wednesday up to the dct; the next one when the
    sentence speaks of the future; with "vergangenen"/"nächsten" strictly before/after."""
    parts = found.parts
    target = parts["weekday"]
    anchor = ctx.deictic_anchor()
    day = anchor.as_date() if anchor else None
    if day is None:
        return "DATE", f"XXXX-WXX-{target}", None
    shift = parts.get("shift")
    if shift == 0:
        result = day + timedelta(days=target - day.isoweekday())
    elif shift == 1 or (shift is None and found.future):
        ahead = (target - day.isoweekday()) % 7
        result = day + timedelta(days=ahead or (7 if shift == 1 else 0))
    else:
        back = (day.isoweekday() - target) % 7
        result = day - timedelta(days=back or (7 if shift == -1 else 0))
    value, kind = _with_part_of_day(result.isoformat(), parts)
    return kind, value, _mod(parts)


def deictic_kind(found: Found, ctx: Context) -> Result:
    """"heute", "gestern Abend"; in a narrative "heute" is the writer's present, not the story's."""
    parts = found.parts
    offset = parts["deictic"]
    if ctx.narrative and offset == 0:
        return "DATE", "PRESENT_REF", None
    anchor = ctx.deictic_anchor()
    value = _shift(anchor, "D", offset) if anchor else None
    if value is None:
        return "DATE", _direction_ref(offset), None
    value, kind = _with_part_of_day(value, parts)
    return kind, value, _mod(parts)


def part_of_day_kind(found: Found, ctx: Context) -> Result:
    anchor = ctx.anaphoric_anchor()
    day = anchor.as_date() if anchor else None
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{found.parts['part']}", _mod(found.parts)


def time_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    anchor = ctx.anaphoric_anchor() if ctx.narrative else ctx.deictic_anchor()
    if ctx.day_just_before is not None:
        anchor = Reference.of(ctx.day_just_before)
    if "deictic" in parts and ctx.dct is not None:
        anchor = Reference.of(ctx.dct + timedelta(days=parts["deictic"]))
    day = anchor.as_date() if anchor else None
    prefix = day.isoformat() if day else f"{year_text(anchor.year) if anchor else 'XXXX'}-XX-XX"
    hour, minute = parts["hour"], parts.get("minute", 0)
    if (parts.get("part") in ("AF", "EV", "NI") or parts.get("ampm") == "PM") and hour < 12:
        hour += 12
    if parts.get("ampm") == "AM" and hour == 12:
        hour = 0
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}", _mod(parts)


def ref_kind(found: Found, ctx: Context) -> Result:
    return "DATE", found.parts["ref"], None


def decade_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    decade = parts["decade"]
    if decade < 100 and parts.get("bc") is not True:
        decade += 1900
    value = f"{decade // 10:03d}"
    return "DATE", ("BC" + value if parts.get("bc") is True else value), _mod(parts)


def century_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    value = f"{parts['century'] - 1:02d}"
    return "DATE", ("BC" + value if parts.get("bc") is True else value), _mod(parts)


def year_part_kind(found: Found, ctx: Context) -> Result:
    parts = found.parts
    year = _year_of(parts, found, ctx, 1)
    prefix = "XXXX" if year is None else year_text(year)
    return "DATE", f"{prefix}-{parts['year_part']}{parts.get('ordinal', 1)}", _mod(parts)


KINDS = {
    "date": date_kind, "season": season_kind, "relative": relative_kind, "anaphor": anaphor_kind,
    "ago": ago_kind, "later": later_kind, "duration": duration_kind, "set": set_kind,
    "weekday": weekday_kind, "deictic": deictic_kind, "partofday": part_of_day_kind, "time": time_kind,
    "ref": ref_kind, "decade": decade_kind, "century": century_kind, "yearpart": year_part_kind,
}


def remember(value: str, ctx: Context, forward_only: bool = False) -> None:
    """Dates the text names become the reference for the anaphoric expressions after them;
    `forward_only` ignores a date before the current reference."""
    head = value.split("T", 1)[0]
    pieces = head.split("-")
    try:
        if head.startswith("BC"):
            ctx.reference = Reference(-int(pieces[0][2:]))
            return
        year = int(pieces[0])
        if len(pieces[0]) != 4:
            return
        month = int(pieces[1]) if len(pieces) > 1 and pieces[1].isdigit() else None
        day = int(pieces[2]) if len(pieces) > 2 and pieces[2].isdigit() and month else None
    except ValueError:
        return
    new = Reference(year, month, day)
    old = ctx.reference
    if forward_only and old is not None and (new.year, new.month or 0) < (old.year, old.month or 0):
        return
    ctx.reference = new
