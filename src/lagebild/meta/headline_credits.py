"""The credits under a headline: a byline, a date or the teaser below a line are evidence that it
heads the article, unless the line is one of a list of stories, each with its own credits, or
stands between the headline's credits and the article."""
from __future__ import annotations

import re

from lagebild.meta.bylines import opens_byline
from lagebild.meta.layout import Layout
from lagebild.meta.title_text import is_tab_row

CREDIT_KINDS = frozenset({"byline", "date", "teaser"})
CREDITS_WITHIN = 2
"""Non-blank lines looked at below a candidate: a picture caption may sit between headline and byline."""
INTERFACE_KINDS = frozenset({"share", "listen"})
"""Buttons the cleaner names (share row, read-aloud player): passed over on the way to the credits,
however many lines they take."""
CREDITS_BELOW_BONUS = 0.3
"""Small: signatures in forums and file names in wikis also stand above a date (0.5 lost three dev
pages that 0.3 keeps)."""
CREDITS_BELOW_WITHOUT_SLUG_BONUS = 1.0
"""Without a URL slug to name the headline, the line above the byline or date is the best evidence
left (dev exact without URLs 0.52 -> 0.56; 0.8 to 1.2 all alike)."""


def credits_below(index: int, layout: Layout, known: dict[int, bool]) -> bool:
    """The next lines open the article's credits: a byline, a date or the teaser (`known`: what
    was found out about lines already looked at for candidates above). A run of one-word lines
    (tabs such as "Übersicht", "Bilder", "Video", or buttons) counts as one line under a line of
    `TAB_BRIDGE_WORDS` or more words; under a shorter one the run is more of its menu, and the date
    under a menu is no credit of its entries. A row of tabs printed in one line (`is_tab_row`) is
    passed over under the same guard (inserted rows without URL, title flips 79 -> 61 and 76 -> 55,
    a third wording written after this rule 109 -> 99; dev unchanged)."""
    seen, end = 0, min(index + 6, len(layout.lines))
    j, in_tabs, bridges_tabs = index, False, None
    while (j := j + 1) < end:
        if not layout.stripped[j]:
            continue
        if layout.kind(j) in INTERFACE_KINDS:
            end = min(end + 1, len(layout.lines))
            continue
        if opens_credits(j, layout, known):
            return True
        if is_tab_row(layout.stripped[j]) and len(layout.stripped[index].split()) >= TAB_BRIDGE_WORDS:
            end = min(end + 1, len(layout.lines))
            continue
        tab = _tab(layout.stripped[j])
        if tab and in_tabs:
            if bridges_tabs is None:
                bridges_tabs = len(layout.stripped[index].split()) >= TAB_BRIDGE_WORDS
            if bridges_tabs:
                end = min(end + 1, len(layout.lines))
                continue
        in_tabs = tab
        seen += 1
        if seen >= CREDITS_WITHIN:
            return False
    return False


TAB_BRIDGE_WORDS = 3
"""Fewest words of a line whose credits a tab row may separate from it: menu entries have one or
two (a guard by the cleaner's menu label instead lost headlines it labels so, under a menu)."""

TAB_CHARS = 20
"""Longest single word read as a tab or button label. Tab rows between headline and credits
(inserted clutter without URL, title flips before -> after: session-9 harness 74 -> 48 and its
second wording 66 -> 41, a third wording written after this rule 93 -> 42 for one-word tabs and
50 -> 51 for tabs of several words or with counts, which stay lines; the 13 older kinds 614 -> 614;
with a URL unchanged; dev titles unchanged with and without URL)."""


def _tab(line: str) -> bool:
    return len(line) <= TAB_CHARS and " " not in line


def opens_credits(index: int, layout: Layout, known: dict[int, bool]) -> bool:
    """The non-blank line at `index` is a byline, a date or the teaser (`known` caches the answer)."""
    if index not in known:
        known[index] = (layout.kind(index) in CREDIT_KINDS or index in layout.dates
                        or opens_byline(layout.lines[index]))
    return known[index]


LISTED_WITHIN = 6
"""Most lines from one credited line to the next in a list of stories (title, date, teaser sentence)."""

STORY_TITLE_WORDS = 3
"""Fewest words of a story's title in such a list; shorter credited lines are labels of a profile or
a post's header ("Forenprofi" over "Mitglied seit" and a date)."""


NUMBERS_SHAPE = re.compile(r"\d+")
WORDS_SHAPE = re.compile(r"[^\W\d_]+")


def listed_stories(candidates: list[int], layout: Layout, start: int, known: dict[int, bool]) -> set[int]:
    """Credited lines above the article that follow one another, each with its own byline or date of
    one shape between them: a list of stories (teaser boxes, a "most read" column), whose dates credit each
    story's title, not the article's headline, so no copy of them gets the credit. A headline and
    its standfirst share the credits under both, so they stay apart from this. Only without a URL,
    where the credit weighs most (inserted clutter: title flips 577 -> 567 on 226 pages x 13
    kinds, dev-A and dev-B unchanged; with a URL ±0)."""
    above = [i for i in candidates if i < start and len(layout.stripped[i].split()) >= STORY_TITLE_WORDS
             and credits_below(i, layout, known)]
    listed = set()
    for upper, lower in zip(above, above[1:]):
        first, second = _credit_line_after(upper, layout, known), _credit_line_after(lower, layout, known)
        if (lower - upper <= LISTED_WITHIN and first is not None and first < lower and second is not None
                and _shape(layout.stripped[first]) == _shape(layout.stripped[second])):
            listed |= {upper, lower}
    return listed


def _credit_line_after(index: int, layout: Layout, known: dict[int, bool]) -> int | None:
    return next((j for j in range(index + 1, min(index + 6, len(layout.lines))) if known.get(j)), None)


def _shape(line: str) -> str:
    """A line with its numbers and words blanked out: the dates of one list share it."""
    return WORDS_SHAPE.sub("a", NUMBERS_SHAPE.sub("0", line))


def under_credits(candidates: list[int], layout: Layout, start: int, credited: set[str],
                  known: dict[int, bool]) -> set[int]:
    """Lines between the credits under the first headline contender with credits and the article's
    first paragraph: a standfirst, a picture's caption or credit, a share bar. The headline stands
    above its byline or date, so without a URL such a line loses what a line above credits gains,
    unless credits follow it too (dev-A and dev-B +2 each; with a URL dev-A −1)."""
    above = next((c for c in candidates if c < start and layout.stripped[c] in credited
                  and credits_below(c, layout, known)), None)
    if above is None:
        return set()
    credits = next((j for j in range(above + 1, start) if known.get(j)), start)
    return {i for i in candidates if credits < i < start and not credits_below(i, layout, known)}
