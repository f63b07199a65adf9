"""Who wrote, translated and supplied the article, and where it was filed from.

Bylines are read from the cleaner's byline/translator/agency furniture and, because the cleaner
can miss them, from short lines right above or below the body that open with a byline word
("Von", "By") or hold one alone above the name ("Autor:" / "Anna Muster"). Header bylines win
over those below the body. Only when neither names anyone, a bare name beside the date or inside
the date line is taken (`names.py`). The words are data (`meta_byline_prefixes`,
`meta_translator_labels`, `meta_name_stops`, `meta_name_roles`, `meta_staff_credits`, `common/meta_agencies`,
`common/meta_first_names`), so a new language is a new data folder.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import compress, count
from operator import eq, itemgetter

from lagebild.meta.dates import find_dates, month_names
from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import all_entries, contains_word
from lagebild.meta.published import dates_another_post
from lagebild.meta.relative import relative_date
from lagebild.meta.names import (NAME_WORDS, ROLE_AFTER_NAME, bare_name, is_first_name, is_role, is_title, leading_name, name_after_role,
                                  name_before_role, name_stops, particles)
from lagebild.resources import word_list

BYLINE_CHARS = 120
"""Bylines are short; a longer line opening with "Von" is a sentence."""

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

AGENCY_BELOW_BODY = 8
"""Lines below the body's end where its agency marker may stand; further down, teasers carry theirs."""

BELOW_BODY = 10
"""Lines below the body's end where the author box stands, after tags and sharing buttons; further
down, bylines belong to teasers of other articles."""

DATELINE_CHARS = 40
"""A dateline the cleaner marked but no pattern reads is kept only if it is this short: a longer
one is a paragraph whose place name ran into the text."""

HEADER_SEPARATOR = re.compile(r"\s[|·•]\s|\s[-–—]\s")
"""What divides the parts of a header line ("Von A | 3. Mai 2021 | Politik")."""

DATE_LINE_SEPARATOR = re.compile(r"\s*(?:[|·•,]|//|\s/\s|\s[-–—]\s)\s*")
"""What divides the parts of a dated line around a bare author name."""

WORD_END = r"(?:\b|(?=(?-i:[A-ZÄÖÜ][a-zäöüß])))"
"""Where a byline word ends: at a word boundary, or where the page dump glued the name to it
("ByAnna Muster", "Veröffentlicht vonAnna Muster"), at a capital followed by a small letter."""

BARE_NAMES = 2
"""More bare names beside dates above the body are a list (comments, other posts), not bylines."""

ANY_DAY = date(2000, 1, 1)
"""A relative date beside a name ("vor 3 Stunden") marks a header whatever day it resolves to."""

HEADER_INTO_BODY = 4
"""Lines after the body's first line still read as header: a teaser line is often taken for it."""

SIGNATURE_LINES = 4
"""Lines under the body's end where a bare name beside a date signs the article ("Anna Muster" /
"3. Mai 2021" closing a blog post); further down such pairs head teasers and comments. Above the
body's end the lines read are those under the headline, where a body found too high (starting
at a teaser) has put the header's byline."""

LABEL_CHARS = 30
"""Longest line that is a byline label alone ("Über den Autor / die Autorin")."""

STAFF_CHARS = 30
"""Longest line that can be a newsroom credit alone ("Online-Redaktion")."""

GLUED_ROLE = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]*[a-zß-ÿ])(?P<role>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)")
"""A surname the page dump glued to the role after it ("MusterStaff Writer")."""

FIRST_CHAR = itemgetter(0)

_HANDLE = re.compile(r"[^\W\d_][\w.-]{2,29}")

SEPARATOR = re.compile(r"\s*(?:,|;|&|\||/|·|\bund\b|\band\b|\bsowie\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    agency: str | None = None
    dateline: str | None = None


def _alternation(name: str) -> str:
    """The entries of a word list as one alternation, longest first, so that "Text & Fotos:" is
    read as one label rather than as "Text" followed by a name."""
    return "|".join(sorted(all_entries(name), key=len, reverse=True))


@cache
def _prefix(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_alternation(name)}){WORD_END}\s*:?\s*", re.IGNORECASE)


@cache
def _infix() -> re.Pattern[str]:
    """A byline word inside a line, directly before a capitalised name."""
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{_alternation('meta_byline_prefixes')}){WORD_END}\s*:?\s*(?=[A-ZÀ-ÖØ-Þ])",
                      re.IGNORECASE)


@cache
def _infix_anchors() -> tuple[str, ...]:
    """A word that every byline word holds outside its optional parts ("von" in "verfasst\\s+von",
    "autor" in "autor(?:in)?"): a line without any cannot match `_infix`, whose search is slow."""
    required = [re.findall(r"[^\W\d_]+", re.sub(r".[?*]", " ", re.sub(
        r"\((?:[^()]|\([^()]*\))*\)[?*]?", " ", re.sub(r"\\.", " ", entry.lower())))) for entry in all_entries("meta_byline_prefixes")]
    if not all(required):
        return ("",)
    anchors: list[str] = []
    # Entries of one word first, so that "verfasst\s+von" is covered by "von" rather than adding "verfasst".
    for runs in sorted(required, key=len):
        if not any(anchor in run for run in runs for anchor in anchors):
            anchors.append(max(runs, key=len))
    return tuple(a for a in anchors if not any(b != a and b in a for b in anchors))


