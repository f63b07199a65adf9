"""Dates in lists of stories: teaser blocks, archives and calendars print one date per box, and
none of them is the article's, except the box where the page lists itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.meta.date_lines import BARE_DATE_OFFSET, HEADLINE_WORDS, TITLE_WORD, Candidate, match_day
from lagebild.meta.dates import DateMatch
from lagebild.meta.layout import CREDIT_KINDS, Layout
from lagebild.meta.slug import slug_match, slug_words

SERIES_GAP = 6
SERIES_LENGTH = 3

SELF_TEASER_GAP = 2
"""Lines between a teaser's title and its date in a list of stories."""

SELF_TEASER_SLUG = 0.8
"""Word overlap with the URL slug that makes a teaser title this article's."""

UNSELF_KINDS = frozenset({"photo_credit", "comment", "gallery"})
"""Lines whose dates are a picture's or a reader's even beside the story's title."""


WORDED_LINE_WORDS = 2
"""Words besides its dates that set a date line apart from a list of bare dates: a byline or a
kicker ("von Anna Muster, 3. Mai 2021"), not a weekday or "Uhr" ("Montag, 3. Mai 2021, 14:05 Uhr")."""


def listed_lines(dated_lines: set[int], worded: Callable[[int], bool] = lambda line: False,
                 shape: Callable[[int], tuple[str, str]] = lambda line: ("", "")) -> set[int]:
    """Dated lines in a series of `SERIES_LENGTH` or more, each within `SERIES_GAP` lines of the
    next: teaser lists, archives and event calendars, even where the cleaner calls them dates.
    `worded` tells a dated line with words besides its dates (`words_beside_dates`), `shape` its
    print shapes (`print_shapes`); both are asked only at the ends of long series."""
    listed: set[int] = set()
    series: list[int] = []
    for line in sorted(dated_lines) + [None]:
        if series and (line is None or line - series[-1] > SERIES_GAP):
            if len(series) >= SERIES_LENGTH:
                listed.update(_without_worded_end(_without_odd_end(series, shape), worded))
            series = []
        if line is not None:
            series.append(line)
    return listed


def _without_odd_end(series: list[int], shape: Callable[[int], tuple[str, str]]) -> list[int]:
    """A list touches one date line of the page's own: set apart by its spacing, or else by its shape."""
    trimmed = _without_odd_ends(series)
    return trimmed if trimmed != series else _without_odd_shaped_end(series, shape)


def _without_odd_ends(series: list[int]) -> list[int]:
    """A list prints its boxes at one spacing (a date on every line, or every second one); a date
    line at either end set apart by a different spacing (the list's heading between them, the
    headline) is the page's own date line beside the list, not one of its boxes."""
    gaps = [after - before for before, after in zip(series, series[1:])]
    if len(series) > SERIES_LENGTH and len(set(gaps[1:])) == 1 and gaps[0] != gaps[1]:
        series = series[1:]
        gaps = gaps[1:]
    if len(series) > SERIES_LENGTH and len(set(gaps[:-1])) == 1 and gaps[-1] != gaps[0]:
        series = series[:-1]
    return series


def print_shapes(line: str, matches: list[DateMatch]) -> tuple[str, str]:
    """The line, and the line without its dates, with runs of digits and of letters each cut to one
    mark: the boxes of a list print one date format ("0.0.0", "a 0, 0", "a, 0. a 0 0:0") whatever
    the day, month or hour, and the same words around it ("| a" for a category)."""
    def marks(text: str) -> str:
        return " ".join(re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "0", text)).split())

    outside = "".join(line[start:end] for start, end in
                      zip([0] + [match.end for match in matches], [match.start for match in matches] + [len(line)]))
    return marks(line), marks(outside)


def _without_odd_shaped_end(series: list[int], shape: Callable[[int], tuple[str, str]]) -> list[int]:
    """A list of dates touching the page's own date line at the list's spacing: every box prints
    one shape, the date line at one end another (a weekday, a time, "Uhr" the boxes lack). An end
    with the boxes' own words around its date (a category, a reading time) is a box all the same."""
    if len(series) <= SERIES_LENGTH:
        return series
    shapes = [shape(line) for line in series]
    inner = set(shapes[1:-1])
    if len(inner) != 1:
        return series
    (whole, words), = inner
    odd = [end for end in (0, -1) if shapes[end][0] != whole and not (words and shapes[end][1] == words)]
    if len(odd) != 1:
        return series
    return series[1:] if odd == [0] else series[:-1]


def _without_worded_end(series: list[int], worded: Callable[[int], bool]) -> list[int]:
    """A list of bare dates (an archive, teaser boxes with the title on its own line) touching the
    page's own date line, which carries a byline or a kicker: that line is set apart by its words."""
    if len(series) <= SERIES_LENGTH:
        return series
    first, last = worded(series[0]), worded(series[-1])
    if first != last and not any(map(worded, series[1:-1])):
        return series[1:] if first else series[:-1]
    return series


def words_beside_dates(line: str, matches: list[DateMatch]) -> int:
    """Words of two letters or more on `line` outside its dates."""
    words, start = 0, 0
    for match in matches:
        words += len(TITLE_WORD.findall(line, start, match.start))
        start = match.end
    return words + len(TITLE_WORD.findall(line, start))


def _shapes(line: str, matches: list[DateMatch]) -> tuple[str, str]:
    """The line with its dates cut out and its digits blanked, whole and cut to the words before
    the date and the first word after it: teasers in a list share one or the other
    ("04.11.2021 Artikel", "30.01.2022 · Männer · Liga1"; "26.10.2023 in Politik, Kultur")."""
    for match in reversed(matches):
        line = line[:match.start] + "\0" + line[match.end:]
    line = re.sub(r"\d", "0", line)
    *before, after = line.split("\0")
    return " ".join(line.split()), " ".join(" ".join(before).split() + after.split()[:1])


