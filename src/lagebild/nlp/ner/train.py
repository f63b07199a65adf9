"""Training the entity CRF: choose c1/c2 on the tune slice, then fit train + tune and save.

The held-out slice (see `germeval`) serves only the final report, never a choice. The L1
term keeps the model small (3 MB); keeping features seen once (`feature.minfreq` 1) scored
1.5 F1 above pruning them on the tune slice, since rare names are what the model must learn.
`possible_transitions` gives every label pair a weight, so the CRF learns that "O" → "I-PER"
is wrong although it never occurs. Stopping L-BFGS at 150 iterations scored better on the
tune slice than 250. Tried there and left out: context trigger word lists (-0.9 F1),
marginal-based recall decoding (no gain at any threshold), averaged perceptron (-0.4); and,
judged on the tune slice and on the last 500 training sentences (a model fitted without them),
since one 500-sentence slice moves by a point on noise: a second CRF stacked on 5-fold
stage-1 labels (-0.1, and it would halve tagging speed), organisation head nouns and legal
forms (-0.1), more neighbour features (-1.9 on tune), c1 0.25 or c2 0.2 (-1.3, -0.1),
100 iterations (-0.2), English function words (-1.0), runs of capitalised words (-0.2), the
lexicon verdict of a hyphenated word's first part (-0.8), training copies with names swapped
for other training names of the same type (-0.3). Third round, data from PyPI packages, as
tune / last 500: kept first names of 54 countries (`gazetteer.given_names`, +0.2 / +2.0),
then ISO region and country names as a feature of their own (`gazetteer.regions`, +0.4 /
+0.2); dropped GeoNames cities of 15,000+ with all their alternate names, ISO regions and
German ISO country names merged into the place names (-0.5 / +0.1), adjectives and
inhabitants derived from place names by suffix rules ("syrisch", "Münchner": -0.1 / +0.4),
names of stock-index companies (+0.1 / -0.5), the German word frequency (wordfreq) of a
capitalised word in five bands (-2.2 / +1.6) or as one mark for common words (-1.3 / +0.5).
"""
from __future__ import annotations

import time
from pathlib import Path

import pycrfsuite

from lagebild.eval.ner import score
from lagebild.nlp.entities import EntityTagger, MODEL_NAME
from lagebild.nlp.ner import features, gazetteer, germeval
from lagebild.nlp.ner.features import sentence_features
from lagebild.resources import data_path, word_list

GRID = ((0.1, 0.05), (0.1, 0.1), (0.15, 0.03))
MAX_ITERATIONS = 150
MINFREQ = 1


def default_output() -> Path:
    return data_path().parent / "models" / MODEL_NAME


def write_lowercase_words(sentences: list[germeval.Sentence]) -> Path:
    """Lists the words the training text writes in lower case (not sentence-initially), for
    the `lc=seen` feature, and drops the caches that hold the old list."""
    seen = sorted({word for s in sentences for word in s.words[1:] if word[:1].islower()})
    path = data_path("de", "ner_lowercase_words.txt")
    header = "# Words written in lower case inside GermEval 2014 sentences (CC BY 4.0); from lagebild.nlp.ner.train.\n"
    path.write_text(header + "\n".join(seen) + "\n", encoding="utf-8")
    word_list.cache_clear()
    for lists in (gazetteer.lowercase_words, gazetteer.given_names, gazetteer.person_names):
        lists.cache_clear()
    features._views.cache_clear()
    return path


def fit(sentences: list[germeval.Sentence], output: Path, c1: float, c2: float,
        max_iterations: int = MAX_ITERATIONS, minfreq: int = MINFREQ) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), sentence.tags)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": minfreq,
    })
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))


def micro_f1(model: Path, sentences: list[germeval.Sentence]) -> float:
    tagger = EntityTagger(model)
    predicted = [tagger.tag_words(s.words) for s in sentences]
    return score([s.tags for s in sentences], predicted, collapse=True)["micro"]["f1"]


def train(output: Path | None = None, grid: tuple[tuple[float, float], ...] = GRID,
          max_iterations: int = MAX_ITERATIONS, log=print) -> dict:
    """Tune, fit the final model and write it; returns the chosen parameters and tune figures."""
    output = output or default_output()
    train_set, tune_set = germeval.load("train"), germeval.load("tune")
    log(f"train {len(train_set)} sentences, tune {len(tune_set)}, held-out untouched")
    log(f"lower-case word list -> {write_lowercase_words(germeval.load('train+tune'))}")
    results = []
    for c1, c2 in grid:
        started = time.perf_counter()
        trial = output.with_suffix(".trial")
        fit(train_set, trial, c1, c2, max_iterations)
        f1 = micro_f1(trial, tune_set)
        trial.unlink()
        results.append((f1, c1, c2))
        log(f"c1={c1} c2={c2}: tune micro F1 {f1*100:.2f} ({time.perf_counter() - started:.0f} s)")
    best_f1, c1, c2 = max(results)
    started = time.perf_counter()
    fit(germeval.load("train+tune"), output, c1, c2, max_iterations)
    log(f"final model c1={c1} c2={c2} on train+tune -> {output} "
        f"({output.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f} s)")
    return {"c1": c1, "c2": c2, "tune_f1": best_f1, "grid": results, "model": str(output)}


def train_and_report(quick: bool = False, log=print) -> dict:
    """The whole recipe behind `lagebild train ner`: tuning, final fit, held-out report.

    `quick` skips the c1/c2 search and uses the first grid point (for a fast check).
    """
    from lagebild.eval.ner import evaluate, format_report

    chosen = train(grid=GRID[:1] if quick else GRID, log=log)
    log(format_report(evaluate(split="heldout", model=chosen["model"])))
    return chosen
