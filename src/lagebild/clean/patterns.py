"""Furniture line patterns, kept per language in `data/<lang>/clean_furniture.json`.

Each file maps a furniture kind to regular expressions that must match the whole stripped line;
the common file holds the patterns that look the same in every language. Every page is matched
with the common, German and English patterns together: menus, blog themes and comment forms are
often English or German when the article is not, and German pages often carry English ones
(an English blog theme's "Comments" under a German post; on the dev pages F1 0.913 -> 0.915).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from operator import itemgetter

from lagebild.clean.first_char import alternatives, first_char_class, items, split_top_level
from lagebild.clean.literals import fold, minimal_literals, required_literals
from lagebild.errors import ConfigError
from lagebild.resources import json_data, patterns, word_list

KIND_ORDER = (
    "id_prefix", "gallery", "prev_next", "error_report", "trust", "translator", "byline", "date",
    "photo_credit", "agency", "listen", "share", "comment", "newsletter", "related", "ad", "nav",
    "other",
)
"""Checking order: specific kinds first, so "Foto: dpa" is a credit and not an agency marker."""

PATTERN_LANGUAGES = ("de", "en")
FURNITURE_LANGUAGES = (*PATTERN_LANGUAGES, "fr", "es", "it", "pt", "nl")
"""Languages whose furniture labels ("Partager", "Leggi anche:") are looked for on every page: a
few whole-line labels each, so they cost the shared alternation little."""
LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}
"""Language codes the identifier reports for a language whose data files live under another code
(py3langid says "no" for Norwegian; the Bokmål list serves Nynorsk's function words well enough)."""


SLIDING = re.compile(r"\(\?i:\.\{0,(\d+)\}(.+?)(?:\.\{0,\d+\})?\)")
"""A pattern that looks for a phrase anywhere near the start of a line, "(?i:.{0,80}PHRASE.{0,300})":
trying it at every offset is slow, and a line can only match it if it contains one of the phrase's
literal openings ("cookie" for "cookies?|…") within the first 80 characters plus that opening."""
COMMON_CHARACTERS = " enisratdhulcgmobwfkzpvjyxq"
"""The space and the letters in order of how often they stand in German and English text,
commonest first; any other character is rarer than these."""
ANCHOR_MIN_LENGTH = 3
PHRASE_BRANCH_START = re.compile(r"(?:\\b)?((?:[\w ]|\\\W)+)")
QUANTIFIER = "?*+{"
LAST_ATOM = re.compile(r"(?:\\\W|.)$")
NEVER = "(?!)"


def _openings(phrase: str) -> tuple[str, ...] | None:
    """The literal text each alternative of a phrase starts with, or None when one has none."""
    inner = phrase[3:-1] if phrase.startswith("(?:") and phrase.endswith(")") else phrase
    openings = []
    for branch in split_top_level(inner):
        m = PHRASE_BRANCH_START.match(branch)
        literal = m.group(1) if m else ""
        if m and branch[m.end():m.end() + 1] in tuple(QUANTIFIER):
            literal = LAST_ATOM.sub("", literal)
        if not literal.strip():
            return None
        openings.append(re.sub(r"\\(\W)", r"\1", literal).lower())
    return tuple(openings)


@dataclass(frozen=True, slots=True)
class Branch:
    """One alternative of a kind's patterns, with the characters a matching line can start with
    (`first`, literal or a class such as "[A-ZÄÖÜ]"; None when any character can) and whether it
    is a sliding pattern."""
    kind: str
    regex: str
    first: re.Pattern[str] | None
    sliding: bool


Ranked = tuple[re.Pattern[str], tuple[int, ...]]
"""An alternation with one group per kind, and the checking rank of each group's kind."""
SlidingKind = tuple[int, re.Pattern[str], re.Pattern[str] | None]
"""A kind's checking rank, its sliding branches as one alternation, and a search (in `fold`ed
text) for the literals of which every match of one of them holds one (None where a branch needs
none)."""


class FurniturePatterns:
    """The kind patterns of all pattern files. A line gets the first kind, in checking order, with a
    branch that matches it whole. Branches are matched in three alternations, and the earliest
    kind found wins: those whose first character is known, whether named ("(?i:startseite|home)")
    or a class ("[A-ZÄÖÜ]…", "\\d…"), cut down to the ones a line's first character (in either case)
    allows and kept per character; those that can start with anything, all at once; and the
    sliding ones, only when the line holds one of their `openings` within the first `reach`
    characters, and then kind by kind (see `_sliding_rank`). Each per-character alternation is
    small, so building one on first need costs little; with the German and English patterns on
    every page, gating the class branches too made one call of two and kept the stage as fast as
    with one language's patterns."""

    def __init__(self, branches: list[Branch], openings: re.Pattern[str] | None, reach: int,
                 anchors: re.Pattern[str] | None = None):
        self.kinds = tuple(dict.fromkeys(b.kind for b in branches))
        self.gated = [b for b in branches if b.first is not None and not b.sliding]
        ungated = [b for b in branches if b.first is None and not b.sliding]
        self.ungated = self._alternation(ungated) if ungated else None
        sliding_by_kind: dict[str, list[Branch]] = {}
        for branch in branches:
            if branch.sliding:
                sliding_by_kind.setdefault(branch.kind, []).append(branch)
        self.sliding = tuple(map(self._sliding_kind, sliding_by_kind.values()))
        self.openings = openings
        self.anchors = anchors
        self.reach = reach
        self._branches_by_class: dict[re.Pattern[str], list[int]] = {}
        for i, branch in enumerate(self.gated):
            self._branches_by_class.setdefault(branch.first, []).append(i)
        self._any_first = re.compile("|".join(c.pattern for c in self._branches_by_class) or NEVER)
        self._by_first: dict[str, tuple[Ranked, ...]] = {}
        self._by_subset: dict[tuple[int, ...], Ranked] = {}

    def kind(self, line: str, lowered: str | None = None) -> str | None:
        """`lowered`: `line.lower()` where the caller has it, so the line is not lowered twice."""
        first = line[:1]
        alternations = self._by_first.get(first)
        if alternations is None:
            alternations = self._by_first[first] = self._for_first(first)
        rank = len(self.kinds)
        for pattern, ranks in alternations:
            m = pattern.fullmatch(line)
            if m is not None:
                rank = min(rank, ranks[m.lastindex - 1])
        if self.openings is None or self._may_slide(line, lowered):
            rank = min(rank, self._sliding_rank(line))
        return self.kinds[rank] if rank < len(self.kinds) else None

    def _sliding_rank(self, line: str) -> int:
        """The rank of the first kind with a sliding branch that matches the line (the number of
        kinds if none does). A kind's branches are tried only where the line holds one of their
        literals: each branch is tried from every offset up to its reach, which cost half a
        million instructions for a line with an opening, and such a line holds the phrases of
        one kind, seldom more."""
        folded = fold(line)
        for rank, pattern, literals in self.sliding:
            if (literals is None or literals.search(folded) is not None) and pattern.fullmatch(line):
                return rank
        return len(self.kinds)

    def _sliding_kind(self, branches: list[Branch]) -> SlidingKind:
        """The `SlidingKind` of one kind's sliding branches."""
        pattern, (rank,) = self._alternation(branches)
        literals = [required_literals(re.compile(branch.regex)) for branch in branches]
        search = re.compile(literal_trie(minimal_literals(set().union(*literals)))) if all(literals) else None
        return rank, pattern, search

    def _may_slide(self, line: str, lowered: str | None) -> bool:
        """Whether the line holds a sliding phrase's opening within `reach` characters. The whole
        line lowered gives the same first characters as its start lowered when lowering maps
        every character to one (no "İ") and no capital sigma, whose lower form depends on what
        follows, stands in it. The `anchors` are looked for first: the openings start with
        nineteen letters, common ones among them, and the engine tries the openings at each
        of them; the anchors start with rarer characters (a third fewer instructions for this
        test on the trafilatura pages)."""
        if lowered is None or len(lowered) != len(line) or "Σ" in line:
            lowered = line[:self.reach].lower()
            end = len(lowered)
        else:
            end = self.reach
        return ((self.anchors is None or self.anchors.search(lowered, 0, end) is not None)
                and self.openings.search(lowered, 0, end) is not None)

    def _for_first(self, first: str) -> tuple[Ranked, ...]:
        """The alternations a line starting with `first` has to be tried against: the gated
        branches it or its other case can start (both cases share one alternation) and the ungated
        ones, leaving out an empty one, which no line can match. Most first characters met on a
        page (punctuation, digits, other scripts) start no gated branch: one test against all
        classes at once spares them testing the classes one by one."""
        other_case = first.swapcase()
        subset: tuple[int, ...] = ()
        if self._any_first.fullmatch(first) or self._any_first.fullmatch(other_case):
            subset = tuple(sorted(i for first_class, indices in self._branches_by_class.items()
                                  if first_class.fullmatch(first) or first_class.fullmatch(other_case)
                                  for i in indices))
        found = self._by_subset.get(subset)
        if found is None and subset:
            found = self._by_subset[subset] = self._alternation([self.gated[i] for i in subset])
        return tuple(alternation for alternation in (found, self.ungated) if alternation is not None)

    def _alternation(self, branches: list[Branch]) -> Ranked:
        """One group per kind, in the order of `branches`, and the rank of each group's kind."""
        by_kind: dict[str, list[str]] = {}
        for branch in branches:
            by_kind.setdefault(branch.kind, []).append(branch.regex)
        groups = (factored(regexes) for regexes in by_kind.values())
        return (re.compile("|".join(f"({group})" for group in groups) or NEVER),
                tuple(self.kinds.index(kind) for kind in by_kind))


@cache
def furniture_patterns() -> FurniturePatterns:
    by_kind: dict[str, list[str]] = {}
    for name in ("common", *FURNITURE_LANGUAGES):
        for kind, regexes in json_data(name, "clean_furniture").items():
            if not kind.startswith("_"):
                by_kind.setdefault(kind, []).extend(regexes)
    ordered = [k for k in KIND_ORDER if k in by_kind] + [k for k in by_kind if k not in KIND_ORDER]
    openings: list[str] | None = []
    reach = 0
    branches = []
    for kind in ordered:
        for regex in by_kind[kind]:
            if re.compile(regex).groups:
                raise ConfigError(f"clean_furniture pattern for {kind!r} has a capturing group: {regex}")
            sliding = SLIDING.fullmatch(regex)
            if sliding and openings is not None:
                found = _openings(sliding.group(2))
                openings = None if found is None else openings + list(found)
                reach = max(reach, int(sliding.group(1)) + max(map(len, found or [""])))
            branches += [Branch(kind, branch, first_char_class(branch),
                                sliding is not None)
                         for branch in alternatives(regex)]
    return FurniturePatterns(
        branches,
        openings=None if openings is None else re.compile(literal_trie(openings)),
        reach=reach,
        anchors=None if openings is None else re.compile(literal_trie(minimal_literals(set(map(_anchor, openings))))),
    )


def _anchor(opening: str) -> str:
    """The end of an opening from its rarest letter on (two characters at least after it: a
    two-character anchor such as "y " of "we may " stands in one line of thirteen, a three-character
    one in few), which a line holding the opening holds too: a search for the anchors stops at few
    characters of a line, most lines hold none, and only the lines that do are searched for the
    openings."""
    def rarity(i: int) -> tuple[int, int]:
        rank = COMMON_CHARACTERS.find(opening[i])
        return (rank if rank >= 0 else len(COMMON_CHARACTERS)), -i
    return opening[max(range(max(1, len(opening) - ANCHOR_MIN_LENGTH + 1)), key=rarity):]


def factored(regexes: list[str]) -> str:
    """An alternation of `regexes` with the items that several of them start with written once
    ("[A-Z]\\w++ (?:is|was) a (?:writer|professor)" for two biography patterns): `re` tries the
    branches one by one, each from the line's start, so shared openings are matched once instead
    of once per branch. A line matches the result exactly when it matches one of the branches
    (whichever one: only the kind counts); branches that cannot be split into items stay whole."""
    split = [items(regex) for regex in regexes]
    whole = [f"(?:{regex})" for regex, found in zip(regexes, split) if found is None]
    itemised = [found for found in split if found is not None]
    return "|".join((_item_trie(itemised) if itemised else []) + whole)


def _item_trie(branches: list[list[tuple[str, str]]]) -> list[str]:
    """The alternatives matching what `branches` match: one per distinct first item, holding the
    items all its branches share and then an alternation of their rests."""
    by_first: dict[tuple[str, str], list[list[tuple[str, str]]]] = {}
    ends_here = False
    for branch in branches:
        if branch:
            by_first.setdefault(branch[0], []).append(branch)
        else:
            ends_here = True
    alternatives = []
    for group in by_first.values():
        shared = len(group[0])
        for branch in group[1:]:
            shared = next((k for k, (a, b) in enumerate(zip(group[0][:shared], branch)) if a != b),
                          min(shared, len(branch)))
        rest = _item_trie([branch[shared:] for branch in group]) if len(group) > 1 else [""]
        alternatives.append(_written(group[0][:shared]) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]))
    return alternatives + [""] * ends_here


