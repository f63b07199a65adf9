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

from lagebild.meta import date_lines
from lagebild.meta.date_lines import (BARE_DATE_OFFSET, BARE_LINE_CHARS, HEADLINE_WORDS, TITLE_WORD, Candidate,
                                      changes_a_date_beside, dates_a_comment, dates_another_post, heads_a_title,
                                      in_breadcrumb, in_sentence, is_bare, names_an_event, opens_line, period_ends,
                                      titles_a_day)
from lagebild.meta.date_series import (SERIES_GAP, SERIES_LENGTH, WORDED_LINE_WORDS, in_story_box, listed_lines, print_shapes,
                                       repeated_shapes, self_teasers, words_beside_dates)
from lagebild.meta.dates import MONTH_FIRST_LANGUAGES, DateMatch
from lagebild.meta.layout import Layout, is_paragraph
from lagebild.meta.relative import relative_in_header
from lagebild.meta.url_dates import country_domain, url_date, url_month
from lagebild.model import DateValue
from lagebild.resources import word_list

HEADER_ABOVE = 15
"""Lines above the headline (or body) searched for a bare date line."""

HEADER_BELOW = 10
"""Lines into the body searched too: many pages print the date under the first paragraph."""

FOOTER_BELOW = 6
"""Lines under the body where a closing "Dieser Artikel wurde am … geschrieben" may stand."""

URL_LAG_DAYS = 2
"""How many days after the date in its URL a story may still go out."""

UNDER_HEADLINE = 3
"""Lines under the headline (a byline, a kicker) where its date line may stand among teaser dates."""

ABOVE_WEIGHT = 2
"""How much farther a date line above the headline counts than one as far below it: the article's
own date line stands under the headline more often, a site's "today" line always above it."""

CONFIDENCE = {"explicit": 0.95, "marked": 0.85, "source": 0.9, "bare": 0.7, "far": 0.6, "footer": 0.5,
              "elsewhere": 0.3, "updated_as_published": 0.6, "far_furniture": 0.4, "self_teaser": 0.6, "inferred": 0.2,
              "url_month": 0.1}

MARKED_KINDS = frozenset({"date", "byline", "title", "kicker"})
"""Lines the cleaner put in the article header: a date on them is the article's own."""

BYLINE_KINDS = frozenset({"date", "byline"})
"""Lines the cleaner took for the author-and-date block: a name beside a date in parentheses is no title."""


@dataclass
class PageDates:
    published: DateValue | None = None
    updated: DateValue | None = None


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
    if language in MONTH_FIRST_LANGUAGES and country_domain(url) in word_list(language, "meta_day_first_domains"):
        return False, False
    if language in MONTH_FIRST_LANGUAGES:
        zones = _time_zone_votes(layout, language)
        if zones:
            return zones > 0, False
        spelling = _spelling_votes(layout, language)
        if spelling:
            return spelling > 0, False
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


@cache
def _spellings(language: str) -> re.Pattern[str]:
    def alternatives(name: str) -> str:
        return "|".join(word_list(language, name))
    return re.compile(rf"(?<!\w)(?:(?P<month_first>{alternatives('meta_date_month_first_spellings')})"
                      rf"|{alternatives('meta_date_day_first_spellings')})(?!\w)")


