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


class _SentenceTimes:
    """The time expressions of the sentence holding a position, tagged once per sentence."""

    def __init__(self, text: str, sentences: list[Span], lang: str, dct: date | None) -> None:
        self.text, self.sentences, self.lang, self.dct = text, sentences, lang, dct
        self.starts = [s.start for s in sentences]
        self.seen: dict[int, list[Timex]] = {}

    def at(self, position: int) -> tuple[int, list[Timex]]:
        """That sentence's start and its time expressions, with offsets into the sentence."""
        k = max(bisect_right(self.starts, position) - 1, 0)
        sentence = self.sentences[k]
        if k not in self.seen:
            try:
                self.seen[k] = tag_times(self.text[sentence.start:sentence.end], self.lang, self.dct)
            except ConfigError as exc:
                # Dates are an extra; a broken time grammar must not cost the quotations themselves.
                log.warning("no time expressions for quotations: %s", exc)
                self.seen[k] = []
        return sentence.start, self.seen[k]


def _said_on(quote: Quote, times: _SentenceTimes) -> str | None:
    """The date in the cue's sentence outside the quoted words ("sagte Kirby am Dienstag")."""
    if quote.cue is None or not times.sentences:
        return None
    offset, timexes = times.at(quote.cue.start)
    for timex in timexes:
        start = offset + timex.start
        if timex.type == "DATE" and timex.value and not any(s.start <= start < s.end for s in quote.spans):
            return timex.value
    return None


def _speaker_is_a_time(quote: Quote, times: _SentenceTimes) -> bool:
    """"Herbst 2023", "Tage vor der Wahl": a time expression is never who spoke, whatever the frame
    rules took for a subject."""
    if quote.speaker is None or not times.sentences:
        return False
    offset, timexes = times.at(quote.speaker.start)
    return any(offset + t.start <= quote.speaker.start and quote.speaker.end <= offset + t.end + 1 for t in timexes)


def extract(text: str, sentences: list[Span], tokens: list[Token], mentions: list[Mention], lang: str,
            dct: date | None) -> list[Quote]:
    """Quotations in `text`, in text order, with character offsets into it."""
    doc = Document.build(text, sentences, tokens, mentions, lexicon(lang))
    direct, partial = extract_direct(doc)
    others = extract_indirect(doc, direct)
    quotes = direct + others + extract_partial(doc, partial, others)
    quotes.sort(key=lambda q: q.spans[0].start)
    times = _SentenceTimes(text, sentences, lang, dct)
    for quote in quotes:
        quote.said_on = _said_on(quote, times)
        if _speaker_is_a_time(quote, times):
            quote.speaker = quote.speaker_entity = None
    return quotes


def quote_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.quotes = extract(article.body, article.sentences, article.tokens, article.entities, lang, article.dct)
    return article
