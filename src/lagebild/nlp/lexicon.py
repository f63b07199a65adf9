"""Parts of speech and lemmas from HanTa, whose German and English models ship inside its wheel.

Loaded once per language (about half a second each) and only when a stage asks; languages
without a model get None, and the stages that ask fall back to what they can do without one.
"""
from __future__ import annotations

from functools import cache, lru_cache

from HanTa import HanoverTagger

HANTA_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}


@cache
def tagger(lang: str) -> HanoverTagger.HanoverTagger | None:
    model = HANTA_MODELS.get(lang)
    return None if model is None else HanoverTagger.HanoverTagger(model)


@lru_cache(maxsize=65536)
def analyze(lang: str, word: str) -> tuple[str, str]:
    """(lemma, tag) of one word as written, capitals included; the model must exist."""
    return tagger(lang).analyze(word)
