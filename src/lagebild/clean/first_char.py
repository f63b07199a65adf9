"""Which characters a regular expression can start a match with.

A line pattern family is one long alternation, and Python's `re` tries every branch in turn (a
case-insensitive literal branch cannot even be skipped on its first character), so a menu line
pays for some hundred branches. Splitting the family into branches and keeping, per first
character of a line, only the branches that can start with it gives the same matches for a
fraction of the work. The analysis reads the parse tree of Python's own regular-expression parser
(`re._parser`, the module `re.compile` uses), so it agrees with the engine on what a pattern means;
whatever it does not know is answered with "any character".
"""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

CATEGORY_CLASS = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
"""Anchors and look-arounds consume nothing: the first character comes after them (ignoring the
condition they add only lets more characters through, which is safe)."""


QUANTIFIER = re.compile(r"(?:[*+?]|\{\d+(?:,\d*)?\}|\{,\d+\})[?+]?")
"""A quantifier after an item, lazy or possessive; a brace that opens none is a literal."""
LONG_ESCAPES = frozenset("xuUNg0123456789")
"""Escapes longer than two characters (a code point, a name, a group reference)."""
WRAPPERS = (("(?i:", "i"), ("(?:", ""))
"""Groups that may wrap a whole branch, and the flag each sets for what it wraps."""


class AnyCharacter(Exception):
    """Raised inside the analysis when a branch can start with a character it cannot name."""


def alternatives(regex: str) -> list[str]:
    """The top-level branches of `regex` as patterns of their own: "(?i:a|b)" gives "(?i:a)" and
    "(?i:b)", "a|b" gives "a" and "b"; a pattern with one branch, or with flags set for the whole
    pattern ("(?i)a|b"), comes back alone."""
    if GLOBAL_FLAGS.match(regex):
        return [regex]
    for opener in ("(?i:", "(?:", ""):
        if regex.startswith(opener) and (not opener or _closing(regex, 0) == len(regex) - 1):
            inner = regex[len(opener):len(regex) - (1 if opener else 0)]
            closer = ")" if opener else ""
            return [f"{opener}{branch}{closer}" for branch in split_top_level(inner)]
    return [regex]


def items(regex: str) -> list[tuple[str, str]] | None:
    """The top-level items of a branch in order, each with its quantifier ("[A-Z]", "\\w++",
    "(?:a|b)?", "x"), paired with the flag its branch sets for it ("i" inside "(?i:…)" around the
    whole branch, else ""); None when the branch has a bar or a parenthesis of its own at the top."""
    flag = ""
    for opener, wrapper_flag in WRAPPERS:
        if regex.startswith(opener) and _closing(regex, 0) == len(regex) - 1:
            regex, flag = regex[len(opener):-1], wrapper_flag
            break
    found, i = [], 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            if regex[i + 1:i + 2] in LONG_ESCAPES:
                return None
            end = i + 2
        elif char == "[":
            end = _class_end(regex, i)
        elif char == "(":
            end = _closing(regex, i) + 1
            if not end or GLOBAL_FLAGS.fullmatch(regex, i, end):
                return None
        elif char in "|)":
            return None
        else:
            end = i + 1
        quantifier = QUANTIFIER.match(regex, end)
        if quantifier:
            end = quantifier.end()
        found.append((regex[i:end], flag))
        i = end
    return found


def _class_end(regex: str, open_at: int) -> int:
    """Index just after the bracket that closes the character class opened at `open_at`."""
    i = open_at + 1
    if regex[i:i + 1] == "^":
        i += 1
    if regex[i:i + 1] == "]":
        i += 1
    while i < len(regex) and regex[i] != "]":
        i += 2 if regex[i] == "\\" else 1
    return i + 1


def _closing(regex: str, open_at: int) -> int:
    """Index of the parenthesis that closes the one at `open_at`, or -1."""
    depth = 0
    for i, char in _structure(regex, open_at):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return i
    return -1


def split_top_level(regex: str) -> list[str]:
    """The branches of `regex` at its outermost level ("a|(b|c)" gives "a" and "(b|c)")."""
    branches, depth, start = [], 0, 0
    for i, char in _structure(regex, 0):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            branches.append(regex[start:i])
            start = i + 1
    branches.append(regex[start:])
    return branches


def _structure(regex: str, start: int):
    """(index, char) of the parentheses and bars that structure `regex`, skipping escapes and
    character classes."""
    i, in_class = start, False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if regex[i + 1:i + 2] == "^":
                i += 1
            if regex[i + 1:i + 2] == "]":
                i += 1
        elif char in "()|":
            yield i, char
        i += 1


def first_char_class(regex: str) -> re.Pattern[str] | None:
    """A pattern that fullmatches every character a match of `regex` can start with (and maybe
    more), or None when that can be any character."""
    parsed = _parser.parse(regex, 0)
    try:
        classes, _ = _first(list(parsed), parsed.state.flags)
    except AnyCharacter:
        return None
    return re.compile("|".join(dict.fromkeys(classes)) or "(?!)")


def _first(items: list, flags: int) -> tuple[list[str], bool]:
    """(classes of the first character, whether the sequence can match the empty string)."""
    classes: list[str] = []
    for op, av in items:
        found, empty = _first_of(op, av, flags)
        classes += found
        if not empty:
            return classes, False
    return classes, True


def _first_of(op, av, flags: int) -> tuple[list[str], bool]:
    ignore = flags & re.IGNORECASE
    if op is sre.LITERAL:
        return [_flagged(re.escape(chr(av)), ignore)], False
    if op is sre.IN:
        return [_flagged(_char_class(av), ignore)], False
    if op is sre.SUBPATTERN:
        _, add, remove, pattern = av
        return _first(list(pattern), (flags | add) & ~remove)
    if op is sre.BRANCH:
        classes, empty = [], False
        for branch in av[1]:
            found, branch_empty = _first(list(branch), flags)
            classes += found
            empty = empty or branch_empty
        return classes, empty
    if op in REPEATS:
        low, _, item = av
        found, empty = _first(list(item), flags)
        return found, empty or low == 0
    if op in ZERO_WIDTH:
        return [], True
    raise AnyCharacter(op)


def _char_class(items) -> str:
    parts = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in CATEGORY_CLASS:
            parts.append(CATEGORY_CLASS[av])
        else:
            raise AnyCharacter(op)
    return f"[{''.join(parts)}]"


def _flagged(char_class: str, ignore_case: int) -> str:
    return f"(?i:{char_class})" if ignore_case else char_class
