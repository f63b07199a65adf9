"""Publication dates and titles of rendered HTML pages, scored against the htmldate/trafilatura gold.

Each page goes through ingest's mojibake repair, the clean stage (when it is installed) and the
meta stage exactly as a scraped page would: the system sees the page dump and its URL, nothing else
(`url=False`: the dump alone, as a bare `.txt` dump file arrives, whose URL slug and date folders
are unknown). Date scoring follows
the htmldate benchmark: the exact day is a hit (TP), another date a false positive, no date a
false negative; accuracy = TP / (TP + FP + FN).
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache
from importlib import import_module

from lagebild.errors import EmptyInput, LagebildError
from lagebild.eval.pages import SETS as SETS_FILES
from lagebild.eval.pages import pages
from lagebild.ingest.decode import repair
from lagebild.meta import extract_meta
from lagebild.model import Article, Source
from lagebild.resources import shared_dir
from lagebild.settings import Settings

SETS = ("htmldate", "trafilatura")
LENIENT_RATIO = 0.9


def _cleaner():
    """The clean stage if it is installed; meta must also work on raw lines when it is not."""
    try:
        return import_module("lagebild.clean").clean_article
    except (ImportError, AttributeError):
        return None


def _language_group(language: str) -> str:
    return language if language in ("de", "en") else "other"


def run_page(page, settings: Settings, cleaner, url: bool = True) -> Article:
    """The page as the pipeline reads a dump file: ingest repairs its mojibake before clean (an
    empty dump, which ingest rejects, stays empty and yields nothing)."""
    try:
        raw = repair(page.dump, page.file)
    except EmptyInput:
        raw = page.dump
    article = Article(id=page.file, source=Source(url=page.url if url else None), raw=raw)
    if cleaner is not None:
        article = cleaner(article, settings)
    else:
        from lagebild.clean.language import detect

        article.language = detect(page.dump)
    return extract_meta(article, settings)


def _normalise_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"'“”„‚‘’«»]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .:-–—|")


def _title_matches(predicted: str | None, gold: str) -> tuple[bool, bool]:
    if not predicted:
        return False, False
    a, b = _normalise_title(predicted), _normalise_title(gold)
    exact = a == b
    lenient = exact or (min(len(a), len(b)) >= 10 and (a in b or b in a)) or SequenceMatcher(None, a, b).ratio() >= LENIENT_RATIO
    return exact, lenient


@cache
def _gold_authors() -> dict[str, str]:
    """The trafilatura set's author field per URL (`EvalPage` does not carry it)."""
    index = shared_dir() / "data" / SETS_FILES["trafilatura"]
    gold = json.loads(index.read_text(encoding="utf-8"))
    found = {}
    for url, item in gold.items():
        author = item.get("author")
        if isinstance(author, list):
            author = "; ".join(author)
        if isinstance(author, str) and author.strip():
            found[url] = author
    return found


def _within(part: str, whole: str) -> bool:
    """`part` occurs in `whole` as whole words: "Ela" is not inside "Michaela Vais"."""
    return bool(part) and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def _name_matches(name: str, gold: str) -> bool:
    """A predicted name is (part of) the normalised gold author field, or the field part of it."""
    name = _normalise_title(name)
    return _within(name, gold) or _within(gold, name)


def _author_outcome(predicted: list[str], gold: str) -> int:
    """0 = a predicted name is (part of) the gold author field, 1 = only other names, 2 = none."""
    if not predicted:
        return 2
    gold = _normalise_title(gold)
    return 0 if any(_name_matches(name, gold) for name in predicted) else 1


def _scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fp + fn
    return {"n": total, "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall,
            "accuracy": tp / total if total else 0.0, "f1": f1}


