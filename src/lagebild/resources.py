"""Data files shipped with the package (word lists, patterns, models), loaded once.

Language-specific knowledge lives in `data/<lang>/…` so that one mechanism serves every language.
"""
from __future__ import annotations

import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("lagebild").joinpath("data", *parts)))


@cache
def word_list(lang: str, name: str) -> tuple[str, ...]:
    """A `.txt` list: one entry per line, `#` starts a comment, blank lines ignored."""
    path = data_path(lang, f"{name}.txt")
    if not path.exists():
        return ()
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(entries)


@cache
def patterns(lang: str, name: str) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions, one per line, compiled case-insensitively."""
    return tuple(re.compile(p, re.IGNORECASE) for p in word_list(lang, name))


@cache
def any_pattern(lang: str, name: str) -> re.Pattern[str]:
    """The patterns of a list as one case-insensitive alternation, searched once per text; an empty
    or missing list matches nothing."""
    return re.compile("|".join(f"(?:{p})" for p in word_list(lang, name)) or "(?!)", re.IGNORECASE)


@cache
def json_data(lang: str, name: str) -> dict:
    path = data_path(lang, f"{name}.json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def shared_dir() -> Path:
    """The `../shared` folder beside the checkout (evaluation data, seeds); overridable."""
    env = os.environ.get("LAGEBILD_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared"