def _spelling_votes(layout: Layout, language: str) -> int:
    """American spellings ("color", "neighbor") against British ones ("colour", "neighbour") on the
    page, where a numeric date could be read either way: Commonwealth sites write dates day-first,
    and spell so. The page is lowered once: a case-blind pattern folds every character it tries."""
    if not any(match.swappable for matches in layout.dates.values() for match in matches):
        return 0
    votes = 0
    for found in _spellings(language).finditer("\n".join(layout.lines).lower()):
        votes += 1 if found.group("month_first") else -1
    return votes


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

    # The line over the headline too: where the dump glues the headline to its date line
    # ("Minister eröffnet Werk : Datum: 26.01.2022"), the standfirst under it may pass for the headline.
    headline_to_body = range(anchor - 1, layout.body_start + 1)
    furniture = [c for c in date_lines.candidates(layout, headline_to_body, furniture=True) if usable(c)]
    in_series = listed_lines({c.line for c in furniture})
    # Teaser boxes print their labels alike: the one labelled line among a box's dates is the article's own.
    labelled_in_series = {c.line for c in furniture if c.role and c.line in in_series}
    furniture = [c for c in furniture if c.line not in in_series or (c.role and len(labelled_in_series) == 1)]
    # A labelled date beside the body is the article's own whatever the cleaner called it.
    # A date beside the byline is the article's author-and-date block, whatever the cleaner called it.
    bylined = {i + step for i in layout.lines_of("byline") for step in (-1, 1)}
    candidates = [c for c in date_lines.candidates(layout, headline_to_body) if usable(c)] + [
        c for c in furniture if (c.role and c.line in near) or (c.line in bylined and layout.kind(c.line) == "related_date")]
    trails = [c for c in candidates if in_breadcrumb(layout.lines[c.line], c.match)]
    candidates = [c for c in candidates if c not in trails]

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
    periods = {line: period_ends(layout.lines[line], layout.dates[line]) for line in {c.line for c in candidates if c.role is None}}
    unlabelled = [c for c in candidates if c.role is None and c.match.start not in periods[c.line]
                  and not names_an_event(layout.lines[c.line], c.match)]
    titled = {anchor} if anchor in layout.dates and titles_a_day(layout.lines[anchor], layout.dates[anchor]) else set()
    # A title about a day elsewhere in the header is not even a weak guess at the article's date.
    headed = {line for line in {c.line for c in candidates if c.role is None}
              if layout.kind(line) not in BYLINE_KINDS and (heads_a_title(layout.lines[line], layout.dates[line])
                                                            or day_inside_title(layout.lines[line], layout.dates[line]))}
    titled |= headed
    # A date inside the headline ("Andacht am 11. November 2021") or a title about a day anywhere does
    # not make the header a list, nor is it the first date line under the headline; a sentence makes a
    # list only where the date opens it, as in a teaser list ("12.03.2021 Wie ...?").
    dated_lines = {c.line for c in unlabelled
                   if (c.line not in layout.prose or opens_line(layout.lines[c.line], c.match)) and c.line not in titled | {anchor}}
    # Comments and embedded posts still show that the dates around them are a list; teaser boxes
    # known by their repeated shape do not draw a lone date line beside them into their list.
    teasers = repeated_shapes(layout, {c.line for c in unlabelled})
    listed = listed_lines(dated_lines - teasers,
                          lambda line: words_beside_dates(layout.lines[line], layout.dates[line]) >= WORDED_LINE_WORDS,
                          lambda line: print_shapes(layout.lines[line], layout.dates[line]))
    other_posts = {line for line in {c.line for c in unlabelled} if dates_another_post(layout.lines[line])}
    unlabelled = [c for c in unlabelled if c.line not in other_posts and c.line not in teasers
                  and not dates_a_comment(layout, c)]
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

    def bare_line(c: Candidate) -> bool:
        """A date line beside a list, not in it, stands alone all the same."""
        return is_bare(c, layout, dated_lines if c.line in listed else dated_lines - listed, anchor)

    # A short sentence about a date near the body names an event; far from it, it may be all there is.
    # Under the body's last line a date line is the closing line or the next story's, not the header's;
    # beside another story's title it is that story's.
    bare = [c for c in unlabelled if header_top <= c.line <= min(layout.body_start + HEADER_BELOW, max(layout.body_end, layout.body_start))
            and c.line not in titled
            and bare_line(c) and not in_sentence(layout.lines[c.line], c.match)]
    footer = [c for c in unlabelled if layout.body_end < c.line <= layout.body_end + FOOTER_BELOW
              and bare_line(c) and not in_sentence(layout.lines[c.line], c.match) and not in_story_box(layout, c, layout.body_end)]
    paragraphs = {line for line in {c.line for c in unlabelled} if is_paragraph(layout.lines[line])}
    body = [c for c in unlabelled if layout.body_start <= c.line <= layout.body_end and c.line in paragraphs]
    elsewhere = [c for c in unlabelled if c.line not in headed and bare_line(c)]
    explicit_near = [c for c in labelled["published"] if c.line in near]
    # A lone "Veröffentlicht am …" the cleaner took for a teaser, far below a short body.
    far_furniture = [c for c in furniture if c.role == "published" and c.line not in near]

    # The first date line under the headline (after a byline or kicker) is a header date line
    # whatever the cleaner called it, even where teaser dates stand around it.
    header = range(header_top, layout.body_start + 1)
    header_lines = [c for c in unlabelled + closing_list if anchor < c.line <= min(layout.body_start, anchor + UNDER_HEADLINE)
                    and len(layout.lines[c.line].strip()) <= BARE_LINE_CHARS and c.match.start <= BARE_DATE_OFFSET
                    and c.line not in titled and not in_sentence(layout.lines[c.line], c.match)]
    header_dates = marked + [c for c in header_lines if c.line == min(h.line for h in header_lines) and not after_url(c)]
    header_dates = [c for c in header_dates if not changes_a_date_beside(c, unlabelled, layout, anchor)]

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
        lambda: (own := [c for c in self_teasers(layout, anchor, header, url) if usable(c)])
        and make(min(own, key=distance), "bare", CONFIDENCE["self_teaser"]),
        lambda: labelled["published"] and make(labelled["published"][0], "explicit", CONFIDENCE["far"]),
        lambda: footer and make(footer[0], "bare", CONFIDENCE["footer"]),
        lambda: far_furniture and make(min(far_furniture, key=distance), "explicit", CONFIDENCE["far_furniture"]),
        lambda: updated and not _no_later_than(weak_guess(), updated) and _updated_as_published(updated),
        lambda: relative,
        weak_guess,
        lambda: trails and make(min(trails, key=distance), "bare", CONFIDENCE["elsewhere"]),
        lambda: body and make(body[0], "inferred", CONFIDENCE["inferred"]),
        lambda: month_of_url and _first_of_month(month_of_url, latest, url),
    )
    published = next((found for found in (tier() for tier in tiers) if found), None)
    return PageDates(published=published, updated=updated)


