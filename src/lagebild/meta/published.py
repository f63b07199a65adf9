"""The article's publication and update dates, each with where it was read and how sure we are.

Evidence is ranked by how rarely it misleads: a labelled line ("Publiziert: …") beats a date line
the cleaner put in the header near the headline or the first date line a few lines under the
headline (even among teaser dates), which beat a date in the URL (often the day a draft was
filed: a header date a day or two later wins), a bare date line next to the headline, the date of
the page's own box in a list of stories, a publication label elsewhere, a closing date line under
the body, an update label ("Aktualisiert: …", the last change, not the first appearance), a
relative phrase ("vor 3 Tagen") and a date line elsewhere on the page, in that order; a date from
the body text is only a low-confidence guess. Dates the cleaner gave to related teasers or pictures are never the
article's date unless a label on the line says so (far from the body, only as a last resort), or
the teaser is the page's own: a box beside a line that repeats the headline or the URL slug.
The order was tuned on the dev half of the HTML evaluation pages
(`python -m lagebild.eval.dates --split dev`). Dates in series (teaser blocks, archives,
calendars) are never read, labelled or not, nor labels printed in every box of a list; nor are a
site's "today" line, a reader comment's date, or a short sentence about a date ("Die Frist endet
am …") taken for a date line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from urllib.parse import urlparse

from lagebild.clean.literals import fold, minimal_literals, required_literals
from lagebild.meta.dates import MONTH_FIRST_LANGUAGES, DateMatch
from lagebild.meta.layout import Layout, is_paragraph
from lagebild.meta.slug import slug_match, slug_words
from lagebild.model import DateValue
from lagebild.meta.lexicon import all_entries
from lagebild.meta.relative import relative_in_header
from lagebild.resources import word_list

HEADER_ABOVE = 15
"""Lines above the headline (or body) searched for a bare date line."""

HEADER_BELOW = 10
"""Lines into the body searched too: many pages print the date under the first paragraph."""

FOOTER_BELOW = 6
"""Lines under the body where a closing "Dieser Artikel wurde am … geschrieben" may stand."""

BARE_LINE_CHARS = 120
"""A dated line longer than this is prose or a teaser, not a date/byline line..."""

BARE_DATE_OFFSET = 30
"""...unless the date opens it ("By Ela on 31. October, 2023 | 18 Comments …"); a sentence with
a date deeper inside ("Der nächste Termin ist am …") is prose however short it is."""

SENTENCE_LOWER_WORDS = 2
"""Lower-case words before a date that make a line ending in a full stop a sentence."""

LABEL_OFFSET = 80
"""A labelled date stands near the start of its line; "(Stand: …)" deep inside a footnote or a
licence line ("User Agreement (updated 1/1/20)") is about something else. On a line between the
headline and the body that is not a sentence a label counts anywhere: the dump glues the headline
to the date line ("Minister eröffnet Werk : Datum: 26.01.2022")."""

LABEL_LINE_CHARS = 40
"""A label alone on the line above a date is short ("Zuletzt geändert am:"); a longer line ending
in a label word is a sentence or a teaser."""

URL_LAG_DAYS = 2
"""How many days after the date in its URL a story may still go out."""

LIST_SPAN = 3
"""Two unlabelled date lines this close together are a list (teasers, archive), not a header."""

UNDER_HEADLINE = 3
"""Lines under the headline (a byline, a kicker) where its date line may stand among teaser dates."""

ABOVE_WEIGHT = 2
"""How much farther a date line above the headline counts than one as far below it: the article's
own date line stands under the headline more often, a site's "today" line always above it."""

SERIES_GAP = 6
SERIES_LENGTH = 3

HEADLINE_WORDS = 3
"""Words besides its dates that make the headline line a title about a day ("Rückblick auf den
12. März: …", "Storm hits coast (May 3, 2021)"), not a date line the headline was glued to."""

