"""Name keys: how two surface forms of a name are recognised as the same name.

Three keys of decreasing strictness: `compact` (lowercase, no diacritics, no spaces or hyphens:
"Kim Jong-un" = "Kim Jong Un"), `loose` (also without case endings: "des Weißen Hauses" = "das
Weiße Haus"), and `folded` (also transliteration pairs from `data/common/resolve_folding.txt`:
"Wostotschny" = "Wostochny", "Pjöngjang" = "Pyongyang"). German and English names of countries
and cities come from CLDR via Babel, so "Nordkorea" and "North Korea" share a `geo_key`.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from zoneinfo import available_timezones

from babel import Locale
from babel.localedata import load as load_locale_data

from lagebild.resources import word_list

_WORD = re.compile(r"\S+")
GEO_LOCALES = ("de", "en")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(name: str) -> list[str]:
    return _WORD.findall(name)


@lru_cache(maxsize=1 << 16)
def compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", strip_diacritics(name).casefold())


@cache
def _inflections(lang: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(lang, "resolve_inflections"), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)
def uninflect(word: str, lang: str) -> str:
    """A name word without its case ending, only for words long enough to carry one."""
    lowered = word.casefold()
    for ending in _inflections(lang):
        if lowered.endswith(ending) and len(lowered) > 5 and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


@lru_cache(maxsize=1 << 16)
def loose(name: str, lang: str) -> str:
    return "".join(compact(uninflect(w, lang)) for w in words(name))


@cache
def _folding_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in word_list("common", "resolve_folding"):
        pattern, _, replacement = line.partition("=>")
        rules.append((re.compile(pattern.strip()), replacement.strip()))
    return tuple(rules)


@lru_cache(maxsize=1 << 16)
def folded(name: str) -> str:
    key = strip_diacritics(name).casefold()
    for pattern, replacement in _folding_rules():
        key = pattern.sub(replacement, key)
    return key


def genitive_base(word: str, lang: str) -> str | None:
    """The word without a possessive/genitive ending ("Putins", "Putin's", "Thomas'"), if any."""
    for ending in ("'s", "’s", "s'", "s’", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + ("s" if ending in ("s'", "s’") else "")
    if lang == "de" and word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
        return word[:-1]
    return None


@cache
def _geo_names() -> dict[str, str]:
    """CLDR territory and exemplar-city names in every locale we read, plus the short and
    official state names of `data/common/resolve_territory_aliases.txt`, by uninflected key."""
    names: list[tuple[str, str]] = []
    for code in GEO_LOCALES:
        names += [(name, f"territory:{t}") for t, name in Locale(code).territories.items() if t.isalpha()]
        zones = load_locale_data(code).get("time_zones", {})
        for zone in sorted(available_timezones()):
            city = zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            names.append((city, f"city:{zone}"))
    for line in word_list("common", "resolve_territory_aliases"):
        name, _, code = line.partition("=>")
        names.append((name.strip(), f"territory:{code.strip()}"))
    table: dict[str, str] = {}
    for name, key in names:
        table.setdefault(compact(name), key)
        table.setdefault(_geo_lookup_key(name), key)
    return table


def _geo_lookup_key(name: str) -> str:
    return "".join(compact(uninflect(w, "de")) for w in words(name))


def geo_key(name: str) -> str | None:
    """A language-independent id for a country or city name that CLDR knows."""
    table = _geo_names()
    return table.get(compact(name)) or table.get(_geo_lookup_key(name))


def geo_name(key: str, lang: str) -> str | None:
    """The CLDR name of a `geo_key` in `lang` ("territory:KP", "de" -> "Nordkorea")."""
    kind, _, code = key.partition(":")
    try:
        if kind == "territory":
            return Locale(lang).territories.get(code)
        zones = load_locale_data(lang).get("time_zones", {})
        return zones.get(code, {}).get("city") or code.rsplit("/", 1)[-1].replace("_", " ")
    except (ValueError, LookupError):
        return None


def preferred_name(counts: Counter[str], label: str) -> str:
    """The form to show: for a person the most used full (multi-word) name, so "Putin" shows
    as "Wladimir Putin"; otherwise the most used form, so that one mistagged long span ("FC
    Bayern München Verhandlungen") does not win over a common shorter one."""
    def rank(name: str) -> tuple:
        size = len(words(name))
        if label == "PER":
            return size > 1, counts[name], size, name
        return counts[name], size, name
    return max(counts, key=rank)


SIMILAR = 0.94
"""Jaro-Winkler on folded keys above which two names are one spelling: "Timoschenko" /
"Tymoshenko" (0.94), "Janukowitsch" / "Yanukovych" (0.96)."""
SIMILAR_SHORT = 0.96
"""Short keys need more: "Gaddafi" / "Gadhafi" (0.97) join, "Meier" / "Meyer" (0.89) and
"Bayern" / "Bayer 04" (0.91) stay apart."""
SHORT = 9


def similar_spelling(a: str, b: str) -> bool:
    """Two folded keys close enough to be one name misspelt or transliterated differently."""
    return jaro_winkler(a, b) >= (SIMILAR_SHORT if min(len(a), len(b)) < SHORT else SIMILAR)


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity in [0, 1]; small enough to keep rather than add a dependency."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(len(a), len(b)) // 2 - 1
    matched_b = [False] * len(b)
    a_matches = []
    for i, char in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not matched_b[j] and b[j] == char:
                matched_b[j] = True
                a_matches.append(char)
                break
    if not a_matches:
        return 0.0
    b_matches = [b[j] for j, hit in enumerate(matched_b) if hit]
    transpositions = sum(x != y for x, y in zip(a_matches, b_matches)) / 2
    m = len(a_matches)
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)
