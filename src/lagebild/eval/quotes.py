"""Quotation extraction scored on the German Wikinews quotation set (Petersen-Frey & Biemann 2024).

Each article runs through the real pipeline functions (sentences → entities → local entity
resolution → quotations) on its `originalText`. Predicted and gold quotations are matched one to
one by an optimal assignment over shared gold tokens (scipy's linear_sum_assignment), as the
dataset's own scorer does; a pair counts when it shares a token ("lenient") and, in the strict
view, when its token F1 is at least 0.5. Speakers and cues are scored on matched pairs by token
overlap; gold quotations without a speaker (or cue) are left out of those figures. Develop on
"train", report "dev"; "test" is held out.
"""
from __future__ import annotations

import json
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from pathlib import Path

from lagebild.errors import ModelMissing, SharedDataMissing
from lagebild.link.entities import resolve_mentions
from lagebild.model import Quote
from lagebild.nlp import entities, sentences
from lagebild.nlp.quotes import extract
from lagebild.resources import shared_dir

DATASET = "quotes_wikinews_de"
STRICT_F1 = 0.5
TYPE_GROUPS = {"Direct": "Direct", "Indirect": "Indirect", "Reported": "Reported",
               "FreeIndirect": "FreeIndirect", "IndirectFreeIndirect": "FreeIndirect"}
"""The gold set's "IndirectFreeIndirect" (free indirect speech continuing an indirect quotation)
is what lagebild calls FreeIndirect."""


SPLIT_FOLDERS = {"heldout": "test"}
"""`lagebild eval --split heldout` names the set nobody tunes on; here that is the test folder."""


def dataset_dir(split: str) -> Path:
    folder = shared_dir() / "data" / DATASET / SPLIT_FOLDERS.get(split, split)
    if not folder.is_dir():
        raise SharedDataMissing(f"{folder}: quotation gold set not found")
    return folder


def _dates(split: str) -> dict[str, date]:
    dates: dict[str, date] = {}
    index = dataset_dir(split).parent / "index.tsv"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            try:
                dates[fields[0]] = date.fromisoformat(fields[2])
            except (IndexError, ValueError):
                continue
    return dates


def predict(text: str, dct: date | None, lang: str = "de", use_entities: bool = True) -> list[Quote]:
    """The pipeline's own path from raw text to quotations."""
    spans, tokens = sentences.split(text, lang)
    mentions = entities.tag(text, spans, tokens, lang) if use_entities else []
    resolve_mentions(text, mentions, lang, "doc")
    return extract(text, spans, tokens, mentions, lang, dct)


class GoldTokens:
    """Maps character spans onto the gold tokenisation, so both sides are counted in one unit."""

    def __init__(self, tokens: list[dict]) -> None:
        ordered = sorted(tokens, key=lambda t: t["charBegin"])
        self.ids = [t["id"] for t in ordered]
        self.begins = [t["charBegin"] for t in ordered]
        self.ends = [t["charEnd"] for t in ordered]

    def cover(self, start: int, end: int) -> set[int]:
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.begins, end)
        return set(self.ids[lo:hi])


def _ids(part: dict) -> set[int]:
    return set(part.get("tokenIds") or ())


def _pairs(gold_sets: list[set[int]], predicted_sets: list[set[int]]) -> list[tuple[int, int, int]]:
    """Optimal one-to-one matching; (gold, predicted, shared tokens) for pairs sharing any."""
    if not gold_sets or not predicted_sets:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    overlap = np.array([[len(g & p) for p in predicted_sets] for g in gold_sets])
    rows, cols = linear_sum_assignment(overlap, maximize=True)
    return [(r, c, int(overlap[r, c])) for r, c in zip(rows, cols) if overlap[r, c] > 0]


def _prf(tp: int, predicted: int, gold: int) -> dict:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "predicted": predicted, "gold": gold}


def score_article(doc: dict, quotes: list[Quote], tally: Counter) -> list[dict]:
    """Adds this article's counts to `tally`; returns its unmatched quotations for error analysis."""
    tokens = GoldTokens(doc["tokens"])
    gold = doc["annotations"]
    gold_sets = [_ids(a["quote"]) for a in gold]
    predicted_sets = [set().union(*(tokens.cover(s.start, s.end) for s in q.spans)) for q in quotes]
    pairs = _pairs(gold_sets, predicted_sets)
    tally["gold"] += len(gold)
    tally["predicted"] += len(quotes)
    for annotation in gold:
        tally[f"gold:{TYPE_GROUPS.get(annotation['type'], annotation['type'])}"] += 1
        tally["gold_speaker"] += bool(_ids(annotation["speaker"]))
        tally["gold_cue"] += bool(_ids(annotation["cue"]))
    for quote in quotes:
        tally[f"predicted:{quote.type}"] += 1
    matched_predicted = {c: r for r, c, _ in pairs}
    speaker_errors = []
    for r, c, shared in pairs:
        annotation, quote = gold[r], quotes[c]
        gold_type = TYPE_GROUPS.get(annotation["type"], annotation["type"])
        f1 = 2 * shared / (len(gold_sets[r]) + len(predicted_sets[c]))
        tally["matched"] += 1
        tally["strict"] += f1 >= STRICT_F1
        tally[f"matched_gold:{gold_type}"] += 1
        tally[f"matched_predicted:{quote.type}"] += 1
        tally["type_correct"] += quote.type == gold_type
        for role in ("speaker", "cue"):
            gold_role = _ids(annotation[role])
            ref = getattr(quote, role)
            if not gold_role:
                tally[f"{role}_unscored"] += ref is not None
                continue
            tally[f"{role}_matched_gold"] += 1
            if ref is not None:
                tally[f"{role}_matched_predicted"] += 1
                tally[f"{role}_correct"] += bool(tokens.cover(ref.start, ref.end) & gold_role)
            if role == "speaker" and (ref is None or not tokens.cover(ref.start, ref.end) & gold_role):
                speaker_errors.append({"kind": "speaker", "type": annotation["type"], "gold": annotation["speaker"]["text"],
                                       "predicted": ref.text if ref else None,
                                       "text": _sentence_of(doc, annotation)[:240]})
    for quote in quotes:
        for role in ("speaker", "cue"):
            tally[f"{role}_predicted"] += getattr(quote, role) is not None
    missed = [{"kind": "missed", "type": gold[r]["type"], "text": gold[r]["quote"]["text"][:160]}
              for r in range(len(gold)) if r not in {p[0] for p in pairs}]
    spurious = [{"kind": "spurious", "type": q.type, "cue": q.cue.text if q.cue else None, "text": " | ".join(s.of(doc["originalText"]) for s in q.spans)[:160]}
                for c, q in enumerate(quotes) if c not in matched_predicted]
    return missed + spurious + speaker_errors


