"""Whether words with no byline word before them are a person's name.

Many pages print the author bare, on a line of its own beside the date or inside the date line
("3. Mai 2021 | Anna Muster | 2 Kommentare"). Shape alone cannot tell such a name from a German
heading ("Aktuelle Meldungen": nouns are capitalised too), so a bare name must open with a known
first name (the census list of the NER gazetteer plus `common/meta_first_names`; under a byline label
also the NER gazetteer's first names of 54 countries), less the entries that are mostly words or
places (`common/meta_name_not_first`). A name whose first name no list knows needs the page to
vouch for it instead (`bare_names.unlisted_name`: printed again, a role, a label or the date right
beside it).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from lagebild.meta.lexicon import all_entries
from lagebild.resources import word_list

NAME_WORDS = (2, 4)
"""Fewest and most words of a bare name: one word is a section or a user name, five a phrase."""

ROLE_WORDS = 10
"""Most words of a name line that adds the person's role after a comma."""

WRAPPERS = ",;:()[]\"'“”„«»"
"""Punctuation around a word of a name."""


def _letters(case: Callable[[str], bool]) -> str:
    """Every letter of the Latin, Greek and Cyrillic scripts in one case, for character classes: names
    of other languages open with capitals beyond Latin-1 ("Łukasz", "Şükrü", "Čapek", "Đức")."""
    return "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and case(c))


CAPITAL = f"[{_letters(str.isupper)}]"
SMALL = f"[{_letters(str.islower)}]"

INITIAL = re.compile(rf"^{CAPITAL}(?:\.{CAPITAL})*\.$")


@cache
def first_names() -> frozenset[str]:
    listed = frozenset(word_list("common", "ner_gazetteer_first_names")) | frozenset(word_list("common", "meta_first_names"))
    return listed - _not_first_names()


@cache
def _not_first_names() -> frozenset[str]:
    return frozenset(word_list("common", "meta_name_not_first"))


@cache
def name_stops() -> frozenset[str]:
    """Capitalised words that end a name: roles, outlets, interface words."""
    return frozenset(all_entries("meta_name_stops")) | frozenset(roles())


@cache
def roles() -> tuple[str, ...]:
    """A tuple, which `str.endswith` takes."""
    return tuple(all_entries("meta_name_roles"))


def is_role(word: str) -> bool:
    """"Redakteurin", "Wirtschaftskorrespondent", "FOCUS-Online-Experte": a role or a compound
    ending in one."""
    return word.lower().endswith(roles())


@cache
def particles() -> frozenset[str]:
    return frozenset(word_list("common", "meta_name_particles"))


@cache
def titles() -> frozenset[str]:
    return frozenset(word_list("common", "meta_name_titles"))


def is_title(token: str) -> bool:
    """"Dr.", "Prof", "Dipl.-Ing.": a title before a name, which names are given without."""
    head = token.lower()
    if "-" in head:
        head = head.split("-", 1)[0]
    return head in titles() or (head[-1:] == "." and head[:-1] in titles())


@cache
def _unaccented_first_names() -> frozenset[str]:
    return frozenset(map(unaccented, first_names()))


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_first_name(word: str, vouched: bool = False) -> bool:
    """`vouched`: a byline label stands right above the word, so the first names of 54 countries
    count too; beside a date alone they would let words like "Beat" or "Ard" pass. A name written
    without its accents ("Francois", "Jurgen") is still the name."""
    head = word.split("-", 1)[0]
    if head in first_names() or head.capitalize() in first_names():
        return True
    if head.isascii() and head.capitalize() in _unaccented_first_names():
        return True
    return vouched and head in worldwide_first_names()


@cache
def worldwide_first_names() -> frozenset[str]:
    """Imported here, not at the top: the gazetteer module pulls in the lemmatiser, which the meta
    stage otherwise never needs."""
    from lagebild.nlp.ner.gazetteer import given_names

    return given_names() - _not_first_names()


def glued_particle(word: str) -> bool:
    """"Samir al-Sayed": a particle joined to the capitalised surname by a hyphen."""
    head, _, tail = word.partition("-")
    return tail[:1].isupper() and head.lower() in particles()


def _name_word(word: str) -> bool:
    if INITIAL.match(word) or glued_particle(word):
        return True
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return (letters.isalpha() and word[0].isupper() and word.lower() not in name_stops()
            and (not word.isupper() or len(word) > 1))


