"""The time tagger on invented sentences with a fixed article date (a Thursday), German and
English, plus a quality gate on held-out WikiWarsDE documents."""
from datetime import date

import pytest

from lagebild.nlp.time import tag

THURSDAY = date(2023, 8, 31)


def values(text: str, lang: str = "de", dct: date | None = THURSDAY) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in tag(text, lang, dct)}


@pytest.mark.parametrize("text, span, value", [
    ("Die Frist endete am 31.08.2023 um Mitternacht.", "31.08.2023", "2023-08-31"),
    ("Gewählt wird am 18. November 2024 in allen Ländern.", "18. November 2024", "2024-11-18"),
    ("Er traf sie am 13. September 2023 in Berlin.", "13. September 2023", "2023-09-13"),
])
def test_german_explicit_dates(text, span, value):
    assert values(text)[span][1] == value


@pytest.mark.parametrize("text, span, value", [
    ("The talks began on September 13, 2023 in Geneva.", "September 13, 2023", "2023-09-13"),
    ("The talks began on 13 September 2023 in Geneva.", "13 September 2023", "2023-09-13"),
])
def test_english_explicit_dates(text, span, value):
    assert values(text, "en")[span][1] == value


def test_bare_weekday_in_past_report_is_the_day_before():
    assert values("Am Mittwoch sagte der Sprecher, man sei bereit.")["Mittwoch"][1] == "2023-08-30"
    assert values("On Wednesday the spokesman said they were ready.", "en")["Wednesday"][1] == "2023-08-30"


def test_bare_weekday_with_future_tense_is_the_next_one():
    assert values("Die Kommission wird am Dienstag entscheiden.")["Dienstag"][1] == "2023-09-05"
    assert values("The committee will decide on Tuesday.", "en")["Tuesday"][1] == "2023-09-05"


def test_last_year_and_this_week():
    found = values("Im vergangenen Jahr und letztes Jahr war es ruhig, diese Woche nicht.")
    assert found["vergangenen Jahr"][1] == "2022"
    assert found["letztes Jahr"][1] == "2022"
    assert found["diese Woche"][1] == "2023-W35"
    english = values("Last year was calm, this week was not.", "en")
    assert english["Last year"][1] == "2022" and english["this week"][1] == "2023-W35"


def test_vague_month_keeps_month_granularity_with_mod():
    found = values("Ende Juli begann die Offensive, Mitte August stockte sie.")
    assert found["Ende Juli"][1:] == ("2023-07", "END")
    assert found["Mitte August"][1:] == ("2023-08", "MID")
    assert values("Fighting resumed in late July.", "en")["late July"][1:] == ("2023-07", "END")


def test_season_with_year():
    assert values("Im Herbst 2023 fuhren die Schiffe.")["Herbst 2023"][1] == "2023-FA"
    assert values("In the autumn of 2022 the ships sailed.", "en")["the autumn of 2022"][1] == "2022-FA"


def test_day_pair_gives_two_dates_and_the_first_day_is_no_year():
    found = tag("Die Treffen finden am 18. und 19. Juni statt.", "de", THURSDAY)
    assert [(t.text, t.value) for t in found] == [("18.", "2023-06-18"), ("19. Juni", "2023-06-19")]
    english = tag("The meetings were held on June 18 and 19.", "en", THURSDAY)
    assert [t.value for t in english] == ["2023-06-18", "2023-06-19"]


def test_since_is_a_signal_outside_the_span():
    found = tag("Seit Februar 2022 dauert der Krieg.", "de", THURSDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("Februar 2022", "DATE", "2022-02")]


def test_weeks_ago_is_a_date_at_week_granularity():
    assert values("Vor 45 Wochen schrieb er das.")["Vor 45 Wochen"][1:] == ("2022-W42", None)
    assert values("He wrote it 45 weeks ago.", "en")["45 weeks ago"][1] == "2022-W42"


def test_month_range_gives_two_dates():
    found = [t.value for t in tag("Von August bis Oktober sollen die Einheiten fahren.", "de", THURSDAY)]
    assert found == ["2023-08", "2023-10"]


def test_years_in_plausible_contexts():
    assert values("2019 war das anders.")["2019"][1] == "2019"
    assert values("Im Jahr 2000 begann es.")["Jahr 2000"][1] == "2000"
    assert values("It started in 2019.", "en")["2019"][1] == "2019"


def test_counted_numbers_are_not_years():
    assert values("Mit 2000 Soldaten rückten sie vor.") == {}
    assert values("They advanced with 2000 soldiers.", "en") == {}


def test_durations_exact_and_vague():
    found = values("In den letzten zwei Jahren stieg der Preis, seit Monaten schon.")
    assert found["letzten zwei Jahren"][:2] == ("DURATION", "P2Y")
    assert found["Monaten"][:2] == ("DURATION", "PXM")
    assert values("Prices rose over the last two years.", "en")["the last two years"][1] == "P2Y"


def test_recurring_days_are_sets():
    assert values("Jeden Montag trifft sich der Rat.")["Jeden Montag"][:2] == ("SET", "XXXX-WXX-1")
    assert values("The council meets every Monday.", "en")["every Monday"][:2] == ("SET", "XXXX-WXX-1")


