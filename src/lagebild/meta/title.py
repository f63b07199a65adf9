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

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from lagebild.meta.bylines import opens_byline
from lagebild.meta.layout import Layout, is_prose
from lagebild.meta.lexicon import all_entries, contains_word
from lagebild.meta.slug import (
    SLUG_MATCH,
    SlugOverlaps,
    fold,
    own_slug_words,
    slug_match,
    slug_words,
    squashed_echoes,
)
from lagebild.resources import any_pattern

SEARCH_ABOVE_BODY = 25
"""Lines above the body in which the headline is looked for; navigation menus sit further up."""

SEARCH_CREDITED_ABOVE_BODY = 60
"""Without a URL slug to point far up, lines this far above the body are looked at when a byline or
date follows them."""

HEADLINE_CHARS = 220
"""Longest headline; a longer line is a paragraph."""

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

GLUED_HEADLINE_WORDS = 6
"""Shortest headline split off a line that has a prefix glued in front: shorter tails are mostly the
name of the thing the whole headline is about ("Upside-Down Cake" in "Easy Upside-Down Cake")."""

GLUED_ENDING_CHARS = 12
"""Only lines ending like the chosen line are read for its tail: a cheap filter before splitting trails."""

STANDFIRST_CHARS = 600
"""A standfirst is a few sentences; a longer line under the headline is already the body."""

SENTENCE_END = re.compile(r"[.!?…]\W*$")
BREADCRUMB = re.compile(r"\s[›»>]\s")
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,6}$")
"""A site's domain name after the headline, as page titles carry it ("Titel | EXAMPLE.ORG")."""
CRUMB = re.compile(r"\s+/\s+|\s*>\s*|\s+[»›]\s+")
"""What divides a breadcrumb trail ("Home / Essays / 2017 / Titel", "Forum>iPhone>Titel")."""
TRAIL_HEAD_WORDS = 4
"""Most words before a single arrow that make a one-step trail: a label and a home link."""


@dataclass
class Headline:
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    line: int | None = None


def _headline_like(line: str, echoes_slug: bool, dated: bool) -> bool:
    """Headline-sized, not a date (`dated`: the line holds one), not a breadcrumb trail, not a web
    address (a share box or permalink prints the article's URL, which echoes its slug perfectly)
    and not the opening of what follows (a label ending in a colon, a salutation ending in a
    comma); a line that echoes the URL slug may be as short as one word."""
    shortest, fewest = (3, 1) if echoes_slug else (12, 2)
    if not shortest <= len(line) <= HEADLINE_CHARS or line.endswith((":", ",")) or dated and not echoes_slug:
        return False
    split = line.split()
    return (fewest <= len(split) <= 35 and len(BREADCRUMB.findall(line)) < 2 and not _is_address(line)
            and not _is_doubled(split) and not _links_another_post(line) and not _picture_credit(line)
            and not _lists_topics(line))


def _lists_topics(line: str) -> bool:
    """A labelled list of the page's tags or categories ("Tags: Hafen, Brücke") names topics the
    story is filed under, and its words recur in the story. Every label ends in a colon, which most
    lines lack."""
    return ":" in line and any_pattern("common", "meta_title_taxonomy_labels").match(line) is not None


def _links_another_post(line: str) -> bool:
    """"← Älterer Beitrag", "Next post →": the arrows that lead to the neighbouring posts of a blog
    (not French quotation marks, which open and close headlines), or the label of such a link in front
    of the other post's title."""
    return (line.startswith(("←", "<<")) or line.endswith(("→", ">>"))
            or any_pattern("common", "meta_title_neighbour_posts").match(line) is not None)


def _picture_credit(line: str) -> bool:
    """A picture credit closing the line makes it a caption."""
    return any_pattern("common", "meta_title_picture_credits").search(line) is not None


def _is_address(line: str) -> bool:
    return "://" in line or line.startswith("www.")


