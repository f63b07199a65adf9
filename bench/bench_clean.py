"""Throughput of ingest (decoding and mojibake repair of a page dump's bytes), clean and meta on
the rendered eval pages, the path every plain-text page dump takes.

    .venv/bin/python bench/bench_clean.py [--limit N] [--set trafilatura|htmldate]

Prints, per stage and for the three together, articles per second on one core (CPU time of this
single process) and the peak resident memory of the process. The lists a stage loads on first
use only for rare lines (meta's name lexicons) are loaded before the clock starts; that one-time
cost is printed apart.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from lagebild.clean import clean_article
from lagebild.errors import InputError
from lagebild.eval.pages import pages
from lagebild.ingest.formats import outlet_of, text_articles
from lagebild.meta import extract_meta
from lagebild.meta import load as load_meta
from lagebild.settings import Settings

STAGES = ("ingest", "clean", "meta")


def _run(dumps: list[tuple[str, str, bytes]], settings: Settings) -> tuple[dict[str, float], int]:
    seconds = dict.fromkeys(STAGES, 0.0)
    articles = 0
    for file, url, data in dumps:
        started = time.process_time()
        try:
            ingested = [a for a in text_articles(data, file, "txt", settings) if not isinstance(a, InputError)]
        except InputError:
            ingested = []
        ingested_at = time.process_time()
        seconds["ingest"] += ingested_at - started
        for article in ingested:
            article.source.url = url
            article.source.outlet = outlet_of(url)
            begun = time.process_time()
            article = clean_article(article, settings)
            cleaned_at = time.process_time()
            extract_meta(article, settings)
            seconds["clean"] += cleaned_at - begun
            seconds["meta"] += time.process_time() - cleaned_at
            articles += 1
    return seconds, articles


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--set", choices=("trafilatura", "htmldate"), default="trafilatura")
    args = parser.parse_args(argv)
    dumps = [(p.file, p.url, p.dump.encode("utf-8")) for p in pages(args.set, limit=args.limit)]
    settings = Settings(stages=("clean", "meta"))
    started = time.process_time()
    _run(dumps[:5], settings)
    load_meta()
    print(f"loading and first five pages (once per process): {time.process_time() - started:.2f} s CPU")
    seconds, articles = _run(dumps, settings)
    for stage in STAGES:
        print(f"{stage}: {articles} articles in {seconds[stage]:.2f} s CPU = "
              f"{articles / seconds[stage]:.0f} articles/s/core")
    total = sum(seconds.values())
    print(f"ingest+clean+meta: {articles / total:.0f} articles/s/core ({1000 * total / articles:.2f} ms per article)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
