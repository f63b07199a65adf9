"""The batch runner (`lagebild.api.analyze`) with stand-in stages, so it is tested on its own."""
from pathlib import Path

import pytest

from lagebild.api import analyze
from lagebild.errors import ConfigError
from lagebild.pipeline import LINKERS, STAGES, StageSpec
from lagebild.settings import Settings
from lagebild.store import Store


def upper_stage(article, settings):
    article.body = article.raw.upper()
    return article


def fragile_stage(article, settings):
    if "kaputt" in article.raw:
        raise ValueError("cannot handle this article")
    article.title = article.raw.split("\n", 1)[0]
    return article


def count_linker(articles, settings):
    return [{"ids": sorted(article.id for article in articles)}]


def broken_linker(articles, settings):
    raise RuntimeError("linker bug")


@pytest.fixture
def fake_steps(monkeypatch):
    monkeypatch.setitem(STAGES, "upper", StageSpec(f"{__name__}:upper_stage"))
    monkeypatch.setitem(STAGES, "fragile", StageSpec(f"{__name__}:fragile_stage", ("upper",)))
    monkeypatch.setitem(LINKERS, "count", StageSpec(f"{__name__}:count_linker"))
    monkeypatch.setitem(LINKERS, "broken", StageSpec(f"{__name__}:broken_linker"))


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_stage_failing_on_one_article_does_not_stop_the_batch(tmp_path, fake_steps):
    write(tmp_path, "a.txt", "Erster Text\nmit Inhalt")
    bad = write(tmp_path, "b.txt", "Zweiter Text ist kaputt")
    write(tmp_path, "c.txt", "Dritter Text\nauch gut")
    result = analyze(tmp_path, Settings(stages=("upper", "fragile"), linkers=()))
    assert [a.title for a in result.articles] == ["Erster Text", None, "Dritter Text"]
    (failure,) = result.failed
    assert failure.path == str(bad) and failure.stage == "fragile" and "cannot handle" in failure.reason
    assert result.articles[1].body == "ZWEITER TEXT IST KAPUTT"


def test_later_batches_link_with_earlier_ones(tmp_path, fake_steps):
    settings = Settings(stages=("upper",), linkers=("count",))
    with Store(tmp_path / "db.sqlite") as store:
        first = analyze(write(tmp_path / "in", "a.txt", "Alpha"), settings, store)
        second = analyze(write(tmp_path / "in", "b.txt", "Beta"), settings, store)
        assert len(first.linked["count"][0]["ids"]) == 1
        assert second.linked["count"][0]["ids"] == sorted([first.articles[0].id, second.articles[0].id])
        assert store.get_collection("count") == second.linked["count"]
        assert store.get(first.articles[0].id).body == "ALPHA"


def test_a_failing_linker_is_recorded_and_the_others_still_run(tmp_path, fake_steps):
    write(tmp_path, "a.txt", "Alpha")
    result = analyze(tmp_path, Settings(stages=(), linkers=("broken", "count")))
    assert [f.stage for f in result.failed] == ["broken"]
    assert "count" in result.linked


def test_skipped_inputs_and_duplicates_are_counted(tmp_path):
    write(tmp_path, "a.txt", "Gleicher Text")
    write(tmp_path, "b.txt", "Gleicher  Text\n")
    write(tmp_path, "c.txt", "")
    result = analyze(tmp_path, Settings(stages=(), linkers=()))
    assert len(result.articles) == 1 and result.duplicates == 1 and result.new == 1
    assert [Path(e.path).name for e in result.skipped] == ["c.txt"]


def test_unknown_stage_is_a_config_error_before_anything_is_read(tmp_path):
    with pytest.raises(ConfigError, match="unknown stage"):
        analyze(tmp_path / "missing", Settings(stages=("nonexistent",), linkers=()))
