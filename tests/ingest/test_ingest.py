import gzip
import io
import json
import os
from pathlib import Path

import pytest

from lagebild.errors import (
    BinaryInput, CorruptInput, EmptyInput, InputError, MalformedRecord, NoTextInput, TooLarge,
    UnreadableInput,
)
from lagebild.ingest import content_id, ingest
from lagebild.model import Article
from lagebild.settings import Settings
from lagebild.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
GOOD_TEXT = "Der Stadtrat hat am Montag den neuen Radweg beschlossen.\n\nDie Arbeiten beginnen im Mai.\n"


def split(paths, settings=None):
    results = list(ingest(paths, settings or Settings()))
    return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, InputError)])


def folder_with(tmp_path: Path, name: str, content: bytes) -> Path:
    """A folder holding one good page dump and the file under test, to show the batch goes on."""
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("empty.txt", b"", EmptyInput, "empty"),
        ("blank.txt", b"  \n\n \t\n", EmptyInput, "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInput, "NUL"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"abc", BinaryInput, "control"),
        ("cut.txt.gz", gzip.compress(GOOD_TEXT.encode() * 50)[:60], CorruptInput, "truncated"),
        ("empty.html", b"<html><body><script>var x = 1;</script><nav></nav></body></html>", NoTextInput, "no extractable text"),
    ],
)
def test_bad_input_gives_one_error_naming_file_and_reason(tmp_path, name, content, error, reason):
    articles, errors = split([folder_with(tmp_path, name, content)])
    assert [type(e) for e in errors] == [error]
    assert errors[0].path == str(tmp_path / name)
    assert reason in errors[0].reason
    assert [a.source.path for a in articles] == [str(tmp_path / "good.txt")]


def test_file_over_max_bytes_is_skipped(tmp_path):
    (tmp_path / "long.txt").write_text("Wort " * 200, encoding="utf-8")
    articles, errors = split([folder_with(tmp_path, "x.txt", b"kurz und gut")], Settings(max_bytes=500))
    assert len(articles) == 2
    assert [type(e) for e in errors] == [TooLarge]
    assert errors[0].path.endswith("long.txt")


def test_gzip_limit_applies_to_decompressed_size(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a " * 10_000))
    assert path.stat().st_size < 500
    _, errors = split([path], Settings(max_bytes=500))
    assert [type(e) for e in errors] == [TooLarge]


def test_utf16_with_and_without_bom_and_cp1252_decode(tmp_path):
    text = "„Grüße aus Köln“, sagte sie – 3 °C."
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    articles, errors = split([tmp_path])
    assert not errors
    assert [a.raw for a in articles] == [text, text, text]


def test_mojibake_is_repaired_but_curly_quotes_are_kept(tmp_path):
    broken = "„Müller“ sagte: ‚Gut‘ and “fine”".encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "moji.txt").write_text(broken.replace("\ufffd", "\u201d"), encoding="utf-8")
    (tmp_path / "curly.txt").write_text("„Müller“ sagte: ‚Gut‘ and “fine”", encoding="utf-8")
    articles, _ = split([tmp_path / "curly.txt", tmp_path / "moji.txt"])
    assert articles[0].raw == "„Müller“ sagte: ‚Gut‘ and “fine”"
    assert "Müller" in articles[1].raw and "Ã" not in articles[1].raw


