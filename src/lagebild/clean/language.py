"""Language identification, so that every later stage can pick its per-language data files."""
from __future__ import annotations

import py3langid

def detect(text: str, default: str = "de") -> str:
    """ISO 639-1 code of the text's language; `default` when there is too little text to tell."""
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return default
    lang, _ = py3langid.classify(sample)
    return lang
