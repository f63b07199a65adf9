import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from lagebild.link.events import build_timeline, events_of_article, find_events
from lagebild.link.periods import period_of
from lagebild.model import Article, DateValue, Event, Mention, Source, Timex
from lagebild.nlp.sentences import split
from lagebild.settings import Settings

FIXTURES = Path(__file__).parent.parent / "fixtures" / "link"
SETTINGS = Settings()


def _timex(body: str, text: str, kind: str, value: str) -> Timex:
    start = body.index(text)
    return Timex(start, start + len(text), text, kind, value)


def _mention(body: str, text: str, label: str, entity_id: str | None) -> Mention:
    start = body.index(text)
    return Mention(start, start + len(text), text, label, entity_id)


def make_article(id: str, body: str, language: str = "de", published: str | None = None, outlet: str | None = None,
                 timexes=(), mentions=()) -> Article:
    sentences, tokens = split(body, language)
    return Article(
        id=id, source=Source(outlet=outlet), raw=body, language=language, body=body,
        published=DateValue(datetime.fromisoformat(published), "explicit", 1.0) if published else None,
        sentences=sentences, tokens=tokens,
        timexes=[_timex(body, *t) for t in timexes],
        entities=[_mention(body, *m) for m in mentions],
    )


def story() -> list[Article]:
    data = json.loads((FIXTURES / "events_story.json").read_text(encoding="utf-8"))
    articles = [make_article(a["id"], a["body"], a["language"], a["published"], a["outlet"], a["timexes"], a["mentions"])
                for a in data["articles"]]
    return [events_of_article(article, SETTINGS) for article in articles]


# ---- events of one article ------------------------------------------------------------------

def test_trigger_is_the_verb_nearest_the_time_expression():
    article = make_article("a", "Der Stadtrat von Kellinghusen hat am Montag den neuen Haushalt beschlossen.",
                           timexes=[("am Montag", "DATE", "2024-03-04")])
    (event,) = events_of_article(article, SETTINGS).events
    assert event.trigger.text == "beschlossen"
    assert event.trigger_lemma == "beschließen"
    assert event.time_value == "2024-03-04"
    assert event.timex.text == "am Montag"
    assert event.sentence.of(article.body).startswith("Der Stadtrat")


def test_each_date_of_a_sentence_keeps_its_own_verb():
    body = "Das Lager wurde am Montag geräumt, teilte die Polizei am Mittwoch mit."
    article = make_article("a", body, timexes=[("am Montag", "DATE", "2024-03-04"), ("am Mittwoch", "DATE", "2024-03-06")])
    events = {e.time_value: e for e in events_of_article(article, SETTINGS).events}
    assert events["2024-03-04"].trigger.text == "geräumt"
    assert events["2024-03-06"].trigger_lemma == "mitteilen"


def test_trigger_comes_from_the_stretch_of_the_sentence_around_the_date():
    body = "Die Ministerin dankte den Helfern, die seit März Wasser an ältere Menschen verteilt hatten."
    article = make_article("a", body, timexes=[("seit März", "DATE", "2024-03")])
    (event,) = events_of_article(article, SETTINGS).events
    assert event.trigger_lemma == "verteilen"


def test_nouns_that_only_look_like_events_are_passed_over():
    body = "Die Landesregierung will am Freitag nach langer und schwieriger Debatte endlich die Straße sperren."
    article = make_article("a", body, timexes=[("am Freitag", "DATE", "2024-03-08")])
    (event,) = events_of_article(article, SETTINGS).events
    assert event.trigger_lemma == "sperren"

def test_adjacent_expressions_of_one_moment_make_one_event():
    body = "Das Leck wurde am Montagabend, 10. März, im Werk bemerkt."
    article = make_article("a", body, timexes=[("Montagabend", "TIME", "2025-03-10TEV"), ("10. März", "DATE", "2025-03-10")])
    (event,) = events_of_article(article, SETTINGS).events
    assert (event.time_value, event.timex.text, event.trigger.text) == ("2025-03-10TEV", "Montagabend, 10. März", "bemerkt")

def test_english_trigger_and_event_noun():
    body = "The council approved the budget on Monday. The evacuation in May went smoothly."
    article = make_article("a", body, "en", timexes=[("on Monday", "DATE", "2024-03-04"), ("in May", "DATE", "2024-05")])
    events = {e.time_value: e for e in events_of_article(article, SETTINGS).events}
    assert events["2024-03-04"].trigger_lemma == "approve"
    assert events["2024-05"].trigger.text == "evacuation"


def test_durations_and_unplaceable_values_make_no_event():
    body = "Die Sperre dauerte drei Wochen. Jetzt wird wieder gebaut. Am 18. Juni wird gefeiert."
    article = make_article("a", body, timexes=[("drei Wochen", "DURATION", "P3W"), ("Jetzt", "DATE", "PRESENT_REF"),
                                               ("18. Juni", "DATE", "XXXX-06-18")])
    assert events_of_article(article, SETTINGS).events == []


