"""The learned line model: which lines of a dump are article text (trained by train/train_lines.py)."""
from __future__ import annotations

from lagebild.clean.features import Line


def content_by_model(lines: list[Line], lang: str) -> list[bool] | None:
    """None while no model is shipped, so the caller falls back to the prose-region rules."""
    return None
