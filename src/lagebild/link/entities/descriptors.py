"""Roles, ages and descriptor phrases around names, read with data-file word lists.

A role is recognised by the ending of a word ("Verteidigungsminister" ends in "minister"), so a
short list of role nouns per language covers the compounds news German builds from them. What
is found becomes an attribute of the person, never part of the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from lagebild.resources import word_list

_TOKEN = re.compile(r"[\w'’.-]+|[,;:()]")
_AGE_AFTER = re.compile(r"\s*(?:\((\d{1,3})\)|,\s*(\d{1,3})\s*(?=,))")
_ROLE_ENDINGS = {"de": ("", "in", "innen", "en", "n", "s", "es", "r"), "en": ("", "s")}
_CLAUSE_STOP = {",", ";", ":", "(", ")"}
MAX_ROLE_WORDS = 8
ROLE_REACH = 300
"""Characters before a name read for its role phrase, so a text without clause punctuation
is not read from its start for every name. Enough for the MAX_ROLE_WORDS words and the two
before them that are looked at; where words are so long that it is not, the whole clause is."""
_CLAUSE_ENDS = ".!?\n«»\"„“"


@dataclass(frozen=True)
class Descriptor:
    """A definite noun phrase naming a person by role ("der Kremlchef", "the Kremlin leader")."""

    start: int
    end: int
    role: str


@cache
def _lexicon(lang: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(lang, name))


@cache
def _roles(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_lexicon(lang, "resolve_roles"), key=len, reverse=True))


@cache
def _role_pattern(lang: str) -> re.Pattern[str]:
    nouns = "|".join(re.escape(r) for r in _roles(lang) if " " not in r)
    endings = "|".join(re.escape(e) for e in _ROLE_ENDINGS.get(lang, ("",)) if e)
    return re.compile(rf"(?:{nouns})(?:{endings})?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def is_role_word(word: str, lang: str) -> bool:
    """A word ending in a role noun; German nouns must be capitalised ("der Minister", not
    "ministerielle")."""
    if lang == "de" and not word[:1].isupper():
        return False
    return _role_pattern(lang).search(word.casefold().strip(".,")) is not None


def is_honorific(word: str, lang: str) -> bool:
    return word.casefold() in _lexicon(lang, "resolve_honorifics")


def is_determiner(word: str, lang: str) -> bool:
    return word.casefold() in _lexicon(lang, "resolve_determiners")


@cache
def place_kinds(lang: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in word_list(lang, "resolve_place_kinds"):
        noun, _, kind = line.partition("=")
        pairs.append((noun.strip().casefold(), kind.strip()))
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def place_kind(word: str, lang: str) -> str | None:
    lowered = word.casefold()
    for noun, kind in place_kinds(lang):
        if lowered.endswith(noun) and (lang != "de" or word[:1].isupper()):
            return kind
    return None


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def role_before(text: str, start: int, lang: str, floor: int = 0) -> tuple[str, int] | None:
    """The role phrase ending right before a name ("Präsident", "der Sprecher des …,"), with
    the offset where it starts; it never reaches back past `floor` (the previous mention)."""
    low = max(floor, start - ROLE_REACH)
    offset = max(max(text.rfind(c, low, start) for c in _CLAUSE_ENDS) + 1, low)
    tokens = _tokens(text[offset:start])
    if offset == low > floor and len(tokens) < MAX_ROLE_WORDS + 4:
        offset = max(max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1, floor)
        tokens = _tokens(text[offset:start])
    if tokens and tokens[-1].group() == ",":
        tokens = tokens[:-1]
    complement = _lexicon(lang, "resolve_complement_words")
    first = None
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - MAX_ROLE_WORDS), -1):
        word = tokens[index].group()
        if is_role_word(word, lang) and (first is None or _genitive_link(tokens[index + 1].group(), lang)):
            first = index
        elif word in _CLAUSE_STOP or not (
            word[:1].isupper() or word.casefold() in complement or _is_modifier(word, lang)
        ):
            break
    if first is None:
        return None
    two_words = f"{tokens[first - 1].group()} {tokens[first].group()}" if first > 0 else ""
    if two_words.casefold() in _roles(lang):
        first -= 1
    phrase = " ".join(t.group() for t in tokens[first:])
    if first > 0 and is_determiner(tokens[first - 1].group(), lang):
        first -= 1
    return phrase, offset + tokens[first].start()


def role_after(text: str, end: int, lang: str, ceiling: int | None = None) -> str | None:
    """A role apposition closed before the next mention (`ceiling`): "John Kirby, Sprecher des
    Weißen Hauses, sagte" but not "Berglund, welcomed Prime Minister Farrow"."""
    rest = text[end:min(end + 200, ceiling if ceiling is not None else len(text))]
    age = _AGE_AFTER.match(rest)
    if age:
        rest = rest[age.end():]
    tokens = _tokens(rest)
    if not tokens or tokens[0].group() != ",":
        return None
    phrase: list[str] = []
    closed = False
    for token in tokens[1:MAX_ROLE_WORDS + 1]:
        word = token.group()
        if word in _CLAUSE_STOP or word.endswith("."):
            if word not in _CLAUSE_STOP:
                phrase.append(word.rstrip("."))
            closed = True
            break
        phrase.append(word)
    if not closed and len(tokens) > MAX_ROLE_WORDS + 1:
        return None
    start = 1 if phrase and is_determiner(phrase[0], lang) else 0
    for index, word in enumerate(phrase[:4]):
        if is_role_word(word, lang):
            # English modifiers precede the role ("the White House spokesman"), German
            # complements follow it ("dem Leiter des Ministeriums").
            return " ".join(phrase[start if lang != "de" else index:])
        if not (is_determiner(word, lang) or _is_modifier(word, lang) or word[:1].isupper()):
            return None
    return None


