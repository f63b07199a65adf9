"""The Python API: analyse inputs into stored, linked articles in one call.

    from lagebild.api import analyze
    result = analyze(["articles/"], store=Store("lagebild.sqlite"))

A bad input or a stage that fails on one article is recorded in the result and the batch goes
on; only a broken configuration raises.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from lagebild.errors import InputError, LagebildError, StageFailed
from lagebild.ingest import ingest
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.settings import Settings
from lagebild.store import Store

log = logging.getLogger(__name__)


@dataclass
class AnalysisResult:
    articles: list[Article] = field(default_factory=list)
    """The articles of this run, in input order, after linking."""
    skipped: list[InputError] = field(default_factory=list)
    """Inputs that could not become articles."""
    failed: list[StageFailed] = field(default_factory=list)
    """Stages or linkers that raised; their articles are kept with the stages that did run."""
    linked: dict[str, list] = field(default_factory=dict)
    """Cross-article results by linker name, over every article in the store."""
    new: int = 0
    """Articles the store did not hold before this run."""
    duplicates: int = 0
    """Inputs whose text was already read earlier in this run."""

    @property
    def errors(self) -> list[LagebildError]:
        return [*self.skipped, *self.failed]


def _run_stages(pipeline: Pipeline, article: Article) -> tuple[Article, StageFailed | None]:
    """The article through every stage, stopping at the first that raises (later stages read its
    output)."""
    for name, stage in pipeline.stages:
        try:
            article = stage(article, pipeline.settings)
        except Exception as exc:  # noqa: BLE001 - a fault on one article must not stop the batch
            log.debug("stage %s failed on %s", name, article.source.path, exc_info=True)
            return article, StageFailed(article.source.path or article.id, name, f"{type(exc).__name__}: {exc}")
    return article, None


def _link(pipeline: Pipeline, store: Store, result: AnalysisResult) -> None:
    """Run the linkers over everything stored, so a later batch links with earlier ones, then
    store their results and the articles they updated (e.g. global entity ids)."""
    if not pipeline.linkers:
        return
    current = {article.id: article for article in result.articles}
    collection = [current.get(stored.id, stored) for stored in store.articles()]
    for name, linker in pipeline.linkers:
        try:
            result.linked[name] = linker(collection, pipeline.settings)
        except Exception as exc:  # noqa: BLE001 - the per-article results stay useful without it
            log.debug("linker %s failed", name, exc_info=True)
            result.failed.append(StageFailed(store.path, name, f"{type(exc).__name__}: {exc}"))
            continue
        store.put_collection(name, result.linked[name])
    for article in collection:
        store.upsert_article(article)


def analyze(
    paths: str | Path | Iterable[str | Path],
    settings: Settings | None = None,
    store: Store | None = None,
    progress: bool = False,
) -> AnalysisResult:
    """Ingest `paths`, run every configured stage on each article, store them, then link the
    whole store. Without `store` the run uses a temporary in-memory one."""
    settings = settings or Settings()
    pipeline = Pipeline(settings)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    own_store = store is None
    store = store if store is not None else Store()
    result = AnalysisResult()
    seen: set[str] = set()
    try:
        items = tqdm(ingest(paths, settings), disable=not progress, file=sys.stderr, unit=" articles", desc="analysing")
        for item in items:
            if isinstance(item, InputError):
                result.skipped.append(item)
                continue
            if item.id in seen:
                result.duplicates += 1
                continue
            seen.add(item.id)
            article, failure = _run_stages(pipeline, item)
            if failure:
                result.failed.append(failure)
            result.articles.append(article)
            result.new += store.upsert_article(article)
        _link(pipeline, store, result)
    finally:
        if own_store:
            store.close()
    return result
