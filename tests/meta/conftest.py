from pathlib import Path

import pytest

from lagebild.model import Article, Source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"


@pytest.fixture
def dump():
    """An Article made from a fixture dump, as the meta stage sees it when the cleaner is absent."""

    def make(name: str, language: str = "de", **source) -> Article:
        return Article(id=name, source=Source(**source), raw=(FIXTURES / name).read_text(encoding="utf-8"),
                       language=language)

    return make
