"""Find time expressions: every rule of the language's grammar proposes matches, the longest
non-overlapping ones win, and each is reduced to its parts (numbers and lexicon values)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from lagebild.nlp.time.grammar import Grammar

INTEGER_SLOTS = {"day", "monthnum", "year", "shortyear", "bcyear", "hour", "minute", "decade", "century", "cent"}
TOKEN = re.compile(r"(?<!\w)\w|[^\w\s]")
LOOKBACK = 4
"""Tokens before a trigger word where an expression may start: "den letzten mindestens zwei
Jahren" begins four tokens before "Jahren"."""
RANGE_START = re.compile(r"\s*[/–-]\s*\d")
"""A year opening a range ("1870/71") is a side remark like one in parentheses."""
LOOKUP = {"yshift": "shift", "yanaphor": "anaphor"}
"""Groups read with another slot's words: the "letzten" of "Mai letzten Jahres" shifts the year."""
ROLE = {"numword": "num", "monthabbr": "month", "monthnum": "month", "wdabbr": "weekday", "part_suffix": "part",
        "unit_vague": "unit", "unit_adj": "unit", "anaphor_day": "anaphor", "anaphor_month": "anaphor",
        "anaphor_year": "anaphor", "season_ambiguous": "season",
        "ref_after_at": "ref"}
"""Slots that fill the same part as another: an abbreviated month is still the month."""
IMPLIED = {"anaphor_day": {"unit": "D"}, "anaphor_month": {"unit": "M"}, "anaphor_year": {"unit": "Y"}}
"""Parts a single word carries on its own: "Vortag" is a day back from the reference."""
CLAUSE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„«])|[,;:]\s|\n")


@dataclass
class Found:
    start: int
    end: int
    kind: str
    parts: dict[str, object] = field(default_factory=dict)
    future: bool = False
    """The clause speaks of what is still to come ("wird", "will"), for year and weekday choice."""
    aside: bool = False
    """Introduced as a side remark ("bis 1881"): it does not move the story's reference time."""


def _number(word: str, grammar: Grammar) -> float | int | None:
    digits = word.replace(",", ".")
    if digits[0].isdigit():
        value = float(digits)
        return int(value) if value.is_integer() else value
    return grammar.lexicon["number"].get(" ".join(word.split()).casefold())


def _parts(match: re.Match[str], grammar: Grammar) -> dict[str, object]:
    parts: dict[str, object] = {}
    for name, text in match.groupdict().items():
        if text is None or name == "pre":
            continue
        name = name.rstrip("0123456789")
        role = ROLE.get(name, name)
        if name in INTEGER_SLOTS:
            parts[role] = int(text)
        elif name in ("num", "numword"):
            parts[role] = _number(text, grammar)
        else:
            value = grammar.lexicon.get(LOOKUP.get(name, name), {}).get(" ".join(text.split()).casefold())
            if value is not None:
                parts[role] = value
        parts.update(IMPLIED.get(name, {}))
    return parts


def _span(match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span()
    if match.groupdict().get("pre") is not None:
        start = match.end("pre")
    return start, end


def find(text: str, grammar: Grammar) -> list[Found]:
    candidates = []
    rules = grammar.rules
    for position in _rule_starts(text, grammar):
        for order in grammar.by_first.get(text[position], grammar.any_first):
            rule = rules[order]
            match = rule.regex.match(text, position)
            if match is None:
                continue
            start, end = _span(match)
            if end > start:
                candidates.append((start, end, order, rule.kind, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, kind, match in candidates:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        aside = (grammar.aside_cue is not None and grammar.aside_cue.search(text, max(0, start - 12), start) is not None
                 or RANGE_START.match(text, end) is not None)
        chosen.append(Found(start, end, kind, _parts(match, grammar), aside=aside))
    chosen.sort(key=lambda f: f.start)
    _mark_future(text, chosen, grammar)
    return chosen


def _rule_starts(text: str, grammar: Grammar) -> list[int]:
    triggers = [m.start() for m in grammar.trigger.finditer(text)]
    if not triggers:
        return []
    tokens = [m.start() for m in TOKEN.finditer(text)]
    starts: set[int] = set()
    for position in triggers:
        index = bisect_right(tokens, position)
        starts.update(tokens[max(0, index - LOOKBACK - 1):index])
    return sorted(starts)


def _mark_future(text: str, found: list[Found], grammar: Grammar) -> None:
    """An expression is future when its clause has a future word, no perfect infinitive, and no
    past form nearer to it than the future word ("On Wednesday he said he will come on Friday")."""
    if grammar.future_cue is None or not found:
        return
    future = [m.start() for m in grammar.future_cue.finditer(text)]
    if not future:
        return
    past = [m.start() for m in grammar.past_cue.finditer(text)] if grammar.past_cue else []
    bounds = [0] + [m.end() for m in CLAUSE_END.finditer(text)] + [len(text) + 1]
    for item in found:
        clause = bisect_right(bounds, item.start) - 1
        low, high = bounds[clause], bounds[clause + 1]
        to_future = _nearest(future, low, high, item)
        if to_future is None:
            continue
        if grammar.perfect_cue is not None and grammar.perfect_cue.search(text, low, high):
            continue
        to_past = _nearest(past, low, high, item)
        item.future = to_past is None or to_future < to_past


def _nearest(cues: list[int], low: int, high: int, item: Found) -> int | None:
    """Distance from the expression to the closest cue within [low, high)."""
    inside = cues[bisect_left(cues, low):bisect_left(cues, high)]
    if not inside:
        return None
    return min(item.start - cue if cue < item.start else max(0, cue - item.end) for cue in inside)
