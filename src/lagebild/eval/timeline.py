"""Timeline evaluation on the bundled example corpus, whose `expected.json` lists which sources
report which event on which date.

The whole pipeline runs (every stage feeds the timeline), so this scores the end result:
- source recall: of the (file, date) reports in the gold, how many appear in some entry;
- pairwise merging precision/recall/F1: two gold-matched sources placed in one entry form a
  predicted pair, correct when the gold has them as reports of the same event;
- conflicts: of the gold events whose sources disagree on the date, how many entries flag it.
There is no external gold for cross-source timelines; the corpus is small and fictional, so the
figures are a regression check rather than a benchmark.
"""
from __future__ import annotations

import json
from datetime import date
from itertools import combinations
from pathlib import Path

from lagebild.settings import Settings

CORPUS = Path(__file__).resolve().parents[3] / "examples" / "corpus"


def _key(path: str) -> str:
    """expected.json's name for an input: the file name, "#n" (0-based) for a JSONL record."""
    name, _, line = Path(path).name.partition(":")
    return f"{name}#{int(line) - 1}" if line.isdigit() else name


def _gold_event(gold: list[dict], key: str, value: str) -> int | None:
    for index, event in enumerate(gold):
        for when, sources in event["dates"].items():
            if key in sources and value.startswith(when) and (len(value) == len(when) or len(when) == 10):
                return index
    return None


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def score(entries: list[dict], gold: list[dict]) -> dict:
    """Figures for stored timeline entries (plain dicts) against expected.json's story events."""
    gold_pairs = {(i, frozenset(p)) for i, event in enumerate(gold)
                  for p in combinations(sorted({k for ks in event["dates"].values() for k in ks}), 2)}
    found: set[tuple[str, int]] = set()
    predicted_pairs = correct_pairs = 0
    conflicts_found = 0
    for entry in entries:
        matched = [(s["key"], _gold_event(gold, s["key"], s["time_value"])) for s in entry["sources"]]
        matched = [(k, g) for k, g in matched if g is not None]
        found.update(matched)
        for (key_a, gold_a), (key_b, gold_b) in combinations(matched, 2):
            predicted_pairs += 1
            correct_pairs += gold_a == gold_b and (gold_a, frozenset((key_a, key_b))) in gold_pairs
        events = {g for _, g in matched}
        conflicts_found += entry.get("date_conflict", False) and any(gold[g].get("date_conflict") for g in events)
    reports = {(k, i) for i, event in enumerate(gold) for ks in event["dates"].values() for k in ks}
    precision = _ratio(correct_pairs, predicted_pairs)
    recall = _ratio(correct_pairs, len(gold_pairs))
    return {
        "source_recall": _ratio(len(found & reports), len(reports)),
        "pairs_predicted": predicted_pairs,
        "pairs_gold": len(gold_pairs),
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "conflicts_gold": sum(bool(e.get("date_conflict")) for e in gold),
        "conflicts_found": int(conflicts_found),
        "entries": len(entries),
    }


def evaluate(limit: int | None = None, corpus: Path = CORPUS) -> dict:
    """Run the pipeline over the example corpus (the first `limit` files) and score its timeline."""
    from lagebild.api import analyze
    from lagebild.model import to_plain

    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})[:limit]
    settings = Settings(crawled=date.fromisoformat(expected["crawled"]))
    result = analyze(files, settings)
    paths = {article.id: article.source.path or "" for article in result.articles}
    entries = to_plain(result.linked.get("timeline", []))
    for entry in entries:
        for source in entry["sources"]:
            source["key"] = _key(paths.get(source["article_id"], ""))
    figures = score(entries, expected["story"]["events"])
    figures["failed"] = [str(error) for error in result.failed]
    return figures


def format_report(result: dict) -> str:
    lines = [
        f"entries: {result['entries']}   source recall: {result['source_recall']:.3f}",
        f"same-event pairs: P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}"
        f"  ({result['pairs_predicted']} predicted, {result['pairs_gold']} gold)",
        f"date conflicts flagged: {result['conflicts_found']} of {result['conflicts_gold']}",
    ]
    lines += [f"failed: {failure}" for failure in result.get("failed", [])]
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(evaluate()))
