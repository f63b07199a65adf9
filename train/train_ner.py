"""Train lagebild's German entity model: `.venv/bin/python train/train_ner.py [--quick]`.

Chooses c1/c2 on the tune slice, fits
train + tune, writes `src/lagebild/models/ner-de.crfsuite` (and the lower-case word list
`src/lagebild/data/de/ner_lowercase_words.txt` its features read) and prints the held-out figures.
Same as `lagebild train ner`.
"""
from __future__ import annotations

import sys

from lagebild.nlp.ner.train import train_and_report

if __name__ == "__main__":
    train_and_report(quick="--quick" in sys.argv[1:])
