"""Writing stored articles out: JSON lines of the output contract, or one CSV row per article."""
from __future__ import annotations

import csv
import json
from typing import Iterable, TextIO

from lagebild.export.records import CSV_COLUMNS, article_record, csv_row
from lagebild.model import Article

__all__ = ["article_record", "csv_row", "write_csv", "write_jsonl"]


def write_jsonl(articles: Iterable[Article], out: TextIO) -> int:
    count = 0
    for article in articles:
        out.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(articles: Iterable[Article], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for article in articles:
        writer.writerow(csv_row(article))
        count += 1
    return count
