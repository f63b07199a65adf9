"""The URL slug as evidence of the headline: a page's address usually spells its headline's words.

Slugs are lower case, without accents, write umlauts out ("ae") or drop them to the bare vowel,
and join words with "-" or "_" (or not at all, for a compound); the helpers here fold page lines
the same ways so that the words can be compared, and find the lines that echo the slug.
"""
from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import contains
from urllib.parse import unquote, urlparse

SLUG_MATCH = 0.5
"""Lines anywhere on the page whose words overlap the URL slug this much are headline candidates."""


WORD = re.compile(r"\w{3,}")
"""A word as slugs are compared: shorter ones ("in", "an", "3") say nothing of the story."""
SLUG_WORD = re.compile(r"[^\W_]+")
"""Slugs join words with "_" as often as with "-"."""
ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")
"""What `\\w` matches in folded (ASCII) text."""
UMLAUTS = re.compile("[äöüßÄÖÜẞ]")
"""Without these the two ways of folding a text give the same words."""


def fold(text: str, spell_umlauts: bool = True) -> str:
    """Lower case without accents, German umlauts spelled out ("ae") or dropped to the bare vowel,
    the two ways URL slugs write them."""
    text = text.lower()
    if text.isascii():
        return text
    if spell_umlauts:
        for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            text = text.replace(umlaut, spelled)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


FILE_ENDINGS = frozenset({"html", "htm", "php", "aspx"})


def slug_words(url: str | None, last: bool = False) -> set[str]:
    """The words of the URL path; `last`: only those of its wordiest part, the article's own slug
    ("/politik/inland/marktplatz-wird-umgebaut"), where the others name sections."""
    if not url:
        return set()
    parts = _part_words(url)
    return max(reversed(parts), key=len) if last else set().union(*parts)


def _part_words(url: str) -> list[set[str]]:
    return [{w for w in SLUG_WORD.findall(fold(part)) if len(w) >= 3 and not w.isdigit()} - FILE_ENDINGS
            for part in unquote(urlparse(url).path).split("/")]


def own_slug_words(url: str | None) -> set[str]:
    """The words of the article's own part of the path: the wordiest part and the last part with
    words, which differ where a one-word article sits in a many-word section
    ("/wohnen/angenehmes-raumklima/kondenswasser.html"); words with digits are pieces of an id
    ("/rezepte/apfelkuchen-vom-blech/c4d3-9f1a-77b2")."""
    if not url:
        return set()
    parts = [{word for word in part if word.isalpha()} for part in _part_words(url)]
    return max(reversed(parts), key=len) | next((part for part in reversed(parts) if part), set())


SQUASHED_SLUG_CHARS = 8
"""Shortest slug compared run together with a line: shorter ones are section names ("news")."""


def _squashed(text: str) -> set[str]:
    """A text's letters and digits run together, umlauts spelled out, reduced to the bare vowel or
    dropped: slugs write compounds without their hyphen ("bielersee-winterhechte" ->
    "bielerseewinterhechte") and some drop every non-ASCII letter ("monstergesprche")."""
    lowered = text.lower()
    return {re.sub(r"[^a-z0-9]", "", variant)
            for variant in (fold(lowered), fold(lowered, spell_umlauts=False), lowered)}


def slug_spellings(url: str | None) -> set[str]:
    """The last worded part of the URL path, the article's own, run together, with and without its
    number (an id or a page); the parts before it name sections."""
    if not url:
        return set()
    parts = [[w for w in SLUG_WORD.findall(fold(part)) if w not in FILE_ENDINGS]
             for part in unquote(urlparse(url).path).split("/")]
    words = next((part for part in reversed(parts) if not all(w.isdigit() for w in part)), [])
    return {joined for chosen in (words, [w for w in words if not w.isdigit()])
            if len(joined := "".join(chosen)) >= SQUASHED_SLUG_CHARS}


def squashed_echoes(stripped: list[str], url: str | None) -> set[int]:
    """Lines that are the URL slug run together: no word split is shared when the slug joins the
    words of a compound, so the Dice overlap misses them. Only lines of about the slug's length
    that hold its first or last letters are folded (the rest of the page is not); they are picked
    out by iterators without a Python step per line."""
    spellings = slug_spellings(url)
    if not spellings:
        return set()
    shortest, longest = min(map(len, spellings)), 1.5 * max(map(len, spellings)) + 4
    ends = {end for spelling in spellings for end in (spelling[:3], spelling[-3:])}
    sized = list(compress(count(), map(range(shortest, int(longest) + 1).__contains__, map(len, stripped))))
    lowered = "\n".join(map(stripped.__getitem__, sized)).lower().split("\n")
    holding = {i for end in ends for i in compress(sized, map(contains, lowered, repeat(end)))}
    return {i for i in holding if _squashed(stripped[i]) & spellings}


