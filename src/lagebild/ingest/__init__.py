"""Reading inputs into `Article`s: files, folders, globs and stdin; page dumps, HTML and JSONL.

`ingest` yields an `InputError` for each input that cannot become an article and goes on with the
rest, so one bad file never stops a batch.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from lagebild.errors import InputError
from lagebild.ingest.formats import content_id, jsonl_articles, text_articles
from lagebild.ingest.read import InputFile, expand, open_input, read_errors, read_limited
from lagebild.model import Article
from lagebild.settings import Settings

__all__ = ["content_id", "ingest", "ingest_file"]


def ingest_file(item: InputFile, settings: Settings) -> Iterator[Article | InputError]:
    """The articles of one input file, or the error that stops it (after any good JSONL lines)."""
    try:
        with open_input(item, settings.max_bytes) as stream:
            if item.format == "jsonl":
                with read_errors(item.path):
                    yield from jsonl_articles(stream, item.path, settings)
            else:
                data = read_limited(stream, item.path, settings.max_bytes)
                yield from text_articles(data, item.path, item.format, settings)
    except InputError as exc:
        yield exc


def ingest(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Article | InputError]:
    """Every article found under `paths`, each bad input as an `InputError` in its place."""
    settings = settings or Settings()
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from ingest_file(item, settings)
