"""Token features for the entity CRF.

Each word's own features (form, shape, affixes, gazetteers) are computed once per
distinct word and cached, already prefixed for every window position (-2…+2), so tagging a
sentence is mostly list concatenation; that is what keeps tagging above 20,000 tokens/s.
"""
from __future__ import annotations

from functools import lru_cache

from lagebild.nlp.ner import gazetteer

_NEAR_KINDS = ("s3=", "gz=", "cap", "kn=")
"""What the words beside a word see of it besides its lower case and shape, which is all that
the words two away see."""
_QUOTATION_MARKS = frozenset('"„“«»')
_CLOSING_ONLY = "“"
"""German opens with „ and closes with “; a straight quote or guillemet opens when none is open."""


class _CharacterClasses(dict):
    """Code point -> "X" upper case, "x" lower case, "d" digit, else the character itself;
    filled on first sight, so `str.translate` does the per-character work in C."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        found = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        self[code] = found
        return found


_CHARACTER_CLASSES = _CharacterClasses()


def shape(word: str) -> str:
    return word.translate(_CHARACTER_CLASSES)


@lru_cache(maxsize=4096)
def short_shape(full: str) -> str:
    """Runs of one character class shortened to one; cached, as 10,000 distinct words have
    fewer than 500 distinct shapes."""
    out = []
    for ch in full:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def word_features(word: str) -> list[str]:
    """Capitals, inner capitals and digits are read off the shape ("X", "d"), which `shape`
    writes exactly where `str.isupper` and `str.isdigit` hold."""
    lower = word.lower()
    full = shape(word)
    short = short_shape(full)
    size = len(word)
    found = ["w=" + word, "l=" + lower, "sh=" + (full if size <= 6 else short), "ssh=" + short,
             "len=" + str(min(size, 8))]
    if size > 1:
        found += ("p1=" + word[0], "s1=" + lower[-1])
        if size > 2:
            found += ("p2=" + word[:2], "s2=" + lower[-2:])
            if size > 3:
                found += ("p3=" + word[:3], "s3=" + lower[-3:])
                if size > 4:
                    found += ("p4=" + word[:4], "s4=" + lower[-4:])
    first = full[0]
    if first == "X":
        found.append("cap")
        if size > 1 and word.isupper():
            found.append("cap=all")
        elif "X" in full[1:]:
            found.append("cap=inner")
    elif first == "x":
        found.append("cap=lower")
    if "d" in full:
        found.append("digit")
    if "-" in word and size > 1:
        parts = word.split("-")
        found.append("hy0=" + parts[0].lower())
        found.append("hyL=" + parts[-1].lower())
        found.append("hy0sh=" + short_shape(shape(parts[0])))
        if word.endswith("-"):
            found.append("hy=open")
    found.extend(gazetteer.features(word, lower))
    return found


@lru_cache(maxsize=200_000)
def _views(word: str) -> tuple[list[str], str, str, list[str], list[str], list[str], list[str]]:
    """(["bias", own features], lower case, short shape, then the views from -2, -1, +1, +2).

    Relies on `word_features` starting with word, lower case, shape, short shape and length."""
    own = word_features(word)
    lower, full = own[1], own[2]
    near = [f for f in own[5:] if f.startswith(_NEAR_KINDS)]
    return (["bias", *own], lower[2:], own[3][4:], ["-2:" + lower, "-2:" + full],
            ["-1:" + lower, "-1:" + full, *["-1:" + f for f in near]],
            ["+1:" + lower, "+1:" + full, *["+1:" + f for f in near]], ["+2:" + lower, "+2:" + full])


def quotation_features(words: list[str]) -> list[list[str]]:
    """Marks words inside quotation marks, and the first and last of them: titles of books,
    films and songs (GermEval OTH) are quoted, and their words are often not capitalised."""
    marks: list[list[str]] = [[] for _ in words]
    inside = False
    for i, word in enumerate(words):
        if word not in _QUOTATION_MARKS:
            if inside:
                marks[i].append("q=in")
        elif word == "„" or (not inside and word != _CLOSING_ONLY):
            inside = True
            if i + 1 < len(words):
                marks[i + 1].append("q=first")
        else:
            if inside and i:
                marks[i - 1].append("q=last")
            inside = False
    return marks


def sentence_features(words: list[str]) -> list[list[str]]:
    """One feature list per word of a sentence: its own, its neighbours', conjunctions of
    neighbouring word and shape ("Herr" before "Xx", shape trigram "x|Xx|x"), its place
    inside quotation marks, and the multi-word name matches (`gazetteer.name_sequences`) at
    and beside it."""
    views = [_views(word) for word in words]
    last = len(words) - 1
    out: list[list[str]] = []
    for i, (head, lower, short, _, _, _, _) in enumerate(views):
        if 1 < i < last - 1:
            before, after, far_after = views[i - 1], views[i + 1], views[i + 2]
            out.append([*head, f"sh3={before[2]}|{short}|{after[2]}", *before[4], f"bi={before[1]}|{lower}",
                        f"l-1&sh={before[1]}|{short}", *views[i - 2][3], *after[5], f"bi+={lower}|{after[1]}",
                        *far_after[6]])
            continue
        feats = [*head]
        before_shape = views[i - 1][2] if i else "BOS"
        after_shape = views[i + 1][2] if i < last else "EOS"
        feats.append(f"sh3={before_shape}|{short}|{after_shape}")
        if i == 0:
            feats.append("BOS")
            feats.append("BOS&" + head[3])
        else:
            before = views[i - 1]
            feats.extend(before[4])
            feats.append(f"bi={before[1]}|{lower}")
            feats.append(f"l-1&sh={before[1]}|{short}")
            if i > 1:
                feats.extend(views[i - 2][3])
        if i == last:
            feats.append("EOS")
        else:
            after = views[i + 1]
            feats.extend(after[5])
            feats.append(f"bi+={lower}|{after[1]}")
            if i + 1 < last:
                feats.extend(views[i + 2][6])
        out.append(feats)
    if not _QUOTATION_MARKS.isdisjoint(words):
        for feats, marks in zip(out, quotation_features(words)):
            feats.extend(marks)
    for i, mark in enumerate(gazetteer.name_sequences(words)):
        if mark:
            for offset in (-1, 0, 1):
                if 0 <= i - offset <= last:
                    out[i - offset].append(f"{offset:+d}:mg={mark}")
    return out