BOX_JOINERS = "-–—|·"
STORY_BOX_JOINER = re.compile(rf"\s*[{BOX_JOINERS}]\s*")
"""What joins a story box's date to its title on one line ("06.11.2023 – Kommentar: …", "… | 3. Mai 2021")."""

BOX_TITLE_WORDS = HEADLINE_WORDS + 1
"""Words of another story's title beside a date: a byline of three ("von Anna Beispiel", "Von Anna
Muster | 12.03.2021") is the article's author-and-date block."""


def _title_like(line: str) -> bool:
    """Words enough for a headline, and none of a sentence's or a label's ending."""
    line = line.strip()
    return not line.endswith((".", ":")) and len(TITLE_WORD.findall(line)) >= BOX_TITLE_WORDS


def in_story_box(layout: Layout, candidate: Candidate, top: int) -> bool:
    """A date under the body beside another story's title, on its line after a dash or before one
    ("06.11.2023 – Kommentar: …"), or on the line right above it with nothing between the body and
    that title but other lines: the next or a related story's box, not the article's closing line.
    Lines the cleaner took for the byline or the date are the article's own."""
    index, match = candidate.line, candidate.match
    if layout.kind(index) in CREDIT_KINDS:
        return False
    line = layout.lines[index]
    before, after = line[:match.start].rstrip(), line[match.end:]
    if not before:
        joined = STORY_BOX_JOINER.match(after)
        if joined and _title_like(after[joined.end():]):
            return True
    elif before[-1] in BOX_JOINERS and not after.strip() and _title_like(before[:-1]):
        return True
    above = next((i for i in range(index - 1, top, -1) if layout.stripped[i]), None)
    return (above is not None and above not in layout.dates and above not in layout.prose
            and layout.kind(above) not in CREDIT_KINDS and _title_like(layout.lines[above]))


def _first_day(layout: Layout, index: int) -> tuple[int, int, int]:
    return match_day(layout.dates[index][0])


def repeated_shapes(layout: Layout, dated_lines: set[int]) -> set[int]:
    """Dated lines with words besides the date whose shape another dated line within
    `SERIES_GAP` lines repeats with another date: the boxes of a teaser list, however short the
    list; the same date twice is one header printed for two screen sizes."""
    ordered = sorted(dated_lines)
    neighboured = {line for before, after in zip(ordered, ordered[1:]) if after - before <= SERIES_GAP
                   for line in (before, after)}
    by_shape: dict[tuple[int, str], list[int]] = {}
    for index in sorted(neighboured):
        for cut, shape in enumerate(_shapes(layout.lines[index], layout.dates[index])):
            if re.search(r"[^\W\d_]", shape):
                by_shape.setdefault((cut, shape), []).append(index)
    repeated: set[int] = set()
    for lines in by_shape.values():
        for first, second in zip(lines, lines[1:]):
            if second - first <= SERIES_GAP and _first_day(layout, first) != _first_day(layout, second):
                repeated.update((first, second))
    return repeated


def self_teasers(layout: Layout, anchor: int, header: range, url: str | None) -> list[Candidate]:
    """Dates of the page's own box in a list of stories, away from the header: the page lists
    itself among its latest or most read stories, under a line that repeats the headline or the
    URL slug, with the box's date nearer to that line than any other box's. Boxes that disagree on
    the day (a title halfway between two teaser dates, a menu line taken for the headline) date
    nothing."""
    headline = " ".join(layout.lines[anchor].split()).casefold() if 0 <= anchor < len(layout.lines) else ""
    slug = slug_words(url, last=True)
    slug = slug if len(slug) >= 2 else set()

    def names_this_story(index: int) -> bool:
        """The Dice overlap needs two thirds of the slug words on the line, so a line without half
        of them (a slug may spell an umlaut out) is not read word by word."""
        line = layout.lines[index]
        if index in header or not line.strip():
            return False
        if headline and len(line) >= len(headline) and " ".join(line.split()).casefold() == headline:
            return True
        lowered = line.lower()
        return 2 * sum(word in lowered for word in slug) >= len(slug) and slug_match(line, slug) >= SELF_TEASER_SLUG

    dated = {index: matches[0] for index, matches in layout.dates.items()
             if index not in header and layout.kind(index) not in UNSELF_KINDS
             and not (index in layout.prose and matches[0].start > BARE_DATE_OFFSET)}
    beside = {i for index in dated for i in range(max(0, index - SELF_TEASER_GAP), index + SELF_TEASER_GAP + 1)}
    titles = sorted(i for i in beside.difference(dated) if i < len(layout.lines) and names_this_story(i))
    found: dict[int, DateMatch] = {}
    for first, last in _blocks(titles):
        gaps = {index: first - index if index < first else index - last for index in dated
                if first - SELF_TEASER_GAP <= index <= last + SELF_TEASER_GAP}
        nearest = [index for index, gap in gaps.items() if gap == min(gaps.values())]
        if len({match_day(dated[index]) for index in nearest}) == 1:
            found[nearest[0]] = dated[nearest[0]]
    if len({match_day(match) for match in found.values()}) != 1:
        return []
    return [Candidate(match, index, None) for index, match in found.items()]


def _blocks(lines: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive line numbers as (first, last): a title printed twice is one box."""
    blocks: list[tuple[int, int]] = []
    for line in lines:
        if blocks and line == blocks[-1][1] + 1:
            blocks[-1] = (blocks[-1][0], line)
        else:
            blocks.append((line, line))
    return blocks