@cache
def _anchor_search():
    """One search for any anchor instead of a substring test per anchor."""
    return re.compile("|".join(map(re.escape, _infix_anchors()))).search


@cache
def agencies() -> tuple[str, ...]:
    return tuple(sorted(word_list("common", "meta_agencies"), key=len, reverse=True))


@cache
def _agency_marker() -> re.Pattern[str]:
    """"(AFP/jmh)", "(dpa)", "(Reuters, AP)": an agency in parentheses, optionally with editor initials."""
    names = "|".join(re.escape(a) for a in agencies())
    return re.compile(rf"\((?P<list>(?:{names})(?:\s*[/,;]\s*[\w.-]{{1,20}}){{0,4}})\)", re.IGNORECASE)


@cache
def _datelines() -> tuple[re.Pattern[str], ...]:
    """"BERLIN (dpa) -", "SEOUL.-", "Berlin (dpa) –": a place opening the first paragraph.

    A place in capitals needs only the dash after it; a normally written place needs an agency."""
    names = "|".join(re.escape(a) for a in agencies())
    agency = rf"\((?P<agency>(?:{names})[^)]{{0,25}})\)"
    return (
        re.compile(rf"^(?P<place>[A-ZÄÖÜÉ][A-ZÄÖÜÉ'\-/ ]{{2,40}}?)\s*(?:{agency})?\s*[.,]?\s*[-–—]\s"),
        re.compile(rf"^(?P<place>[A-ZÄÖÜÉ][\w'\-/ ]{{2,40}}?)\s*{agency}\s*[.,:]?\s*[-–—:]?\s"),
    )


def canonical_agency(text: str) -> str | None:
    lowered = text.strip().lower()
    for name in agencies():
        if lowered == name.lower():
            return name
    return None


def opens_byline(line: str) -> bool:
    """"Von Anna Muster", "By A and B": a byline word followed by names, in a short line."""
    line = line.strip()
    opened = _prefix("meta_byline_prefixes").match(line)
    return bool(opened) and len(line.split()) <= 12 and bool(names_in(line[opened.end():], minimum_tokens=1))


def names_in(text: str, minimum_tokens: int = 2) -> list[str]:
    """Person names in the rest of a byline: capitalised words, split at "und"/"and"/commas.

    When several names are listed, one-word parts are dropped: "Von Risiken und Nebenwirkungen"
    lists no people, while a blog's single "von Heiko" may. A byline word followed by a phrase in
    lower case ("Interview mit Anna Muster") names the people talked to, not the authors; a word
    ending in a colon is the label of what follows ("Kategorien: Politik")."""
    names = []
    parts = [p for p in SEPARATOR.split(text) if p.strip()]
    if parts and _opens_phrase(parts[0]):
        return []
    for part in parts:
        tokens = []
        for token in part.split():
            if token.endswith(":") or (token[0] in "([" and tokens):
                # A label, or what the person did in parentheses ("Anna Muster (Text)").
                break
            bare = token.strip(":()[]\"'“”„")
            if len(bare) > 2 and bare.endswith(".") and "." not in bare[:-1]:
                bare = bare[:-1]
            if not bare or bare.lower() in name_stops() and bare.lower() not in particles():
                break
            if not tokens and is_title(token):
                continue
            if "@" in bare:
                # A handle glued to the name ("Anna Muster@annamuster") ends it.
                if bare[0] != "@":
                    tokens.append(bare.split("@", 1)[0])
                break
            glued = GLUED_ROLE.match(bare)
            if glued and glued.group("role").lower() in name_stops():
                tokens.append(glued.group("name"))
                break
            if bare[0].isupper() or (bare.lower() in particles() and tokens):
                tokens.append(bare)
            else:
                break
        while tokens and tokens[-1].lower() in particles():
            tokens.pop()
        half = len(tokens) // 2
        if half >= NAME_WORDS[0] and tokens[:half] == tokens[half:]:
            # The name printed twice (the picture's alt text and the link) counts once.
            tokens = tokens[:half]
        shortest = max(minimum_tokens, 2) if len(parts) > 1 else minimum_tokens
        if (shortest <= len(tokens) <= 5 and canonical_agency(" ".join(tokens)) is None and not _licence_marks(tokens)
                and (not names or _another_person(tokens, listed=CONJUNCTION.search(text) is not None))):
            names.append(" ".join(tokens))
    return names


def _licence_marks(tokens: list[str]) -> bool:
    """"CC BY NC ND": two-letter capitals after "by" are the terms of a licence, not a person."""
    return len(tokens) > 1 and all(len(token) <= 2 and token.isupper() and token.isalpha() for token in tokens)