def _sentence_of(doc: dict, annotation: dict) -> str:
    """The text from the start of the quotation's frame (or the quotation) to its end, for reading."""
    spans = [s for part in ("frame", "quote") for s in annotation[part]["spans"]]
    start = min(s["charBegin"] for s in spans)
    end = max(s["charEnd"] for s in spans)
    return doc["originalText"][start:end].replace("\n", " ")


def evaluate(limit: int | None = None, split: str = "dev", errors: bool = False, **options) -> dict:
    folder = dataset_dir(split)
    dates = _dates(split)
    files = sorted(folder.glob("*.json"), key=lambda p: p.stem)[:limit]
    tally: Counter = Counter()
    examples: list[dict] = []
    try:
        entities.tagger_for("de")
        use_entities = True
    except ModelMissing:
        use_entities = False  # reported in the result: speakers then stay unresolved text
    started = time.perf_counter()
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        dct = dates.get(path.stem)
        quotes = predict(doc["originalText"], dct if dct and dct.year > 1 else None, use_entities=use_entities)
        found = score_article(doc, quotes, tally)
        if errors:
            examples.extend({"doc": path.stem, **e} for e in found)
    result = figures(tally, split, len(files), time.perf_counter() - started, examples)
    result["entities"] = use_entities
    return result


def figures(tally: Counter, split: str, articles: int, seconds: float, examples: list[dict]) -> dict:
    result = {
        "split": split,
        "articles": articles,
        "seconds": round(seconds, 1),
        "quotes": _prf(tally["matched"], tally["predicted"], tally["gold"]),
        "quotes_strict": _prf(tally["strict"], tally["predicted"], tally["gold"]),
        "speaker": _prf(tally["speaker_correct"], tally["speaker_matched_predicted"], tally["speaker_matched_gold"]),
        "speaker_end_to_end": _prf(tally["speaker_correct"], tally["speaker_predicted"] - tally["speaker_unscored"],
                                   tally["gold_speaker"]),
        "cue": _prf(tally["cue_correct"], tally["cue_matched_predicted"], tally["cue_matched_gold"]),
        "type_accuracy": tally["type_correct"] / tally["matched"] if tally["matched"] else 0.0,
    }
    result["by_type"] = {
        kind: {"recall": tally[f"matched_gold:{kind}"] / tally[f"gold:{kind}"] if tally[f"gold:{kind}"] else 0.0,
               "precision": (tally[f"matched_predicted:{kind}"] / tally[f"predicted:{kind}"]
                             if tally[f"predicted:{kind}"] else 0.0),
               "gold": tally[f"gold:{kind}"], "predicted": tally[f"predicted:{kind}"]}
        for kind in ("Direct", "Indirect", "Reported", "FreeIndirect")
    }
    if examples:
        result["errors"] = examples
    return result


def format_report(result: dict) -> str:
    lines = [f"Quotations, Wikinews DE {result['split']}: {result['articles']} articles, {result['seconds']} s"
             + ("" if result.get("entities", True) else " (no entity model: speakers unresolved)")]
    for key, label in (("quotes", "quotations (overlap > 0)"), ("quotes_strict", f"quotations (token F1 >= {STRICT_F1})"),
                       ("speaker", "speaker (on matched pairs)"), ("speaker_end_to_end", "speaker (end to end)"),
                       ("cue", "cue (on matched pairs)")):
        f = result[key]
        lines.append(f"  {label:34} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
                     f"  (tp {f['tp']}, predicted {f['predicted']}, gold {f['gold']})")
    for kind, f in result["by_type"].items():
        lines.append(f"  {kind:34} P {f['precision']:.3f}  R {f['recall']:.3f}"
                     f"  (predicted {f['predicted']}, gold {f['gold']})")
    lines.append(f"  type accuracy on matched pairs      {result['type_accuracy']:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    arguments = dict(a.split("=", 1) for a in sys.argv[1:] if "=" in a)
    outcome = evaluate(limit=int(arguments["limit"]) if "limit" in arguments else None,
                       split=arguments.get("split", "dev"), errors="errors" in arguments)
    print(format_report(outcome))
    for example in outcome.get("errors", ()):
        print(json.dumps(example, ensure_ascii=False))
