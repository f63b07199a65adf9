"""The time grammar of one language: rules from `data/<lang>/time_rules.txt`, slots filled from
`time_lexicon.json` and Babel's CLDR month and weekday names, compiled once per language.

A rule line is `kind  pattern`. In a pattern, `{SLOT}` becomes a named group whose words come
from the lexicon (or a fixed sub-pattern for numbers), `{=SLOT}` the same words without a group,
`{SLOT2}` a second group of the same slot.
A group named `pre` is context that must be present but stays outside the span (the "seit" of
"seit Februar 2022", a signal in TimeML terms). Every slot's words are matched with
the first letter in either case, except month and weekday names, which must be capitalised as
names are, so that English "may", "march" or "sun" never become dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre, _parser as sre_parse  # the parser re itself uses, stable since 3.11

from babel.dates import get_day_names, get_month_names

from lagebild.clean.patterns import literal_trie
from lagebild.errors import ConfigError
from lagebild.resources import data_path, json_data, word_list

NUMERIC_SLOTS = {
    "DAY": r"(?:0?[1-9]|[12]\d|3[01])",
    "MONTHNUM": r"(?:0?[1-9]|1[0-2])",
    "YEAR": r"(?:1\d{3}|20\d{2}|2100)",
    "SHORTYEAR": r"\d\d",
    "BCYEAR": r"\d{1,4}",
    "HOUR": r"(?:[01]?\d|2[0-3])",
    "MINUTE": r"[0-5]\d",
    "DECADE": r"(?:1\d|20|\d)?\d0",
    "CENTURY": r"(?:[1-9]|1\d|2[01])",
    "DIGITS": r"\d{1,3}(?:[.,]5)?",
}
CASED_SLOTS = {"MONTH", "MONTHABBR", "WEEKDAY", "WDABBR"}
"""Slots whose words are names: matched only as written."""

DEPENDENT_SLOTS = {"number", "quant", "direction", "bc", "shift", "anaphor", "ordinal", "ampm", "wdabbr", "monthabbr"}
"""Slots whose words never make a time expression on their own ("zwei", "etwa", "letzte"): they
are not triggers. Every rule must contain a digit or a word of another slot."""

SLOT = re.compile(r"\{(=?)([A-Z_]+?)(\d?)\}")


@dataclass(frozen=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    source: str
    first: frozenset[str] | None
    """The characters a match can begin with (None: any), so a position is only offered to the
    rules that can start there."""


def _first(items: list) -> tuple[set[str] | None, bool]:
    """First characters of a parsed pattern and whether it can match the empty string."""
    chars: set[str] = set()
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return chars | {chr(arg)}, False
        if op is sre.IN:
            found = _first_of_set(arg)
            return (None if found is None else chars | found), False
        if op is sre.BRANCH:
            head, nullable = _union([_first(list(branch)) for branch in arg[1]])
        elif op is sre.SUBPATTERN:
            head, nullable = _first(list(arg[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            head, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False
        if head is None:
            return None, False
        chars |= head
        if not nullable:
            return chars, False
    return chars, True


def _union(results: list[tuple[set[str] | None, bool]]) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for head, _ in results:
        if head is None:
            return None, False
        chars |= head
    return chars, any(nullable for _, nullable in results)


def _first_of_set(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < 256:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def first_chars(pattern: str) -> frozenset[str] | None:
    chars, nullable = _first(list(sre_parse.parse(pattern)))
    return None if chars is None or nullable else frozenset(chars)


@dataclass(frozen=True)
class Grammar:
    lang: str
    rules: tuple[Rule, ...]
    lexicon: dict[str, dict[str, object]]
    """slot name (lower case) -> casefolded word -> value"""
    future_cue: re.Pattern[str] | None
    past_cue: re.Pattern[str] | None
    """Past forms ("sagte", "said"): nearer to the expression than a future word, they win."""
    perfect_cue: re.Pattern[str] | None
    """Perfect infinitives that make a future-looking word reportative: "sollen ... gemacht haben"."""
    aside_cue: re.Pattern[str] | None
    """Words before a bare year that make it a side remark ("bis 1881", "(1912)"), not the time
    the story has moved to."""
    trigger: re.Pattern[str]
    """A digit or a word at least one of which every time expression contains; rules are tried
    only at the few tokens before one, which is far cheaper than running every rule over the
    whole text."""
    by_first: dict[str, tuple[int, ...]]
    """Rule indices by the character a match can begin with."""
    any_first: tuple[int, ...]
    """Rules that may begin with any character."""


def _cldr_names(lang: str) -> dict[str, dict[str, int]]:
    """Month numbers 1-12 and ISO weekdays 1-7 from CLDR, wide and abbreviated."""
    wide_months = get_month_names("wide", locale=lang)
    abbr_months = get_month_names("abbreviated", locale=lang)
    wide_days = get_day_names("wide", locale=lang)
    abbr_days = get_day_names("abbreviated", locale=lang)
    return {
        "month": {name: number for number, name in wide_months.items()},
        "monthabbr": {name: number for number, name in abbr_months.items()},
        "weekday": {name: number + 1 for number, name in wide_days.items()},
        "wdabbr": {name: number + 1 for number, name in abbr_days.items()},
    }


def _variants(word: str, cased: bool) -> list[str]:
    """The spellings a lexicon word is matched in: as written, and with its first letter in the
    other case unless it is a name or marked exact with "="."""
    exact = cased or word.startswith("=")
    word = " ".join(word.lstrip("=").split())
    if exact or not word[0].isalpha():
        return [word]
    return [word[0].upper() + word[1:], word[0].lower() + word[1:]]


def _alternation(words: dict[str, object], cased: bool) -> str:
    spellings = (spelling for word in words for spelling in _variants(word, cased))
    return "(?:" + literal_trie(spellings, space=r"\s+") + ")"


def _slot_regex(name: str, raw: dict[str, dict]) -> str:
    if name in NUMERIC_SLOTS:
        return NUMERIC_SLOTS[name]
    key = name.lower()
    if key == "num":
        return f"(?:{NUMERIC_SLOTS['DIGITS']}|{_alternation(raw['number'], False)})"
    if key == "numword":
        return _alternation(raw["number"], False)
    words = raw.get(key)
    if not words:
        raise ConfigError(f"time grammar: slot {{{name}}} has no words in the {key!r} lexicon entry")
    return _alternation(words, name in CASED_SLOTS)


def _expand(pattern: str, raw: dict) -> str:
    def replace(match: re.Match[str]) -> str:
        bare, name, repeat = match.groups()
        body = _slot_regex(name, raw)
        return body if bare else f"(?P<{name.lower()}{repeat}>{body})"

    return SLOT.sub(replace, pattern)


def _normalise_keys(words: dict[str, object]) -> dict[str, object]:
    return {" ".join(w.lstrip("=").split()).casefold(): v for w, v in words.items()}


def _word_regex(words: list[str]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) if words else None


def has_grammar(lang: str) -> bool:
    return data_path(lang, "time_rules.txt").exists()


def _compile_rules(lang: str, lines: tuple[str, ...], raw: dict) -> list[Rule]:
    rules = []
    for line in lines:
        kind, _, pattern = line.partition(" ")
        pattern = pattern.strip()
        left = "" if pattern.startswith("(?P<pre>") else r"(?<![\w.])"
        body = left + "(?:" + _expand(pattern, raw) + r")(?!\w)"
        try:
            regex = re.compile(body)
        except re.error as exc:
            raise ConfigError(f"{data_path(lang, 'time_rules.txt')}: rule {line!r}: {exc}") from exc
        rules.append(Rule(kind, regex, pattern, first_chars(body)))
    return rules


def _trigger(raw: dict) -> re.Pattern[str]:
    inner = set(raw.get("unit_adj", {}))
    words = {word for slot, table in raw.items() if slot not in DEPENDENT_SLOTS for word in table} - inner
    return re.compile(r"\d|(?<!\w)" + _alternation(dict.fromkeys(words), False) + "|"
                      + _alternation(dict.fromkeys(inner), False))


def _aside(cues: list[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    words = "|".join(re.escape(cue) for cue in cues if cue[0].isalpha())
    marks = "".join(re.escape(cue) for cue in cues if not cue[0].isalpha())
    return re.compile(rf"(?:\b(?:{words})|[{marks}])\s*$", re.IGNORECASE)


@cache
def grammar(lang: str) -> Grammar:
    raw_lexicon = json_data(lang, "time_lexicon")
    lines = word_list(lang, "time_rules")
    if not raw_lexicon or not lines:
        raise ConfigError(f"{data_path(lang)}: no time grammar for language {lang!r}")
    raw: dict[str, dict] = {k: dict(v) for k, v in raw_lexicon.items() if isinstance(v, dict)}
    for slot, names in _cldr_names(lang).items():
        raw[slot] = {**names, **raw.get(slot, {})}
    raw.setdefault("number", {})
    rules = _compile_rules(lang, lines, raw)
    by_first = {
        char: tuple(i for i, rule in enumerate(rules) if rule.first is None or char in rule.first)
        for char in set().union(*(rule.first for rule in rules if rule.first is not None))
    }
    return Grammar(
        lang=lang,
        rules=tuple(rules),
        lexicon={slot: _normalise_keys(words) for slot, words in raw.items()},
        future_cue=_word_regex(raw_lexicon.get("future_cue") or []),
        past_cue=_word_regex(raw_lexicon.get("past_cue") or []),
        perfect_cue=_word_regex(raw_lexicon.get("perfect_cue") or []),
        aside_cue=_aside(raw_lexicon.get("aside_cue") or []),
        trigger=_trigger(raw),
        by_first=by_first,
        any_first=tuple(i for i, rule in enumerate(rules) if rule.first is None),
    )
