"""Relative dates ("vor 3 Tagen", "45 Wochen vor", "2 hours ago"), resolved against the crawl date.

The phrases are data (`data/<lang>/meta_relative.json`: patterns with `num` and `unit` groups,
number words, unit names, and day words such as "gestern"), so every language is read the same way.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import languages_with
from lagebild.model import DateValue
from lagebild.resources import json_data

RELATIVE_LINE_CHARS = 120
"""A relative phrase is read only from short header lines, not from prose."""

CONFIDENCE = {"minutes": 0.8, "hours": 0.8, "days": 0.7, "weeks": 0.5, "months": 0.3, "years": 0.2}
"""The coarser the unit, the further the counted date may be from the real one."""


@cache
def _relative_rules() -> list[tuple[re.Pattern[str], dict]]:
    rules = []
    for lang in languages_with("meta_relative"):
        spec = json_data(lang, "meta_relative")
        for pattern in spec.get("patterns", []):
            rules.append((re.compile(pattern, re.IGNORECASE), spec))
        words = spec.get("words", {})
        if words:
            alternation = "|".join(map(re.escape, words))
            line_of_word = rf"^\W*(?P<word>{alternation})\W*(?:\d{{1,2}}[:.]\d{{2}}\s*\w{{0,3}})?\W*$"
            rules.append((re.compile(line_of_word, re.IGNORECASE), spec))
    return rules


def relative_date(text: str, reference: date) -> tuple[date, str, str] | None:
    """A phrase such as "vor 3 Tagen" or "2 hours ago" resolved against `reference`.

    Returns (date, unit, matched words); months and years are counted as 30 and 365 days."""
    for pattern, spec in _relative_rules():
        found = pattern.search(text)
        if not found:
            continue
        groups = found.groupdict()
        if groups.get("word"):
            days = spec["words"][groups["word"].lower()]
            return reference - timedelta(days=days), "days", found.group(0).strip()
        raw = groups["num"].lower()
        count = int(raw) if raw.isdigit() else spec.get("numbers", {}).get(raw, 1)
        unit = spec["units"][groups["unit"].lower()]
        days = {"minutes": 0, "hours": count / 24, "days": count, "weeks": 7 * count,
                "months": 30 * count, "years": 365 * count}[unit]
        return reference - timedelta(days=int(days)), unit, found.group(0).strip()
    return None


def relative_in_header(layout: Layout, header_top: int, reference: date | None) -> DateValue | None:
    """A relative date in the header; without a crawl date there is nothing to resolve it against."""
    if reference is None:
        return None
    for index in range(max(header_top, 0), min(layout.body_start + 2, len(layout.lines))):
        line = layout.lines[index]
        if layout.never_dated(index) or len(line) > RELATIVE_LINE_CHARS:
            continue
        resolved = relative_date(line, reference)
        if resolved is not None:
            value, unit, words = resolved
            return DateValue(value, "relative", CONFIDENCE[unit], words, False)
    return None
