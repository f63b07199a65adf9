"""Merging events reported by several articles into one timeline entry each.

Two events from different articles are the same event when their times are compatible and their
words or participants overlap enough:

- times agree when their periods overlap and neither is coarser than a month ("2025-07" and
  "2025-07-29"), or when the values are equal; they *conflict* when both name days at most
  `MAX_CONFLICT_DAYS` apart: outlets often disagree by a day on when something happened (the
  night of, a late report, a wrong weekday), and that disagreement is what the reader should see.
- similarity is a weighted overlap coefficient of the clauses' content words: the share of the
  shorter clause's words found in the other (a word matches another when they are equal or one
  begins with the other and has at least four letters, or ends the other and has at least five,
  which catches inflection and German compounds: "Leck" / "leckgeschlagen", "Unfall" /
  "Chemieunfall"), each word weighted by its inverse document frequency
  over all events of the collection, so that the story's ever-present names count less than the
  words that tell one event from another. Clauses shorter than `MIN_WORDS` are padded with
  average-weight words that match nothing, so two words cannot decide. Participants can only
  raise the score, and only when at least `MIN_SHARED_ENTITIES` are shared (one shared name is
  what most events of a story have): score = max(words, mean(words, Jaccard of entity ids)),
  which lets an English and a German report of one event meet through their entities.
- events merge at `AGREE_MIN` when times agree and at the stricter `CONFLICT_MIN` when they
  conflict. The thresholds were set on the bundled example corpus (examples/corpus), where the
  leak reported for 10 and 11 March by different outlets meets and unrelated events on the same
  day stay apart.

Clustering is greedy: candidate pairs are joined best first (agreeing times before conflicts,
then by similarity), and two groups join only if no article appears twice and every pair of
their times agrees or conflicts.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time
from functools import cache
from itertools import combinations
from typing import Iterator

from lagebild.link.periods import GRANULARITY_RANK, Period
from lagebild.spans import Coverage
from lagebild.model import Article, Event, EventSource, Span, TimelineEntry
from lagebild.resources import word_list

MAX_CONFLICT_DAYS = 1
MIN_SHARED_ENTITIES = 2
AGREE_MIN = 0.4
CONFLICT_MIN = 0.5
MIN_WORDS = 3
_PREFIX_MIN = 4
_HEAD_MIN = 5
_MONTH_RANK = GRANULARITY_RANK["month"]
_DAY_RANK = GRANULARITY_RANK["day"]

_WORD = re.compile(r"\w+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class Reported:
    """An event together with the article that reports it and what merging compares."""

    event: Event
    article: Article
    period: Period
    words: frozenset[str]
    participants: frozenset[str]


@cache
def _ignored(lang: str) -> frozenset[str]:
    return frozenset(w.translate(_FOLD) for w in word_list(lang, "clean_stopwords") + word_list(lang, "events_function_words"))


def fold(word: str) -> str:
    """Lower case without diacritics, umlauts spelt out, so "Obermüller" meets "Obermueller"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_words(text: str, clause: Span, blocked: Coverage, lang: str) -> frozenset[str]:
    """Folded words of the clause of three letters or more, minus function words and `blocked`."""
    words = set()
    for match in _WORD.finditer(text, clause.start, clause.end):
        if match.start() in blocked:
            continue
        word = fold(match.group())
        if len(word) >= 3 and word not in _ignored(lang):
            words.add(word)
    return frozenset(words)


def _word_matches(word: str, others: frozenset[str]) -> bool:
    """Equal, one the start of the other (inflection, "Leck" / "leckgeschlagen"), or one the end
    of the other, i.e. a German compound and its head ("Unfall" / "Chemieunfall")."""
    if word in others:
        return True
    for other in others:
        shorter = min(len(word), len(other))
        if shorter >= _PREFIX_MIN and (other.startswith(word) or word.startswith(other)):
            return True
        if shorter >= _HEAD_MIN and (other.endswith(word) or word.endswith(other)):
            return True
    return False


