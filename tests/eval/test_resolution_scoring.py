"""NER-on-news scoring inside the resolution evaluation: exact span and label, gold labels only."""
from lagebild.eval.resolution import GoldMention, _name_scores
from lagebild.model import Mention


def test_names_are_scored_on_exact_span_and_label_over_the_gold_labels():
    gold = [GoldMention("d", 0, 5, "PER", "a"), GoldMention("d", 10, 16, "LOC", "b"),
            GoldMention("d", 20, 30, "PER", "a", descriptor=True)]
    found = {"d": [Mention(0, 5, "Vogts", "PER"), Mention(10, 16, "Berlin", "ORG"),
                   Mention(40, 48, "Olympia", "OTH"), Mention(50, 58, "deutsche", "LOC", deriv=True)]}
    scores = _name_scores(gold, found)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5
