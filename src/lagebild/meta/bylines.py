"""Who wrote, translated and supplied the article, and where it was filed from.

Bylines are read from the cleaner's byline/translator/agency furniture and, because the cleaner
can miss them, from short lines right above or below the body that open with a byline word
("Von", "By") or hold one alone above the name ("Autor:" / "Anna Muster"). Header bylines win
over those below the body. Only when neither names anyone, a bare name beside the date or inside
the date line is taken (`bare_names.py`), and after it the names a page prints away from its
header (`authors_elsewhere.py`). The words are data (`meta_byline_prefixes`,
`meta_translator_labels`, `meta_name_stops`, `meta_name_roles`, `meta_staff_credits`, `common/meta_agencies`,
`common/meta_first_names`), so a new language is a new data folder.
"""
from __future__ import annotations

import re

from lagebild.meta.authors_elsewhere import (BELOW_BODY, author_bio, author_box, author_links, closing_signature, copyright_holder,
                                             signature)
from lagebild.meta.bare_names import (DATE_LINE_SEPARATOR, HEADER_INTO_BODY, beside_date_or_heading, header_date_beside, listed_bare_names,
                                      lone_first_name, lone_word_dated, names_before_agency, names_beside_dates, unlisted_listed_names,
                                      unlisted_name, unlisted_name_before_place, unlisted_name_beside_dates, unlisted_name_under_label,
                                      unlisted_name_with_role)
from lagebild.meta.byline_words import (BYLINE_CHARS, HEADER_SEPARATOR, SEPARATOR, anchor_search, handle_on_dated_line,
                                        names_after_byline_word, names_in, names_under_label, prefix, reporter)
from lagebild.meta.credits import Credits, agency_anywhere, agency_credit, agency_from_marker, canonical_agency, read_dateline, staff_credit
from lagebild.meta.layout import Layout
from lagebild.meta.names import add_names, bare_name, leading_name, name_after_role, name_before_role
from lagebild.meta.date_lines import dates_another_post

HEADER_LINE_CHARS = 200
"""A dated line divided by separators may be this long when it lists tags and categories too
("05.01.2020 | Autor: anna_m | Abgelegt unter: …")."""

CREDIT_LINE_WORDS = 8
"""A line this short with a byline word inside ("Post author By Anna Muster", "Ein Interview von
Anna Muster") names its author even without a date or separator, if the name has two words."""

NEAR_BODY = 8
"""Lines under the headline where an unlabelled byline may sit."""

ABOVE_BODY = 24
"""Lines above the body's start where the header's byline may sit, above a picture gallery or a
teaser the body was not told apart from."""

BARE_NAMES = 2
"""More bare names beside dates above the body are a list (comments, other posts), not bylines."""

SIGNATURE_LINES = 4
"""Lines under the body's end where a bare name beside a date signs the article ("Anna Muster" /
"3. Mai 2021" closing a blog post); further down such pairs head teasers and comments. Above the
body's end the lines read are those under the headline, where a body found too high (starting
at a teaser) has put the header's byline."""

NAMES_OVER_BODY = 3
"""Lines from the body's first line where a list of bare names signs the article."""

STAFF_CHARS = 30
"""Longest line that can be a newsroom credit alone ("Online-Redaktion")."""

TEASER_CARDS = 2
"""A byline printed this often, each time under another line, signs a list of story cards."""

BELOW_BYLINES = 2
"""More lines below the body that name people sign a river of other stories, each card with its
byline, wherever the cleaner marked them."""

CARD_LINES = 4
"""Below the body, a byline this close to another byline signs one of a list of teasers (related
stories, "Mehr zum Thema"); the article's own byline there stands alone."""


def opens_byline(line: str) -> bool:
    """"Von Anna Muster", "By A and B": a byline word followed by names, in a short line."""
    line = line.strip()
    opened = anchor_search()(line.lower()) and prefix("meta_byline_prefixes").match(line)
    return bool(opened) and len(line.split()) <= 12 and bool(names_in(line[opened.end():], minimum_tokens=1))


