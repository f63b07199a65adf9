"""Name lists as NER features: most names in news are absent from 5,000 training sentences.

Babel's CLDR data (already a dependency) gives country and region names and time-zone cities in
German and English, and language names whose lower-cased stems ("deutsch", "französisch") mark
adjectives derived from places, the GermEval "LOCderiv" class. `data/common/ner_gazetteer_*`
add GeoNames cities, US Census first names and surnames, the first names of 54 countries
from nam_dict (German ones included, which the US lists lack) and one-word ISO region and
country names in English and German (sources and licences in their headers; rebuilt by
`train/build_ner_gazetteers.py`). HanTa's German lexicon (LGPL, a
dependency, read in place) says which words news text uses as proper nouns (NE) and which as
common nouns (NN), the distinction German capitalisation hides; `de/ner_lowercase_words`
(written by `lagebild.nlp.ner.train` from the GermEval training text) says which capitalised
words also occur in lower case, as adjectives and verbs do and names rarely; `noun_evidence`
joins the two into one verdict per capitalised word. Multi-word places
and first name + surname runs are matched as sequences. Nothing is downloaded.
"""
from __future__ import annotations

from functools import cache

from babel import Locale
from babel.core import get_global
from HanTa.HanoverTagger import HanoverTagger

from lagebild.resources import word_list

_LANGUAGES = ("de", "en")
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em", "n")
LONGEST_PLACE = 5


_SEPARATORS = str.maketrans({"-": " ", "(": " ", ")": " "})


def _words(name: str) -> list[str]:
    return name.translate(_SEPARATORS).split()


@cache
def _place_names() -> frozenset[str]:
    names: set[str] = set(word_list("common", "ner_gazetteer_places"))
    for zone in get_global("zone_territories"):
        if "/" in zone and not zone.startswith("Etc/"):
            names.add(zone.rsplit("/", 1)[1].replace("_", " "))
    for lang in _LANGUAGES:
        locale = Locale(lang)
        names.update(name for code, name in locale.territories.items() if not code.isdigit())
        names.update(zone["city"] for zone in locale.time_zones.values() if zone.get("city"))
    return frozenset(names)


@cache
def places() -> tuple[frozenset[str], frozenset[str]]:
    """(full one-word place names, words occurring inside multi-word place names)."""
    single: set[str] = set()
    inside: set[str] = set()
    for name in _place_names():
        words = _words(name)
        if len(words) == 1:
            single.add(words[0])
        else:
            inside.update(word for word in words if word[:1].isupper())
    return frozenset(single), frozenset(inside)


@cache
def multi_word_places() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(place names of 2 to `LONGEST_PLACE` tokens as tuples ("New", "York"), their first words)."""
    found = set()
    for name in _place_names():
        words = tuple(name.split())
        if 1 < len(words) <= LONGEST_PLACE:
            found.add(words)
    return frozenset(found), frozenset(words[0] for words in found)


@cache
def regions() -> frozenset[str]:
    """ISO 3166 regions and countries ("Niedersachsen", "Abruzzen"), as a feature of their own:
    so they added 0.4 F1 on the tune slice and 0.2 on the last 500 training sentences, merged
    into the place names (with more GeoNames cities) -0.5 and +0.1."""
    return frozenset(word_list("common", "ner_gazetteer_regions"))


@cache
def given_names() -> frozenset[str]:
    """First names of 54 countries, less those the training text also writes in lower case
    (the list holds "Sie" and "Will" as names somewhere). On the last 500 training
    sentences (a model fitted without them) they added 2 F1, on the tune slice 0.2."""
    seen = lowercase_words()
    return frozenset(name for name in word_list("common", "ner_gazetteer_given_names") if name.lower() not in seen)


@cache
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names of the US Census and `given_names`, surnames)."""
    first = frozenset(word_list("common", "ner_gazetteer_first_names")) | given_names()
    return first, frozenset(word_list("common", "ner_gazetteer_surnames"))


@cache
def lexicon_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-cased proper nouns, lower-cased common-noun stems) of HanTa's German model."""
    model = HanoverTagger("morphmodel_ger.pgz")
    morphemes = model.LP_m_t
    return frozenset(morphemes[model.tag2int["NE"]]), frozenset(morphemes[model.tag2int["NN"]])


@cache
def language_names() -> frozenset[str]:
    return frozenset(
        name for lang in _LANGUAGES for name in Locale(lang).languages.values() if len(name.split()) == 1
    )


