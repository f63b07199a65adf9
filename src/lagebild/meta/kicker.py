"""The kicker (Dachzeile): a shorter topical line directly above the headline, which may outscore
the headline under it but never takes its place."""
from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.meta.bylines import opens_byline
from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import contains_word
from lagebild.meta.neighbours import previous_line
from lagebild.meta.not_headlines import is_doubled, links_another_post, lists_topics

SENTENCE_END = re.compile(r"[.!?…]\W*$")

TOPIC_WORD = re.compile(r"\w{4,}")
"""A word long enough to name a topic; shorter ones are mostly function words."""

KICKER_WORDS = 6
"""Most words of a line read as a kicker when a longer headline follows it."""

KICKER_MARGIN = 1.0
"""How much more the kicker may score than the headline under it: it often echoes the section part of
the URL, or the cleaner takes it for the title."""


def headline_under_kicker(best: int, candidates: set[int], layout: Layout, score: Callable[[int], float]) -> int:
    """A short line right above a longer headline candidate is its kicker (a topic or section label,
    "Raumklima" over "Kondenswasser am Fenster verhindern"), however well it scores; a longer line
    that opens with it is a picture's caption or an SEO variant of it, not the headline it tops."""
    kicker = layout.stripped[best]
    words = len(kicker.split())
    if words > KICKER_WORDS:
        return best
    below = next((j for j in range(best + 1, min(best + 3, len(layout.lines))) if layout.stripped[j]), None)
    if (below is None or below not in candidates or below in layout.prose
            or len(layout.stripped[below].split()) <= words or layout.stripped[below].startswith(kicker)
            or score(below) < score(best) - KICKER_MARGIN):
        return best
    return below


KICKER_KINDS = frozenset({None, "kicker", "title", "nav", "other"})
"""What the cleaner may call a kicker: a heading, a menu-like label or a line it has no name for; never
a credit, section name, share button, picture credit or link to another story."""


def kicker_above(index: int, layout: Layout) -> str | None:
    """A short topical line right above the headline, not a sentence and not a copy of it; one the
    cleaner marked as kicker may be a single word."""
    above = previous_line(index, layout.lines)
    if above is None:
        return None
    kicker, title = layout.lines[above].strip(), layout.lines[index].strip()
    if kicker == title or SENTENCE_END.search(kicker) or kicker.endswith(":") or above in layout.dates:
        return None
    if (layout.kind(above) not in KICKER_KINDS or opens_byline(kicker) or is_doubled(kicker.split())
            or links_another_post(kicker) or lists_topics(kicker)):
        return None
    marked = layout.kind(above) == "kicker"
    if (1 if marked else 2) <= len(kicker.split()) <= 8 and len(kicker) <= max(60, 1.3 * len(title)) \
            and (marked or _names_the_story(kicker, index, layout)):
        return kicker
    return None


def _names_the_story(kicker: str, index: int, layout: Layout) -> bool:
    """A kicker names the story's topic, so one of its words recurs in the headline or the text under
    it; a menu entry or an interface label ("Seite auswählen", "View All Result") names nothing there."""
    text = "\n".join(layout.stripped[index:layout.body_end + 1]).casefold()
    return any(contains_word(text, word) for word in TOPIC_WORD.findall(kicker.casefold()))
