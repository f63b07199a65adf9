"""Named entities (PER, ORG, LOC, OTH) with lagebild's own CRF model.

The CRF predicts the 12 GermEval outer types; "LOCderiv" ("deutsche") and "ORGpart"
("EU-Kommission") become the base label with `Mention.deriv` / `Mention.part` set, so later
stages can tell a place from an adjective derived from it. English text goes through the same
model (its features are mostly shape, affixes, gazetteers and context); there, chunks are then
trimmed by English capitalisation (see `_tidy`), split at titles, capitalised words the model
left out become names with the type it finds likeliest for them, and English name lists (titles,
organisation and place head words, abbreviated places) correct the type. Scored by
`lagebild eval ner_en` on the project's own English gold.
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from lagebild.errors import ModelMissing
from lagebild.model import Article, Mention, Span, Token
from lagebild.nlp import lexicon
from lagebild.nlp.ner import gazetteer
from lagebild.nlp.ner.features import sentence_features
from lagebild.resources import word_list
from lagebild.settings import Settings

MODEL_NAME = "ner-de.crfsuite"
LONGEST_TAGGED_SENTENCE = 400
"""Tokens the model sees at once: a "sentence" of a page without punctuation can run to 100,000
tokens, whose features alone would take gigabytes; real sentences are far shorter."""
BASE_TYPES = ("PER", "ORG", "LOC", "OTH")


class EntityTagger:
    """A loaded CRF model; `tag_words` returns one BIO tag (12 types) per word."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise ModelMissing(f"{path}: entity model not found; run `lagebild train ner`")
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        gazetteer.load()
        self._begin_labels = [label for label in self._tagger.labels()
                              if label.startswith("B-") and label[2:] in BASE_TYPES]

    def tag_words(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return self._tagger.tag(sentence_features(words))

    def likeliest_type(self, position: int, besides: str | None = None) -> str:
        """The base type (other than `besides`) the model finds likeliest for a name starting at
        `position` of the sentence it tagged last, for words it left outside every name."""
        labels = [label for label in self._begin_labels if label[2:] != besides]
        return max(labels, key=lambda label: self._tagger.marginal(label, position))[2:]


def model_path() -> Path:
    with resources.as_file(resources.files("lagebild").joinpath("models", MODEL_NAME)) as path:
        return Path(path)


def tagger_for(lang: str, model: str | None = None) -> EntityTagger:
    """The tagger for `lang`: the German model serves every language for now."""
    return _load(model or str(model_path()))


@cache
def _load(path: str) -> EntityTagger:
    """Loading (model and name lists) takes about a second, so it happens once per process."""
    return EntityTagger(Path(path))


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, end, GermEval type) token ranges of a BIO sequence, CoNLL style."""
    chunks: list[tuple[int, int, str]] = []
    start = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O":
            if start is not None:
                chunks.append((start, i, kind))
                start = None
            continue
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            chunks.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, label
    return chunks


@cache
def _lexicon(lang: str, name: str) -> frozenset[str]:
    return frozenset(word_list(lang, f"ner_{name}"))


def _tidy(words: list[str], first: int, end: int, kind: str, lang: str) -> tuple[int, int] | None:
    """Trims a chunk to the name proper, or None when nothing name-like is left.

    Any language: a chunk made only of `ner_not_names` words (weekdays, pronouns) is dropped.
    Where `ner_name_connectors` exists (English, whose names are capitalised but nouns are not):
    leading listed words go ("The United Nations"), a chunk starting lower-case is no name, a
    lower-case word outside the list, a punctuation mark, or a listed not-name after a connector ("on
    March") ends the name, and a person's name starts after its last `ner_titles` word. (A lone language
    name there, "German", is then read as GermEval reads "deutsche": LOC, derived.)
    """
    not_names = _lexicon(lang, "not_names")
    connectors = _lexicon(lang, "name_connectors")
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
            titles = _lexicon(lang, "titles")
            after_title = [i + 1 for i in range(first, end) if words[i].lower() in titles]
            if after_title:
                first = after_title[-1]
        organisation_words = _lexicon(lang, "organisation_words")
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
    if last in _lexicon(lang, "organisation_words"):
        return "ORG"
    if last in _lexicon(lang, "place_words") or " ".join(words) in _lexicon(lang, "place_abbreviations"):
        return "LOC"
    return None


def _label_by_lists(words: list[str], lang: str) -> str | None:
    if any(w.lower() in _lexicon(lang, "organisation_words") for w in words):
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

    Only for languages that capitalise names alone (those with `ner_name_connectors`): there a
    capital inside a sentence is strong evidence the German-trained model cannot use. At the
    start of a sentence only a language name ("German") counts; `_mentions_of_sentence` makes
    it a derived place.
    """
    connectors = _lexicon(lang, "name_connectors")
    if not connectors:
        return []
    skip = _lexicon(lang, "not_names") | _lexicon(lang, "titles")
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


