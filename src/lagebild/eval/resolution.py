"""Entity resolution against `eval/data/resolution_gold.jsonl`, scored with B-cubed.

The gold file holds only references (document, offsets, label, gold entity key); the texts are
read from `../shared` (Wikinews quotation corpus, seeds), whose licence forbids shipping them.
Gold mentions (offsets and labels) are fed to the resolver within each document and then across
all documents of a split, and the resulting mention clustering is compared with the gold one.
Documents are split into `dev` and `heldout` halves by a hash of their id: rules were tuned on
dev only. Exact-string clustering is the baseline. When the NER tagger is installed, an
end-to-end figure uses its mentions: a gold mention no predicted mention matches exactly counts
as a singleton.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from lagebild.errors import ConfigError, ModelMissing, SharedDataMissing
from lagebild.eval.ner import prf_of
from lagebild.link.entities import resolve_across, resolve_mentions
from lagebild.model import Article, Mention, Source
from lagebild.resources import shared_dir
from lagebild.settings import Settings

GOLD = Path(__file__).resolve().parents[3] / "eval" / "data" / "resolution_gold.jsonl"
WIKINEWS_SPLITS = ("train", "dev", "test")
GOLD_LABELS = ("PER", "LOC", "ORG")
LANG = "de"


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    label: str
    cluster: str
    descriptor: bool = False


def split_of(doc: str) -> str:
    return "heldout" if hashlib.sha1(doc.encode()).digest()[0] % 2 else "dev"


def load_gold(path: Path = GOLD) -> list[GoldMention]:
    if not path.exists():
        raise ConfigError(f"{path}: gold file not found (it lives in eval/data of the repository)")
    return [GoldMention(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]


def text_of(doc: str) -> str:
    kind, _, name = doc.partition(":")
    if kind == "seed":
        path = shared_dir() / "seeds" / name
        if path.exists():
            return path.read_text(encoding="utf-8")
    else:
        for split in WIKINEWS_SPLITS:
            path = shared_dir() / "data" / "quotes_wikinews_de" / split / f"{name}.json"
            if path.exists():
                return json.loads(path.read_text(encoding="utf-8"))["originalText"]
    raise SharedDataMissing(f"{shared_dir()}: text of {doc} not found; is ../shared beside the checkout?")


def b_cubed(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 of two clusterings of the same mentions (parallel lists)."""
    gold_members: dict[str, set[int]] = defaultdict(set)
    predicted_members: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted)):
        gold_members[g].add(i)
        predicted_members[p].add(i)
    precision = recall = 0.0
    for g, p in zip(gold, predicted):
        shared = len(gold_members[g] & predicted_members[p])
        precision += shared / len(predicted_members[p])
        recall += shared / len(gold_members[g])
    n = len(gold) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _articles(docs: dict[str, list[Mention]], texts: dict[str, str]) -> list[Article]:
    return [Article(id=doc, source=Source(path=doc), raw=texts[doc], body=texts[doc], language=LANG,
                    entities=mentions) for doc, mentions in docs.items()]


def _resolve_gold(gold: list[GoldMention], texts: dict[str, str], across: bool) -> list[str]:
    mentions = {g: Mention(g.start, g.end, texts[g.doc][g.start:g.end], g.label) for g in gold}
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(mentions[g])
    for doc, doc_mentions in by_doc.items():
        resolve_mentions(texts[doc], doc_mentions, LANG, doc)
    if across:
        resolve_across(_articles(by_doc, texts), Settings(language=LANG))
    return [mentions[g].entity_id or f"single:{g.doc}:{g.start}" for g in gold]


def _descriptors(gold: list[GoldMention], texts: dict[str, str]) -> dict[str, float]:
    """Role phrases the resolver finds by itself (given only the gold names), against the gold
    descriptors: a hit has the gold span and joins a mention of the gold person."""
    names = [g for g in gold if not g.descriptor]
    wanted = {(g.doc, g.start, g.end): g.cluster for g in gold if g.descriptor}
    found = correct = 0
    for doc in {g.doc for g in gold}:
        mentions = {g: Mention(g.start, g.end, texts[doc][g.start:g.end], g.label) for g in names if g.doc == doc}
        given = list(mentions.values())
        resolve_mentions(texts[doc], given, LANG, doc)
        cluster_of = {m.entity_id: g.cluster for g, m in mentions.items()}
        for m in given:
            if "descriptor" in m.attributes:
                found += 1
                correct += wanted.get((doc, m.start, m.end)) == cluster_of.get(m.entity_id)
    precision = correct / found if found else 0.0
    recall = correct / len(wanted) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "found": found, "gold": len(wanted)}


def _end_to_end(gold: list[GoldMention], texts: dict[str, str]) -> dict | None:
    try:
        tagger = import_module("lagebild.nlp.entities")
        splitter = import_module("lagebild.nlp.sentences")
    except ImportError:
        return None
    if not hasattr(tagger, "tag"):
        return None
    by_doc: dict[str, list[Mention]] = {}
    for doc in sorted({g.doc for g in gold}):
        sentences, tokens = splitter.split(texts[doc], LANG)
        try:
            by_doc[doc] = tagger.tag(texts[doc], sentences, tokens, LANG)
        except ModelMissing:
            return None
        resolve_mentions(texts[doc], by_doc[doc], LANG, doc)
    resolve_across(_articles(by_doc, texts), Settings(language=LANG))
    spans = {(doc, m.start, m.end): m.entity_id for doc, ms in by_doc.items() for m in ms}
    predicted = [spans.get((g.doc, g.start, g.end)) or f"single:{g.doc}:{g.start}" for g in gold]
    matched = [i for i, g in enumerate(gold) if (g.doc, g.start, g.end) in spans]
    on_matched = b_cubed([gold[i].cluster for i in matched], [predicted[i] for i in matched])
    return {**b_cubed([g.cluster for g in gold], predicted), "span_matched": len(matched) / len(gold),
            "matched_only": on_matched, "names": _name_scores(gold, by_doc)}


