"""The German Wikinews quotation set as dated texts: the realistic German news sample that the
benchmarks time on (CC BY-NC-SA, so it is read from ../shared at run time and never shipped)."""
from __future__ import annotations

import csv
import json
from datetime import date

from lagebild.errors import SharedDataMissing
from lagebild.resources import shared_dir


def dated_texts(split: str = "dev") -> list[tuple[str, str, date | None]]:
    """(document id, original text, publication date) for every article of one split."""
    folder = shared_dir() / "data" / "quotes_wikinews_de"
    if not (folder / split).is_dir():
        raise SharedDataMissing(f"{folder / split}: Wikinews quotation set not found")
    with open(folder / "index.tsv", encoding="utf-8") as handle:
        published = {row["doc_id"]: row["pub_date"] for row in csv.DictReader(handle, delimiter="\t")}
    articles = []
    for path in sorted((folder / split).glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["originalText"]
        day = published.get(path.stem, "")
        dct = date.fromisoformat(day) if day and not day.startswith("0001") else None
        articles.append((path.stem, text, dct))
    return articles