def _written(found: list[tuple[str, str]]) -> str:
    """Items as a pattern, each run of case-insensitive items in one group."""
    runs = [(flag, "".join(item for item, _ in run)) for flag, run in groupby(found, key=itemgetter(1))]
    return "".join(f"(?{flag}:{text})" if flag else text for flag, text in runs)


def literal_trie(words: Iterable[str], space: str = re.escape(" ")) -> str:
    """A regular expression matching any of `words`, with shared beginnings written once
    ("gratis (?:lesen|testen)"): `re` tries the branches of an alternation one by one at every
    position of a line, so fifty literal openings cost several times what their trie costs.
    A space inside a word matches `space` (a pattern), so running text may break words apart."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, space)


def _trie_regex(node: dict, space: str) -> str:
    if "" in node:
        if len(node) == 1:
            return ""
        rest = _trie_regex({k: v for k, v in node.items() if k}, space)
        return f"(?:{rest})?"
    branches = [(space if char == " " else re.escape(char)) + _trie_regex(child, space)
                for char, child in node.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def furniture_kind(line: str) -> str | None:
    """The furniture kind whose pattern matches the whole line, or None."""
    return furniture_patterns().kind(line.strip())


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Function words of German and English together, whatever the page's language, plus those of
    the page's own language where it has a list: a wrong language guess (an English cookie notice
    over a German article) must not make prose look like a menu, and the lists barely collide."""
    codes = dict.fromkeys((*PATTERN_LANGUAGES, LANGUAGE_ALIASES.get(lang, lang)))
    return frozenset(w for code in codes for w in word_list(code, "clean_stopwords"))


