"""Title, kicker and teaser: from metadata or the cleaner when they say, else from line features.

A page dump has no markup, so the headline is recognised by what headlines share on every outlet:
a short line without sentence punctuation just above the body, often echoing the URL slug, often
repeated (page heading and breadcrumb). A "kicker" (Dachzeile) is a shorter topical line directly
above the headline.
"""
from __future__ import annotations

import re
from collections import defaultdict
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from lagebild.meta.dates import find_dates
from lagebild.meta.bylines import opens_byline
from lagebild.meta.layout import Layout, is_prose

SEARCH_ABOVE_BODY = 25
"""Lines above the body in which the headline is looked for; navigation menus sit further up."""

SLUG_MATCH = 0.5
"""Lines anywhere on the page whose words overlap the URL slug this much are headline candidates."""

SLUG_WEIGHT = 3.0
DISTANCE_COST = 0.04
MAX_DISTANCE_COST = 1.5
"""Per line between a candidate and the body start, capped: a slug echo far up still wins."""

SUBHEADING_COST = 1.0
"""A line the cleaner kept in the body as a subheading is rarely the headline, which it removes."""

STANDFIRST_CHARS = 600
"""A standfirst is a few sentences; a longer line under the headline is already the body."""

WORD = re.compile(r"\w+")
WORD_OR_BREAK = re.compile(r"\w{3,}|\n")
UMLAUTS = re.compile("[äöüßÄÖÜẞ]")
"""Without these the two ways of folding a text give the same words."""
SENTENCE_END = re.compile(r"[.!?…]\W*$")
BREADCRUMB = re.compile(r"\s[›»>]\s")


@dataclass
class Headline:
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    line: int | None = None


def fold(text: str, spell_umlauts: bool = True) -> str:
    """Lower case without accents, German umlauts spelled out ("ae") or dropped to the bare vowel,
    the two ways URL slugs write them."""
    text = text.lower()
    if spell_umlauts:
        for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            text = text.replace(umlaut, spelled)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug_words(url: str | None) -> set[str]:
    if not url:
        return set()
    path = unquote(urlparse(url).path)
    return {w for w in WORD.findall(fold(path)) if len(w) >= 3 and not w.isdigit()} - {"html", "htm", "php", "aspx"}


def _headline_like(line: str, echoes_slug: bool) -> bool:
    """Headline-sized, not a date and not a breadcrumb trail; a line that echoes the URL slug may
    be as short as one word."""
    words = len(line.split())
    shortest, fewest = (3, 1) if echoes_slug else (12, 2)
    return (shortest <= len(line) <= 220 and fewest <= words <= 35 and not line.endswith(":")
            and len(BREADCRUMB.findall(line)) < 2 and (echoes_slug or not find_dates(line)))


def slug_match(line: str, slug: set[str]) -> float:
    """Dice overlap between a line's words and the URL slug's words (0 when there is no slug)."""
    if not slug:
        return 0.0
    best = 0.0
    for spell_umlauts in (True, False):
        words = {w for w in WORD.findall(fold(line, spell_umlauts)) if len(w) >= 3}
        if words:
            best = max(best, 2 * len(words & slug) / (len(words) + len(slug)))
    return best


def _slug_echoes(lines: list[str], slug: set[str]) -> set[int]:
    """Lines whose words overlap the URL slug by `SLUG_MATCH`. A Dice overlap of t needs
    (2 - t) * shared >= t * slug words, so the page is folded and split into words once to find
    the few lines that share enough of them."""
    if not slug:
        return set()
    sharing: set[int] = set()
    page = "\n".join(lines)
    spellings = (True, False) if UMLAUTS.search(page) else (True,)
    for spell_umlauts in spellings:
        shared: dict[int, set[str]] = defaultdict(set)
        line = 0
        for token in WORD_OR_BREAK.findall(fold(page, spell_umlauts)):
            if token == "\n":
                line += 1
            elif token in slug:
                shared[line].add(token)
        sharing.update(i for i, words in shared.items() if (2 - SLUG_MATCH) * len(words) >= SLUG_MATCH * len(slug))
    return {i for i in sharing if slug_match(lines[i], slug) >= SLUG_MATCH}


