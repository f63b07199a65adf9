"""Line features the roles are read from."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from lagebild.clean.features import (
    REGION_HEADING_COST, REGION_LINE_COST, REGION_SECTION_MIN_WORDS, SENTENCE_END, SENTENCE_MARKS, WORD, ad_break,
    describe, ends_sentence, lowered_words, main_region, teaser_card, word_count)

PROMO = "Jetzt alle Artikel lesen und die besten Geschichten der Woche jeden Freitag direkt ins Postfach bekommen"
SENTENCE = "Der Gemeinderat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen."


def test_long_line_with_sentence_end_is_prose():
    assert describe([SENTENCE], "de")[0].prose


def test_unpunctuated_line_of_sixteen_words_is_not_prose():
    line = describe([PROMO], "de")[0]
    assert line.words == 16
    assert not line.prose


def test_unpunctuated_line_of_twenty_words_is_prose():
    assert describe([PROMO + " und dazu noch mehr lesen"], "de")[0].prose


def test_rare_features_are_read_from_the_text():
    bullet, dated = describe(["- Erster Punkt der Liste", "12.03.2024"], "de")
    assert bullet.bullet and not dated.bullet
    assert dated.digit_share == 0.8 and bullet.digit_share == 0.0


def test_emoji_or_emoticon_after_the_last_word_ends_a_sentence():
    assert ends_sentence("Danach fühlt man sich einfach großartig – und das gefällt mir 😉")
    assert ends_sentence("That was a long day at the harbour :-)")
    assert not ends_sentence("Foto: Erika Muster")
    assert describe(["Danach fühlt man sich einfach großartig – und das gefällt mir 😉"], "de")[0].prose


def test_a_line_ending_in_a_sentence_mark_ends_a_sentence_as_the_pattern_says():
    for mark in SENTENCE_MARKS:
        assert ends_sentence(f"Es ist vorbei{mark}") and SENTENCE_END.search(f"Es ist vorbei{mark}"), mark


@pytest.mark.parametrize("sentence", [
    "आज शहर में बारिश हुई और लोग घरों में रहे।",
    "آج شہر میں بارش ہوئی اور لوگ گھروں میں رہے۔",
    "هل ستفتح المدرسة أبوابها غدا بعد العاصفة التي ضربت المدينة؟",
])
def test_sentence_marks_of_other_scripts_make_a_line_prose(sentence):
    """Hindi, Urdu and Arabic lines end in their own marks; without them as sentence ends a short
    paragraph in those scripts would read as a menu or a headline."""
    assert ends_sentence(sentence)
    assert describe([sentence], "xx")[0].prose
    assert not describe([sentence[:-1]], "xx")[0].prose


def test_a_dash_right_after_the_last_word_breaks_off_a_sentence():
    assert ends_sentence("Sie wollte gerade sagen, dass sie morgen wieder—")
    assert ends_sentence("But if the door was locked, then who–")
    assert not ends_sentence("Startseite —")
    assert describe(["Wait, if the ship has already left, does that mean—"], "en")[0].prose


def test_lowered_words_are_the_lowered_tokens():
    for text in ["Die STRASSE und die Straße", "İstanbul ist groß", "ΟΔΟΣ:Α und ΟΔΟΣ.", "Rock’n’Roll-Fan, U.S.-Wahl",
                 "ǅemal, ǈubljana", "", "a\u00a0b\u3000-c  'd. e--f ..g_h 2²½ (x)", " \t\n"]:
        assert lowered_words(text) == [token.lower() for token in WORD.findall(text)], text


def test_a_word_ending_in_any_character_gives_the_tokens_of_the_search():
    """Over all of Unicode: a piece of word characters with one other character at its end
    ("Zeit." "Wort," "dpa)") is split as `WORD` splits it, the end kept where it continues a word."""
    for code in range(0x110000):
        text = "ab" + chr(code)
        assert lowered_words(text) == [token.lower() for token in WORD.findall(text)], hex(code)


def test_pieces_between_whitespace_hold_whole_tokens():
    """What `lowered_words` relies on, over all of Unicode: no whitespace character is a word
    character or continues a word, and `str.isalnum` holds for exactly the word characters but "_"."""
    chars = "".join(map(chr, range(0x110000)))
    assert re.search(r"[\w'’\-.]", "".join(filter(str.isspace, chars))) is None
    assert [m.start() for m in re.finditer(r"[^\W_]", chars)] == [i for i, c in enumerate(chars) if c.isalnum()]


def test_lowering_keeps_every_character_class_of_a_word():
    """What `lowered_words` relies on, over all of Unicode: a character that lowers to one
    character is a word character, or may continue a word, exactly when its lower-case form is."""
    chars = [chr(c) for c in range(0x110000) if len(chr(c).lower()) == 1]
    original = "".join(chars)
    lowered = "".join(c.lower() for c in chars)
    for char_class in (r"\w", r"[\w'’\-.]"):
        pattern = re.compile(char_class)
        assert [m.start() for m in pattern.finditer(original)] == [m.start() for m in pattern.finditer(lowered)]


def test_a_line_saying_itself_twice_is_a_teaser_card():
    headline = "Neue Brücke über den Fluss soll im Herbst fertig werden"
    assert teaser_card(f"{headline} {headline}")
    assert teaser_card(f"{headline} {headline[:-3]}…")
    assert describe([f"{headline} {headline}"], "de")[0].pattern == "related"


def test_a_line_repeating_only_part_of_itself_is_no_teaser_card():
    assert not teaser_card("Erika Muster schreibt über Verkehr und Stadtplanung. Mehr von Erika Muster")
    assert not teaser_card("Staff Report by Staff Report")
    assert not teaser_card(SENTENCE)


WORD_COUNT_TEXTS = [
    "Die Stadt. Die Stadtwerke, die-Stadt und Die.Stadt: 'Die' -Die _Die Die_ 3Die Die3 ’Die …Die",
    "verhängtDie Regierung verhängt; die Regierung, die verhängt-e Regierung\nDie\n",
    "--Die ..Die .'Die a.Die a-Die Die-- Die.. Straße straße Straßen",
    "",
]


def test_word_count_agrees_with_counting_all_tokens():
    """Counting one word by searching for it must give what splitting the whole text into `WORD`
    tokens gives, at the edges of runs of token characters too (hyphens, dots, apostrophes before
    a word start no token; after one they belong to it)."""
    for text in WORD_COUNT_TEXTS:
        tokens = Counter(WORD.findall(text))
        for word in [*tokens, "Die", "Stadt", "die", "verhängt", "Straße", "Die3"]:
            assert word_count(text, word) == tokens[word], (text, word)
    assert word_count(WORD_COUNT_TEXTS[0], "Die") >= 5


def test_list_headers_are_read_with_the_line():
    header, announcing, lone_word, plain, long_sentence = describe(
        ["Zutaten", "Das brauchen Sie:", "Achtung:", "Heute im Angebot", "Zutaten für vier Personen und mehr am Abend"],
        "de")
    assert header.list_header and announcing.list_header
    assert not lone_word.list_header and not plain.list_header and not long_sentence.list_header


PARAGRAPH = ("Der Gemeinderat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen, "
             "und die Fraktionen haben sich dabei auf einen Kompromiss bei den Ausgaben für die Schulen "
             "und die Straßen in der Innenstadt geeinigt.")
SECTION = ("Die Verwaltung soll bis zum Sommer prüfen, wie sich die Regeln auf die Gebühren der "
           "Bürger auswirken und was das für Vereine bedeutet.")
FIGURE_GAP = ["Grafik Ausgaben der Stadt", "Quelle Kämmerei der Stadt", "Tabelle Schulen und Straßen"]


def test_a_section_behind_a_figure_rejoins_the_region_through_its_heading():
    lines = describe([PARAGRAPH, *FIGURE_GAP, "Wie es weitergeht", SECTION], "de")
    assert lines[-1].prose and 3 * REGION_LINE_COST + REGION_HEADING_COST < lines[-1].words <= 4 * REGION_LINE_COST
    assert main_region(lines) == (0, len(lines) - 1)


def test_a_label_over_a_one_line_pitch_costs_a_plain_line():
    pitch = "Lesen Sie hier, was die Nachbarn am Wochenende erlebt haben."
    lines = describe([PARAGRAPH, FIGURE_GAP[0], "Mehr aus der Region", pitch], "de")
    assert lines[-1].prose and lines[-1].pattern is None
    assert REGION_LINE_COST + REGION_HEADING_COST < lines[-1].words < REGION_SECTION_MIN_WORDS
    assert main_region(lines) == (0, 0)


AD_TEXT = [
    "The council met on Monday evening to discuss the new harbour plan and the cost of the works.",
    "Residents asked why the old pier could not be repaired instead of being torn down next year.",
    "The mayor said that the engineers had found the wooden posts too weak to carry the new cranes.",
]
AD_LAST = "The vote on the plan and on the cost of the works is planned for the end of June."


def test_an_ad_break_keeps_the_short_last_paragraph_in_the_region_on_a_page_with_breaks():
    raw = ["Home", AD_TEXT[0], "Advertisement", AD_TEXT[1], AD_TEXT[2], "ADVERTISEMENT", "Advertisement",
           AD_LAST, "Privacy"]
    lines = describe(raw, "en")
    assert not ad_break(lines, 2) and ad_break(lines, 5) and ad_break(lines, 6)
    assert main_region(lines)[1] == 7


def test_the_first_or_a_lone_ad_label_is_no_break():
    """The first label has no break above it; a label under the text or in a menu has no paragraph
    on one side."""
    raw = ["Home", AD_TEXT[0], AD_TEXT[1], "Advertisement", AD_LAST, "Advertising", "Contact"]
    lines = describe(raw, "en")
    assert not ad_break(lines, 3) and not ad_break(lines, 5)
    assert main_region(lines) == (1, 2)


CAPTION = "The old pier seen from the harbour wall on Monday."
SHORT_LAST = "The vote on the plan is planned for the end of June."


def test_a_credit_under_a_caption_sentence_over_the_last_paragraph_costs_a_plain_line():
    raw = ["Home", *AD_TEXT, CAPTION, "Photo: Jane Roe", SHORT_LAST, "Privacy"]
    assert main_region(describe(raw, "en")) == (1, 6)


def test_a_credit_under_a_headline_over_an_excerpt_stays_furniture():
    """A teaser card's headline ends in no full stop."""
    raw = ["Home", *AD_TEXT, "New ferry for the islands", "Photo: Jane Roe", SHORT_LAST, "Privacy"]
    assert main_region(describe(raw, "en"))[1] < 6


CLIP = ["Watch: The pier after the storm", "Video: Harbour TV", "02:14"]


def test_a_clip_block_above_two_paragraphs_stays_inside_the_region():
    """Title, source and running time match teaser, credit and date patterns, yet inside the text
    they cost the region no more than plain lines."""
    raw = ["Home", *AD_TEXT[:2], *CLIP, AD_TEXT[2], AD_LAST, "Privacy"]
    assert main_region(describe(raw, "en")) == (1, 7)


def test_a_clip_block_over_one_paragraph_under_the_text_stays_furniture():
    """A video card under the text looks the same with its excerpt: one paragraph is not enough."""
    raw = ["Home", *AD_TEXT, *CLIP, AD_LAST, "Privacy", "Contact"]
    assert main_region(describe(raw, "en")) == (1, 3)
