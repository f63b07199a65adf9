import re

import pytest

from lagebild.meta.lexicon import contains_word


@pytest.mark.parametrize("text, word", [
    ("die wahl in berlin", "wahl"),
    ("die wahlen in berlin", "wahl"),
    ("vorwahl und wahl", "wahl"),
    ("wahl_kampf", "wahl"),
    ("wahl2", "wahl"),
    ("(wahl)", "wahl"),
    ("o'brien sagte", "o'brien"),
    ("mo'brien", "o'brien"),
    ("müller-lüdenscheidt", "lüdenscheidt"),
    ("", "wahl"),
])
def test_contains_word_agrees_with_the_pattern_it_replaces(text, word):
    expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    assert contains_word(text, word) is expected
