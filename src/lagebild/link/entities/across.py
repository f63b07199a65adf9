"""Across articles: one canonical entity for every spelling of the same name.

Local entities (one per article) are joined when their names share a key: a CLDR country or
city id for places and organisations ("Nordkorea" = "North Korea"), else the transliteration-
folded name ("Kim Jong-un" = "Kim Jong Un", "Wostotschny" = "Wostochny"), else a Jaro-Winkler
similarity of folded names (`names.similar_spelling`). A lone surname or first word joins the one full
name that contains it. Same name does not force a merge: labels must agree (Washington the
person is not Washington the city), and places whose text says they are of different kinds
(a river vs a village) stay apart; a local entity that could join several of those goes to the
one whose article mentions the most of the same other entities.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from lagebild.link.entities.clusters import significant_words
from lagebild.link.entities.local import resolve_mentions
from lagebild.link.entities.names import (
    folded, geo_key, geo_name, preferred_name, similar_spelling, uninflect, words,
)
from lagebild.model import Article, Entity, Mention
from lagebild.settings import Settings

MIN_SIMILAR_LENGTH = 6


@dataclass
class _Local:
    article: str
    label: str
    name: str
    names: set[str]
    mentions: list[Mention]
    kinds: set[str]
    context: set[str] = field(default_factory=set)
    lang: str = "de"

    @property
    def keys(self) -> set[str]:
        found = {f"geo:{geo_key(n)}" for n in self.names if self.label != "PER" and geo_key(n)}
        return found or {f"{self.label}:{folded(n)}" for n in self.names}


class _Groups:
    """Union-find over local entities that refuses to join places of conflicting kinds."""

    def __init__(self, items: list[_Local]) -> None:
        self.parent = list(range(len(items)))
        self.kinds = [set(item.kinds) for item in items]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_join(self, a: int, b: int) -> bool:
        ka, kb = self.kinds[self.find(a)], self.kinds[self.find(b)]
        return not ka or not kb or bool(ka & kb)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb and self.can_join(ra, rb):
            self.parent[rb] = ra
            self.kinds[ra] |= self.kinds[rb]


def resolve_across(articles: list[Article], settings: Settings) -> list[Entity]:
    """Canonical entities over a collection; rewrites every `Mention.entity_id` (and every quote's
    `speaker_entity`, which points at a mention's id) to its global id."""
    before = [(article, [(m, m.entity_id) for m in article.entities]) for article in articles]
    items = _locals(articles, settings)
    items.sort(key=lambda x: (x.label, x.name, x.article))
    groups = _Groups(items)
    _join_same_keys(items, groups)
    _join_similar(items, groups)
    _join_short_names(items, groups)
    members: dict[int, list[_Local]] = defaultdict(list)
    for i, item in enumerate(items):
        members[groups.find(i)].append(item)
    entities = [_canonical(group) for group in members.values()]
    for article, previous in before:
        renamed = {old: m.entity_id for m, old in previous if old is not None}
        for quote in article.quotes:
            quote.speaker_entity = renamed.get(quote.speaker_entity, quote.speaker_entity)
    return sorted(entities, key=lambda e: (-e.mentions, e.name))


def _locals(articles: list[Article], settings: Settings) -> list[_Local]:
    items = []
    for article in articles:
        lang = article.language or settings.language or "de"
        local = f"{article.id}:"
        if any(m.entity_id is not None and not m.entity_id.startswith(local) for m in article.entities) \
                or all(m.entity_id is None for m in article.entities):
            # global ids from an earlier run are regrouped from scratch, so that a later batch
            # can undo an earlier merge and linking twice gives the same result
            resolve_mentions(article.body, article.entities, lang, article.id)
        by_id: dict[str, list[Mention]] = defaultdict(list)
        for m in article.entities:
            if m.entity_id is not None:
                by_id[m.entity_id].append(m)
        mine = [_local(article.id, group, lang) for group in by_id.values()]
        keys = {item.name: folded(item.name) for item in mine}
        for item in mine:
            item.context = {k for n, k in keys.items() if n != item.name}
        items.extend(mine)
    return items


def _local(article_id: str, mentions: list[Mention], lang: str) -> _Local:
    named = [m for m in mentions if "descriptor" not in m.attributes and not m.part]
    names = [m.attributes.get("name", m.text) for m in named] or [mentions[0].text]
    labels = Counter(m.label for m in named) or Counter(m.label for m in mentions)
    label = labels.most_common(1)[0][0]
    kinds = {m.attributes["kind"] for m in mentions if "kind" in m.attributes}
    return _Local(article_id, label, preferred_name(Counter(names), label), set(names), mentions, kinds, lang=lang)


def _join_same_keys(items: list[_Local], groups: _Groups) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for key in item.keys:
            by_key[key].append(i)
    for indices in by_key.values():
        kinded = [i for i in indices if items[i].kinds]
        for i in kinded:
            for j in kinded:
                groups.join(i, j)
        undecided = []
        for i in indices:
            if not items[i].kinds:
                target = _best_context(items, i, [j for j in indices if j != i], groups)
                if target is None:
                    undecided.append(i)
                else:
                    groups.join(target, i)
        for i in undecided[1:]:
            groups.join(undecided[0], i)


def _best_context(items: list[_Local], i: int, candidates: list[int], groups: _Groups) -> int | None:
    """Among candidates of different kinds, the one whose article shares most other entities;
    none when that does not decide."""
    roots = sorted({groups.find(j) for j in candidates if items[j].kinds})
    if not roots:
        return None

    def overlap(root: int) -> int:
        return sum(len(items[i].context & items[j].context) for j in candidates if groups.find(j) == root)

    ranked = sorted(roots, key=overlap, reverse=True)
    if len(ranked) > 1 and overlap(ranked[0]) == overlap(ranked[1]):
        return None
    return ranked[0]


def _join_similar(items: list[_Local], groups: _Groups) -> None:
    """Spelling variants the folding rules miss; only names of one label that begin alike are
    compared, which keeps this near-linear on a large store."""
    blocks: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for i, item in enumerate(items):
        key = folded(item.name)
        if len(key) >= MIN_SIMILAR_LENGTH:
            blocks[(item.label, key[:2])].setdefault(key, i)
    for block in blocks.values():
        keys = sorted(block.items())
        for a, (key_i, i) in enumerate(keys):
            for key_j, j in keys[a + 1:]:
                if groups.find(i) != groups.find(j) and _same_spelling(items[i], items[j]):
                    groups.join(i, j)


def _same_spelling(a: _Local, b: _Local) -> bool:
    """People are compared name part by name part, so that a shared first name cannot carry
    two different surnames ("Michael Meier", "Michael Meyer") over the threshold."""
    parts_a, parts_b = words(a.name), words(b.name)
    if a.label == "PER" and len(parts_a) > 1 and len(parts_b) > 1:
        return similar_spelling(folded(parts_a[-1]), folded(parts_b[-1])) and \
            similar_spelling(folded(" ".join(parts_a[:-1])), folded(" ".join(parts_b[:-1])))
    return similar_spelling(folded(a.name), folded(b.name))


def _join_short_names(items: list[_Local], groups: _Groups) -> None:
    """A short name joins the one longer name that contains it: a surname-only person its full
    name, "Schalke 04" or "Bayern" an organisation whose identifying words include theirs.
    When several contain it, the one whose article shares most other entities wins, if any does."""
    identifying = [_identifying_words(item) for item in items]
    containing: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for word in identifying[i]:
            containing[f"{item.label}:{word}"].append(i)
    for i, item in enumerate(items):
        mine = _identifying_words(item, short=True)
        if not mine:
            continue
        candidates = [j for j in containing.get(f"{item.label}:{min(mine)}", [])
                      if j != i and mine <= identifying[j]]
        roots = {groups.find(j) for j in candidates} - {groups.find(i)}
        if len(roots) == 1:
            groups.join(roots.pop(), i)
        elif roots:
            def shared(root: int) -> tuple[int, int]:
                group = [j for j in candidates if groups.find(j) == root]
                return sum(len(item.context & items[j].context) for j in group), len(group)
            ranked = sorted(roots, key=shared, reverse=True)
            if shared(ranked[0]) > shared(ranked[1]):
                groups.join(ranked[0], i)


def _identifying_words(item: _Local, short: bool = False) -> frozenset[str]:
    """Folded name words: all words of a person's multi-word name (or, with `short`, the one
    word of a surname-only mention); the significant words of an organisation or place."""
    if item.label == "PER":
        parts = words(item.name)
        if short != (len(parts) == 1):
            return frozenset()
        return frozenset(folded(uninflect(w, item.lang)) for w in parts)
    return frozenset(folded(w) for w in significant_words(item.name))


def _canonical(group: list[_Local]) -> Entity:
    mentions = [m for item in group for m in item.mentions]
    labels = Counter(item.label for item in group for _ in item.mentions)
    label = labels.most_common(1)[0][0]
    used_in = Counter(n for item in group for n in item.names)
    geo = next((k for item in group for k in sorted(item.keys) if k.startswith("geo:")), None)
    lang = Counter(item.lang for item in group).most_common(1)[0][0]
    name = (geo and geo_name(geo[len("geo:"):], lang)) or preferred_name(used_in, label)
    kinds = sorted({k for item in group for k in item.kinds})
    key = "|".join([label, geo or folded(name), *kinds])
    entity_id = "ent:" + hashlib.sha1(key.encode()).hexdigest()[:12]
    attributes: dict[str, list[str]] = {}
    aliases: set[str] = set()
    for m in mentions:
        m.entity_id = entity_id
        if "descriptor" not in m.attributes and not m.part:
            aliases.add(m.text)
            aliases.add(m.attributes.get("name", m.text))
        for k, value in m.attributes.items():
            if k != "name" and value not in attributes.setdefault(k, []):
                attributes[k].append(value)
    return Entity(entity_id, name, label, sorted(aliases), attributes, len(mentions))
