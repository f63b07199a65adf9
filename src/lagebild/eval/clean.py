"""Body extraction quality of the clean stage on the trafilatura evaluation pages.

The scoring follows the trafilatura benchmark: each gold "with" segment found in the output is a
true positive, each "without" segment found is a false positive (whitespace-normalised substring
test). The output scored is the article text a reader gets: title and lead (teaser) lines followed
by the body, because the gold sets mark headline and lead as main text (the clean stage keeps them
apart from `body` only so that the meta stage can read them). Kickers are left out: on the dev
pages they are as often a menu label as a roof line, and counting them lowered F1 by 0.002.
The raw dump scored the same way is the baseline any cleaner must beat. Dumps first go through
ingest's mojibake repair, as every input does in the pipeline, unless `repair=False`.
Figures are reported for the `dev` half (rules were tuned there) and the `heldout` half.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict

from lagebild.clean import clean_article
from lagebild.errors import EmptyInput
from lagebild.eval.pages import pages
from lagebild.ingest.decode import repair as repair_text
from lagebild.model import Article, Source
from lagebild.settings import Settings

SPACE = re.compile(r"\s+")
LANGUAGE_GROUPS = ("de", "en")
HEAD_KINDS = ("title", "teaser")


def _norm(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def output_text(article: Article) -> str:
    """Headline, lead and body: what the clean stage hands on as the article's text."""
    head = [f.text for f in article.furniture if f.kind in HEAD_KINDS]
    return "\n".join(head + [article.body])


def _score(counts: dict[str, int]) -> dict[str, float]:
    tp, fn, fp, tn = (counts[k] for k in ("tp", "fn", "fp", "tn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fn + fp + tn
    return {"precision": precision, "recall": recall, "f1": f1,
            "accuracy": (tp + tn) / total if total else 0.0, "pages": counts["pages"], **counts}


def _count(counts: dict[str, int], text: str, page) -> None:
    found = _norm(text)
    for segment in page.with_segments:
        counts["tp" if _norm(segment) in found else "fn"] += 1
    for segment in page.without_segments:
        counts["fp" if _norm(segment) in found else "tn"] += 1
    counts["pages"] += 1


def _dump(page, repair: bool) -> str:
    if not repair:
        return page.dump
    try:
        return repair_text(page.dump, page.file)
    except EmptyInput:
        return page.dump


def evaluate(limit: int | None = None, split: str = "heldout", repair: bool = True, **options) -> dict:
    """P/R/F1 of the cleaned text and of the raw dump, overall and by language, on one split."""
    settings = Settings(stages=("clean",))
    system: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    baseline: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for page in pages("trafilatura", split=split, limit=limit):
        dump = _dump(page, repair)
        article = clean_article(Article(id=page.file, source=Source(url=page.url), raw=dump), settings)
        group = page.language if page.language in LANGUAGE_GROUPS else "other"
        text = output_text(article)
        for key in ("all", group):
            _count(system[key], text, page)
            _count(baseline[key], dump, page)
    return {
        "split": split,
        "system": {k: _score(v) for k, v in system.items()},
        "baseline": {k: _score(v) for k, v in baseline.items()},
    }


def format_report(result: dict) -> str:
    rows = [f"clean stage on trafilatura pages, split={result['split']} (output = title + teaser + body)",
            f"{'':10}{'lang':6}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}"]
    for name in ("system", "baseline"):
        for lang in ("all", *LANGUAGE_GROUPS, "other"):
            s = result[name].get(lang)
            if s:
                rows.append(f"{name:10}{lang:6}{s['pages']:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                            f"{s['f1']:>7.3f}{s['accuracy']:>7.3f}")
    return "\n".join(rows)


if __name__ == "__main__":
    splits = sys.argv[1:] or ["dev", "heldout"]
    for split_name in splits:
        print(format_report(evaluate(split=split_name)))
