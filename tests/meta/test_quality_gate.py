"""A regression gate: date accuracy on the first dev pages of the htmldate set must not drop.

Run without the clean stage so that the gate measures the meta stage alone."""
import pytest

from lagebild.resources import shared_dir

FLOOR = 0.65
"""Measured 0.700 on these 40 pages when pinned; a drop below the floor is a regression."""


@pytest.mark.skipif(not (shared_dir() / "data" / "htmldate_eval").exists(), reason="../shared/data absent")
def test_date_accuracy_on_dev_pages_stays_above_floor():
    from lagebild.eval.dates import evaluate

    result = evaluate(limit=40, split="dev", sets=("htmldate",), clean=False)
    assert result["dates"]["htmldate/all"]["accuracy"] >= FLOOR
