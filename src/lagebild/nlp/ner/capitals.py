"""Entity rules for languages that capitalise names alone (English: those with `ner_name_connectors`).

The German-trained model sees shape and context; in such a language a capital inside a sentence
is strong evidence it cannot weigh, and its chunks need trimming to the name proper. Here chunks
are split at titles and at lower-case words, capitalised words the model left out become names
typed by the name lists or by the type the model finds likeliest there, and the lists (titles,
organisation and place head words, abbreviated places, HanTa's proper nouns) correct the type.
Every rule is gated by the data files of the language, so German passes through untouched apart
from `tidy`'s drop of chunks made only of not-names.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from lagebild.nlp import lexicon
from lagebild.nlp.ner import BASE_TYPES, gazetteer
from lagebild.resources import word_list

if TYPE_CHECKING:
    from lagebild.nlp.entities import EntityTagger


def capitalises_names_alone(lang: str) -> bool:
    return bool(word_set(lang, "name_connectors"))


def names_in_sentence(words: list[str], found: list[tuple[int, int, str]], lang: str,
                      tagger: EntityTagger) -> list[tuple[int, int, str]]:
    """The model's chunks of one sentence, reshaped into names where the language capitalises
    names alone; unchanged elsewhere."""
    if not capitalises_names_alone(lang):
        return found
    found = _split_nationalities(words, found, lang)
    runs = _capitalised_runs(words, found, lang, tagger)
    joined = split_at_lower_case(words, join_adjacent(found, runs, touching_chunks=True), lang, tagger)
    return _split_at_titles(words, joined, lang, tagger)


@cache
def word_set(lang: str, name: str) -> frozenset[str]:
    return frozenset(word_list(lang, f"ner_{name}"))


def tidy(words: list[str], first: int, end: int, kind: str, lang: str) -> tuple[int, int] | None:
    """Trims a chunk to the name proper, or None when nothing name-like is left.

    Any language: a chunk made only of `ner_not_names` words (weekdays, pronouns) is dropped.
    Where `ner_name_connectors` exists (English, whose names are capitalised but nouns are not):
    leading listed words go ("The United Nations"), a chunk starting lower-case is no name, a
    lower-case word outside the list, a punctuation mark, or a listed not-name after a connector ("on
    March") ends the name, and a person's name starts after its last `ner_titles` word. (A lone language
    name there, "German", is then read as GermEval reads "deutsche": LOC, derived.)
    """
    not_names = word_set(lang, "not_names")
    connectors = word_set(lang, "name_connectors")
    if connectors:
        while first < end and words[first].lower() in not_names | connectors:
            first += 1
        if first < end and not words[first][:1].isupper() and not words[first][:1].isdigit():
            return None
        for i in range(first + 1, end):
            word = words[i]
            if word[:1].islower() and word not in connectors or not any(map(str.isalnum, word)) and (
                    word not in connectors) or (
                    word[:1].isupper() and word.lower() in not_names and words[i - 1] in connectors):
                end = i
                break
        if kind.startswith("PER"):
            titles = word_set(lang, "titles")
            after_title = [i + 1 for i in range(first, end) if words[i].lower() in titles]
            if after_title:
                first = after_title[-1]
        organisation_words = word_set(lang, "organisation_words")
        while end > first and (words[end - 1].lower() in connectors or words[end - 1].lower() in not_names
                               and words[end - 1].lower() not in organisation_words):
            end -= 1
    if first >= end or all(words[i].lower() in not_names for i in range(first, end)):
        return None
    return first, end


def _label_by_head(words: list[str], lang: str) -> str | None:
    """ORG or LOC when the last word says what kind of thing is named ("Harpo Productions",
    "Bruckner Boulevard"), or the name is a known abbreviated place ("U.S.")."""
    last = words[-1].lower()
    if last in word_set(lang, "organisation_words"):
        return "ORG"
    if last in word_set(lang, "place_words") or " ".join(words) in word_set(lang, "place_abbreviations"):
        return "LOC"
    return None


def _label_by_lists(words: list[str], lang: str) -> str | None:
    if any(w.lower() in word_set(lang, "organisation_words") for w in words):
        return "ORG"
    if head := _label_by_head(words, lang):
        return head
    first_names, _ = gazetteer.person_names()
    if words[0] in first_names and len(words) > 1:
        return "PER"
    single, _ = gazetteer.places()
    several, _ = gazetteer.multi_word_places()
    if words[0].isupper():
        words = [word.title() for word in words]
    if " ".join(words) in single or tuple(words) in several:
        return "LOC"
    return None


def _capitalised_runs(words: list[str], chunks: list[tuple[int, int, str]], lang: str,
                      tagger: EntityTagger) -> list[tuple[int, int, str]]:
    """Runs of capitalised words the model left untagged, labelled from the name lists, else with
    the type the model itself finds likeliest there.

    Called only for languages that capitalise names alone (see `names_in_sentence`): there a
    capital inside a sentence is strong evidence the German-trained model cannot use. At the
    start of a sentence only a language name ("German") counts; `relabel` makes
    it a derived place.
    """
    connectors = word_set(lang, "name_connectors")
    skip = word_set(lang, "not_names") | word_set(lang, "titles")
    covered = {i for first, end, _ in chunks for i in range(first, end)}
    runs: list[tuple[int, int, str]] = []
    if words and 0 not in covered and words[0] in gazetteer.language_names():
        runs.append((0, 1, "OTH"))
    i = 1
    while i < len(words):
        if i in covered or not words[i][:1].isupper() or words[i].lower() in skip or words[i].isupper() and len(words[i]) == 1:
            i += 1
            continue
        end = i + 1
        while end < len(words) and end not in covered:
            if words[end][:1].isupper() and words[end].lower() not in skip:
                end += 1
            elif words[end] in connectors and end + 1 < len(words) and words[end + 1][:1].isupper():
                end += 2
            else:
                break
        runs.append((i, end, _label_by_lists(words[i:end], lang) or tagger.likeliest_type(i)))
        i = end
    return runs


def join_adjacent(chunks: list[tuple[int, int, str]], runs: list[tuple[int, int, str]],
                   touching_chunks: bool) -> list[tuple[int, int, str]]:
    """A capitalised run touching a model chunk ("Red" + "Cross") extends it; the model's label wins.
    With `touching_chunks` (English, where two names never touch without punctuation) two model
    chunks side by side are one name too, of the later one's type ("New York" + "City Housing
    Authority")."""
    joined: list[tuple[int, int, str]] = []
    from_runs = set(runs)
    for chunk in sorted(chunks + runs):
        if joined and joined[-1][1] == chunk[0] and (chunk in from_runs or joined[-1] in from_runs or touching_chunks):
            label = joined[-1][2] if chunk in from_runs else chunk[2]
            joined[-1] = (joined[-1][0], chunk[1], label)
            from_runs.discard(chunk)
        else:
            joined.append(chunk)
    return joined


