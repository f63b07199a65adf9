"""Within one text: which mentions are the same entity.

Full names are grouped first; then each short form (surname, first name, genitive) joins the
full name it most recently followed, as a reader would resolve it; definite role phrases ("der
Kremlchef") join the most recent person whose role fits, or the most recent person nearby.
Roles and ages found around a name become attributes, never part of the name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lagebild.link.entities import descriptors as desc
from lagebild.link.entities.names import (
    compact, folded, genitive_base, geo_key, loose, preferred_name, similar_spelling, uninflect, words,
)
from lagebild.model import Entity, Mention

_APPOSITION_GAP = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3})?\s*,\s*")
"""Between a name and a role phrase that describes it: "Grant Shapps, dem Leiter …"."""
_WORD_BEFORE = re.compile(r"(\w[\w-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w[\w-]*)")
PLACED = "?"
"""Marks a mention as grouped until the clusters are numbered."""
DESCRIPTOR_WINDOW = 600
"""How far back (characters) a role phrase may look for its person when no role matches:
about three news sentences, beyond which "der Minister" is as likely someone new."""
OTHER_ROLE_WINDOW = 250
"""The same for a person whose known role differs ("der Politiker" after "Grant Shapps, Leiter
des Ministeriums"): only the sentence before, since their role already names them otherwise."""


@dataclass
class _Cluster:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def name_words(self, lang: str) -> set[str]:
        """Words of the multi-word names, any of which alone may refer to this person."""
        return {uninflect(w, lang) for n in self.names if len(words(n)) > 1 for w in words(n)}

    def last_before(self, offset: int) -> int:
        return max((m.start for m in self.mentions if m.start < offset), default=-1)

    def head_roles(self, lang: str) -> list[str]:
        """The role nouns themselves ("Sprecherin" in "Sprecherin des Präsidenten")."""
        heads = []
        for m in self.mentions:
            role_words = [w for w in words(m.attributes.get("role", "")) if desc.is_role_word(w, lang)]
            if role_words:
                heads.append(uninflect(role_words[0], lang))
        return heads


def clean_name(text: str, lang: str) -> tuple[str, str | None]:
    """The proper name inside a mention, and a role word it wrongly carried ("Präsident X")."""
    parts = words(text)
    role = None
    while len(parts) > 1 and (
        desc.is_role_word(parts[0], lang) or desc.is_honorific(parts[0], lang)
        or desc.is_determiner(parts[0], lang) or parts[0][:1].islower()
    ):
        if desc.is_role_word(parts[0], lang):
            role = parts[0] if role is None else f"{role} {parts[0]}"
        parts = parts[1:]
    return " ".join(parts), role


def resolve_mentions(text: str, mentions: list[Mention], lang: str, prefix: str) -> list[Entity]:
    """Group `mentions` into entities with ids `f"{prefix}:{n}"`.

    Sets each mention's `entity_id` and `attributes`; definite role phrases that refer to a
    person already named are appended to `mentions` (kept sorted by offset) as PER mentions with
    a `descriptor` attribute, so quote attribution can follow "sagte der Minister" to a name.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        m.entity_id = None
    names = {id(m): _name_of(m, text, lang, *_neighbours(ordered, m)) for m in ordered}
    _undo_genitives(ordered, names, lang)
    clusters: list[_Cluster] = []
    for m in ordered:
        if m.deriv or m.part or names[id(m)] is None:
            continue
        if m.label == "PER" and len(words(names[id(m)])) > 1:
            _place(clusters, m, names[id(m)], _full_name_match(clusters, names[id(m)], lang))
    previous: Mention | None = None
    for m in ordered:
        name = names[id(m)]
        if m.deriv or m.part or name is None:
            continue
        if m.entity_id is None:
            match = _expanded_acronym(text, clusters, previous, m)
            _place(clusters, m, name, match or _short_name_match(clusters, m, name, lang))
        previous = m
    for m in ordered:
        if m.part and not m.deriv:
            _attach_part(clusters, m, lang)
    _resolve_descriptors(text, mentions, clusters, lang)
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    return [_entity(c, f"{prefix}:{n}") for n, c in enumerate(clusters, 1)]


def _neighbours(ordered: list[Mention], m: Mention) -> tuple[int, int | None]:
    """Where the names before and after `m` end and start: a role phrase around `m` stays
    between them. Derived adjectives ("des britischen Ministeriums") may be inside one."""
    names = [other for other in ordered if not other.deriv and other is not m]
    floor = max((o.end for o in names if o.end <= m.start), default=0)
    ceiling = min((o.start for o in names if o.start >= m.end), default=None)
    return floor, ceiling


def _name_of(m: Mention, text: str, lang: str, floor: int, ceiling: int | None) -> str | None:
    if desc.descriptor_role(m.text, lang):
        m.attributes["descriptor"] = desc.descriptor_role(m.text, lang)
        return None
    name, role = clean_name(m.text, lang)
    if role:
        m.attributes["role"] = role
    if m.label == "PER":
        found = desc.role_before(text, m.start, lang, floor)
        if found and "role" not in m.attributes:
            m.attributes["role"] = found[0]
        after = desc.role_after(text, m.end, lang, ceiling)
        if after and "role" not in m.attributes:
            m.attributes["role"] = after
        age = desc.age_after(text, m.end)
        if age:
            m.attributes["age"] = age
    elif m.label == "LOC" and not geo_key(name):
        kind = _place_kind_near(text, m, lang, floor, ceiling)
        if kind:
            m.attributes["kind"] = kind
    return name


def _place_kind_near(text: str, m: Mention, lang: str, floor: int, ceiling: int | None) -> str | None:
    """What kind of place the word right beside the name says it is ("die Küstensiedlung
    Donau", "Donau river"); countries and cities CLDR knows need no such evidence."""
    before = _WORD_BEFORE.search(text, max(floor, m.start - 40), m.start)
    after = _WORD_AFTER.match(text, m.end, ceiling if ceiling is not None else len(text))
    for found in (before, after):
        kind = found and desc.place_kind(found.group(1), lang)
        if kind:
            return kind
    return None


def _undo_genitives(ordered: list[Mention], names: dict[int, str | None], lang: str) -> None:
    """"Putins" is "Putin" when the text also says "Putin", or when CLDR knows the base form."""
    known = {compact(w) for n in names.values() if n for w in words(n)}
    for m in ordered:
        name = names[id(m)]
        if not name:
            continue
        parts = words(name)
        base = genitive_base(parts[-1], lang)
        based = " ".join(parts[:-1] + [base]) if base else None
        if based and (compact(base) in known or (m.label != "PER" and geo_key(based))):
            names[id(m)] = based
            m.attributes["name"] = based
            m.attributes.pop("role", None)  # "Nachfolger Merkels" is not Merkel's role
        elif name != m.text:
            m.attributes["name"] = name


def _compatible(a: str, b: str) -> bool:
    return a == b or (a != "PER" and b != "PER")


def _full_name_match(clusters: list[_Cluster], name: str, lang: str) -> _Cluster | None:
    key = compact(name)
    mine = [uninflect(w, lang) for w in words(name)]
    for cluster in reversed(clusters):
        if cluster.label != "PER":
            continue
        for other in cluster.names:
            theirs = [uninflect(w, lang) for w in words(other)]
            nested = set(mine) <= set(theirs) or set(theirs) <= set(mine)
            if compact(other) == key or (mine[-1] == theirs[-1] and nested):
                return cluster
    return None


def _short_name_match(clusters: list[_Cluster], m: Mention, name: str, lang: str) -> _Cluster | None:
    key = loose(name, lang)
    # The same name twice in one text is one entity even when the tagger labels it differently
    # ("Moskau" LOC, "Moskaus" PER): within a text, a label is weaker evidence than the name.
    same = [c for c in clusters if any(loose(n, lang) == key for n in c.names)]
    if same:
        return max(same, key=lambda c: c.last_before(m.start))
    if m.label == "PER" and len(words(name)) == 1:
        word = uninflect(name, lang)
        containing = [c for c in clusters if c.label == "PER" and word in c.name_words(lang)] or [
            c for c in clusters if c.label == "PER" and any(
                len(w) > 5 and similar_spelling(folded(name), folded(w)) for n in c.names for w in words(n)[1:])]
    else:
        mine = significant_words(name)
        containing = [c for c in clusters if c.label == m.label and mine and any(
            _nested(mine, significant_words(n)) for n in c.names)]
    if containing:
        before = [c for c in containing if c.last_before(m.start) >= 0]
        if before:
            return max(before, key=lambda c: c.last_before(m.start))
        return min(containing, key=lambda c: min(x.start for x in c.mentions))
    if name.isupper() and len(name) >= 2:
        return next((c for c in clusters
                     if _compatible(c.label, m.label) and any(_initials(n) == name for n in c.names)), None)
    return None


def significant_words(name: str) -> frozenset[str]:
    """The words that identify an organisation or place, without short affixes such as "FC",
    "AG", "1." or "04": "FC Bayern München", "Bayern München" and "Bayern" share "bayern".
    Words are compared whole, not uninflected: "Bayern" must not match "Bayer Leverkusen"."""
    return frozenset(compact(w) for w in words(name) if len(w) > 3 and w[:1].isupper())


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _expanded_acronym(text: str, clusters: list[_Cluster], previous: Mention | None,
                      m: Mention) -> _Cluster | None:
    """"Internationale Atomenergieorganisation (IAEA)": an acronym in brackets right after a name."""
    if previous is None or not m.text.isupper() or text[previous.end:m.start].strip() != "(":
        return None
    return next((c for c in clusters if previous in c.mentions and _compatible(c.label, m.label)), None)


def _initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w[:1].isupper())


def _place(clusters: list[_Cluster], m: Mention, name: str, cluster: _Cluster | None) -> None:
    if cluster is None:
        cluster = _Cluster(m.label)
        clusters.append(cluster)
    cluster.mentions.append(m)
    cluster.names.append(name)
    m.entity_id = PLACED


def _attach_part(clusters: list[_Cluster], m: Mention, lang: str) -> None:
    """"Putin-Reise": a compound that names a known entity in one of its parts."""
    for part in m.text.replace("–", "-").split("-"):
        key = loose(part, lang)
        for cluster in clusters:
            if any(loose(n, lang) == key for n in cluster.names):
                cluster.mentions.append(m)
                m.entity_id = PLACED
                return


def _resolve_descriptors(text: str, mentions: list[Mention], clusters: list[_Cluster],
                         lang: str) -> None:
    """Given descriptor mentions, and definite role phrases found in the text that are not an
    apposition to a name, join the person they most plausibly refer to."""
    given = [m for m in mentions if "descriptor" in m.attributes and m.entity_id is None]
    appositions = [(found[1], m.start) for c in clusters if c.label == "PER" for m in c.mentions
                   for found in [desc.role_before(text, m.start, lang)] if found]
    found = []
    for d in desc.find_descriptors(text, lang):
        role_start = d.end - len(d.role)
        # a place or organisation among the modifiers is fine: "the Kremlin leader"
        overlaps = any(m.start < d.end and d.start < m.end and (m.label == "PER" or m.end > role_start)
                       for m in mentions)
        apposition = any(start <= d.start < name_start for start, name_start in appositions) or any(
            m.label == "PER" and _APPOSITION_GAP.fullmatch(text[m.end:d.start]) for m in mentions if m.end <= d.start)
        if not overlaps and not apposition:
            found.append(Mention(d.start, d.end, text[d.start:d.end], "PER",
                                 attributes={"descriptor": d.role}))
    for m in sorted(given + found, key=lambda x: x.start):
        cluster = _descriptor_target(clusters, m, lang)
        if cluster is None:
            continue
        cluster.mentions.append(m)
        m.entity_id = PLACED
        if m in found:
            mentions.append(m)
    mentions.sort(key=lambda x: x.start)


def _descriptor_target(clusters: list[_Cluster], m: Mention, lang: str) -> _Cluster | None:
    people = [c for c in clusters if c.label == "PER" and c.last_before(m.start) >= 0]
    role = uninflect(m.attributes["descriptor"], lang)
    fitting = [c for c in people if any(_same_role(role, head) for head in c.head_roles(lang))]
    if fitting:
        return max(fitting, key=lambda c: c.last_before(m.start))
    near = [c for c in people if m.start - c.last_before(m.start) <= (
        DESCRIPTOR_WINDOW if not c.head_roles(lang) else OTHER_ROLE_WINDOW)]
    return max(near, key=lambda c: c.last_before(m.start)) if near else None


def _same_role(descriptor: str, head: str) -> bool:
    """"Minister" fits "Finanzminister", "Kanzler" fits "Bundeskanzlerin"."""
    masculine = head[:-2] if head.endswith("in") and len(head) > len(descriptor) else head
    return masculine.endswith(descriptor) or descriptor.endswith(masculine)


def _entity(cluster: _Cluster, entity_id: str) -> Entity:
    labels = Counter(m.label for m in cluster.mentions if "descriptor" not in m.attributes)
    attributes: dict[str, list[str]] = {}
    for m in cluster.mentions:
        m.entity_id = entity_id
        for key, value in m.attributes.items():
            if key != "name" and value not in attributes.setdefault(key, []):
                attributes[key].append(value)
    label = labels.most_common(1)[0][0] if labels else "PER"
    name = preferred_name(Counter(cluster.names), label)
    named = [m for m in cluster.mentions if "descriptor" not in m.attributes and not m.part]
    aliases = sorted({m.text for m in named} | set(cluster.names))
    return Entity(entity_id, name, label, aliases, attributes, len(cluster.mentions))
