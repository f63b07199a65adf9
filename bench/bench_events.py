"""Throughput of event extraction and timeline building: articles per second on one core, peak memory.

Texts: the Wikinews quotation set's dev articles (`originalText`, dates from index.tsv), used for
timing only; sentences and time expressions are prepared first and not timed, names are left
out. Run: `.venv/bin/python bench/bench_events.py [--repeat N]`.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from datetime import date

from lagebild.link.events import build_timeline, find_events
from lagebild.model import Article, DateValue, Source
from lagebild.nlp.sentences import split
from lagebild.nlp.time import tag
from lagebild.resources import shared_dir
from lagebild.settings import Settings


def load_articles() -> list[Article]:
    folder = shared_dir() / "data" / "quotes_wikinews_de"
    with open(folder / "index.tsv", encoding="utf-8") as handle:
        dates = {row["doc_id"]: row["pub_date"] for row in csv.DictReader(handle, delimiter="\t")}
    articles = []
    for path in sorted((folder / "dev").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["originalText"]
        published = dates.get(path.stem, "")
        dct = date.fromisoformat(published) if published and not published.startswith("0001") else None
        sentences, tokens = split(text, "de")
        articles.append(Article(
            id=path.stem, source=Source(outlet="Wikinews"), raw=text, language="de", body=text,
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
    except FileNotFoundError as exc:
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
