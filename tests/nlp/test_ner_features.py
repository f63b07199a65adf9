"""The entity model's sentence-level and lexicon features (lagebild.nlp.ner)."""
from lagebild.nlp.ner.features import quotation_features, sentence_features
from lagebild.nlp.ner.gazetteer import noun_evidence


def test_words_inside_german_quotation_marks_are_marked():
    words = "Er las „ Der letzte Sommer “ gestern .".split()
    marks = quotation_features(words)
    assert set(marks[3]) == {"q=first", "q=in"}
    assert "q=in" in marks[4]
    assert "q=last" in marks[5] and "q=in" in marks[5]
    assert marks[0] == marks[1] == marks[7] == []


def test_straight_quotes_alternate_between_opening_and_closing():
    words = 'Sie sahen " Alien " und " Heat " .'.split()
    marks = quotation_features(words)
    inside = [i for i, found in enumerate(marks) if "q=in" in found]
    assert inside == [3, 7]
    assert "q=in" not in marks[5]


def test_a_closing_mark_alone_opens_nothing():
    marks = quotation_features("sagte er “ und ging".split())
    assert all(found == [] for found in marks)


def test_noun_evidence_separates_nouns_from_unknown_names():
    assert noun_evidence("regierungen") == "nn"
    assert noun_evidence("hausbesetzerszene") == "cmp"
    assert noun_evidence("schelvis") == "unknown"


def test_neighbours_see_the_noun_evidence():
    features = sentence_features("Der Sprecher Schelvis sagte".split())
    assert "kn=unknown" in features[2]
    assert "-1:kn=unknown" in features[3]
    assert "+1:kn=unknown" in features[1]
