"""Pairs quotation marks into quoted regions, across every convention German and English use.

„…“ and ‚…‘ (German), “…” and ‘…’ (English), »…« and «…» (German books, Swiss and French), and
the typewriter forms "…" and '…'. The same character can open in one convention and close in
another (“ closes „ but opens an English quote), and ' and ’ are usually apostrophes, so each
mark is read against the quote that is open at that point and the characters around it.
"""
from __future__ import annotations

from dataclasses import dataclass

_CLOSERS: dict[str, frozenset[str]] = {
    "„": frozenset("“”\""),
    "“": frozenset("”\""),
    "«": frozenset("»"),
    "»": frozenset("«"),
    "‹": frozenset("›"),
    "›": frozenset("‹"),
    "‚": frozenset("‘’'"),
    "‘": frozenset("’"),
    '"': frozenset('"”“'),
    "'": frozenset("'’"),
}
_APOSTROPHE_LIKE = frozenset("'’‘")
_OPENS_AFTER = frozenset(" \t\n([{/–—-:>")
_MARKS = frozenset(_CLOSERS) | frozenset("”’")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted region: `start` at the opening mark, `end` just after the closing one."""

    start: int
    end: int
    depth: int


def _may_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[i] in _APOSTROPHE_LIKE or text[i] == '"':
        return before in _OPENS_AFTER or before in "„“«»‚"
    return True


def _may_close(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return False
    if text[i] in _APOSTROPHE_LIKE:
        # "Kirby's", "geht's": a letter on both sides is an apostrophe, not a closing mark.
        return not after.isalnum()
    return True


def quoted_regions(text: str) -> list[Quoted]:
    """Every closed quoted region, outermost and nested, in text order of their openings."""
    found: list[Quoted] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            stack.clear()  # an unclosed mark does not run on into the next paragraph
            continue
        if char not in _MARKS:
            continue
        closing = next((level for level in range(len(stack) - 1, -1, -1)
                        if char in _CLOSERS[stack[level][0]]), None)
        if closing is not None and _may_close(text, i):
            opener, start = stack[closing]
            del stack[closing:]
            found.append(Quoted(start, i + 1, closing))
        elif char in _CLOSERS and _may_open(text, i):
            stack.append((char, i))
    found.sort(key=lambda q: (q.start, -q.end))
    return found
