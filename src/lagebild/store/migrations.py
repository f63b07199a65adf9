"""The database schema as an ordered list of migrations, each applied once in a transaction.

Append new migrations at the end; never edit one that has shipped, because existing databases
have already run it.
"""
from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT,
            outlet TEXT,
            language TEXT,
            published TEXT,
            path TEXT,
            url TEXT,
            record TEXT NOT NULL,
            added TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX articles_published ON articles (published)",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
        )""",
    ),
    (
        """CREATE TABLE collections (
            name TEXT PRIMARY KEY,
            items TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
    ),
)
"""Version N of the schema is the state after the first N migrations."""


def schema_version(connection: sqlite3.Connection) -> int:
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(connection: sqlite3.Connection, migrations=MIGRATIONS) -> int:
    """Bring the schema up to date; returns the version reached. Needs an autocommit connection."""
    version = schema_version(connection)
    for number, statements in enumerate(migrations[version:], version + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                connection.execute(statement)
            connection.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        except sqlite3.Error:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        version = number
    return version
