"""The clean stage on pages in languages other than German and English: the page's own function
words and scripts written without spaces."""
from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.clean import clean_article
from lagebild.clean.features import describe, ends_sentence
from lagebild.clean.patterns import furniture_kind, has_stop_words, stop_words
from lagebild.model import Article, Source
from lagebild.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
FRENCH_TEASER = "Tennis : tournoi régional, finale reportée, pluie battante, organisateurs inquiets…"


def _clean(name: str) -> Article:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    return clean_article(Article(id=name, source=Source(), raw=raw), Settings())


@pytest.fixture(scope="module")
def french() -> Article:
    return _clean("fr_short_sentences.txt")


@pytest.fixture(scope="module")
def japanese() -> Article:
    return _clean("ja_article.txt")


@pytest.fixture(scope="module")
def thai() -> Article:
    return _clean("th_article.txt")


def test_short_sentences_of_a_language_with_a_list_are_prose():
    spanish, unlisted = describe(["El alcalde presentó el presupuesto ayer.",
                                  "Starosta včera představil rozpočet města Brna."], "es")
    assert spanish.prose
    assert not unlisted.prose


def test_lines_without_function_words_of_the_page_language_are_no_prose():
    assert describe([FRENCH_TEASER], "xx")[0].prose
    assert not describe([FRENCH_TEASER], "fr")[0].prose


def test_german_and_english_function_words_count_on_every_page():
    assert {"der", "the"} <= stop_words("fr")
    assert "les" in stop_words("fr") and "les" not in stop_words("de")
    assert describe(["The council approved the budget on Monday."], "fr")[0].prose


def test_norwegian_as_the_identifier_names_it_reads_the_bokmal_list():
    assert has_stop_words("no") and "ikke" in stop_words("no")


def test_french_body_is_the_short_sentences_not_the_teasers(french):
    assert french.body.startswith("Le conseil municipal a voté le budget.")
    assert "Les travaux commenceront dès le printemps." in french.body
    assert "Tennis" not in french.body and "Cyclisme" not in french.body


def test_chinese_and_japanese_words_are_counted_by_characters():
    line = describe(["市長は記者会見で「子どもたちが集まる場所にしたい」と述べた。"], "ja")[0]
    assert 10 <= line.words <= 20
    assert line.prose
    assert describe(["市政府周一宣布将在明年扩建三所小学。"], "zh")[0].prose
    assert describe(["市议会今天通过预算"], "zh")[0].words == 5


def test_full_width_punctuation_ends_a_sentence():
    assert ends_sentence("会议将于明天继续。")
    assert ends_sentence("本当にそうなのか？")
    assert ends_sentence("彼は「わかった。」")
    assert not ends_sentence("関連記事")


def test_japanese_article_gets_its_body_and_title(japanese):
    assert japanese.body.startswith("市議会は十二日")
    assert japanese.body.endswith("声も上がった。")
    assert "ホーム" not in japanese.body and "関連記事" not in japanese.body
    assert [f.text for f in japanese.furniture if f.kind == "title"] == ["市議会、新しい図書館の建設を承認"]


def test_thai_article_without_sentence_marks_gets_its_long_paragraphs_and_title(thai):
    """Thai writes no sentence-end marks and no spaces between words: its vowel and tone marks split
    it into about as many tokens as words, so long paragraphs still read as prose (a short one
    does not: a known gap)."""
    assert thai.language == "th"
    assert thai.body.startswith("สภาเมืองมีมติเห็นชอบ")
    assert "นายกเทศมนตรีกล่าวกับผู้สื่อข่าวว่า" in thai.body
    assert "หน้าแรก" not in thai.body and "ฝนตกหนัก" not in thai.body
    assert [f.text for f in thai.furniture if f.kind == "title"] == ["สภาเมืองอนุมัติแผนสร้างห้องสมุดแห่งใหม่ใกล้สถานีรถไฟ"]


def test_a_lead_cut_off_with_a_bracketed_ellipsis_ends_no_sentence():
    assert not ends_sentence("Assemblée générale du comité local mardi soir à la salle (...)")
    assert not ends_sentence("Die Gemeinde plant ein neues Bad am Stadtrand […]")
    assert ends_sentence("Er sagte, es werde teurer (um zehn Prozent).")
    assert not describe(["Assemblée générale du comité local mardi soir à la salle (...)"], "fr")[0].prose


@pytest.mark.parametrize(("line", "kind"), [
    ("Leggi anche:", "related"), ("Compartir en Facebook", "share"), ("27 commentaires", "comment"),
    ("Publicidade", "ad"), ("Lees ook", "related")])
def test_furniture_labels_of_other_languages_are_named_on_every_page(line, kind):
    assert furniture_kind(line) == kind


def test_french_share_and_comment_labels_are_furniture(french):
    kinds = {f.text: f.kind for f in french.furniture}
    assert kinds["Partager"] == "share"
