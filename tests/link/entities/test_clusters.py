"""Resolution within a text reads its entities from indexes; they must answer as a scan would."""
from __future__ import annotations

import re
from pathlib import Path

from lagebild.link.entities import resolve_mentions
from lagebild.link.entities.clusters import Clusters
from lagebild.link.entities.descriptors import ROLE_REACH, role_before
from lagebild.model import Mention

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "link"
FILLER = "und dann kam noch mehr davon auf dem weg nach hause "
NAMES = ("Präsident Anton Berglund", "Berglunds", "Maria Okonkwo-Lind", "Okonkwo-Lind", "Jakob Tessmer", "Tessmer")


def mentions_of(text: str, surfaces: tuple[str, ...], label: str = "PER") -> list[Mention]:
    """Whole-word occurrences, longest first where two start together, none overlapping."""
    found = sorted(((hit.start(), hit.end()) for surface in surfaces
                    for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?![\w-])", text)), key=lambda s: (s[0], -s[1]))
    kept: list[Mention] = []
    for start, end in found:
        if not kept or start >= kept[-1].end:
            kept.append(Mention(start, end, text[start:end], label))
    return kept


def _groups(mentions: list[Mention], shift: int = 0) -> list[list[tuple[int, str]]]:
    by_id: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        by_id.setdefault(m.entity_id, []).append((m.start - shift, m.text))
    return sorted(by_id.values())


def test_a_long_stretch_before_the_text_changes_none_of_its_entities():
    text = (FIXTURES / "de_minister.txt").read_text(encoding="utf-8")
    mentions = mentions_of(text, NAMES)
    alone = resolve_mentions(text, mentions, "de", "a")
    padding = FILLER * 400
    padded = mentions_of(padding + text, NAMES)
    after = resolve_mentions(padding + text, padded, "de", "a")
    assert _groups(padded, len(padding)) == _groups(mentions)
    assert [(e.name, e.label, e.attributes) for e in after] == [(e.name, e.label, e.attributes) for e in alone]


def test_a_name_repeated_many_times_is_one_entity_and_one_index_entry():
    text = "Die Ministerin Hanna Lorberg sprach. " + "Danach sprach Lorberg wieder. " * 300
    mentions = mentions_of(text, ("Hanna Lorberg", "Lorberg"))
    entities = resolve_mentions(text, mentions, "de", "a")
    assert len(entities) == 1 and entities[0].mentions == 301
    clusters = Clusters("de")
    person = clusters.new("PER")
    for m in mentions:
        clusters.add_mention(person, m)
        clusters.add_name(person, m.text)
    assert clusters.with_loose_name("lorberg") == [person]
    assert person.last_before(mentions[5].start) == mentions[4].start
    assert clusters.people_mentioned_between(mentions[2].start, mentions[4].start) == [person]
    assert clusters.people_mentioned_between(-10, 0) == []


def test_newest_full_name_and_shared_significant_words_win():
    clusters = Clusters("de")
    older, newer, place = clusters.new("PER"), clusters.new("PER"), clusters.new("LOC")
    clusters.add_name(older, "Karl Weber")
    clusters.add_name(newer, "Karl Otto Weber")
    clusters.add_name(place, "Freie Hansestadt Bremen")
    assert clusters.latest_full_name("karlweber", ["karl", "weber"]) is newer
    assert clusters.latest_full_name("annaweber", ["anna", "weber"]) is None
    assert clusters.sharing_significant_words(frozenset({"bremen"}), "LOC") == [place]
    assert clusters.sharing_significant_words(frozenset({"bremen"}), "ORG") == []


def test_role_before_a_name_is_found_however_long_the_clause_before_it():
    phrase = "der Sprecher des Ministeriums "
    text = FILLER * (3 * ROLE_REACH // len(FILLER)) + phrase + "Karl Weber"
    start = text.index("Karl")
    assert role_before(text, start, "de") == ("Sprecher des Ministeriums", start - len(phrase))


def test_significant_words_match_in_both_directions_and_whole_words_only():
    clusters = Clusters("de")
    club, short, other = clusters.new("ORG"), clusters.new("ORG"), clusters.new("ORG")
    clusters.add_name(club, "FC Bayern München")
    clusters.add_name(short, "Bayern")
    clusters.add_name(other, "Bayer Leverkusen")
    assert clusters.sharing_significant_words(frozenset({"bayern"}), "ORG") == [club, short]
    assert clusters.sharing_significant_words(frozenset({"bayern", "munchen", "amateure"}), "ORG") == [club, short]
    many = frozenset({"bayern", "munchen", "amateure", "nord", "sued", "west", "ost"})
    assert clusters.sharing_significant_words(many, "ORG") == [club, short]
