from datetime import date, datetime

from lagebild.model import (
    Article, Caption, DateValue, Event, Furniture, Mention, Quote, Source, Span, TextRef, Timex, Token,
    to_plain,
)
from lagebild.store.codec import from_plain


def full_article() -> Article:
    body = "„Wir bauen neu“, sagte Ilse Fenwick am 2. Mai."
    return Article(
        id="abc", raw="x\n" + body,
        source=Source(path="a.txt", url="https://example.org/a", outlet="example.org", crawled=date(2024, 5, 3),
                      given_title="T", given_published="2024-05-02"),
        language="de", body=body, title="Neubau", authors=["A. Autor"], translators=["B"],
        published=DateValue(datetime(2024, 5, 2, 9, 30), "explicit", 0.95, evidence="2.5.2024, 9:30"),
        updated=DateValue(date(2024, 5, 3), "relative", 0.6, ambiguous=True),
        furniture=[Furniture("Startseite", "nav", 0)], captions=[Caption("Foto", 1, credit="dpa")],
        headings=[Span(0, 3)], sentences=[Span(0, len(body))], tokens=[Token(0, 1, "„", lemma="„")],
        entities=[Mention(24, 35, "Ilse Fenwick", "PER", entity_id="abc:0", attributes={"role": "Bürgermeisterin"})],
        quotes=[Quote([Span(1, 14)], "Direct", speaker=TextRef(24, 35, "Ilse Fenwick"), speaker_entity="abc:0",
                      cue=TextRef(17, 22, "sagte"), said_on="2024-05-02")],
        timexes=[Timex(39, 46, "2. Mai", "DATE", "2024-05-02", mod=None)],
        events=[Event("2024-05-02", TextRef(17, 22, "sagte"), Span(0, 46), TextRef(39, 46, "2. Mai"), ["abc:0"])],
    )


def test_from_plain_inverts_to_plain_for_a_full_article():
    original = full_article()
    rebuilt = from_plain(Article, to_plain(original))
    assert rebuilt == original
    assert isinstance(rebuilt.published.value, datetime)
    assert type(rebuilt.updated.value) is date
    assert isinstance(rebuilt.quotes[0].spans[0], Span)


def test_unknown_keys_are_ignored_and_missing_keys_default():
    plain = {"id": "x", "source": {"path": "p", "future_field": 1}, "raw": "r", "another_future_field": []}
    article = from_plain(Article, plain)
    assert article.source.path == "p" and article.entities == [] and article.body == ""
