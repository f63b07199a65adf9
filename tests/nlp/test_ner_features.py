"""The entity model's sentence-level and lexicon features (lagebild.nlp.ner)."""
from lagebild.nlp.ner.features import quotation_features, sentence_features, shape, short_shape, word_features
from lagebild.nlp.ner.gazetteer import given_names, name_sequences, noun_evidence


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


def test_shape_follows_the_unicode_character_classes():
    # Titlecase "ǅ" is neither upper nor lower case; "²" and "Ⅻ" are a digit and a capital.
    assert shape("Ǆa-ǅ²Ⅻ") == "Xx-ǅdX"
    assert short_shape(shape("Xaver-Müller77")) == "Xx-Xxd"


def test_capitals_and_digits_are_read_off_the_shape():
    assert {"cap", "cap=inner", "digit"} <= set(word_features("McDonald2"))
    assert "cap=all" in word_features("NATO")
    assert "cap=lower" in word_features("über") and "digit" not in word_features("über")
    assert "digit" in word_features("x²")


def test_words_two_away_see_only_lower_case_and_shape():
    features = sentence_features("Frau Anna Schelvis sagte".split())
    assert sorted(f for f in features[0] if f.startswith("+2:")) == ["+2:l=schelvis", "+2:sh=Xx"]
    near = [f for f in features[1] if f.startswith("+1:")]
    assert near[:2] == ["+1:l=schelvis", "+1:sh=Xx"] and "+1:cap" in near and "+1:s3=vis" in near


def test_first_names_of_many_countries_mark_a_following_capitalised_word():
    words = "Gestern sprach Jürgen Trümmel mit Annegret Schelvis .".split()
    marks = name_sequences(words)
    assert marks[2:7] == ["B-person", "I-person", None, "B-person", "I-person"]
    assert "gz=given_name" in word_features("Jürgen")
    assert "-1:gz=given_name" in sentence_features(words)[3]


def test_given_names_written_in_lower_case_in_the_training_text_are_left_out():
    assert "Jürgen" in given_names()
    assert not {"Sie", "Will"} & given_names()


def test_regions_have_a_feature_of_their_own():
    assert "gz=region" in word_features("Niedersachsen")
    assert "gz=region" in word_features("Abruzzen")
    assert "gz=region" not in word_features("Hannover")
