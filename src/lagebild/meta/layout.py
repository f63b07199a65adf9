"""Where things are on the page dump: which raw lines the cleaner called what, where the body is.

Meta extraction must work with the cleaner's furniture labels and without them (the cleaner may be
absent or wrong), so the positions it needs are derived here once, from furniture when present and
from the shape of the lines otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from lagebild.meta.dates import DateMatch, find_dates
from lagebild.model import Article

NEVER_DATED = frozenset({"related", "related_date", "prev_next", "photo_credit", "gallery", "comment"})
"""Furniture kinds whose dates belong to other articles, pictures or readers, never this article."""

PARAGRAPH_CHARS = 150
"""A line this long with sentence punctuation reads as body text; menus and teaser titles rarely
reach it (checked on the dev half of the HTML evaluation pages)."""

PROSE_WORDS = 8
"""Shorter lines count as prose when they have this many words and end like a sentence."""

RUN_GAP = 3
"""Prose lines at most this many non-blank lines apart belong to one run; comment threads, where every comment is
separated by name, date and reply lines, fall apart into single lines."""

REMOVED_WEIGHT = 0.3
"""How much a prose line the cleaner removed still counts towards a body run."""


def is_paragraph(line: str) -> bool:
    return len(line) >= PARAGRAPH_CHARS and sum(line.count(p) for p in ".!?") >= 1 and line.count(" ") >= 15


def is_prose(line: str) -> bool:
    line = line.strip()
    return is_paragraph(line) or (len(line.split()) >= PROSE_WORDS and line[-1:] in ".!?:…\"“”»)")


@dataclass
class Layout:
    lines: list[str]
    kinds: dict[int, str] = field(default_factory=dict)
    caption_lines: frozenset[int] = frozenset()
    subheadings: frozenset[str] = frozenset()
    """Texts the cleaner kept in the body as subheadings."""
    body_start: int = 0
    body_end: int = 0
    furniture_texts: dict[str, list[str]] = field(default_factory=dict)
    """The words the cleaner removed, by kind: for a dateline cut off a paragraph ("BerlinNordkorea…"),
    the place alone, where the line itself holds the whole paragraph."""

    def kind(self, index: int) -> str | None:
        return self.kinds.get(index)

    def never_dated(self, index: int) -> bool:
        return self.kinds.get(index) in NEVER_DATED or index in self.caption_lines

    def lines_of(self, *kinds: str) -> list[int]:
        return sorted(i for i, k in self.kinds.items() if k in kinds)

    @cached_property
    def dates(self) -> dict[int, list[DateMatch]]:
        """The dates on each line that has any, read once for every reader of the page."""
        return {i: found for i, line in enumerate(self.lines) if (found := find_dates(line))}


def layout_of(article: Article) -> Layout:
    lines = article.raw.splitlines()
    kinds = {f.line: f.kind for f in article.furniture if 0 <= f.line < len(lines)}
    captions = frozenset(c.line for c in article.captions)
    start, end = _body_bounds(lines, kinds, captions)
    subheadings = frozenset(article.body[h.start:h.end].strip() for h in article.headings)
    texts: dict[str, list[str]] = {}
    for f in article.furniture:
        texts.setdefault(f.kind, []).append(f.text)
    return Layout(lines, kinds, captions, subheadings, start, end, texts)


def _body_bounds(lines: list[str], kinds: dict[int, str], captions: frozenset[int]) -> tuple[int, int]:
    """First and last line of the weightiest run of prose lines.

    Lines the cleaner kept weigh more than lines it removed, but its verdict alone is no guide:
    its first kept line is often a stray heading far above the story."""
    prose = [i for i, line in enumerate(lines) if i not in captions and is_prose(line)]
    if not prose:
        return 0, max(len(lines) - 1, 0)
    filled = [0]
    for line in lines:
        filled.append(filled[-1] + bool(line.strip()))
    runs: list[list[int]] = [[prose[0]]]
    for index in prose[1:]:
        if filled[index] - filled[runs[-1][-1]] <= RUN_GAP:
            runs[-1].append(index)
        else:
            runs.append([index])

    def weight(run: list[int]) -> float:
        return sum(len(lines[i]) * (1.0 if kinds.get(i) is None else REMOVED_WEIGHT) for i in run)

    best = max(runs, key=weight)
    return best[0], best[-1]