CONFIDENCE = {"explicit": 0.95, "marked": 0.85, "source": 0.9, "bare": 0.7, "far": 0.6, "footer": 0.5,
              "elsewhere": 0.3, "updated_as_published": 0.6, "far_furniture": 0.4, "self_teaser": 0.6, "inferred": 0.2,
              "url_month": 0.1}
OTHER_STORY_KINDS = frozenset({"related_date", "related", "photo_credit"})
"""Furniture about other articles and pictures: its dates count only where a label ("Aktualisiert:")
beside the body shows the cleaner misread an article's own date line."""

MARKED_KINDS = frozenset({"date", "byline", "title", "kicker"})
"""Lines the cleaner put in the article header: a date on them is the article's own."""

SELF_TEASER_GAP = 2
"""Lines between a teaser's title and its date in a list of stories."""

SELF_TEASER_SLUG = 0.8
"""Word overlap with the URL slug that makes a teaser title this article's."""

UNSELF_KINDS = frozenset({"photo_credit", "comment", "gallery"})
"""Lines whose dates are a picture's or a reader's even beside the story's title."""

URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
URL_DATE_FOLDERS = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
URL_MONTH_FOLDERS = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?:/|$)")
LEADING_SPACE = re.compile(r"\s*")


@dataclass
class Candidate:
    match: DateMatch
    line: int
    role: str | None
    """"published" or "updated" when a label says so, None for a bare date."""


@dataclass
class PageDates:
    published: DateValue | None = None
    updated: DateValue | None = None


@cache
def _label_pattern(role: str) -> re.Pattern[str]:
    """Any language's label for `role` directly before a date; a weekday, a time or both may come
    between, in either order ("Updated 2:05 PM EDT, Wed June 12, 2024")."""
    name = f"meta_{role}_labels"
    labels = all_entries(name)
    between = r"(?:\w+,?\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*\w{1,4}\.?){0,3},?\s*(?:\w+,?\s+)?)?"
    return re.compile(rf"(?:^|[^\w])(?:{'|'.join(labels)})\W{{0,3}}{between}$", re.IGNORECASE)


@cache
def _event_pattern() -> re.Pattern[str]:
    """A preposition ("ab dem", "until") or the first day of a range ("14. -") right before a date."""
    words = all_entries("meta_event_prepositions")
    return re.compile(rf"(?:(?:^|[^\w])(?:{'|'.join(words)})|(?<![\d.:])\d{{1,2}}\.?\s*[-–])\s*$", re.IGNORECASE)


RANGE_JOIN = re.compile(r"\s*(?:[-–—]|(?-i:[a-zà-ÿ]{1,5}))\s*")
"""What joins the first day of a period to its last in any language: a dash or one short word
written in lower case ("bis", "to", "au", "al", "tot"), never a label ("Updated", "Stand")."""


def _names_an_event(line: str, match: DateMatch) -> bool:
    """ "Ab dem 1. März 2024 gilt …", "vom 24. April bis 2. Oktober 2017": a date the story is about."""
    return bool(_event_pattern().search(line[max(0, match.start - 30):match.start]))


def _period_ends(line: str, matches: list[DateMatch]) -> set[int]:
    """Where the dates at either end of a period start ("12.03.2021 – 14.03.2021", "May 3, 2021 to
    May 9, 2021"): a period is the story's subject, its last day after its first, where a page
    printing its created and changed dates side by side names the earlier second."""
    ends: set[int] = set()
    for first, last in zip(matches, matches[1:]):
        if RANGE_JOIN.fullmatch(line, first.end, last.start) and _match_day(last) > _match_day(first):
            ends.update((first.start, last.start))
    return ends


@cache
def _other_post_pattern() -> re.Pattern[str]:
    return re.compile("|".join(all_entries("meta_other_post_markers")), re.IGNORECASE)


@cache
def _other_post_literals() -> list[str] | None:
    """Words every marker match contains ("reply", "(@"): looking for them in the lowered line is
    a few times cheaper than trying every case-insensitive marker at every character."""
    literals = required_literals(_other_post_pattern())
    return None if literals is None else minimal_literals(set(literals))


