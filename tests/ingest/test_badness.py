"""The skimming `is_bad` must answer exactly as ftfy's, on any text."""
import random
import re

import pytest
from ftfy.badness import BADNESS_RE
from ftfy.badness import is_bad as ftfy_is_bad

from lagebild.ingest import badness
from lagebild.ingest.badness import is_bad


def _pattern_characters() -> list[str]:
    """Every character ftfy's pattern names, ranges spelled out, and the ASCII it mixes them with."""
    named = {c for c in BADNESS_RE.pattern if ord(c) > 0x7F}
    for first, last in re.findall(r"(.)-(.)", BADNESS_RE.pattern):
        named.update(map(chr, range(ord(first), ord(last) + 1)))
    return sorted(named) + list("aZz0 .,?!;\n\t") + ["\xa0", "\u2009"]


def test_the_rewritten_pattern_is_in_use():
    assert badness._search != BADNESS_RE.search


@pytest.mark.parametrize("seed", range(4))
def test_is_bad_agrees_with_ftfy_on_random_mixtures_of_its_characters(seed):
    rng = random.Random(seed)
    alphabet = _pattern_characters()
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(25_000)]
    disagreeing = [text for text in texts if is_bad(text) != ftfy_is_bad(text)]
    assert sum(map(ftfy_is_bad, texts)) > 1_000
    assert disagreeing == []


@pytest.mark.parametrize("text", [
    "Ã ", "Ã foo", "x Ã ", "ab Ã ", "a\u2009Ã ", "Â»", "caf\u00c3\u00a9", "l\u00e2\u20ac\u2122",
    "Die Brücke „hält“ – sagt Müller.", "naïve café, Œuvre", "ГўВЂВ™s", "√±", "\x85",
])
def test_is_bad_agrees_with_ftfy_on_mojibake_and_clean_text(text):
    assert is_bad(text) == ftfy_is_bad(text)
