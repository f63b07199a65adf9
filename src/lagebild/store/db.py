"""The SQLite store: one file holding every article record and the cross-article results.

Each article is kept whole as JSON (so nothing a stage adds is lost) next to a few columns for
listing, and indexed in FTS5 for search. Articles are keyed by their content hash, so storing the
same text again updates it instead of adding a copy.
"""
from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from lagebild.errors import StoreError
from lagebild.model import Article, to_plain
from lagebild.store.codec import from_plain
from lagebild.store.migrations import migrate

MEMORY = ":memory:"
SEARCH_TERM = re.compile(r'[^\s"]+')


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    snippet: str
    """Matching words marked with « », cut to a few words around them."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: every word required, `*` kept
    as a prefix marker."""
    terms = []
    for term in SEARCH_TERM.findall(text):
        prefix = term.endswith("*")
        term = term.rstrip("*")
        if term:
            terms.append(f'"{term}"' + ("*" if prefix else ""))
    return " ".join(terms)


class Store:
    def __init__(self, path: str | Path = MEMORY) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = sqlite3.connect(self.path, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode = WAL")
            self.connection.execute("PRAGMA synchronous = NORMAL")
            migrate(self.connection)
        except sqlite3.DatabaseError as exc:
            raise StoreError(self.path, f"cannot open as a lagebild database: {exc}") from exc

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def __len__(self) -> int:
        return self.connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def __contains__(self, article_id: object) -> bool:
        row = self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return row.fetchone() is not None

    def upsert_article(self, article: Article) -> bool:
        """Store the article, replacing an earlier record of the same text; True if it is new."""
        title = article.title or article.source.given_title
        published = article.published.iso() if article.published else None
        record = json.dumps(to_plain(article), ensure_ascii=False)
        now = _now()
        with self._transaction() as db:
            new = db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone() is None
            db.execute(
                """INSERT INTO articles (id, title, outlet, language, published, path, url, record, added, updated)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet,
                     language = excluded.language, published = excluded.published, path = excluded.path,
                     url = excluded.url, record = excluded.record, updated = excluded.updated""",
                (article.id, title, article.source.outlet, article.language, published,
                 article.source.path, article.source.url, record, now, now),
            )
            db.execute("DELETE FROM articles_fts WHERE id = ?", (article.id,))
            db.execute(
                "INSERT INTO articles_fts (id, title, body) VALUES (?, ?, ?)",
                (article.id, title or "", article.body or article.raw),
            )
        return new

    def get(self, article_id: str) -> Article | None:
        row = self.connection.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return from_plain(Article, json.loads(row[0])) if row else None

    def ids_starting(self, prefix: str) -> list[str]:
        """Ids beginning with `prefix`, so people can type a short unambiguous id."""
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.connection.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id", (pattern,))
        return [row[0] for row in rows]

    def articles(self) -> Iterator[Article]:
        """Every article, oldest publication first, undated ones last."""
        rows = self.connection.execute(
            "SELECT record FROM articles ORDER BY published IS NULL, published, id"
        ).fetchall()
        for (record,) in rows:
            yield from_plain(Article, json.loads(record))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles whose title or body hold every word of `query`, best match first."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.connection.execute(
            """SELECT id, title, snippet(articles_fts, -1, '«', '»', '…', 12)
               FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
            (match, limit),
        )
        return [SearchHit(id, title or None, snippet) for id, title, snippet in rows]

    def put_collection(self, name: str, items: list[Any]) -> None:
        """Replace the cross-article result `name` (entities, timeline, …) with `items`."""
        payload = json.dumps(to_plain(items), ensure_ascii=False)
        with self._transaction() as db:
            db.execute(
                """INSERT INTO collections (name, items, updated) VALUES (?, ?, ?)
                   ON CONFLICT (name) DO UPDATE SET items = excluded.items, updated = excluded.updated""",
                (name, payload, _now()),
            )

    def get_collection(self, name: str) -> list[dict]:
        """The stored result `name` as plain dicts; empty when no linker has stored it."""
        row = self.connection.execute("SELECT items FROM collections WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else []

    def collection_names(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT name FROM collections ORDER BY name")]
