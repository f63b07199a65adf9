"""The text as the quotation rules see it: tokens grouped by sentence and paragraph, quoted
regions, entity mentions, and the conversion of token ranges back into `Quote` records."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable

from lagebild.model import Mention, Quote, Span, TextRef, Token
from lagebild.nlp.quotes.lexicon import Lexicon
from lagebild.nlp.quotes.marks import Quoted, quoted_regions
from lagebild.nlp.quotes.phrases import Frame, is_adverbial, is_word, np_forward

SPEAKER_LABELS = ("PER", "ORG")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Mentions:
    """Speaker mentions sorted by offset, found by binary search rather than by a scan per
    question, so that a text with thousands of names and quotations stays linear."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.items = sorted((m for m in mentions if m.label in SPEAKER_LABELS), key=lambda m: m.start)
        self._starts = [m.start for m in self.items]
        self._longest = max((m.end - m.start for m in self.items), default=0)
        self._named: dict[str, list[int]] = {}
        """Per label, the positions in `items` of the mentions that are not derived adjectives."""
        for position, mention in enumerate(self.items):
            if not mention.deriv:
                self._named.setdefault(mention.label, []).append(position)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        return self.items[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions sharing a character with [start, end), in text order."""
        return [m for m in self.starting_in(start - self._longest + 1, end) if m.end > start]

    def last_named_before(self, offset: int, labels) -> Mention | None:
        """The last mention starting before `offset` with one of `labels`, derived ones aside."""
        limit = bisect_left(self._starts, offset)
        best = -1
        for label in labels:
            positions = self._named.get(label, [])
            k = bisect_left(positions, limit)
            if k:
                best = max(best, positions[k - 1])
        return self.items[best] if best >= 0 else None


@dataclass
class Document:
    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]
    """Token index ranges [lo, hi) of the sentences."""
    mentions: Mentions
    lex: Lexicon
    regions: list[Quoted] = field(default_factory=list)
    paragraph_breaks: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    """Tokens already part of a quotation or its frame."""

    @classmethod
    def build(cls, text: str, sentences: list[Span], tokens: list[Token], mentions: list[Mention],
              lex: Lexicon) -> "Document":
        starts = [t.start for t in tokens]
        ranges = []
        for sentence in sentences:
            lo = bisect_left(starts, sentence.start)
            hi = bisect_left(starts, sentence.end)
            if hi > lo:
                ranges.append((lo, hi))
        return cls(text, tokens, ranges, Mentions(mentions), lex, quoted_regions(text),
                   [m.start() for m in _PARAGRAPH_BREAK.finditer(text)], starts, [lo for lo, _ in ranges])

    def sentence_of(self, index: int) -> tuple[int, int]:
        """Token range of the sentence holding token `index`."""
        if not self.sentences:
            return 0, len(self.tokens)
        return self.sentences[max(bisect_right(self.sentence_starts, index) - 1, 0)]

    def paragraph(self, index: int) -> int:
        return bisect_right(self.paragraph_breaks, self.tokens[index].start)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens lying within the characters [start, end)."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def tokens_span(self, lo: int, hi: int) -> Span:
        return Span(self.tokens[lo].start, self.tokens[hi - 1].end)

    def ref(self, lo: int, hi: int) -> TextRef:
        start, end = self.tokens[lo].start, self.tokens[hi - 1].end
        return TextRef(start, end, self.text[start:end])

    def speaker_entity(self, speaker: TextRef) -> str | None:
        return speaker_entity(speaker, self.mentions, self.lex)

    def names_nobody(self, lo: int, hi: int, owners: bool = True) -> bool:
        """No person or organisation inside tokens [lo, hi): no mention, no pronoun, no noun of
        office or body ("der Innenminister", "die Polizei"); with `owners` False a name in the
        genitive before its noun ("Schoigus Plan") does not count either."""
        if hi - lo == 1 and self.tokens[lo].text.lower() in self.lex.pronouns:
            return False
        if any(_speaker_noun(t.text, self.lex) for t in self.tokens[lo:hi]):
            return False
        start, end = self.tokens[lo].start, self.tokens[hi - 1].end
        return not any(owners or not self._owner_only(m, hi) for m in self.mentions.overlapping(start, end))

    def _without_age(self, lo: int, hi: int) -> tuple[int, int]:
        """"John Kirby (60)": an age in brackets at the end is no part of who spoke."""
        tokens = self.tokens
        if hi - lo >= 4 and tokens[hi - 3].text == "(" and tokens[hi - 2].text.isdigit() and tokens[hi - 1].text == ")":
            return lo, hi - 3
        return lo, hi

    def _owner_only(self, mention: Mention, hi: int) -> bool:
        """A name in the genitive before the noun it owns ("Schoigus Plan"): the phrase names the plan."""
        k = self.token_range(mention.end, mention.end + 1)[0]
        return k < hi and mention.text.endswith(("s", "'", "’")) and self.tokens[k].text[:1].isupper() \
            and not self.mentions.overlapping(self.tokens[k].start, self.tokens[k].start + 1)

    def named_subject(self, lo: int, hi: int, pronouns: bool = True) -> tuple[int, int] | None:
        """The leading noun phrase of the clause [lo, hi) when a verb follows it and it names
        someone, else the pronoun or first person named right after its verb."""
        tokens, lex = self.tokens, self.lex
        if lo >= hi:
            return None
        first = tokens[lo].text.lower()
        end = np_forward(tokens, lo, hi, lex)
        if lo < end < hi and tokens[end].text.islower() and first not in lex.prepositions | lex.non_content_openers \
                and (pronouns or first not in lex.pronouns) and not self.names_nobody(lo, end):
            return lo, end
        if pronouns and lo + 2 < hi and tokens[lo + 1].text.lower() not in lex.pronouns:
            verb = next((k for k in range(lo + 1, hi) if tokens[k].text.islower() and is_word(tokens[k])), None)
            if verb is not None and verb + 1 < hi and tokens[verb + 1].text.lower() in lex.pronouns:
                return verb + 1, verb + 2  # "Ursprünglich wollte er …"
        start, stop = tokens[lo].start, tokens[hi - 1].end
        person = next((m for m in self.mentions.starting_in(start, stop) if m.label == "PER"), None)
        return self.token_range(person.start, person.end) if person is not None else None

    def latest_attributed(self, quotes: list[Quote], before: int) -> Quote | None:
        """The last quotation before `before` with a speaker, within this or the previous paragraph."""
        here = self.paragraph(self.token_range(before, before + 1)[0])
        for quote in sorted((q for q in quotes if q.spans[0].start < before), key=lambda q: q.spans[0].start,
                            reverse=True):
            if quote.speaker is None or quote.speaker.text.lower() in self.lex.anaphoric_sources:
                continue  # "Demnach" stands for a source named further back
            there = self.paragraph(self.token_range(quote.spans[0].start, quote.spans[0].start + 1)[0])
            return quote if here - there <= 1 else None
        return None

    def quote(self, spans: list[tuple[int, int]], kind: str, frame: Frame | None, medium: str = "Speech",
              speaker: TextRef | None = None, speaker_entity: str | None = None) -> Quote:
        char_spans = [Span(self.tokens[lo].start, self.tokens[hi - 1].end) for lo, hi in spans if hi > lo]
        cue = addressee = channel = None
        if frame is not None:
            if frame.speaker is not None and is_adverbial(self.tokens, *frame.speaker, self.lex):
                frame.speaker = frame.other_subject  # "150.000", "Tage": whatever rule chose it, no speaker
            if frame.other_subject is not None and frame.speaker is not None and self.names_nobody(*frame.speaker) \
                    and not self.names_nobody(*frame.other_subject, owners=False):
                frame.speaker = frame.other_subject
            if frame.speaker is not None:
                speaker = self.ref(*self._without_age(*frame.speaker))
                speaker_entity = self.speaker_entity(speaker)
            if frame.cue_tokens:
                cue = self.ref(min(frame.cue_tokens), min(frame.cue_tokens) + 1) if frame.cue is not None \
                    else self.ref(min(frame.cue_tokens), max(frame.cue_tokens) + 1)
            if frame.cue is not None:
                medium = frame.cue.verb.medium
            addressee = self.ref(*frame.addressee) if frame.addressee else None
            channel = self.ref(*frame.channel) if frame.channel else None
            for part in (None if frame.shared_speaker else frame.speaker, frame.addressee, frame.channel):
                if part is not None:
                    self.used.update(range(*part))
            self.used.update(frame.cue_tokens)
        for lo, hi in spans:
            self.used.update(range(lo, hi))
        return Quote(char_spans, kind, medium, speaker, speaker_entity, cue, addressee, channel)


@cache
def _speaker_noun_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, endings)) + ")(?:e|en|er|es|in|innen|n|s)?$")


def _speaker_noun(word: str, lex: Lexicon) -> bool:
    """"Sprecherin", "Innenministeriums", "Polizei": a capitalised noun ending in a speaker noun."""
    if not word[:1].isupper() or not lex.speaker_noun_endings:
        return False
    return _speaker_noun_pattern(lex.speaker_noun_endings).search(word.lower()) is not None


def speaker_entity(speaker: TextRef, mentions: Mentions, lex: Lexicon) -> str | None:
    """The entity a speaker refers to: a name inside it, or for a pronoun or demonstrative the last
    name before."""
    pronoun_labels = lex.pronouns.get(speaker.text.lower())
    if pronoun_labels is None and speaker.text.lower() in lex.demonstrative_pronouns:
        pronoun_labels = SPEAKER_LABELS  # "Dieser bestätigte", "so letztere": the one named last
    if pronoun_labels is not None:
        mention = mentions.last_named_before(speaker.start, pronoun_labels)
        return mention.entity_id if mention is not None else None
    inside = [m for m in mentions.overlapping(speaker.start, speaker.end) if not m.deriv]
    for label in SPEAKER_LABELS:
        named = [m for m in inside if m.label == label]
        if named:
            return named[-1].entity_id
    return None
