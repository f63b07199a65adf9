"""Evaluation commands: each module scores one stage on gold data from ../shared/data."""
