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
from collections import Counter
from pathlib import Path

from lagebild.ingest import ingest
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.resources import shared_dir
from lagebild.settings import Settings
from lagebild.store import Store


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
    settings = Settings()
    pipeline = Pipeline(settings)
    timings: dict[str, float] = {}
    failures: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        feed.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
        start = time.perf_counter()
        articles = [a for a in ingest([feed], settings) if isinstance(a, Article)]
        timings["ingest"] = time.perf_counter() - start
        for name, stage in pipeline.stages:
            start = time.perf_counter()
            for i, article in enumerate(articles):
                try:
                    articles[i] = stage(article, settings)
                except Exception:  # noqa: BLE001 - a benchmark counts failures and goes on
                    failures[name] += 1
            timings[name] = time.perf_counter() - start
        with Store(Path(folder) / "bench.sqlite") as store:
            start = time.perf_counter()
            for article in articles:
                store.upsert_article(article)
            timings["store"] = time.perf_counter() - start
        for name, linker in pipeline.linkers:
            start = time.perf_counter()
            try:
                linker(articles, settings)
            except Exception:  # noqa: BLE001
                failures[f"link:{name}"] += 1
            timings[f"link:{name}"] = time.perf_counter() - start
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
