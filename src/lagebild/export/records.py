"""The output contract: one stable, documented JSON record per article (see docs/output.md).

Everything here is derived from `Article`; the record is what `analyze --format jsonl` and
`export` print and what lagebild is evaluated on, so fields are only ever added, never renamed.
"""
from __future__ import annotations

from typing import Any

from lagebild.model import Article, DateValue, to_plain

RECORD_VERSION = 1


def date_record(value: DateValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "value": value.iso(),
        "provenance": value.provenance,
        "confidence": round(value.confidence, 3),
        "ambiguous": value.ambiguous,
        "evidence": value.evidence,
    }


def _spans(spans) -> list[dict[str, int]]:
    return [{"start": span.start, "end": span.end} for span in spans]


def article_record(article: Article) -> dict[str, Any]:
    """The article as the documented JSON record; offsets index into `body`."""
    source = article.source
    return {
        "version": RECORD_VERSION,
        "id": article.id,
        "source": {"path": source.path, "url": source.url, "outlet": source.outlet},
        "language": article.language,
        "title": article.title,
        "kicker": article.kicker,
        "teaser": article.teaser,
        "authors": list(article.authors),
        "agency": article.agency,
        "translators": list(article.translators),
        "dateline": article.dateline,
        "section": article.section,
        "published": date_record(article.published),
        "updated": date_record(article.updated),
        "body": article.body,
        "headings": _spans(article.headings),
        "furniture": [{"text": item.text, "kind": item.kind, "line": item.line} for item in article.furniture],
        "captions": [{"text": item.text, "credit": item.credit} for item in article.captions],
        "sentences": _spans(article.sentences),
        "entities": to_plain(article.entities),
        "quotes": to_plain(article.quotes),
        "timexes": to_plain(article.timexes),
        "events": to_plain(article.events),
    }


CSV_COLUMNS = (
    "id", "path", "url", "outlet", "language", "title", "kicker", "teaser", "authors", "agency",
    "translators", "dateline", "section", "published", "published_provenance",
    "published_confidence", "updated", "updated_provenance", "updated_confidence",
    "sentences", "entities", "quotes", "timexes", "events", "body",
)
"""One row per article: the scalar fields, lists joined with "; ", annotations as counts."""


def csv_row(article: Article) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": article.id,
        "path": article.source.path,
        "url": article.source.url,
        "outlet": article.source.outlet,
        "language": article.language,
        "title": article.title,
        "kicker": article.kicker,
        "teaser": article.teaser,
        "authors": "; ".join(article.authors),
        "agency": article.agency,
        "translators": "; ".join(article.translators),
        "dateline": article.dateline,
        "section": article.section,
        "body": article.body,
    }
    for name in ("published", "updated"):
        value = date_record(getattr(article, name))
        row[name] = value and value["value"]
        row[f"{name}_provenance"] = value and value["provenance"]
        row[f"{name}_confidence"] = value and value["confidence"]
    for name in ("sentences", "entities", "quotes", "timexes", "events"):
        row[name] = len(getattr(article, name))
    return row