def _lines_near_body(layout: Layout, headings: tuple[int, ...] = ()) -> list[int]:
    """Lines above and below the body, and under the headings when they stand further up (the
    body found may start below a picture gallery or a table of contents)."""
    near = set(range(max(0, layout.body_start - ABOVE_BODY), layout.body_start + 1))
    near |= set(range(max(layout.body_end - 2, 0), min(layout.body_end + BELOW_BODY, len(layout.lines))))
    for heading in headings:
        near |= set(range(max(0, heading - 2), min(heading + NEAR_BODY, len(layout.lines))))
    return sorted(near)


def find_credits(layout: Layout, first_paragraph: str, headings: tuple[int, ...] = ()) -> Credits:
    """`headings`: lines that may hold the headline (ours, the cleaner's), under which bylines stand."""
    credits = Credits()
    _read_bylines(layout, credits, headings)
    _read_translators(layout, credits)
    read_dateline(layout, first_paragraph, credits)
    if credits.agency is None:
        credits.agency = agency_anywhere(layout)
    return credits


def _read_bylines(layout: Layout, credits: Credits, headings: tuple[int, ...]) -> None:
    """Bylines with a byline word or the cleaner's label in the header first, then below the body
    (where teasers of other articles carry bylines too); a bare name beside the date or inside the
    date line only when they name nobody, because such lines also stand above teasers."""
    marked = set(layout.lines_of("byline"))
    translator_label, byline_word = prefix("meta_translator_labels"), prefix("meta_byline_prefixes")
    near = {i for i in _lines_near_body(layout, headings) if (not layout.never_dated(i) or _caption_byline(layout, i, byline_word)) and (
        len(layout.lines[i]) <= BYLINE_CHARS
        or (len(layout.lines[i]) <= HEADER_LINE_CHARS and i in layout.dates and HEADER_SEPARATOR.search(layout.lines[i])))}
    bare: list[str] = []
    # Names no list knows, by line: read last, so their costlier checks wait until nothing else names anyone.
    unlisted: dict[int, list[str]] = {}
    unlisted_lines: list[int] = []
    below: list[str] = []
    below_lines = 0
    # Names of story cards' bylines: taken only where no other byline names anyone.
    teasers: list[str] = []
    # The last byline of a row of story cards above the body may be the article's: under the heading
    # nearest the body when no header byline names anyone, else only when nothing else does.
    headed_cards: list[str] = []
    last_cards: list[str] = []
    # Lines down to here are header, where the article's own byline stands; names beside dates
    # further down sign comments.
    header_end = layout.body_start + HEADER_INTO_BODY
    # The cleaner's date line belongs to the article's header wherever it stands ("Posted by A at
    # 2:33 PM"), unless it marked a list of them (a sidebar of other posts).
    date_lines = layout.lines_of("date")
    dated_header = {i for i in date_lines if len(layout.lines[i]) <= BYLINE_CHARS} if len(date_lines) <= BARE_NAMES else set()
    for index in sorted(marked | near | dated_header):
        line = layout.stripped[index]
        # A blank line names no one (no word list has an empty entry).
        if not line or translator_label.match(line):
            continue
        in_header = index <= header_end
        found = credits.authors if in_header else below
        named_below = len(below)
        dated = index in layout.dates
        # Every byline word holds an anchor word: a line without one (most) skips the slow readers.
        anchored = anchor_search()(line.lower()) is not None
        opened = anchored and byline_word.match(line)
        if opened:
            if in_header and _signs_teaser_cards(layout, index):
                found = teasers
            elif in_header and (card_steps := _card_neighbours(layout, index, byline_word)):
                found = [] if any(step > 0 for step in card_steps) else headed_cards if index - 1 == max(headings, default=-1) else last_cards
            elif not in_header and _title_above(layout, index, byline_word) and _beside_another_byline(layout, index, byline_word):
                found = []
            # A date right after the name ends it ("By Anna Muster March 12, 2024").
            end = min((date.start for date in layout.dates.get(index, ()) if date.start >= opened.end()), default=len(line))
            rest = line[opened.end():end]
            for part in SEPARATOR.split(rest):
                agency = canonical_agency(part) or ("(" in part and agency_from_marker(part))
                if agency and credits.agency is None:
                    credits.agency = agency
            names = (staff_credit(SEPARATOR.split(rest)[0]) or names_in(rest, minimum_tokens=1 if index in marked else 2)
                     or agency_credit(HEADER_SEPARATOR.split(rest)[0]))
            if not names and not rest.strip(" :/|-–—"):
                names = names_under_label(layout, index) or unlisted_name_under_label(layout, index)
            add_names(found, names or handle_on_dated_line(line, dated or _under_heading(index, headings)))
        elif HEADER_SEPARATOR.search(line) or dated or index in marked:
            names = names_after_byline_word(line) if anchored else []
            if not names and index in marked and not dated:
                names = [name for name in names_in(line, minimum_tokens=2) if leading_name(name) == name]
                if not names and in_header and beside_date_or_heading(layout, index, ()):
                    unlisted[index] = unlisted_name(layout, line, vouched=True)
            add_names(found, names or (handle_on_dated_line(line, dated) if anchored else []))
            if dated and not names and in_header and not dates_another_post(line):
                beside = names_beside_dates(line, layout.dates[index])
                add_names(bare, beside)
                unlisted[index] = [] if beside else unlisted_name_beside_dates(layout, line, index)
        elif len(line.split()) <= CREDIT_LINE_WORDS:
            names = ((anchored and names_after_byline_word(line, minimum_tokens=2)) or names_before_agency(line, credits)
                     or reporter(line))
            add_names(found, names)
            if not names and (in_header or index - layout.body_end <= SIGNATURE_LINES):
                # A name with its role has three words at least: most lines here are single menu words.
                name = bare_name(line) or (len(line.split(None, 2)) > 2 and (name_before_role(line) or name_after_role(line))) or None
                found = [name] if name else listed_bare_names(line) or (staff_credit(line) if len(line) <= STAFF_CHARS else [])
                if found and (beside_date_or_heading(layout, index, headings) or _names_over_body(layout, index, found)):
                    add_names(bare, found)
                elif not found:
                    if not lone_first_name(line):
                        lone = lone_word_dated(layout, index) if " " not in line else []
                        add_names(bare, lone)
                        if not lone:
                            unlisted_lines.append(index)
                    elif beside_date_or_heading(layout, index, ()):
                        add_names(bare, [line])
        below_lines += len(below) > named_below
    if any(" " in name for name in credits.authors):
        # A user name in lower case ("Gespeichert von anna_m") is the account that posted what the
        # person the header names in full wrote.
        credits.authors = [name for name in credits.authors if " " in name or not name.islower()]
    if not credits.authors:
        credits.authors = headed_cards or teasers or (below if below_lines <= BELOW_BYLINES else [])
    bare = [name for name in bare if not _subject_of_headline(layout, name, headings)]
    if not credits.authors and len(bare) <= BARE_NAMES:
        add_names(credits.authors, bare)
    if not credits.authors:
        add_names(credits.authors, signature(layout) or closing_signature(layout))
    if not credits.authors:
        add_names(credits.authors, author_box(layout, max(near, default=0) + 1))
    if not credits.authors:
        add_names(credits.authors, author_links(layout))
    if not credits.authors:
        add_names(credits.authors, author_bio(layout))
    if not credits.authors:
        _read_unlisted_lines(layout, unlisted_lines, unlisted)
        names: list[str] = []
        for index in sorted(unlisted):
            add_names(names, unlisted[index])
        if len(names) <= BARE_NAMES:
            add_names(credits.authors, names)
    if not credits.authors:
        add_names(credits.authors, last_cards or copyright_holder(layout))