@cache
def _adjective_forms() -> frozenset[str]:
    """Lower-cased language-name stems with each adjective ending ("französisch" + "en")."""
    stems = {name.lower() for name in language_names() if len(name) >= 5}
    return frozenset(stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS)


@cache
def lowercase_words() -> frozenset[str]:
    """Words the training text writes in lower case: a capitalised one is then rarely a name."""
    return frozenset(word_list("de", "ner_lowercase_words"))


@cache
def _noun_inflections() -> tuple[tuple[int, frozenset[str]], ...]:
    """(length, endings of that length), the bare stem ("") included: one slice per length
    instead of one test per ending."""
    endings = ("", *word_list("de", "ner_noun_inflections"))
    return tuple((size, frozenset(e for e in endings if len(e) == size)) for size in sorted({len(e) for e in endings}))


@cache
def _common_noun_tails() -> frozenset[str]:
    """Last four letters of every common-noun stem: a word ending otherwise has no such stem as its tail."""
    _, common = lexicon_nouns()
    return frozenset(stem[-4:] for stem in common if len(stem) >= 4)


def noun_evidence(lower: str) -> str:
    """What the lexicons say about a capitalised word, as one value, because the model needs the
    absence of all evidence as a feature of its own (a linear model cannot build it from the
    separate lookups): "lc" written lower case in the training text, "nn" an inflected HanTa
    common noun, "cmp" a compound whose head is one ("Hausbesetzerszene"), "unknown" none of
    these. On the training text 62 % of "unknown" words are names against 12 % of "nn" ones.
    """
    if lower in lowercase_words():
        return "lc"
    _, common = lexicon_nouns()
    size = len(lower)
    for cut, endings in _noun_inflections():
        if lower[size - cut:] in endings and lower[:size - cut] in common:
            return "nn"
    if "-" in lower and lower.rsplit("-", 1)[1] in common:
        return "nn"
    if lower[-4:] in _common_noun_tails():
        for start in range(1, size - 3):
            if lower[start:] in common:
                return "cmp"
    return "unknown"


def load() -> None:
    """Reads every list now, so that the first tagged sentence does not pay for it."""
    places()
    multi_word_places()
    lowercase_words()
    regions()
    given_names()
    person_names()
    lexicon_nouns()
    _adjective_forms()
    _noun_inflections()
    _common_noun_tails()


def features(word: str, lower: str) -> list[str]:
    """`lower` is `word.lower()`, which the caller has already made."""
    single, inside = places()
    found: list[str] = []
    if word in single:
        found.append("gz=place")
    elif word in inside:
        found.append("gz=place_part")
    if word in regions():
        found.append("gz=region")
    first_names, surnames = person_names()
    if word in first_names:
        found.append("gz=first_name")
    if word in given_names():
        found.append("gz=given_name")
    if word in surnames:
        found.append("gz=surname")
    if word in language_names():
        found.append("gz=language")
    proper, common = lexicon_nouns()
    if lower in proper:
        found.append("gz=lexicon_proper")
    if lower in common:
        found.append("gz=lexicon_common")
    if lower in _adjective_forms():
        found.append("gz=language_adjective")
    if "-" in word:
        head = word.split("-", 1)[0]
        if head in single or head.isupper():
            found.append("gz=hyphen_head_place_or_acronym")
    if word[:1].isupper():
        found.append("kn=" + noun_evidence(lower))
        seen = lowercase_words()
        if lower in seen:
            found.append("lc=seen")
        elif word[:1].lower() + word[1:] in seen:
            found.append("lc=seen_first")
    return found


def name_sequences(words: list[str]) -> list[str | None]:
    """B-/I- marks of the longest multi-word place name, or first names + a capitalised
    surname, at each position of a sentence; what single-word membership cannot tell."""
    multi, openers = multi_word_places()
    first_names, surnames = person_names()
    marks: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        length = 0
        if words[i] in openers:
            length = next((n for n in range(LONGEST_PLACE, 1, -1) if tuple(words[i:i + n]) in multi), 0)
        kind = "place"
        if not length:
            j = i
            while j < len(words) and words[j] in first_names and words[j][:1].isupper():
                j += 1
            if i < j < len(words) and len(words[j]) > 1 and words[j][:1].isupper() and (
                    words[j] in surnames or words[j] not in first_names):
                length, kind = j + 1 - i, "person"
        if not length:
            i += 1
            continue
        marks[i] = "B-" + kind
        for k in range(i + 1, i + length):
            marks[k] = "I-" + kind
        i += length
    return marks
