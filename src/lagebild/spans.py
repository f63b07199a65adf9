"""Which of an article's spans lie in a stretch of text, and whether an offset is covered.

Events and the timeline ask this for every sentence, clause and word; scanning all of an
article's tokens, mentions and time expressions each time makes a long text cost the square of
its length, so both questions are answered by binary search over spans sorted once.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Generic, Iterable, Protocol, TypeVar


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Item = TypeVar("Item", bound=Located)


class StartIndex(Generic[Item]):
    """Items whose start lies in a range, in the order they were given."""

    def __init__(self, items: Iterable[Item]) -> None:
        ordered = sorted(enumerate(items), key=lambda pair: pair[1].start)
        self._starts = [item.start for _, item in ordered]
        self._entries = ordered

    def within(self, span: Located) -> list[Item]:
        """Items with span.start <= item.start < span.end."""
        low = bisect_left(self._starts, span.start)
        high = bisect_left(self._starts, span.end, low)
        return [item for _, item in sorted(self._entries[low:high], key=lambda pair: pair[0])]


class Coverage:
    """The union of some spans: does any of them contain a given offset?"""

    def __init__(self, spans: Iterable[Located]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any of the spans shares an offset with [start, end)."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and start < self._ends[index]
