"""Direct quotations: quoted regions with the frame that attributes them.

A region is a quotation when a frame names a cue after it („…“, sagte Kirby) or before it (Kirby
sagte: „…“), when a colon introduces it, or when it is a whole sentence of its own and so
continues an earlier quotation, whose speaker it keeps unless someone new was named in between.
A short capitalised name („Eagle“, „Süddeutsche Zeitung“) is a title, and a single quoted word with
no cue verb in its sentence a scare quote ('exotischere'): neither is a quotation. Other quoted
phrases inside a sentence, a lower-case single word included ("nannte den Plan „fahrlässig“"), are
partial quotations, attributed by the quotation or cue around them (`extract_partial`).
"""
from __future__ import annotations

from bisect import bisect_right

import re

from lagebild.model import Quote
from lagebild.nlp.quotes.document import Document
from lagebild.nlp.quotes.phrases import (Frame, cues_in, frame_around, is_capitalised, is_word, np_forward,
                                         source_frame, subject_after)

_WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
_MARKS = "„“”\"«»‚‘’'"
_CLAUSE_END = frozenset({".", "!", "?", ";", ":"})
_SENTENCE_END = frozenset({".", "!", "?"})
_SENTENCE_END_CHARS = frozenset(".!?…")
MIN_FRAMED_WORDS = 2
MIN_INTRODUCED_WORDS = 3
MIN_UNFRAMED_WORDS = 5
MAX_TITLE_WORDS = 5
MAX_FRAME_TOKENS = 25
CUE_WINDOW = 5
"""How far into a trailing frame its cue may be: ", sagte der Minister" has it first, English
", the foreign minister of France said" puts it last."""


def _frame_after(doc: Document, hi_region: int, next_region_token: int) -> tuple[Frame, int] | None:
    """Frame right after a quotation; returns it and the index where it stops."""
    tokens, lex = doc.tokens, doc.lex
    j = hi_region
    if j >= len(tokens) or doc.paragraph(j) != doc.paragraph(hi_region - 1):
        return None
    last_char = doc.text[doc.tokens[hi_region - 1].start - 1:doc.tokens[hi_region - 1].start]
    if tokens[j].text == ",":
        j += 1
    elif last_char in _SENTENCE_END_CHARS and is_capitalised(tokens[j]):
        return None  # „… beendet.“ Der nächste Satz: a new sentence, not a frame
    elif last_char not in _SENTENCE_END_CHARS | {","}:
        return None  # "von der „Aktion Hilfe“ sagte": a quoted name inside the clause, not before its frame
    _, sentence_hi = doc.sentence_of(min(j, len(tokens) - 1))
    hi = j
    while hi < len(tokens) and hi < next_region_token and tokens[hi].text not in _CLAUSE_END \
            and (hi < sentence_hi or hi == j) and hi - j < MAX_FRAME_TOKENS:
        hi += 1
    if hi == j or tokens[j].text in _CLAUSE_END:
        return None
    first = tokens[j].text.lower()
    if first in lex.source_so:
        frame = source_frame(tokens, j, hi, j, j + 1, lex)
        return (frame, hi) if frame.speaker else None
    if (first in lex.complementizers or first in lex.non_content_openers) and first not in lex.as_clause:
        return None  # ", obwohl er nichts nannte", ", dass …": the sentence goes on, no frame
    cues = cues_in(tokens, j, min(hi, j + CUE_WINDOW + 1), lex, set()) or \
        [c for c in cues_in(tokens, hi - 1, hi, lex, set())]  # verb-final: ", wird X … zitiert."
    return (frame_around(tokens, j, hi, cues[0], lex), hi) if cues else None


def _frame_before(doc: Document, lo_region: int, previous_end: int) -> Frame | None:
    tokens, lex = doc.tokens, doc.lex
    if lo_region == 0:
        return None
    lead = tokens[lo_region - 1].text
    sentence_lo, _ = doc.sentence_of(lo_region - 1)
    lo = max(sentence_lo, previous_end)
    if lead not in {":", ","}:
        return None  # the region is inside a clause: a partial quotation, attributed with its host
    hi = lo_region - 1
    if hi <= lo:
        return None
    cues = cues_in(tokens, lo, hi, lex, doc.used)
    main = [cue for cue in cues if not _in_subordinate_clause(doc, lo, cue.index)]
    if cues:
        return frame_around(tokens, lo, hi, (main or cues)[-1], lex)
    if lead == ":":
        # "Erkki Tuomioja, Präsident des Rats: „…“": without a cue, the clause's leading noun phrase speaks
        leading = tokens[lo].text.lower()
        opens_with_subject = leading not in lex.prepositions and leading not in lex.sentence_adverbs - lex.determiners \
            and leading not in lex.oblique_determiners
        end = np_forward(tokens, lo, hi, lex) if opens_with_subject else lo
        verb = _finite_verb_after(doc, lo, hi)
        after = subject_after(tokens, verb + 1, hi, lex) if verb is not None else None
        if end > lo:
            # "Die Anwendung der Regel stellte der Vorsitzende infrage:" may put the object first
            return Frame(None, (), speaker=(lo, end), other_subject=after)
        # "Hier sparte der Präsident nicht mit Kritik:", "Den Unmut brachte die Sprecherin zum Ausdruck:"
        return Frame(None, (), speaker=after)
    return None


