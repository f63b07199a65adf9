"""GermEval 2014 sentences and the fixed train / tune / held-out split of them.

The official training file is not available, so the model learns from what is:
  train   = NER-de-dev.tsv (2,200 sentences) + the first 2,600 sentences of NER-de-test-open.tsv
  tune    = sentences 2,600–3,099 of NER-de-test-open.tsv (choosing c1/c2 only)
  heldout = the last 1,000 sentences of NER-de-test-open.tsv (never trained or tuned on)
The shipped model is trained on train + tune once the regularisation has been chosen.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import SharedDataMissing
from lagebild.resources import shared_dir

TUNE_START = 2600
HELDOUT_START = 3100
SPLITS = ("train", "tune", "heldout", "train+tune")


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]
    """Outer-level BIO tags with the 12 GermEval types, e.g. "B-LOCderiv"."""


def _folder() -> Path:
    folder = shared_dir() / "data" / "germeval2014_ner"
    if not folder.is_dir():
        raise SharedDataMissing(f"{folder}: GermEval 2014 data not found")
    return folder


def read(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t"):
            continue
        if not line.strip():
            if words:
                sentences.append(Sentence(words, tags))
                words, tags = [], []
            continue
        columns = line.split("\t")
        words.append(columns[1])
        tags.append(columns[2])
    if words:
        sentences.append(Sentence(words, tags))
    return sentences


def load(split: str) -> list[Sentence]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; known: {', '.join(SPLITS)}")
    folder = _folder()
    test = read(folder / "NER-de-test-open.tsv")
    if split == "heldout":
        return test[HELDOUT_START:]
    if split == "tune":
        return test[TUNE_START:HELDOUT_START]
    train = read(folder / "NER-de-dev.tsv") + test[:TUNE_START]
    if split == "train+tune":
        train += test[TUNE_START:HELDOUT_START]
    return train
