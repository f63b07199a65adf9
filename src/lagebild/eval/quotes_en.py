"""English quotations scored on hand-labelled paragraphs of English news pages.

No English quotation gold ships with `../shared`, so the project labelled its own: 83 body
paragraphs of 30 English news pages of the htmldate and trafilatura sets that hold a quotation
mark or a reporting word, 96 quotations (`eval/data/quotes_en_gold.jsonl`, labelling described
in `eval/data/README.md`). The gold stores references only (page, offsets into the rendered dump);
the texts are rendered from `../shared`. Each paragraph runs through the pipeline's own path
(sentences, entities, resolution, quotations) in English, and is scored exactly as the German
Wikinews set is (`lagebild.eval.quotes`): one-to-one matching over shared tokens, speakers and
cues on matched pairs. Only direct and indirect speech was labelled, so quotations lagebild
calls "Reported" (a speech act without its content) are left out of the count.
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from lagebild.errors import ConfigError
from lagebild.eval import quotes
from lagebild.eval.pages import dump_of
from lagebild.eval.resolution import split_of

GOLD = Path(__file__).resolve().parents[3] / "eval" / "data" / "quotes_en_gold.jsonl"
TOKEN = re.compile(r"\w+|[^\w\s]")
UNLABELLED_TYPES = ("Reported",)


def load_gold(path: Path = GOLD) -> list[dict]:
    if not path.exists():
        raise ConfigError(f"{path}: gold file not found (it lives in eval/data of the repository)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_document(record: dict, dump: str) -> dict:
    """One labelled paragraph in the shape of a Wikinews gold document, offsets into its text."""
    base = record["start"]
    text = dump[base:record["end"]]
    tokens = [{"id": i, "charBegin": m.start(), "charEnd": m.end()} for i, m in enumerate(TOKEN.finditer(text))]
    cover = quotes.GoldTokens(tokens).cover

    def part(span: list[int] | None) -> dict:
        if span is None:
            return {"tokenIds": [], "text": "", "spans": []}
        start, end = span[0] - base, span[1] - base
        return {"tokenIds": sorted(cover(start, end)), "text": text[start:end],
                "spans": [{"charBegin": start, "charEnd": end}]}

    annotations = [{"type": q["type"], "quote": part(q["quote"]), "speaker": part(q["speaker"]),
                    "cue": part(q["cue"]), "frame": part(None)} for q in record["quotes"]]
    return {"originalText": text, "tokens": tokens, "annotations": annotations}


def evaluate(limit: int | None = None, split: str | None = None, errors: bool = False, **options) -> dict:
    records = [r for r in load_gold() if split is None or split_of(r["doc"]) == split][:limit]
    dumps = {doc: dump_of(*doc.split(":", 1)) for doc in {r["doc"] for r in records}}
    tally: Counter = Counter()
    examples: list[dict] = []
    started = time.perf_counter()
    for record in records:
        doc = gold_document(record, dumps[record["doc"]])
        found = [q for q in quotes.predict(doc["originalText"], None, lang="en") if q.type not in UNLABELLED_TYPES]
        unmatched = quotes.score_article(doc, found, tally)
        if errors:
            examples.extend({"doc": record["doc"], **e} for e in unmatched)
    result = quotes.figures(tally, split or "all", len(records), time.perf_counter() - started, examples)
    result["pages"] = len(dumps)
    return result


def format_report(result: dict) -> str:
    header = (f"Quotations, English news paragraphs ({result['split']}): {result['articles']} paragraphs "
              f"of {result['pages']} pages, {result['seconds']} s")
    return "\n".join([header, *quotes.format_report(result).splitlines()[1:]])


if __name__ == "__main__":
    print(format_report(evaluate()))
