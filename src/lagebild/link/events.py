"""Events: what a sentence anchors to a time, and the cross-source timeline built from them.

An event is kept per (sentence, time value): its `time_value` says when it happened, which is not
the date the article was published. Photo captions are not read here: a caption date says when a
picture was taken, and mixing it with the body would put the photo on the story's timeline.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from lagebild.link.periods import period_of
from lagebild.spans import Coverage, StartIndex
from lagebild.link.timeline import Reported, content_words, merge
from lagebild.link.triggers import choose_trigger, clause_of, tag_words
from lagebild.model import Article, Event, Mention, Span, TextRef, Timex, TimelineEntry, Token
from lagebild.settings import Settings

ANCHOR_TYPES = frozenset({"DATE", "TIME"})
"""Durations and sets ("drei Wochen lang", "jeden Montag") place nothing on a calendar."""


ADJACENT_GAP = 3
"""Characters between two time expressions that still make them one ("Montagabend (10. März)",
"am Montag um 10 Uhr"): a bracket, a comma, a space."""


def _joined(text: str, first: Timex, second: Timex) -> Timex:
    """One time expression for two adjacent ones naming the same moment; the finer value wins."""
    finer = min((first, second), key=lambda t: period_of(t.value).rank)
    return Timex(first.start, second.end, text[first.start:second.end], finer.type, finer.value, finer.mod)


def anchors_in(text: str, sentence: Span, timexes: list[Timex]) -> list[Timex]:
    """The placeable time expressions of a sentence, one per value (the first that gives it).

    Adjacent expressions whose periods overlap are joined, so "am Montagabend (10. März)" is one
    anchor rather than two events a few characters apart.
    """
    anchors: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: t.start):
        if not sentence.start <= timex.start < sentence.end or timex.type not in ANCHOR_TYPES:
            continue
        period = period_of(timex.value)
        if period is None:
            continue
        if anchors and timex.start - anchors[-1].end <= ADJACENT_GAP and period.overlaps(period_of(anchors[-1].value)):
            anchors[-1] = _joined(text, anchors[-1], timex)
        elif all(timex.value != a.value for a in anchors):
            anchors.append(timex)
    return anchors


def _participants(mentions: list[Mention], clause: Span) -> tuple[list[str], str | None]:
    """Entity ids in the clause (the mention text where no id was resolved) and its first place."""
    inside = [m for m in mentions if clause.start <= m.start < clause.end and not m.deriv]
    ids = list(dict.fromkeys(m.entity_id or f"{m.label}:{m.text}" for m in inside))
    place = next((m.text for m in inside if m.label == "LOC"), None)
    return ids, place


def find_events(text: str, sentences: list[Span], tokens: list[Token], mentions: list[Mention],
                timexes: list[Timex], lang: str) -> list[Event]:
    """One event per placeable time expression that has a verb or event noun in its clause."""
    events = []
    blocked = Coverage([*timexes, *mentions])
    timexes_at, mentions_at = StartIndex(timexes), StartIndex(mentions)
    token_starts = [t.start for t in tokens]
    for sentence in sentences:
        anchors = anchors_in(text, sentence, timexes_at.within(sentence))
        if not anchors:
            continue
        words = tokens[bisect_left(token_starts, sentence.start):bisect_left(token_starts, sentence.end)]
        tags = tag_words([t.text for t in words], lang)
        for timex in anchors:
            clause = clause_of(text, sentence, anchors, timex)
            trigger = choose_trigger(words, clause, timex, lang, tags, blocked)
            if trigger is None:
                continue
            participants, place = _participants(mentions_at.within(clause), clause)
            events.append(Event(
                time_value=timex.value,
                trigger=TextRef(trigger.token.start, trigger.token.end, trigger.token.text),
                sentence=sentence,
                timex=TextRef(timex.start, timex.end, timex.text),
                participants=participants,
                place=place,
                trigger_lemma=trigger.lemma,
            ))
    return events


def events_of_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    article.events = find_events(article.body, article.sentences, article.tokens, article.entities,
                                 article.timexes, lang)
    return article


def _reported(article: Article) -> Iterator[Reported]:
    """What merging compares of each dated event of the article (caption events are skipped)."""
    timexes_at, mentions_at = StartIndex(article.timexes), StartIndex(article.entities)
    blocked = Coverage(article.timexes)
    for event in article.events:
        period = period_of(event.time_value)
        if period is None or event.from_caption:
            continue
        anchors = anchors_in(article.body, event.sentence, timexes_at.within(event.sentence))
        own = next((t for t in anchors if t.start == event.timex.start), None)
        clause = clause_of(article.body, event.sentence, anchors, own) if own else event.sentence
        words = content_words(article.body, clause, blocked, article.language or "de")
        if article.entities:
            event.participants, _ = _participants(mentions_at.within(clause), clause)
        yield Reported(event, article, period, words, frozenset(event.participants))


def build_timeline(articles: list[Article], settings: Settings) -> list[TimelineEntry]:
    """Merge the events of all articles into dated entries, each listing every source.

    Participants are read again from the mentions, because the entity linker that runs before
    this one has replaced the article-local entity ids with ids shared across articles; the
    events are updated with them.
    """
    return merge([reported for article in articles for reported in _reported(article)])
