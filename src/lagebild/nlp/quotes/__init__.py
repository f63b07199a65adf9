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


def _said_on(quote: Quote, text: str, sentences: list[Span], lang: str, dct: date | None,
             seen: dict[int, list[Timex]]) -> str | None:
    """The date in the cue's sentence outside the quoted words ("sagte Kirby am Dienstag")."""
    if quote.cue is None or not sentences:
        return None
    k = max(bisect_right([s.start for s in sentences], quote.cue.start) - 1, 0)
    sentence = sentences[k]
    if k not in seen:
        try:
            seen[k] = tag_times(text[sentence.start:sentence.end], lang, dct)
        except ConfigError as exc:
            # The date is an extra; a broken time grammar must not cost the quotations themselves.
            log.warning("no said_on dates: %s", exc)
            seen[k] = []
    for timex in seen[k]:
        start = sentence.start + timex.start
        if timex.type == "DATE" and timex.value and not any(s.start <= start < s.end for s in quote.spans):
            return timex.value
    return None


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
    return quotes


def quote_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.quotes = extract(article.body, article.sentences, article.tokens, article.entities, lang, article.dct)
    return article