CONJUNCTION = re.compile(r"\s(?:und|and|sowie|&|et|y|e)\s", re.IGNORECASE)


def _another_person(tokens: list[str], listed: bool) -> bool:
    """After a name, a part is the outlet or the place the person writes for ("By Anna Muster, BBC
    News, New York", "Von Anna Muster, Süddeutsche Zeitung") unless it opens with a first name or
    the byline lists people with "and" ("By A, B and C")."""
    if any(token.lower() in _outlet_words() for token in tokens):
        return False
    if any(token.isupper() and len(token) > 1 for token in tokens) and not all(token.isupper() for token in tokens):
        return False
    return listed or is_first_name(tokens[0], vouched=True)


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(all_entries("meta_name_outlet_words"))


def _opens_phrase(text: str) -> bool:
    first = text.split(None, 1)[0]
    return first[:1].islower() and first.lower() not in particles()


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
    _read_dateline(layout, first_paragraph, credits)
    if credits.agency is None:
        credits.agency = _agency_anywhere(layout)
    return credits


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


def _read_bylines(layout: Layout, credits: Credits, headings: tuple[int, ...]) -> None:
    """Bylines with a byline word or the cleaner's label in the header first, then below the body
    (where teasers of other articles carry bylines too); a bare name beside the date or inside the
    date line only when they name nobody, because such lines also stand above teasers."""
    marked = set(layout.lines_of("byline"))
    translator_label, byline_word = _prefix("meta_translator_labels"), _prefix("meta_byline_prefixes")
    near = {i for i in _lines_near_body(layout, headings) if (not layout.never_dated(i) or _caption_byline(layout, i, byline_word)) and (
        len(layout.lines[i]) <= BYLINE_CHARS
        or (len(layout.lines[i]) <= HEADER_LINE_CHARS and i in layout.dates and HEADER_SEPARATOR.search(layout.lines[i])))}
    bare: list[str] = []
    unlisted: list[str] = []
    below: list[str] = []
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
        dated = index in layout.dates
        # Every byline word holds an anchor word: a line without one (most) skips the slow readers.
        anchored = _anchor_search()(line.lower()) is not None
        opened = anchored and byline_word.match(line)
        if opened:
            rest = line[opened.end():]
            for part in SEPARATOR.split(rest):
                agency = canonical_agency(part) or ("(" in part and _agency_from_marker(part))
                if agency and credits.agency is None:
                    credits.agency = agency
            names = (_staff_credit(SEPARATOR.split(rest)[0]) or names_in(rest, minimum_tokens=1 if index in marked else 2)
                     or _agency_credit(HEADER_SEPARATOR.split(rest)[0]))
            if not names and not rest.strip(" :/|-–—"):
                names = _names_under_label(layout, index)
            _add(found, names or _handle_on_dated_line(line, dated or _under_heading(index, headings)))
        elif HEADER_SEPARATOR.search(line) or dated or index in marked:
            names = _names_after_byline_word(line) if anchored else []
            if not names and index in marked and not dated:
                names = [name for name in names_in(line, minimum_tokens=2) if leading_name(name) == name]
            _add(found, names or _handle_on_dated_line(line, dated))
            if dated and not names and in_header and not dates_another_post(line):
                beside = _names_beside_dates(line, layout.dates[index])
                _add(bare, beside)
                _add(unlisted, [] if beside else _unlisted_name_beside_dates(layout, line, index))
        elif len(line.split()) <= CREDIT_LINE_WORDS:
            names = ((anchored and _names_after_byline_word(line, minimum_tokens=2)) or _names_before_agency(line, credits)
                     or _reporter(line))
            _add(found, names)
            if not names and (in_header or index - layout.body_end <= SIGNATURE_LINES):
                name = bare_name(line) or name_before_role(line) or name_after_role(line)
                found = [name] if name else _bare_names(line) or (_staff_credit(line) if len(line) <= STAFF_CHARS else [])
                if found and _beside_date_or_heading(layout, index, headings):
                    _add(bare, found)
                elif not found:
                    lone = [line] if _lone_first_name(line) else []
                    unlisted_names = [] if lone else _unlisted_name(layout, line)
                    if (lone or unlisted_names) and _beside_date_or_heading(layout, index, ()):
                        _add(bare, lone)
                        _add(unlisted, unlisted_names)
    if not credits.authors:
        credits.authors = below
    if not credits.authors and len(bare) <= BARE_NAMES:
        _add(credits.authors, bare)
    if not credits.authors:
        _add(credits.authors, _signature(layout) or _closing_signature(layout))
    if not credits.authors:
        _add(credits.authors, _author_box(layout, max(near, default=0) + 1))
    if not credits.authors:
        _add(credits.authors, _author_links(layout))
    if not credits.authors:
        _add(credits.authors, _author_bio(layout))
    if not credits.authors and len(unlisted) <= BARE_NAMES:
        _add(credits.authors, unlisted)
    if not credits.authors:
        _add(credits.authors, _copyright_holder(layout))


