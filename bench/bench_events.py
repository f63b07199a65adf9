"""Throughput of event extraction and timeline building: articles per second on one core, peak memory.

Texts: the Wikinews quotation set's dev articles (`originalText`, dates from index.tsv), used for
timing only; sentences and time expressions are prepared first and not timed, names are left
out. Run: `.venv/bin/python bench/bench_events.py [--repeat N]`.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from lagebild.errors import SharedDataMissing
from lagebild.eval.wikinews import dated_texts
from lagebild.link.events import build_timeline, find_events
from lagebild.model import Article, DateValue, Source
from lagebild.nlp.sentences import split
from lagebild.nlp.time import tag
from lagebild.settings import Settings


def load_articles() -> list[Article]:
    articles = []
    for doc_id, text, dct in dated_texts("dev"):
        sentences, tokens = split(text, "de")
        articles.append(Article(
            id=doc_id, source=Source(outlet="Wikinews"), raw=text, language="de", body=text,
            published=DateValue(dct, "source", 1.0) if dct else None,
            sentences=sentences, tokens=tokens, timexes=tag(text, "de", dct),
        ))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        articles = load_articles()
    except SharedDataMissing as exc:
        sys.exit(f"no Wikinews articles: {exc}")
    if not articles:
        sys.exit("no Wikinews articles found under ../shared/data/quotes_wikinews_de/dev")
    first = articles[0]
    find_events(first.body, first.sentences, first.tokens, [], first.timexes, "de")
    start = time.process_time()
    for _ in range(args.repeat):
        for article in articles:
            article.events = find_events(article.body, article.sentences, article.tokens, [], article.timexes, "de")
    extraction = time.process_time() - start
    events = sum(len(a.events) for a in articles)
    start = time.process_time()
    entries = build_timeline(articles, Settings())
    linking = time.process_time() - start
    count = len(articles) * args.repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events: {len(articles)} articles, {events} events, {len(entries)} timeline entries")
    print(f"  extraction {count / extraction:.0f} articles/s/core; timeline over all {len(articles)} articles "
          f"{linking:.2f} s ({len(articles) / linking:.0f} articles/s/core); peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
