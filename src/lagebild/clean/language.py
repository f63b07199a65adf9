"""Language identification, so that every later stage can pick its per-language data files."""
from __future__ import annotations

import re
from itertools import islice

import py3langid

LETTER = re.compile(r"[^\W\d_]")
MIN_LETTERS = 20


def detect(text: str, default: str = "de") -> str:
    """ISO 639-1 code of the text's language; `default` when there is too little text to tell."""
    sample = text[:4000]
    if sum(1 for _ in islice(LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return default
    lang, _ = py3langid.classify(sample)
    return lang