def _score(index: int, layout: Layout, slug: set[str], counts: dict[str, int]) -> float:
    line = layout.lines[index].strip()
    score = SLUG_WEIGHT * slug_match(line, slug)
    if counts.get(line, 0) > 1:
        score += 0.5
    if not SENTENCE_END.search(line):
        score += 0.5
    if len(line.split()) >= 4:
        score += 0.5
    score -= min(DISTANCE_COST * abs(layout.body_start - index), MAX_DISTANCE_COST)
    if line in layout.subheadings:
        score -= SUBHEADING_COST
    return score


KIND_BONUS = {"title": 1.0, "kicker": 0.5, "title_repeat": 0.3, "nav": -1.0, "other": 0.0}
"""The cleaner's opinion counts, but only as one feature: it often calls the last two short lines
above the body kicker and title whatever they are."""


def find_headline(layout: Layout, url: str | None, given_title: str | None) -> Headline:
    headline = _from_lines(layout, url)
    if given_title and given_title.strip():
        headline = _given(layout, given_title.strip()) or Headline(title=given_title.strip())
    teasers = layout.lines_of("teaser")
    if teasers:
        headline.teaser = layout.lines[teasers[0]].strip()
    elif headline.line is not None:
        headline.teaser = _standfirst_below(headline.line, layout)
    if headline.kicker and headline.title and fold(headline.kicker) == fold(headline.title):
        headline.kicker = None
    return headline


def _given(layout: Layout, title: str) -> Headline | None:
    """The publisher's title, placed on the page when a line says the same, to find its kicker."""
    for index, line in enumerate(layout.lines):
        if fold(line.strip()) == fold(title):
            return Headline(title=title, kicker=_kicker_above(index, layout), line=index)
    return None


def _standfirst_below(index: int, layout: Layout) -> str | None:
    """The sentence or two between headline and body that sums the story up, if there is one."""
    below = next((j for j in range(index + 1, min(index + 3, len(layout.lines))) if layout.lines[j].strip()), None)
    if below is None or below >= layout.body_start or layout.kind(below) not in (None, "teaser"):
        return None
    line = layout.lines[below].strip()
    return line if is_prose(line) and len(line) <= STANDFIRST_CHARS else None


def _from_lines(layout: Layout, url: str | None) -> Headline:
    lines = layout.lines
    slug = slug_words(url)
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    top = max(0, layout.body_start - SEARCH_ABOVE_BODY)
    echoes = _slug_echoes(lines, slug)
    window = set(range(top, layout.body_start + 1)) | set(layout.lines_of("title", "kicker")) | echoes
    candidates = [i for i in sorted(window)
                  if _headline_like(lines[i].strip(), i in echoes) and not layout.never_dated(i)
                  and layout.kind(i) not in ("byline", "date", "section", "agency", "translator", "teaser")
                  and not opens_byline(lines[i])]
    if not candidates:
        return Headline()

    def score(i: int) -> float:
        return _score(i, layout, slug, counts) + KIND_BONUS.get(layout.kind(i) or "other", -0.5)

    best = _first_copy(max(candidates, key=lambda i: (score(i), i)), lines)
    return Headline(title=lines[best].strip(), kicker=_kicker_above(best, layout), line=best)


def _first_copy(index: int, lines: list[str]) -> int:
    """Of a headline printed twice in a row, keep the first: the second is a repeat, not a title."""
    above = _previous(index, lines)
    while above is not None and lines[above].strip() == lines[index].strip():
        index, above = above, _previous(above, lines)
    return index


def _previous(index: int, lines: list[str]) -> int | None:
    for j in range(index - 1, max(index - 3, -1), -1):
        if lines[j].strip():
            return j
    return None


def _kicker_above(index: int, layout: Layout) -> str | None:
    """A short topical line right above the headline, not a sentence and not a copy of it; one the
    cleaner marked as kicker may be a single word."""
    above = _previous(index, layout.lines)
    if above is None:
        return None
    kicker, title = layout.lines[above].strip(), layout.lines[index].strip()
    if kicker == title or SENTENCE_END.search(kicker) or kicker.endswith(":") or find_dates(kicker):
        return None
    if layout.kind(above) in ("byline", "date", "section") or opens_byline(kicker):
        return None
    fewest = 1 if layout.kind(above) == "kicker" else 2
    if fewest <= len(kicker.split()) <= 8 and len(kicker) <= max(60, 1.3 * len(title)):
        return kicker
    return None
