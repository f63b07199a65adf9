"""The title's text cut from the chosen line: the title a comment heading quotes, the last step of a
breadcrumb trail, the headline without a prefix glued in front or a site's domain name behind."""
from __future__ import annotations

import re
from functools import cache

from lagebild.meta.lexicon import all_entries

GLUED_HEADLINE_WORDS = 6
"""Shortest headline split off a line that has a prefix glued in front: shorter tails are mostly the
name of the thing the whole headline is about ("Upside-Down Cake" in "Easy Upside-Down Cake")."""

GLUED_ENDING_CHARS = 12
"""Only lines ending like the chosen line are read for its tail: a cheap filter before splitting trails."""

BREADCRUMB = re.compile(r"\s[›»>]\s")
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,6}$")
"""A site's domain name after the headline, as page titles carry it ("Titel | EXAMPLE.ORG")."""
CRUMB = re.compile(r"\s+/\s+|\s*>\s*|\s+[»›]\s+")
"""What divides a breadcrumb trail ("Home / Essays / 2017 / Titel", "Forum>iPhone>Titel")."""
TRAIL_HEAD_WORDS = 4
"""Most words before a single arrow that make a one-step trail: a label and a home link."""


def without_glued_prefix(title: str, page: str) -> str:
    """The headline alone where the chosen line has a kicker or breadcrumb run into its front
    ("Sie sind hier: Start Presse Marktplatz wird umgebaut") and the page prints the headline
    alone elsewhere, as a line or as the last step of a trail."""
    tails = [part for line in _lines_ending_like(title, page) for part in (line, last_crumb(line))
             if len(part) < len(title) and title.endswith(part) and not title[-len(part) - 1].isalnum()
             and len(part.split()) >= GLUED_HEADLINE_WORDS]
    return max(tails, key=len, default=title)


SPACE_BEFORE_MARK = re.compile(r"\s+(?=[:;,!?])")


def page_spelling(title: str, page: str) -> str:
    """A page that sets a headline's kicker and main line as separate pieces renders a space before
    the colon between them ("Streit ums Geld : Die Stars fordern mehr"); where the page prints the
    headline elsewhere without it (its heading, a share text), that is the headline's spelling."""
    tight = SPACE_BEFORE_MARK.sub("", title)
    return tight if tight != title and tight in page else title


def _lines_ending_like(title: str, page: str) -> list[str]:
    """The stripped lines that end like `title`, found in one scan of the page (lines joined by newlines)."""
    ending = title[-GLUED_ENDING_CHARS:]
    found = []
    at = page.find(ending)
    while at >= 0:
        start, end = page.rfind("\n", 0, at) + 1, page.find("\n", at)
        line = page[start:end if end >= 0 else len(page)].strip()
        if line.endswith(ending):
            found.append(line)
        at = page.find(ending, at + 1)
    return found


@cache
def _comment_heading() -> re.Pattern[str]:
    words = "|".join(all_entries("meta_comment_headings"))
    return re.compile(rf"^\W*(?:{words})\s+[„“\"«‘'”]*\s*(?P<title>.+?)\s*[“”\"»’'‘]*$", re.IGNORECASE)


def last_crumb(line: str) -> str:
    """The last step of a breadcrumb trail that ends in the headline; one divider may belong to
    the headline itself ("Schmerzen spüren / empfinden?"), two or more make a trail, and so does
    one arrow after a few words ("Sie sind hier: Home » Titel")."""
    crumbs = CRUMB.split(line)
    if len(crumbs) == 2 and len(BREADCRUMB.findall(line)) == 1 and len(crumbs[0].split()) <= TRAIL_HEAD_WORDS:
        return crumbs[-1] if len(crumbs[-1]) >= 3 else line
    return crumbs[-1] if len(crumbs) >= 3 and len(crumbs[-1]) >= 3 else line


TRAIL_STEP_WORDS = 4
"""Most words of a step before the last in a breadcrumb trail: section names, not sentences."""


def is_trail(line: str) -> bool:
    """A breadcrumb trail of three or more steps whose steps before the last are a few words each
    ("Home / Politik / Titel"); a sentence that holds a slash or an arrow has longer parts."""
    if not ("/" in line or ">" in line or "»" in line or "›" in line):
        return False
    crumbs = CRUMB.split(line)
    return len(crumbs) >= 3 and all(len(crumb.split()) <= TRAIL_STEP_WORDS for crumb in crumbs[:-1])


TAB_DIVIDER = re.compile(r"\s+[|·•]\s+")
TAB_WORDS = 2
"""Most words of a label in a tab row, as of the one- or two-word headlines the short-headline rule admits."""


def is_tab_row(line: str) -> bool:
    """A row of three or more labels of a word or two between bars or dots ("Region | Praxis | Video"):
    the tabs, tags or sections a page prints in one line; a headline joined to its kicker or site
    name has two parts, and longer ones. No headline candidate (inserted rows next to the headline
    without URL, title flips 144 -> 79, a second wording written afterwards 167 -> 76; dev unchanged)."""
    if "|" not in line and "·" not in line and "•" not in line:
        return False
    parts = TAB_DIVIDER.split(line)
    return len(parts) >= 3 and all(len(part.split()) <= TAB_WORDS for part in parts)


def quoted_title(line: str) -> str:
    """The title a comment section quotes ("6 Kommentare zu „Titel“"): that heading echoes the URL
    slug like the headline, and is often the only copy of it the page dump kept."""
    found = _comment_heading().match(line)
    return found.group("title") if found else line
