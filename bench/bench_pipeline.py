"""End-to-end throughput: ingest, every stage, the store and the linkers, timed separately.

Texts: the first N articles of 10kGNAD's test split (derStandard, CC BY-NC-SA: used for timing
only, nothing is kept), written to a temporary JSONL file so ingest is timed too. Single process.
Run: `.venv/bin/python bench/bench_pipeline.py [--articles N]`.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from lagebild.resources import shared_dir
from lagebild.settings import Settings
from stage_timing import time_analysis


def load_texts(limit: int) -> list[str]:
    path = shared_dir() / "data" / "10kgnad_test" / "test.csv"
    if not path.exists():
        sys.exit(f"{path} not found; is ../shared beside the checkout?")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        return [row[1] for _, row in zip(range(limit), rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    texts = load_texts(args.articles)
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        feed.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
        settings = Settings(db=Path(folder) / "bench.sqlite")
        articles, timings, failures = time_analysis([feed], settings, time.perf_counter)
    count = len(articles)
    print(f"{count} articles, {sum(len(t) for t in texts) / max(count, 1):.0f} characters each on average")
    for name, seconds in timings.items():
        note = f"  ({failures[name]} failed)" if failures[name] else ""
        print(f"{name:>16}: {count / seconds if seconds else float('inf'):9.1f} articles/s{note}")
    total = sum(timings.values())
    print(f"{'total':>16}: {count / total:9.1f} articles/s per core")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
