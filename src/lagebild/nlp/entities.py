"""Named entities (PER, ORG, LOC, OTH) with lagebild's own CRF model.

The CRF predicts the 12 GermEval outer types; "LOCderiv" ("deutsche") and "ORGpart"
("EU-Kommission") become the base label with `Mention.deriv` / `Mention.part` set, so later
stages can tell a place from an adjective derived from it. English text goes through the same
model (its features are mostly shape, affixes, gazetteers and context); `lagebild.nlp.ner.capitals`
then reshapes its chunks by English capitalisation and name lists. Scored by `lagebild eval
ner_en` on the project's own English gold.
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from lagebild.errors import ModelMissing
from lagebild.spans import Coverage
from lagebild.model import Article, Mention, Span, Token
from lagebild.nlp.ner import BASE_TYPES, capitals, gazetteer
from lagebild.nlp.ner.features import sentence_features
from lagebild.settings import Settings

MODEL_NAME = "ner-de.crfsuite"
LONGEST_TAGGED_SENTENCE = 400
"""Tokens the model sees at once: a "sentence" of a page without punctuation can run to 100,000
tokens, whose features alone would take gigabytes; real sentences are far shorter."""


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


def _mentions_of_sentence(text: str, tokens: list[Token], tags: list[str], lang: str,
                          tagger: EntityTagger) -> list[Mention]:
    words = [t.text for t in tokens]
    alone = capitals.capitalises_names_alone(lang)
    mentions: list[Mention] = []
    for first, end, kind in capitals.names_in_sentence(words, chunks(tags), lang, tagger):
        tidied = capitals.tidy(words, first, end, kind, lang)
        if tidied is None or capitals.common_word_opening(words, *tidied, lang):
            continue
        if alone:
            kind = capitals.relabel(words[tidied[0]:tidied[1]], kind, lang)
            if kind is None:
                continue
        start, stop = tokens[tidied[0]].start, tokens[tidied[1] - 1].end
        if alone and text[start:stop].endswith(capitals.POSSESSIVE) and stop - start > 2:
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
    covered = Coverage(mentions)
    found = list(mentions)
    for token in tokens:
        label = labels.get(token.text)
        if not label or len(label) > 1 or token.text.lower() in common:
            continue
        if covered.overlaps(token.start, token.end):
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