def dates_another_post(line: str) -> bool:
    """ "Ein Beitrag geteilt von … am …", "… at 16:55 · Reply": an embedded post's or a comment's date."""
    literals = _other_post_literals()
    if literals is not None and not any(map(fold(line).__contains__, literals)):
        return False
    return bool(_other_post_pattern().search(line))


@cache
def _comment_lead() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(all_entries('meta_date_comment_leads'))})\s*:?\s*$", re.IGNORECASE)


def _dates_a_comment(layout: Layout, candidate: Candidate) -> bool:
    """ "Anna K. sagt:" right before the date, on its line or the line above: a reader's comment."""
    line, start = layout.lines[candidate.line], candidate.match.start
    if _opens_line(line, candidate.match) and candidate.line:
        before = layout.stripped[candidate.line - 1]
    elif start > LABEL_LINE_CHARS * 2:
        return False
    else:
        before = line[:start]
    return len(before) <= LABEL_LINE_CHARS * 2 and bool(_comment_lead().search(before))


def _role(line: str, match: DateMatch, in_header: bool, line_before: str) -> str | None:
    """The label before the date on its line, or a label alone on the line above a line the date
    opens ("Erschienen am:" over "13.10.2021"), as pages print label and value in two cells."""
    if match.start > LABEL_OFFSET and not in_header:
        return None
    prefix = line[max(0, match.start - 45):match.start]
    for role in ("updated", "published"):
        if _label_pattern(role).search(prefix):
            return role
    if prefix.strip() or len(line_before) > LABEL_LINE_CHARS:
        return None
    for role in ("updated", "published"):
        found = _label_pattern(role).search(line_before + " ")
        if found and not line_before[:found.start()].strip():
            return role
    return None


def _is_today_line(line: str, match: DateMatch) -> bool:
    """ "Heute ist Freitag, 25. Oktober 2019": the site's "today" line dates the visit, not the article."""
    return match.start > 0 and bool(_label_pattern("today").search(line[max(0, match.start - 45):match.start]))


def url_date(url: str | None) -> date | None:
    if not url:
        return None
    found = URL_DATE.search(url) or URL_DATE_FOLDERS.search(url)
    if not found:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def url_month(url: str | None) -> tuple[int, int] | None:
    """Year and month from date folders in the URL path ("/2020/02/slug"), which blogs use even
    when they leave out the day; the page was not published before that month (it may have been
    updated after it)."""
    found = URL_MONTH_FOLDERS.search(urlparse(url or "").path)
    return (int(found.group(1)), int(found.group(2))) if found else None


def _month_first(layout: Layout, language: str | None, url: str | None) -> tuple[bool, bool]:
    """Read "07/01/2024" month-first? Decided by other numeric dates on the page, then by the
    country domain of an English page, then by time zones beside its dates, else by language alone.

    Returns (month_first, decided_by_language_alone)."""
    votes = 0
    for matches in layout.dates.values():
        for match in matches:
            if match.separator in ("/", "-") and match.order in ("dmy", "mdy") and not match.swappable:
                if match.order == "mdy":
                    votes += 1
                elif match.day > 12:
                    votes -= 1
    if votes:
        return votes > 0, False
    language = language or ""
    if language in MONTH_FIRST_LANGUAGES and _country_domain(url) in word_list(language, "meta_day_first_domains"):
        return False, False
    if language in MONTH_FIRST_LANGUAGES:
        zones = _time_zone_votes(layout, language)
        if zones:
            return zones > 0, False
    return language in MONTH_FIRST_LANGUAGES, True


@cache
def _time_zones(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def pattern(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w/])(?:{'|'.join(word_list(language, name))})(?!\w)")
    return pattern("meta_date_month_first_time_zones"), pattern("meta_date_day_first_time_zones")


