"""The English quotation gold in the shape the Wikinews scorer reads, and a quality floor."""
import pytest

from lagebild.eval.quotes_en import gold_document, load_gold
from lagebild.resources import shared_dir


def test_gold_document_maps_character_spans_to_tokens():
    dump = "xx\"Rain is coming,\" said Mayor Ann Roe.yy"
    record = {"doc": "t", "start": 2, "end": len(dump) - 2,
              "quotes": [{"type": "Direct", "quote": [3, 18], "speaker": [31, 38], "cue": [20, 24]}]}
    doc = gold_document(record, dump)
    tokens = {t["id"]: doc["originalText"][t["charBegin"]:t["charEnd"]] for t in doc["tokens"]}
    annotation = doc["annotations"][0]
    assert annotation["quote"]["text"] == "Rain is coming,"
    assert [tokens[i] for i in annotation["speaker"]["tokenIds"]] == ["Ann", "Roe"]
    assert [tokens[i] for i in annotation["cue"]["tokenIds"]] == ["said"]


def test_gold_offsets_are_inside_their_paragraphs():
    for record in load_gold():
        for quote in record["quotes"]:
            for role in ("quote", "speaker", "cue"):
                if quote[role]:
                    assert record["start"] <= quote[role][0] < quote[role][1] <= record["end"]


def test_english_quotation_quality_floor():
    if not (shared_dir() / "data" / "htmldate_eval").is_dir():
        pytest.skip("evaluation pages not present")
    from lagebild.eval.quotes_en import evaluate

    result = evaluate(split="dev")
    assert result["quotes"]["f1"] >= 0.78 and result["speaker"]["f1"] >= 0.72
