"""The cross-source timeline as one inline SVG: no script, no fonts or styles fetched from anywhere.

Each entry gets its own row under a shared date axis, so labels never collide however many
entries there are: a marker at the entry's date (its size grows with the number of sources), a band
over the whole period for vague values ("2025-07"), and, where the sources disagree on the date, a
red marker and a dashed line over the dates they give. All text comes from articles and is
escaped here, because the report inserts this markup as it is.
"""
from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any, Iterable

from lagebild.link.periods import period_of
from lagebild.model import to_plain

WIDTH = 960
MARGIN = 20
LABEL_ROOM = 430
"""Room kept right of the date axis for the label of an entry at the latest date."""
AXIS_Y = 36
ROW = 22
MAX_LABEL = 64
CONFLICT_COLOUR = "#c0392b"
MARKER_COLOUR = "#2c5f8a"


def _text(value: Any) -> str:
    return escape(str(value if value is not None else ""), quote=True)


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _shorten(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _month_starts(first: date, last: date) -> list[date]:
    ticks, current = [], date(first.year, first.month, 1)
    while current <= last:
        if current >= first:
            ticks.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return ticks


MAX_TICKS = 8
"""About as many "YYYY-MM" labels as fit side by side on the axis without overlapping."""


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    months = _month_starts(first, last)
    if len(months) > 24:
        years = [d for d in months if d.month == 1]
        step = -(-len(years) // MAX_TICKS)
        return [(d, str(d.year)) for d in years[::step]]
    step = -(-len(months) // MAX_TICKS)
    return [(d, d.strftime("%Y-%m")) for d in months[::step]]


def _tooltip(entry: dict) -> str:
    lines = [f"{entry.get('time_value')}: {_shorten(entry.get('summary') or '', 200)}"]
    if entry.get("participant_names"):
        lines.append("with " + ", ".join(entry["participant_names"]))
    for source in entry.get("sources") or []:
        outlet = source.get("outlet") or source.get("title") or source.get("article_id")
        published = str(source.get("published") or "?")[:10]
        lines.append(f"{outlet} (published {published}) gives {source.get('time_value')}")
    return "\n".join(lines)


def timeline_svg(entries: Iterable[Any]) -> str:
    """SVG markup for timeline entries (TimelineEntry objects or their stored dicts)."""
    rows = []
    for entry in entries:
        plain = to_plain(entry)
        start = _day(plain.get("start")) or _day(plain.get("time_value"))
        if start is not None:
            rows.append((plain, start))
    if not rows:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="40" '
                f'viewBox="0 0 {WIDTH} 40"><text x="{MARGIN}" y="24">No dated events.</text></svg>')

    def period_end(plain: dict, start: date) -> date:
        period = period_of(plain.get("time_value"))
        return period.end if period is not None else start

    days = [start for _, start in rows] + [period_end(p, s) for p, s in rows]
    days += [_day(v) for p, _ in rows for v in p.get("time_values") or [] if _day(v)]
    first, last = min(days), max(days)
    if (last - first).days < 30:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    span = (last - first).days
    axis_right = WIDTH - LABEL_ROOM

    def x(day: date) -> float:
        return round(MARGIN + (day - first).days / span * (axis_right - MARGIN), 1)

    height = AXIS_Y + 20 + ROW * len(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Timeline of reported events" '
        f'width="100%" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
        f'<line x1="{MARGIN}" y1="{AXIS_Y}" x2="{axis_right}" y2="{AXIS_Y}" stroke="#333"/>',
    ]
    for tick, label in _ticks(first, last):
        parts.append(f'<line x1="{x(tick)}" y1="{AXIS_Y - 4}" x2="{x(tick)}" y2="{height}" stroke="#ddd"/>')
        parts.append(f'<text x="{x(tick)}" y="{AXIS_Y - 8}" text-anchor="middle" fill="#555">{_text(label)}</text>')
    for index, (plain, start) in enumerate(rows):
        y = AXIS_Y + 20 + ROW * index
        sources = len(plain.get("sources") or [])
        conflict = bool(plain.get("date_conflict"))
        colour = CONFLICT_COLOUR if conflict else MARKER_COLOUR
        end = period_end(plain, start)
        parts.append(f'<g class="entry{" conflict" if conflict else ""}"><title>{_text(_tooltip(plain))}</title>')
        if end > start:
            parts.append(f'<rect x="{x(start)}" y="{y - 5}" width="{max(round(x(end) - x(start), 1), 2)}" height="10" '
                         f'fill="{colour}" fill-opacity="0.2"/>')
        if conflict:
            given = sorted(d for d in (_day(v) for v in plain.get("time_values") or []) if d)
            if given:
                parts.append(f'<line x1="{x(given[0])}" y1="{y}" x2="{x(given[-1])}" y2="{y}" stroke="{colour}" '
                             f'stroke-width="2" stroke-dasharray="3 2"/>')
        radius = 4 + min(sources, 6)
        parts.append(f'<circle cx="{x(start)}" cy="{y}" r="{radius}" fill="{colour}"/>')
        label = f"{plain.get('time_value')} · {plain.get('trigger') or ''} · {sources} source{'s' if sources != 1 else ''}"
        if conflict:
            label += " · dates disagree: " + " / ".join(plain.get("time_values") or [])
        label += " — " + _shorten(plain.get("summary") or "", max(MAX_LABEL - len(label), 12))
        parts.append(f'<text x="{x(start) + radius + 4}" y="{y + 4}">{_text(label)}</text></g>')
    parts.append("</svg>")
    return "\n".join(parts)
