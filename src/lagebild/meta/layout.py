"""Where things are on the page dump: which raw lines the cleaner called what, where the body is.

Meta extraction must work with the cleaner's furniture labels and without them (the cleaner may be
absent or wrong), so the positions it needs are derived here once, from furniture when present and
from the shape of the lines otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.model import Article

NEVER_DATED = frozenset({"related", "related_date", "prev_next", "photo_credit", "gallery", "comment",
                         "ad", "newsletter", "nav"})
"""Furniture kinds whose dates belong to other articles, pictures or readers, never this article."""

PARAGRAPH_CHARS = 150
"""A line this long with sentence punctuation reads as body text; menus and teaser titles rarely
reach it (checked on the dev half of the HTML evaluation pages)."""


def is_paragraph(line: str) -> bool:
    return len(line) >= PARAGRAPH_CHARS and sum(line.count(p) for p in ".!?") >= 1 and line.count(" ") >= 15


@dataclass
class Layout:
    lines: list[str]
    kinds: dict[int, str] = field(default_factory=dict)
    caption_lines: frozenset[int] = frozenset()
    body_start: int = 0
    body_end: int = 0

    def kind(self, index: int) -> str | None:
        return self.kinds.get(index)

    def never_dated(self, index: int) -> bool:
        return self.kinds.get(index) in NEVER_DATED or index in self.caption_lines

    def lines_of(self, *kinds: str) -> list[int]:
        return sorted(i for i, k in self.kinds.items() if k in kinds)


def layout_of(article: Article) -> Layout:
    lines = article.raw.splitlines()
    kinds = {f.line: f.kind for f in article.furniture if 0 <= f.line < len(lines)}
    captions = frozenset(c.line for c in article.captions)
    start, end = _body_bounds(lines, kinds, captions)
    return Layout(lines, kinds, captions, start, end)


def _body_bounds(lines: list[str], kinds: dict[int, str], captions: frozenset[int]) -> tuple[int, int]:
    """First and last line of the main text run: cleaner's kept lines, else the densest paragraph run."""
    if kinds:
        kept = [i for i, line in enumerate(lines) if line.strip() and i not in kinds and i not in captions]
        if kept:
            return kept[0], kept[-1]
    paragraphs = [i for i, line in enumerate(lines) if is_paragraph(line)]
    if not paragraphs:
        return 0, max(len(lines) - 1, 0)
    runs: list[list[int]] = [[paragraphs[0]]]
    for index in paragraphs[1:]:
        if index - runs[-1][-1] <= 8:
            runs[-1].append(index)
        else:
            runs.append([index])
    best = max(runs, key=lambda run: sum(len(lines[i]) for i in run))
    return best[0], best[-1]
