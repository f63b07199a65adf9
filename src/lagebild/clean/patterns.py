"""Furniture line patterns, kept per language in `data/<lang>/clean_furniture.json`.

Each file maps a furniture kind to regular expressions that must match the whole stripped line;
the common file holds the patterns that look the same in every language. A page in a language
without its own file is matched with the common, German and English patterns, since menus of
international sites are often English or German even when the article is not.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from lagebild.errors import ConfigError
from lagebild.resources import json_data, patterns, word_list

KIND_ORDER = (
    "id_prefix", "gallery", "prev_next", "error_report", "trust", "translator", "byline", "date",
    "photo_credit", "agency", "listen", "share", "comment", "newsletter", "related", "ad", "nav",
    "other",
)
"""Checking order: specific kinds first, so "Foto: dpa" is a credit and not an agency marker."""

PATTERN_LANGUAGES = ("de", "en")


@cache
def _compiled(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One alternation with a group per kind, in checking order: a single fullmatch per line."""
    langs = ["common"] + ([lang] if lang in PATTERN_LANGUAGES else list(PATTERN_LANGUAGES))
    by_kind: dict[str, list[str]] = {}
    for name in langs:
        for kind, regexes in json_data(name, "clean_furniture").items():
            if not kind.startswith("_"):
                by_kind.setdefault(kind, []).extend(regexes)
    ordered = [k for k in KIND_ORDER if k in by_kind] + [k for k in by_kind if k not in KIND_ORDER]
    for kind in ordered:
        for regex in by_kind[kind]:
            if re.compile(regex).groups:
                raise ConfigError(f"clean_furniture pattern for {kind!r} has a capturing group: {regex}")
    combined = "|".join(f"({'|'.join(f'(?:{r})' for r in by_kind[kind])})" for kind in ordered)
    return re.compile(combined), tuple(ordered)


@lru_cache(maxsize=1 << 16)
def furniture_kind(line: str, lang: str) -> str | None:
    """The furniture kind whose pattern matches the whole line, or None. Cached: menus and
    footers repeat on every page of a site."""
    pattern, kinds = _compiled(lang)
    m = pattern.fullmatch(line.strip())
    if m is None:
        return None
    return kinds[next(i for i, group in enumerate(m.groups()) if group is not None)]


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Function words of German and English together, whatever the page's language: a wrong
    language guess (an English cookie notice over a German article) must not make prose
    look like a menu, and the two lists barely collide."""
    return frozenset(w for code in PATTERN_LANGUAGES for w in word_list(code, "clean_stopwords"))


@cache
def known_camel_case() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("common", "clean_camelcase"))


@cache
def agencies() -> tuple[str, ...]:
    return tuple(word_list("common", "meta_agencies"))


@cache
def caption_openings(lang: str) -> tuple[re.Pattern[str], ...]:
    """How photo captions begin ("Auf diesem Bild …", "In this photo …")."""
    langs = [lang] if lang in PATTERN_LANGUAGES else list(PATTERN_LANGUAGES)
    return tuple(p for code in langs for p in patterns(code, "clean_captions"))


@cache
def article_end_lines(lang: str) -> tuple[re.Pattern[str], ...]:
    """Headers after which an article never goes on: comment sections, "related stories"."""
    langs = [lang] if lang in PATTERN_LANGUAGES else list(PATTERN_LANGUAGES)
    return tuple(p for code in langs for p in patterns(code, "clean_article_end"))


@cache
def inline_credits() -> tuple[re.Pattern[str], ...]:
    """Photo credits written at the end of a caption line ("… | © Agentur")."""
    return patterns("common", "clean_inline_credit")
