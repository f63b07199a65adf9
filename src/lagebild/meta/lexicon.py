"""Meta word lists are read from every language folder at once: a German page may carry an English
"Updated" label, and language detection on a page dump is often unsure."""
from __future__ import annotations

from lagebild.resources import data_path, word_list


def languages_with(name: str) -> list[str]:
    """The language folders that have a data file called `name` (.txt or .json)."""
    root = data_path()
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and ((p / f"{name}.txt").exists() or (p / f"{name}.json").exists()))


def all_entries(name: str) -> list[str]:
    """The entries of list `name` from every language that has one."""
    return [entry for lang in languages_with(name) for entry in word_list(lang, name)]


def contains_word(text: str, word: str) -> bool:
    """`word` stands in `text` with no word character either side, as the pattern
    `(?<!\\w)word(?!\\w)` finds it, without compiling a pattern for every word looked up."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
