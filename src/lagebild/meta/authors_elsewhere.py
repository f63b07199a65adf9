"""Authors a page names away from its header, read only when the header names nobody: a signature
under the body, an author box further down, links to the author's other articles, a biography
under the name, a personal copyright notice in the footer.
"""
from __future__ import annotations

import re
from functools import cache
from itertools import compress, count
from operator import eq, itemgetter

from lagebild.meta.bare_names import known_word, unlisted_name, unlisted_name_under_label
from lagebild.meta.byline_words import HANDLE, WORD_END, alternation, anchor_search, names_in, names_under_label, prefix
from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import contains_word
from lagebild.meta.names import add_names, bare_name, is_first_name, leading_name, name_shaped, particles

BELOW_BODY = 10
"""Lines below the body's end where the author box stands, after tags and sharing buttons; further
down, bylines belong to teasers of other articles."""

LABEL_CHARS = 30
"""Longest line that is a byline label alone ("Über den Autor / die Autorin")."""

FIRST_CHAR = itemgetter(0)


def signature(layout: Layout) -> list[str]:
    """A name alone on the first line under the body signs it ("Anna Muster" / "Pressesprecherin"),
    unless the body speaks of that person (an interview's guest) or more names follow (a list of
    signatories or contributors). A line about the person after it is a biography, which
    `author_bio` weighs."""
    filled = [i for i in range(layout.body_end + 1, min(layout.body_end + 4, len(layout.lines))) if layout.stripped[i]]
    name = bare_name(layout.stripped[filled[0]]) if filled else None
    following = layout.stripped[filled[1]] if len(filled) > 1 else ""
    if name is None or layout.never_dated(filled[0]) or name_shaped(following) or following.startswith(name.split()[0]):
        return []
    body = "\n".join(layout.lines[layout.body_start:layout.body_end + 1])
    spoken_of = any(contains_word(body, word) for word in name.split() if word.lower() not in particles())
    return [] if spoken_of else [name]


CLOSING_NAME = re.compile(r"[.!?…\"“”»]\s*\((?P<name>[^()]{5,60})\)[\s+.*]*$")
"""A name in parentheses after the last sentence ("… bleibt spannend. (Anna Muster)")."""


def closing_signature(layout: Layout) -> list[str]:
    """Regional papers sign the text with the author's name in parentheses after its last sentence,
    where an agency's text has "(dpa)"."""
    for index in range(layout.body_end, min(layout.body_end + BELOW_BODY, len(layout.lines))):
        found = not layout.never_dated(index) and CLOSING_NAME.search(layout.stripped[index])
        if found:
            name = found.group("name").strip()
            return [name] if leading_name(name) == name else unlisted_name(layout, name, vouched=True)
    return []


def author_box(layout: Layout, start: int) -> list[str]:
    """"Über den Autor" / "Geschrieben von" alone on a line further down, above the name: an author
    box after comments or teasers, read only when nothing nearer names anyone."""
    lines = layout.stripped
    for index in compress(range(start, len(lines)), map(LABEL_CHARS.__ge__, map(len, lines[start:]))):
        line = lines[index]
        if line and not layout.never_dated(index):
            opened = anchor_search()(line.lower()) and prefix("meta_byline_prefixes").match(line)
            if opened and not line[opened.end():].strip(" :/|-–—"):
                names = _names_in_box(layout, index)
                if names:
                    return names
    return []


BOX_LINKS = 2
"""Short lines a box may print between its label and the name: its links ("Alle Artikel anzeigen",
"Website") or the picture's credit."""

BOX_LINK_WORDS = 4
"""Most words of such a line; a longer one is the biography, which the name never follows."""


def _names_in_box(layout: Layout, label: int) -> list[str]:
    """The name under an author box's label, read past the box's link lines: a line that names
    no one and is too short for a sentence is stepped over, as if the label stood there."""
    lines = layout.stripped
    for _ in range(BOX_LINKS + 1):
        names = names_under_label(layout, label) or unlisted_name_under_label(layout, label)
        following = next((i for i in range(label + 1, min(label + 3, len(lines))) if lines[i]), None)
        if names or following is None:
            return names
        line = lines[following]
        if len(line.split()) > BOX_LINK_WORDS or SENTENCE_STOP.search(line) or layout.never_dated(following):
            return []
        label = following
    return []