def _lone_first_name(line: str) -> bool:
    """"Benni" above or below the date: bloggers sign with their first name alone; beside a
    headline, where section names stand, a single word needs the date, and a month's name ("May",
    "August") beside it is part of it."""
    return (line.isalpha() and line[0].isupper() and not line.isupper() and line.lower() not in name_stops()
            and line.lower() not in month_names() and is_first_name(line))


def _bare_names(line: str) -> list[str]:
    """"Anna Muster und Ben Beispiel", "Mary Example, Tom Sample and Lena Demo": bare names listed."""
    if not CONJUNCTION.search(line):
        return []
    names = [bare_name(part) for part in SEPARATOR.split(line) if part.strip()]
    return names if len(names) > 1 and all(names) else []


def _names_before_agency(line: str, credits: Credits) -> list[str]:
    """"Anna Muster, dpa", "Mary Example and Tom Sample / Reuters": names credited together with
    the agency they wrote for; the agency vouches for names whose first names no list knows."""
    tail = line.rstrip(") ")
    if not tail.lower().endswith(_agency_endings()) or tail[max(map(tail.rfind, " /,(")) + 1:].lower() not in _agency_last_words():
        return []
    parts = [part.strip() for part in SEPARATOR.split(line) if part.strip()]
    agency = canonical_agency(parts[-1].strip("()")) if len(parts) > 1 else None
    names = parts[:-1]
    if not (agency and all(_name_shaped(name) and names_in(name) == [name] for name in names)):
        return []
    credits.agency = credits.agency or agency
    return names


@cache
def _agency_last_words() -> frozenset[str]:
    return frozenset(name.lower().split()[-1] for name in agencies())


@cache
def _agency_endings() -> tuple[str, ...]:
    """The same words as a tuple, which `str.endswith` tests at once: a cheap test that most lines fail."""
    return tuple(_agency_last_words())


def _reporter(line: str) -> list[str]:
    """"Anna Muster berichtet aus Kiew", "Mary Example reports from Kyiv"."""
    found = _report_words().search(line)
    name = found and leading_name(line[:found.start()])
    return [name] if name and line[:found.start()].rstrip() == name else []


@cache
def _report_words() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{_alternation('meta_byline_reports')})\s+(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def _signature(layout: Layout) -> list[str]:
    """A name alone on the first line under the body signs it ("Anna Muster" / "Pressesprecherin"),
    unless the body speaks of that person (an interview's guest) or more names follow (a list of
    signatories or contributors). A line about the person after it is a biography, which
    `_author_bio` weighs."""
    filled = [i for i in range(layout.body_end + 1, min(layout.body_end + 4, len(layout.lines))) if layout.stripped[i]]
    name = bare_name(layout.stripped[filled[0]]) if filled else None
    following = layout.stripped[filled[1]] if len(filled) > 1 else ""
    if name is None or layout.never_dated(filled[0]) or _name_shaped(following) or following.startswith(name.split()[0]):
        return []
    body = "\n".join(layout.lines[layout.body_start:layout.body_end + 1])
    spoken_of = any(contains_word(body, word) for word in name.split() if word.lower() not in particles())
    return [] if spoken_of else [name]


CLOSING_NAME = re.compile(r"[.!?…\"“”»]\s*\((?P<name>[^()]{5,60})\)[\s+.*]*$")
"""A name in parentheses after the last sentence ("… bleibt spannend. (Anna Muster)")."""


def _closing_signature(layout: Layout) -> list[str]:
    """Regional papers sign the text with the author's name in parentheses after its last sentence,
    where an agency's text has "(dpa)"."""
    for index in range(layout.body_end, min(layout.body_end + BELOW_BODY, len(layout.lines))):
        found = not layout.never_dated(index) and CLOSING_NAME.search(layout.stripped[index])
        if found:
            name = found.group("name").strip()
            return [name] if leading_name(name) == name else []
    return []


def _name_shaped(line: str) -> bool:
    """Two to four capitalised words, perhaps with a role after a comma: the next entry of a list of
    names ("Ben Beispiel, Autor"), whose first names no list may know."""
    words = line.split(",", 1)[0].split()
    return NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(
        word[0].isupper() and word.replace("-", "").isalpha() for word in words)


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


def _author_box(layout: Layout, start: int) -> list[str]:
    """"Über den Autor" / "Geschrieben von" alone on a line further down, above the name: an author
    box after comments or teasers, read only when nothing nearer names anyone."""
    lines = layout.stripped
    for index in compress(range(start, len(lines)), map(LABEL_CHARS.__ge__, map(len, lines[start:]))):
        line = lines[index]
        if line and not layout.never_dated(index):
            opened = _prefix("meta_byline_prefixes").match(line)
            if opened and not line[opened.end():].strip(" :/|-–—"):
                names = _names_under_label(layout, index)
                if names:
                    return names
    return []


AUTHOR_LINK_CHARS = 60
"""Longest line that is a link to an author's other articles ("Alle Artikel von Anna Muster →")."""


def _author_links(layout: Layout) -> list[str]:
    """"Mehr von Anna Muster", "Latest posts by Anna Muster": an author box links to the author's
    other articles anywhere on the page; the same words before an outlet ("More from Reuters") or a
    topic name nobody, so the name must open with a first name."""
    link = _prefix("meta_byline_author_links")
    names: list[str] = []
    for index in _lines_opening_with(layout, _author_link()):
        line = layout.stripped[index]
        opened = len(line) <= AUTHOR_LINK_CHARS and layout.kinds.get(index) != "comment" and link.match(line)
        if opened:
            _add(names, [name for name in names_in(line[opened.end():], minimum_tokens=1)
                         if is_first_name(name.split()[0], vouched=True)])
    return names


def _lines_opening_with(layout: Layout, opening: re.Pattern[str]) -> list[int]:
    """The lines that open with `opening` (a pattern that starts with a newline): one search over
    the page, which finds the newlines fast, instead of a match per line."""
    page = layout.page
    indices, position, index = [], 0, 0
    for found in opening.finditer("\n" + page):
        # Newlines are counted from the previous hit on, not from the page's start each time.
        index += page.count("\n", position, found.start())
        position = found.start()
        indices.append(index)
    return indices


@cache
def _author_link() -> re.Pattern[str]:
    return re.compile(rf"\n[^\S\n]*[^\w\n]*(?:{_alternation('meta_byline_author_links')}){WORD_END}", re.IGNORECASE)


COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*(?:by\s+)?"
                       r"(?P<holder>[^.|·•,–—]+?)\.?\s*(?P<rest>(?:$|[|·•,–—]|\.\s).*)", re.IGNORECASE)
