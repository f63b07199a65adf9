"""Scraping artefacts where two things lost the whitespace between them.

Each repair is a pure function that acts only on strong evidence and otherwise returns its input
unchanged, because a wrong split damages text that was fine.
"""
from __future__ import annotations

import re
from typing import Callable

from lagebild.clean.literals import fold
from lagebild.clean.patterns import (
    agencies, camel_case_prefixes, inline_credit_literals, inline_credits, known_camel_case,
)

GLUED_DATELINE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)([A-ZÄÖÜ][a-zäöüß]+)\b")
CAPS_DATELINE = re.compile(
    r"^((?:[A-ZÄÖÜ][A-ZÄÖÜ\-']+)(?:[ /][A-ZÄÖÜ][A-ZÄÖÜ\-']+){0,3})"
    r"\s*(?:\(([^()]{1,40})\))?\s*[.,:]?\s*[-–—]*\s+(?=\S)"
)
AGENCY_DATELINE = re.compile(
    r"^([A-ZÄÖÜ][\wäöüß\-']+(?:[ /][A-ZÄÖÜ][\wäöüß\-']+){0,2})\s*\(([^()]{1,40})\)\s*[.,:]?\s*[-–—:]+\s+(?=\S)"
)
DASH_DATELINE = re.compile(r"^([A-ZÄÖÜ][\wäöüß\-']+(?:/[A-ZÄÖÜ][\wäöüß\-']+){0,2})\s+[–—]\s+(?=[A-ZÄÖÜ\"„«])")
GLUED_CREDIT = re.compile(
    r"([A-ZÄÖÜ](?<=[a-zäöüß.!?)\"”“»][A-ZÄÖÜ])[A-ZÄÖÜ.'\-]{2,}(?:[ /–-]+[A-ZÄÖÜ][\w.'\-]*){0,5})\s*$"
)
"""The look-behind comes after the first capital so that the search can skip to capitals."""
CREDIT_WORDS = frozenset({"GETTY", "POOL", "AFP", "REUTERS", "EPA", "AP", "DPA", "IMAGO", "EFE", "XINHUA",
                          "KEYSTONE", "SHUTTERSTOCK", "ISTOCK", "IMAGES", "ANADOLU", "SPUTNIK", "TASS"})
CREDIT_TAIL_CHARS = 120
"""Credits sit at the end of a caption and are short: only this tail is searched."""
TRAILING_AGENCY = re.compile(r"\((\w{2,12}(?:/\w{1,8}){0,3})\)\s*$")
"""Starts at the bracket, not at the spaces before it (which the split strips), so that the search
skips to brackets instead of trying every space of the paragraph."""
GLUED_WORDS = re.compile(r"\b([A-ZÄÖÜ]?[a-zäöüß]{3,})([A-ZÄÖÜ][a-zäöüß]{2,})\b")
GLUE_POINT = re.compile(r"[A-ZÄÖÜ](?<=[a-zäöüß][A-ZÄÖÜ])")
"""Every glued pair has a lower-case letter right before a capital; most lines have none, and this
search is far cheaper than the substitution. It looks for the capital first, as capitals are rare
and lower-case letters are not."""


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(dateline, agency, rest) for a first paragraph that opens with a place: "SEOUL.- Diese",
    "Berlin (dpa) - Die", "Kiew – Die" or a place glued to the first word ("BerlinNordkorea")."""
    for pattern in (CAPS_DATELINE, AGENCY_DATELINE):
        m = pattern.match(paragraph)
        if m and (pattern is AGENCY_DATELINE or len(m.group(1)) >= 3):
            return m.group(1).strip(), m.group(2), paragraph[m.end():]
    m = DASH_DATELINE.match(paragraph)
    if m:
        return m.group(1), None, paragraph[m.end():]
    m = GLUED_DATELINE.match(paragraph)
    if m and m.group(0).lower() not in known_camel_case():
        return m.group(1), None, paragraph[len(m.group(1)):]
    return None, None, paragraph


def split_credit(text: str) -> tuple[str, str | None]:
    """A caption and its photo credit, whether glued on or written after a marker."""
    caption, credit = split_glued_credit(text)
    if credit is None:
        caption, credit = split_inline_credit(text)
    return caption, credit


def split_glued_credit(text: str) -> tuple[str, str | None]:
    """("…erhöhen", "GETTY") for a caption whose photo credit lost its separating space."""
    m = GLUED_CREDIT.search(text, max(0, len(text) - CREDIT_TAIL_CHARS))
    if not m:
        return text, None
    credit = m.group(1).strip()
    words = set(re.findall(r"[A-ZÄÖÜ]+", credit))
    if not (words & CREDIT_WORDS or len(words) >= 2):
        return text, None
    return text[:m.start(1)].rstrip(), credit


def split_inline_credit(text: str) -> tuple[str, str | None]:
    """("Ein Schiff im Hafen.", "Agentur/Name") for "Ein Schiff im Hafen. | © Agentur/Name"."""
    offset = max(0, len(text) - CREDIT_TAIL_CHARS)
    literals = inline_credit_literals()
    if literals is not None and literals.search(fold(text[offset:])) is None:
        return text, None
    for pattern in inline_credits():
        m = pattern.search(text, offset)
        if m and m.start() > 0:
            return text[:m.start()].rstrip(), m.group(1).strip()
    return text, None


def split_trailing_agency(paragraph: str) -> tuple[str, str | None]:
    """("…sagte er.", "AFP/jmh") when a paragraph ends with an agency marker in parentheses."""
    m = TRAILING_AGENCY.search(paragraph)
    if not m:
        return paragraph, None
    marker = m.group(1)
    head = marker.split("/")[0].lower()
    if "/" not in marker and head not in {a.lower() for a in agencies()}:
        return paragraph, None
    if "/" in marker and not head.isalpha():
        return paragraph, None
    return paragraph[:m.start()].rstrip(), marker


def unglue_words(text: str, count: Callable[[str], int]) -> str:
    """Put back a space lost between a lower-case word and the next capitalised one
    ("Einrichtungenund" is left alone, "verhängtDie" becomes "verhängt Die"), only when both
    halves occur as words elsewhere on the page and the glued form is no known CamelCase name.
    `count(word)` says how often a word stands on the page (see `features.word_count`); it is
    asked only about the halves of a candidate, so most pages are never counted at all."""
    camel = camel_case_prefixes()

    def fix(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        glued = m.group(0)
        if glued.lower().startswith(camel):
            return glued
        if count(left) and count(right) and count(glued) <= 1:
            return f"{left} {right}"
        return glued

    if GLUE_POINT.search(text) is None:
        return text
    return GLUED_WORDS.sub(fix, text)
