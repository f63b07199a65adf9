"""Linking: what the per-article annotations refer to, within an article and across articles."""
