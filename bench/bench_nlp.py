"""Speed of sentences + tokens + entities on German text, single process.

Text: the GermEval test-open sentences joined into paragraphs (or, with `--gnad`, the 10kGNAD
test articles; those are CC BY-NC-SA and used here for timing only). Prints tokens per second
per core, model load time and peak memory. `.venv/bin/python bench/bench_nlp.py [--gnad]`
"""
from __future__ import annotations

import csv
import resource
import statistics
import sys
import time

from lagebild.nlp import entities
from lagebild.nlp.ner import features, germeval
from lagebild.nlp.sentences import split
from lagebild.resources import shared_dir


def sample_texts(gnad: bool, limit: int = 400) -> list[str]:
    if gnad:
        with open(shared_dir() / "data" / "10kgnad_test" / "test.csv", encoding="utf-8") as handle:
            return [row[1] for row, _ in zip(csv.reader(handle, delimiter=";", quotechar="'"), range(limit))]
    sentences = germeval.load("heldout")
    return [" ".join(" ".join(s.words) for s in sentences[i:i + 10]) for i in range(0, len(sentences), 10)]


PASSES = 5
"""One pass takes about a second, where a busy shared machine moves timings by ±20 %: the median
of five passes, each with the per-word feature cache emptied, is a steadier figure."""


def _one_pass(texts: list[str]) -> tuple[float, int, int]:
    features._views.cache_clear()
    started = time.process_time()
    token_count = sentence_count = 0
    for text in texts:
        spans, tokens = split(text, "de")
        entities.tag(text, spans, tokens, "de")
        token_count += len(tokens)
        sentence_count += len(spans)
    return time.process_time() - started, token_count, sentence_count


def main() -> None:
    texts = sample_texts("--gnad" in sys.argv[1:])
    started = time.perf_counter()
    entities.tagger_for("de")
    load_seconds = time.perf_counter() - started

    passes = [_one_pass(texts) for _ in range(PASSES)]
    _, token_count, sentence_count = passes[0]
    speeds = sorted(token_count / cpu for cpu, _, _ in passes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts {len(texts)}, sentences {sentence_count}, tokens {token_count}")
    print(f"sentences + tokens + entities: {statistics.median(speeds):,.0f} tokens/s/core "
          f"(median of {PASSES} passes, range {speeds[0]:,.0f}–{speeds[-1]:,.0f})")
    print(f"entity model load: {load_seconds:.2f} s; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
