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