def leading_name(text: str) -> str | None:
    """The person's name that opens `text` ("Anna Muster 2 Kommentare" gives "Anna Muster"):
    capitalised words up to the first other word, opening with a first name."""
    words: list[str] = []
    for token in text.split():
        word = token.strip(WRAPPERS)
        if not word or token.endswith(":"):
            break
        if not words and is_title(word):
            continue
        if _name_word(word) or (words and word.lower() in particles()):
            words.append(word)
            if token[-1] in ",;)":
                break
        else:
            break
    while words and words[-1].lower() in particles():
        words.pop()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or not is_first_name(words[0]):
        return None
    return " ".join(words)


ROLE_AFTER_NAME = 3
"""Most words of a role printed straight after the name, without a comma ("Anna Muster Education editor")."""


def printed_once(text: str) -> str:
    """A line that prints its words twice over ("Anna Muster Anna Muster", "Newsdesk Newsdesk": the
    link and the picture's alt text run together), as printed once."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def name_before_role(line: str) -> str | None:
    """The two-word name that opens a line ending in a role ("Anna Muster Political editor",
    "Anna Muster Redakteurin"): the role's first words are capitalised like the name's, so only
    the first two words are taken, which the evaluation of a longer name still finds inside it."""
    text = _words_before_role(line)
    return bare_name(text) if text else None


def name_after_role(line: str) -> str | None:
    """The name that closes a line opening with the person's role ("Redakteurin Anna Muster",
    "Senior Political Editor Anna Muster", "FOCUS-Online-Experte Anna Muster")."""
    text = _words_after_role(line)
    return bare_name(text) if text else None


def words_beside_role(line: str) -> str | None:
    """The words that would name the person in a line that prints a role before or after them,
    whether or not a list knows the first name."""
    return _words_before_comma_role(line) or _words_before_role(line) or _words_after_role(line)


def _words_before_role(line: str) -> str | None:
    words = line.split()
    if not 3 <= len(words) <= NAME_WORDS[0] + ROLE_AFTER_NAME:
        return None
    last = words[-1].strip(WRAPPERS).lower()
    return " ".join(words[:NAME_WORDS[0]]) if last in name_stops() or is_role(last) else None


def _words_before_comma_role(line: str) -> str | None:
    """"Anna Muster, Senior Political Correspondent, The Daily Example", "Anna Muster, Korrespondentin in
    Kiew": the name before a comma, when a role stands among the first words after it."""
    name, comma, rest = line.partition(",")
    words = rest.split(",", 1)[0].split()
    if not comma or not NAME_WORDS[0] <= len(name.split()) <= NAME_WORDS[1] or len(name.split()) + len(rest.split()) > ROLE_WORDS:
        return None
    return name if any(is_role(word.strip(WRAPPERS)) for word in words[:ROLE_AFTER_NAME]) else None


def _words_after_role(line: str) -> str | None:
    # A role opens the line with a capital.
    if not line.lstrip()[:1].isupper():
        return None
    words = line.split()
    for cut in range(1, min(ROLE_AFTER_NAME, len(words) - NAME_WORDS[0]) + 1):
        if is_role(words[cut - 1]):
            return " ".join(words[cut:]) if all(word[0].isupper() for word in words[:cut]) else None
    return None


def bare_name(line: str) -> str | None:
    """The person's name that `line` consists of, perhaps with a role after a comma ("Anna Muster,
    Staff Writer"); a name printed twice ("Anna Muster Anna Muster", the picture's alt text and
    the link) counts once."""
    words = line.split()
    if len(words) < NAME_WORDS[0]:
        # Most lines read are single menu words; dropping titles cannot lengthen them.
        return None
    while words and is_title(words[0]):
        words = words[1:]
    if not NAME_WORDS[0] <= len(words) <= ROLE_WORDS or not is_first_name(words[0].strip(WRAPPERS)):
        return None
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    text = " ".join(words)
    name = leading_name(text)
    if name is None or not (name == text or (text.startswith(name + ",") and len(words) <= ROLE_WORDS)):
        return None
    return name


def add_names(target: list[str], names: list[str]) -> None:
    """A name found again by another reader counts once; the order found is kept."""
    for name in names:
        if name not in target:
            target.append(name)


def name_shaped(line: str) -> bool:
    """Two to four capitalised words, perhaps with a role after a comma: the next entry of a list of
    names ("Ben Beispiel, Autor"), whose first names no list may know."""
    words = line.split(",", 1)[0].split()
    return NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(
        word[0].isupper() and word.replace("-", "").isalpha() for word in words)