def _read_unlisted_lines(layout: Layout, indices: list[int], unlisted: dict[int, list[str]]) -> None:
    """Lines beside a date that may be a name no list knows, vouched for by the page."""
    for index in indices:
        line = layout.stripped[index]
        listed = unlisted_listed_names(layout, line)
        if listed and (beside_date_or_heading(layout, index, ()) or _names_over_body(layout, index, listed)):
            unlisted[index] = listed
            continue
        # A name, perhaps with its role or printed twice, has two words or more and opens with a capital.
        if not (line[0].isupper() and 1 <= line.count(" ") < CREDIT_LINE_WORDS):
            continue
        names = (unlisted_name(layout, line, vouched=header_date_beside(layout, index)) or unlisted_name_with_role(layout, index, line)
                 or unlisted_name_before_place(layout, line))
        if names and beside_date_or_heading(layout, index, ()):
            unlisted[index] = names


def _names_over_body(layout: Layout, index: int, names: list[str]) -> bool:
    """"Anna Muster und Ben Beispiel" alone on a line right above the text or among its first lines
    (a teaser taken for its start): full names listed with a conjunction sign it without a date
    beside them; a single name there is as often a subheading."""
    return len(names) > 1 and abs(layout.body_start - index) <= NAMES_OVER_BODY