def test_jsonl_bad_line_is_one_error_with_line_number(tmp_path):
    lines = [
        json.dumps({"text": "Erster Bericht über den Brand.", "url": "https://www.example.org/a"}),
        "{not json",
        json.dumps({"title": "ohne Text"}),
        "",
        json.dumps({"text": "Zweiter Bericht.", "published": "2024-01-02", "outlet": "Kreisblatt"}),
        json.dumps({"text": "Dritter Bericht.", "url": "http://[kaputt"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = split([path])
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3"]
    assert all(isinstance(e, MalformedRecord) for e in errors)
    assert [a.source.path for a in articles] == [f"{path}:1", f"{path}:5", f"{path}:6"]
    assert articles[0].source.outlet == "example.org"
    assert articles[1].source.given_published == "2024-01-02"
    assert articles[1].source.outlet == "Kreisblatt"
    assert articles[2].source.outlet is None


def test_truncated_gzipped_jsonl_keeps_complete_lines(tmp_path):
    records = "".join(json.dumps({"text": f"Meldung Nummer {i} mit etwas Text."}) + "\n" for i in range(200))
    data = gzip.compress(records.encode())
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, errors = split([path])
    assert 0 < len(articles) < 200
    assert [type(e) for e in errors] == [CorruptInput]


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_unreadable_file_in_folder_is_skipped(tmp_path):
    locked = tmp_path / "locked.txt"
    folder_with(tmp_path, "locked.txt", b"geheim")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        articles, errors = split([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [type(e) for e in errors] == [UnreadableInput]
    assert errors[0].path == str(locked)
    assert len(articles) == 1


def test_unlistable_subfolder_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    """Root can list any folder, so the operating system's refusal is simulated at `os.scandir`."""
    folder_with(tmp_path, "notes.txt", "Der Deich bei Kellbach wird im Herbst erhöht.\n".encode())
    locked = tmp_path / "archive"
    locked.mkdir()
    (locked / "old.txt").write_text(GOOD_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def refusing_scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    articles, errors = split([tmp_path])
    assert [(type(e), e.path) for e in errors] == [(UnreadableInput, str(locked))]
    assert "Permission denied" in errors[0].reason
    assert len(articles) == 2


def test_missing_path_and_empty_glob_are_errors(tmp_path):
    _, errors = split([tmp_path / "nope.txt", str(tmp_path / "*.txt")])
    assert [type(e) for e in errors] == [UnreadableInput, UnreadableInput]


def test_folder_is_read_recursively_with_known_suffixes_only():
    articles, errors = split([FIXTURES / "folder"])
    assert not errors
    names = sorted(Path(a.source.path.split(":")[0]).name for a in articles)
    assert names == ["bridge.html", "feed.jsonl", "feed.jsonl", "hafen.txt"]


def test_glob_selects_files(tmp_path):
    folder_with(tmp_path, "other.html", b"<p>x</p>")
    articles, errors = split([str(tmp_path / "*.txt")])
    assert not errors and [Path(a.source.path).name for a in articles] == ["good.txt"]


def test_html_gives_title_date_url_and_body_without_repeated_title():
    (article,), _ = split([FIXTURES / "folder" / "sub" / "bridge.html"])
    assert article.source.format == "html"
    assert article.source.given_title == "Old bridge closed after inspection finds cracks"
    assert article.source.given_published == "2024-05-02"
    assert article.source.url == "https://www.harbour-gazette.example/news/bridge-closed"
    assert article.source.outlet == "harbour-gazette.example"
    assert article.source.given_authors == ["Ruth Calder", "Ben Okoro"]
    assert article.raw.startswith("The council closed")
    assert "Contact us" not in article.raw


def test_jsonl_authors_as_list_or_string_and_wrong_type_is_an_error(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [{"text": "Der Deich wird erhöht.", "authors": ["Ina Roth", "Per Lind"]},
             {"text": "Die Fähre fährt wieder.", "authors": "Ina Roth; Per Lind"},
             {"text": "Der Hafen bleibt zu.", "authors": 7}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    articles, errors = split([path])
    assert [a.source.given_authors for a in articles] == [["Ina Roth", "Per Lind"]] * 2
    assert [e.path for e in errors] == [f"{path}:3"] and "authors" in errors[0].reason


def test_stdin_is_read_and_its_format_sniffed(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(GOOD_TEXT.encode("utf-8"))))
    monkeypatch.setattr("sys.stdin", stdin)
    (article,), errors = split(["-"])
    assert not errors and article.raw == GOOD_TEXT


def test_single_page_dump_is_kept_line_for_line(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n\nStartseite\nTitel\n\nText.\n", encoding="utf-8")
    (article,), _ = split([path])
    assert article.raw.splitlines() == path.read_text(encoding="utf-8").splitlines()


def test_form_feed_separates_pages_of_one_dump(tmp_path):
    path = tmp_path / "pages.txt"
    path.write_text("Erste Seite mit Text.\f\nZweite Seite mit Text.\n", encoding="utf-8")
    articles, _ = split([path])
    assert [a.source.path for a in articles] == [f"{path}#1", f"{path}#2"]


def test_content_id_ignores_whitespace_and_normalisation():
    assert content_id("Grüße  aus\nKöln ") == content_id("Gru\u0308ße aus Köln")
    assert content_id("Grüße aus Köln") != content_id("Grüße aus Bonn")
    assert len(content_id("x")) == 16


def test_reingesting_the_same_file_does_not_duplicate(tmp_path):
    folder_with(tmp_path, "copy.txt", GOOD_TEXT.replace("\n\n", "\n \n").encode())
    store = Store()
    inserted = [store.upsert_article(a) for _ in range(2) for a in split([tmp_path])[0]]
    assert inserted == [True, False, False, False]
    assert len(store) == 1


def test_crawl_date_and_forced_language_come_from_settings(tmp_path):
    from datetime import date

    path = tmp_path / "a.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    (article,), _ = split([path], Settings(crawled=date(2024, 3, 1), language="de"))
    assert article.source.crawled == date(2024, 3, 1)
    assert article.language == "de"