def _time_zone_votes(layout: Layout, language: str) -> int:
    """Numeric dates with a time zone beside them ("02/11/2023 02:00pm GMT"): a British or
    Australian zone says day-first, an American one month-first, where the URL cannot tell."""
    month_first, day_first = _time_zones(language)
    votes = 0
    for index, matches in layout.dates.items():
        if any(match.swappable for match in matches):
            line = layout.lines[index]
            votes += bool(month_first.search(line)) - bool(day_first.search(line))
    return votes


def _country_domain(url: str | None) -> str:
    host = urlparse(url or "").hostname or ""
    return host.rsplit(".", 1)[-1]


def _value(match: DateMatch, month_first: bool, hint: date | None) -> date | datetime | None:
    """The reading of a day/month-swappable date nearest to `hint` (the URL date, or a relative
    date from the same header), else the page's reading."""
    if match.swappable and hint is not None:
        readings = [v for v in (match.value(False), match.value(True)) if v is not None]
        if readings:
            return min(readings, key=lambda v: abs((_day(v) - hint).days))
    return match.value(month_first=month_first)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _candidates(layout: Layout, header: range, furniture: bool = False) -> list[Candidate]:
    """Dates on lines that may be about this article, or with `furniture`, only on the lines the
    cleaner gave to other articles and pictures."""
    found = []
    for index, matches in layout.dates.items():
        if layout.never_dated(index) != furniture or furniture and layout.kind(index) not in OTHER_STORY_KINDS:
            continue
        for match in matches:
            if _is_today_line(layout.lines[index], match):
                continue
            in_header = index in header and index not in layout.prose
            line_before = layout.stripped[index - 1] if index else ""
            found.append(Candidate(match, index, _role(layout.lines[index], match, in_header, line_before)))
    return found


def in_sentence(line: str, match: DateMatch) -> bool:
    """ "Die Frist endet am 5. März.", "Applications close on May 3, 2022.": a short sentence about
    a date, however short, not a date line. A sentence ends like one, and the date follows words
    that are not names or labels: two or more written in lower case. A sentence saying when the page
    appeared is a date line all the same."""
    line = line.rstrip()
    if not line.endswith((".", "!", "?")):
        return False
    before = line[:match.start].split()
    return sum(word[:1].islower() for word in before) >= SENTENCE_LOWER_WORDS and not _tells_publication(line)


@cache
def _publication_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(all_entries('meta_published_labels'))})(?!\w)", re.IGNORECASE)


def _tells_publication(line: str) -> bool:
    """ "This entry was posted on …", "Der Beitrag wurde am … veröffentlicht.": a sentence
    about the page's own appearance."""
    return bool(_publication_words().search(line))


def _titles_a_day(line: str, matches: list[DateMatch]) -> bool:
    """A headline with a date among its words names the day the story is about; the page's own
    date stands on a line of its own or beside a label."""
    words, start = 0, 0
    for match in (*matches, None):
        words += len(re.findall(r"[^\W\d_]{2,}", line[start:match.start if match else len(line)]))
        start = match.end if match else start
    return words >= HEADLINE_WORDS


def _is_bare(candidate: Candidate, layout: Layout, dated_lines: set[int]) -> bool:
    index = candidate.line
    line = layout.lines[index]
    if len(line.strip()) > BARE_LINE_CHARS and (candidate.match.start > BARE_DATE_OFFSET or is_paragraph(line)):
        return False
    if layout.kind(index) == "date":
        return True
    if index in layout.prose and candidate.match.start > BARE_DATE_OFFSET:
        return False
    return not any(i in dated_lines for i in range(index - LIST_SPAN, index + LIST_SPAN + 1) if i != index)


def _opens_line(line: str, match: DateMatch) -> bool:
    """Only white space before the date; read from the line's start, so a long line costs no copy."""
    return LEADING_SPACE.match(line).end() >= match.start


def _listed_lines(dated_lines: set[int]) -> set[int]:
    """Dated lines in a series of `SERIES_LENGTH` or more, each within `SERIES_GAP` lines of the
    next: teaser lists, archives and event calendars, even where the cleaner calls them dates."""
    listed: set[int] = set()
    series: list[int] = []
    for line in sorted(dated_lines) + [None]:
        if series and (line is None or line - series[-1] > SERIES_GAP):
            if len(series) >= SERIES_LENGTH:
                listed.update(series)
            series = []
        if line is not None:
            series.append(line)
    return listed