def _finite_verb_after(doc: Document, lo: int, hi: int) -> int | None:
    """The verb in second place after the pre-field opening at `lo`: the first lower-case
    open-class word past its noun and prepositional phrases."""
    tokens, lex = doc.tokens, doc.lex
    j = lo + 1
    if tokens[lo].text.lower() in lex.prepositions | lex.oblique_determiners | lex.determiners:
        j = max(np_forward(tokens, lo + 1 - (tokens[lo].text.lower() in lex.determiners), hi, lex), lo + 1)
    while j < hi and tokens[j].text.lower() in lex.prepositions:
        j = max(np_forward(tokens, j + 1, hi, lex), j + 1)
    if j < hi and tokens[j].text.islower() and is_word(tokens[j]) and tokens[j].text not in lex.closed_words:
        return j
    return None


def _word_count(doc: Document, lo: int, hi: int) -> int:
    return sum(1 for t in doc.tokens[lo:hi] if is_word(t))


def _whole_sentence(doc: Document, lo: int, hi: int) -> bool:
    """The region holds a sentence end, or fills its sentence from start to end."""
    if any(t.text in _SENTENCE_END for t in doc.tokens[lo:hi - 1]):
        return True
    sentence_lo, sentence_hi = doc.sentence_of(lo)
    return sentence_lo == lo and (hi >= sentence_hi - 1)


def _title_like(doc: Document, lo: int, hi: int) -> bool:
    """„Süddeutsche Zeitung“, „Deus caritas est“: a name or title, every word capitalised, short."""
    words = [t for t in doc.tokens[lo:hi] if is_word(t)]
    return 0 < len(words) <= MAX_TITLE_WORDS and is_capitalised(words[0]) and is_capitalised(words[-1]) \
        and sum(1 for t in words if is_capitalised(t)) * 3 >= len(words) * 2 \
        and not any(t.text in _SENTENCE_END for t in doc.tokens[lo:hi])


def extract_direct(doc: Document) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Direct quotations, and the quoted phrases left over that may belong to other quotations."""
    quotes: list[Quote] = []
    partial: list[tuple[int, int]] = []
    outer = [r for r in doc.regions if r.depth == 0]
    ranges = [doc.token_range(r.start, r.end) for r in outer]
    consumed: set[int] = set()
    previous: Quote | None = None
    previous_end = 0
    for k, (region, (lo, hi)) in enumerate(zip(outer, ranges)):
        if k in consumed or hi <= lo:
            continue
        words = _word_count(doc, lo, hi)
        next_lo = next((r[0] for r in ranges[k + 1:] if not _title_like(doc, *r)), len(doc.tokens))
        spans = [(lo, hi)]
        after = _frame_after(doc, hi, next_lo)
        frame = after[0] if after else _frame_before(doc, lo, previous_end)
        if _title_like(doc, lo, hi):
            continue
        if after and words >= MIN_FRAMED_WORDS:
            stop = after[1]
            if k + 1 < len(ranges) and ranges[k + 1][0] == stop and doc.tokens[stop - 1].text == ",":
                spans.append(ranges[k + 1])
                consumed.add(k + 1)
        elif frame is not None and frame.cue is not None and words >= MIN_FRAMED_WORDS:
            pass
        elif frame is not None and words >= MIN_INTRODUCED_WORDS:
            pass
        elif words >= MIN_UNFRAMED_WORDS and _whole_sentence(doc, lo, hi):
            frame = None
        else:
            if (words >= MIN_FRAMED_WORDS or words == 1 and _quoted_word(doc, lo, hi)) and not _title_like(doc, lo, hi) \
                    and not _WEB_ADDRESS.fullmatch(doc.text[region.start:region.end].strip(_MARKS)):
                partial.append((lo, hi))
            continue
        if frame is None and previous is not None and previous.speaker is not None \
                and doc.paragraph(lo) - doc.paragraph(doc.token_range(previous.spans[-1].start, previous.spans[-1].end)[0]) <= 1 \
                and not _named_between(doc, previous, region.start):
            quote = doc.quote(spans, "Direct", None, previous.medium, previous.speaker, previous.speaker_entity)
        elif frame is None and (subject := _subject_before(doc, lo)) is not None:
            speaker = doc.ref(*subject)
            quote = doc.quote(spans, "Direct", None, speaker=speaker, speaker_entity=doc.speaker_entity(speaker))
        else:
            quote = doc.quote(spans, "Direct", frame)
        quotes.append(quote)
        previous = quote
        previous_end = spans[-1][1]
    return quotes, partial


def extract_partial(doc: Document, partial: list[tuple[int, int]], quotes: list[Quote]) -> list[Quote]:
    """Quoted phrases of two words or more inside a sentence: „aus der Luft gegriffen“ in "X nannte
    die Zahlen „aus der Luft gegriffen“" is X's own words, attributed as the quotation around it is,
    else by a cue in its sentence; news German quotes words this way far more often than it uses
    quotation marks for irony (single words, which are left out)."""
    found: list[Quote] = []
    for lo, hi in partial:
        start, end = doc.tokens[lo].start, doc.tokens[hi - 1].end
        host = next((q for q in quotes if any(s.start <= start and end <= s.end for s in q.spans)), None)
        if host is not None:
            found.append(Quote([doc.tokens_span(lo, hi)], "Direct", host.medium, host.speaker, host.speaker_entity,
                               host.cue, host.addressee, host.channel))
            continue
        sentence_lo, sentence_hi = doc.sentence_of(lo)
        cues = [c for c in cues_in(doc.tokens, sentence_lo, sentence_hi, doc.lex, set()) if not lo <= c.index < hi]
        after_article = lo > 0 and doc.tokens[lo - 1].text.lower() in doc.lex.determiners
        if (not cues or after_article) and _opens_capitalised(doc, lo, hi):
            continue  # „Rat für nationale Sicherheit“ with nothing said around it, "die „Aktion Hilfe“": a name
        if not cues and _word_count(doc, lo, hi) <= 2:
            continue  # „safer Sex“ with nobody saying anything: irony or a term
        frame = frame_around(doc.tokens, sentence_lo, sentence_hi, cues[0], doc.lex) if cues \
            else _subject_frame(doc, sentence_lo, lo)
        found.append(doc.quote([(lo, hi)], "Direct", frame))
    return found


def _subject_frame(doc: Document, lo: int, hi: int) -> Frame | None:
    """"Die Organisation feierte die Absage als „großen Erfolg“": with no verb of saying, the
    subject of the words' own sentence is still who used them."""
    subject = doc.named_subject(lo, hi)
    return Frame(None, (), speaker=subject) if subject is not None else None


