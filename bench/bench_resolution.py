"""Throughput of entity resolution on the gold mentions of `eval/data/resolution_gold.jsonl`.

    .venv/bin/python bench/bench_resolution.py [--copies N]

The 25 gold documents are copied N times (distinct ids) so that the cross-article step sees a
store-sized collection. Prints articles per second on one core for the within-article stage and
for linking the whole collection, and the peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from lagebild.errors import SharedDataMissing
from lagebild.eval.resolution import LANG, load_gold, text_of
from lagebild.link.entities import resolve_across, resolve_mentions
from lagebild.model import Article, Mention, Source
from lagebild.settings import Settings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args(argv)
    gold = load_gold()
    try:
        texts = {doc: text_of(doc) for doc in dict.fromkeys(g.doc for g in gold)}
    except SharedDataMissing as exc:
        print(f"skipped: {exc}")
        return 0
    articles = [
        Article(id=f"{doc}#{copy}", source=Source(), raw=text, body=text, language=LANG,
                entities=[Mention(g.start, g.end, text[g.start:g.end], g.label) for g in gold if g.doc == doc])
        for copy in range(args.copies) for doc, text in texts.items()
    ]
    mentions = sum(len(a.entities) for a in articles)
    started = time.process_time()
    for article in articles:
        resolve_mentions(article.body, article.entities, LANG, article.id)
    local = time.process_time() - started
    started = time.process_time()
    entities = resolve_across(articles, Settings(language=LANG))
    across = time.process_time() - started
    print(f"within articles: {len(articles)} articles ({mentions} mentions) in {local:.2f} s CPU "
          f"= {len(articles) / local:.0f} articles/s/core")
    print(f"across articles: {len(articles)} articles -> {len(entities)} entities in {across:.2f} s CPU "
          f"= {len(articles) / across:.0f} articles/s/core")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
