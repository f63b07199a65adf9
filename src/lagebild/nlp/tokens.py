"""A fast regular-expression tokenizer with character offsets.

SoMaJo tokenizes German well but manages about 8,000 tokens/s; the pipeline needs more than
20,000 tokens/s for tokens, sentences and entities together, so tokens come from one compiled
pattern plus a look-up that decides whether a full stop belongs to the word before it
(abbreviations from `data/<lang>/sentences_abbreviations.txt`, initials, ordinals as in "18. Juni").
An e-mail address's local part is read up to 64 characters (the RFC 5321 limit): unbounded, a
long run of words joined by dots would be read again from every token in it.
"""
from __future__ import annotations

import re
from functools import cache

from lagebild.model import Token
from lagebild.resources import word_list

_TOKEN = re.compile(
    r"""
      (?P<url>(?:https?://|www\.)[^\s<>"“”„»«]+[^\s<>"“”„»«.,;:!?)\]'’])
    | (?P<email>[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)
    | (?P<dotted>(?:[^\W\d_]{1,2}\.){2,}(?![^\W\d_]))
    | (?P<number>\d+(?:[.,:/]\d+)*(?:[-–][^\W\d_]+)?)
    | (?P<word>[^\W_](?:[\w]|['’&](?=[^\W\d_])|[-‑](?=\w))*(?:-(?=\s+(?:und|oder|bzw|and|or)\b))?)
    | (?P<ellipsis>\.{2,}|…)
    | (?P<dash>-{2,})
    | (?P<other>\S)
    """,
    re.VERBOSE,
)

_POSSESSIVE = re.compile(r"^(?P<stem>.+?)(?P<clitic>['’]s|n['’]t|['’](?:re|ve|ll|d|m))$", re.IGNORECASE)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "sentences_abbreviations"))


@cache
def _months(lang: str) -> frozenset[str]:
    return frozenset(word_list(lang, "sentences_months"))


def _keeps_full_stop(kind: str, word: str, text: str, end: int, lang: str, previous: str) -> bool:
    """Whether the "." right after `word` is part of it rather than punctuation.

    A capital letter is an initial ("John F. Kennedy") unless a lower-case word precedes it, as in
    a name at the end of a sentence ("schrieb er auf X."). A German number of up to three digits
    is an ordinal ("am 18. Juni", "im 3. Quartal") when a lower-case word precedes it or a
    lower-case word, number or month follows it, brackets and commas around it aside.
    """
    if kind == "word":
        if len(word) == 1 and word.isalpha():
            return not (word.isupper() and previous[:1].islower())
        return word + "." in _abbreviations(lang)
    if kind == "number" and lang == "de" and len(word) <= 3 and word.isdigit():
        following = re.match(r"[ \t\u00a0]+(\S+)", text[end + 1:end + 40])
        if following is None:
            return False
        after = following.group(1)
        if previous[:1].islower() and previous.isalpha():
            return True
        return after[0].islower() or after[0].isdigit() or after.rstrip(",;:)]»«\"“”'") in _months(lang)
    return False


def tokenize(text: str, lang: str = "de") -> list[Token]:
    """Tokens of `text` with offsets into it; English clitics ('s, n't) are split off."""
    tokens: list[Token] = []
    position = 0
    while (match := _TOKEN.search(text, position)) is not None:
        kind = match.lastgroup or "other"
        start, end = match.span()
        position = end
        word = match.group()
        if kind in ("word", "number") and text[end:end + 1] == "." and _keeps_full_stop(kind, word, text, end, lang, tokens[-1].text if tokens else ""):
            end += 1
            word += "."
            position = end
        elif kind == "word" and lang == "en" and ("'" in word or "’" in word):
            clitic = _POSSESSIVE.match(word)
            if clitic and clitic.group("stem")[-1:].isalpha():
                cut = start + len(clitic.group("stem"))
                tokens.append(Token(start, cut, text[start:cut]))
                tokens.append(Token(cut, end, text[cut:end]))
                continue
        tokens.append(Token(start, end, word))
    return tokens
