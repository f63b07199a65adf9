from lagebild.model import Article, DateValue, Furniture, Mention, Quote, Source, Span
from lagebild.report import render_report, report_html
from lagebild.report.marks import marked_paragraphs
from lagebild.store import Store

HOSTILE = '<script>alert("x")</script> & <b>fett</b>'


def hostile_article() -> Article:
    body = f"Erster Absatz. {HOSTILE}\n\nZweiter Absatz mit „Zitat“."
    return Article(
        id="a1", source=Source(path="evil.txt", outlet="<i>outlet</i>"), raw=body, body=body,
        title="<img src=x onerror=alert(1)>", authors=["<u>Autor</u>"],
        published=DateValue(__import__("datetime").date(2024, 5, 2), "explicit", 0.9, evidence="<em>2.5.</em>"),
        furniture=[Furniture("<a href='javascript:x'>Menü</a>", "nav", 0)],
        quotes=[Quote([Span(body.index("„"), body.index("“") + 1)], "Direct")],
        entities=[Mention(0, 6, "Erster", "PER")],
    )


def test_every_piece_of_article_text_is_escaped():
    html = report_html([hostile_article()])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;" in html
    for raw in ("<img src=x", "<u>Autor", "<i>outlet", "<a href='javascript", "<em>2.5."):
        assert raw not in html


def test_card_shows_meta_body_and_folded_furniture():
    html = report_html([hostile_article()])
    assert "2024-05-02" in html and "explicit" in html and "90 %" in html
    assert "<details" in html and "nav" in html
    assert '<span class="quote">„Zitat“</span>' in html
    assert '<span class="ent-PER">Erster</span>' in html


def test_marks_split_the_body_into_paragraphs_without_losing_text():
    article = hostile_article()
    paragraphs = marked_paragraphs(article)
    assert len(paragraphs) == 2
    assert "\n\n".join("".join(s.text for s in p.segments) for p in paragraphs) == article.body


def test_report_from_store_includes_stored_collections(tmp_path):
    with Store() as store:
        store.upsert_article(hostile_article())
        store.put_collection("entities", [{"id": "e1", "name": "<b>Fenwick</b>", "label": "PER", "aliases": []}])
        out = render_report(store, tmp_path / "sub" / "report.html")
    html = out.read_text(encoding="utf-8")
    assert 'id="collection-entities"' in html
    assert "&lt;b&gt;Fenwick&lt;/b&gt;" in html and "<b>Fenwick" not in html
    assert "<script>" not in html


def test_unanalysed_article_shows_its_raw_text():
    article = Article(id="r", source=Source(path="r.txt"), raw="Nur Rohtext.")
    assert "Nur Rohtext." in report_html([article])


def quoted(article_id: str, body: str, speaker: str, entity: str) -> Article:
    from lagebild.model import TextRef

    start = body.index("„")
    return Article(
        id=article_id, source=Source(path=f"{article_id}.txt", outlet=f"blatt-{article_id}.example"), raw=body,
        body=body, language="de", entities=[Mention(0, len(speaker), speaker, "PER", entity_id=entity)],
        quotes=[Quote([Span(start, body.index("“") + 1)], "Direct", speaker=TextRef(0, len(speaker), speaker),
                      speaker_entity=f"{article_id}:0")],
    )


def test_report_groups_quotations_by_linked_speaker_across_articles():
    from lagebild.report import speaker_groups

    articles = [
        quoted("a", "Renner sagte: „Wir sind vor Ort.“", "Renner", "e1"),
        quoted("b", "Tobias Renner: „Das Leck ist dicht.“", "Tobias Renner", "e1"),
        quoted("c", "Arnsdorf sagte: „Abkochen!“", "Arnsdorf", "e2"),
    ]
    entities = [{"id": "e1", "name": "Tobias Renner", "label": "PER", "aliases": ["Renner"],
                 "attributes": {"role": ["Kreisbrandmeister"]}, "mentions": 2}]
    groups = speaker_groups(articles, entities)
    assert [(g["speaker"], len(g["quotes"])) for g in groups] == [("Tobias Renner", 2), ("Arnsdorf", 1)]
    html = report_html(articles, {"entities": entities})
    assert 'id="speakers"' in html and "Kreisbrandmeister" in html and "„Das Leck ist dicht.“" in html
