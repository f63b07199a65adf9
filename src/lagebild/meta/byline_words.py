"""Names read after a byline word ("Von", "By", "Autor:"), wherever it stands in a line.

The words are data (`meta_byline_prefixes`, `meta_byline_reports`, `meta_name_stops`,
`meta_name_outlet_words`); a byline word also opens phrases ("Die Leiche von Anna Muster",
"Interview mit …"), which the readers here tell apart from bylines.
"""
from __future__ import annotations

import re
from functools import cache

from lagebild.clean.patterns import literal_trie
from lagebild.meta.credits import canonical_agency, staff_credit
from lagebild.meta.dates import find_dates
from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import all_entries
from lagebild.meta.names import (CAPITAL, NAME_WORDS, SMALL, bare_name, glued_particle, is_first_name, is_title, leading_name, name_stops,
                                  particles)

BYLINE_CHARS = 120
"""Bylines are short; a longer line opening with "Von" is a sentence."""

HEADER_SEPARATOR = re.compile(r"\s[|·•]\s|\s[-–—]\s")
"""What divides the parts of a header line ("Von A | 3. Mai 2021 | Politik")."""

WORD_END = rf"(?:\b|(?=(?-i:{CAPITAL}{SMALL})))"
"""Where a byline word ends: at a word boundary, or where the page dump glued the name to it
("ByAnna Muster", "Veröffentlicht vonAnna Muster"), at a capital followed by a small letter."""

GLUED_ROLE = re.compile(rf"(?P<name>{CAPITAL}[\w'-]*{SMALL})(?P<role>{CAPITAL}{SMALL}+)")
"""A surname the page dump glued to the role after it ("MusterStaff Writer")."""

HANDLE = re.compile(r"[^\W\d_][\w.-]{2,29}")
"""A user name: a letter, then letters, digits, dots, hyphens or underscores."""

SEPARATOR = re.compile(r"\s*(?:,|;|&|\||/|·|\bund\b|\band\b|\bsowie\b|(?-i:\bet\b|\by\b|\be\b))\s*", re.IGNORECASE)
"""The short conjunctions ("et", "y", "e") only in lower case: in capitals they are a middle initial ("Anna E. Muster")."""


def alternation(name: str) -> str:
    """The entries of a word list as one alternation, longest first, so that "Text & Fotos:" is
    read as one label rather than as "Text" followed by a name."""
    return "|".join(sorted(all_entries(name), key=len, reverse=True))


@cache
def prefix(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{alternation(name)}){WORD_END}\s*:?\s*", re.IGNORECASE)


@cache
def _infix() -> re.Pattern[str]:
    """A byline word inside a line, directly before a capitalised name."""
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{alternation('meta_byline_prefixes')}){WORD_END}\s*:?\s*(?={CAPITAL})",
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
def anchor_search():
    """One search for any anchor instead of a substring test per anchor, the anchors merged by their
    shared beginnings ("aut(?:hor|or)"): the search tries a handful of letters at each position
    rather than every anchor, so more languages' byline words cost little."""
    return re.compile(literal_trie(list(_infix_anchors()))).search


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
            if bare[0].isupper() or (bare.lower() in particles() and tokens) or (tokens and glued_particle(bare)):
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
    the byline lists people with "and" ("By A, B and C"). Inside a name, "der" and "de" are its
    particles ("Anil van der Gormley"), though they open outlets ("Der Standard")."""
    if any(token.lower() in outlet_words() and not (position and token.lower() in particles()) for position, token in enumerate(tokens)):
        return False
    if any(token.isupper() and len(token.rstrip(".")) > 1 for token in tokens) and not all(token.isupper() for token in tokens):
        return False
    return listed or is_first_name(tokens[0], vouched=True)


@cache
def outlet_words() -> frozenset[str]:
    return frozenset(all_entries("meta_name_outlet_words"))


def _opens_phrase(text: str) -> bool:
    first = text.split(None, 1)[0]
    return first[:1].islower() and first.lower() not in particles()


def reporter(line: str) -> list[str]:
    """"Anna Muster berichtet aus Kiew", "Mary Example reports from Kyiv"."""
    found = _report_words().search(line)
    name = found and leading_name(line[:found.start()])
    return [name] if name and line[:found.start()].rstrip() == name else []


@cache
def _report_words() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{alternation('meta_byline_reports')})\s+(?={CAPITAL})", re.IGNORECASE)


def names_under_label(layout: Layout, index: int) -> list[str]:
    """"Von" / "Autor:" / "By" alone on a line: the name stands on the next line. A label also
    opens search forms ("Von: Suche"), so the name must open with a first name unless it is a
    lower-case user name, or be printed again right below (the picture's alt text, a biography that
    opens with it: "Anna Muster (Jahrgang 1970) schreibt …"), which a search form's words are not."""
    for following in range(index + 1, min(index + 3, len(layout.lines))):
        line = layout.stripped[following]
        if line:
            if HANDLE.fullmatch(line) and not line[0].isupper():
                return [line]
            names = [name for name in names_in(line, minimum_tokens=1)
                     if leading_name(name) or is_first_name(name.split()[0], vouched=True)
                     or (len(name.split()) > 1 and _repeated_below(layout, following, name))]
            return names + _more_names_listed(layout, following) if names else staff_credit(line)
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


def names_after_byline_word(line: str, minimum_tokens: int = 1) -> list[str]:
    """"Posted on 21. Juli 2019 by Anna Muster", "Accueil | Par Anna Muster | 30 septembre 2018":
    a byline word inside a header line, followed by names up to the next separator or date."""
    if not anchor_search()(line.lower()):
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
    return [name for name in names_in(rest, minimum_tokens=minimum_tokens) if len(name) > 2] or staff_credit(rest)


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
    words = alternation("meta_byline_prefixes")
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{words})\s*:?\s+(?P<handle>[^\W\d_][\w.-]{{1,29}})(?=\s*(?:$|[|·•(]|,?\s*\d|{DATE_PREPOSITION}\s+\d))",
                      re.IGNORECASE)


TIME = re.compile(r"\d[:.]\d\d")


@cache
def _poster_before_time() -> re.Pattern[str]:
    """"Eingestellt von der Michel um 21:11", "Posted by the editor at 9:11 PM": blog software
    prints whoever posted, in whatever form, between the byline word and the time."""
    words = alternation("meta_byline_prefixes")
    return re.compile(rf"(?:^|[\s|·•,])(?P<word>{words})\s*:?\s+(?P<handle>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){{0,2}}?)"
                      rf"\s+{DATE_PREPOSITION}\s+\d{{1,2}}[:.]\d\d", re.IGNORECASE)


def handle_on_dated_line(line: str, dated: bool) -> list[str]:
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
