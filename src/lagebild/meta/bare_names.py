"""Authors named without a byline word: a bare name beside the date or inside the date line
("3. Mai 2021 | Anna Muster | 2 Kommentare"), a name with its agency ("Anna Muster, dpa"), a
blogger's first name or user name.

Such lines also stand above teasers and comments, so these are read only when no byline word
names anyone, and a bare name needs a date or the headline beside it.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from lagebild.meta.byline_words import BYLINE_CHARS, CONJUNCTION, SEPARATOR, names_in, outlet_words, prefix
from lagebild.meta.credits import Credits, agencies, canonical_agency, staff_credit
from lagebild.meta.dates import DateMatch, month_names
from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import all_entries
from lagebild.meta.names import (CAPITAL, INITIAL, NAME_WORDS, ROLE_AFTER_NAME, SMALL, bare_name, glued_particle, is_first_name,
                                  is_role, leading_name, name_shaped, name_stops, particles, printed_once, words_beside_role)
from lagebild.meta.relative import relative_date
from lagebild.resources import word_list

DATE_LINE_SEPARATOR = re.compile(r"\s*(?:[|·•,]|//|\s/\s|\s[-–—]\s)\s*")
"""What divides the parts of a dated line around a bare author name."""

HEADER_INTO_BODY = 4
"""Lines after the body's first line still read as header: a teaser line is often taken for it."""

ANY_DAY = date(2000, 1, 1)
"""A relative date beside a name ("vor 3 Stunden") marks a header whatever day it resolves to."""


def lone_first_name(line: str) -> bool:
    """"Benni" above or below the date: bloggers sign with their first name alone; beside a
    headline, where section names stand, a single word needs the date, and a month's name ("May",
    "August") beside it is part of it."""
    return (line.isalpha() and line[0].isupper() and not line.isupper() and line.lower() not in name_stops()
            and line.lower() not in month_names() and is_first_name(line))


def listed_bare_names(line: str) -> list[str]:
    """"Anna Muster und Ben Beispiel", "Mary Example, Tom Sample and Lena Demo": bare names listed."""
    if not CONJUNCTION.search(line):
        return []
    names = [bare_name(part) for part in SEPARATOR.split(line) if part.strip()]
    return names if len(names) > 1 and all(names) else []


def unlisted_listed_names(layout: Layout, line: str) -> list[str]:
    """"Anna Muster und Łorvek Wąsowicz": full names listed with a conjunction, where the list vouches
    for a name no list knows as a role does; its words must still pass the checks of
    `unlisted_name`, which the parts of a heading ("Neue Radwege und alte Brücken") do not."""
    if not CONJUNCTION.search(line):
        return []
    names = [bare_name(part) or next(iter(unlisted_name(layout, part, vouched=True)), None)
             for part in map(str.strip, SEPARATOR.split(line)) if part]
    return names if len(names) > 1 and all(names) else []


def names_before_agency(line: str, credits: Credits) -> list[str]:
    """"Anna Muster, dpa", "Mary Example and Tom Sample / Reuters": names credited together with
    the agency they wrote for; the agency vouches for names whose first names no list knows."""
    tail = line.rstrip(") ")
    if not tail.lower().endswith(_agency_endings()) or tail[max(map(tail.rfind, " /,(")) + 1:].lower() not in _agency_last_words():
        return []
    parts = [part.strip() for part in SEPARATOR.split(line) if part.strip()]
    agency = canonical_agency(parts[-1].strip("()")) if len(parts) > 1 else None
    names = parts[:-1]
    if not (agency and all(name_shaped(name) and names_in(name) == [name] for name in names)):
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


def names_beside_dates(line: str, dates: list) -> list[str]:
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
            names += [name] if (name := leading_name(part)) else staff_credit(part)
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


