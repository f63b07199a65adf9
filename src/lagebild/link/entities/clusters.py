"""The entities of one text as they form, with the look-ups resolution asks of them.

Resolving a mention asks which entities carry a name with the same key, contain its word, share
its significant words or its initials, hold a role that fits a role phrase, or were mentioned
just before it. Scanning every entity for every mention makes a long text cost the square of its
names, so each question is answered from an index kept up to date as mentions join; answers list
entities in the order they were created, as a scan would.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from lagebild.link.entities import descriptors as desc
from lagebild.link.entities.names import compact, loose, uninflect, words
from lagebild.model import Mention


MAX_SUBSET_WORDS = 6
"""Names with more significant words than this look up the names lying in theirs by scanning."""


def significant_words(name: str) -> frozenset[str]:
    """The words that identify an organisation or place, without short affixes such as "FC",
    "AG", "1." or "04": "FC Bayern München", "Bayern München" and "Bayern" share "bayern".
    Words are compared whole, not uninflected: "Bayern" must not match "Bayer Leverkusen"."""
    return frozenset(compact(w) for w in words(name) if len(w) > 3 and w[:1].isupper())


def initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w[:1].isupper())


@dataclass(eq=False)
class Cluster:
    label: str
    order: int
    """Position among the text's entities in the order they were created."""
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    """Offsets of the mentions, sorted."""
    head_roles: list[str] = field(default_factory=list)
    """The role nouns of the mentions ("Sprecherin" in "Sprecherin des Präsidenten")."""

    def last_before(self, offset: int) -> int:
        index = bisect_left(self.starts, offset)
        return self.starts[index - 1] if index else -1


def _index(table: dict[str, dict], key: str, value) -> None:
    """File `value` under `key` once: a name repeated a thousand times is one entry."""
    table.setdefault(key, {})[value] = None


def _ordered(clusters: Iterable[Cluster]) -> list[Cluster]:
    return sorted(set(clusters), key=lambda c: c.order)


class Clusters:
    """All entities of one text so far, indexed by the keys resolution looks them up by."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.all: list[Cluster] = []
        self._by_loose: dict[str, dict[Cluster, None]] = {}
        self._by_compact: dict[str, dict[Cluster, None]] = {}
        self._by_last_word: dict[str, dict[tuple[Cluster, frozenset[str]], None]] = {}
        self._by_name_word: dict[str, dict[Cluster, None]] = {}
        self._by_later_word: dict[str, dict[Cluster, None]] = {}
        self._by_significant: dict[str, dict[tuple[Cluster, frozenset[str]], None]] = {}
        self._by_significant_set: dict[frozenset[str], dict[Cluster, None]] = {}
        self._by_initials: dict[str, dict[Cluster, None]] = {}
        self._by_head: dict[str, dict[Cluster, None]] = {}
        self._of_mention: dict[int, Cluster] = {}
        self._person_starts: list[tuple[int, int]] = []
        """(offset, order) of every mention of a person, sorted."""

    def new(self, label: str) -> Cluster:
        cluster = Cluster(label, len(self.all))
        self.all.append(cluster)
        return cluster

    def add_name(self, cluster: Cluster, name: str) -> None:
        cluster.names.append(name)
        parts = words(name)
        _index(self._by_loose, loose(name, self.lang), cluster)
        _index(self._by_initials, initials(name), cluster)
        significant = significant_words(name)
        for word in significant:
            _index(self._by_significant, word, (cluster, significant))
        _index(self._by_significant_set, significant, cluster)
        if cluster.label != "PER" or not parts:
            return
        uninflected = [uninflect(w, self.lang) for w in parts]
        _index(self._by_compact, compact(name), cluster)
        _index(self._by_last_word, uninflected[-1], (cluster, frozenset(uninflected)))
        if len(parts) > 1:
            for word in uninflected:
                _index(self._by_name_word, word, cluster)
        for word in parts[1:]:
            if len(word) > 5:
                _index(self._by_later_word, word, cluster)

    def add_mention(self, cluster: Cluster, mention: Mention) -> None:
        cluster.mentions.append(mention)
        insort(cluster.starts, mention.start)
        self._of_mention.setdefault(id(mention), cluster)
        role_words = [w for w in words(mention.attributes.get("role", "")) if desc.is_role_word(w, self.lang)]
        if role_words:
            head = uninflect(role_words[0], self.lang)
            cluster.head_roles.append(head)
            _index(self._by_head, head, cluster)
        if cluster.label == "PER":
            insort(self._person_starts, (mention.start, cluster.order))

    def cluster_of(self, mention: Mention) -> Cluster | None:
        return self._of_mention.get(id(mention))

    def with_loose_name(self, key: str) -> list[Cluster]:
        return _ordered(self._by_loose.get(key, ()))

    def with_initials(self, key: str) -> list[Cluster]:
        return _ordered(self._by_initials.get(key, ()))

    def latest_full_name(self, key: str, mine: list[str]) -> Cluster | None:
        """The newest person with a name of the same compact key, or of the same last word
        where one name's words contain the other's."""
        found = set(self._by_compact.get(key, ()))
        found.update(cluster for cluster, theirs in self._by_last_word.get(mine[-1], ())
                     if set(mine) <= theirs or theirs <= set(mine))
        return max(found, key=lambda c: c.order, default=None)

    def people_with_name_word(self, word: str) -> list[Cluster]:
        return _ordered(self._by_name_word.get(word, ()))

    def people_with_later_word(self, matches) -> list[Cluster]:
        """People with a word after the first of a name, longer than five letters, that
        `matches` accepts."""
        return _ordered(c for word, clusters in self._by_later_word.items() if matches(word) for c in clusters)

    def sharing_significant_words(self, mine: frozenset[str], label: str) -> list[Cluster]:
        """Entities of `label` with a name whose significant words contain `mine` or lie in it.

        Names containing `mine` all hold its rarest word, so only that word's names are read;
        names lying in `mine` are looked up by each of its subsets while it has few words."""
        rarest = min(mine, key=lambda word: len(self._by_significant.get(word, ())))
        found = [cluster for cluster, theirs in self._by_significant.get(rarest, ()) if mine <= theirs]
        if len(mine) <= MAX_SUBSET_WORDS:
            found += [cluster for size in range(1, len(mine)) for subset in combinations(mine, size)
                      for cluster in self._by_significant_set.get(frozenset(subset), ())]
        else:
            found += [cluster for word in mine for cluster, theirs in self._by_significant.get(word, ())
                      if theirs <= mine]
        return _ordered(cluster for cluster in found if cluster.label == label)

    def people_with_role(self, fits) -> list[Cluster]:
        """People with a role noun that `fits` accepts."""
        return _ordered(c for head, clusters in self._by_head.items() if fits(head) for c in clusters)

    def people_mentioned_between(self, low: int, high: int) -> list[Cluster]:
        first = bisect_left(self._person_starts, (low, -1))
        last = bisect_left(self._person_starts, (high, -1))
        return _ordered(self.all[order] for _, order in self._person_starts[first:last])
