"""Literal text that every match of a regular expression must contain.

A pattern family that is searched in many lines mostly finds nothing; when every pattern of it needs
one of a few literals, one search for those literals in the lowered line rules most lines out at a
fraction of the cost. Like `first_char`, the analysis reads the parse tree of Python's own
`re._parser`, so it agrees with the engine on what a pattern means; whatever it does not know yields
no literal.

Literals are kept lowered and looked for in `fold(text)`. That a match, case-insensitive or not,
shows as the lowered literal in the lowered text holds for every character except a few that `re`
folds beyond `str.lower()`: its extra case pairs ("ſ" matches "s", "ı" matches "i") and "İ", which
lowers to two characters. Literal characters with a non-ASCII partner of that kind end a literal,
and `fold` first writes the others in the text as the ASCII letter they match.
"""
from __future__ import annotations

import re
from re import _casefix
from re import _constants as sre
from re import _parser

REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
EXTRA_CASES = frozenset(map(chr, _casefix._EXTRA_CASES))
"""Lower-case letters that `re` folds together with other ones under IGNORECASE."""
ASCII_EQUIVALENTS = {
    **{chr(extra): chr(letter) for letter, extras in _casefix._EXTRA_CASES.items() if letter < 128
       for extra in extras},
    "İ": "i",
}
"""Characters that match an ASCII letter under IGNORECASE but do not lower to it."""
UNFOLDED = re.compile(f"[{''.join(ASCII_EQUIVALENTS)}]")
UNFOLD = str.maketrans(ASCII_EQUIVALENTS)


def fold(text: str) -> str:
    """The text literals are looked for in: lowered, after `ASCII_EQUIVALENTS`."""
    if not text.isascii() and UNFOLDED.search(text):
        text = text.translate(UNFOLD)
    return text.lower()


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowered literals of which every match of `pattern` contains at least one, or None when the
    analysis finds none. Of several choices the one with the longest shortest literal is taken:
    long literals occur in few lines."""
    return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))


def minimal_literals(literals: set[str]) -> list[str]:
    """`literals` without those that contain another one: finding the shorter one is enough."""
    return sorted(literal for literal in literals
                  if not any(other != literal and other in literal for other in literals))


def _sequence(items: list) -> frozenset[str] | None:
    choices: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and _usable(chr(av)):
            run += chr(av)
            continue
        if run:
            choices.append(frozenset({run.lower()}))
            run = ""
        found = _item(op, av)
        if found:
            choices.append(found)
    if run:
        choices.append(frozenset({run.lower()}))
    return max(choices, key=lambda literals: (min(map(len, literals)), -len(literals)), default=None)


def _item(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in av[1]]
        return frozenset().union(*branches) if all(branches) else None
    if op in REPEATS and av[0] >= 1:
        return _sequence(list(av[2]))
    return None


def _usable(char: str) -> bool:
    """Whether a match of `char` (in either case mode) always shows as `char.lower()` in `fold`."""
    lowered = char.lower()
    return len(lowered) == 1 and (lowered.isascii() or lowered not in EXTRA_CASES)