def idf_weights(reported: list[Reported]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over the events' word sets."""
    frequency = Counter(word for item in reported for word in item.words)
    total = len(reported)
    return {word: math.log((1 + total) / (1 + count)) + 1 for word, count in frequency.items()}


def similarity(a: Reported, b: Reported, weights: dict[str, float]) -> float:
    small, large = sorted((a.words, b.words), key=len)
    words = 0.0
    if small:
        weight = [weights.get(w, 1.0) for w in small]
        padding = max(MIN_WORDS - len(small), 0) * sum(weight) / len(weight)
        matched = sum(w for word, w in zip(small, weight) if _word_matches(word, large))
        words = matched / (sum(weight) + padding)
    shared = len(a.participants & b.participants)
    if shared < MIN_SHARED_ENTITIES:
        return words
    return max(words, (words + shared / len(a.participants | b.participants)) / 2)


def relation(a: Period, b: Period, value_a: str, value_b: str) -> str | None:
    """"agree", "conflict" (days a little apart) or None (different times)."""
    if a.overlaps(b) and (max(a.rank, b.rank) <= _MONTH_RANK or value_a == value_b):
        return "agree"
    if max(a.rank, b.rank) <= _DAY_RANK and abs((a.start - b.start).days) <= MAX_CONFLICT_DAYS:
        return "conflict"
    return None


def _block(period: Period, value: str) -> tuple:
    """Candidate pairs come from the same or the next block: months for fine values, else the value."""
    if period.rank <= _MONTH_RANK:
        return ("month", period.start.year * 12 + period.start.month)
    return ("value", value)


def _across_articles(reported: list[Reported], members: list[int], following: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of a block with itself (i < j) and with the next block, from different articles.

    Events of one article never merge, so they are never paired: a long article with many
    events in one month would otherwise cost the square of its event count.
    """
    by_article: dict[str, list[int]] = {}
    for index in members:
        by_article.setdefault(reported[index].article.id, []).append(index)
    later: dict[str, list[int]] = {}
    for index in following:
        later.setdefault(reported[index].article.id, []).append(index)
    for article, own in by_article.items():
        others = [j for other, indices in by_article.items() if other > article for j in indices]
        yield from ((min(i, j), max(i, j)) for i in own for j in others)
        yield from ((i, j) for i in own for other, indices in later.items() if other != article for j in indices)


def _candidate_pairs(reported: list[Reported]) -> list[tuple[bool, float, int, int]]:
    weights = idf_weights(reported)
    blocks: dict[tuple, list[int]] = {}
    for index, item in enumerate(reported):
        blocks.setdefault(_block(item.period, item.event.time_value), []).append(index)
    pairs = []
    for key, members in blocks.items():
        following = blocks.get((key[0], key[1] + 1), []) if key[0] == "month" else []
        for i, j in _across_articles(reported, members, following):
            a, b = reported[i], reported[j]
            kind = relation(a.period, b.period, a.event.time_value, b.event.time_value)
            if kind is None:
                continue
            score = similarity(a, b, weights)
            if score >= (AGREE_MIN if kind == "agree" else CONFLICT_MIN):
                pairs.append((kind == "conflict", -score, i, j))
    return sorted(pairs)


def _cluster(reported: list[Reported]) -> list[list[int]]:
    group_of = list(range(len(reported)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(reported))}
    for _, _, i, j in _candidate_pairs(reported):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        left, right = groups[gi], groups[gj]
        if {reported[k].article.id for k in left} & {reported[k].article.id for k in right}:
            continue
        if any(relation(reported[a].period, reported[b].period, reported[a].event.time_value,
                        reported[b].event.time_value) is None for a in left for b in right):
            continue
        left.extend(right)
        for k in right:
            group_of[k] = gi
        del groups[gj]
    return list(groups.values())


def _published_key(item: Reported) -> tuple:
    published = item.article.published
    if published is None:
        return (True, datetime.max, item.article.id)
    value = published.value
    moment = value if isinstance(value, datetime) else datetime.combine(value, time())
    return (False, moment.replace(tzinfo=None), item.article.id)


def _source(item: Reported) -> EventSource:
    article, event = item.article, item.event
    return EventSource(
        article_id=article.id,
        time_value=event.time_value,
        sentence=event.sentence.of(article.body),
        trigger=event.trigger_lemma or event.trigger.text,
        outlet=article.source.outlet,
        title=article.title,
        published=article.published.value if article.published else None,
    )


def _precision(item: Reported) -> int:
    """Rank of the value's granularity, a time of day counting as its day: "in der Nacht zum 11."
    should not outvote two sources that just say "am 11."."""
    return max(item.period.rank, _DAY_RANK)


def _first_names(reported: list[Reported]) -> dict[str, dict[str | None, str]]:
    """Per article, the first mention's text of each entity id, to name an entry's participants."""
    names: dict[str, dict[str | None, str]] = {}
    for item in reported:
        if item.article.id not in names:
            first: dict[str | None, str] = {}
            for mention in item.article.entities:
                first.setdefault(mention.entity_id, mention.text)
            names[item.article.id] = first
    return names


def _entry(members: list[Reported], names_of: dict[str, dict[str | None, str]]) -> TimelineEntry:
    members = sorted(members, key=_published_key)
    precise = [m for m in members if _precision(m) == min(map(_precision, members))]
    counts = Counter(m.event.time_value for m in precise)
    chosen = next(m for m in precise if counts[m.event.time_value] == max(counts.values()))
    trigger = Counter(m.event.trigger_lemma or m.event.trigger.text for m in members).most_common(1)[0][0]
    conflict = any(not a.period.overlaps(b.period) for a, b in combinations(members, 2))
    participants = list(dict.fromkeys(p for m in members for p in m.event.participants))
    names = [next((names_of[m.article.id][p] for m in members if p in names_of[m.article.id]), None)
             for p in participants]
    return TimelineEntry(
        time_value=chosen.event.time_value,
        granularity=chosen.period.granularity,
        start=chosen.period.start,
        trigger=trigger,
        summary=chosen.event.sentence.of(chosen.article.body),
        sources=[_source(m) for m in members],
        first_reported_by=members[0].article.id if members[0].article.published else None,
        participants=participants,
        participant_names=[p.partition(":")[2] or p if name is None else name for p, name in zip(participants, names)],
        place=next((m.event.place for m in members if m.event.place), None),
        date_conflict=conflict,
        time_values=sorted({m.event.time_value for m in members}),
    )


def merge(reported: list[Reported]) -> list[TimelineEntry]:
    """Timeline entries in calendar order; a vague value sits at the start of its period."""
    names_of = _first_names(reported)
    entries = [_entry([reported[i] for i in group], names_of) for group in _cluster(reported)]
    return sorted(entries, key=lambda e: (e.start, -GRANULARITY_RANK[e.granularity], e.time_value, e.summary))
