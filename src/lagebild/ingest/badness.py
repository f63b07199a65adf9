"""ftfy's mojibake heuristic `is_bad`, answered by a regex the engine can skim text with.

ftfy's `BADNESS_RE` is an alternation whose branches mostly open with a class holding ASCII
letters or spaces, so the regex engine tries every branch at every position of the text: on
clean lines, which it must read to the end, that is most of the cost of ingest's repair. Every
branch, though, holds a character that is not ASCII. The pattern here is derived from ftfy's own
when this module is loaded: it matches that one key character of some branch and checks the
rest of the branch around it by look-behind and look-ahead. It matches somewhere exactly where
ftfy's matches somewhere, and as it opens with the class of all key characters, the engine skips
in C straight to the few places where a branch could match.
"""
from __future__ import annotations

import re
from re import _constants as sre  # noqa: PLC2701 - the parse tree of ftfy's own pattern
from re import _parser as sre_parse  # noqa: PLC2701

from ftfy.badness import BADNESS_RE

Element = tuple  # one (opcode, argument) pair of sre's parse tree
CATEGORIES = {
    sre.CATEGORY_SPACE: "\\s", sre.CATEGORY_NOT_SPACE: "\\S",
    sre.CATEGORY_WORD: "\\w", sre.CATEGORY_NOT_WORD: "\\W",
    sre.CATEGORY_DIGIT: "\\d", sre.CATEGORY_NOT_DIGIT: "\\D",
}


class _Unsupported(Exception):
    """ftfy's pattern holds a construct this rewriting does not know: use ftfy's pattern as is."""


def _class_item(op, value) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(value))
    if op is sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if op is sre.CATEGORY and value in CATEGORIES:
        return CATEGORIES[value]
    if op is sre.NEGATE:
        return "^"
    raise _Unsupported(op)


def _source(elements: list[Element]) -> str:
    """Regex source for a sequence of parsed elements."""
    parts = []
    for op, value in elements:
        if op is sre.IN:
            parts.append("[" + "".join(_class_item(*item) for item in value) + "]")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is sre.ANY:
            parts.append(".")
        elif op is sre.AT and value is sre.AT_BEGINNING:
            parts.append("^")
        elif op is sre.MAX_REPEAT and value[:2] == (0, 1):
            parts.append(f"(?:{_source(list(value[2]))})?")
        else:
            raise _Unsupported(op)
    return "".join(parts)


def _key_class(element: Element) -> str | None:
    """The class source of an element that matches one character, never an ASCII one."""
    op, value = element
    if op is sre.LITERAL and value > 0x7F:
        return re.escape(chr(value))
    if op is sre.IN and all(
        (item_op is sre.LITERAL and item > 0x7F) or (item_op is sre.RANGE and item[0] > 0x7F)
        for item_op, item in value
    ):
        return "".join(_class_item(*item) for item in value)
    return None


def _without_options(elements: list[Element]) -> list[list[Element]]:
    """The fixed-width sequences an element list with optional (`x?`) parts stands for."""
    variants: list[list[Element]] = [[]]
    for op, value in elements:
        if op is sre.MAX_REPEAT and value[:2] == (0, 1):
            variants = [v + extra for v in variants for extra in ([], list(value[2]))]
        else:
            variants = [v + [(op, value)] for v in variants]
    return variants


def _keyed_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
        raise _Unsupported("not an alternation")
    keys, branches = [], []
    for branch in tree.data[0][1][1]:
        elements = list(branch.data)
        at = next((i for i, element in enumerate(elements) if _key_class(element)), None)
        if at is None:
            raise _Unsupported("a branch with no key character")
        keys.append(_key_class(elements[at]))
        ahead = _source(elements[at + 1:])
        for behind in _without_options(elements[: at + 1]):
            branches.append(f"(?<={_source(behind)})(?={ahead})")
    return re.compile(f"[{''.join(keys)}](?:{'|'.join(branches)})")


def _skimming_search():
    try:
        return _keyed_pattern(BADNESS_RE).search
    except (_Unsupported, re.error):
        return BADNESS_RE.search


_search = _skimming_search()


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`: whether the text looks like it holds mojibake."""
    return _search(text) is not None