@cache
def has_stop_words(lang: str) -> bool:
    """Whether the page's language has its own function-word list (German and English always do)."""
    return bool(word_list(LANGUAGE_ALIASES.get(lang, lang), "clean_stopwords"))


@cache
def known_camel_case() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("common", "clean_camelcase"))


@cache
def camel_case_prefixes() -> tuple[str, ...]:
    """`known_camel_case` for `str.startswith`, which takes a tuple."""
    return tuple(sorted(known_camel_case()))


@cache
def agencies() -> tuple[str, ...]:
    return tuple(word_list("common", "meta_agencies"))


@cache
def caption_openings() -> re.Pattern[str]:
    """How photo captions begin ("Auf diesem Bild …", "In this photo …"), as one alternation."""
    return _alternation(p for code in PATTERN_LANGUAGES for p in patterns(code, "clean_captions"))


@cache
def article_end_lines() -> re.Pattern[str]:
    """Headers after which an article never goes on (comment sections, "related stories"), as
    one alternation."""
    return _alternation(p for code in PATTERN_LANGUAGES for p in patterns(code, "clean_article_end"))


@cache
def list_headers() -> re.Pattern[str]:
    """Headers of lists announced without a colon ("Zutaten", "Ingredients"), as one alternation
    that lets a colon follow."""
    found = _alternation(p for code in PATTERN_LANGUAGES for p in patterns(code, "clean_list_headers"))
    return re.compile(f"(?:{found.pattern}):?", re.IGNORECASE)