def test_participants_and_place_come_from_the_clause():
    body = "Ministerin Ida Korte besuchte am Freitag die Werft in Lanzow."
    article = make_article("a", body, timexes=[("am Freitag", "DATE", "2024-03-08")],
                           mentions=[("Ida Korte", "PER", "e:korte"), ("Lanzow", "LOC", None)])
    (event,) = events_of_article(article, SETTINGS).events
    assert event.participants == ["e:korte", "LOC:Lanzow"]
    assert event.place == "Lanzow"
    assert event.trigger.text == "besuchte"


def test_event_time_is_not_the_publication_date():
    events = story()[0].events
    assert [e.time_value for e in events] == ["2024-09-03", "2024-09"]


def test_find_events_without_entities_or_tagger_language():
    body = "Il ponte è stato chiuso martedì dalla città."
    sentences, tokens = split(body, "it")
    events = find_events(body, sentences, tokens, [], [_timex(body, "martedì", "DATE", "2024-09-03")], "it")
    assert [e.trigger.text for e in events] == ["chiuso"]


# ---- periods --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, start, end, granularity", [
    ("2025-03-11", date(2025, 3, 11), date(2025, 3, 11), "day"),
    ("2025-03-11T14:30", date(2025, 3, 11), date(2025, 3, 11), "time"),
    ("2025-02", date(2025, 2, 1), date(2025, 2, 28), "month"),
    ("2025-W16", date(2025, 4, 14), date(2025, 4, 20), "week"),
    ("2025-W16-WE", date(2025, 4, 19), date(2025, 4, 20), "week"),
    ("2025-WI", date(2025, 12, 1), date(2026, 2, 28), "season"),
    ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), "quarter"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
])
def test_period_of_timex_values(value, start, end, granularity):
    period = period_of(value)
    assert (period.start, period.end, period.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["PRESENT_REF", "XXXX-06-18", "P3W", "2025-13", "", None])
def test_period_of_values_that_name_no_stretch(value):
    assert period_of(value) is None


# ---- timeline -------------------------------------------------------------------------------

def _entry_with(entries, article_id, value):
    return next(e for e in entries if any(s.article_id == article_id and s.time_value == value for s in e.sources))


def test_reports_of_one_event_merge_across_outlets_and_languages():
    entries = build_timeline(story(), SETTINGS)
    closure = _entry_with(entries, "kreisblatt-1", "2024-09-03")
    assert {s.article_id for s in closure.sources} == {"kreisblatt-1", "nordpost-1", "coast-times-1"}
    assert sum(len(e.sources) for e in entries) == sum(len(a.events) for a in story())


def test_first_reporter_is_the_earliest_published_not_the_first_read():
    closure = _entry_with(build_timeline(story(), SETTINGS), "kreisblatt-1", "2024-09-03")
    assert closure.first_reported_by == "nordpost-1"
    assert [s.article_id for s in closure.sources] == ["nordpost-1", "kreisblatt-1", "coast-times-1"]
    assert closure.sources[0].outlet == "Nordpost"


def test_date_disagreement_is_flagged_and_majority_date_kept():
    closure = _entry_with(build_timeline(story(), SETTINGS), "kreisblatt-1", "2024-09-03")
    assert closure.date_conflict
    assert closure.time_values == ["2024-09-02", "2024-09-03"]
    assert closure.time_value == "2024-09-03"


def test_unrelated_events_on_the_same_day_stay_apart():
    entries = build_timeline(story(), SETTINGS)
    supermarket = _entry_with(entries, "kreisblatt-2", "2024-09-03")
    assert [s.article_id for s in supermarket.sources] == ["kreisblatt-2"]
    assert not supermarket.date_conflict


def test_vague_values_sort_at_the_start_of_their_period_keeping_granularity():
    entries = build_timeline(story(), SETTINGS)
    starts = [(e.start, e.granularity) for e in entries]
    assert starts == sorted(starts, key=lambda s: s[0])
    assert entries[0].granularity == "month" and entries[0].start == date(2024, 9, 1)
    assert entries[0].time_value == "2024-09"


def test_caption_dates_stay_off_the_timeline():
    articles = story()
    photo = articles[0].events[0]
    articles[3].events.append(Event(time_value="2024-09-03", trigger=photo.trigger, sentence=photo.sentence,
                                    timex=photo.timex, participants=photo.participants, from_caption=True))
    entries = build_timeline(articles, SETTINGS)
    assert sum(len(e.sources) for e in entries) == sum(len(a.events) for a in story())


def test_one_article_never_merges_with_itself():
    body = "Die Brücke wurde am Montag gesperrt. Die Brücke wurde am Dienstag wieder gesperrt."
    article = make_article("a", body, timexes=[("am Montag", "DATE", "2024-09-02"), ("am Dienstag", "DATE", "2024-09-03")])
    entries = build_timeline([events_of_article(article, SETTINGS)], SETTINGS)
    assert len(entries) == 2 and not any(e.date_conflict for e in entries)


