"""The shipped entity model on invented sentences, and a held-out quality floor on GermEval."""
from __future__ import annotations

import pytest

from lagebild.eval.ner import spans
from lagebild.model import Article, Mention, Source
from lagebild.nlp.entities import tag, tag_article
from lagebild.nlp.sentences import split, split_article
from lagebild.resources import shared_dir
from lagebild.settings import Settings


def found(text: str, lang: str = "de") -> dict[str, str]:
    sentences, tokens = split(text, lang)
    return {m.text: m.label for m in tag(text, sentences, tokens, lang)}


def test_german_people_places_and_organisations():
    mentions = found("Bundeskanzlerin Angela Merkel reiste am Montag mit Vertretern der Siemens AG nach Paris.")
    assert mentions.get("Angela Merkel") == "PER"
    assert mentions.get("Paris") == "LOC"
    assert any(label == "ORG" and "Siemens" in text for text, label in mentions.items())
    assert "Montag" not in mentions


def test_derived_and_part_forms_become_flags():
    text = "Die französische Regierung lobte die EU-Kommission."
    sentences, tokens = split(text, "de")
    mentions = {m.text: m for m in tag(text, sentences, tokens, "de")}
    assert mentions["französische"].label == "LOC" and mentions["französische"].deriv
    assert mentions["EU-Kommission"].label == "ORG" and mentions["EU-Kommission"].part


def test_offsets_point_into_the_text():
    text = "Gestern sprach Peter Schulz in Hamburg.\n\nDann flog er nach Wien."
    sentences, tokens = split(text, "de")
    for mention in tag(text, sentences, tokens, "de"):
        assert text[mention.start:mention.end] == mention.text


def test_english_names_and_places():
    mentions = found("On Tuesday, President Joe Biden met Prime Minister Rishi Sunak in London.", "en")
    assert any(label == "PER" and "Biden" in text for text, label in mentions.items())
    assert mentions.get("London") == "LOC"
    assert "On" not in mentions and "Tuesday" not in mentions


def test_english_titles_articles_and_nationalities_are_trimmed():
    text = "German Chancellor Olaf Scholz and the United Nations met in New York."
    sentences, tokens = split(text, "en")
    mentions = {m.text: m for m in tag(text, sentences, tokens, "en")}
    assert mentions["Olaf Scholz"].label == "PER"
    assert mentions["German"].label == "LOC" and mentions["German"].deriv
    assert "United Nations" in mentions and "New York" in mentions


def test_english_titles_inside_a_name_split_it():
    mentions = found("On Monday, Denver Mayor Paul Ortega said the plan would go ahead.", "en")
    assert mentions.get("Paul Ortega") == "PER"
    assert mentions.get("Denver") == "LOC"
    assert not any("Mayor" in text for text in mentions)


@pytest.mark.parametrize("text, name, label", [
    ("She lives on Kingsley Avenue near the old mill.", "Kingsley Avenue", "LOC"),
    ("In a statement, Tomlin Labs said its profits fell.", "Tomlin Labs", "ORG"),
    ("Commissioner Peter Wells met reporters in the U.S. capital.", "U.S.", "LOC"),
])
def test_english_head_words_and_abbreviations_set_the_type(text, name, label):
    assert found(text, "en").get(name) == label


def test_english_names_stop_before_dates_and_possessives():
    mentions = found("Police said Ortega's office declined to comment on the matter. "
                     "Guests of the Riverside Spring Gala on March 3 raised money.", "en")
    assert "Ortega" in mentions and "Ortega's" not in mentions
    assert not any("March" in text for text in mentions)


def test_english_shouted_words_are_no_names():
    mentions = found("UNSPECIFIED - The mayor spoke in Denver on Monday.", "en")
    assert "UNSPECIFIED" not in mentions and mentions.get("Denver") == "LOC"


def test_english_quality_floor():
    if not (shared_dir() / "data" / "htmldate_eval").is_dir():
        pytest.skip("htmldate pages not present")
    from lagebild.eval.ner_en import evaluate

    assert evaluate(split="dev")["micro"]["f1"] >= 0.72


def test_pipeline_stages_fill_the_article():
    article = Article(id="a", source=Source(), raw="", language="de",
                      body="Die Feuerwehr in Köln meldete einen Brand. Bürgermeisterin Henriette Reker kam.")
    settings = Settings()
    article = tag_article(split_article(article, settings), settings)
    assert len(article.sentences) == 2
    assert {m.text for m in article.entities} >= {"Köln", "Henriette Reker"}


