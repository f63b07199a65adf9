"""Quality gate: body F1 on the first 40 held-out trafilatura pages must not fall below its floor."""
from __future__ import annotations

import pytest

from lagebild.errors import SharedDataMissing
from lagebild.eval.clean import evaluate

F1_FLOOR = 0.80
"""Measured 0.823 (raw dump baseline 0.688) when the floor was pinned."""


def test_clean_quality_gate():
    try:
        result = evaluate(limit=40, split="heldout")
    except SharedDataMissing as exc:
        pytest.skip(str(exc))
    system, baseline = result["system"]["all"], result["baseline"]["all"]
    assert system["pages"] == 40
    assert system["f1"] >= F1_FLOOR
    assert system["f1"] > baseline["f1"]
