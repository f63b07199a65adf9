"""Indirect and reported speech: frames with appositions, source phrases, cue verbs with their
content clauses, in German and English (invented sentences)."""
from datetime import date

import pytest

from lagebild.model import Quote
from lagebild.nlp.quotes import extract
from lagebild.nlp.sentences import split

DCT = date(2024, 3, 7)


def quotes(text: str, lang: str = "de") -> list[Quote]:
    sentences, tokens = split(text, lang)
    return extract(text, sentences, tokens, [], lang, DCT)


def content(text: str, quote: Quote) -> str:
    return " ".join(span.of(text) for span in quote.spans)


def only(text: str, lang: str = "de") -> Quote:
    found = quotes(text, lang)
    assert len(found) == 1, [content(text, q) for q in found]
    return found[0]


@pytest.mark.parametrize("text, words, speaker", [
    ("Die Straße bleibe bis Freitag gesperrt, sagte Jana Holm, die Sprecherin der Stadtwerke.",
     "Die Straße bleibe bis Freitag gesperrt", "Jana Holm"),
    ("Der Vertrag werde im Mai unterschrieben, erklärte Piet Vos, Vorsitzender des Vereins.",
     "Der Vertrag werde im Mai unterschrieben", "Piet Vos"),
    ("The bridge will stay closed until Friday, said Jana Holm, a spokeswoman for the city.",
     "The bridge will stay closed until Friday", "Jana Holm"),
])
def test_apposition_after_a_trailing_frame_belongs_to_the_speaker(text, words, speaker):
    quote = only(text, "en" if text.startswith("The") else "de")
    assert content(text, quote) == words
    assert quote.speaker.text == speaker


def test_relative_clause_after_a_noun_is_no_apposition_of_a_frame():
    text = "Es sind zwölf neue Stellen entstanden, die Betreiber sprechen von bis zu zwanzig Stellen, die bald folgen."
    assert "Es sind zwölf neue Stellen entstanden" not in [content(text, q) for q in quotes(text)]


@pytest.mark.parametrize("text, speaker, words", [
    ("Die Halle bleibt gemäß der Stadtverwaltung bis zum Sommer geschlossen.", "der Stadtverwaltung",
     "Die Halle bleibt bis zum Sommer geschlossen"),
    ("Aus Sicht der Gewerkschaft ist der Abschluss ein Erfolg für alle Beschäftigten.", "der Gewerkschaft",
     "ist der Abschluss ein Erfolg für alle Beschäftigten"),
    ("Nach Recherchen der Lokalzeitung hat der Konzern die Pläne längst aufgegeben.", "der Lokalzeitung",
     "hat der Konzern die Pläne längst aufgegeben"),
])
def test_source_phrases_without_a_verb_of_saying(text, speaker, words):
    quote = only(text)
    assert quote.type == "Indirect"
    assert quote.speaker.text == speaker
    assert content(text, quote) == words


@pytest.mark.parametrize("text, speaker, words", [
    ("Die Kinder stammen Polizeiberichten zufolge aus dem Nachbarort.", "Polizeiberichten",
     "Die Kinder stammen aus dem Nachbarort"),
    ("Dem Sender al-Arabija zufolge wird die Grenze morgen wieder geöffnet.", "Dem Sender al-Arabija",
     "wird die Grenze morgen wieder geöffnet"),
    ("Laut einer am Montag veröffentlichten Mitteilung des Amtes sind drei Brücken gesperrt.",
     "einer am Montag veröffentlichten Mitteilung des Amtes", "sind drei Brücken gesperrt"),
])
def test_source_noun_phrases_the_frame_must_keep_whole(text, speaker, words):
    quote = only(text)
    assert quote.speaker.text == speaker
    assert content(text, quote) == words


def test_participle_attribute_inside_a_speaker_phrase():
    text = "Der seit 2010 amtierende Bürgermeister sagte, die Stadt werde sparen müssen."
    assert only(text).speaker.text == "Der seit 2010 amtierende Bürgermeister"


def test_preposition_at_the_end_of_a_short_window_is_no_verb_particle():
    text = "Die Feuerwehr gibt an, es gebe keine Berichte zu Verletzten oder Toten."
    quote = only(text)
    assert content(text, quote) == "es gebe keine Berichte zu Verletzten oder Toten"
    assert quote.speaker.text == "Die Feuerwehr"


def test_second_verb_of_the_same_subject_after_a_comma_reports():
    text = "Die Behörde bestätigte den Unfall, teilte aber mit, die Ursache sei noch unklar."
    quote = only(text)
    assert content(text, quote) == "die Ursache sei noch unklar"
    assert quote.speaker.text == "Die Behörde" and quote.cue.text == "teilte"


def test_apposition_opening_with_an_adjective():
    text = "Die Lage sei unter Kontrolle, sagte Ole Berg, dänischer Offizier und Leiter der Mission."
    quote = only(text)
    assert content(text, quote) == "Die Lage sei unter Kontrolle"
    assert quote.speaker.text == "Ole Berg"


