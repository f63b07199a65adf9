"""Which word of a sentence names the event a time expression anchors.

The heuristic is deliberately plain: the full verb (finite, participle or infinitive) or event
noun nearest to the time expression, within the clause that time expression belongs to. Parts of
speech come from HanTa, which ships its German and English models inside the package; for other
languages the nearest content word stands in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lagebild.model import Span, Timex, Token
from lagebild.resources import word_list

_HANTA_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}

_CLAUSE_BREAK = re.compile(r"[,;:–—]")
"""Punctuation that can end a clause; brackets are left out because they often enclose a date."""


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    lemma: str


@cache
def _tagger(lang: str):
    """HanTa tagger for `lang`, loaded once (about half a second), or None if it has no model."""
    model = _HANTA_MODELS.get(lang)
    if model is None:
        return None
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(model)


def tag_words(words: list[str], lang: str) -> list[tuple[str, str]] | None:
    """(lemma, tag) per word; None for a language without a tagger model."""
    tagger = _tagger(lang)
    if tagger is None or not words:
        return None
    return [(lemma, tag) for _, lemma, tag in tagger.tag_sent(words, taglevel=1)]


def clause_of(text: str, sentence: Span, anchors: list[Timex], timex: Timex) -> Span:
    """The part of `sentence` that belongs to `timex` when other time expressions share it.

    Between two neighbouring time expressions the sentence is cut at the clause punctuation
    nearest to the middle of the gap (at the middle itself when there is none), so that in
    "X happened on Monday, the office said on Wednesday" each date keeps its own verb.
    """
    ordered = sorted(anchors, key=lambda t: t.start)
    position = next(i for i, t in enumerate(ordered) if t is timex)
    start, end = sentence.start, sentence.end
    if position > 0:
        start = _cut(text, ordered[position - 1].end, timex.start)
    if position + 1 < len(ordered):
        end = _cut(text, timex.end, ordered[position + 1].start)
    return Span(start, end)


def _cut(text: str, left: int, right: int) -> int:
    middle = (left + right) / 2
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, left, right)]
    if not breaks:
        return int(middle)
    return min(breaks, key=lambda b: abs(b - middle))


@cache
def _light_verbs(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "events_light_verbs"))


@cache
def _noun_suffixes(lang: str) -> tuple[str, ...]:
    return word_list(lang, "events_noun_suffixes")


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "clean_stopwords")) | frozenset(word_list(lang, "events_function_words"))


def _is_candidate(lemma: str, tag: str, lang: str) -> int | None:
    """0 for a full verb, 1 for an event noun, None otherwise (the rank breaks distance ties).

    Both HanTa tag sets (STTS for German, CLAWS for English) mark full verbs with "VV" and common
    nouns with "NN"; auxiliaries and modals have tags of their own and so never qualify.
    """
    if tag.startswith("VV") and lemma.lower() not in _light_verbs(lang):
        return 0
    if tag.startswith("NN") and lemma.lower().endswith(_noun_suffixes(lang)):
        return 1
    return None


def choose_trigger(tokens: list[Token], clause: Span, timex: Timex, lang: str,
                   tags: list[tuple[str, str]] | None, blocked: list[Span]) -> Trigger | None:
    """The verb or event noun in `clause` nearest to `timex`; `tokens` are the whole sentence's.

    `tags` align with `tokens` (None without a tagger: then the nearest content word is taken).
    Tokens inside `blocked` spans (time expressions, names) are never triggers.
    """
    best: tuple[int, int, int] | None = None
    for index, token in enumerate(tokens):
        if not clause.start <= token.start < clause.end:
            continue
        if any(span.start <= token.start < span.end for span in blocked):
            continue
        if tags is not None:
            rank = _is_candidate(tags[index][0], tags[index][1], lang)
        else:
            rank = 0 if token.text.isalpha() and token.text.lower() not in _stopwords(lang) and len(token.text) > 3 else None
        if rank is None:
            continue
        distance = timex.start - token.end if token.end <= timex.start else token.start - timex.end
        key = (distance, rank, index)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    index = best[2]
    token = tokens[index]
    lemma = tags[index][0] if tags is not None else token.text
    return Trigger(token, _with_particle(lemma, index, tokens, tags, clause))


def _with_particle(lemma: str, index: int, tokens: list[Token], tags: list[tuple[str, str]] | None,
                   clause: Span) -> str:
    """Join a German separated verb particle ("teilte … mit" -> "mitteilen") onto the lemma."""
    if tags is None or "FIN" not in tags[index][1]:
        return lemma
    for later in range(index + 1, len(tokens)):
        if tokens[later].start >= clause.end:
            break
        if tags[later][1] == "PTKVZ":
            return tokens[later].text.lower() + lemma
    return lemma
