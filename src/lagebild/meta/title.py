"""Title, kicker and teaser: from metadata or the cleaner when they say, else from line features.

A page dump has no markup, so the headline is recognised by what headlines share on every outlet:
a short line without sentence punctuation just above the article's first paragraph and its byline
or date, often echoing the URL slug (the article's own part of the path, not its section parts),
often repeated (page heading and breadcrumb) or quoted in other lines (comment heading, share
text). Without a URL (a bare page dump) the byline or date below weighs more and the words of the
article's opening stand in for the slug. A "kicker" (Dachzeile) is a shorter topical line directly
above the headline; where the page runs it into the headline's line, the headline printed alone
elsewhere on the page gives the cut.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from lagebild.clean.patterns import teaser_labels
from lagebild.meta.bylines import opens_byline
from lagebild.meta.headline_credits import (
    CREDITS_BELOW_BONUS,
    CREDITS_BELOW_WITHOUT_SLUG_BONUS,
    credits_below,
    listed_stories,
    opens_credits,
    under_credits,
)
from lagebild.meta.kicker import (
    KICKER_MARGIN,
    KICKER_WORDS,
    SENTENCE_END,
    TOPIC_WORD,
    headline_under_kicker,
    kicker_above,
)
from lagebild.meta.layout import Layout, is_prose
from lagebild.meta.neighbours import next_line, previous_line
from lagebild.meta.not_headlines import (
    in_author_box,
    is_address,
    is_doubled,
    links_another_post,
    lists_topics,
    numbered_entry,
    opens_paragraph_below,
    picture_credit,
    table_of_contents,
)
from lagebild.meta.slug import (
    SLUG_MATCH,
    SlugOverlaps,
    fold,
    own_slug_words,
    slug_match,
    slug_words,
    squashed_echoes,
)
from lagebild.meta.title_text import (
    BREADCRUMB,
    SITE_SUFFIX,
    is_tab_row,
    is_trail,
    last_crumb,
    page_spelling,
    quoted_title,
    without_glued_prefix,
)

SEARCH_ABOVE_BODY = 25
"""Lines above the body in which the headline is looked for; navigation menus sit further up."""

SEARCH_CREDITED_ABOVE_BODY = 60
"""Without a URL slug to point far up, lines this far above the body are looked at when a byline or
date follows them."""

HEADLINE_CHARS = 220
"""Longest headline; a longer line is a paragraph."""

SHORTEST_HEADLINE = 12
"""Fewest characters of a headline that nothing else names (a URL slug, the credits under it)."""

SLUG_WEIGHT = 3.0
DISTANCE_COST = 0.04
MAX_DISTANCE_COST = 1.5
"""Per line between a candidate and the body start, capped: a slug echo far up still wins."""

INSIDE_BODY_COST = 1.0
"""A line between the body's paragraphs is a picture's text or a subheading, not the headline above them."""

LOWER_CASE_COST = 0.5
"""Words without a capital letter (in a script that has them) are an image's alt text, a tag list or
a menu entry far more often than a headline; a single word is how some sites title a page named
like its slug ("maudlin")."""

SUBHEADING_COST = 1.0
"""A line the cleaner kept in the body as a subheading is rarely the headline, which it removes."""

STANDFIRST_CHARS = 600
"""A standfirst is a few sentences; a longer line under the headline is already the body."""


@dataclass
class Headline:
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    line: int | None = None


def _headline_like(line: str, echoes_slug: bool, dated: bool, named: bool = False) -> bool:
    """Headline-sized, not a date (`dated`: the line holds one), not a breadcrumb trail, not a web
    address (a share box or permalink prints the article's URL, which echoes its slug perfectly)
    and not the opening of what follows (a label ending in a colon, a salutation ending in a
    comma); a line that echoes the URL slug may be as short as one word, and so may one that names
    the story right above its credits (`named`, see `_short_headlines`)."""
    shortest, fewest = (3, 1) if echoes_slug or named else (SHORTEST_HEADLINE, 2)
    if not shortest <= len(line) <= HEADLINE_CHARS or line.endswith((":", ",")) or dated and not echoes_slug:
        return False
    split = line.split()
    return (fewest <= len(split) <= 35 and len(BREADCRUMB.findall(line)) < 2 and not is_address(line)
            and not is_doubled(split) and not links_another_post(line) and not picture_credit(line)
            and not lists_topics(line) and not is_tab_row(line))


WORDS_BEFORE_DATE = 4
"""Without a URL slug, fewest words before the first date of a headline that names a day among its
words ("Andacht in der Kirche, 11. November 2021, 18 Uhr"); a date line puts the date first or after
a short label ("Veröffentlicht am", "Stand:"). With a slug, a dated line must echo it (with a URL
this lost a page of inserted clutter and found none)."""


def _dated(index: int, layout: Layout) -> bool:
    """Of a line holding a date: whether it reads as a date line (asked only of those, as most lines
    hold none)."""
    return len(layout.stripped[index][:layout.dates[index][0].start].split()) < WORDS_BEFORE_DATE


def _score(index: int, layout: Layout, start: int, slug_overlap: float, counts: dict[str, int]) -> float:
    """`start`: the article's first paragraph (see `_article_start`)."""
    line = layout.lines[index].strip()
    score = SLUG_WEIGHT * slug_overlap
    if counts.get(line, 0) > 1:
        score += 0.5
    if not SENTENCE_END.search(line):
        score += 0.5
    if len(line.split()) >= 4:
        score += 0.5
    score -= min(DISTANCE_COST * abs(start - index), MAX_DISTANCE_COST)
    if line in layout.subheadings:
        score -= SUBHEADING_COST
    if start < index <= layout.body_end:
        score -= INSIDE_BODY_COST
    if line == line.lower() and line != line.upper() and " " in line:
        score -= LOWER_CASE_COST
    return score


KIND_BONUS = {"title": 1.0, "kicker": 0.5, "title_repeat": 0.3, "nav": -1.0, "other": 0.0}
"""The cleaner's opinion counts, but only as one feature: it often calls the last two short lines
above the body kicker and title whatever they are."""

NEVER_HEADLINE = frozenset({"byline", "date", "section", "agency", "translator", "teaser", "share", "listen",
                            "photo_credit", "gallery", "newsletter", "comment", "ad", "prev_next", "error_report",
                            "trust"})
"""Credits, and the page's interface and boxes as the cleaner names them (no dev headline carries
one of the interface or box kinds; a share row under the headline was read as it)."""
MISREAD_HEADLINE = frozenset({"nav", "section"})
"""Kinds the cleaner gives a headline that stands apart from the story (a menu-like heading line)."""

MISREAD_ECHO_BONUS = -0.5
"""A menu or section line that echoes the article's own slug is still furniture more often than not,
but far less often than other menu lines (dev half of the trafilatura pages)."""


BOXED_COST = 1.0
"""A line right under the label of an advertisement, a newsletter form or a link to another article
("Lesen Sie auch") heads that box or names that article; so does the body's first line where the
article starts after it (the box's sentence, see `_after_box`)."""

AD_LABEL_KINDS = frozenset({"ad", "newsletter"})


def _under_box_label(index: int, layout: Layout) -> bool:
    above = previous_line(index, layout.lines)
    return above is not None and (layout.kind(above) in AD_LABEL_KINDS
                                  or teaser_labels().fullmatch(layout.stripped[above]) is not None)


def _sentence_under_credits(index: int, layout: Layout) -> bool:
    """Asked of lines ending in a full stop: a sentence right under a date or byline is the text of a
    teaser or the standfirst of an article, which print the headline above their credits."""
    above = previous_line(index, layout.lines)
    return above is not None and (above in layout.dates or layout.kind(above) in CREDIT_LINE_KINDS)


def _kind_bonus(kind: str | None, echoes_own_slug: bool) -> float:
    """A menu or section line that echoes the article's own part of the URL is the page's own entry,
    named like it; one echoing the section parts of the path is a section name."""
    if kind in MISREAD_HEADLINE and echoes_own_slug:
        return MISREAD_ECHO_BONUS
    return KIND_BONUS.get(kind or "other", -0.5)


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
            return Headline(title=title, kicker=kicker_above(index, layout), line=index)
    return None


def _standfirst_below(index: int, layout: Layout) -> str | None:
    """The sentence or two between headline and body that sums the story up, if there is one."""
    below = next((j for j in range(index + 1, min(index + 3, len(layout.lines))) if layout.lines[j].strip()), None)
    if below is None or below >= layout.body_start or layout.kind(below) not in (None, "teaser"):
        return None
    line = layout.lines[below].strip()
    return line if is_prose(line) and len(line) <= STANDFIRST_CHARS else None


PARAGRAPH_GAP = 4
"""Most non-blank lines (a subheading, a list, a picture) between two paragraphs of one article."""

CREDIT_LINE_KINDS = frozenset({"byline", "date"})

BOX_LABEL_KINDS = frozenset({"ad", "related", "newsletter", "comment", "prev_next"})
"""Lines the cleaner marks as the label or entry of another box: an advertisement, related stories,
a newsletter form, comments, the neighbouring posts."""


def _paragraph_line(index: int, layout: Layout) -> bool:
    """A prose line that is neither a caption, the line the cleaner marked as the title (a long
    headline ending in a quotation mark reads as prose) nor a breadcrumb trail (whose last step, the
    headline, may read as prose)."""
    return (index in layout.prose and index not in layout.caption_lines and layout.kind(index) != "title"
            and not is_trail(layout.stripped[index]))


def _article_start(layout: Layout) -> int:
    """The article's first paragraph: the body is its weightiest run of prose, but a list, a
    subheading or a picture often cuts the opening paragraphs off it, and the headline stands above
    those. Paragraphs are followed up the page while only a few other lines separate them and none
    of those is a date or a byline, which opens another post or teaser (forum replies, story lists).
    A line the cleaner marked as the title is no paragraph even when it reads as one (a long
    headline ending in a quotation mark). Paragraphs under the label of another box (an
    advertisement, related stories) up to the last gap crossed are that box's text; where that is
    the body's own first paragraph, the article starts after the box (see `_after_box`). The walk
    starts under a breadcrumb trail the cleaner took for the body's first line (see `_first_paragraph`)."""
    first = _first_paragraph(layout)
    start, between, before_gap = first, 0, first
    for index in range(first - 1, -1, -1):
        if not layout.stripped[index]:
            continue
        if _paragraph_line(index, layout):
            if between:
                before_gap = start
            start, between = index, 0
            continue
        between += 1
        if layout.kind(index) in BOX_LABEL_KINDS:
            return _after_box(layout) if before_gap == first and layout.kind(index) in AD_LABEL_KINDS else before_gap
        if between > PARAGRAPH_GAP or index in layout.dates or layout.kind(index) in CREDIT_LINE_KINDS:
            break
    return start


def _first_paragraph(layout: Layout) -> int:
    """The body's first line, or the first paragraph under it where the cleaner starts the body at a
    breadcrumb trail (it reads as prose when it ends in a long headline)."""
    if layout.body_start not in layout.prose or not is_trail(layout.stripped[layout.body_start]):
        return layout.body_start
    return next((index for index in range(layout.body_start + 1, layout.body_end + 1)
                 if _paragraph_line(index, layout)), layout.body_start)


def _after_box(layout: Layout) -> int:
    """The first paragraph after the gap that ends a box's text at the body start: the cleaner takes
    an advertisement's or a teaser's sentence under its label for the opening, and the headline and
    credits of the article stand between it and the article's first paragraph."""
    gap = 0
    for index in range(layout.body_start + 1, layout.body_end + 1):
        if not layout.stripped[index]:
            continue
        if _paragraph_line(index, layout):
            if gap:
                return index
            continue
        gap += 1
        if gap > PARAGRAPH_GAP:
            break
    return layout.body_start


def _from_lines(layout: Layout, url: str | None) -> Headline:
    lines = layout.lines
    slug = slug_words(url)
    counts = Counter(layout.stripped)
    start = _article_start(layout)
    top = max(0, start - SEARCH_ABOVE_BODY)
    overlaps = SlugOverlaps(layout.stripped, slug, HEADLINE_CHARS)
    squashed = squashed_echoes(layout.stripped, url)
    echoes = overlaps.echoes | squashed
    window = set(range(top, start + 1)) | set(layout.lines_of("title", "kicker")) | echoes
    credit_lines: dict[int, bool] = {}
    stripped = layout.stripped
    far = set()
    if not slug:
        far = {i for i in range(max(0, start - SEARCH_CREDITED_ABOVE_BODY), top)
               if stripped[i] and _headline_like(stripped[i], False, i in layout.dates and _dated(i, layout))
               and credits_below(i, layout, credit_lines)}
        window |= far
    own = own_slug_words(url) if slug else set()
    misread = [i for i in echoes if layout.kind(i) in MISREAD_HEADLINE]
    names_article = {i for i in misread if i in squashed or slug_match(lines[i], own) >= SLUG_MATCH}
    lead = _lead_words(layout, start) if not slug else set()
    short = _short_headlines(layout, start, lead, credit_lines) if not slug else set()
    candidates = [i for i in sorted(window)
                  if not layout.never_dated(i)
                  and (layout.kind(i) not in NEVER_HEADLINE or layout.kind(i) in MISREAD_HEADLINE and (i in names_article or i in short))
                  and (i in far or _headline_like(stripped[i], i in echoes, i in layout.dates and (bool(slug) or _dated(i, layout)), i in short))
                  and not numbered_entry(i, layout) and not opens_byline(lines[i])
                  and not opens_paragraph_below(i, layout) and not in_author_box(i, layout)]
    if not candidates:
        return Headline()

    def overlap(i: int) -> float:
        """A line that shares only section words with the path ("Pressemitteilungen" for
        "/pressemitteilungen/2022/radon-karte") names the section, however closely it echoes it."""
        if i in squashed:
            return 1.0
        found = overlaps.of(i)
        return found if not found or own == slug or overlaps.shares(i, own) else 0.0

    contents = table_of_contents(candidates, layout, start)
    base = {i: _score(i, layout, start, overlap(i), counts) + _kind_bonus(layout.kind(i), i in names_article or i in short)
            - SUBHEADING_COST * (i in contents) - BOXED_COST * (_under_box_label(i, layout) or layout.body_start == i < start)
            - BOXED_COST * (stripped[i].endswith(".") and _sentence_under_credits(i, layout)) for i in candidates}
    if not slug:
        for i in candidates:
            if i < start:
                share = _share_in_lead(layout.stripped[i], lead)
                base[i] += LEAD_WEIGHT * share
                if not share and layout.kind(i) in MARKED_HEADLINE:
                    base[i] -= KIND_BONUS[layout.kind(i)]
    # Only lines the credit and the quotes could lift to the top are looked at; every copy of a
    # credited line shares the credit, so which copy is the heading is left to the other features.
    credit = CREDITS_BELOW_BONUS if slug else CREDITS_BELOW_WITHOUT_SLUG_BONUS
    lowest = max(base.values()) - credit - QUOTED_BONUS
    contenders = {lines[i].strip() for i in candidates if base[i] >= lowest}
    credited = {text for i in candidates
                if (text := lines[i].strip()) in contenders and credits_below(i, layout, credit_lines)}
    quoted = {text for text in contenders if _quoted_elsewhere(text, layout, counts)}

    if not slug:
        listed = listed_stories(candidates, layout, start, credit_lines)
        credited -= {layout.stripped[i] for i in listed}
        credited -= _unnamed_stories(candidates, layout, start, credited, lead)
        for i in under_credits(candidates, layout, start, credited, credit_lines):
            base[i] -= credit

    def score(i: int) -> float:
        text = lines[i].strip()
        return base[i] + credit * (text in credited) + QUOTED_BONUS * (text in quoted)

    best = max(candidates, key=lambda i: (score(i), i))
    # Without a slug the credits and the opening's words already favour the headline over its
    # kicker, and the swap mostly pushed the choice onto a byline-like line (no URL: dev-A and dev-B +1).
    if slug:
        best = headline_under_kicker(best, set(candidates), layout, score)
    best = _headline_over_standfirst(best, set(candidates), layout, score, credit)
    best = _first_copy(best, lines)
    title = page_spelling(without_glued_prefix(last_crumb(quoted_title(lines[best].strip())), layout.page), layout.page)
    title = SITE_SUFFIX.sub("", title) or title
    return Headline(title=title, kicker=kicker_above(best, layout), line=best)


def _short_headlines(layout: Layout, start: int, lead: set[str], known: dict[int, bool]) -> set[int]:
    """Without a URL slug, a line of one or two words ("Unbefriedigt", "Need for Speed") is still a
    headline candidate when the next line opens the credits (a byline or date) and one of its words
    recurs in the article's opening: a menu entry or a box label above a date names nothing the
    article says (inserted one- or two-word headlines: title flips 198 -> 174 of 219 pages; requiring
    credits, not just the article's first paragraph, below it keeps newsletter and share labels out).
    Such a line stays a candidate when the cleaner calls it a menu or section line, as it calls most
    short lines, and is scored like a menu line that names the article (flips 175 -> 165 of 221,
    dev unchanged; also admitting a line right above the first paragraph, or dropping lines repeated
    on the page or ending a run of short menu lines, cost other clutter or a dev-B headline)."""
    found = set()
    for index in range(max(0, start - SEARCH_ABOVE_BODY), start):
        line = layout.stripped[index]
        if not line or len(line) >= SHORTEST_HEADLINE and " " in line:
            continue
        below = next_line(index, layout.lines)
        if below is not None and opens_credits(below, layout, known) and _share_in_lead(line, lead):
            found.add(index)
    return found


LEAD_CHARS = 1000
LEAD_WEIGHT = 1.25
"""Without a URL slug, the article's opening is the best summary of what its headline says: a line
above it scores this much times the share of its words that recur in the first `LEAD_CHARS`
characters (with a slug this only pulls towards captions and subheadings: dev −2; without one,
0.75 to 2.0 are all better than none, 1.25 best on the half of dev that rules were read on).
A line the cleaner called the title (or its repeat, or a kicker) but sharing
no word with the opening is a site motto, a notice, a reading-time label or a teaser's headline, and
loses the cleaner's credit (without URL dev-A ±0, dev-B +3; requiring a larger share loses headlines;
repeats and kickers: dev unchanged, inserted-clutter title flips 521 -> 517)."""

MARKED_HEADLINE = frozenset({"title", "title_repeat", "kicker"})


def _unnamed_stories(candidates: list[int], layout: Layout, start: int, credited: set[str],
                     lead: set[str]) -> set[str]:
    """Credited lines above the article that share no word with its opening, when another credited
    line does: a teaser box above the headline gives each story a date, but only the article's own
    headline names what the opening says. Where no credited line shares a word, all keep the credit:
    real headlines can share none (dropping their credit alone cost dev-B 2; this: without URL dev-A
    +1, dev-B ±0, inserted-clutter title flips 517 -> 509, teaser boxes above the headline 168 -> 157)."""
    shares = {text: _share_in_lead(text, lead) for i in candidates
              if i < start and (text := layout.stripped[i]) in credited}
    if not any(shares.values()):
        return set()
    return {text for text, share in shares.items() if not share}


def _lead_words(layout: Layout, start: int) -> set[str]:
    text = "\n".join(layout.stripped[start:layout.body_end + 1])[:LEAD_CHARS]
    return set(TOPIC_WORD.findall(text.casefold()))


def _share_in_lead(line: str, lead: set[str]) -> float:
    words = set(TOPIC_WORD.findall(line.casefold()))
    return len(words & lead) / len(words) if words else 0.0


QUOTED_BONUS = 0.5
QUOTED_CHARS = 15
"""Shortest line looked for inside other lines: shorter ones are labels that recur in any text."""


def _quoted_elsewhere(text: str, layout: Layout, counts: Counter[str]) -> bool:
    """The line recurs inside another line of the page: a breadcrumb trail, a comment heading, a
    share text or a "Titel | Site" heading quote the headline, not a menu entry or a caption."""
    return len(text) >= QUOTED_CHARS and layout.page.count(text) > counts[text]


STANDFIRST_WORDS = 15
"""Fewest words of a line read as a standfirst when a shorter headline stands right above it."""

STANDFIRST_RATIO = 1.5
"""How many times the headline's words a standfirst has at least."""


def _headline_over_standfirst(best: int, candidates: set[int], layout: Layout, score: Callable[[int], float],
                              credit: float) -> int:
    """A long line right under a shorter headline candidate that is no kicker is its standfirst (the
    summing-up sentence under the headline), however well it scores: the cleaner often calls it the
    title, and it sits nearer the body. `credit`: what a line gains by a byline or date below it,
    which the standfirst takes from the headline of its block (without URL dev-A +1, dev-B ±0)."""
    words = len(layout.stripped[best].split())
    if words < STANDFIRST_WORDS:
        return best
    above = _headline_above(best, candidates, layout)
    if above is None:
        return best
    headline_words = len(layout.stripped[above].split())
    if KICKER_WORDS < headline_words and headline_words * STANDFIRST_RATIO <= words \
            and score(above) >= score(best) - KICKER_MARGIN - credit:
        return above
    return best


FURNITURE_LINES = 6
"""Most short lines stepped over between a standfirst and its headline: a share row of a label and
five buttons; a longer run is a menu or a box, and the candidate above it belongs to no standfirst."""


def _headline_above(index: int, candidates: set[int], layout: Layout) -> int | None:
    """The nearest candidate above, over short lines that are none: a caption and its credit, a
    share row or an update line often sit between a headline and its standfirst (inserted clutter:
    title flips 614 -> 594, a second wording 223 -> 208, dev unchanged)."""
    above = previous_line(index, layout.lines)
    for _ in range(FURNITURE_LINES):
        if above is None or above in candidates or len(layout.stripped[above].split()) >= STANDFIRST_WORDS:
            break
        above = previous_line(above, layout.lines)
    return above if above in candidates else None


def _first_copy(index: int, lines: list[str]) -> int:
    """Of a headline printed twice in a row, keep the first: the second is a repeat, not a title."""
    above = previous_line(index, lines)
    while above is not None and lines[above].strip() == lines[index].strip():
        index, above = above, previous_line(above, lines)
    return index