def _is_doubled(words: list[str]) -> bool:
    """A label printed two or three times in one line ("News News"): the copies a page keeps for
    each screen size, run together; a headline is never written so."""
    count = len(words)
    return count >= 2 and any(count % copies == 0 and words == words[:count // copies] * copies for copies in (2, 3))


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

NEVER_HEADLINE = frozenset({"byline", "date", "section", "agency", "translator", "teaser"})
MISREAD_HEADLINE = frozenset({"nav", "section"})
"""Kinds the cleaner gives a headline that stands apart from the story (a menu-like heading line)."""

MISREAD_ECHO_BONUS = -0.5
"""A menu or section line that echoes the article's own slug is still furniture more often than not,
but far less often than other menu lines (dev half of the trafilatura pages)."""

CREDIT_KINDS = frozenset({"byline", "date", "teaser"})
CREDITS_WITHIN = 2
"""Non-blank lines looked at below a candidate: a picture caption may sit between headline and byline."""
CREDITS_BELOW_BONUS = 0.3
"""Small: signatures in forums and file names in wikis also stand above a date (0.5 lost three dev
pages that 0.3 keeps)."""
CREDITS_BELOW_WITHOUT_SLUG_BONUS = 1.0
"""Without a URL slug to name the headline, the line above the byline or date is the best evidence
left (dev exact without URLs 0.52 -> 0.56; 0.8 to 1.2 all alike)."""


def _credits_below(index: int, layout: Layout, known: dict[int, bool]) -> bool:
    """The next lines open the article's credits: a byline, a date or the teaser (`known`: what
    was found out about lines already looked at for candidates above)."""
    seen = 0
    for j in range(index + 1, min(index + 6, len(layout.lines))):
        line = layout.lines[j]
        if not line.strip():
            continue
        if j not in known:
            known[j] = layout.kind(j) in CREDIT_KINDS or j in layout.dates or opens_byline(line)
        if known[j]:
            return True
        seen += 1
        if seen >= CREDITS_WITHIN:
            return False
    return False


LIST_NUMBER = re.compile(r"(\d{1,2})[.)]\s")
"""The number opening an entry of a numbered list ("3. Titel", "3) Titel")."""


def _numbered_entry(index: int, layout: Layout) -> bool:
    """An entry of a numbered list (a "most read" column, a table of contents): the line next to it
    opens with the neighbouring number. A headline may open with a number, never within such a run."""
    line = layout.stripped[index]
    number = LIST_NUMBER.match(line) if line[:1].isdigit() else None
    if number is None:
        return False
    value = int(number.group(1))
    for neighbour, expected in ((_previous(index, layout.lines), value - 1), (_next(index, layout.lines), value + 1)):
        other = LIST_NUMBER.match(layout.stripped[neighbour]) if neighbour is not None else None
        if other is not None and int(other.group(1)) == expected:
            return True
    return False


def _in_author_box(index: int, layout: Layout) -> bool:
    """A box about the author: a name alone on a line, a sentence about that person opening with the
    name, often a label above both. The sentence and the label are no headline; the name line is
    left to the lead-in test below (inserted author boxes: title flips 59 -> 34 without URL, 12 -> 7
    with; dev titles unchanged)."""
    above, below = _previous(index, layout.lines), _next(index, layout.lines)
    if above is not None and _opens_with_line(index, above, layout):
        return True
    after = _next(below, layout.lines) if below is not None else None
    return after is not None and _opens_with_line(after, below, layout)


def _opens_with_line(index: int, other: int, layout: Layout) -> bool:
    """The line opens with the whole of a shorter line of a few words without digits (a name printed
    above it, not a date)."""
    line, opening = layout.stripped[index], layout.stripped[other]
    return (len(opening.split()) <= NAME_WORDS and len(opening) < len(line) and line.startswith(opening)
            and not line[len(opening)].isalnum() and not any(char.isdigit() for char in opening))


NAME_WORDS = 4
"""Most words of a name printed alone over a sentence about that person."""


def _opens_paragraph_below(index: int, layout: Layout) -> bool:
    """The paragraph under the line opens with it: a lead-in printed apart from its paragraph (a drop
    cap, a bold first sentence), whose words match the article's opening perfectly (without URL
    dev-A +1, dev-B ±0; with URL no change)."""
    below = _next(index, layout.lines)
    line = layout.stripped[index]
    return (below is not None and below in layout.prose and layout.stripped[below] != line
            and layout.stripped[below].startswith(line))


LISTED_WITHIN = 6
"""Most lines from one credited line to the next in a list of stories (title, date, teaser sentence)."""

STORY_TITLE_WORDS = 3
"""Fewest words of a story's title in such a list; shorter credited lines are labels of a profile or
a post's header ("Forenprofi" over "Mitglied seit" and a date)."""


NUMBERS_SHAPE = re.compile(r"\d+")
WORDS_SHAPE = re.compile(r"[^\W\d_]+")


def _listed_stories(candidates: list[int], layout: Layout, start: int, known: dict[int, bool]) -> set[int]:
    """Credited lines above the article that follow one another, each with its own byline or date of
    one shape between them: a list of stories (teaser boxes, a "most read" column), whose dates credit each
    story's title, not the article's headline, so no copy of them gets the credit. A headline and
    its standfirst share the credits under both, so they stay apart from this. Only without a URL,
    where the credit weighs most (inserted clutter: title flips 577 -> 567 on 226 pages x 13
    kinds, dev-A and dev-B unchanged; with a URL ±0)."""
    above = [i for i in candidates if i < start and len(layout.stripped[i].split()) >= STORY_TITLE_WORDS
             and _credits_below(i, layout, known)]
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


def _under_credits(candidates: list[int], layout: Layout, start: int, credited: set[str],
                   known: dict[int, bool]) -> set[int]:
    """Lines between the credits under the first headline contender with credits and the article's
    first paragraph: a standfirst, a picture's caption or credit, a share bar. The headline stands
    above its byline or date, so without a URL such a line loses what a line above credits gains,
    unless credits follow it too (dev-A and dev-B +2 each; with a URL dev-A −1)."""
    above = next((c for c in candidates if c < start and layout.stripped[c] in credited
                  and _credits_below(c, layout, known)), None)
    if above is None:
        return set()
    credits = next((j for j in range(above + 1, start) if known.get(j)), start)
    return {i for i in candidates if credits < i < start and not _credits_below(i, layout, known)}


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
            return Headline(title=title, kicker=_kicker_above(index, layout), line=index)
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


def _article_start(layout: Layout) -> int:
    """The article's first paragraph: the body is its weightiest run of prose, but a list, a
    subheading or a picture often cuts the opening paragraphs off it, and the headline stands above
    those. Paragraphs are followed up the page while only a few other lines separate them and none
    of those is a date or a byline, which opens another post or teaser (forum replies, story lists).
    A line the cleaner marked as the title is no paragraph even when it reads as one (a long
    headline ending in a quotation mark)."""
    start, between = layout.body_start, 0
    for index in range(layout.body_start - 1, -1, -1):
        if not layout.stripped[index]:
            continue
        if index in layout.prose and index not in layout.caption_lines and layout.kind(index) != "title":
            start, between = index, 0
            continue
        between += 1
        if between > PARAGRAPH_GAP or index in layout.dates or layout.kind(index) in CREDIT_LINE_KINDS:
            break
    return start


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
               if stripped[i] and _headline_like(stripped[i], False, i in layout.dates)
               and _credits_below(i, layout, credit_lines)}
        window |= far
    own = own_slug_words(url) if slug else set()
    misread = [i for i in echoes if layout.kind(i) in MISREAD_HEADLINE]
    names_article = {i for i in misread if i in squashed or slug_match(lines[i], own) >= SLUG_MATCH}
    candidates = [i for i in sorted(window)
                  if (i in far or _headline_like(stripped[i], i in echoes, i in layout.dates)) and not layout.never_dated(i)
                  and (layout.kind(i) not in NEVER_HEADLINE or layout.kind(i) in MISREAD_HEADLINE and i in names_article)
                  and not opens_byline(lines[i]) and not _opens_paragraph_below(i, layout)
                  and not _numbered_entry(i, layout) and not _in_author_box(i, layout)]
    if not candidates:
        return Headline()

    def overlap(i: int) -> float:
        """A line that shares only section words with the path ("Pressemitteilungen" for
        "/pressemitteilungen/2022/radon-karte") names the section, however closely it echoes it."""
        if i in squashed:
            return 1.0
        found = overlaps.of(i)
        return found if not found or own == slug or overlaps.shares(i, own) else 0.0

    contents = _table_of_contents(candidates, layout, start)
    base = {i: _score(i, layout, start, overlap(i), counts) + _kind_bonus(layout.kind(i), i in names_article)
            - SUBHEADING_COST * (i in contents) for i in candidates}
    if not slug:
        lead = _lead_words(layout, start)
        for i in candidates:
            if i < start:
                share = _share_in_lead(layout.stripped[i], lead)
                base[i] += LEAD_WEIGHT * share
                if not share and layout.kind(i) == "title":
                    base[i] -= KIND_BONUS["title"]
    # Only lines the credit and the quotes could lift to the top are looked at; every copy of a
    # credited line shares the credit, so which copy is the heading is left to the other features.
    credit = CREDITS_BELOW_BONUS if slug else CREDITS_BELOW_WITHOUT_SLUG_BONUS
    lowest = max(base.values()) - credit - QUOTED_BONUS
    contenders = {lines[i].strip() for i in candidates if base[i] >= lowest}
    credited = {text for i in candidates
                if (text := lines[i].strip()) in contenders and _credits_below(i, layout, credit_lines)}
    quoted = {text for text in contenders if _quoted_elsewhere(text, layout, counts)}

    if not slug:
        listed = _listed_stories(candidates, layout, start, credit_lines)
        credited -= {layout.stripped[i] for i in listed}
        for i in _under_credits(candidates, layout, start, credited, credit_lines):
            base[i] -= credit

    def score(i: int) -> float:
        text = lines[i].strip()
        return base[i] + credit * (text in credited) + QUOTED_BONUS * (text in quoted)

    best = _headline_under_kicker(max(candidates, key=lambda i: (score(i), i)), set(candidates), layout, score)
    best = _headline_over_standfirst(best, set(candidates), layout, score, credit)
    best = _first_copy(best, lines)
    title = _without_glued_prefix(_last_crumb(_quoted_title(lines[best].strip())), layout.page)
    title = SITE_SUFFIX.sub("", title) or title
    best, title = _fuller_copy(best, title, layout)
    return Headline(title=title, kicker=_kicker_above(best, layout), line=best)


TOPIC_WORD = re.compile(r"\w{4,}")
"""A word long enough to name a topic; shorter ones are mostly function words."""


LEAD_CHARS = 1000
LEAD_WEIGHT = 1.25
"""Without a URL slug, the article's opening is the best summary of what its headline says: a line
above it scores this much times the share of its words that recur in the first `LEAD_CHARS`
characters (with a slug this only pulls towards captions and subheadings: dev −2; without one,
0.75 to 2.0 are all better than none, 1.25 best on the half of dev that rules were read on).
A line the cleaner called the title but sharing
no word with the opening is a site motto, a notice or a reading-time label, and loses the
cleaner's credit (without URL dev-A ±0, dev-B +3; requiring a larger share loses headlines)."""


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


KICKER_WORDS = 6
"""Most words of a line read as a kicker when a longer headline follows it."""

KICKER_MARGIN = 1.0
"""How much more the kicker may score than the headline under it: it often echoes the section part of
the URL, or the cleaner takes it for the title."""


def _headline_under_kicker(best: int, candidates: set[int], layout: Layout, score: Callable[[int], float]) -> int:
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
    above = _previous(best, layout.lines)
    if above is None or above not in candidates:
        return best
    headline_words = len(layout.stripped[above].split())
    if KICKER_WORDS < headline_words and headline_words * STANDFIRST_RATIO <= words \
            and score(above) >= score(best) - KICKER_MARGIN - credit:
        return above
    return best


def _table_of_contents(candidates: list[int], layout: Layout, start: int) -> set[int]:
    """Lines above the article that come back inside it next to another such line: the entries of a
    table of contents, which the article repeats as its subheadings. One line alone may be the
    headline itself, which a recipe card or a picture's text repeats."""
    inside = set(layout.stripped[start + 1:layout.body_end + 1])

    def listed(index: int | None) -> bool:
        return index is not None and layout.stripped[index] in inside

    return {i for i in candidates if i < start and listed(i) and layout.stripped[i] not in layout.subheadings
            and (listed(_previous(i, layout.lines)) or listed(_next(i, layout.lines)))}


FULLER_WITHIN = 3
"""Lines either side of the headline where a fuller copy of it (with its subtitle) may stand."""

SUBTITLE_JOIN = re.compile(r"\s*(?::|\s[-–—|]|\s\()\s")
"""What joins a headline to its subtitle: "Titel: Untertitel", "Titel – Untertitel", "Titel (Teil 2)"."""


SUBTITLE_WORDS = 2
"""Words a subtitle must exceed, its joining mark counted: one word after a dash is a site or category
name ("Titel - Tipp"); one that ends in a full stop is a caption sentence."""


def _fuller_copy(index: int, title: str, layout: Layout) -> tuple[int, str]:
    """A line next to the headline that repeats it with its subtitle ("Zitronenkuchen vom Blech" and
    "Zitronenkuchen vom Blech: einfach köstlich!"): pages print the short form in a menu or on a
    picture, the headline itself is the full one."""
    for other in range(max(0, index - FULLER_WITHIN), min(index + FULLER_WITHIN + 1, len(layout.lines))):
        line = layout.lines[other].strip()
        if (other != index and len(title) < len(line) <= HEADLINE_CHARS and line.startswith(title)
                and SUBTITLE_JOIN.match(line, len(title)) and len(line[len(title):].split()) > SUBTITLE_WORDS
                and not line.endswith(".") and layout.kind(other) not in NEVER_HEADLINE and not opens_byline(line)):
            return other, line
    return index, title


def _without_glued_prefix(title: str, page: str) -> str:
    """The headline alone where the chosen line has a kicker or breadcrumb run into its front
    ("Sie sind hier: Start Presse Marktplatz wird umgebaut") and the page prints the headline
    alone elsewhere, as a line or as the last step of a trail."""
    tails = [part for line in _lines_ending_like(title, page) for part in (line, _last_crumb(line))
             if len(part) < len(title) and title.endswith(part) and not title[-len(part) - 1].isalnum()
             and len(part.split()) >= GLUED_HEADLINE_WORDS]
    return max(tails, key=len, default=title)


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


def _last_crumb(line: str) -> str:
    """The last step of a breadcrumb trail that ends in the headline; one divider may belong to
    the headline itself ("Schmerzen spüren / empfinden?"), two or more make a trail, and so does
    one arrow after a few words ("Sie sind hier: Home » Titel")."""
    crumbs = CRUMB.split(line)
    if len(crumbs) == 2 and len(BREADCRUMB.findall(line)) == 1 and len(crumbs[0].split()) <= TRAIL_HEAD_WORDS:
        return crumbs[-1] if len(crumbs[-1]) >= 3 else line
    return crumbs[-1] if len(crumbs) >= 3 and len(crumbs[-1]) >= 3 else line


def _quoted_title(line: str) -> str:
    """The title a comment section quotes ("6 Kommentare zu „Titel“"): that heading echoes the URL
    slug like the headline, and is often the only copy of it the page dump kept."""
    found = _comment_heading().match(line)
    return found.group("title") if found else line


def _first_copy(index: int, lines: list[str]) -> int:
    """Of a headline printed twice in a row, keep the first: the second is a repeat, not a title."""
    above = _previous(index, lines)
    while above is not None and lines[above].strip() == lines[index].strip():
        index, above = above, _previous(above, lines)
    return index


def _next(index: int, lines: list[str]) -> int | None:
    for j in range(index + 1, min(index + 3, len(lines))):
        if lines[j].strip():
            return j
    return None


def _previous(index: int, lines: list[str]) -> int | None:
    for j in range(index - 1, max(index - 3, -1), -1):
        if lines[j].strip():
            return j
    return None


KICKER_KINDS = frozenset({None, "kicker", "title", "nav", "other"})
"""What the cleaner may call a kicker: a heading, a menu-like label or a line it has no name for; never
a credit, section name, share button, picture credit or link to another story."""


def _kicker_above(index: int, layout: Layout) -> str | None:
    """A short topical line right above the headline, not a sentence and not a copy of it; one the
    cleaner marked as kicker may be a single word."""
    above = _previous(index, layout.lines)
    if above is None:
        return None
    kicker, title = layout.lines[above].strip(), layout.lines[index].strip()
    if kicker == title or SENTENCE_END.search(kicker) or kicker.endswith(":") or above in layout.dates:
        return None
    if (layout.kind(above) not in KICKER_KINDS or opens_byline(kicker) or _is_doubled(kicker.split())
            or _links_another_post(kicker) or _lists_topics(kicker)):
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