@pytest.mark.parametrize("lang, text, words, speaker", [
    ("de", "Die Brücke werde, sagte der Minister, im Mai wieder geöffnet.",
     ["Die Brücke werde", "im Mai wieder geöffnet"], "der Minister"),
    ("en", "The bridge, officials said, will reopen in May.", ["The bridge", "will reopen in May"], "officials"),
    ("en", "The bridge, said the mayor, will reopen in May.", ["The bridge", "will reopen in May"], "the mayor"),
])
def test_frame_inserted_between_commas(lang, text, words, speaker):
    quote = only(text, lang)
    assert [span.of(text) for span in quote.spans] == words
    assert quote.speaker.text == speaker


@pytest.mark.parametrize("text", [
    "Der Direktor der Behörde, Eva Lind, bezeichnet den Plan als gescheitert.",
    "Während die Preise stabil bleiben, erwartet die Vorsitzende des Verbands, Eva Lind, einen Anstieg.",
])
def test_subject_with_apposition_is_no_inserted_frame(text):
    assert all(len(q.spans) == 1 for q in quotes(text))


def test_english_addressee_ends_before_the_next_article():
    text = "A spokesman for the ministry told reporters the talks had failed."
    quote = only(text, "en")
    assert content(text, quote) == "the talks had failed"
    assert quote.speaker.text == "A spokesman for the ministry"
    assert quote.addressee.text == "reporters"


@pytest.mark.parametrize("text, kind", [
    ("The company confirmed the layoffs on Monday.", "Reported"),
    ("The company announced it would cut 500 jobs.", "Indirect"),
    ("The company announced that the plant will close.", "Indirect"),
])
def test_english_object_of_a_reporting_verb_is_no_content_clause(text, kind):
    assert only(text, "en").type == kind


def test_demnach_inside_the_clause_marks_reported_content():
    text = "Die Rolle der Aufsicht soll demnach weiter gestärkt werden."
    quote = only(text)
    assert [span.of(text) for span in quote.spans] == ["Die Rolle der Aufsicht soll", "weiter gestärkt werden"]
    assert quote.speaker.text == "demnach"


def test_wonach_still_needs_to_open_its_clause():
    text = "Die Aufsicht wird wonach gestärkt."
    assert quotes(text) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Der Zeitplan sei nicht zu halten, so bestätigt das Ministerium.", ["Der Zeitplan sei nicht zu halten"],
     "das Ministerium"),
    ("Für die Stadt, so schrieb die Ministerin, sei das ein harter Schlag.",
     ["Für die Stadt", "sei das ein harter Schlag"], "die Ministerin"),
])
def test_so_with_a_verb_of_saying_frames_the_content(text, words, speaker):
    quote = only(text)
    assert [span.of(text) for span in quote.spans] == words
    assert quote.speaker.text == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Die Ursache sei noch unklar, verlautbarte Tom Lind, der Direktor der Reederei, in einer Mitteilung.",
     "Die Ursache sei noch unklar", "Tom Lind"),
    ("Die Verhandlungen seien gescheitert, hieß es vom Sprecher des Ministeriums.",
     "Die Verhandlungen seien gescheitert", "Sprecher des Ministeriums"),
])
def test_trailing_frames_with_what_follows_the_speaker(text, words, speaker):
    quote = only(text)
    assert content(text, quote) == words
    assert quote.speaker.text == speaker


def test_trailing_frame_opening_with_its_verb_may_run_long():
    text = ("Die Anreise könne zum Problem werden, sagte Eva Lind vom „Bündnis Nord“ gestern in einem langen "
            "Interview mit der Zeitung „Abendblatt“.")
    quote = only(text)
    assert content(text, quote) == "Die Anreise könne zum Problem werden"
    assert quote.speaker.text.startswith("Eva Lind")


def test_report_before_a_long_quotation_in_the_same_sentence():
    text = ("Er sagte, die Stadt brauche mehr Busse und fügte hinzu: „Wer soll denn sonst die Kinder zur Schule "
            "bringen, wenn die Eltern arbeiten müssen und keine Zeit haben?“")
    found = quotes(text)
    assert [q.type for q in found] == ["Indirect", "Direct"]
    assert content(text, found[0]) == "die Stadt brauche mehr Busse"
    assert found[0].speaker.text == "Er"


@pytest.mark.parametrize("text, speaker", [
    ("The damage is unknown but a local fire chief said two barns had burned down.", "a local fire chief"),
    ("The vote passed easily, and council member Ann Roe told reporters it was a fair result.", "council member Ann Roe"),
    ("The bridge was closed and Harlow County said repairs would take a month.", "Harlow County"),
    ("The meeting was led by former mayor Tom Reed, who announced last week he would run again.", "former mayor Tom Reed"),
    ("As the crowd booed the proposal, she added that the plan would stay.", "she"),
    ("Asked why she had resigned, Ann Roe told reporters she was tired of the job.", "Ann Roe"),
])
def test_english_speaker_stands_right_before_its_verb(text, speaker):
    quote = only(text, "en")
    assert quote.speaker is not None
    assert quote.speaker.text in speaker and quote.speaker.text.endswith(speaker.split()[-1])


def test_english_relative_clause_set_off_by_commas_is_no_subject():
    quote = only("Ann Roe, the mayor of Harlow, who chairs the board, said the budget was balanced.", "en")
    assert quote.speaker is not None and quote.speaker.text.startswith("Ann Roe")
