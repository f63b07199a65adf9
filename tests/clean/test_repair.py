"""Scraping-artefact repairs act on strong evidence only and leave normal text alone."""
from __future__ import annotations

from collections import Counter

from lagebild.clean.repair import (
    split_credit, split_dateline, split_glued_credit, split_trailing_agency, unglue_words,
)


def test_glued_dateline_split():
    assert split_dateline("HafenstadtDie Stadt plant neue Wege.")[::2] == ("Hafenstadt", "Die Stadt plant neue Wege.")


def test_capital_dateline_with_dash_split():
    assert split_dateline("OSLO.- Die Regierung hat entschieden.")[::2] == ("OSLO", "Die Regierung hat entschieden.")


def test_dateline_with_agency_split():
    assert split_dateline("Bremen (dpa) - Die Polizei sucht Zeugen.") == ("Bremen", "dpa", "Die Polizei sucht Zeugen.")


def test_ordinary_opening_is_not_a_dateline():
    text = "Die Regierung hat am Montag entschieden, die Steuern zu senken."
    assert split_dateline(text) == (None, None, text)
    assert split_dateline("YouTube hat neue Regeln.")[0] is None


def test_glued_caption_credit_split():
    assert split_glued_credit("Ein Schiff im Hafen der Stadt.ANNA BEISPIEL – POOL") == (
        "Ein Schiff im Hafen der Stadt.", "ANNA BEISPIEL – POOL")
    assert split_glued_credit("Boote liegen im Hafen bereitGETTY") == ("Boote liegen im Hafen bereit", "GETTY")


def test_glued_credit_with_agency_and_name():
    assert split_glued_credit("Der Werkleiter vor dem TorBEISPIELZEITUNG/Anna Muster") == (
        "Der Werkleiter vor dem Tor", "BEISPIELZEITUNG/Anna Muster")


def test_capitalised_word_at_sentence_end_is_no_credit():
    text = "Die Sitzung fand in der Zentrale der NATO"
    assert split_glued_credit(text) == (text, None)


def test_trailing_agency_only_for_known_or_slashed_markers():
    assert split_trailing_agency("Das sagte er am Abend. (AFP/xyz)") == ("Das sagte er am Abend.", "AFP/xyz")
    assert split_trailing_agency("Das sagte er am Abend. (dpa)") == ("Das sagte er am Abend.", "dpa")
    text = "Er nannte die Zahl (vierzig)"
    assert split_trailing_agency(text) == (text, None)


def test_unglue_words_needs_both_halves_elsewhere():
    vocabulary = Counter({"verhängt": 2, "Die": 5, "verhängtDie": 1})
    assert unglue_words("Sanktionen wurden verhängtDie Regierung", vocabulary.__getitem__) == \
        "Sanktionen wurden verhängt Die Regierung"


def test_unglue_words_leaves_camel_case_and_unknown_halves():
    vocabulary = Counter({"You": 3, "Tube": 2, "PayPal": 1, "Pay": 1, "Pal": 1})
    assert unglue_words("Er schaute YouTube und nutzte PayPal", vocabulary.__getitem__) == \
        "Er schaute YouTube und nutzte PayPal"
    assert unglue_words("eine neueForm", Counter({"neueForm": 1}).__getitem__) == "eine neueForm"


def test_inline_caption_credit_split():
    assert split_credit("Ein Boot auf dem See. | © Beispiel-Agentur/Muster") == (
        "Ein Boot auf dem See.", "Beispiel-Agentur/Muster")
    assert split_credit("Kinder spielen im Schnee (Symbolbild).")[1] == "Symbolbild"


def test_colon_inside_a_sentence_is_no_credit():
    text = "Das zeigt das Bild: Die Lage bleibt ernst."
    assert split_credit(text) == (text, None)


def test_the_word_copyright_in_a_sentence_is_no_credit():
    """A bare "copyright" opens a credit only before a name, a year, a colon or "by"; in a sentence
    it is the legal term ("copyright holders", "Copyright-Nennung", "striktem Copyright.")."""
    for text in ("The licence is granted for the term of copyright on the program.",
                 "Only the copyright holders of that material may add terms to this licence.",
                 "Verärgert, weil es keine Copyright-Nennung gab.",
                 "Auch nicht bei striktem Copyright."):
        assert split_credit(text) == (text, None)
    assert split_credit("Ein Boot auf dem See. Copyright Beispiel-Agentur")[1] == "Beispiel-Agentur"
    assert split_credit("Ein Boot auf dem See. Copyright 2021 Anna Muster")[1] == "2021 Anna Muster"
    assert split_credit("A boat on the lake. Copyright by Jane Roe")[1] == "by Jane Roe"


def test_credit_in_parentheses_at_the_end_split():
    assert split_credit("Die Mannschaft jubelt nach dem Sieg. (Foto: Erika Muster)") == (
        "Die Mannschaft jubelt nach dem Sieg.", "Erika Muster")
    text = "Die Zahl stieg deutlich (Quelle: Statistikamt)."
    assert split_credit(text) == (text, None)


def test_open_licence_at_the_end_of_a_caption_is_its_credit():
    assert split_credit("Der neue Fähranleger am Nordufer. CC-BY-SA 2.0") == (
        "Der neue Fähranleger am Nordufer.", "CC-BY-SA 2.0")
    assert split_credit("The new pier at dawn (CC BY 4.0)")[1] == "CC BY 4.0"
    assert split_credit("Wir stellen den Text unter eine offene Lizenz.")[1] is None


def test_credit_marker_forms_keep_the_caption_whole():
    """The credit patterns start at a separator, a marker or the space before a separator: the
    caption keeps a sentence end glued to the credit word and loses the separator."""
    assert split_credit("Ein Boot am See.Foto: Anna Muster") == ("Ein Boot am See.", "Anna Muster")
    assert split_credit("Ein Boot am See – Foto: Anna Muster") == ("Ein Boot am See", "Anna Muster")
    assert split_credit("Ein Boot am See | Copyright Beispiel") == ("Ein Boot am See", "Beispiel")
    assert split_credit("Ein Boot am See ©Beispiel-Agentur") == ("Ein Boot am See", "Beispiel-Agentur")


def test_a_line_opening_with_a_credit_marker_is_no_caption_with_credit():
    text = "© Beispiel-Agentur und andere"
    assert split_credit(text) == (text, None)
