"""Generic properties of the clean stage on the shared seed dumps (skipped when absent)."""
from __future__ import annotations

import pytest

from lagebild.clean import clean_article
from lagebild.clean.patterns import furniture_kind
from lagebild.model import Article, Source
from lagebild.resources import shared_dir
from lagebild.settings import Settings

SEEDS = sorted((shared_dir() / "seeds").glob("*.txt"))
NOISE_KINDS = {"share", "listen", "comment", "newsletter", "error_report", "nav", "gallery", "photo_credit",
               "prev_next", "trust", "id_prefix"}


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds not present")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_body_is_clean(path):
    article = clean_article(Article(id=path.stem, source=Source(), raw=path.read_text(encoding="utf-8")),
                            Settings())
    assert article.language == "de"
    assert len(article.body) > 500
    for paragraph in article.body.split("\n\n"):
        assert furniture_kind(paragraph) not in NOISE_KINDS, paragraph
    lines = article.raw.splitlines()
    for item in article.furniture:
        assert item.kind, item
        assert item.text in lines[item.line]
    assert sum(f.kind == "title" for f in article.furniture) <= 1
