"""Throughput of the clean stage (and the meta stage when it exists) on the rendered eval pages.

    .venv/bin/python bench/bench_clean.py [--limit N]

Prints articles per second on one core and the peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import importlib
import resource
import sys
import time

from lagebild.clean import clean_article
from lagebild.eval.pages import pages
from lagebild.model import Article, Source
from lagebild.settings import Settings


def _meta_stage():
    """`lagebild.meta:extract_meta` when the meta stage is installed, else None."""
    try:
        return importlib.import_module("lagebild.meta").extract_meta
    except (ImportError, AttributeError):
        return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    dumps = [(p.file, p.url, p.dump) for p in pages("trafilatura", limit=args.limit)]
    settings = Settings(stages=("clean",))
    stages = [("clean", clean_article)]
    meta = _meta_stage()
    if meta is not None:
        stages.append(("clean+meta", meta))

    clean_article(Article(id="warm", source=Source(), raw=dumps[0][2]), settings)
    for label in [name for name, _ in stages]:
        chosen = stages[: [name for name, _ in stages].index(label) + 1]
        started = time.process_time()
        for file, url, dump in dumps:
            article = Article(id=file, source=Source(url=url), raw=dump)
            for _, stage in chosen:
                article = stage(article, settings)
        seconds = time.process_time() - started
        print(f"{label}: {len(dumps)} articles in {seconds:.2f} s CPU = {len(dumps) / seconds:.0f} articles/s/core")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
