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