def _caption_byline(layout: Layout, index: int, byline_word: re.Pattern[str]) -> bool:
    """The cleaner takes a byline that credits the picture too ("Von Anna Muster Foto: dpa", "Anna
    Muster / 3.5.2021 / Foto: dpa") for a caption; it is read if it opens with a byline word or
    with a name followed by the date, which a caption's sentence does not."""
    if index not in layout.caption_lines or index in layout.kinds:
        return False
    line = layout.stripped[index]
    if byline_word.match(line):
        return True
    if index not in layout.dates:
        return False
    first = DATE_LINE_SEPARATOR.split(line, 1)[0]
    return leading_name(first) == first


def _signs_teaser_cards(layout: Layout, index: int) -> bool:
    """The same byline under different titles signs a list of stories; a header printed twice
    (for phone and desktop) repeats its headline above it too."""
    line = layout.stripped[index]
    above = {layout.stripped[i - 1] for i, other in enumerate(layout.stripped) if other == line and i}
    return len(above) >= TEASER_CARDS


CARD_STEPS = (2, 3)
"""Lines from one story card's byline to the next: a title between them, or a title and a teaser line."""

CARD_TITLE_WORDS = 20
"""Most words of a story card's title; a longer line above a byline is the article's first paragraph."""


def _card_neighbours(layout: Layout, index: int, byline_word: re.Pattern[str]) -> list[int]:
    """A header byline under a title, with another byline under another title a card's length away,
    is one of a row of story cards ("Meistgelesen" above the headline): the steps (negative
    above) to those other bylines. The last of the row may be the article's own, printed right
    under the cards."""
    if not _card_title_above(layout, index, byline_word):
        return []
    lines = layout.stripped
    return [other - index for step in CARD_STEPS for other in (index - step, index + step)
            if 0 <= other < len(lines) and byline_word.match(lines[other]) and lines[other] != lines[index]
            and _card_title_above(layout, other, byline_word)]


def _card_title_above(layout: Layout, index: int, byline_word: re.Pattern[str]) -> bool:
    return len(_title_above(layout, index, byline_word).split()) in range(3, CARD_TITLE_WORDS + 1)


def _beside_another_byline(layout: Layout, index: int, byline_word: re.Pattern[str]) -> bool:
    lines = layout.stripped
    return any(byline_word.match(lines[other]) and lines[other] != lines[index]
               for other in range(max(0, index - CARD_LINES), min(index + CARD_LINES + 1, len(lines))) if other != index)


def _title_above(layout: Layout, index: int, byline_word: re.Pattern[str]) -> str:
    """The line above a byline if it reads like a story's title, as over a teaser's byline: three
    words at least, no date, no byline."""
    above = layout.stripped[index - 1] if index else ""
    return above if len(above.split()) >= 3 and index - 1 not in layout.dates and not byline_word.match(above) else ""


def _subject_of_headline(layout: Layout, name: str, headings: tuple[int, ...]) -> bool:
    """A bare name the headline holds, but not as its opening ("Anna Muster: Warum …", a
    column), is whom the article is about, pictured beside the date ("Meet Artist Anna Muster");
    a heading that lists nothing but names is a byline taken for one."""
    for heading in headings:
        title = layout.stripped[heading]
        if name in title and not title.startswith(name) and not listed_bare_names(title):
            return True
    return False


def _under_heading(index: int, headings: tuple[int, ...]) -> bool:
    return any(0 < index - heading <= 2 for heading in headings)


def _read_translators(layout: Layout, credits: Credits) -> None:
    marked = layout.lines_of("translator")
    candidates = marked or [i for i in _lines_near_body(layout) if len(layout.lines[i]) <= BYLINE_CHARS]
    label = prefix("meta_translator_labels")
    for index in candidates:
        line = layout.stripped[index]
        opened = line and label.match(line)
        if opened:
            add_names(credits.translators, names_in(line[opened.end():], minimum_tokens=1))
