"""Persistence: articles and cross-article results in one SQLite file."""
from lagebild.store.codec import from_plain
from lagebild.store.db import SearchHit, Store

__all__ = ["SearchHit", "Store", "from_plain"]