""""© 2020 Anna Muster", "Copyright (c) 2012-2020 Anna Muster. All rights reserved." in a page footer."""

COPYRIGHT_OPENING = re.compile(r"\n[^\S\n]*(?:©|\(c\)|copyright)", re.IGNORECASE)


def _copyright_holder(layout: Layout) -> list[str]:
    """A personal blog names its author only in the footer's copyright notice, which a newsroom
    gives to its publisher ("© 2024 Beispiel Verlag GmbH", which a name stop cuts short). The
    year is required: a bare "© Anna Muster" credits a picture."""
    rights = _prefix("meta_byline_rights")
    holders: list[str] = []
    for index in _lines_opening_with(layout, COPYRIGHT_OPENING):
        found = index > layout.body_end and COPYRIGHT.match(layout.stripped[index])
        if found:
            holder, rest = found.group("holder").strip(), found.group("rest").lstrip(" .")
            if leading_name(holder) == holder and (not rest or rest[0] in "|·•,–—" or rights.match(rest)):
                _add(holders, [holder])
    return holders if len(holders) == 1 else []


BIO_NAME_CHARS = 60
"""Longest line that holds the name above an author's biography."""

BIO_ROLE_WORDS = 2
"""Words the name line may add after the name ("Anna Muster Staff Writer"); more make it a sentence."""

BIO_WORDS = 8
"""Fewest words of a biography line, which holds a full stop like any sentence."""

SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _is_biography(line: str) -> bool:
    return len(line.split()) >= BIO_WORDS and SENTENCE_STOP.search(line) is not None


def _author_bio(layout: Layout) -> list[str]:
    """An author box without a label: the name on a line of its own, and a biography under it that
    opens with the same name and a verb ("Anna Muster / Anna Muster ist Redakteurin im Ressort
    Politik."). Read only when nothing else names anyone: teasers of other articles never repeat
    the name, and in a list of comments ("Anna Muster bei <Titel>") the line above is no name alone.

    Only pairs of consecutive non-blank lines that open with the same letter can be such a pair;
    they are picked out by iterators without a Python step per line."""
    lines = layout.stripped
    filled = list(compress(count(), lines))
    openings = list(map(FIRST_CHAR, map(lines.__getitem__, filled)))
    for above, index in compress(zip(filled, filled[1:]), map(eq, openings, openings[1:])):
        line, above_line = lines[index], lines[above]
        if (len(above_line) <= BIO_NAME_CHARS and line.startswith(above_line.split(" ", 1)[0])
                and _is_biography(line) and not layout.never_dated(index)):
            names = names_in(above_line, minimum_tokens=2)
            if (len(names) == 1 and len(above_line.split()) <= len(names[0].split()) + BIO_ROLE_WORDS
                    and leading_name(names[0]) == names[0] and _opens_biography(line, names[0])):
                return names
    return []


def _opens_biography(line: str, name: str) -> bool:
    """The line goes on after the name with a word in lower case, as a sentence about the person does."""
    rest = line[len(name):] if line.startswith(name) else ""
    return rest[:1] == " " and rest[1:2].islower()