@cache
def teaser_labels() -> re.Pattern[str]:
    """Labels of a link to another article ("Keep reading", "Lesen Sie auch"), as one alternation
    that lets a colon, an arrow or an emoji follow."""
    found = _alternation(p for code in PATTERN_LANGUAGES for p in patterns(code, "clean_teaser_labels"))
    return re.compile(f"(?:{found.pattern})\\W{{0,4}}", re.IGNORECASE)


def _alternation(compiled) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in compiled) or NEVER, re.IGNORECASE)


@cache
def inline_credits() -> tuple[re.Pattern[str], ...]:
    """Photo credits written at the end of a caption line ("… | © Agentur"), in order of trust."""
    return patterns("common", "clean_inline_credit")


@cache
def inline_credit_literals() -> re.Pattern[str] | None:
    """A search for the literals of which every match of an `inline_credits` pattern holds one, to
    be run on the `fold`ed text (None when a pattern needs no literal): where it finds nothing, no
    pattern can match, and most caption candidates have no credit. It costs a third of searching
    the patterns themselves, whose many starting points ("\\s", a look-behind) the engine tries
    at every position."""
    found = [required_literals(pattern) for pattern in inline_credits()]
    if not all(found):
        return None
    return re.compile(literal_trie(minimal_literals(set().union(*found))))
