"""Source phrases that attribute a clause without a verb of saying.

"laut X", "X zufolge", "nach (ersten) Angaben (der Polizei)", "seiner Meinung nach", "unter
Berufung auf X", "according to X", and the anaphoric "demnach" / "wonach" that point back to a
source named before. Each is found at one token and returns the tokens the frame covers, so the
rest of the sentence is the quoted content.
"""
from __future__ import annotations

from lagebild.model import Token
from lagebild.nlp.quotes.lexicon import Lexicon
from lagebild.nlp.quotes.phrases import Frame, adjective_run, is_adverbial, is_capitalised, np_backward, np_forward, source_frame

MAX_NOUN_DISTANCE = 4
"""Words allowed between "nach" and its source noun: "nach den bisherigen offiziellen Angaben"."""


def match_phrase(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for phrase in phrases:
        end = i + len(phrase)
        if end <= len(tokens) and all(tokens[i + n].text.lower() == w for n, w in enumerate(phrase)):
            return end
    return i


def is_source_noun(word: str, lex: Lexicon) -> bool:
    """"Angaben", and compounds ending in one: "Polizeiangaben", "Medienberichten"."""
    return word[:1].isupper() and (word in lex.source_nouns or word.lower().endswith(lex.source_noun_suffixes))


def _owner_follows(tokens: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """A genitive (or "von") owner after a source noun: "Angaben der Polizei", "Angaben russischer
    Medien", "Angaben Reuters"; not the clause going on ("nach Angaben die Tat", "dem Transport")."""
    if k >= hi:
        return False
    low = tokens[k].text.lower()
    if low in lex.genitive_starters or not lex.genitive_starters:
        return True
    if tokens[k].text.islower():
        return low.endswith("er") and adjective_run(tokens, k, hi, lex) > k
    return is_capitalised(tokens[k]) and not tokens[k].text[:1].isdigit()


def _saxon_genitive(tokens: list[Token], j: int, hi: int, lex: Lexicon) -> bool:
    """A name in the genitive right before a source noun: "nach Schoigus Worten", "nach Merkels Angaben"."""
    word = tokens[j].text
    return j + 1 < hi and word[:1].isupper() and word.endswith(("s", "'", "’")) and len(word) > 2 \
        and is_source_noun(tokens[j + 1].text, lex)


def source_at(tokens: list[Token], i: int, lo: int, hi: int, lex: Lexicon) -> tuple[int, int, Frame] | None:
    """(first, end, frame) of a source phrase found at token `i` of the clause [lo, hi)."""
    low = tokens[i].text.lower()
    end = match_phrase(tokens, i, lex.source_phrases)
    if end > i:
        frame = source_frame(tokens, lo, hi, i, end, lex)
        return (i, frame.speaker[1], frame) if frame.speaker else None
    if low in lex.anaphoric_sources:
        # only where it opens the clause ("Demnach …", ", wonach …"), not as an adverb inside one;
        # the source is the noun it follows ("eine Schätzung, wonach …"), else the word itself
        # stands for the source named before, as a pronoun would
        if i > lo and tokens[i - 1].text == ",":
            start = np_backward(tokens, i - 1, lo, lex)
            named = start < i - 1 and is_capitalised(tokens[i - 2])
            return i, i + 1, Frame(None, (i,), speaker=(start, i - 1) if named else (i, i + 1))
        opens = i == lo or low in lex.anaphoric_adverbs
        return (i, i + 1, Frame(None, (i,), speaker=(i, i + 1))) if opens else None
    if low in lex.source_postpositions:
        start = np_backward(tokens, i, lo, lex)
        return (start, i + 1, Frame(None, (i,), speaker=(start, i))) if start < i else None
    if low not in lex.source_noun_prepositions:
        return None
    j = i + 1
    while j < hi and j - i <= MAX_NOUN_DISTANCE and not is_source_noun(tokens[j].text, lex) \
            and (tokens[j].text.lower() in lex.determiners or tokens[j].text.islower() or _saxon_genitive(tokens, j, hi, lex)):
        j += 1
    if j < hi and is_source_noun(tokens[j].text, lex):
        start = j + 1 + (j + 1 < hi and tokens[j + 1].text.lower() in {"von", "vom", "of"})
        after = np_forward(tokens, start, hi, lex) if _owner_follows(tokens, j + 1, hi, lex) else start
        named = after > start and not is_adverbial(tokens, start, after, lex)  # not "nach Angaben 2011"
        speaker = (start, after) if named else (i + 1, j + 1)
        return i, max(after, j + 1), Frame(None, (i, j), speaker=speaker)
    start = np_backward(tokens, i, lo, lex)
    noun = next((k for k in range(start, i) if is_source_noun(tokens[k].text, lex)), None)
    if noun is None:
        return None
    # "seiner Meinung nach", "der Meinung des Gutachters nach": the owner of the opinion speaks
    speaker = (noun + 1, i) if noun + 1 < i else (start, noun) if start < noun else (noun, noun + 1)
    return start, i + 1, Frame(None, (noun, i), speaker=speaker)