def evaluate(limit: int | None = None, split: str = "heldout", sets: tuple[str, ...] = SETS,
             errors: bool = False, clean: bool = True, url: bool = True) -> dict:
    """Date figures per set and language group, and title figures on the trafilatura set.

    `clean=False` measures the meta stage alone on raw lines, as when the cleaner is missing."""
    settings = Settings()
    cleaner = _cleaner() if clean else None
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    titles = {"n": 0, "exact": 0, "lenient": 0}
    authors = [0, 0, 0]
    names = [0, 0]
    unattributed = [0, 0]
    mistakes = []
    for name in sets:
        for page in pages(name, split=split, limit=limit):
            if not page.date and not (name == "trafilatura" and page.title):
                continue
            article = run_page(page, settings, cleaner, url)
            if page.date:
                group = _language_group(page.language)
                predicted = article.published.value.isoformat()[:10] if article.published else None
                outcome = 0 if predicted == page.date else (2 if predicted is None else 1)
                for key in ((name, group), (name, "all")):
                    counts[key][outcome] += 1
                if outcome and errors:
                    mistakes.append((name, page.url, page.date, predicted,
                                     article.published.provenance if article.published else None,
                                     article.published.evidence if article.published else None))
            gold_author = _gold_authors().get(page.url) if name == "trafilatura" else None
            if gold_author:
                authors[_author_outcome(article.authors, gold_author)] += 1
                names[0] += sum(_name_matches(name, _normalise_title(gold_author)) for name in article.authors)
                names[1] += len(article.authors)
            elif name == "trafilatura":
                unattributed[0] += 1
                unattributed[1] += bool(article.authors)
            if name == "trafilatura" and page.title:
                exact, lenient = _title_matches(article.title, page.title)
                titles["n"] += 1
                titles["exact"] += exact
                titles["lenient"] += lenient
                if errors and not lenient:
                    mistakes.append(("title", page.url, page.title, article.title, None, None))
    result = {"split": split, "cleaner": cleaner is not None, "url": url,
              "dates": {f"{s}/{g}": _scores(*c) for (s, g), c in sorted(counts.items())},
              "titles": {**titles, "exact_accuracy": titles["exact"] / titles["n"] if titles["n"] else 0.0,
                         "lenient_accuracy": titles["lenient"] / titles["n"] if titles["n"] else 0.0},
              "authors": _scores(*authors),
              "author_names": {"predicted": names[1], "matching": names[0],
                               "precision": names[0] / names[1] if names[1] else 0.0},
              "authors_without_gold": {"pages": unattributed[0], "named": unattributed[1]}}
    if errors:
        result["mistakes"] = mistakes
    return result


def format_report(result: dict) -> str:
    lines = [f"Publication dates, split={result['split']} (clean stage {'on' if result['cleaner'] else 'absent'}, "
             f"{'URL given' if result.get('url', True) else 'no URL: bare dumps'})",
             f"{'set/language':24} {'n':>5} {'P':>6} {'R':>6} {'Acc':>6} {'F1':>6}"]
    for key, s in result["dates"].items():
        lines.append(f"{key:24} {s['n']:5d} {s['precision']:6.3f} {s['recall']:6.3f} {s['accuracy']:6.3f} {s['f1']:6.3f}")
    t = result["titles"]
    lines.append(f"Titles (trafilatura, n={t['n']}): exact {t['exact_accuracy']:.3f}, "
                 f"lenient (containment or ratio >= {LENIENT_RATIO}) {t['lenient_accuracy']:.3f}")
    a = result["authors"]
    lines.append(f"Authors (trafilatura, n={a['n']} with a gold author; a name inside the gold field counts): "
                 f"P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}")
    n = result["author_names"]
    lines.append(f"Author names on those pages: {n['predicted']} predicted, precision per name {n['precision']:.3f}")
    u = result["authors_without_gold"]
    lines.append(f"Pages with no gold author field that get an author anyway: {u['named']} of {u['pages']} "
                 "(the field is empty where the page names nobody, but also where the annotator left it out)")
    for mistake in result.get("mistakes", []):
        lines.append("  " + " | ".join(str(m) for m in mistake))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout", choices=("dev", "heldout"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", action="store_true", help="list every wrong date and title")
    parser.add_argument("--no-clean", action="store_true", help="skip the clean stage (meta on raw lines)")
    parser.add_argument("--no-url", action="store_true", help="withhold the page URL (a bare .txt dump)")
    args = parser.parse_args()
    try:
        print(format_report(evaluate(limit=args.limit, split=args.split, errors=args.errors,
                                     clean=not args.no_clean, url=not args.no_url)))
    except LagebildError as exc:
        raise SystemExit(str(exc)) from exc


if __name__ == "__main__":
    main()