TITLE_GOES_ON = re.compile(r"(?:\s+[^\W\d_]{2,}){0,2}\s*[:–—-]\s+[^\W\d_]{2,}")
"""After a date, at most two words, then a colon or dash and the title's next word ("… geschah: Was", "… – Die")."""

LINE_CLOSES = re.compile(r"[\W_]*$")
TITLE_DASH = re.compile(r"\s[–—-]\s")
TAIL_WORDS = range(2, 4)
"""Words between a title's dash and the date that closes it: a noun and its preposition ("… – Bilanz vom
3. Mai", "… – live updates from …"); a preposition alone ("Von Anna Muster – am 3. Mai") ends a byline."""


def day_inside_title(line: str, matches: list[DateMatch]) -> bool:
    """A date among a title's words names the day the story is about: after a preposition, written
    in lower case in every language ("am", "vom", "of", "le"), with the title going on after a colon
    or dash ("Die Lage am 3. Mai 2021 – Was bleibt"), or closing a dashed tail after a title of three
    words or more ("Grenze zu Frankreich – Bilanz vom 3. Mai 2021"). A byline names its author
    ("Beitrag von Anna am 3. Mai 2021, 14:05") with nothing but a time after the date, and a dateline
    opens the line or follows a place with a capital ("Berlin, 3. Mai 2021 – Der Rat …")."""
    first, last = matches[0], matches[-1]
    before = TITLE_WORD.findall(line, 0, first.start)
    if opens_line(line, first) or not before or not before[-1][:1].islower():
        return False
    if TITLE_GOES_ON.match(line, last.end):
        return True
    dash = None
    if LINE_CLOSES.match(line, last.end):
        dash = next(reversed(list(TITLE_DASH.finditer(line, 0, first.start))), None)
    return (dash is not None and len(TITLE_WORD.findall(line, 0, dash.start())) >= HEADLINE_WORDS
            and len(TITLE_WORD.findall(line, dash.end(), first.start)) in TAIL_WORDS)


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