def _join_adjacent(chunks: list[tuple[int, int, str]], runs: list[tuple[int, int, str]],
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
    if not _lexicon(lang, "name_connectors"):
        return found
    split: list[tuple[int, int, str]] = []
    for first, end, kind in found:
        if kind == "PER" and end - first > 1 and words[first] in gazetteer.language_names():
            split.append((first, first + 1, "LOCderiv"))
            first += 1
        split.append((first, end, kind))
    return split


def _split_at_lower_case(words: list[str], found: list[tuple[int, int, str]], lang: str,
                         tagger: EntityTagger) -> list[tuple[int, int, str]]:
    """On English text the German-trained model sometimes runs one chunk over a whole clause
    ("Fenway Park before Game 1 of the World Series … between the Boston Red Sox"); lower-case
    words other than connectors, punctuation and `ner_name_breaks` ("and the") break it into names, the first keeping the
    model's type, the others looked up or given the type the model finds likeliest there."""
    connectors = _lexicon(lang, "name_connectors")
    if not connectors:
        return found
    breaks = _lexicon(lang, "name_breaks")
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
    model's next likeliest type. Titles a person's name opens with are left to `_tidy`; other
    names may begin with a title word ("General Motors")."""
    titles = _lexicon(lang, "titles")
    if not _lexicon(lang, "name_connectors"):
        return found
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


def _common_word_opening(words: list[str], first: int, end: int, lang: str) -> bool:
    """A lone word opening a sentence is capitalised whatever it is; where the language has
    `ner_proper_noun_tags`, it is no name unless a name list holds it or the lexicon reads it as
    a proper noun."""
    proper_tags = _lexicon(lang, "proper_noun_tags")
    if not proper_tags or end - first != 1 or any(any(map(str.isalnum, word)) for word in words[:first]):
        return False
    word = words[first]
    first_names, surnames = gazetteer.person_names()
    if word in first_names or word in surnames or word in gazetteer.places()[0]:
        return False
    return lexicon.tagger(lang) is not None and lexicon.analyze(lang, word)[1] not in proper_tags


def _relabel_english(name: list[str], kind: str, lang: str) -> str | None:
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


def _mentions_of_sentence(text: str, tokens: list[Token], tags: list[str], lang: str,
                          tagger: EntityTagger) -> list[Mention]:
    words = [t.text for t in tokens]
    mentions: list[Mention] = []
    found = _split_nationalities(words, chunks(tags), lang)
    runs = _capitalised_runs(words, found, lang, tagger)
    english_like = bool(_lexicon(lang, "name_connectors"))
    joined = _split_at_lower_case(words, _join_adjacent(found, runs, english_like), lang, tagger)
    for first, end, kind in _split_at_titles(words, joined, lang, tagger):
        tidied = _tidy(words, first, end, kind, lang)
        if tidied is None or _common_word_opening(words, *tidied, lang):
            continue
        if english_like:
            kind = _relabel_english(words[tidied[0]:tidied[1]], kind, lang)
            if kind is None:
                continue
        start, stop = tokens[tidied[0]].start, tokens[tidied[1] - 1].end
        if english_like and text[start:stop].endswith(POSSESSIVE) and stop - start > 2:
            stop -= 2
        mentions.append(Mention(start, stop, text[start:stop], kind.replace("deriv", "").replace("part", ""),
                                deriv=kind.endswith("deriv"), part=kind.endswith("part")))
    return mentions


def tag(text: str, sentences: list[Span], tokens: list[Token], lang: str) -> list[Mention]:
    """Entity mentions of `text`, sentence by sentence, offsets into `text`."""
    tagger = tagger_for(lang)
    mentions: list[Mention] = []
    index = 0
    for sentence in sentences:
        while index < len(tokens) and tokens[index].start < sentence.start:
            index += 1
        first = index
        while index < len(tokens) and tokens[index].end <= sentence.end:
            index += 1
        for window in range(first, index, LONGEST_TAGGED_SENTENCE):
            sentence_tokens = tokens[window:min(index, window + LONGEST_TAGGED_SENTENCE)]
            tags = tagger.tag_words([t.text for t in sentence_tokens])
            mentions.extend(_mentions_of_sentence(text, sentence_tokens, tags, lang, tagger))
    return _majority_labels(_surnames_as_people(_propagate(text, tokens, mentions)))


def _propagate(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Repeats of a name the model found elsewhere in the same text become mentions too.

    An article names "Klara Vogt" once and then writes "Vogt"; the CRF sees one sentence at a
    time and may miss the bare surname. One-word names (and the last word of a person's name)
    are looked for again among untagged capitalised tokens, unless the word has more than one
    label in the text or is a common noun in the lexicon (so "Bild" the noun is left alone).
    """
    labels: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.deriv or mention.part:
            continue
        words = mention.text.split()
        if len(words) == 1:
            labels.setdefault(words[0], set()).add(mention.label)
        elif mention.label == "PER" and words[-1][:1].isupper():
            labels.setdefault(words[-1], set()).add("PER")
    if not labels:
        return mentions
    _, common = gazetteer.lexicon_nouns()
    covered = [(m.start, m.end) for m in mentions]
    found = list(mentions)
    for token in tokens:
        label = labels.get(token.text)
        if not label or len(label) > 1 or token.text.lower() in common:
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        found.append(Mention(token.start, token.end, token.text, next(iter(label))))
    return sorted(found, key=lambda m: m.start)


def _surnames_as_people(mentions: list[Mention]) -> list[Mention]:
    """A one-word name that is the surname of a person named in full in the same text ("Haley"
    after "Nikki Haley", genitive "Merkels" after "Angela Merkel") is that person, whatever type
    the model gave it where it stood alone."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER" and len(m.text.split()) > 1}
    for mention in mentions:
        if mention.label != "PER" and not mention.deriv and not mention.part and (
                mention.text in surnames or mention.text[-1:] == "s" and mention.text[:-1] in surnames):
            mention.label = "PER"
    return mentions


def _majority_labels(mentions: list[Mention]) -> list[Mention]:
    """One name, one type within a text: where the model typed the same name (or its genitive,
    "Russlands" beside "Russland") differently, a clear majority decides ("China" three times a
    place and once a person is a place). Ties are left as they are."""
    texts = {m.text for m in mentions}
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        if not (mention.deriv or mention.part):
            key = mention.text[:-1] if mention.text.endswith("s") and mention.text[:-1] in texts else mention.text
            groups.setdefault(key, []).append(mention)
    for group in groups.values():
        votes = Counter(m.label for m in group).most_common(2)
        if len(votes) > 1 and votes[0][1] > votes[1][1]:
            for mention in group:
                mention.label = votes[0][0]
    return mentions


def tag_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.entities = tag(article.body, article.sentences, article.tokens, lang)
    return article
