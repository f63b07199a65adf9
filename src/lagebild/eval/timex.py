"""Temporal expressions against WikiWarsDE (German, offsets) and WikiWars (English, isolated
expressions in a context window), with dateparser's `search_dates` as a baseline.

WikiWarsDE split: documents sorted by name, even positions are dev (tuning), odd positions are
held-out. Both corpora are Wikipedia narratives, so the tagger runs in narrative anchoring.
Values are compared as strings, gold TIMEX2 against our TIMEX3; the formats agree for dates,
seasons ("1863-FA"), BC years ("BC0202"), centuries ("17"), decades ("199"), durations
("P3Y") and the *_REF values, so no mapping is applied: a TIMEX2 "1914-08-01TEV" must be
produced as such. The baseline gives datetimes only, so its values are scored at day
granularity, over gold values that are days.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from lagebild.errors import InputError
from lagebild.nlp.time import tag
from lagebild.resources import shared_dir

GERMAN = "wikiwarsde_timex"
ENGLISH = "wikiwars_en_timex"
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
TAG = re.compile(r"<[^<>]*>|^[^<>]*>|<[^<>]*$")
SPLITS = ("dev", "heldout", "all")


def _split_docs(names: list[str], split: str) -> list[str]:
    ordered = sorted(names)
    if split == "all":
        return ordered
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return ordered[0 if split == "dev" else 1::2]


def load_german(folder: Path | None = None) -> dict[str, dict]:
    folder = folder or shared_dir() / "data" / GERMAN
    gold_file = folder / "timex2.jsonl"
    if not gold_file.exists():
        raise InputError(str(gold_file), "WikiWarsDE gold not found")
    docs: dict[str, dict] = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        doc = docs.setdefault(row["doc"], {"dct": datetime.fromisoformat(row["dct"]).date(), "gold": []})
        doc["gold"].append((row["start"], row["end"], row["attrs"].get("val")))
    for name, doc in docs.items():
        doc["text"] = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
    return docs


def _match(gold: list[tuple], predicted: list[tuple]) -> dict[str, int]:
    """One-to-one: exact spans first, then the remaining overlapping pairs, in text order."""
    counts = Counter(gold=len(gold), predicted=len(predicted))
    exact = {(g[0], g[1]): g for g in gold}
    used_gold: set[tuple] = set()
    used_pred: set[int] = set()
    pairs = []
    for index, p in enumerate(predicted):
        g = exact.get((p[0], p[1]))
        if g is not None and g not in used_gold:
            used_gold.add(g)
            used_pred.add(index)
            pairs.append((g, p, True))
    for index, p in enumerate(predicted):
        if index in used_pred:
            continue
        for g in gold:
            if g not in used_gold and g[0] < p[1] and p[0] < g[1]:
                used_gold.add(g)
                pairs.append((g, p, False))
                break
    for g, p, strict in pairs:
        counts["lenient"] += 1
        counts["strict"] += strict
        same = g[2] is not None and g[2] == p[2]
        counts["value_ok"] += same
        counts["value_compatible"] += g[2] is not None and _compatible(g[2], p[2])
        counts["strict_value"] += strict and same
        if g[2] and DAY.match(g[2]):
            counts["day_gold"] += 1
            counts["day_ok"] += p[2] is not None and p[2][:10] == g[2]
    return counts


def _compatible(gold: str, ours: str | None) -> bool:
    """Equal where ours is specified: "XXXX-06-10" agrees with "1940-06-10" (WikiWars EN items
    come without the document, so a year named outside the window cannot be known)."""
    return ours is not None and len(ours) == len(gold) and all(o in ("X", g) for o, g in zip(ours, gold))


def _prf(hit: int, predicted: int, gold: int) -> dict[str, float]:
    precision = hit / predicted if predicted else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def _figures(counts: Counter) -> dict:
    predicted, gold = counts["predicted"], counts["gold"]
    return {
        "docs": counts["docs"], "gold": gold, "predicted": predicted,
        "strict": _prf(counts["strict"], predicted, gold),
        "lenient": _prf(counts["lenient"], predicted, gold),
        "value_accuracy": round(counts["value_ok"] / counts["lenient"], 4) if counts["lenient"] else 0.0,
        "value_compatible": round(counts["value_compatible"] / counts["lenient"], 4) if counts["lenient"] else 0.0,
        "strict_value": _prf(counts["strict_value"], predicted, gold),
        "lenient_value": _prf(counts["value_ok"], predicted, gold),
        "day_value_accuracy": round(counts["day_ok"] / counts["day_gold"], 4) if counts["day_gold"] else 0.0,
    }


def _ours(text: str, lang: str, dct: date | None) -> list[tuple]:
    return [(t.start, t.end, t.value) for t in tag(text, lang, dct, anchoring="narrative")]


def _dateparser(text: str, lang: str, dct: date | None) -> list[tuple]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(dct, datetime.min.time())} if dct else {}
    found = search_dates(text, languages=[lang], settings=settings) or []
    spans, cursor = [], 0
    for words, moment in found:
        start = text.find(words, cursor)
        if start < 0:
            continue
        cursor = start + len(words)
        spans.append((start, cursor, moment.date().isoformat()))
    return spans


TAGGERS = {"lagebild": _ours, "dateparser": _dateparser}


def evaluate_german(limit: int | None = None, split: str = "heldout", baseline: bool = True) -> dict:
    docs = load_german()
    names = _split_docs(list(docs), split)[:limit]
    result = {}
    for system, run in TAGGERS.items():
        if system == "dateparser" and not baseline:
            continue
        counts: Counter = Counter()
        for name in names:
            doc = docs[name]
            counts.update(_match(doc["gold"], run(doc["text"], "de", doc["dct"])))
            counts["docs"] += 1
        result[system] = _figures(counts)
    return result


def _clean_context(context: str) -> str:
    return re.sub(r"\s+", " ", TAG.sub("", context)).strip()


def load_english(path: Path | None = None) -> list[dict]:
    path = path or shared_dir() / "data" / ENGLISH / "wikiwars_all.json"
    if not path.exists():
        raise InputError(str(path), "WikiWars (English) extract not found")
    return json.loads(path.read_text(encoding="utf-8"))


def evaluate_english(limit: int | None = None, split: str = "heldout", baseline: bool = True) -> dict:
    """Per item: is the gold expression found in its window (exactly / overlapping), is its value
    right; "extra" counts our other expressions in the window, which are not necessarily wrong
    (the windows are not exhaustively annotated)."""
    items = load_english()
    docs = set(_split_docs(sorted({i["doc"] for i in items}), split))
    items = [i for i in items if i["doc"] in docs][:limit]
    result = {}
    for system, run in TAGGERS.items():
        if system == "dateparser" and not baseline:
            continue
        counts: Counter = Counter()
        by_type: dict[str, Counter] = {}
        for item in items:
            context = _clean_context(item["context"])
            start = context.find(item["text"])
            if start < 0:
                counts["unlocated"] += 1
                continue
            gold = (start, start + len(item["text"]), item["val"] or None)
            item_counts = _match([gold], run(context, "en", None))
            counts.update(item_counts)
            kind = by_type.setdefault(item.get("type", "?"), Counter())
            kind.update(gold=1, found=item_counts["lenient"], value_ok=item_counts["value_ok"])
        figures = _figures(counts)
        figures["items"] = len(items)
        figures["unlocated"] = counts["unlocated"]
        figures["extra_per_window"] = round((counts["predicted"] - counts["lenient"]) / max(1, counts["gold"]), 3)
        figures["by_type"] = {k: {"n": c["gold"], "recall": round(c["found"] / c["gold"], 3),
                                  "value": round(c["value_ok"] / c["gold"], 3)} for k, c in sorted(by_type.items())}
        result[system] = figures
    return result


def evaluate(limit: int | None = None, split: str = "heldout", baseline: bool = True) -> dict:
    """`limit` caps documents (German) and items (English); `split` is dev, heldout or all."""
    return {"split": split, "de": evaluate_german(limit, split, baseline),
            "en": evaluate_english(limit and limit * 100, split, baseline)}


def _row(name: str, figures: dict) -> str:
    s, l, sv, lv = figures["strict"], figures["lenient"], figures["strict_value"], figures["lenient_value"]
    return (f"  {name:<11} strict P/R/F {s['p']:.3f}/{s['r']:.3f}/{s['f1']:.3f}  lenient {l['p']:.3f}/{l['r']:.3f}/"
            f"{l['f1']:.3f}  value acc {figures['value_accuracy']:.3f} (days {figures['day_value_accuracy']:.3f}, "
            f"X as wildcard {figures['value_compatible']:.3f})  "
            f"strict+value F {sv['f1']:.3f}  lenient+value F {lv['f1']:.3f}")


def format_report(result: dict) -> str:
    lines = [f"Temporal expressions, split={result['split']}"]
    for lang, title in (("de", "WikiWarsDE (documents, offsets)"), ("en", "WikiWars EN (gold expression in its window)")):
        first = next(iter(result[lang].values()))
        extra = f", {first['items']} items" if "items" in first else ""
        lines.append(f"{title}: {first['docs'] or ''} gold {first['gold']}{extra}")
        for system, figures in result[lang].items():
            lines.append(_row(system, figures))
            if "by_type" in figures:
                lines.append(f"    extra expressions per window {figures['extra_per_window']}; by gold type (recall/value): "
                             + ", ".join(f"{k} {v['n']}: {v['recall']:.2f}/{v['value']:.2f}"
                                         for k, v in figures["by_type"].items()))
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout", choices=SPLITS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    print(format_report(evaluate(args.limit, args.split, not args.no_baseline)))
