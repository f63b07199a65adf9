"""Who said what, and when: quotations in German and English news text.

`extract` finds direct quotations from their quotation marks and frames (`direct`), then
indirect, reported and free indirect speech from cue verbs and source phrases (`indirect`), and
attributes each to a speaker, resolved to an entity mention where the text allows. Cue verbs and
word classes come from `data/<lang>/quote_cues.txt` and `quote_grammar.json`.
"""
from __future__ import annotations

import logging
from bisect import bisect_right
from datetime import date

from lagebild.errors import ConfigError

from lagebild.model import Article, Mention, Quote, Span, Timex, Token
from lagebild.nlp.quotes.direct import extract_direct, extract_partial
from lagebild.nlp.quotes.document import Document
from lagebild.nlp.quotes.indirect import extract_indirect
from lagebild.nlp.quotes.lexicon import lexicon
from lagebild.nlp.time import tag as tag_times
from lagebild.settings import Settings

__all__ = ["extract", "quote_article"]
log = logging.getLogger(__name__)


def _timexes_at(position: int, text: str, sentences: list[Span], lang: str, dct: date | None,
                seen: dict[int, list[Timex]]) -> tuple[int, list[Timex]]:
    """The time expressions of the sentence holding `position`, with that sentence's start."""
    k = max(bisect_right([s.start for s in sentences], position) - 1, 0)
    sentence = sentences[k]
    if k not in seen:
        try:
            seen[k] = tag_times(text[sentence.start:sentence.end], lang, dct)
        except ConfigError as exc:
            # Dates are an extra; a broken time grammar must not cost the quotations themselves.
            log.warning("no time expressions for quotations: %s", exc)
            seen[k] = []
    return sentence.start, seen[k]


def _said_on(quote: Quote, text: str, sentences: list[Span], lang: str, dct: date | None,
             seen: dict[int, list[Timex]]) -> str | None:
    """The date in the cue's sentence outside the quoted words ("sagte Kirby am Dienstag")."""
    if quote.cue is None or not sentences:
        return None
    offset, timexes = _timexes_at(quote.cue.start, text, sentences, lang, dct, seen)
    for timex in timexes:
        start = offset + timex.start
        if timex.type == "DATE" and timex.value and not any(s.start <= start < s.end for s in quote.spans):
            return timex.value
    return None


def _speaker_is_a_time(quote: Quote, text: str, sentences: list[Span], lang: str, dct: date | None,
                       seen: dict[int, list[Timex]]) -> bool:
    """"Herbst 2023", "Tage vor der Wahl": a time expression is never who spoke, whatever the frame
    rules took for a subject."""
    if quote.speaker is None or not sentences:
        return False
    offset, timexes = _timexes_at(quote.speaker.start, text, sentences, lang, dct, seen)
    return any(offset + t.start <= quote.speaker.start and quote.speaker.end <= offset + t.end + 1 for t in timexes)


def extract(text: str, sentences: list[Span], tokens: list[Token], mentions: list[Mention], lang: str,
            dct: date | None) -> list[Quote]:
    """Quotations in `text`, in text order, with character offsets into it."""
    doc = Document.build(text, sentences, tokens, mentions, lexicon(lang))
    direct, partial = extract_direct(doc)
    others = extract_indirect(doc, direct)
    quotes = direct + others + extract_partial(doc, partial, others)
    quotes.sort(key=lambda q: q.spans[0].start)
    timexes: dict[int, list[Timex]] = {}
    for quote in quotes:
        quote.said_on = _said_on(quote, text, sentences, lang, dct, timexes)
        if _speaker_is_a_time(quote, text, sentences, lang, dct, timexes):
            quote.speaker = quote.speaker_entity = None
    return quotes


def quote_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.quotes = extract(article.body, article.sentences, article.tokens, article.entities, lang, article.dct)
    return article
