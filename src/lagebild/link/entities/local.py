"""Within one text: which mentions are the same entity.

Full names are grouped first; then each short form (surname, first name, genitive) joins the
full name it most recently followed, as a reader would resolve it; definite role phrases ("der
Kremlchef") join the most recent person whose role fits, or the most recent person nearby.
Roles and ages found around a name become attributes, never part of the name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from lagebild.link.entities import descriptors as desc
from lagebild.link.entities.clusters import Cluster, Clusters, significant_words
from lagebild.link.entities.names import (
    compact, folded, genitive_base, geo_key, loose, preferred_name, similar_spelling, uninflect, words,
)
from lagebild.spans import Coverage
from lagebild.model import Entity, Mention, Span

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
    names = {id(m): _name_of(m, text, lang, *bounds) for m, bounds in zip(ordered, _neighbours(ordered))}
    _undo_genitives(ordered, names, lang)
    clusters = Clusters(lang)
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
    found = sorted((c for c in clusters.all if c.mentions), key=lambda c: c.starts[0])
    return [_entity(c, f"{prefix}:{n}") for n, c in enumerate(found, 1)]


def _neighbours(ordered: list[Mention]) -> list[tuple[int, int | None]]:
    """For each mention, where the names before and after it end and start: a role phrase
    around it stays between them. Derived adjectives ("des britischen Ministeriums") may be
    inside one. A mention is not its own neighbour, which matters only for an empty one."""
    ends = sorted(o.end for o in ordered if not o.deriv)
    starts = sorted(o.start for o in ordered if not o.deriv)
    bounds: list[tuple[int, int | None]] = []
    for m in ordered:
        before = bisect_right(ends, m.start)
        if not m.deriv and m.end <= m.start and ends[before - 1] == m.end:
            before -= 1
        after = bisect_left(starts, m.end)
        if not m.deriv and m.start >= m.end and starts[after] == m.start:
            after += 1
        bounds.append((ends[before - 1] if before else 0, starts[after] if after < len(starts) else None))
    return bounds


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


def _full_name_match(clusters: Clusters, name: str, lang: str) -> Cluster | None:
    return clusters.latest_full_name(compact(name), [uninflect(w, lang) for w in words(name)])


def _short_name_match(clusters: Clusters, m: Mention, name: str, lang: str) -> Cluster | None:
    # The same name twice in one text is one entity even when the tagger labels it differently
    # ("Moskau" LOC, "Moskaus" PER): within a text, a label is weaker evidence than the name.
    same = clusters.with_loose_name(loose(name, lang))
    if same:
        return max(same, key=lambda c: c.last_before(m.start))
    if m.label == "PER" and len(words(name)) == 1:
        key = folded(name)
        containing = clusters.people_with_name_word(uninflect(name, lang)) or clusters.people_with_later_word(
            lambda word: similar_spelling(key, folded(word)))
    else:
        mine = significant_words(name)
        containing = clusters.sharing_significant_words(mine, m.label) if mine else []
    if containing:
        before = [c for c in containing if c.last_before(m.start) >= 0]
        if before:
            return max(before, key=lambda c: c.last_before(m.start))
        return min(containing, key=lambda c: c.starts[0])
    if name.isupper() and len(name) >= 2:
        return next((c for c in clusters.with_initials(name) if _compatible(c.label, m.label)), None)
    return None


def _expanded_acronym(text: str, clusters: Clusters, previous: Mention | None, m: Mention) -> Cluster | None:
    """"Internationale Atomenergieorganisation (IAEA)": an acronym in brackets right after a name."""
    if previous is None or not m.text.isupper() or text[previous.end:m.start].strip() != "(":
        return None
    cluster = clusters.cluster_of(previous)
    return cluster if cluster is not None and _compatible(cluster.label, m.label) else None


def _place(clusters: Clusters, m: Mention, name: str, cluster: Cluster | None) -> None:
    if cluster is None:
        cluster = clusters.new(m.label)
    clusters.add_mention(cluster, m)
    clusters.add_name(cluster, name)
    m.entity_id = PLACED


def _attach_part(clusters: Clusters, m: Mention, lang: str) -> None:
    """"Putin-Reise": a compound that names a known entity in one of its parts."""
    for part in m.text.replace("–", "-").split("-"):
        known = clusters.with_loose_name(loose(part, lang))
        if known:
            clusters.add_mention(known[0], m)
            m.entity_id = PLACED
            return


def _resolve_descriptors(text: str, mentions: list[Mention], clusters: Clusters, lang: str) -> None:
    """Given descriptor mentions, and definite role phrases found in the text that are not an
    apposition to a name, join the person they most plausibly refer to."""
    given = [m for m in mentions if "descriptor" in m.attributes and m.entity_id is None]
    appositions = Coverage([Span(found[1], m.start) for c in clusters.all if c.label == "PER" for m in c.mentions
                            for found in [desc.role_before(text, m.start, lang)] if found])
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)
    people = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.end)
    people_ends = [m.end for m in people]
    found = []
    for d in desc.find_descriptors(text, lang):
        role_start = d.end - len(d.role)
        # a place or organisation among the modifiers is fine: "the Kremlin leader"
        nearby = by_start[bisect_right(starts, d.start - longest):bisect_left(starts, d.end)]
        overlaps = any(d.start < m.end and (m.label == "PER" or m.end > role_start) for m in nearby)
        gap_start = d.start
        while gap_start > 0 and _in_apposition_gap(text[gap_start - 1]):
            gap_start -= 1
        named = people[bisect_left(people_ends, gap_start):bisect_right(people_ends, d.start)]
        apposition = d.start in appositions or any(_APPOSITION_GAP.fullmatch(text, m.end, d.start) for m in named)
        if not overlaps and not apposition:
            found.append(Mention(d.start, d.end, text[d.start:d.end], "PER",
                                 attributes={"descriptor": d.role}))
    new = {id(m) for m in found}
    for m in sorted(given + found, key=lambda x: x.start):
        cluster = _descriptor_target(clusters, m, lang)
        if cluster is None:
            continue
        clusters.add_mention(cluster, m)
        m.entity_id = PLACED
        if id(m) in new:
            mentions.append(m)
    mentions.sort(key=lambda x: x.start)


def _in_apposition_gap(char: str) -> bool:
    """Whether _APPOSITION_GAP can match `char`, to find how far back such a gap may begin."""
    return char.isspace() or char.isdigit() or char in "(),"


def _descriptor_target(clusters: Clusters, m: Mention, lang: str) -> Cluster | None:
    role = uninflect(m.attributes["descriptor"], lang)
    fitting = [c for c in clusters.people_with_role(lambda head: _same_role(role, head))
               if c.label == "PER" and c.last_before(m.start) >= 0]
    if fitting:
        return max(fitting, key=lambda c: c.last_before(m.start))
    near = [c for c in clusters.people_mentioned_between(m.start - DESCRIPTOR_WINDOW, m.start)
            if m.start - c.last_before(m.start) <= (DESCRIPTOR_WINDOW if not c.head_roles else OTHER_ROLE_WINDOW)]
    return max(near, key=lambda c: c.last_before(m.start)) if near else None


def _same_role(descriptor: str, head: str) -> bool:
    """"Minister" fits "Finanzminister", "Kanzler" fits "Bundeskanzlerin"."""
    masculine = head[:-2] if head.endswith("in") and len(head) > len(descriptor) else head
    return masculine.endswith(descriptor) or descriptor.endswith(masculine)


def _entity(cluster: Cluster, entity_id: str) -> Entity:
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
