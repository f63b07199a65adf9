"""Find time expressions: every rule of the language's grammar proposes matches, the longest
non-overlapping ones win, and each is reduced to its parts (numbers and lexicon values)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from lagebild.nlp.time.grammar import Grammar

INTEGER_SLOTS = {"day", "monthnum", "year", "shortyear", "bcyear", "hour", "minute", "decade", "century", "cent"}
TOKEN = re.compile(r"(?<!\w)\w|[^\w\s]")
LOOKBACK = 3
LOOKBACK_CHARS = 40
"""Tokens (within so many characters) before a trigger word where an expression may start:
"letzten mindestens zwei Jahren" begins three tokens before "Jahren"; on WikiWarsDE and the
Wikinews texts no expression begins further back."""
RANGE_START = re.compile(r"\s*[/–-]\s*\d")
"""A year opening a range ("1870/71") is a side remark like one in parentheses."""
LOOKUP = {"yshift": "shift", "yanaphor": "anaphor"}
"""Groups read with another slot's words: the "letzten" of "Mai letzten Jahres" shifts the year."""
ROLE = {"numword": "num", "monthabbr": "month", "monthnum": "month", "wdabbr": "weekday", "part_suffix": "part",
        "unit_vague": "unit", "unit_adj": "unit", "anaphor_day": "anaphor", "anaphor_month": "anaphor",
        "anaphor_year": "anaphor", "season_ambiguous": "season",
        "ref_after_at": "ref"}
"""Slots that fill the same part as another: an abbreviated month is still the month."""
IMPLIED = {"anaphor_day": {"unit": "D"}, "anaphor_month": {"unit": "M"}, "anaphor_year": {"unit": "Y"},
           "today": {"deictic": 0}, "yesterday": {"deictic": -1}}
"""Parts a group carries on its own: "Vortag" is a day back from the reference, the "this" of
"this morning" is today."""
CLAUSE_REACH = 200
"""Characters a clause is looked for around an expression."""
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
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen = []
    for start, end, _, kind, match in candidates:
        # the chosen spans never overlap, so the one starting last before `end` reaches furthest
        before = bisect_left(taken_starts, end)
        if before and taken_ends[before - 1] > start:
            continue
        taken_starts.insert(before, start)
        taken_ends.insert(before, end)
        aside = (grammar.aside_cue is not None and grammar.aside_cue.search(text, max(0, start - 12), start) is not None
                 or RANGE_START.match(text, end) is not None)
        chosen.append(Found(start, end, kind, _parts(match, grammar), aside=aside))
    chosen.sort(key=lambda f: f.start)
    _mark_future(text, chosen, grammar)
    return chosen


def _rule_starts(text: str, grammar: Grammar) -> list[int]:
    starts: set[int] = set()
    for trigger in grammar.trigger.finditer(text):
        position = trigger.start()
        window = TOKEN.finditer(text, max(0, position - LOOKBACK_CHARS), position + 1)
        starts.update([m.start() for m in window][-LOOKBACK - 1:])
    return sorted(starts)


def _mark_future(text: str, found: list[Found], grammar: Grammar) -> None:
    """An expression is future when its clause has a future word, no perfect infinitive, and no
    past form nearer to it than the future word ("On Wednesday he said he will come on Friday")."""
    if grammar.future_cue is None:
        return
    for item in found:
        low, high = _clause(text, item)
        to_future = _nearest(grammar.future_cue, text, low, high, item)
        if to_future is None:
            continue
        if grammar.perfect_cue is not None and grammar.perfect_cue.search(text, low, high):
            continue
        to_past = _nearest(grammar.past_cue, text, low, high, item) if grammar.past_cue else None
        item.future = to_past is None or to_future < to_past


def _clause(text: str, item: Found) -> tuple[int, int]:
    low = max(0, item.start - CLAUSE_REACH)
    high = min(len(text), item.end + CLAUSE_REACH)
    before = [m.end() for m in CLAUSE_END.finditer(text, low, item.start)]
    after = CLAUSE_END.search(text, item.end, high)
    return (before[-1] if before else low), (after.start() if after else high)


def _nearest(cue: re.Pattern[str], text: str, low: int, high: int, item: Found) -> int | None:
    """Distance from the expression to the closest cue within [low, high)."""
    distances = [item.start - m.end() if m.start() < item.start else m.start() - item.end
                 for m in cue.finditer(text, low, high)]
    return min(distances) if distances else None
