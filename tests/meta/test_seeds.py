"""Properties that must hold on any real page dump: run over the shared seed dumps."""
from datetime import date, datetime

import pytest

from lagebild.meta import extract_meta
from lagebild.model import Article, Source
from lagebild.resources import shared_dir
from lagebild.settings import Settings

CRAWLED = date(2025, 1, 1)


def _seeds() -> list:
    folder = shared_dir() / "seeds"
    return sorted(folder.glob("*.txt")) if folder.exists() else []


def _prepared(path) -> Article:
    article = Article(id=path.stem, source=Source(path=str(path), crawled=CRAWLED),
                      raw=path.read_text(encoding="utf-8"))
    try:
        from lagebild.clean import clean_article
    except ImportError:
        article.language = "de"
        return article
    return clean_article(article, Settings())


@pytest.mark.skipif(not _seeds(), reason="../shared/seeds not present")
@pytest.mark.parametrize("path", _seeds(), ids=lambda p: p.stem)
def test_seed_meta_is_plausible(path):
    article = extract_meta(_prepared(path), Settings())
    lines = article.raw.splitlines()
    kickers = {lines[f.line].strip() for f in article.furniture if f.kind == "kicker"}
    if article.title:
        assert article.title in article.raw
        assert article.title != article.kicker
        assert article.title not in kickers or article.kicker is None
    for value in (article.published, article.updated):
        if value is not None:
            day = value.value.date() if isinstance(value.value, datetime) else value.value
            assert day <= CRAWLED
            assert 0.0 <= value.confidence <= 1.0
            assert value.provenance in {"explicit", "bare", "relative", "inferred", "source"}
    assert all(name.split()[0].lower() not in {"von", "by"} for name in article.authors)