def test_clock_time_on_the_article_date():
    assert values("Der Zug fuhr um 10:59 Uhr ab.")["10:59 Uhr"][:2] == ("TIME", "2023-08-31T10:59")
    assert values("The train left at 10:59 a.m.", "en")["10:59 a.m."][1] == "2023-08-31T10:59"


def test_deictic_days_and_references():
    found = values("Heute, gestern und morgen. Derzeit ist alles anders als damals.")
    assert found["Heute"][1] == "2023-08-31"
    assert found["gestern"][1] == "2023-08-30"
    assert found["morgen"][1] == "2023-09-01"
    assert found["Derzeit"][1] == "PRESENT_REF"
    assert found["damals"][1] == "PAST_REF"
    english = values("Today, yesterday and tomorrow; now it is different.", "en")
    assert english["yesterday"][1] == "2023-08-30" and english["now"][1] == "PRESENT_REF"


def test_ordinary_words_are_not_weekdays_or_months():
    assert values("Er kam mit dem Auto, so wie immer. Mo und Di waren da.") == {}
    assert values("He may march on, the sun shines.", "en") == {}


def test_without_article_date_the_year_stays_unknown():
    assert values("Die Wahl findet am 18. Juni statt.", dct=None)["18. Juni"][1] == "XXXX-06-18"


def test_relative_expression_resolves_against_the_last_named_date():
    found = values("Am 3. März 2021 begann der Angriff. Zwei Tage später fiel die Stadt.")
    assert found["Zwei Tage später"][1] == "2021-03-05"


def test_wikiwarsde_quality_gate():
    """Held-out documents in narrative anchoring; floors a little below the measured figures."""
    from lagebild.eval.timex import evaluate_german
    from lagebild.resources import shared_dir

    if not (shared_dir() / "data" / "wikiwarsde_timex").exists():
        pytest.skip("WikiWarsDE not available")
    result = evaluate_german(limit=3, split="heldout", baseline=False)["lagebild"]
    assert result["lenient"]["f1"] >= 0.94
    assert result["strict_value"]["f1"] >= 0.80


def test_reportative_sollen_with_past_participle_is_not_future():
    found = values("Von August bis Oktober sollen die Schiffe fünf Fahrten gemacht haben.")
    assert found["August"][1] == "2023-08" and found["Oktober"][1] == "2022-10"
    assert values("Die Wahl soll im Oktober stattfinden.")["Oktober"][1] == "2023-10"


def test_clock_time_belongs_to_the_date_just_before():
    found = values("Veröffentlicht am 3. Mai 2021 um 18:56 Uhr.")
    assert found["18:56 Uhr"][1] == "2021-05-03T18:56"


def test_narrative_anchoring_reads_dates_against_the_story():
    text = "Im Mai 1915 griff die Armee an. Am 7. Juni fiel die Festung. Heute ist sie ein Museum."
    found = {t.text: t.value for t in tag(text, "de", THURSDAY, anchoring="narrative")}
    assert found["7. Juni"] == "1915-06-07"
    assert found["Heute"] == "PRESENT_REF"


def test_article_stage_uses_body_language_and_date():
    from lagebild.model import Article, DateValue, Source
    from lagebild.nlp.time import tag_article
    from lagebild.settings import Settings

    article = Article(id="a", source=Source(), raw="", language="de", body="Gestern begann es.",
                      published=DateValue(THURSDAY, "explicit", 1.0))
    assert [t.value for t in tag_article(article, Settings()).timexes] == ["2023-08-30"]
    article.language = "xx"
    assert tag_article(article, Settings()).timexes == []


def test_nearest_tense_word_decides_between_past_and_future():
    found = values("On Wednesday he said he will come on Friday.", "en")
    assert found["Wednesday"][1] == "2023-08-30"
    assert found["Friday"][1] == "2023-09-01"


def test_weekday_with_date_picks_the_year_where_they_agree():
    assert values("Am Montag, dem 4. September, wird gewählt.")["Montag, dem 4. September"][1] == "2023-09-04"


def test_english_news_phrases():
    found = values("This morning police said two men were arrested on Tuesday night; the 32-year-old man "
                   "was held after a ten-day siege.", "en")
    assert found["This morning"][:2] == ("TIME", "2023-08-31TMO")
    assert found["Tuesday night"][1] == "2023-08-29TNI"
    assert found["ten-day"][:2] == ("DURATION", "P10D")
    assert not any("32" in span for span in found)


def test_from_a_month_in_present_tense_points_forward():
    assert values("Ab Oktober gilt die neue Regel.")["Oktober"][1] == "2023-10"
    assert values("Ab Montag war alles anders.")["Montag"][1] == "2023-08-28"
    assert values("The rules apply starting October.", "en")["October"][1] == "2023-10"


def test_a_text_repeated_gives_the_expressions_of_one_copy_at_each_repeat():
    copy = "Am 3. März 2024 um 10 Uhr begann die Sitzung, die bis Freitag, 8. März, dauerte; im Jahr 2023 nicht. "
    once = [(t.start, t.end, t.type) for t in tag(copy, "de", date(2024, 3, 10))]
    assert len(once) >= 3
    repeated = tag(copy * 50, "de", date(2024, 3, 10))
    assert [(t.start, t.end, t.type) for t in repeated] == [
        (start + n * len(copy), end + n * len(copy), kind) for n in range(50) for start, end, kind in once]