def _shapes(line: str, matches: list[DateMatch]) -> tuple[str, str]:
    """The line with its dates cut out and its digits blanked, whole and cut to the words before
    the date and the first word after it: teasers in a list share one or the other
    ("04.11.2021 Artikel", "30.01.2022 · Männer · Liga1"; "26.10.2023 in Politik, Kultur")."""
    for match in reversed(matches):
        line = line[:match.start] + "\0" + line[match.end:]
    line = re.sub(r"\d", "0", line)
    *before, after = line.split("\0")
    return " ".join(line.split()), " ".join(" ".join(before).split() + after.split()[:1])


def _match_day(match: DateMatch) -> tuple[int, int, int]:
    return match.year, match.month, match.day


def _first_day(layout: Layout, index: int) -> tuple[int, int, int]:
    return _match_day(layout.dates[index][0])


def _repeated_shapes(layout: Layout, dated_lines: set[int]) -> set[int]:
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


def _self_teasers(layout: Layout, anchor: int, header: range, url: str | None) -> list[Candidate]:
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
        if len({_match_day(dated[index]) for index in nearest}) == 1:
            found[nearest[0]] = dated[nearest[0]]
    if len({_match_day(match) for match in found.values()}) != 1:
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


def choose_dates(layout: Layout, anchor: int | None, language: str | None, url: str | None,
                 reference: date | None) -> PageDates:
    """The published and updated dates of the page; `reference` (crawl date) bounds them above."""
    latest = reference or date.today()
    month_first, by_language = _month_first(layout, language, url)
    from_url = url_date(url)
    anchor = layout.body_start if anchor is None else anchor
    header_top = min(anchor, layout.body_start) - HEADER_ABOVE
    relative = relative_in_header(layout, header_top, reference)
    hint = from_url or (_day(relative.value) if relative else None)
    near = range(header_top - HEADER_ABOVE, layout.body_end + FOOTER_BELOW + 1)

    month_of_url = url_month(url)

    def usable(c: Candidate) -> bool:
        value = _value(c.match, month_first, hint)
        return (value is not None and 1990 <= value.year and _day(value) <= latest
                and (month_of_url is None or (value.year, value.month) >= month_of_url))

    headline_to_body = range(anchor, layout.body_start + 1)
    furniture = [c for c in _candidates(layout, headline_to_body, furniture=True) if usable(c)]
    in_series = _listed_lines({c.line for c in furniture})
    # Teaser boxes print their labels alike: the one labelled line among a box's dates is the article's own.
    labelled_in_series = {c.line for c in furniture if c.role and c.line in in_series}
    furniture = [c for c in furniture if c.line not in in_series or (c.role and len(labelled_in_series) == 1)]
    # A labelled date beside the body is the article's own whatever the cleaner called it.
    # A date beside the byline is the article's author-and-date block, whatever the cleaner called it.
    bylined = {i + step for i in layout.lines_of("byline") for step in (-1, 1)}
    candidates = [c for c in _candidates(layout, headline_to_body) if usable(c)] + [
        c for c in furniture if (c.role and c.line in near) or (c.line in bylined and layout.kind(c.line) == "related_date")]

    def distance(c: Candidate) -> tuple[float, date]:
        """Lines nearer the headline first; of two dates on one line ("2018-08-29 14:15
        2018-06-22 10:20", changed and created side by side) the earlier is the first appearance."""
        above = c.line < anchor
        return (anchor - c.line) * ABOVE_WEIGHT + 0.5 if above else c.line - anchor, _day(_value(c.match, month_first, hint))

    def make(c: Candidate, provenance: str, confidence: float) -> DateValue:
        value = _value(c.match, month_first, hint)
        if from_url is not None and _day(value) == from_url:
            confidence = max(confidence, 0.97)
        ambiguous = c.match.swappable and by_language and hint is None
        return DateValue(value, provenance, confidence, layout.lines[c.line].strip()[:200], ambiguous)

    # A label printed in every product or teaser box ("Letzte Aktualisierung am …") is boilerplate.
    copies = Counter(layout.lines[c.line].strip() for c in candidates if c.role)
    labelled = {role: sorted((c for c in candidates if c.role == role and copies[layout.lines[c.line].strip()] < SERIES_LENGTH),
                             key=lambda c: (c.line not in near, distance(c)))
                for role in ("published", "updated")}
    updated = make(labelled["updated"][0], "explicit", CONFIDENCE["explicit"]) if labelled["updated"] else None
    periods = {line: _period_ends(layout.lines[line], layout.dates[line]) for line in {c.line for c in candidates if c.role is None}}
    unlabelled = [c for c in candidates if c.role is None and c.match.start not in periods[c.line]
                  and not _names_an_event(layout.lines[c.line], c.match)]
    titled = {anchor} if anchor in layout.dates and _titles_a_day(layout.lines[anchor], layout.dates[anchor]) else set()
    # A date inside the headline ("Andacht am 11. November 2021") does not make the header a list;
    # a sentence does only where the date opens it, as in a teaser list ("12.03.2021 Wie ...?").
    dated_lines = {c.line for c in unlabelled
                   if (c.line not in layout.prose or _opens_line(layout.lines[c.line], c.match)) and c.line != anchor}
    # Comments and embedded posts still show that the dates around them are a list; teaser boxes
    # known by their repeated shape do not draw a lone date line beside them into their list.
    teasers = _repeated_shapes(layout, {c.line for c in unlabelled})
    listed = _listed_lines(dated_lines - teasers)
    other_posts = {line for line in {c.line for c in unlabelled} if dates_another_post(layout.lines[line])}
    unlabelled = [c for c in unlabelled if c.line not in other_posts and c.line not in teasers
                  and not _dates_a_comment(layout, c)]
    def after_url(c: Candidate) -> bool:
        """A header date days after the URL's is the site's "today" line or a later edit, not the first appearance."""
        return from_url is not None and (_day(_value(c.match, month_first, hint)) - from_url).days > URL_LAG_DAYS

    # A date line the cleaner marked far above the headline is the masthead's "today" line.
    marked = [c for c in unlabelled if layout.kind(c.line) in MARKED_KINDS and c.line not in titled
              and header_top <= c.line <= max(layout.body_end, layout.body_start) and c.line not in listed and not after_url(c)]
    # A series the cleaner took for date lines is still a list of other stories (an archive, teasers),
    # unless it ends right under the headline: then the teasers stand above the headline, the last
    # date is the article's own.
    in_list = [c for c in unlabelled if c.line in listed and layout.kind(c.line) == "date"]
    unlabelled = [c for c in unlabelled if c.line not in listed or layout.kind(c.line) != "date"]
    closing_list = [c for c in in_list if anchor < c.line
                    and not any(c.line < other <= c.line + SERIES_GAP for other in dated_lines)]
    # A short sentence about a date near the body names an event; far from it, it may be all there is.
    # Under the body's last line a date line is the closing line or the next story's, not the header's.
    bare = [c for c in unlabelled if header_top <= c.line <= min(layout.body_start + HEADER_BELOW, max(layout.body_end, layout.body_start))
            and c.line not in titled
            and _is_bare(c, layout, dated_lines) and not in_sentence(layout.lines[c.line], c.match)]
    footer = [c for c in unlabelled if layout.body_end < c.line <= layout.body_end + FOOTER_BELOW
              and _is_bare(c, layout, dated_lines) and not in_sentence(layout.lines[c.line], c.match)]
    paragraphs = {line for line in {c.line for c in unlabelled} if is_paragraph(layout.lines[line])}
    body = [c for c in unlabelled if layout.body_start <= c.line <= layout.body_end and c.line in paragraphs]
    elsewhere = [c for c in unlabelled if _is_bare(c, layout, dated_lines)]
    explicit_near = [c for c in labelled["published"] if c.line in near]
    # A lone "Veröffentlicht am …" the cleaner took for a teaser, far below a short body.
    far_furniture = [c for c in furniture if c.role == "published" and c.line not in near]

    # The first date line under the headline (after a byline or kicker) is a header date line
    # whatever the cleaner called it, even where teaser dates stand around it.
    header = range(header_top, layout.body_start + 1)
    header_lines = [c for c in unlabelled + closing_list if anchor < c.line <= min(layout.body_start, anchor + UNDER_HEADLINE)
                    and len(layout.lines[c.line].strip()) <= BARE_LINE_CHARS and c.match.start <= BARE_DATE_OFFSET
                    and not in_sentence(layout.lines[c.line], c.match)]
    header_dates = marked + [c for c in header_lines if c.line == min(h.line for h in header_lines) and not after_url(c)]

    def _url_or_later(day: date, header: list[Candidate]) -> DateValue:
        """The URL's date is the day the story was filed; a header date a day or two later is the
        day it went out (after midnight, or held back), and the one readers saw."""
        later = [c for c in header if 0 < (_day(_value(c.match, month_first, hint)) - day).days <= URL_LAG_DAYS]
        if later:
            return make(min(later, key=distance), "bare", CONFIDENCE["bare"])
        return DateValue(day, "source", CONFIDENCE["source"], url)

    def weak_guess() -> DateValue | None:
        return relative or (elsewhere and make(min(elsewhere, key=distance), "bare", CONFIDENCE["elsewhere"])) or None

    tiers = (
        lambda: explicit_near and make(explicit_near[0], "explicit", CONFIDENCE["explicit"]),
        lambda: header_dates and make(min(header_dates, key=distance), "bare", CONFIDENCE["marked"]),
        lambda: from_url is not None and from_url <= latest and _url_or_later(from_url, bare),
        lambda: bare and make(min(bare, key=distance), "bare", CONFIDENCE["bare"]),
        lambda: (own := [c for c in _self_teasers(layout, anchor, header, url) if usable(c)])
        and make(min(own, key=distance), "bare", CONFIDENCE["self_teaser"]),
        lambda: labelled["published"] and make(labelled["published"][0], "explicit", CONFIDENCE["far"]),
        lambda: footer and make(footer[0], "bare", CONFIDENCE["footer"]),
        lambda: far_furniture and make(min(far_furniture, key=distance), "explicit", CONFIDENCE["far_furniture"]),
        lambda: updated and not _no_later_than(weak_guess(), updated) and _updated_as_published(updated),
        lambda: relative,
        weak_guess,
        lambda: body and make(body[0], "inferred", CONFIDENCE["inferred"]),
        lambda: month_of_url and _first_of_month(month_of_url, latest, url),
    )
    published = next((found for found in (tier() for tier in tiers) if found), None)
    return PageDates(published=published, updated=updated)


def _first_of_month(month: tuple[int, int], latest: date, url: str | None) -> DateValue | None:
    """Blogs file posts under "/2019/10/slug"; with no date on the page the month is all we know,
    and its first day is the convention date tools and archives use for it."""
    first = date(month[0], month[1], 1)
    return DateValue(first, "inferred", CONFIDENCE["url_month"], url) if first <= latest else None


def _no_later_than(guess: DateValue | None, updated: DateValue) -> bool:
    """A page changed on the update label's day appeared on or before it: a weaker clue that agrees
    (a relative phrase, a date line away from the header) tells the first appearance better than the
    last change does."""
    return guess is not None and _day(guess.value) <= _day(updated.value)


def _updated_as_published(updated: DateValue) -> DateValue:
    """Many pages show only "Stand: …"; the last change is then the best available publication date."""
    return DateValue(updated.value, "explicit", CONFIDENCE["updated_as_published"], updated.evidence, updated.ambiguous)