def _names_under_label(layout: Layout, index: int) -> list[str]:
    """"Von" / "Autor:" / "By" alone on a line: the name stands on the next line. A label also
    opens search forms ("Von: Suche"), so the name must open with a first name unless it is a
    lower-case user name, or be printed again right below (the picture's alt text, a biography that
    opens with it: "Anna Muster (Jahrgang 1970) schreibt …"), which a search form's words are not."""
    for following in range(index + 1, min(index + 3, len(layout.lines))):
        line = layout.stripped[following]
        if line:
            if _HANDLE.fullmatch(line) and not line[0].isupper():
                return [line]
            names = [name for name in names_in(line, minimum_tokens=1)
                     if leading_name(name) or is_first_name(name.split()[0], vouched=True)
                     or (len(name.split()) > 1 and _repeated_below(layout, following, name))]
            return names + _more_names_listed(layout, following) if names else _staff_credit(line)
    return []


LISTED_NAMES = 6
"""Most lines under a byline label read for further authors and their social handles."""


def _more_names_listed(layout: Layout, index: int) -> list[str]:
    """"By" / "Anna Muster" / "@annamuster" / "Ben Beispiel": the label lists every author on a
    line of their own, each perhaps followed by a handle line; the list ends at any other line."""
    names = []
    for line in layout.stripped[index + 1:index + 1 + LISTED_NAMES]:
        if line.startswith("@") or not line:
            continue
        name = bare_name(line)
        if name is None:
            break
        names.append(name)
    return names


def _repeated_below(layout: Layout, index: int, name: str) -> bool:
    return any(line.startswith(name) for line in layout.stripped[index + 1:index + 3])


def _names_beside_dates(line: str, dates: list) -> list[str]:
    """"3. Mai 2021 | Anna Muster | 2 Kommentare", "Anna Muster, 3.5.2021": the parts of a dated
    line around its dates that open with a person's name."""
    parts, start = [], 0
    for found in dates:
        parts.append(line[start:found.start])
        start = found.end
    parts.append(line[start:])
    names = []
    for text in parts:
        for part in DATE_LINE_SEPARATOR.split(text):
            part = part.strip(" -–—|·•,/")
            names += [name] if (name := leading_name(part)) else _staff_credit(part)
    return names or _handle_beside_dates(parts)


HANDLE_WORD = re.compile(r"[a-z][a-z0-9_.-]{1,29}")
"""A user name or initials as blogs and regional papers print them: in lower case ("mh", "anna_m")."""


def _handle_beside_dates(parts: list[str]) -> list[str]:
    """"mh 3. Mai 2021", "03.05.2021 11:36 anna_m": a dated line that holds nothing but its dates
    and one lower-case word names whoever posted, unless the word belongs to the date ("Uhr", "CET",
    "aktualisiert")."""
    words = " ".join(parts).replace("|", " ").split()
    if len(words) != 1:
        return []
    word = words[0].strip(" -–—·•,/()")
    return [word] if HANDLE_WORD.fullmatch(word) and word not in _date_words() else []


PROPER_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?")
"""A word of a name as it is spelled: a capital, then small letters ("Ricker", "Müller-Lüdenscheidt")."""


def _unlisted_name(layout: Layout, text: str) -> list[str]:
    """"Dominik Ricker" beside the date, though the census and our lists lack "Dominik": the first
    names of 54 countries vouch for it when the words are shaped like a name (particles between),
    none is a role, month or word that ends a name, and none is a word the page prints alone on a
    line (menu entries, sections) or, unless the name recurs on another line (the author box, the
    picture's alt text), writes in lower case ("Jordan Valley", "Christian Democrats")."""
    words = text.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
        return []
    proper = [word for word in words if word.lower() not in particles()]
    if proper[-1] != words[-1] or len(proper) > 3 or not all(map(PROPER_WORD.fullmatch, proper)):
        return []
    lowered = [word.lower() for word in proper]
    if any(word in name_stops() or word in _outlet_words() or word in month_names() or word in _lowercase_words() or is_role(word)
           for word in lowered) or not is_first_name(words[0], vouched=True):
        return []
    if any(word in layout.stripped for word in proper):
        return []
    if any(contains_word(layout.page, word) for word in lowered) and layout.page.count(text) < 2:
        return []
    return [text]


def _unlisted_name_beside_dates(layout: Layout, line: str, index: int) -> list[str]:
    """"21. Jan 2022 // Dominik Ricker | 2 Kommentare": the first part of a dated header line that is an unlisted name."""
    for part in DATE_LINE_SEPARATOR.split(_without_dates(line, layout.dates[index])):
        names = _unlisted_name(layout, part.strip(" -–—|·•,/"))
        if names:
            return names
    return []


def _without_dates(line: str, dates: list) -> str:
    kept, start = [], 0
    for found in dates:
        kept.append(line[start:found.start])
        start = found.end
    return " | ".join([*kept, line[start:]])


@cache
def _lowercase_words() -> frozenset[str]:
    return frozenset(all_entries("ner_lowercase_words"))


