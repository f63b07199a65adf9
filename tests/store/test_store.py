import sqlite3
from datetime import date, datetime

import pytest

from lagebild.errors import StoreError
from lagebild.model import Article, DateValue, Entity, Source
from lagebild.store import Store
from lagebild.store.migrations import MIGRATIONS, migrate, schema_version


def article(body: str, title: str = "Titel", published: date | None = None) -> Article:
    from lagebild.ingest import content_id

    return Article(
        id=content_id(body), source=Source(path=f"{title}.txt", outlet="kreisblatt.example"), raw=body,
        body=body, title=title,
        published=DateValue(published, "explicit", 0.9) if published else None,
    )


@pytest.fixture
def store():
    with Store() as db:
        yield db


def test_upsert_is_idempotent_and_updates_the_record(store):
    first = article("Die Brücke ist gesperrt.")
    assert store.upsert_article(first) is True
    first.title = "Neuer Titel"
    assert store.upsert_article(first) is False
    assert len(store) == 1
    assert store.get(first.id).title == "Neuer Titel"
    assert len(store.search("Titel")) == 1


def test_get_rebuilds_the_article_and_unknown_id_is_none(store):
    stored = article("Text mit Datum.", published=datetime(2024, 5, 2, 9, 30))
    store.upsert_article(stored)
    assert store.get(stored.id) == stored
    assert store.get("0" * 16) is None


def test_fts_search_finds_a_word_in_title_or_body(store):
    store.upsert_article(article("Die Feuerwehr löschte den Brand in der Lagerhalle.", "Großbrand"))
    store.upsert_article(article("Der Stadtrat tagte bis in die Nacht.", "Sitzung"))
    assert [hit.title for hit in store.search("Lagerhalle")] == ["Großbrand"]
    assert [hit.title for hit in store.search("sitzung")] == ["Sitzung"]
    assert "«Lagerhalle»" in store.search("Lagerhalle")[0].snippet
    assert [hit.title for hit in store.search("Lager*")] == ["Großbrand"]
    assert store.search("Brücke") == []


def test_search_never_fails_on_query_syntax(store):
    store.upsert_article(article("Ein Satz mit AND und OR darin."))
    for query in ['"', "AND", "NEAR(", "a OR", "*", "-x", "col:wert"]:
        store.search(query)


def test_articles_come_oldest_first_undated_last(store):
    store.upsert_article(article("ohne Datum"))
    store.upsert_article(article("später", published=date(2024, 3, 2)))
    store.upsert_article(article("früher", published=date(2024, 3, 1)))
    assert [a.body for a in store.articles()] == ["früher", "später", "ohne Datum"]


def test_collection_round_trip(store):
    entities = [Entity("e1", "Ilse Fenwick", "PER", aliases=["Fenwick"], mentions=3)]
    store.put_collection("entities", entities)
    assert store.get_collection("entities") == [
        {"id": "e1", "name": "Ilse Fenwick", "label": "PER", "aliases": ["Fenwick"], "attributes": {}, "mentions": 3}
    ]
    store.put_collection("entities", [])
    assert store.get_collection("entities") == []
    assert store.get_collection("timeline") == []
    assert store.collection_names() == ["entities"]


def test_migrations_run_from_empty_and_only_once(tmp_path):
    path = tmp_path / "db.sqlite"
    with Store(path) as db:
        db.upsert_article(article("bleibt erhalten"))
    with Store(path) as db:
        assert len(db) == 1
        assert schema_version(db.connection) == len(MIGRATIONS)


def test_older_database_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, MIGRATIONS[:1]) == 1
    connection.close()
    with Store(path) as db:
        db.put_collection("timeline", [{"value": "2024-03"}])
        assert db.get_collection("timeline") == [{"value": "2024-03"}]


def test_failed_migration_leaves_no_trace():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    broken = MIGRATIONS[:1] + (("CREATE TABLE fine (x)", "NOT SQL"),)
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, broken)
    assert schema_version(connection) == 1
    assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'fine'").fetchone() is None


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database " * 100)
    with pytest.raises(StoreError, match="notes.sqlite"):
        Store(path)


def test_short_id_prefix_lookup(store):
    stored = article("eindeutig")
    store.upsert_article(stored)
    assert store.ids_starting(stored.id[:4]) == [stored.id]
    assert store.ids_starting("%") == []