def test_different_months_do_not_merge():
    one = make_article("a", "Die Brücke in Ostermoor wurde am 2. März gesperrt.", published="2024-03-03",
                       timexes=[("am 2. März", "DATE", "2024-03-02")])
    two = make_article("b", "Die Brücke in Ostermoor wurde im Juni gesperrt.", published="2024-07-01",
                       timexes=[("im Juni", "DATE", "2024-06")])
    entries = build_timeline([events_of_article(a, SETTINGS) for a in (one, two)], SETTINGS)
    assert [e.time_value for e in entries] == ["2024-03-02", "2024-06"]



def test_timeline_command_prints_stored_entries(tmp_path):
    from click.testing import CliRunner

    from lagebild.cli import main
    from lagebild.store import Store

    db = tmp_path / "t.sqlite"
    with Store(db) as store:
        store.put_collection("timeline", build_timeline(story(), SETTINGS))
    runner = CliRunner()
    stored = json.loads(runner.invoke(main, ["timeline", "--db", str(db), "--format", "json"]).output)
    assert [e["time_value"] for e in stored] == ["2024-09", "2024-09", "2024-09-03", "2024-09-03"]
    table = runner.invoke(main, ["timeline", "--db", str(db)])
    assert table.exit_code == 0
    assert "2024-09-02 / 2024-09-03" in table.output and "Nordpost" in table.output


def test_timeline_reads_participants_after_cross_article_resolution():
    articles = story()
    for article in articles:
        for mention in article.entities:
            mention.entity_id = f"{article.id}:{mention.entity_id}"
    assert len(build_timeline(articles, SETTINGS)) == 5
    for article in articles:
        for mention in article.entities:
            mention.entity_id = mention.entity_id.split(":", 1)[1]
    entries = build_timeline(articles, SETTINGS)
    assert len(entries) == 4
    assert "e:wende" in _entry_with(entries, "coast-times-1", "2024-09-03").participants


def test_entries_name_their_participants():
    closure = _entry_with(build_timeline(story(), SETTINGS), "kreisblatt-1", "2024-09-03")
    assert dict(zip(closure.participants, closure.participant_names))["e:wende"] == "Wende"


def test_events_from_the_time_taggers_output():
    from lagebild.nlp.time import tag

    body = "Die Feuerwehr hat am Dienstag die Straße nach Velden gesperrt. Der Stadtrat will im Mai über den Neubau entscheiden."
    article = make_article("a", body, published="2024-03-07T09:00")
    article.timexes = tag(body, "de", date(2024, 3, 7))
    events = {e.time_value: e.trigger_lemma for e in events_of_article(article, SETTINGS).events}
    assert events == {"2024-03-05": "sperren", "2024-05": "entscheiden"}


def test_compound_and_its_head_count_as_shared_words():
    one = make_article("a", "Der Chemieunfall im Hafen von Velden wurde am Montag von Anwohnern gemeldet.", published="2024-03-05",
                       timexes=[("am Montag", "DATE", "2024-03-04")])
    two = make_article("b", "Nach dem Unfall im Hafen blieb Velden am Montag ohne Strom.", published="2024-03-06",
                       timexes=[("am Montag", "DATE", "2024-03-04")])
    entries = build_timeline([events_of_article(a, SETTINGS) for a in (one, two)], SETTINGS)
    assert [len(e.sources) for e in entries] == [2]


def test_candidate_pairs_are_exactly_those_across_articles():
    from itertools import combinations

    from lagebild.link.timeline import Reported, _across_articles

    owners = ["a", "b", "a", "c", "b", "a"]
    reported = [Reported(None, make_article(owner, "Text."), None, frozenset(), frozenset()) for owner in owners]
    members, following = [0, 1, 2, 3], [4, 5]
    pairs = list(_across_articles(reported, members, following))
    expected = {(i, j) for i, j in combinations(members, 2) if owners[i] != owners[j]}
    expected |= {(i, j) for i in members for j in following if owners[i] != owners[j]}
    assert sorted(pairs) == sorted(expected)
    assert len(pairs) == len(set(pairs))


def test_events_of_many_sentences_are_those_of_each_sentence_alone():
    body = " ".join(f"Der Rat hat am {day}. März in Velden den Plan {verb}." for day, verb in
                    [(3, "beschlossen"), (4, "verworfen"), (5, "gelobt"), (6, "geändert")] * 5)
    timexes = [Timex(m.start(), m.end(), m.group(), "DATE", f"2024-03-0{m.group(1)}")
               for m in re.finditer(r"am (\d)\. März", body)]
    article = make_article("a", body, mentions=[("Velden", "LOC", "e:velden")])
    article.timexes = timexes
    whole = find_events(body, article.sentences, article.tokens, article.entities, timexes, "de")
    one_by_one = [e for s in article.sentences
                  for e in find_events(body, [s], article.tokens, article.entities, timexes, "de")]
    assert whole == one_by_one and len(whole) == 20
    assert [e.trigger.text for e in whole[:4]] == ["beschlossen", "verworfen", "gelobt", "geändert"]