@cache
def _date_words() -> frozenset[str]:
    labels = [*all_entries("meta_published_labels"), *all_entries("meta_updated_labels")]
    return frozenset(word_list("common", "meta_byline_date_words")) | {
        word for label in labels for word in re.findall(r"[^\W\d_]+", label.lower())}


OUTLET_WORDS = 2
"""Most words of the outlet's name before a newsroom credit ("Beispiel Kurier Redaktion")."""

ABBREVIATED_CREDIT = 3
"""An abbreviated credit ("red") is one only alone: after a name it may be a word of it."""


def _staff_credit(text: str) -> list[str]:
    """"Redaktion", "Staff", "BBC Newsroom", "SZ-Redaktion": a byline that credits the newsroom,
    perhaps under the outlet's name, rather than a person."""
    text = text.strip(" :,.-–—|")
    lowered = text.lower()
    if lowered in _staff_credits():
        return [text]
    credited = lowered.endswith(_credit_endings()) and _credit_after_outlet().match(text)
    outlet = credited.group("outlet").split() if credited else ()
    return [text] if 0 < len(outlet) <= OUTLET_WORDS and all(word[0].isupper() for word in outlet) else []


@cache
def _credit_after_outlet() -> re.Pattern[str]:
    return re.compile(rf"(?P<outlet>.+?)[ -](?:{'|'.join(map(re.escape, _credit_endings()))})$", re.IGNORECASE)


@cache
def _credit_endings() -> tuple[str, ...]:
    """The credits that may follow an outlet's name, longest first; as a tuple, `str.endswith`
    rules out most lines before the pattern, whose search from every start is slow."""
    return tuple(sorted((credit for credit in _staff_credits() if len(credit) > ABBREVIATED_CREDIT), key=len, reverse=True))


AGENCY_CREDIT = re.compile(r"^(?:[\w-]{1,12}\s*[/,]\s*){0,3}[\w-]{1,12}$")
""""dpa", "det/dpa", "AFP/Reuters": agencies and editors' initials, nothing else."""


def _agency_credit(text: str) -> list[str]:
    """"Von: det/dpa", "By Reuters": a byline that credits an agency (perhaps with the initials of
    the editor who handled the text) makes the agency the author, as "Redaktion" does a newsroom."""
    text = text.strip(" :,.-–—|")
    if not AGENCY_CREDIT.match(text):
        return []
    return [text] if any(canonical_agency(part) for part in re.split(r"\s*[/,]\s*", text)) else []


@cache
def _staff_credits() -> frozenset[str]:
    return frozenset(entry.lower() for entry in all_entries("meta_staff_credits"))


def _under_heading(index: int, headings: tuple[int, ...]) -> bool:
    return any(0 < index - heading <= 2 for heading in headings)


def _beside_date_or_heading(layout: Layout, index: int, headings: tuple[int, ...]) -> bool:
    """A name under the headline or next to a date; a name above the headline is a picture's. The
    lines of the author's card between the name and the date ("Anna Muster" / "Political Editor" /
    "@annamuster" / date) do not count as distance."""
    above, below = _card_end(layout, index, -1), _card_end(layout, index, 1)
    for other in (above - 1, above, below, below + 1):
        if (other in headings and other < index) or (other in layout.dates and not layout.never_dated(other)):
            return True
    return any(relative_date(layout.lines[other], ANY_DAY) for other in (above, below)
               if 0 <= other < len(layout.lines) and len(layout.lines[other]) <= BYLINE_CHARS)


CARD_LINES = 3
"""Most lines of an author's card (role, handle, e-mail address) beside the name."""

