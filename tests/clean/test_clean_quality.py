"""Quality gate on held-out trafilatura pages: body F1 above its floor, only agreed furniture kinds."""
from __future__ import annotations

import pytest

from lagebild.clean import FURNITURE_KINDS, clean_article
from lagebild.errors import SharedDataMissing
from lagebild.eval.clean import evaluate
from lagebild.eval.pages import pages
from lagebild.model import Article, Source
from lagebild.settings import Settings

F1_FLOOR = 0.86
"""Measured 0.872 on these 40 pages (raw dump baseline 0.688) when the floor was pinned."""


def test_clean_quality_gate():
    try:
        result = evaluate(limit=40, split="heldout")
    except SharedDataMissing as exc:
        pytest.skip(str(exc))
    system, baseline = result["system"]["all"], result["baseline"]["all"]
    assert system["pages"] == 40
    assert system["f1"] >= F1_FLOOR
    assert system["f1"] > baseline["f1"]


def test_every_furniture_line_has_an_agreed_kind():
    """On real pages, each removed line carries one of the kinds the meta stage knows."""
    try:
        sample = list(pages("trafilatura", split="heldout", limit=20))
    except SharedDataMissing as exc:
        pytest.skip(str(exc))
    for page in sample:
        article = clean_article(Article(id=page.file, source=Source(), raw=page.dump), Settings())
        lines = page.dump.splitlines()
        for item in article.furniture:
            assert item.kind in FURNITURE_KINDS, (page.url, item)
            assert item.text in lines[item.line]
