import csv
import io
import json

from lagebild.export import article_record, write_csv, write_jsonl
from lagebild.export.records import CSV_COLUMNS
from lagebild.model import Article, DateValue, Source, Span

CONTRACT_KEYS = {
    "version", "id", "source", "language", "title", "kicker", "teaser", "authors", "agency", "translators",
    "dateline", "section", "published", "updated", "body", "headings", "furniture", "captions", "sentences",
    "entities", "quotes", "timexes", "events",
}


def sample() -> Article:
    from datetime import datetime

    return Article(
        id="a1", source=Source(path="a.txt", url="https://x.example/a", outlet="x.example"), raw="r",
        body="Satz eins.\nZwei", title="T", authors=["A", "B"], sentences=[Span(0, 10)],
        published=DateValue(datetime(2024, 5, 2, 9, 30), "explicit", 0.951234, evidence="2.5.2024 9:30"),
    )


def test_record_has_the_documented_keys_and_date_form():
    record = article_record(sample())
    assert set(record) == CONTRACT_KEYS
    assert record["source"] == {"path": "a.txt", "url": "https://x.example/a", "outlet": "x.example"}
    assert record["published"] == {"value": "2024-05-02T09:30", "provenance": "explicit", "confidence": 0.951,
                                   "ambiguous": False, "evidence": "2.5.2024 9:30"}
    assert record["updated"] is None
    assert record["sentences"] == [{"start": 0, "end": 10}]
    json.dumps(record)


def test_jsonl_and_csv_write_one_article_per_line_or_row():
    jsonl, table = io.StringIO(), io.StringIO()
    assert write_jsonl([sample(), sample()], jsonl) == 2
    assert [json.loads(line)["id"] for line in jsonl.getvalue().splitlines()] == ["a1", "a1"]
    write_csv([sample()], table)
    (row,) = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert tuple(row) == CSV_COLUMNS
    assert row["authors"] == "A; B" and row["published"] == "2024-05-02T09:30" and row["sentences"] == "1"
    assert row["body"] == "Satz eins.\nZwei"


def test_docs_output_md_documents_every_record_field():
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "output.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, flags=re.MULTILINE))
    assert documented == set(article_record(sample()))
