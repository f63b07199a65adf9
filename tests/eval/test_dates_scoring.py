from lagebild.eval.dates import _author_outcome


def test_a_predicted_author_must_match_whole_words_of_the_gold_field():
    assert _author_outcome(["Michaela Probe"], "Ela") == 1
    assert _author_outcome(["Anna Probe", "Karl Muster"], "Von Anna Probe und Jo Beispiel") == 0
    assert _author_outcome([], "Anna Probe") == 2
