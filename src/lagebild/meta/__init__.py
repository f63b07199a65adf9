"""The meta stage: headline, credits and dates of an article, read from the page dump.

Metadata that came with the input (`Source.given_title`, `given_published`, `given_authors`) wins over
anything read from the text, because it was written by the publisher for machines.
"""
from __future__ import annotations

from datetime import date, datetime

from lagebild.meta.bare_names import load_name_evidence
from lagebild.meta.bylines import find_credits
from lagebild.meta.dates import find_dates
from lagebild.meta.layout import Layout, layout_of
from lagebild.meta.names import worldwide_first_names
from lagebild.meta.not_headlines import numbered_entry
from lagebild.meta.published import choose_dates
from lagebild.meta.title import find_headline
from lagebild.model import Article, DateValue
from lagebild.settings import Settings

__all__ = ["extract_meta", "load"]

TITLE_ABOVE_BODY = 15
"""Most lines between an article's headline and its first paragraph (teaser, byline, picture)."""


def load() -> None:
    """Reads now the name lists meta consults only for rare lines (a name no list knows), which
    otherwise load while one article is read."""
    worldwide_first_names()
    load_name_evidence()


def _given_published(text: str | None) -> DateValue | None:
    """A publisher-supplied date string (ISO 8601 or any spelling `find_dates` reads)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        value = value.replace(tzinfo=None)
        if len(text) <= 10:
            return DateValue(value.date(), "source", 0.99, text)
        return DateValue(value, "source", 0.99, text)
    except ValueError:
        pass
    found = find_dates(text)
    if found and found[0].value() is not None:
        return DateValue(found[0].value(), "source", 0.95, text, found[0].swappable)
    return None


def _date_anchor(layout: Layout, title_line: int | None) -> int | None:
    """The line dates are searched around: the cleaner's title line, where the page's own heading
    sits even when a different line was chosen as the title text, else ours; a title far above
    the body is a login box or site heading, so a heading close to the body is preferred, else the
    one nearest above it. An entry of a numbered list is no heading: boxes at the page top lead the
    cleaner to mark one, and the dates around it are the box's."""
    marked = layout.lines_of("title")
    headings = [line for line in (marked[0] if marked else None, title_line)
                if line is not None and not numbered_entry(line, layout)]
    close = [line for line in headings if 0 <= layout.body_start - line <= TITLE_ABOVE_BODY]
    above = sorted((line for line in headings if line <= layout.body_start), reverse=True)
    return (close or above or headings or [None])[0]


def extract_meta(article: Article, settings: Settings) -> Article:
    layout = layout_of(article)
    source = article.source
    headline = find_headline(layout, source.url, source.given_title)
    article.title = headline.title
    article.kicker = headline.kicker
    article.teaser = headline.teaser
    sections = layout.lines_of("section")
    article.section = layout.lines[sections[0]].strip() if sections else None

    first_paragraph = article.body.split("\n\n", 1)[0] if article.body else (
        layout.lines[layout.body_start] if layout.lines else "")
    headings = tuple(line for line in (*layout.lines_of("title")[:1], headline.line) if line is not None)
    credits = find_credits(layout, first_paragraph, headings)
    article.authors = list(source.given_authors) or credits.authors
    article.translators = credits.translators
    article.agency = credits.agency
    article.dateline = credits.dateline

    reference: date | None = source.crawled or settings.crawled
    found = choose_dates(layout, _date_anchor(layout, headline.line), article.language or settings.language, source.url, reference)
    article.published = _given_published(source.given_published) or found.published
    article.updated = found.updated
    return article
