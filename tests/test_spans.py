"""Span look-ups by binary search agree with scanning every span."""
from __future__ import annotations

import random

from lagebild.spans import Coverage, StartIndex
from lagebild.model import Span


def _random_spans(rng: random.Random, count: int) -> list[Span]:
    spans = []
    for _ in range(count):
        start = rng.randrange(0, 200)
        spans.append(Span(start, start + rng.randrange(0, 12)))
    return spans


def test_start_index_returns_the_spans_starting_inside_in_their_given_order():
    rng = random.Random(3)
    spans = _random_spans(rng, 60)
    index = StartIndex(spans)
    for _ in range(200):
        start = rng.randrange(0, 210)
        window = Span(start, start + rng.randrange(0, 40))
        assert index.within(window) == [s for s in spans if window.start <= s.start < window.end]


def test_coverage_agrees_with_any_span_containing_the_offset():
    rng = random.Random(5)
    spans = _random_spans(rng, 40)
    covered = Coverage(spans)
    for offset in range(-2, 220):
        assert (offset in covered) == any(s.start <= offset < s.end for s in spans)


def test_adjacent_and_empty_spans():
    covered = Coverage([Span(0, 3), Span(3, 5), Span(8, 8)])
    assert [o for o in range(10) if o in covered] == [0, 1, 2, 3, 4]
