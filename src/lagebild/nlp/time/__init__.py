"""Temporal expressions, German and English, with TIMEX3 values relative to the article's date.

One mechanism for every language: a pattern grammar built from the language's data files finds
the expressions (`extract`), a small language-free module gives them values (`normalise`).
Prepositions such as "seit", "am", "since" are signals outside the span, as in TimeML: "seit
Februar 2022" is the DATE "2022-02" over "Februar 2022".
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from lagebild.model import Article, Timex
from lagebild.nlp.time.extract import find
from lagebild.nlp.time.grammar import grammar, has_grammar
from lagebild.nlp.time.normalise import KINDS, Context, remember
from lagebild.settings import Settings

Anchoring = Literal["news", "narrative"]
ADJACENT = 8
"""Characters between a day and a clock time that still make them one moment ("am 3. Mai um 10 Uhr")."""
LOOKING_BACK = frozenset({"relative", "anaphor", "ago"})
"""Kinds that may name an earlier time ("im vorigen Jahr") without the story going back there."""


def tag(text: str, lang: str, dct: date | None, *, anchoring: Anchoring = "news") -> list[Timex]:
    """Time expressions in `text` with character offsets.

    `anchoring="news"` reads deictic words ("gestern", "letzte Woche") against `dct`;
    `"narrative"` (history, Wikipedia) reads underspecified dates against the last date the text
    mentioned, as HeidelTime's narrative mode does.
    """
    rules = grammar(lang)
    ctx = Context(dct=dct, narrative=anchoring == "narrative")
    timexes: list[Timex] = []
    for found in find(text, rules):
        ctx.day_just_before = _day_just_before(timexes, found.start)
        result = KINDS[found.kind](found, ctx)
        if result is None:
            continue
        kind, value, mod = result
        if kind in ("DATE", "TIME") and not (found.aside and value.isdigit()):
            remember(value, ctx, forward_only=found.kind in LOOKING_BACK)
        timexes.append(Timex(found.start, found.end, text[found.start:found.end], kind, value, mod))
    return timexes


def _day_just_before(timexes: list[Timex], start: int) -> date | None:
    if not timexes or start - timexes[-1].end > ADJACENT or timexes[-1].type != "DATE":
        return None
    try:
        return date.fromisoformat(timexes[-1].value or "")
    except ValueError:
        return None


def tag_article(article: Article, settings: Settings) -> Article:
    """Languages without a time grammar get no timexes rather than German rules."""
    lang = settings.language or article.language or "de"
    article.timexes = tag(article.body, lang, article.dct) if has_grammar(lang) else []
    return article
