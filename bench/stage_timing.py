"""Each part of a full analysis timed on its own: ingest, every stage, the store, the linkers.

Shared by the end-to-end benchmarks; not itself a benchmark (`run_all.py` runs `bench_*.py`).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable

from lagebild.ingest import ingest
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.settings import Settings
from lagebild.store import Store


def time_analysis(paths: list[Path], settings: Settings,
                  clock: Callable[[], float]) -> tuple[list[Article], dict[str, float], Counter[str]]:
    """The analysed articles, the seconds each part took by `clock`, and per part the number of
    articles it failed on: a benchmark counts failures and goes on."""
    pipeline = Pipeline(settings)
    seconds: dict[str, float] = {}
    failures: Counter[str] = Counter()
    start = clock()
    articles = [a for a in ingest(paths, settings) if isinstance(a, Article)]
    seconds["ingest"] = clock() - start
    for name, stage in pipeline.stages:
        start = clock()
        for i, article in enumerate(articles):
            try:
                articles[i] = stage(article, settings)
            except Exception:  # noqa: BLE001 - counted and reported by the caller
                failures[name] += 1
        seconds[name] = clock() - start
    with Store(settings.db) as store:
        start = clock()
        for article in articles:
            store.upsert_article(article)
        seconds["store"] = clock() - start
    for name, linker in pipeline.linkers:
        start = clock()
        try:
            linker(articles, settings)
        except Exception:  # noqa: BLE001 - counted and reported by the caller
            failures[f"link:{name}"] += 1
        seconds[f"link:{name}"] = clock() - start
    return articles, seconds, failures