def _quoted_word(doc: Document, lo: int, hi: int) -> bool:
    """A single lower-case word in quotation marks that someone may have said („fahrlässig“), not
    a lower-case name after an article or "laut" (die „taz“, laut „profil“)."""
    word = next(t for t in doc.tokens[lo:hi] if is_word(t)).text
    if not (word.replace("-", "").isalpha() and word.islower()):
        return False
    before = doc.tokens[lo - 1].text.lower() if lo > 0 else ""
    return before not in doc.lex.determiners | doc.lex.source_first_words


def _opens_capitalised(doc: Document, lo: int, hi: int) -> bool:
    first = next((t for t in doc.tokens[lo:hi] if is_word(t)), None)
    return first is not None and first.text[:1].isupper()


def _in_subordinate_clause(doc: Document, lo: int, index: int) -> bool:
    """"Es heißt zur Begründung, warum man sich entschieden hat: „…“": a verb in a clause opened by a
    complementizer or subordinator after a comma is not the one that frames the quotation."""
    tokens, lex = doc.tokens, doc.lex
    opening = next((k for k in range(index - 1, lo, -1) if tokens[k].text == ","), None)
    return opening is not None and opening + 1 < index \
        and tokens[opening + 1].text.lower() in lex.complementizers | lex.subordinators


def _subject_before(doc: Document, lo: int) -> tuple[int, int] | None:
    """Who the sentence right before a quotation that is a sentence of its own is about: "X
    verurteilte die Haltung der Regierung. „Diese Regierung hat …“" quotes X."""
    k = max(bisect_right(doc.sentence_starts, lo) - 1, 0)
    if k == 0 or doc.sentences[k][0] != lo:
        return None
    before_lo, before_hi = doc.sentences[k - 1]
    if doc.paragraph(before_lo) != doc.paragraph(lo) or any(i in doc.used for i in range(before_lo, before_hi)):
        return None
    return doc.named_subject(before_lo, before_hi)


def _named_between(doc: Document, previous: Quote, end: int) -> bool:
    """A person named between two quotations may be the new speaker; do not carry the old one.
    The old speaker named again (", so Kirby. „…“") is no one new."""
    speaker = previous.speaker
    return any(m.label == "PER" and not _inside_quote(doc, m.start)
               and not (speaker is not None and (speaker.start <= m.start < speaker.end
                                                 or m.entity_id is not None and m.entity_id == previous.speaker_entity))
               for m in doc.mentions.starting_in(previous.spans[-1].end, end))


def _inside_quote(doc: Document, position: int) -> bool:
    return any(r.start < position < r.end for r in doc.regions if r.depth == 0)