AUTHOR_LINK_CHARS = 60
"""Longest line that is a link to an author's other articles ("Alle Artikel von Anna Muster →")."""


def author_links(layout: Layout) -> list[str]:
    """"Mehr von Anna Muster", "Latest posts by Anna Muster": an author box links to the author's
    other articles anywhere on the page; the same words before an outlet ("More from Reuters") or a
    topic name nobody, so the name must open with a first name."""
    link = prefix("meta_byline_author_links")
    names: list[str] = []
    for index in _lines_opening_with(layout, _author_link()):
        line = layout.stripped[index]
        opened = len(line) <= AUTHOR_LINK_CHARS and layout.kinds.get(index) != "comment" and link.match(line)
        if opened:
            rest = line[opened.end():].strip()
            add_names(names, [name for name in names_in(rest, minimum_tokens=1)
                         if is_first_name(name.split()[0], vouched=True) or unlisted_name(layout, name)]
                      or _linked_handle(layout, rest))
    return names


def _linked_handle(layout: Layout, rest: str) -> list[str]:
    """"Weitere Rezepte von kuchenfee77": a user name after the link is the author when the page
    prints it alone on a line too (the profile's caption), as it does not print "uns" or "heute";
    a word any lexicon knows is none."""
    if not HANDLE.fullmatch(rest) or rest[0].isupper() and rest[1:].islower():
        return []
    return [rest] if rest in layout.stripped and not known_word(rest) else []


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
    return re.compile(rf"\n[^\S\n]*[^\w\n]*(?:{alternation('meta_byline_author_links')}){WORD_END}", re.IGNORECASE)


COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*(?:by\s+)?"
                       r"(?P<holder>[^.|·•,–—]+?)\.?\s*(?P<rest>(?:$|[|·•,–—]|\.\s).*)", re.IGNORECASE)
""""© 2020 Anna Muster", "Copyright (c) 2012-2020 Anna Muster. All rights reserved." in a page footer."""

COPYRIGHT_OPENING = re.compile(r"\n[^\S\n]*(?:©|\(c\)|copyright)", re.IGNORECASE)


def copyright_holder(layout: Layout) -> list[str]:
    """A personal blog names its author only in the footer's copyright notice, which a newsroom
    gives to its publisher ("© 2024 Beispiel Verlag GmbH", which a name stop cuts short). The
    year is required: a bare "© Anna Muster" credits a picture."""
    rights = prefix("meta_byline_rights")
    holders: list[str] = []
    for index in _lines_opening_with(layout, COPYRIGHT_OPENING):
        found = index > layout.body_end and COPYRIGHT.match(layout.stripped[index])
        if found:
            holder, rest = found.group("holder").strip(), found.group("rest").lstrip(" .")
            if leading_name(holder) == holder and (not rest or rest[0] in "|·•,–—" or rights.match(rest)):
                add_names(holders, [holder])
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


def author_bio(layout: Layout) -> list[str]:
    """An author box without a label: the name on a line of its own, and a biography under it that
    opens with the same name and a verb ("Anna Muster / Anna Muster ist Redakteurin im Ressort
    Politik."). Read only when nothing else names anyone: teasers of other articles never repeat
    the name, and in a list of comments ("Anna Muster bei <Titel>") the line above is no name alone.
    The pair vouches for a name whose first name no list knows, as a name printed again does
    (`unlisted_name`, whose checks still keep out a section's words).

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
                    and _opens_biography(line, names[0]) and (leading_name(names[0]) == names[0] or unlisted_name(layout, names[0]))):
                return names
    return []


def _opens_biography(line: str, name: str) -> bool:
    """The line goes on after the name with a word in lower case, as a sentence about the person does."""
    rest = line[len(name):] if line.startswith(name) else ""
    return rest[:1] == " " and rest[1:2].islower()
