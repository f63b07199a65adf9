import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import emit, main

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "folder"
CONTRACT_KEYS = {"id", "source", "language", "title", "published", "updated", "body", "furniture",
                 "captions", "sentences", "entities", "quotes", "timexes", "events"}


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def config(tmp_path):
    """Settings without stages, so these tests exercise the command line and not the analysis."""
    path = tmp_path / "lagebild.toml"
    path.write_text(f'[lagebild]\nstages = []\nlinkers = []\ndb = "{tmp_path / "db.sqlite"}"\n')
    return path


def test_every_command_has_help(runner):
    assert runner.invoke(main, ["--help"]).exit_code == 0
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"


def test_analyze_jsonl_prints_one_contract_record_per_article(runner, config, tmp_path):
    result = runner.invoke(main, ["analyze", str(FIXTURES), "--config", str(config), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert all(CONTRACT_KEYS <= set(record) for record in records)
    assert "4 articles analysed, 0 skipped, 0 failed" in result.stderr
    assert (tmp_path / "db.sqlite").exists()


def test_analyze_exits_3_when_an_input_is_skipped(runner, config, tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(FIXTURES, inputs)
    (inputs / "empty.txt").write_bytes(b"")
    report = tmp_path / "report.html"
    result = runner.invoke(main, ["analyze", str(inputs), "--config", str(config), "--report", str(report)])
    assert result.exit_code == 3
    assert "empty.txt" in result.stderr and "1 skipped" in result.stderr
    assert report.exists()


def test_store_commands_after_analyze(runner, config, tmp_path):
    db = str(tmp_path / "db.sqlite")
    runner.invoke(main, ["analyze", str(FIXTURES), "--config", str(config)])
    hits = runner.invoke(main, ["search", "Sturmwarnung", "--db", db, "--format", "json"])
    (hit,) = json.loads(hits.stdout)
    shown = runner.invoke(main, ["show", hit["id"][:6], "--db", db, "--format", "json"])
    assert json.loads(shown.stdout)["id"] == hit["id"]
    exported = runner.invoke(main, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "a.csv")])
    assert exported.exit_code == 0
    assert len((tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()) >= 5
    assert runner.invoke(main, ["report", "--db", db, "--out", str(tmp_path / "r.html")]).exit_code == 0


def test_ingest_stores_without_duplicates(runner, tmp_path):
    db = str(tmp_path / "db.sqlite")
    first = runner.invoke(main, ["ingest", str(FIXTURES), "--db", db, "--format", "jsonl"])
    second = runner.invoke(main, ["ingest", str(FIXTURES), "--db", db, "--format", "jsonl"])
    assert len(first.stdout.splitlines()) == 4 and second.stdout == ""
    assert "0 new articles" in second.stderr


def test_missing_database_and_unknown_id_are_fatal(runner, tmp_path):
    result = runner.invoke(main, ["show", "abc", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1 and "no database" in result.output


def test_unknown_evaluation_is_a_usage_error(runner):
    result = runner.invoke(main, ["eval", "no-such-evaluation"])
    assert result.exit_code == 2 and "unknown evaluation" in result.output


def test_emit_renders_table_json_and_jsonl(capsys):
    rows = [{"id": "a", "n": 1, "tags": ["x", "y"]}, {"id": "bb", "n": None, "tags": []}]
    emit(rows, "table")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "n", "tags"] and lines[2].split() == ["a", "1", "x,", "y"]
    emit(rows, "jsonl")
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == rows
    emit(rows, "json")
    assert json.loads(capsys.readouterr().out) == rows


def test_lang_option_reaches_the_articles(runner, config):
    result = runner.invoke(main, ["analyze", str(FIXTURES / "hafen.txt"), "--config", str(config),
                                  "--format", "jsonl", "--lang", "en", "--crawled", "2024-06-01"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "en"
    assert runner.invoke(main, ["analyze", str(FIXTURES), "--crawled", "June 1"]).exit_code == 2


def failing_stage(article, settings):
    raise RuntimeError("model file missing")


def test_a_stage_failing_everywhere_is_reported_once_and_exits_3(runner, tmp_path, monkeypatch):
    from lagebild.pipeline import STAGES, StageSpec

    monkeypatch.setitem(STAGES, "failing", StageSpec(f"{__name__}:failing_stage"))
    config = tmp_path / "failing.toml"
    config.write_text(f'[lagebild]\nstages = ["failing"]\nlinkers = []\ndb = "{tmp_path / "f.sqlite"}"\n')
    result = runner.invoke(main, ["analyze", str(FIXTURES), "--config", str(config), "--format", "jsonl"])
    assert result.exit_code == 3
    assert len(result.stdout.splitlines()) == 4
    failed = [line for line in result.stderr.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "stage 'failing' on 4 articles" in failed[0] and "model file missing" in failed[0]


def test_show_lists_the_article_entities_under_their_resolved_names(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Streit um den Deich\n\n"
        "Die Bürgermeisterin Hedda Lorenz hat am Montag in Kellbach einen neuen Deich gefordert. "
        "Lorenz sagte, die Stadt Kellbach brauche bis zum Herbst eine Entscheidung.\n",
        encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert runner.invoke(main, ["analyze", str(page), "--db", db]).exit_code == 0
    (record,) = [json.loads(line) for line in runner.invoke(main, ["export", "--db", db]).stdout.splitlines()]
    shown = runner.invoke(main, ["show", record["id"], "--db", db])
    assert shown.exit_code == 0
    entity_lines = shown.stdout.split("Entities:\n", 1)[1].splitlines()
    lorenz = [line for line in entity_lines if "Lorenz" in line]
    assert len(lorenz) == 1 and "Hedda Lorenz [PER] x2" in lorenz[0]
