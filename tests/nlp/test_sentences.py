"""Sentence and token boundaries on invented German and English text."""
from __future__ import annotations

from lagebild.nlp.sentences import MAX_SENTENCE_CHARS, split


def sentence_texts(text: str, lang: str) -> list[str]:
    spans, _ = split(text, lang)
    return [s.of(text) for s in spans]


def test_offsets_point_into_the_given_text():
    text = "  Der Rat tagte.\n\nDanach sprach Frau Weber.  "
    spans, tokens = split(text, "de")
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [s.of(text) for s in spans] == ["Der Rat tagte.", "Danach sprach Frau Weber."]


def test_german_abbreviations_and_ordinals_do_not_end_sentences():
    text = ("Am 18. Juni traf Dr. Anna Keller u.a. den Bürgermeister. Er kam im 3. Quartal z. B. "
            "mit 2,5 Mio. Euro. Das war 1990. Danach nicht mehr.")
    assert sentence_texts(text, "de") == [
        "Am 18. Juni traf Dr. Anna Keller u.a. den Bürgermeister.",
        "Er kam im 3. Quartal z. B. mit 2,5 Mio. Euro.",
        "Das war 1990.",
        "Danach nicht mehr.",
    ]
    _, tokens = split(text, "de")
    words = [t.text for t in tokens]
    assert "18." in words and "Dr." in words and "3." in words and "1990" in words


def test_closing_quotes_stay_with_their_sentence():
    text = "„Wir bleiben hier.“ Das sagte der Sprecher. War das alles? „Nein!“, rief sie."
    assert sentence_texts(text, "de") == [
        "„Wir bleiben hier.“",
        "Das sagte der Sprecher.",
        "War das alles?",
        "„Nein!“, rief sie.",
    ]


def test_line_breaks_split_headings_but_not_wrapped_lines():
    text = "Neue Brücke eröffnet\nDie Stadt feiert am Samstag und\nder Verkehr ruht."
    assert sentence_texts(text, "de") == ["Neue Brücke eröffnet", "Die Stadt feiert am Samstag und\nder Verkehr ruht."]


def test_english_titles_initials_and_clitics():
    text = "Mr. John F. Miller met Gov. Lee in St. Louis on Jan. 5. The governor's aide didn't comment."
    assert sentence_texts(text, "en") == [
        "Mr. John F. Miller met Gov. Lee in St. Louis on Jan. 5.",
        "The governor's aide didn't comment.",
    ]
    _, tokens = split(text, "en")
    words = [t.text for t in tokens]
    assert "'s" in words and "governor" in words and "F." in words


def test_compounds_urls_and_numbers_are_single_tokens():
    text = "Die EU-Kommission (siehe www.example.org/a-b.html) zahlte 1.250,50 Euro am 07.04.2005."
    _, tokens = split(text, "de")
    words = [t.text for t in tokens]
    assert "EU-Kommission" in words
    assert "www.example.org/a-b.html" in words
    assert "1.250,50" in words and "07.04.2005" in words
    assert words[-1] == "."


def test_empty_text():
    assert split("", "de") == ([], [])
    assert split(" \n\n ", "en") == ([], [])


def test_ordinal_date_in_brackets_and_a_one_letter_name_at_sentence_end():
    text = "Das Leck wurde am Montag (10. März) entdeckt. Sie schrieb es auf X. Dann ging sie. Ein Brief von John F. Kennedy kam."
    assert sentence_texts(text, "de") == [
        "Das Leck wurde am Montag (10. März) entdeckt.",
        "Sie schrieb es auf X.",
        "Dann ging sie.",
        "Ein Brief von John F. Kennedy kam.",
    ]


def _unpunctuated(words: int) -> str:
    vocabulary = ["Regierung", "sagte", "am", "Montag", "in", "Kellinghusen", "der", "Hafen", "12", "und"]
    return " ".join(vocabulary[(i * 7) % len(vocabulary)] for i in range(words))


def test_a_run_without_sentence_end_is_cut_at_whitespace_within_the_bound():
    text = "Vorab. " + _unpunctuated(2000) + ". Danach kam nichts mehr."
    spans, tokens = split(text, "de")
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert len(spans) > len(text) // MAX_SENTENCE_CHARS
    assert spans[0].of(text) == "Vorab." and spans[-1].of(text) == "Danach kam nichts mehr."
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    for before, after in zip(spans, spans[1:]):
        assert before.end in ends and after.start in starts
        assert text[before.end:after.start].isspace()
    assert [t for s in spans for t in tokens if s.start <= t.start < s.end] == tokens


def test_a_single_token_longer_than_the_bound_stands_alone():
    long_word = "x" * (MAX_SENTENCE_CHARS + 50)
    text = f"Ein Wort {long_word} und noch eins"
    assert sentence_texts(text, "de") == ["Ein Wort", long_word, "und noch eins"]


def test_sentences_below_the_bound_are_not_cut():
    sentence = "Der Rat " + _unpunctuated(100) + " beschloss es."
    assert len(sentence) < MAX_SENTENCE_CHARS
    assert sentence_texts(sentence + " Dann ging er.", "de") == [sentence, "Dann ging er."]


def test_words_joined_by_dots_without_spaces_and_an_email_address():
    run = ".".join(["Regierung", "Polizei", "Minister"] * 400)
    text = f"Schreiben Sie an presse.stelle@kreis-velden.de oder {run}"
    _, tokens = split(text, "de")
    words = [t.text for t in tokens]
    assert "presse.stelle@kreis-velden.de" in words
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert words[words.index("oder") + 1:] == run.replace(".", " . ").split()