_NAME_PART = rf"(?:(?:Ma?c|[DL][aei])(?={CAPITAL})|{CAPITAL}['’])?{CAPITAL}{SMALL}+"
PROPER_WORD = re.compile(rf"{_NAME_PART}(?:-{_NAME_PART})?")
"""A word of a name as it is spelled: a capital, then small letters ("Ricker", "Müller-Lüdenscheidt",
"Yılmaz"), perhaps after a prefix that keeps its own capital ("McAllister", "O'Sullivan", "DeFino")."""


def unlisted_name(layout: Layout, text: str, vouched: bool = False) -> list[str]:
    """"Dominik Ricker" beside the date, though the census and our lists lack "Dominik": the first
    names of 54 countries vouch for it when the words are shaped like a name (particles between),
    none is a role, month or word that ends a name, and none is a word the page prints alone on a
    line (menu entries, sections) or, unless the name recurs on another line (the author box, the
    picture's alt text), writes in lower case ("Jordan Valley", "Christian Democrats"). A name
    the page prints again, or `vouched` by its role beside it, needs no known first name."""
    text = printed_once(text)
    words = text.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
        return []
    proper = [word for word in words if word.lower() not in particles()]
    if proper[-1] != words[-1] or len(proper) > 3 or not (
            PROPER_WORD.fullmatch(proper[0]) and (PROPER_WORD.fullmatch(proper[-1]) or glued_particle(proper[-1]))
            and all(PROPER_WORD.fullmatch(word) or INITIAL.match(word) for word in proper[1:-1])):
        return []
    lowered = [word.lower() for word in proper if not INITIAL.match(word)]
    if any(word in name_stops() or word in outlet_words() or word in month_names() or word in _lowercase_words() or is_role(word)
           for word in lowered):
        return []
    if any(word in layout.stripped for word in proper):
        return []
    printed_again = _printed_again(layout, text)
    known_first = is_first_name(words[0], vouched=True)
    if printed_again is False or not (vouched or printed_again or known_first):
        return []
    if not known_first and any(_word_no_name_holds(word) for word in proper if not INITIAL.match(word)):
        return []
    if any(_written_in_lower_case(layout.page, word) for word in lowered) and not printed_again:
        return []
    return [text]


def load_name_evidence() -> None:
    """Reads the lexicons `_word_no_name_holds` consults now rather than on the first unlisted name."""
    from lagebild.nlp.ner.gazetteer import lexicon_nouns, person_names, places, regions

    person_names()
    places()
    regions()
    lexicon_nouns()


def _word_no_name_holds(word: str) -> bool:
    """With no known first name, only the page vouches for a name, and it vouches as readily for a
    section, a site or a menu entry printed twice ("Handball Schweiz", "Ort Saarbrücken",
    "Olympische Winterspiele", "Tweet This"): their words are places, function words or German
    common nouns, which a name's words are only when the census knows them as surnames ("Koch",
    "Wolf")."""
    from lagebild.clean.patterns import stop_words
    from lagebild.nlp.ner.gazetteer import noun_evidence, person_names, places, regions

    first_names, surnames = person_names()
    if word in surnames or word in first_names:
        return False
    return (word in places()[0] or word in regions() or word.lower() in stop_words("en")
            or noun_evidence(word.lower()) in ("lc", "nn"))


LINK_MARKS = "@/.-_"
"""What stands before a name's word inside a handle, an address or a link ("@ricker", "anna.ricker@",
"/autoren/anna-ricker"), where it is written in lower case though it is a name."""


def _written_in_lower_case(page: str, word: str) -> bool:
    """`word` stands in `page` as a word of its own, not as part of a handle, address or link."""
    start = page.find(word)
    while start >= 0:
        before = page[start - 1] if start else " "
        after = page[start + len(word):start + len(word) + 1]
        if not (before.isalnum() or before in LINK_MARKS) and not (after.isalnum() or after == "_"):
            return True
        start = page.find(word, start + 1)
    return False


def header_date_beside(layout: Layout, index: int) -> bool:
    """A name alone on a line right above or below a date in the header is its byline ("Anna
    Muster" / "am 3. Mai 2021 um 11:23"); a line further off is a teaser's heading or a subheading."""
    return index <= layout.body_start + HEADER_INTO_BODY and any(
        other in layout.dates and not layout.never_dated(other) for other in (index - 1, index + 1))