def slug_match(line: str, slug: set[str]) -> float:
    """Dice overlap between a line's words and the URL slug's words (0 when there is no slug)."""
    if not slug:
        return 0.0
    best = 0.0
    for spell_umlauts in ((True, False) if UMLAUTS.search(line) else (True,)):
        words = set(WORD.findall(fold(line, spell_umlauts)))
        if words:
            best = max(best, 2 * len(words & slug) / (len(words) + len(slug)))
    return best


class SlugOverlaps:
    """`slug_match` of the lines of a page, from one folding of its lines up to `longest`
    characters (a longer line is never a headline), and `echoes`: the lines that overlap the slug by `SLUG_MATCH`.

    A Dice overlap of t needs (2 - t) * shared >= t * slug words, so an echo holds one of the slug
    words that are rarest among those lines: only the lines where those stand as whole words in
    the folded text (ASCII, so a word character is alphanumeric or "_") are split into words. Umlauts
    dropped to the bare vowel are a second spelling only of the lines that have umlauts."""

    def __init__(self, lines: list[str], slug: set[str], longest: int):
        self.lines, self.slug = lines, slug
        self.short = list(compress(count(), map(longest.__ge__, map(len, lines)))) if slug else []
        short_lines = [lines[i] for i in self.short]
        with_umlauts = [k for k, line in enumerate(short_lines) if not line.isascii() and UMLAUTS.search(line)]
        spelled = fold("\n".join(short_lines))
        dropped = fold("\n".join(short_lines[k] for k in with_umlauts), spell_umlauts=False)
        self.spelled = spelled.split("\n")
        self.dropped = dict(zip(with_umlauts, dropped.split("\n")))
        self.words: dict[tuple[bool, int], set[str]] = {}
        spellings = [(True, range(len(self.spelled)), spelled)]
        if with_umlauts:
            spellings.append((False, with_umlauts, dropped))
        self.echoes = self._echoes(spellings) if slug else set()

    def _words_of(self, spell_umlauts: bool, k: int) -> set[str]:
        key = (spell_umlauts, k)
        if key not in self.words:
            folded = self.spelled[k] if spell_umlauts else self.dropped[k]
            self.words[key] = set(WORD.findall(folded))
        return self.words[key]

    def of(self, index: int) -> float:
        if not self.slug:
            return 0.0
        k = bisect_left(self.short, index)
        if k == len(self.short) or self.short[k] != index:
            return slug_match(self.lines[index], self.slug)
        best = 0.0
        for spell_umlauts in (True, False) if k in self.dropped else (True,):
            words = self._words_of(spell_umlauts, k)
            if words:
                best = max(best, 2 * len(words & self.slug) / (len(words) + len(self.slug)))
        return best

    def shares(self, index: int, words: set[str]) -> bool:
        """Whether the line holds one of `words`, in either spelling of its umlauts."""
        k = bisect_left(self.short, index)
        if k == len(self.short) or self.short[k] != index:
            line = self.lines[index]
            return bool(words & (set(WORD.findall(fold(line))) | set(WORD.findall(fold(line, spell_umlauts=False)))))
        spellings = (True, False) if k in self.dropped else (True,)
        return any(words & self._words_of(spell_umlauts, k) for spell_umlauts in spellings)

    def _echoes(self, spellings: list[tuple[bool, Sequence[int], str]]) -> set[int]:
        """`spellings`: for each folding, the positions in `short` of the lines it covers and their
        folded text joined by newlines."""
        slug = self.slug
        needed = next(n for n in range(len(slug) + 1) if (2 - SLUG_MATCH) * n >= SLUG_MATCH * len(slug))
        sharing: set[int] = set()
        for spell_umlauts, members, folded in spellings:
            seen: set[int] = set()
            rarest = sorted(slug, key=folded.count)[:len(slug) - needed + 1] if needed > 1 else slug
            for word in rarest:
                # The line of a hit: the newlines passed since the word's previous hit are counted on.
                line = counted = 0
                at = folded.find(word)
                while at >= 0:
                    end = at + len(word)
                    if not (at and folded[at - 1] in ASCII_WORD or end < len(folded) and folded[end] in ASCII_WORD):
                        line += folded.count("\n", counted, at)
                        counted = at
                        k = members[line]
                        if k not in seen:
                            seen.add(k)
                            if len(self._words_of(spell_umlauts, k) & slug) >= needed:
                                sharing.add(k)
                    at = folded.find(word, end)
        return {self.short[k] for k in sharing if self.of(self.short[k]) >= SLUG_MATCH}
