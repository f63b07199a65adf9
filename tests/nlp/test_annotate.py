"""The annotation contract and the `lagebild annotate` command, on invented text."""
from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner

from lagebild.cli import main
from lagebild.nlp.annotate import annotate

TEXT = ("Berlin – Innenministerin Klara Vogt hat am Dienstag neue Regeln angekündigt. "
        "„Wir handeln jetzt“, sagte Vogt. Die Regeln sollen ab März gelten.")


def test_offsets_and_keys():
    result = annotate(TEXT, "de", date(2024, 1, 16))
    assert set(result) >= {"sentences", "entities", "quotes", "timexes"}
    assert len(result["sentences"]) == 3
    for item in result["sentences"] + result["entities"] + result["timexes"]:
        assert 0 <= item["start"] < item["end"] <= len(TEXT)
    for item in result["entities"] + result["timexes"]:
        assert TEXT[item["start"]:item["end"]] == item["text"]
    people = [e for e in result["entities"] if e["label"] == "PER"]
    assert {e["text"] for e in people} >= {"Klara Vogt", "Vogt"}
    assert len({e["entity_id"] for e in people}) == 1


def test_quotes_and_timexes_are_in_the_contract_format():
    result = annotate(TEXT, "de", date(2024, 1, 16))
    quote = next(q for q in result["quotes"] if "handeln" in TEXT[q["quote"]["spans"][0]["start"]:q["quote"]["spans"][0]["end"]])
    assert set(quote) >= {"quote", "speaker", "cue", "addressee", "type", "medium"}
    assert quote["speaker"] is None or set(quote["speaker"]) == {"start", "end", "text"}
    tuesday = next(t for t in result["timexes"] if "Dienstag" in t["text"])
    assert tuesday["type"] == "DATE" and tuesday["value"].startswith("2024-01")


def test_language_is_detected_when_not_given():
    result = annotate("The mayor of Boston, Michelle Wu, opened the new library on Friday.")
    assert result["lang"] == "en"
    assert any(e["text"] == "Boston" for e in result["entities"])


def test_cli_single_text_and_jsonl():
    runner = CliRunner()
    single = runner.invoke(main, ["annotate", "--lang", "de", "--dct", "2024-01-16", "-"], input=TEXT)
    assert single.exit_code == 0, single.output
    assert json.loads(single.output)["sentences"]

    lines = "\n".join(json.dumps(r) for r in [
        {"id": "one", "text": TEXT, "lang": "de", "dct": "2024-01-16"},
        {"id": "two", "text": "The minister met Angela Merkel in Paris.", "lang": "en", "dct": None},
    ])
    batch = runner.invoke(main, ["annotate", "--jsonl", "-"], input=lines)
    assert batch.exit_code == 0, batch.output
    results = [json.loads(line) for line in batch.output.splitlines()]
    assert [r["id"] for r in results] == ["one", "two"]
    assert results[1]["lang"] == "en"