CARD_HANDLE = re.compile(r"@[\w.]{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
""""@annamuster", "anna.muster@example.org": a handle or address alone on a line."""


def _card_end(layout: Layout, index: int, step: int) -> int:
    """The first line from `index` in direction `step` that is not part of the name's card."""
    other = index + step
    while abs(other - index) <= CARD_LINES and 0 <= other < len(layout.lines) and _card_line(layout.stripped[other]):
        other += step
    return other


def _card_line(line: str) -> bool:
    """"Political Editor", "@annamuster": what an author's card prints beside the name."""
    if CARD_HANDLE.fullmatch(line):
        return True
    words = line.split()
    return 0 < len(words) <= ROLE_AFTER_NAME and all(word[0].isupper() for word in words) and is_role(words[-1])


def _names_after_byline_word(line: str, minimum_tokens: int = 1) -> list[str]:
    """"Posted on 21. Juli 2019 by Anna Muster", "Accueil | Par Anna Muster | 30 septembre 2018":
    a byline word inside a header line, followed by names up to the next separator or date."""
    if not _anchor_search()(line.lower()):
        return []
    found = _infix().search(line)
    while found and _inside_phrase(line, found):
        found = _infix().search(line, found.end("word"))
    if not found:
        return []
    rest = line[found.end():]
    dates = find_dates(rest)
    if dates:
        rest = rest[:dates[0].start]
    rest = HEADER_SEPARATOR.split(rest)[0]
    return [name for name in names_in(rest, minimum_tokens=minimum_tokens) if len(name) > 2] or _staff_credit(rest)


PHRASE_BEFORE = re.compile(r"[^\W\d_]\s*$")


def _inside_phrase(line: str, found: re.Match[str]) -> bool:
    """"Die Leiche von Anna Muster", "Foto von Anna Muster": a lower-case "von"/"by" straight after a
    word joins a phrase; a byline's follows a date, a divider or the line's start ("2019 by ...")."""
    word = found.group("word")
    return word.islower() and bool(PHRASE_BEFORE.search(line[:found.start("word")]))


def _inside_name(line: str, found: re.Match[str]) -> bool:
    """"3. Mai 2021 | Anna von Muster": a "von" after a first name is the particle of a name."""
    before = line[:found.start("word")].split()
    return bool(before) and is_first_name(before[-1], vouched=True)


DATE_PREPOSITION = r"(?:am|um|on|at|le|el|il)"
"""A word between a name and the date after it ("Von Heiko am 3. Mai 2021", "by Heiko on 3 May")."""


@cache
def _handle_infix() -> re.Pattern[str]:
    """A byline word before a single name (opening with a letter, so not a date) that ends at a
    divider, a date or the line's end; a comma before more words lists things ("Von Regeln, …")."""
    words = _alternation("meta_byline_prefixes")
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{words})\s*:?\s+(?P<handle>[^\W\d_][\w.-]{{1,29}})(?=\s*(?:$|[|·•(]|,?\s*\d|{DATE_PREPOSITION}\s+\d))",
                      re.IGNORECASE)


TIME = re.compile(r"\d[:.]\d\d")


@cache
def _poster_before_time() -> re.Pattern[str]:
    """"Eingestellt von der Michel um 21:11", "Posted by the editor at 9:11 PM": blog software
    prints whoever posted, in whatever form, between the byline word and the time."""
    words = _alternation("meta_byline_prefixes")
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{words})\s*:?\s+(?P<handle>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){{0,2}}?)"
                      rf"\s+{DATE_PREPOSITION}\s+\d{{1,2}}[:.]\d\d", re.IGNORECASE)


def _handle_on_dated_line(line: str, dated: bool) -> list[str]:
    """"Publiziert am 3. Mai 2014 von anna_m", "By Daniel | Published: …": on a dated header line a
    byline word vouches for a single name or a lower-case user name, which blogs sign with; a time
    after the name dates the line as well as a date does. Initials ("von mh") count."""
    found = _handle_infix().search(line) if dated else None
    if not found and TIME.search(line):
        found = _poster_before_time().search(line)
    if not found or _inside_name(line, found):
        return []
    handle = found.group("handle")
    if handle.lower() in name_stops() or canonical_agency(handle):
        return []
    return [handle]


def _read_translators(layout: Layout, credits: Credits) -> None:
    marked = layout.lines_of("translator")
    candidates = marked or [i for i in _lines_near_body(layout) if len(layout.lines[i]) <= BYLINE_CHARS]
    label = _prefix("meta_translator_labels")
    for index in candidates:
        line = layout.stripped[index]
        opened = line and label.match(line)
        if opened:
            _add(credits.translators, names_in(line[opened.end():], minimum_tokens=1))


def _read_dateline(layout: Layout, first_paragraph: str, credits: Credits) -> None:
    marked = layout.texts_of("dateline")
    text = marked[0].strip() if marked else first_paragraph.strip()
    found = next((m for m in (p.match(text) for p in _datelines()) if m), None)
    if found:
        place = found.group("place").strip(" .,-")
        credits.dateline = place or None
        if found.group("agency"):
            credits.agency = credits.agency or _agency_from_marker(f"({found.group('agency')})")
    elif marked and len(text) <= DATELINE_CHARS:
        credits.dateline = text.strip(" .,-–—")


def _agency_from_marker(text: str) -> str | None:
    found = _agency_marker().search(text)
    if not found:
        return None
    listed = [canonical_agency(part) for part in re.split(r"\s*[/,;]\s*", found.group("list"))]
    named = [a for a in listed if a]
    return ", ".join(dict.fromkeys(named)) or None


def _agency_anywhere(layout: Layout) -> str | None:
    """A source marker in the body or beside it ("… unterstützt. (AFP/jmh)"), else agency furniture."""
    for index in layout.lines_of("agency"):
        line = layout.lines[index]
        agency = _agency_from_marker(line) or canonical_agency(re.sub(r"^\W*(?:quelle|source)\s*:\s*", "", line, flags=re.I))
        if agency:
            return agency
    # One search over the lines joined by a character no marker can span finds the first marker.
    return _agency_from_marker("\0".join(layout.lines[index] for index in range(
        layout.body_start, min(layout.body_end + AGENCY_BELOW_BODY, len(layout.lines))) if not layout.never_dated(index)))