def test_names_found_once_are_found_again_in_the_same_text():
    from lagebild.nlp.entities import _propagate

    text = "Klara Vogt kam. Vogt blieb. Zur Regierung sagte Vogt nichts."
    _, tokens = split(text, "de")
    start = text.index("Regierung")
    found = _propagate(text, tokens, [Mention(0, 10, "Klara Vogt", "PER"), Mention(start, start + 9, "Regierung", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Klara Vogt", "PER"), ("Vogt", "PER"), ("Regierung", "ORG"), ("Vogt", "PER")]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_multi_word_names_are_marked_as_sequences():
    from lagebild.nlp.ner.gazetteer import name_sequences

    words = "Gestern flog Angela Merkel nach New York und traf Peter in Frankfurt am Main .".split()
    marks = dict(zip(range(len(words)), name_sequences(words)))
    assert [marks[i] for i in (2, 3)] == ["B-person", "I-person"]
    assert [marks[i] for i in (5, 6)] == ["B-place", "I-place"]
    assert [marks[i] for i in (11, 12, 13)] == ["B-place", "I-place", "I-place"]
    assert marks[9] is None and marks[4] is None


def test_chunking_follows_conll():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")}


def test_heldout_quality_floor():
    if not (shared_dir() / "data" / "germeval2014_ner").is_dir():
        pytest.skip("GermEval data not present")
    from lagebild.eval.ner import evaluate

    result = evaluate(limit=400)
    assert result["four_labels"]["micro"]["f1"] >= 0.65
    assert result["four_labels"]["labels"]["PER"]["f1"] >= 0.71


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = "Senator Maria Lindqvist spoke first. Later, Lindqvist left the hall in Denver."
    sentences, tokens = split(text, "en")
    labels = {(m.text, m.label) for m in tag(text, sentences, tokens, "en")}
    assert ("Lindqvist", "PER") in labels and ("Maria Lindqvist", "PER") in labels


def test_english_sentence_openers_and_punctuation_are_no_part_of_names():
    mentions = found('"Well, the plan works," said Maria Lindqvist. Instead, Lindqvist, who chairs it, left.', "en")
    assert not any(text.endswith(",") or text in ("Well", "Instead") for text in mentions)


def test_english_clause_long_chunks_break_into_names():
    from lagebild.nlp.entities import tagger_for
    from lagebild.nlp.ner.capitals import split_at_lower_case

    words = "at Harlow Field before the final between the Riverside Hawks and the Carlton Tigers".split()
    tagger = tagger_for("en")
    tagger.tag_words(words)
    pieces = split_at_lower_case(words, [(1, len(words), "OTH")], "en", tagger)
    names = [" ".join(words[first:end]) for first, end, _ in pieces]
    assert names == ["Harlow Field", "Riverside Hawks", "Carlton Tigers"]
    assert pieces[0][2] == "OTH"


def test_touching_chunks_join_only_where_names_never_touch():
    from lagebild.nlp.ner.capitals import join_adjacent

    chunks = [(0, 2, "LOC"), (2, 5, "ORG")]
    assert join_adjacent(chunks, [], touching_chunks=True) == [(0, 5, "ORG")]
    assert join_adjacent(chunks, [], touching_chunks=False) == chunks


def test_english_common_words_opening_a_sentence_are_no_names():
    mentions = found("Mourners gathered outside the church in Denver. Normally the square is quiet. "
                     "Workers said Haley had left. Boston stayed calm.", "en")
    assert not {"Mourners", "Normally", "Workers"} & set(mentions)
    assert mentions.get("Denver") == "LOC" and "Haley" in mentions and "Boston" in mentions


def test_overlong_sentences_are_tagged_in_windows(monkeypatch):
    import lagebild.nlp.entities as entities

    text = "Gestern traf Angela Merkel in Hamburg den Bürgermeister und sprach lange mit ihm über Berlin"
    sentences, tokens = split(text, "de")
    calls = []
    tag_words = entities.EntityTagger.tag_words
    monkeypatch.setattr(entities, "LONGEST_TAGGED_SENTENCE", 6)
    monkeypatch.setattr(entities.EntityTagger, "tag_words", lambda self, words: calls.append(len(words)) or tag_words(self, words))
    windowed = tag(text, sentences, tokens, "de")
    assert max(calls) == 6 and sum(calls) == len(tokens)
    assert {text[m.start:m.end] for m in windowed} >= {"Hamburg", "Berlin"}
    assert all(text[m.start:m.end] == m.text for m in windowed)


def test_a_clear_majority_types_every_mention_of_a_name():
    from lagebild.nlp.entities import _majority_labels

    mentions = [Mention(0, 5, "China", "LOC"), Mention(10, 15, "China", "LOC"), Mention(20, 25, "China", "PER"),
                Mention(26, 29, "China", "LOC"),
                Mention(30, 36, "Chinas", "PER"), Mention(40, 45, "Vogts", "PER"), Mention(50, 55, "Vogts", "ORG"),
                Mention(60, 68, "chinesische", "LOC", deriv=True)]
    labels = [m.label for m in _majority_labels(mentions)]
    assert labels == ["LOC", "LOC", "LOC", "LOC", "LOC", "PER", "ORG", "LOC"]


def test_a_name_the_model_found_is_found_again_far_away_but_never_inside_another_mention():
    from lagebild.nlp.entities import _propagate
    from lagebild.nlp.tokens import tokenize

    text = "Kellmann kam. " + "Es regnete lange. " * 200 + "Dann sprach Kellmann. Im Haus Kellmann blieb es still."
    tokens = tokenize(text, "de")
    house = text.index("Haus Kellmann")
    found = _propagate(text, tokens, [Mention(0, 8, "Kellmann", "PER"), Mention(house, house + 13, "Haus Kellmann", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Kellmann", "PER"), ("Kellmann", "PER"), ("Haus Kellmann", "ORG")]
    assert found[1].start == text.index("Kellmann.", 20)
