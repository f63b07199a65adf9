"""Time on bad input: one page of word-like text with no line break, at a few sizes.

A pasted page that lost its line breaks (or its sentence punctuation) must cost time in
proportion to its size, or one such file stalls a whole batch. The text is generated here from
a small word list (capitalised nouns, numbers, month names, quotation marks, German and English),
joined by single spaces; `--shape` picks the variant: `line` (no break, little punctuation),
`lines` (many lines, no sentence punctuation), `sentence` (punctuation, no line break, no full
stop), `quotes` (quotation marks opened and never closed), `dates` (mostly numbers and dates).

    .venv/bin/python bench/bench_huge.py [--sizes 250,1000] [--shape line] [--profile]

Prints, per size, seconds per stage (ingest, every pipeline stage, the store, the linkers), the
total in seconds and MB/s on one core, and the peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import resource
import tempfile
import time
from pathlib import Path

from lagebild.settings import Settings
from stage_timing import time_analysis

NOUNS = ("Regierung", "Polizei", "Minister", "Stadt", "Bericht", "Kommission", "Gericht", "Hafen",
         "Government", "Police", "Council", "Report", "Berlin", "Hamburg", "London", "Müller",
         "Schmidt", "Parlament", "Union", "Feuerwehr", "Behörde", "Präsident", "Sprecherin")
WORDS = ("der", "die", "das", "und", "nach", "mit", "hat", "sagte", "wurde", "am", "im", "the",
         "and", "said", "was", "on", "in", "of", "nicht", "auch", "sich", "werden", "über", "by")
MONTHS = ("Januar", "März", "Juni", "Oktober", "Dezember", "January", "May", "August", "Montag",
          "Freitag", "Monday", "gestern", "heute")
MARKS = ("„", "“", "\"", "»", "«")
SHAPES = ("line", "lines", "sentence", "quotes", "dates")


def _word(rng: random.Random, shape: str) -> str:
    roll = rng.random()
    if shape == "dates" and roll < 0.4:
        return rng.choice((f"{rng.randint(1, 28)}.", str(rng.randint(1990, 2030)), rng.choice(MONTHS),
                           f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}", f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"))
    if roll < 0.3:
        return rng.choice(NOUNS)
    if roll < 0.36:
        return str(rng.randint(1, 2030))
    if roll < 0.42:
        return rng.choice(MONTHS)
    if roll < 0.45:
        return rng.choice(MARKS) if shape != "quotes" else "„"
    if shape == "sentence" and roll < 0.5:
        return rng.choice((",", ";", ":", "-"))
    return rng.choice(WORDS)


def synthetic_text(size: int, shape: str, seed: int = 7) -> str:
    """About `size` characters of word-like text in the given shape, reproducible from `seed`."""
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        word = _word(rng, shape)
        words.append(word)
        length += len(word) + 1
        if shape == "lines" and rng.random() < 0.08:
            words.append("\n")
    return " ".join(words).replace(" \n ", "\n") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--shape", choices=SHAPES, default="line")
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for size in (int(s) for s in args.sizes.split(",")):
            path = folder / f"{args.shape}_{size}.txt"
            path.write_text(synthetic_text(size * 1000, args.shape), encoding="utf-8")
            profile = cProfile.Profile() if args.profile else None
            if profile:
                profile.enable()
            _, seconds, failures = time_analysis([path], Settings(db=folder / "bench.sqlite"), time.process_time)
            if profile:
                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            total = sum(seconds.values())
            stages = " ".join(f"{stage}={spent:.2f}" for stage, spent in seconds.items())
            print(f"{args.shape} {size} KB: {total:.2f} s CPU = {size / 1000 / total:.3f} MB/s; {stages}")
            if failures:
                print(f"failed: {dict(failures)}")
            print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
