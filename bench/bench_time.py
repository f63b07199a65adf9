"""Throughput of the time tagger on German news text: articles per second on one core, peak memory.

Texts: the Wikinews quotation set's dev articles (`originalText`, dates from index.tsv), used for
timing only. Run: `.venv/bin/python bench/bench_time.py [--repeat N]`.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from lagebild.eval.wikinews import dated_texts
from lagebild.nlp.time import tag


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    articles = [(text, dct) for _, text, dct in dated_texts("dev")]
    if not articles:
        sys.exit("no Wikinews articles found under ../shared/data/quotes_wikinews_de/dev")
    tag(articles[0][0], "de", articles[0][1])
    chars = sum(len(text) for text, _ in articles) * args.repeat
    found = 0
    start = time.process_time()
    for _ in range(args.repeat):
        for text, dct in articles:
            found += len(tag(text, "de", dct))
    elapsed = time.process_time() - start
    count = len(articles) * args.repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"time tagger: {count} articles ({chars / count:.0f} chars avg), {found / args.repeat:.0f} timexes per pass")
    print(f"  {count / elapsed:.0f} articles/s/core, {chars / elapsed / 1000:.0f} k chars/s/core "
          f"(= {chars / elapsed / 3000:.0f} articles/s of 3,000 chars), peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
