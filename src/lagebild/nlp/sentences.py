"""Sentence boundaries over the token stream, for German and English.

A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or brackets written right after
it) when the next token could start a sentence; at a blank line; and at a line break that is not
a wrapped line (the next line starts with a capital, digit or quote). Abbreviations keep their
full stop inside the token (see `tokens`), so "Dr. Müller" and "18. Juni" never split; only those
listed in `sentences_final_abbreviations` ("usw.", "etc.") may also close a sentence.

A run of text with none of these (a page that lost its line breaks, a list without punctuation)
is cut into pieces of at most `MAX_SENTENCE_CHARS` at whitespace: later stages compare words
within a sentence pairwise, so an unbounded sentence makes their time grow with its square.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

from lagebild.model import Article, Span, Token
from lagebild.nlp.tokens import tokenize
from lagebild.resources import word_list
from lagebild.settings import Settings

_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSING = frozenset({'"', "'", "“", "”", "’", "«", "»", ")", "]", "‹", "›"})
_OPENING = frozenset({'"', "„", "“", "»", "«", "(", "[", "‚", "‘", "'", "›", "‹", "-", "–", "—", "•", "*"})
_CONTINUES_LINE = frozenset({",", ";", "-", "–", "(", "/", "&", "+"})

MAX_SENTENCE_CHARS = 1000
"""Longer than all but a handful of the sentences of news articles (the longest in 3,000 10kGNAD
articles has 1,314 characters, the next 843); past it, text is no longer read as one sentence."""


@cache
def _final_abbreviations(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "sentences_final_abbreviations"))


def _can_start(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or first.isdigit() or token.text in _OPENING


def _break_between(text: str, left: Token, right: Token) -> bool:
    """A line break in the gap: a blank line always ends a sentence, a single one usually."""
    gap = text[left.end:right.start]
    newlines = gap.count("\n")
    if newlines >= 2:
        return True
    if newlines == 1:
        return left.text not in _CONTINUES_LINE and not right.text[0].islower()
    return False


def _bounded(tokens: list[Token], first: int, last: int) -> Iterator[Span]:
    """Tokens first..last as spans of at most MAX_SENTENCE_CHARS, each cut after the last token
    that fits and is followed by whitespace (after the last that fits when none is; a single
    longer token stands alone)."""
    while tokens[last].end - tokens[first].start > MAX_SENTENCE_CHARS:
        start = tokens[first].start
        fits = first
        spaced = None
        while fits < last and tokens[fits + 1].end - start <= MAX_SENTENCE_CHARS:
            if tokens[fits + 1].start > tokens[fits].end:
                spaced = fits
            fits += 1
        if tokens[fits + 1].start > tokens[fits].end:
            spaced = fits
        cut = fits if spaced is None else spaced
        yield Span(start, tokens[cut].end)
        first = cut + 1
    yield Span(tokens[first].start, tokens[last].end)


def sentence_spans(text: str, tokens: list[Token], lang: str) -> list[Span]:
    spans: list[Span] = []
    if not tokens:
        return spans
    final_abbreviations = _final_abbreviations(lang)
    first = 0
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        last = index
        ends = False
        if token.text in _FINAL or token.text in final_abbreviations:
            while last + 1 < count and tokens[last + 1].text in _CLOSING and tokens[last + 1].start == tokens[last].end:
                last += 1
            ends = last + 1 == count or _can_start(tokens[last + 1]) or _break_between(text, tokens[last], tokens[last + 1])
            if token.text in final_abbreviations and last + 1 < count and not tokens[last + 1].text[0].isupper():
                ends = False
        elif index + 1 < count and _break_between(text, token, tokens[index + 1]):
            ends = True
        if ends or last + 1 == count:
            spans.extend(_bounded(tokens, first, last))
            first = last + 1
        index = last + 1
    return spans


def split(text: str, lang: str) -> tuple[list[Span], list[Token]]:
    """Sentences and tokens of `text`, both as offsets into it."""
    tokens = tokenize(text, lang)
    return sentence_spans(text, tokens, lang), tokens


def split_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.sentences, article.tokens = split(article.body, lang)
    return article
