"""Throughput of quotation extraction: articles per second on one core, peak memory.

Texts: the Wikinews quotation set's dev articles (`originalText`, dates from index.tsv), used for
timing only. Sentences, tokens, entity mentions and their local resolution are prepared first and
not timed, so the figure is `lagebild.nlp.quotes.extract` alone, including the time tagging it
does for `said_on`. Without the entity model the mentions are left out (and the run says so).
Run: `.venv/bin/python bench/bench_quotes.py [--repeat N]`.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from lagebild.errors import ModelMissing, SharedDataMissing
from lagebild.eval.wikinews import dated_texts
from lagebild.link.entities import resolve_mentions
from lagebild.nlp import entities
from lagebild.nlp.quotes import extract
from lagebild.nlp.sentences import split


def load_inputs() -> tuple[list[tuple], bool]:
    try:
        entities.tagger_for("de")
        with_entities = True
    except ModelMissing:
        with_entities = False
    inputs = []
    for doc_id, text, dct in dated_texts("dev"):
        sentences, tokens = split(text, "de")
        mentions = entities.tag(text, sentences, tokens, "de") if with_entities else []
        resolve_mentions(text, mentions, "de", doc_id)
        inputs.append((text, sentences, tokens, mentions, "de", dct))
    return inputs, with_entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        inputs, with_entities = load_inputs()
    except SharedDataMissing as exc:
        sys.exit(f"no Wikinews articles: {exc}")
    if not inputs:
        sys.exit("no Wikinews articles found under ../shared/data/quotes_wikinews_de/dev")
    extract(*inputs[0])  # loads word lists and compiles the time grammar outside the timing
    start = time.process_time()
    found = 0
    for _ in range(args.repeat):
        for item in inputs:
            found += len(extract(*item))
    seconds = time.process_time() - start
    runs = len(inputs) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"quotations: {runs / seconds:.0f} articles/s/core ({len(inputs)} dev articles x {args.repeat}, "
          f"{found // args.repeat} quotations per pass, entity mentions {'on' if with_entities else 'off'})")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
