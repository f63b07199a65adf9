"""The non-blank lines next to a line of a page dump: blank lines separate a page's blocks, but the
headline tests read a line together with the text printed right above or below it."""
from __future__ import annotations


def next_line(index: int, lines: list[str]) -> int | None:
    for j in range(index + 1, min(index + 3, len(lines))):
        if lines[j].strip():
            return j
    return None


def previous_line(index: int, lines: list[str]) -> int | None:
    for j in range(index - 1, max(index - 3, -1), -1):
        if lines[j].strip():
            return j
    return None
