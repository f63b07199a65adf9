from lagebild.eval.dates import _author_outcome


def test_a_predicted_author_must_match_whole_words_of_the_gold_field():
    assert _author_outcome(["Michaela Probe"], "Ela") == 1
    assert _author_outcome(["Anna Probe", "Karl Muster"], "Von Anna Probe und Jo Beispiel") == 0
    assert _author_outcome([], "Anna Probe") == 2


def test_pages_are_repaired_by_ingest_before_clean_and_meta():
    from types import SimpleNamespace

    from lagebild.eval.dates import run_page
    from lagebild.settings import Settings

    body = "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr neu zu bauen, sagte sie."
    page = SimpleNamespace(file="p.html", url="https://example.org/a", dump=f"GrÃ¼ne BrÃ¼cke\n{body}\n")
    article = run_page(page, Settings(), None)
    assert article.raw.startswith("Grüne Brücke")


def test_without_the_url_a_page_is_read_as_a_bare_dump():
    from types import SimpleNamespace

    from lagebild.eval.dates import run_page
    from lagebild.settings import Settings

    body = "Die Stadt hat beschlossen, die alte Brücke über den Fluss im Frühjahr neu zu bauen, sagte sie."
    page = SimpleNamespace(file="p.html", url="https://example.org/2021/03/14/neue-bruecke", dump=f"Neue Brücke\n{body}\n")
    with_url = run_page(page, Settings(), None)
    bare = run_page(page, Settings(), None, url=False)
    assert with_url.published is not None and with_url.published.value.isoformat()[:10] == "2021-03-14"
    assert bare.source.url is None and bare.published is None
