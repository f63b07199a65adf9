"""Entity recognition scored on GermEval 2014 sentences that the model never saw.

Exact-span, outer-level, CoNLL-style precision/recall/F1, per label and micro-averaged, in two
views: the 4 labels PER/ORG/LOC/OTH (GermEval "-deriv"/"-part" spans counted under their base
label; lagebild reports them as `Mention.deriv`/`Mention.part` flags) and the 12 GermEval types.
The split is fixed in `lagebild.nlp.ner.germeval`: the default "heldout" slice is the last 1,000
sentences of NER-de-test-open.tsv, used neither for training nor for choosing parameters.
"""
from __future__ import annotations

import sys
import time
from collections import Counter

from lagebild.nlp.ner import germeval


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) chunks of a BIO sequence; a stray I- opens a chunk as CoNLL does."""
    from lagebild.nlp.entities import chunks

    return set(chunks(tags))


def base(label: str) -> str:
    return label.replace("deriv", "").replace("part", "")


def score(gold: list[list[str]], predicted: list[list[str]], collapse: bool) -> dict:
    counts: dict[str, Counter] = {}
    for gold_tags, predicted_tags in zip(gold, predicted):
        gold_spans, predicted_spans = spans(gold_tags), spans(predicted_tags)
        if collapse:
            gold_spans = {(s, e, base(t)) for s, e, t in gold_spans}
            predicted_spans = {(s, e, base(t)) for s, e, t in predicted_spans}
        for span in gold_spans | predicted_spans:
            tally = counts.setdefault(span[2], Counter())
            tally["tp" if span in gold_spans and span in predicted_spans else "fn" if span in gold_spans else "fp"] += 1
    labels = {label: prf_of(tally) for label, tally in sorted(counts.items())}
    return {"labels": labels, "micro": prf_of(sum(counts.values(), Counter()))}


def prf_of(tally: Counter) -> dict:
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}


def evaluate(limit: int | None = None, split: str = "heldout", model: str | None = None, **options) -> dict:
    """Tag the gold tokens of `split` with the shipped (or the given) model and score them.

    `split="dev"` (the CLI's name for the non-held-out half) means the tune slice.
    """
    from lagebild.nlp.entities import tagger_for

    split = "tune" if split == "dev" else split
    sentences = germeval.load(split)[:limit]
    tagger = tagger_for("de", model)
    started = time.perf_counter()
    predicted = [tagger.tag_words(s.words) for s in sentences]
    elapsed = time.perf_counter() - started
    gold = [s.tags for s in sentences]
    tokens = sum(len(s.words) for s in sentences)
    return {
        "split": split,
        "split_description": germeval.__doc__.strip().splitlines()[2:6],
        "sentences": len(sentences),
        "tokens": tokens,
        "tokens_per_second": tokens / elapsed if elapsed else 0.0,
        "four_labels": score(gold, predicted, collapse=True),
        "twelve_tags": score(gold, predicted, collapse=False),
    }


def table(figures: dict) -> list[str]:
    lines = [f"  {'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for label, row in [*figures["labels"].items(), ("micro", figures["micro"])]:
        lines.append(
            f"  {label:<10} {row['precision']*100:6.2f} {row['recall']*100:6.2f} {row['f1']*100:6.2f} {row['support']:8d}"
        )
    return lines


def format_report(result: dict) -> str:
    lines = [
        f"NER (GermEval 2014, outer level, exact spans) on split {result['split']!r}: "
        f"{result['sentences']} sentences, {result['tokens']} tokens",
        *("  " + line.strip() for line in result["split_description"]),
        "4 labels (deriv/part counted under the base label):",
        *table(result["four_labels"]),
        "12 GermEval tags:",
        *table(result["twelve_tags"]),
        f"tagging speed on gold tokens: {result['tokens_per_second']:,.0f} tokens/s",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print(format_report(evaluate(limit)))
