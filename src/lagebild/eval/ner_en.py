"""English entity recognition scored on hand-labelled paragraphs of English news pages.

No English NER gold ships with `../shared`, so the project labelled its own: 88 body paragraphs
of 20 English news pages of the htmldate set (`eval/data/ner_en_gold.jsonl`, how it was labelled in
`eval/data/README.md`). The gold stores references only (page, offsets into the rendered dump,
label); the text is rendered from `../shared`. Each paragraph is tagged exactly as given, as
`lagebild annotate --lang en` would, and scored with exact spans per label and micro-averaged.
Compound parts ("Houston-area") are not labelled, so predicted mentions flagged `part` are left
out; derived forms ("American", "Republican") count under their base label, as in GermEval.
Nothing in the English path was tuned on these pages; `--split` halves them by page for the day
something is.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from lagebild.errors import ConfigError
from lagebild.eval.ner import prf_of, table
from lagebild.eval.pages import dump_of
from lagebild.eval.resolution import split_of

GOLD = Path(__file__).resolve().parents[3] / "eval" / "data" / "ner_en_gold.jsonl"
SET = "htmldate"
LANG = "en"


def load_gold(path: Path = GOLD) -> list[dict]:
    if not path.exists():
        raise ConfigError(f"{path}: gold file not found (it lives in eval/data of the repository)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predicted_spans(text: str) -> set[tuple[int, int, str]]:
    """(start, end, label) of the names the English path finds in `text`, parts left out."""
    from lagebild.nlp import entities, sentences

    spans, tokens = sentences.split(text, LANG)
    return {(m.start, m.end, m.label) for m in entities.tag(text, spans, tokens, LANG) if not m.part}


def evaluate(limit: int | None = None, split: str | None = None, **options) -> dict:
    records = [r for r in load_gold() if split is None or split_of(r["doc"]) == split][:limit]
    wanted = {r["doc"].partition(":")[2] for r in records}
    dumps = {file: dump_of(SET, file) for file in wanted}
    counts: dict[str, Counter] = {}
    errors = []
    for record in records:
        start = record["start"]
        text = dumps[record["doc"].partition(":")[2]][start:record["end"]]
        gold = {(s - start, e - start, label) for s, e, label in record["entities"]}
        predicted = predicted_spans(text)
        for span in gold | predicted:
            outcome = "tp" if span in gold and span in predicted else "fn" if span in gold else "fp"
            counts.setdefault(span[2], Counter())[outcome] += 1
            if outcome != "tp":
                errors.append({"outcome": outcome, "label": span[2], "text": text[span[0]:span[1]]})
    return {
        "split": split or "all",
        "paragraphs": len(records),
        "pages": len(wanted),
        "labels": {label: prf_of(tally) for label, tally in sorted(counts.items())},
        "micro": prf_of(sum(counts.values(), Counter())),
        "errors": errors,
    }


def format_report(result: dict) -> str:
    misses = Counter((e["outcome"], e["label"]) for e in result["errors"])
    return "\n".join([
        f"English NER (hand-labelled news paragraphs, exact spans) on {result['split']!r}: "
        f"{result['paragraphs']} paragraphs of {result['pages']} pages",
        *table(result),
        "errors: " + ", ".join(f"{outcome} {label} {n}" for (outcome, label), n in sorted(misses.items())),
    ])


if __name__ == "__main__":
    print(format_report(evaluate()))