def unlisted_name_with_role(layout: Layout, index: int, line: str) -> list[str]:
    """"Anna Muster Political editor", "Redakteurin Anna Muster", "Anna Muster" over "Political
    Editor" or "@annamuster": the author's role or handle printed with a name vouches for it."""
    text = words_beside_role(line)
    if text is None and any(0 <= other < len(layout.lines) and _card_line(layout.stripped[other]) for other in (index - 1, index + 1)):
        text = line
    return unlisted_name(layout, text, vouched=True) if text else []


def unlisted_name_before_place(layout: Layout, line: str) -> list[str]:
    """"Anna Muster, Hamburg": the place a correspondent files from vouches for the name before it,
    as a role does."""
    from lagebild.nlp.ner.gazetteer import places

    name, comma, place = line.rpartition(", ")
    return unlisted_name(layout, name, vouched=True) if comma and place in places()[0] else []


def unlisted_name_under_label(layout: Layout, index: int) -> list[str]:
    """"Autor:" / "Anna Muster/SP-X": a byline label alone on a line vouches for the name on the
    next line when its words pass the checks of `unlisted_name`, which the words of a search form
    under "Von" ("Suche", "Startseite") do not."""
    for following in range(index + 1, min(index + 3, len(layout.lines))):
        line = layout.stripped[following]
        if line:
            return unlisted_name(layout, SEPARATOR.split(line, 1)[0].strip(), vouched=True) or lone_word_dated(layout, following)
    return []


def lone_word_dated(layout: Layout, index: int) -> list[str]:
    """"Łorvek" / "3. Mai 2021", perhaps under "Von": a single word with the header date right beside
    it. The date is looked at first: most single words are menu entries far from it."""
    word = layout.stripped[index]
    return [word] if header_date_beside(layout, index) and _linked_lone_word(layout, word) else []


def _linked_lone_word(layout: Layout, word: str) -> bool:
    """A single word where a byline stands is the author's first name or the newsroom credited when
    the page links to that author's other articles ("Mehr Artikel von Łorvek") and the word is shaped
    like a name and no word that ends names, no month, role, place, function word or common noun.
    The link vouches for it: a menu word printed twice is printed after "Alle" or before
    "abonnieren", never after "Mehr Artikel von"."""
    # The page's links are searched last: most single words here are menu entries the lexicons rule out.
    return lone_name_word(word) and _linked_as_author(layout, word)


def lone_name_word(word: str) -> bool:
    """A single word shaped like a name that no lexicon knows as anything else."""
    return PROPER_WORD.fullmatch(word) is not None and not known_word(word)


def known_word(word: str) -> bool:
    """A word that ends names, a month, role, place, function word or common noun: no name when it
    stands alone, without a first name beside it."""
    from lagebild.nlp.ner.gazetteer import places, regions

    lowered = word.lower()
    return (lowered in name_stops() or lowered in outlet_words() or lowered in month_names() or lowered in _lowercase_words()
            or is_role(lowered) or lowered in _date_words() or word in places()[0] or word in regions() or common_word(word))


def _linked_as_author(layout: Layout, word: str) -> bool:
    """The page prints `word` right after a link to an author's other articles ("Mehr Artikel von")
    at the start of a line: only the lines holding the word are read."""
    page, link = layout.page, prefix("meta_byline_author_links")
    start = page.find(word)
    while start >= 0:
        end = start + len(word)
        head = page[page.rfind("\n", 0, start) + 1:start]
        opened = link.match(head)
        if opened and opened.end() == len(head) and not (end < len(page) and (page[end].isalnum() or page[end] == "_")):
            return True
        start = page.find(word, end)
    return False


