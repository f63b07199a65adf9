"""One input format each: how a page dump, an HTML page or a JSONL record becomes `Article`s.

Every article is identified by a hash of its text, so the same text read twice, from two files or
two runs, is one article.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from lagebild.errors import InputError, MalformedRecord, NoTextInput, TooLarge
from lagebild.ingest.decode import decode_text, repair
from lagebild.model import Article, Source
from lagebild.settings import Settings

PAGE_BREAK = "\f"
"""Separates pages in a multi-page dump (`render_dump.py` writes several pages this way)."""

WHITESPACE = re.compile(r"\s+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
"""lxml refuses an already decoded string that still declares its encoding."""
PAGE_DATE_SEARCH = {"extensive_search": False, "original_date": True}
"""htmldate (run inside trafilatura) reads the date from markup only: meta tags, <time>, the URL.
Its extensive search through the page text hands candidates to dateparser, which took up to 30 s
per page on the trafilatura evaluation set; dates in the text are the meta stage's job."""
HTML_START = re.compile(r"\s*(<\?xml|<!doctype html|<html|<head|<body|<div|<p\b|<article)", re.IGNORECASE)


def content_id(text: str) -> str:
    """16 hex digits of sha256 over the text as a reader sees it (NFC, whitespace collapsed)."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def outlet_of(url: str | None) -> str | None:
    """The site's host name without `www.`: the same outlet whatever page of it we read."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def make_article(raw: str, source: Source, settings: Settings) -> Article:
    if source.crawled is None:
        source.crawled = settings.crawled
    if source.outlet is None:
        source.outlet = outlet_of(source.url)
    return Article(id=content_id(raw), source=source, raw=raw, language=settings.language)


def sniff_format(text: str) -> str:
    """The format of content that came without a telling file name (stdin, odd suffixes)."""
    if HTML_START.match(text):
        return "html"
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{") and first.rstrip().endswith("}"):
        return "jsonl"
    return "txt"


def dump_articles(text: str, path: str, settings: Settings) -> Iterator[Article | InputError]:
    """A page dump; a dump holding several pages separated by form feeds gives one article each.

    A single page is kept exactly as read, so furniture line numbers are the file's own."""
    pages = [page for page in text.split(PAGE_BREAK) if page.strip()]
    if len(pages) == 1:
        yield make_article(pages[0], Source(path=path, format="txt"), settings)
        return
    for number, page in enumerate(pages, 1):
        yield make_article(page.strip("\n"), Source(path=f"{path}#{number}", format="txt"), settings)


def _without_title(text: str, title: str | None) -> str:
    """Extracted text minus a leading repeat of the title, which is kept in `given_title`."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if WHITESPACE.sub(" ", first).strip().casefold() == WHITESPACE.sub(" ", title).strip().casefold():
        return rest.lstrip("\n")
    return text


def html_article(markup: str, path: str, settings: Settings, source: Source | None = None) -> Article:
    """The main text of an HTML page (trafilatura, recall first) and its date (htmldate)."""
    source = source or Source(path=path)
    source.format = "html"
    try:
        tree = lxml.html.document_fromstring(XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise NoTextInput(path, f"HTML does not parse: {exc}") from exc
    try:
        document = trafilatura.bare_extraction(
            tree, url=source.url, favor_recall=True, with_metadata=True, include_comments=False,
            date_extraction_params=PAGE_DATE_SEARCH,
        )
    except Exception as exc:  # noqa: BLE001 - a third-party extractor on arbitrary markup; one page must not stop the batch
        raise NoTextInput(path, f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise NoTextInput(path, "HTML page has no extractable text")
    source.given_title = source.given_title or document.title
    source.url = source.url or document.url
    source.outlet = source.outlet or outlet_of(source.url) or document.sitename
    source.given_published = source.given_published or document.date
    source.given_authors = source.given_authors or _authors(document.author)
    return make_article(repair(_without_title(text, source.given_title), path), source, settings)


def _authors(named: str | None) -> list[str]:
    """trafilatura joins several authors with semicolons."""
    return [name.strip() for name in (named or "").split(";") if name.strip()]


def _record_article(record: object, where: str, settings: Settings) -> Article:
    if not isinstance(record, dict):
        raise MalformedRecord(where, "a line must be a JSON object")
    text, markup = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(markup, str):
        raise MalformedRecord(where, "a record needs a string field 'text' or 'html'")
    for key in ("url", "title", "published", "outlet", "crawled"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedRecord(where, f"field {key!r} must be a string")
    authors = record.get("authors") or []
    if isinstance(authors, str):
        authors = _authors(authors)
    if not isinstance(authors, list) or not all(isinstance(name, str) for name in authors):
        raise MalformedRecord(where, "field 'authors' must be a string or a list of strings")
    crawled = None
    if record.get("crawled"):
        try:
            crawled = date.fromisoformat(record["crawled"])
        except ValueError as exc:
            raise MalformedRecord(where, f"field 'crawled' is not YYYY-MM-DD: {exc}") from exc
    source = Source(
        path=where, url=record.get("url"), outlet=record.get("outlet"), format="jsonl",
        crawled=crawled, given_title=record.get("title"), given_published=record.get("published"),
        given_authors=authors,
    )
    if isinstance(text, str):
        return make_article(repair(text, where), source, settings)
    return html_article(markup, where, settings, source)


def jsonl_articles(lines: Iterable[bytes], path: str, settings: Settings) -> Iterator[Article | InputError]:
    """One article per line; a bad line is one error naming `path:line`, the rest go on."""
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if len(line) > settings.max_bytes:
            yield TooLarge(where, f"line longer than {settings.max_bytes} bytes (settings.max_bytes)")
            continue
        if not line.strip():
            continue
        try:
            yield _record_article(json.loads(line), where, settings)
        except json.JSONDecodeError as exc:
            yield MalformedRecord(where, f"not valid JSON: {exc.msg} at column {exc.colno}")
        except UnicodeDecodeError as exc:
            yield MalformedRecord(where, f"not UTF-8: {exc.reason}")
        except InputError as exc:
            yield exc


def text_articles(data: bytes, path: str, fmt: str | None, settings: Settings) -> Iterator[Article | InputError]:
    """Articles from a whole file's bytes, for the formats read in one piece."""
    text = decode_text(data, path)
    fmt = fmt or sniff_format(text)
    if fmt == "html":
        yield html_article(text, path, settings)
    elif fmt == "jsonl":
        yield from jsonl_articles(data.splitlines(), path, settings)
    else:
        yield from dump_articles(repair(text, path), path, settings)
