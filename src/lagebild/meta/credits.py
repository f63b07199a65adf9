"""What `find_credits` returns, and the credits that go to an organisation rather than a person:
a news agency (in a byline, a source marker, the dateline) or the newsroom ("Redaktion", "Staff").

The words are data (`common/meta_agencies`, `meta_staff_credits`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from lagebild.meta.layout import Layout
from lagebild.meta.lexicon import all_entries
from lagebild.meta.names import printed_once
from lagebild.resources import word_list

AGENCY_BELOW_BODY = 8
"""Lines below the body's end where its agency marker may stand; further down, teasers carry theirs."""

DATELINE_CHARS = 40
"""A dateline the cleaner marked but no pattern reads is kept only if it is this short: a longer
one is a paragraph whose place name ran into the text."""


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    agency: str | None = None
    dateline: str | None = None


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


OUTLET_WORDS = 2
"""Most words of the outlet's name before a newsroom credit ("Beispiel Kurier Redaktion")."""

ABBREVIATED_CREDIT = 3
"""A credit this short is one only alone: after a name it may be a word of it. (A desk's
abbreviation such as "red" is no credit at all: annotators leave the author empty there.)"""


def staff_credit(text: str) -> list[str]:
    """"Redaktion", "Staff", "BBC Newsroom", "SZ-Redaktion": a byline that credits the newsroom,
    perhaps under the outlet's name, rather than a person."""
    text = printed_once(text.strip(" :,.-–—|"))
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


def agency_credit(text: str) -> list[str]:
    """"Von: det/dpa", "By Reuters": a byline that credits an agency (perhaps with the initials of
    the editor who handled the text) makes the agency the author, as "Redaktion" does a newsroom."""
    text = text.strip(" :,.-–—|")
    if not AGENCY_CREDIT.match(text):
        return []
    return [text] if any(canonical_agency(part) for part in re.split(r"\s*[/,]\s*", text)) else []


@cache
def _staff_credits() -> frozenset[str]:
    return frozenset(entry.lower() for entry in all_entries("meta_staff_credits"))


def read_dateline(layout: Layout, first_paragraph: str, credits: Credits) -> None:
    marked = layout.texts_of("dateline")
    text = marked[0].strip() if marked else first_paragraph.strip()
    found = next((m for m in (p.match(text) for p in _datelines()) if m), None)
    if found:
        place = found.group("place").strip(" .,-")
        credits.dateline = place or None
        if found.group("agency"):
            credits.agency = credits.agency or agency_from_marker(f"({found.group('agency')})")
    elif marked and len(text) <= DATELINE_CHARS:
        credits.dateline = text.strip(" .,-–—")


def agency_from_marker(text: str) -> str | None:
    found = _agency_marker().search(text)
    if not found:
        return None
    listed = [canonical_agency(part) for part in re.split(r"\s*[/,;]\s*", found.group("list"))]
    named = [a for a in listed if a]
    return ", ".join(dict.fromkeys(named)) or None


def agency_anywhere(layout: Layout) -> str | None:
    """A source marker in the body or beside it ("… unterstützt. (AFP/jmh)"), else agency furniture."""
    for index in layout.lines_of("agency"):
        line = layout.lines[index]
        agency = agency_from_marker(line) or canonical_agency(re.sub(r"^\W*(?:quelle|source)\s*:\s*", "", line, flags=re.I))
        if agency:
            return agency
    # One search over the lines joined by a character no marker can span finds the first marker.
    return agency_from_marker("\0".join(layout.lines[index] for index in range(
        layout.body_start, min(layout.body_end + AGENCY_BELOW_BODY, len(layout.lines))) if not layout.never_dated(index)))