def _split_nationalities(words: list[str], found: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """English "German Chancellor Olaf Scholz": the German model may read the whole run as one
    person; its leading language name is the nationality (a derived place), the rest stays.
    Organisations keep theirs ("German Football Association")."""
    split: list[tuple[int, int, str]] = []
    for first, end, kind in found:
        if kind == "PER" and end - first > 1 and words[first] in gazetteer.language_names():
            split.append((first, first + 1, "LOCderiv"))
            first += 1
        split.append((first, end, kind))
    return split


def split_at_lower_case(words: list[str], found: list[tuple[int, int, str]], lang: str,
                         tagger: EntityTagger) -> list[tuple[int, int, str]]:
    """On English text the German-trained model sometimes runs one chunk over a whole clause
    ("Fenway Park before Game 1 of the World Series … between the Boston Red Sox"); lower-case
    words other than connectors, punctuation and `ner_name_breaks` ("and the") break it into names, the first keeping the
    model's type, the others looked up or given the type the model finds likeliest there."""
    connectors = word_set(lang, "name_connectors")
    if not connectors:
        return found
    breaks = word_set(lang, "name_breaks")
    split: list[tuple[int, int, str]] = []
    for first, end, kind in found:
        pieces: list[tuple[int, int]] = []
        start = first
        for i in range(first, end + 1):
            if i == end or words[i] not in connectors and (
                    words[i][:1].islower() or not any(map(str.isalnum, words[i]))) or (
                    " ".join(words[i:i + 2]) in breaks):
                if i > start:
                    pieces.append((start, i))
                start = i + 1
        for number, (start, stop) in enumerate(pieces):
            while number and start < stop and words[start] in connectors:
                start += 1
            if number and (stop - start < 2 or not words[start][:1].isupper()):
                continue
            split.append((start, stop, kind if start == first else
                          _label_by_lists(words[start:stop], lang) or tagger.likeliest_type(start)))
    return split


def _split_at_titles(words: list[str], found: list[tuple[int, int, str]], lang: str,
                     tagger: EntityTagger) -> list[tuple[int, int, str]]:
    """English "Florida Gov. Ron DeSantis", "Federal Reserve Chairman Alan Greenspan": titles
    inside a name end the name before them and start a person's name after them; the part
    before keeps the model's type unless that was the person, when it is looked up or the
    model's next likeliest type. Titles a person's name opens with are left to `tidy`; other
    names may begin with a title word ("General Motors")."""
    titles = word_set(lang, "titles")
    first_names, _ = gazetteer.person_names()
    split: list[tuple[int, int, str]] = []
    for first, end, kind in found:
        leading = first
        while leading < end and words[leading].lower() in titles:
            leading += 1
        if leading > first and leading < end and (kind.startswith("PER") or words[leading] in first_names):
            first, kind = leading, "PER"
        inner = [i for i in range(first + 1, end) if words[i].lower() in titles]
        if not inner:
            split.append((first, end, kind))
            continue
        before = _label_by_lists(words[first:inner[0]], lang)
        if before or kind.startswith("PER"):
            kind = before or tagger.likeliest_type(first, besides="PER")
        split.append((first, inner[0], kind))
        if inner[-1] + 1 < end:
            split.append((inner[-1] + 1, end, "PER"))
    return split


def _all_caps_noise(words: list[str]) -> bool:
    """A long word in capitals that names no listed place is a shouted heading or dateline word
    ("UNSPECIFIED"), not a name (the model is no judge of words in capitals); acronyms are short."""
    single, _ = gazetteer.places()
    return len(words) == 1 and words[0].isupper() and len(words[0]) >= ALL_CAPS_WORD and words[0].title() not in single


ALL_CAPS_WORD = 7
POSSESSIVE = ("'s", "’s")


def common_word_opening(words: list[str], first: int, end: int, lang: str) -> bool:
    """A lone word opening a sentence is capitalised whatever it is; where the language has
    `ner_proper_noun_tags`, it is no name unless a name list holds it or the lexicon reads it as
    a proper noun."""
    proper_tags = word_set(lang, "proper_noun_tags")
    if not proper_tags or end - first != 1 or any(any(map(str.isalnum, word)) for word in words[:first]):
        return False
    word = words[first]
    first_names, surnames = gazetteer.person_names()
    if word in first_names or word in surnames or word in gazetteer.places()[0]:
        return False
    return lexicon.tagger(lang) is not None and lexicon.analyze(lang, word)[1] not in proper_tags


def relabel(name: list[str], kind: str, lang: str) -> str | None:
    """The type of an English name where the lists know better than the German-trained model
    (a telling last word, a known place in capitals, a lone language name read as a derived
    place); None for what is no name (a shouted word, digits alone)."""
    if _all_caps_noise(name) or not any(char.isalpha() for word in name for char in word):
        return None
    if kind in BASE_TYPES:
        kind = _label_by_head(name, lang) or kind
    if (name[0].isupper() or kind in ("ORG", "OTH")) and _label_by_lists(name, lang) == "LOC":
        kind = "LOC"
    if len(name) == 1 and name[0] in gazetteer.language_names():
        kind = "LOCderiv"
    return kind
