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

from lagebild.spans import Coverage
from lagebild.model import Span, Timex, Token
from lagebild.nlp.lexicon import analyze, tagger
from lagebild.resources import word_list

_CLAUSE_BREAK = re.compile(r"[,;:–—]")
"""Punctuation that can end a clause; brackets are left out because they often enclose a date."""


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    lemma: str


def tag_words(words: list[str], lang: str) -> list[tuple[str, str]] | None:
    """(lemma, tag) per word; None for a language without a tagger model.

    Tagging without lemmas is about twice as fast, so lemmas are looked up (and cached) only for
    verbs and nouns, the only words a trigger can be; other words stand for themselves.
    """
    hanta = tagger(lang)
    if hanta is None or not words:
        return None
    tags = hanta.tag_sent(words, taglevel=0)
    return [(analyze(lang, word)[0] if tag.startswith(("VV", "NN")) else word, tag) for word, tag in zip(words, tags)]


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
def _non_event_nouns(lang: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in word_list(lang, "events_non_event_nouns"))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "clean_stopwords")) | frozenset(word_list(lang, "events_function_words"))


NOUN_PENALTY = 2
"""Tokens of distance an event noun gives away to a verb: a noun near a date is often the verb's
object ("will im April über die Ermittlungen berichten"), so a verb slightly further wins."""


def _rank(lemma: str, tag: str, lang: str) -> int | None:
    """0 for a full verb, NOUN_PENALTY for an event noun, None for anything else.

    Both HanTa tag sets (STTS for German, CLAWS for English) mark full verbs with "VV" and common
    nouns with "NN"; auxiliaries and modals have tags of their own and so never qualify. A noun
    whose compound head is listed as no event ("Expertenkommission", "Zeitung") is skipped even
    when its ending looks like a nominalisation.
    """
    lowered = lemma.lower()
    if tag.startswith("VV"):
        return None if lowered in _light_verbs(lang) else 0
    if tag.startswith("NN") and lowered.endswith(_noun_suffixes(lang)) and not lowered.endswith(_non_event_nouns(lang)):
        return NOUN_PENALTY
    return None


def _fallback_rank(token: Token, lang: str) -> int | None:
    """Without a tagger: any longer content word, so that the nearest one is taken."""
    text = token.text
    return 0 if text.isalpha() and len(text) > 3 and text.lower() not in _stopwords(lang) else None


def _local_clause(tokens: list[Token], first: int, last: int, blocked: Coverage) -> tuple[int, int]:
    """Token range of the comma-delimited stretch around tokens first..last (a time expression).

    Punctuation inside a blocked span ("Dienstag, 11. März") does not delimit.
    """
    def is_break(token: Token) -> bool:
        return _CLAUSE_BREAK.fullmatch(token.text) is not None and token.start not in blocked

    left = first
    while left > 0 and not is_break(tokens[left - 1]):
        left -= 1
    right = last
    while right + 1 < len(tokens) and not is_break(tokens[right + 1]):
        right += 1
    return left, right


def choose_trigger(tokens: list[Token], clause: Span, timex: Timex, lang: str,
                   tags: list[tuple[str, str]] | None, blocked: Coverage) -> Trigger | None:
    """The verb or event noun nearest to `timex`; `tokens` are the whole sentence's.

    Candidates in the comma-delimited stretch around the time expression come first ("Sie
    dankte den Helfern, die seit März Wasser verteilt hatten" -> "verteilt"); only when it has
    none is the rest of `clause` searched. Distance is counted in tokens. `tags` align with
    `tokens` (None without a tagger). Tokens inside `blocked` spans (time expressions, names)
    are never triggers.
    """
    inside = [i for i, t in enumerate(tokens) if clause.start <= t.start < clause.end]
    covered = [i for i in inside if timex.start <= tokens[i].start < timex.end]
    if not covered:
        return None
    first, last = covered[0], covered[-1]
    low, high = _local_clause(tokens, first, last, blocked)
    local = range(low, high + 1)
    candidates = []
    for index in inside:
        token = tokens[index]
        if token.start in blocked:
            continue
        rank = _rank(*tags[index], lang) if tags is not None else _fallback_rank(token, lang)
        if rank is None:
            continue
        distance = first - index if index < first else index - last
        candidates.append((index not in local, distance + rank, index))
    if not candidates:
        return None
    index = min(candidates)[2]
    lemma = tags[index][0] if tags is not None else tokens[index].text
    return Trigger(tokens[index], _with_particle(lemma, index, tokens, tags, clause))


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