def common_word(word: str) -> bool:
    """A single word has no first name beside it to vouch for it, so a common noun ("Archiv", "Wetter")
    or a function word is no name even where the census knows it as a surname."""
    from lagebild.clean.patterns import stop_words
    from lagebild.nlp.ner.gazetteer import noun_evidence

    return word.lower() in stop_words("en") or noun_evidence(word.lower()) in ("lc", "nn")


def _printed_again(layout: Layout, text: str) -> bool | None:
    """The name printed twice vouches for it (the author box or biography further down, the
    picture's alt text beside the link); False when every copy follows the same line, as in a list
    of posts that repeats each poster's card (user name, rank) verbatim; None when printed once."""
    if layout.page.count(text) < 2:
        return None
    above = {layout.stripped[index - 1] if index else "" for index, line in enumerate(layout.stripped) if text in line}
    return len(above) > 1 or layout.page.count(text) > sum(text in line for line in layout.stripped)


HEADER_PARTS = 3
"""Most parts of a dated line beside its dates (name, comment count, category) whose part right after
the date is read as a name no list knows; a list of tags or categories has more."""


def unlisted_name_beside_dates(layout: Layout, line: str, index: int) -> list[str]:
    """"21. Jan 2022 // Dominik Ricker | 2 Kommentare": the first part of a dated header line that is
    an unlisted name. A post's header prints its author right after the date, before the comment
    count or a link ("1. Mai 2021 Anna Muster 1 Kommentar"), or as the whole part right before it
    ("Anna Muster · 1. Mai 2021"): there the date vouches for the name."""
    dates = layout.dates[index]
    parts = [part.strip(" -–—|·•,/") for part in DATE_LINE_SEPARATOR.split(_without_dates(line, dates))]
    parts = [part for part in parts if part]
    for part in parts:
        names = unlisted_name(layout, part)
        if names:
            return names
    if len(parts) > HEADER_PARTS:
        return []
    after_date = DATE_LINE_SEPARATOR.split(_after_dates(line, dates), 1)[0]
    leading = _leading_name_words(after_date)
    if leading:
        return unlisted_name(layout, leading, vouched=True)
    # "Anna Muster · 3. Mai 2021 · 4 Min. Lesezeit": a part that is nothing but a name, right before the date.
    before_date = DATE_LINE_SEPARATOR.split(line[:dates[0].start].strip(" -–—|·•,/"))[-1]
    return unlisted_name(layout, before_date, vouched=True) if before_date and _leading_name_words(before_date) == before_date else []


def _after_dates(line: str, dates: list[DateMatch]) -> str:
    """The text after the first date that another date does not follow straight away: a post's header
    may print its date twice, published and updated ("2. Mai 20212. Mai 2021 Anna Muster")."""
    for found, following in zip(dates, [*dates[1:], None]):
        text = line[found.end:following.start if following else len(line)].strip(" -–—|·•,/")
        if text:
            return text
    return ""


def _leading_name_words(text: str) -> str:
    """The capitalised words (and particles) that open `text`, up to a number, a word in lower case or
    a word that ends a name ("Anna Muster 1 Kommentar", "Anna Muster Schreibe einen Kommentar")."""
    words = []
    for word in text.split():
        if (not (word[0].isupper() or word in particles() or glued_particle(word)) or word.lower() in name_stops()
                or any(c.isdigit() for c in word)):
            break
        words.append(word)
    return " ".join(words)


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


def beside_date_or_heading(layout: Layout, index: int, headings: tuple[int, ...]) -> bool:
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
    """"Political Editor", "@annamuster", "Korrespondentin für Osteuropa": what an author's card prints
    beside the name; a role that opens the line may be followed by its beat or post."""
    if CARD_HANDLE.fullmatch(line):
        return True
    words = line.split()
    # A role ending in a colon is a byline label ("Autorin:"), which stands above a name, not beside it.
    if 0 < len(words) <= ROLE_AFTER_NAME + 1 and words[0][0].isupper() and is_role(words[0].rstrip(",")):
        return True
    return 0 < len(words) <= ROLE_AFTER_NAME and all(word[0].isupper() for word in words) and is_role(words[-1])
