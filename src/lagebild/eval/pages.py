"""The open HTML evaluation sets, rendered to page dumps the way the hidden test pages are.

Rendering goes through `../shared/tools/render_dump.py` itself (not a copy), and the dumps are
cached under `~/.cache/lagebild/dumps` because rendering 1,400 pages takes a minute.
Every page is assigned to the `dev` or `heldout` half by a hash of its URL, so figures reported as
held-out come from pages no rule was tuned on.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterator

from lagebild.errors import SharedDataMissing
from lagebild.resources import shared_dir

SETS = {"trafilatura": "trafilatura_eval/evaldata.json", "htmldate": "htmldate_eval/eval_default.json"}


@dataclass
class EvalPage:
    url: str
    file: str
    dump: str
    split: str
    language: str
    date: str | None = None
    title: str | None = None
    with_segments: list[str] = field(default_factory=list)
    without_segments: list[str] = field(default_factory=list)


def split_of(url: str) -> str:
    return "heldout" if hashlib.sha1(url.encode()).digest()[0] % 2 else "dev"


@cache
def _renderer():
    path = shared_dir() / "tools" / "render_dump.py"
    if not path.exists():
        raise SharedDataMissing(f"{path}: render_dump.py not found; is ../shared beside the checkout?")
    spec = importlib.util.spec_from_file_location("render_dump", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cache_dir(name: str) -> Path:
    root = Path(os.environ.get("LAGEBILD_CACHE", Path.home() / ".cache" / "lagebild"))
    path = root / "dumps" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def render(name: str, html_file: Path) -> str:
    """The page dump of one HTML file, from the cache when it has been rendered before."""
    cached = _cache_dir(name) / (html_file.name + ".txt")
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    module = _renderer()
    text = module.render(module.read_html(html_file))
    cached.write_text(text, encoding="utf-8")
    return text


def dump_of(name: str, file: str) -> str:
    """The page dump of one page of a set, by its file name in the set's index."""
    html_file = shared_dir() / "data" / SETS[name].split("/")[0] / "html" / (file + ".gz")
    if not html_file.exists():
        raise SharedDataMissing(f"{html_file}: evaluation page not found")
    return render(name, html_file)


def _language(page_text: str) -> str:
    from lagebild.clean.language import detect

    return detect(page_text)


def pages(name: str, split: str | None = None, limit: int | None = None) -> Iterator[EvalPage]:
    """Pages of one set (`trafilatura` or `htmldate`), optionally only one split, in a stable order."""
    index = shared_dir() / "data" / SETS[name]
    if not index.exists():
        raise SharedDataMissing(f"{index}: evaluation set not found")
    folder = index.parent / "html"
    gold = json.loads(index.read_text(encoding="utf-8"))
    count = 0
    for url, item in sorted(gold.items()):
        html_file = folder / (item["file"] + ".gz")
        if not html_file.exists():
            continue
        page_split = split_of(url)
        if split and page_split != split:
            continue
        dump = render(name, html_file)
        segments = " ".join(item.get("with", [])) or dump
        date = item.get("date")
        yield EvalPage(
            url=url, file=item["file"], dump=dump, split=page_split, language=_language(segments),
            date=date if isinstance(date, str) else None, title=item.get("title"),
            with_segments=item.get("with", []), without_segments=item.get("without", []),
        )
        count += 1
        if limit and count >= limit:
            return
