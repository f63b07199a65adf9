"""Sentence boundaries over the token stream, for German and English.

A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or brackets written right after
it) when the next token could start a sentence; at a blank line; and at a line break that is not
a wrapped line (the next line starts with a capital, digit or quote). Abbreviations keep their
full stop inside the token (see `tokens`), so "Dr. Müller" and "18. Juni" never split; only those
listed in `sentences_final_abbreviations` ("usw.", "etc.") may also close a sentence.
"""
from __future__ import annotations

from functools import cache

from lagebild.model import Article, Span, Token
from lagebild.nlp.tokens import tokenize
from lagebild.resources import word_list
from lagebild.settings import Settings

_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSING = frozenset({'"', "'", "“", "”", "’", "«", "»", ")", "]", "‹", "›"})
_OPENING = frozenset({'"', "„", "“", "»", "«", "(", "[", "‚", "‘", "'", "›", "‹", "-", "–", "—", "•", "*"})
_CONTINUES_LINE = frozenset({",", ";", "-", "–", "(", "/", "&", "+"})


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
            spans.append(Span(tokens[first].start, tokens[last].end))
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