def _genitive_link(word: str, lang: str) -> bool:
    """"Sprecherin des Präsidenten": the outer role is the person's, not the inner one."""
    return is_determiner(word, lang) or word.casefold() == "of"


def age_after(text: str, end: int) -> str | None:
    found = _AGE_AFTER.match(text, end)
    if not found:
        return None
    return found.group(1) or found.group(2)


def _is_modifier(word: str, lang: str) -> bool:
    """An adjective that may stand between article, role and name: German inflected
    lowercase adjectives ("britischen"), English capitalised ones ("Russian", "Kremlin")."""
    if lang == "de":
        return word[:1].islower() and word.endswith(("e", "en", "er", "es", "em"))
    return word[:1].isupper()


def find_descriptors(text: str, lang: str) -> list[Descriptor]:
    """Definite role phrases not followed by a name: candidate mentions of a known person."""
    found = []
    tokens = _tokens(text)
    for i, token in enumerate(tokens):
        if not is_determiner(token.group(), lang):
            continue
        for j in range(i + 1, min(i + 4, len(tokens))):
            word = tokens[j].group()
            if is_role_word(word, lang):
                after_noun = i > 1 and _noun_inside_sentence(tokens[i - 2].group(), tokens[i - 1].group())
                if not (_followed_by_name(tokens, j) or _introduces_name(tokens, j, lang)
                        or _plural(token.group(), word, lang, after_noun)):
                    found.append(Descriptor(token.start(), tokens[j].end(), word))
                break
            if word in _CLAUSE_STOP or not _descriptor_modifier(word, lang):
                break
    return found


def _descriptor_modifier(word: str, lang: str) -> bool:
    """English descriptors take any word between article and role ("the foreign minister")."""
    return _is_modifier(word, lang) or (lang != "de" and word.isalpha())


def _plural(determiner: str, role_word: str, lang: str, after_noun: bool = False) -> bool:
    """"die Minister", "the ministers", "Treffen der Minister": a group, not one person. After a
    noun, German "der" before a masculine noun is genitive plural (the singular takes "des")."""
    lowered = role_word.casefold()
    if lang != "de":
        return lowered.endswith("s")
    if lowered.endswith("innen"):
        return True
    feminine = lowered.endswith("in") or lowered.endswith("e")  # "die Vorsitzende", "die Angeklagte"
    article = determiner.casefold()
    return not feminine and (article == "die" or (article == "der" and after_noun))


def _noun_inside_sentence(earlier: str, word: str) -> bool:
    """A capitalised word that is not the first of its sentence, so in German a noun."""
    ends = (".", "!", "?", ":", "\"", "“", "»", "«")
    return word[:1].isupper() and not word.endswith(ends) and not earlier.endswith(ends)


def _introduces_name(tokens: list[re.Match[str]], index: int, lang: str) -> bool:
    """"Der Hauptschiedsrichter des Turniers ist Geurt Gijssen": the phrase names someone new."""
    complement = _lexicon(lang, "resolve_complement_words")
    for token in tokens[index + 1:index + 1 + MAX_ROLE_WORDS]:
        word = token.group()
        if word.casefold() in _lexicon(lang, "resolve_copulas"):
            return True
        if word in _CLAUSE_STOP or not (word[:1].isupper() or word.casefold() in complement
                                        or _is_modifier(word, lang)):
            return False
    return False


def descriptor_role(phrase: str, lang: str) -> str | None:
    """The role noun of a phrase that is wholly a descriptor ("der russische Präsident")."""
    parts = phrase.split()
    if len(parts) < 2 or not is_determiner(parts[0], lang) or not is_role_word(parts[-1], lang):
        return None
    if _plural(parts[0], parts[-1], lang):
        return None
    return parts[-1] if all(_descriptor_modifier(w, lang) for w in parts[1:-1]) else None


def _followed_by_name(tokens: list[re.Match[str]], index: int) -> bool:
    following = [t.group() for t in tokens[index + 1:index + 3]]
    if following and following[0] == ",":
        following = following[1:]
    return bool(following) and following[0][:1].isupper() and following[0] not in _CLAUSE_STOP
