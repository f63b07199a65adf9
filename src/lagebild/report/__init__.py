"""The HTML report: one self-contained file, one card per article, cross-article sections after.

Every piece of article text goes through Jinja2's autoescaping; nothing is marked safe, so a page
that contains markup shows it as text instead of running it. The one exception is the timeline
chart, which `timeline_svg` builds with every piece of text escaped.
"""
from __future__ import annotations

from datetime import datetime, timezone
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from lagebild.export.records import article_record
from lagebild.model import Article
from lagebild.nlp.quotes.listing import quotation_rows
from lagebild.report.marks import marked_paragraphs
from lagebild.report.timeline import timeline_svg
from lagebild.store import Store

__all__ = ["render_report", "report_html", "timeline_svg"]


MAX_COLLECTION_ROWS = 200
"""A generic collection table longer than this stops being read; the rest is counted."""


def scalar_columns(items: list[dict]) -> list[str]:
    """Keys whose values are plain text or numbers in the first item: what a table can show."""
    if not items or not isinstance(items[0], dict):
        return []
    return [key for key, value in items[0].items() if value is None or isinstance(value, (str, int, float))]


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("lagebild", "report/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(scalar_columns=scalar_columns, max_rows=MAX_COLLECTION_ROWS,
                               timeline_svg=lambda items: Markup(timeline_svg(items)))
    return environment


def _card(article: Article) -> dict[str, Any]:
    """What one article card shows: its output record plus the body cut into marked paragraphs."""
    return {**article_record(article), "display_title": article.title or article.source.given_title,
            "paragraphs": marked_paragraphs(article)}


def speaker_groups(articles: list[Article], entities: list[dict]) -> list[dict[str, Any]]:
    """Quotations grouped by speaker across articles, most quoted first: `[{speaker, quotes}]`."""
    names = {entity["id"]: entity["name"] for entity in entities if entity.get("id") and entity.get("name")}
    rows = quotation_rows(articles, names)
    return [{"speaker": speaker, "quotes": list(group)} for speaker, group in groupby(rows, key=itemgetter("speaker"))]


def report_html(articles: Iterable[Article], collections: dict[str, list[dict]] | None = None) -> str:
    articles = list(articles)
    collections = collections or {}
    template = _environment().get_template("report.html.j2")
    return template.render(
        cards=[_card(article) for article in articles],
        collections={name: items for name, items in collections.items() if items},
        speakers=speaker_groups(articles, collections.get("entities", [])),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )


def render_report(source: Store | Iterable[Article], out_path: str | Path) -> Path:
    """Write the report of a store (articles and its stored collections) or of given articles."""
    if isinstance(source, Store):
        articles = list(source.articles())
        collections = {name: source.get_collection(name) for name in source.collection_names()}
    else:
        articles, collections = list(source), {}
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report_html(articles, collections), encoding="utf-8")
    return out