def _name_scores(gold: list[GoldMention], by_doc: dict[str, list[Mention]]) -> dict[str, float]:
    """The tagger's names scored as NER on news text: exact span and label, over the labels the
    gold has (PER, LOC, ORG; every such name in a gold text is labelled); descriptors, derived
    forms and compound parts are not names there."""
    expected = {(g.doc, g.start, g.end, g.label) for g in gold if not g.descriptor}
    found = {(doc, m.start, m.end, m.label) for doc, mentions in by_doc.items() for m in mentions
             if m.label in GOLD_LABELS and not (m.deriv or m.part or m.attributes.get("descriptor"))}
    hits = len(expected & found)
    return prf_of(Counter(tp=hits, fp=len(found) - hits, fn=len(expected) - hits))


def _score(gold: list[GoldMention], texts: dict[str, str], end_to_end: bool) -> dict:
    clusters = [g.cluster for g in gold]
    resolved = _resolve_gold(gold, texts, across=True)
    result = {
        "docs": len({g.doc for g in gold}),
        "mentions": len(gold),
        "gold_entities": len(set(clusters)),
        "resolved": b_cubed(clusters, resolved),
        "within_documents_only": b_cubed(clusters, _resolve_gold(gold, texts, across=False)),
        "exact_string_baseline": b_cubed(clusters, [texts[g.doc][g.start:g.end] for g in gold]),
        "descriptors_found": _descriptors(gold, texts),
        "by_label": {},
    }
    for label in sorted({g.label for g in gold}):
        picked = [i for i, g in enumerate(gold) if g.label == label]
        result["by_label"][label] = b_cubed([clusters[i] for i in picked], [resolved[i] for i in picked])
    if end_to_end:
        result["end_to_end"] = _end_to_end(gold, texts)
    return result


def evaluate(limit: int | None = None, split: str | None = None, end_to_end: bool = True) -> dict:
    """B-cubed figures for all gold documents and for the dev and held-out halves (or only
    `split`); `limit` keeps the first N documents (in gold-file order) for a quick check."""
    gold = load_gold()
    docs = set(list(dict.fromkeys(g.doc for g in gold))[:limit])
    gold = [g for g in gold if g.doc in docs]
    texts = {doc: text_of(doc) for doc in docs}
    result = {} if split else {"all": _score(gold, texts, end_to_end)}
    for half in (split,) if split else ("dev", "heldout"):
        part = [g for g in gold if split_of(g.doc) == half]
        if part:
            result[half] = _score(part, texts, end_to_end)
    return result


def _line(name: str, scores: dict | None) -> str:
    if scores is None:
        return f"  {name:<24} (not available: no NER tagger or model)"
    extra = f"  span match {scores['span_matched']:.3f}" if "span_matched" in scores else ""
    return f"  {name:<24} P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}{extra}"


def format_report(result: dict) -> str:
    lines = ["Entity resolution, B-cubed over gold mentions (eval/data/resolution_gold.jsonl)"]
    for split, scores in result.items():
        lines.append(f"{split}: {scores['docs']} docs, {scores['mentions']} mentions, "
                     f"{scores['gold_entities']} gold entities")
        lines.append(_line("resolved", scores["resolved"]))
        lines.append(_line("within documents only", scores["within_documents_only"]))
        lines.append(_line("exact-string baseline", scores["exact_string_baseline"]))
        found = scores["descriptors_found"]
        lines.append(_line("descriptors found", found) + f"  ({found['found']} found, {found['gold']} gold)")
        for label, by_label in scores["by_label"].items():
            lines.append(_line(f"resolved, {label}", by_label))
        if "end_to_end" in scores:
            end_to_end = scores["end_to_end"]
            lines.append(_line("end to end (NER)", end_to_end))
            if end_to_end:
                lines.append(_line("  on NER-matched spans", end_to_end["matched_only"]))
                lines.append(_line("NER names (PER/LOC/ORG)", end_to_end["names"]))
    return "\n".join(lines)


def errors(split: str | None = None) -> list[str]:
    """Gold entities split or merged by the resolver, for reading while tuning on dev."""
    gold = [g for g in load_gold() if split is None or split_of(g.doc) == split]
    texts = {doc: text_of(doc) for doc in {g.doc for g in gold}}
    resolved = _resolve_gold(gold, texts, across=True)
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_pred: dict[str, Counter] = defaultdict(Counter)
    for g, p in zip(gold, resolved):
        by_gold[g.cluster][p] += 1
        by_pred[p][g.cluster] += 1
    report = [f"split {c}: {dict(v)}" for c, v in by_gold.items() if len(v) > 1]
    report += [f"merged {p}: {dict(v)}" for p, v in by_pred.items() if len(v) > 1]
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--split", choices=("dev", "heldout"))
    parser.add_argument("--no-end-to-end", action="store_true")
    parser.add_argument("--errors", choices=("dev", "heldout", "all"))
    args = parser.parse_args()
    if args.errors:
        print("\n".join(errors(None if args.errors == "all" else args.errors)))
    else:
        print(format_report(evaluate(args.limit, args.split, end_to_end=not args.no_end_to_end)))
