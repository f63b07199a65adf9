"""Which date lines on a page are not the article's, and what the others say.

A date may be labelled ("Publiziert: …", "Aktualisiert: …", or a label alone on the line above),
stand on a site's "today" line, follow a reader's name ("Anna K. sagt:") or an embedded post's
marker, name an event or the ends of a period the story is about, sit in a short sentence about a
date, or in a headline about a day; only a bare date line (short, the date near its start, not
among other date lines) is read as the page's own without a label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lagebild.clean.literals import fold, minimal_literals, required_literals
from lagebild.meta.dates import DateMatch
from lagebild.meta.layout import Layout, is_paragraph
from lagebild.meta.lexicon import all_entries

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

LIST_SPAN = 3
"""Two unlabelled date lines this close together are a list (teasers, archive), not a header."""

HEADLINE_WORDS = 3
"""Words besides its dates that make the headline line a title about a day ("Rückblick auf den
12. März: …", "Storm hits coast (May 3, 2021)"), not a date line the headline was glued to."""

OTHER_STORY_KINDS = frozenset({"related_date", "related", "photo_credit"})
"""Furniture about other articles and pictures: its dates count only where a label ("Aktualisiert:")
beside the body shows the cleaner misread an article's own date line."""

LEADING_SPACE = re.compile(r"\s*")

TITLE_WORD = re.compile(r"[^\W\d_]{2,}")

RANGE_JOIN = re.compile(r"\s*(?:[-–—]|(?-i:[a-zà-ÿ]{1,5}))\s*")
"""What joins the first day of a period to its last in any language: a dash or one short word
written in lower case ("bis", "to", "au", "al", "tot"), never a label ("Updated", "Stand")."""


BREADCRUMB_STEPS = re.compile(r"\s[›»>→]\s.*?\s[›»>→]\s|\s/\s.*?\s/\s.*?\s/\s")
"""Two arrows (or three spaced slashes, which bylines use once or twice) between the steps of a path
before a date: a breadcrumb trail ("Startseite › Politik › Archiv 2021 › 12.03.2021")."""


@dataclass
class Candidate:
    match: DateMatch
    line: int
    role: str | None
    """"published" or "updated" when a label says so, None for a bare date."""


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


def names_an_event(line: str, match: DateMatch) -> bool:
    """ "Ab dem 1. März 2024 gilt …", "vom 24. April bis 2. Oktober 2017": a date the story is about."""
    return bool(_event_pattern().search(line[max(0, match.start - 30):match.start]))


def period_ends(line: str, matches: list[DateMatch]) -> set[int]:
    """Where the dates at either end of a period start ("12.03.2021 – 14.03.2021", "May 3, 2021 to
    May 9, 2021"): a period is the story's subject, its last day after its first, where a page
    printing its created and changed dates side by side names the earlier second."""
    ends: set[int] = set()
    for first, last in zip(matches, matches[1:]):
        if RANGE_JOIN.fullmatch(line, first.end, last.start) and match_day(last) > match_day(first):
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


def dates_a_comment(layout: Layout, candidate: Candidate) -> bool:
    """ "Anna K. sagt:" right before the date, on its line or the line above: a reader's comment."""
    line, start = layout.lines[candidate.line], candidate.match.start
    if opens_line(line, candidate.match) and candidate.line:
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


def candidates(layout: Layout, header: range, furniture: bool = False) -> list[Candidate]:
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


def in_breadcrumb(line: str, match: DateMatch) -> bool:
    """A date at the end of a navigation path names an archive page or a print edition, which may
    be a day or two off the article's; it dates the page only where nothing else does."""
    return bool(BREADCRUMB_STEPS.search(line, 0, match.start))


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


def titles_a_day(line: str, matches: list[DateMatch]) -> bool:
    """A headline with a date among its words names the day the story is about; the page's own
    date stands on a line of its own or beside a label."""
    words, start = 0, 0
    for match in (*matches, None):
        words += len(re.findall(r"[^\W\d_]{2,}", line[start:match.start if match else len(line)]))
        start = match.end if match else start
    return words >= HEADLINE_WORDS


DATED_TITLE = re.compile(r"\s*:\s+(?:[^\W\d_]{2,}\W+){%d}" % HEADLINE_WORDS)
"""A date followed by a colon and a title ("24.10.2019: Bericht aus dem Grenzgebiet")."""


def heads_a_title(line: str, matches: list[DateMatch]) -> bool:
    """A date that opens a title after a colon ("12. März 2021: Rückblick auf ein Jahr", "Rückblick
    auf den 12. März 2021: Was blieb") or closes it in parentheses ("Storm hits the coast (May 3,
    2021)") names the day the story is about wherever the headline was found: a date line names no
    more than an author beside its date. A dateline deeper in the line opens a sentence ("Berlin,
    3. Mai 2021: Der Stadtrat hat … beschlossen."), which ends with a full stop where a title does not."""
    first, last = matches[0], matches[-1]
    if any(DATED_TITLE.match(line + " ", match.end) for match in matches) and (
            opens_line(line, first) or not line.rstrip().endswith(".")):
        return True
    closing = line.rstrip()
    return (closing.endswith(")") and line[:last.start].rstrip().endswith("(") and not line[last.end:].strip(" )")
            and len(re.findall(r"[^\W\d_]{2,}", line[:last.start])) >= HEADLINE_WORDS)


def is_bare(candidate: Candidate, layout: Layout, dated_lines: set[int], anchor: int | None = None) -> bool:
    index = candidate.line
    line = layout.lines[index]
    if len(line.strip()) > BARE_LINE_CHARS and (candidate.match.start > BARE_DATE_OFFSET or is_paragraph(line)):
        return False
    if layout.kind(index) == "date":
        return True
    if index in layout.prose and candidate.match.start > BARE_DATE_OFFSET:
        return False
    near = _dated_near(index, dated_lines)
    return not near or (anchor is not None and _first_of_a_pair(candidate, layout, near, dated_lines, anchor))


def _dated_near(index: int, dated_lines: set[int]) -> list[int]:
    return [i for i in range(index - LIST_SPAN, index + LIST_SPAN + 1) if i != index and i in dated_lines]


PAIR_LEAD_WORDS = 3
"""Words before the later date of a pair of date lines: a label ("Ergänzt am", "Amended"), not a title;
a date alone is one of two teaser boxes."""


def _first_of_a_pair(candidate: Candidate, layout: Layout, near: list[int], dated_lines: set[int], anchor: int) -> bool:
    """Two date lines side by side on one side of the headline and no third are no list but the
    first appearance and a later day: a change under a label no list knows ("Ergänzt am …",
    "Amended …"), the visit. The earlier is the article's date where the later one reads like a
    label and its date, with no title beside it; two dates alone are two teaser boxes."""
    if len(near) != 1:
        return False
    other = near[0]
    if (other > anchor) != (candidate.line > anchor) or _dated_near(other, dated_lines) != [candidate.line]:
        return False
    first = layout.dates[other][0]
    return match_day(candidate.match) < match_day(first) and _label_and_date(layout.lines[other], first)


def _label_and_date(line: str, match: DateMatch) -> bool:
    """A short line of a few words and a date ("Ergänzt am 3. Mai 2021, 16:20 Uhr"), no title beside it."""
    words = TITLE_WORD.findall
    return (len(line.strip()) <= BARE_LINE_CHARS and 1 <= len(words(line, 0, match.start)) <= PAIR_LEAD_WORDS
            and len(words(line, match.end)) <= 1)


def changes_a_date_beside(candidate: Candidate, others: list[Candidate], layout: Layout, anchor: int) -> bool:
    """A short label and a date a few lines from an earlier date line on the same side of the
    headline: the day of a change under a label no list knows, not the first appearance, however
    near the headline it stands."""
    if not _label_and_date(layout.lines[candidate.line], candidate.match):
        return False
    day, side = match_day(candidate.match), candidate.line > anchor
    return any(0 < abs(other.line - candidate.line) <= LIST_SPAN and (other.line > anchor) == side
               and other.line not in layout.prose and len(layout.stripped[other.line]) <= BARE_LINE_CHARS
               and match_day(other.match) < day for other in others)


def opens_line(line: str, match: DateMatch) -> bool:
    """Only white space before the date; read from the line's start, so a long line costs no copy."""
    return LEADING_SPACE.match(line).end() >= match.start


def match_day(match: DateMatch) -> tuple[int, int, int]:
    return match.year, match.month, match.day
