import pytest

from lagebild.meta.byline_words import _infix, _infix_anchors, anchor_search, handle_on_dated_line, names_after_byline_word, names_in


def test_names_stop_at_roles_and_keep_particles():
    assert names_in("Ursula von der Probe, Korrespondentin in Brüssel") == ["Ursula von der Probe"]
    assert names_in("dpa") == []


def test_byline_word_inside_a_dated_header_line():
    assert names_after_byline_word("Posted on 21. Juli 2019 by Anna Muster") == ["Anna Muster"]
    assert names_after_byline_word("Startseite | Par Jean Exemple | 30 septembre 2018") == ["Jean Exemple"]


def test_a_list_of_single_capitalised_words_is_no_byline():
    assert names_in("Risiken und Nebenwirkungen", minimum_tokens=1) == []
    assert names_in("Heiko", minimum_tokens=1) == ["Heiko"]


def test_initials_keep_their_dots():
    assert names_in("R.C. Beispiel") == ["R.C. Beispiel"]


def test_a_middle_initial_is_no_conjunction_nor_an_outlet_acronym():
    assert names_in("Anna E. Muster und Ben Beispiel") == ["Anna E. Muster", "Ben Beispiel"]
    assert names_in("Anna Muster und Ben C. Beispiel, Portville") == ["Anna Muster", "Ben C. Beispiel"]
    assert names_in("Maria Esempio e Luca Prova") == ["Maria Esempio", "Luca Prova"]


def test_a_particle_hyphenated_to_the_surname_belongs_to_the_name():
    assert names_in("Samir al-Beispiel") == ["Samir al-Beispiel"]


def test_a_role_glued_to_the_surname_is_cut_off():
    assert names_in("Lena ProbeStaff Writer") == ["Lena Probe"]
    assert names_in("Anna McBeispiel") == ["Anna McBeispiel"]


def test_a_lower_case_byline_word_after_a_word_is_part_of_a_phrase():
    assert names_after_byline_word("Die Polizei fand das Fahrrad von Anna Muster", minimum_tokens=2) == []
    assert names_after_byline_word("Foto von Anna Muster") == []
    assert names_after_byline_word("Post author By Anna Muster") == ["Anna Muster"]
    assert names_after_byline_word("Veröffentlicht vonAnna Muster 3. Mai 2021") == ["Anna Muster"]
    assert names_after_byline_word("Blog Beitrag von Anna Muster", minimum_tokens=2) == ["Anna Muster"]


def test_a_label_with_a_colon_ends_the_name_and_a_lower_case_phrase_names_nobody():
    assert names_in("Anna Muster / Kategorien: Politik, Region") == ["Anna Muster"]
    assert names_in("mit Anna Muster und Ben Beispiel") == []


def test_a_byline_word_before_a_list_of_nouns_is_no_user_name():
    assert handle_on_dated_line("Von Regeln, Ausnahmen und dem ganzen Rest", dated=True) == []
    assert handle_on_dated_line("von radler_42, 3. Mai 2021", dated=True) == ["radler_42"]


def test_a_picture_credit_word_after_a_byline_label_is_no_name():
    assert names_in("Bilder", minimum_tokens=1) == []
    assert names_in("Images", minimum_tokens=1) == []
    assert names_in("Anna Muster", minimum_tokens=1) == ["Anna Muster"]


def test_every_byline_word_holds_an_anchor_so_the_gate_before_the_slow_search_hides_no_match():
    anchors = _infix_anchors()
    assert "von" in anchors and "verfasst" not in anchors
    for line in ("Verfasst von Anna Muster", "3. Mai 2021 | Autorin: Anna Muster", "Posted on 3 May by Mary Example",
                 "Über die Autorin Anna Muster", "Publié par Jean Exemple", "Eine Analyse von Anna Muster"):
        assert _infix().search(line) and any(anchor in line.lower() for anchor in anchors)


def test_the_terms_of_a_licence_after_by_are_no_name_but_initials_are():
    assert names_in("NC ND") == []
    assert names_in("R. R.") == ["R. R."]


def test_a_glued_handle_ends_a_name_and_a_name_printed_twice_counts_once():
    assert names_in("Anna Muster@annamuster") == ["Anna Muster"]
    assert names_in("Anna Muster Anna Muster") == ["Anna Muster"]
    assert names_in("R. R.") == ["R. R."]


def test_an_outlet_or_place_after_the_name_is_no_second_author():
    assert names_in("Anna Muster, Beispielstädter Zeitung") == ["Anna Muster"]
    assert names_in("Mary Example, ABC News, Portville") == ["Mary Example"]
    assert names_in("Anna Muster, Ben Beispiel") == ["Anna Muster", "Ben Beispiel"]
    assert names_in("Anna Muster, Quirin Zettel und Ben Beispiel") == ["Anna Muster", "Quirin Zettel", "Ben Beispiel"]


def test_a_publication_word_after_the_name_ends_it():
    assert names_in("Anna Muster Vom 3. Mai 2021") == ["Anna Muster"]
    assert names_in("Mary Example Published March 3, 2021") == ["Mary Example"]


def test_a_byline_word_before_a_name_that_opens_with_a_capital_beyond_latin_1():
    from lagebild.meta.byline_words import names_after_byline_word

    assert names_after_byline_word("Accueil | Par Łucja Ricker | 30 septembre 2018") == ["Łucja Ricker"]


@pytest.mark.parametrize("line", ["Yazar: Şule Ricker", "Автор: Иван Рикер", "Penulis: Budi Ricker", "Tác giả: Nguyễn Văn Ricker",
                                  "Skrevet av Kari Ricker", "Szerző: Ricker Anna", "Kirjoittaja: Matti Ricker", "Testo di Lucia Ricker"])
def test_byline_labels_of_more_languages_open_a_byline(line):
    from lagebild.meta.bylines import opens_byline

    assert opens_byline(line)


def test_a_particle_inside_a_listed_name_is_no_outlet_word():
    assert names_in("Anna Muster and Ben van der Beispiel") == ["Anna Muster", "Ben van der Beispiel"]
    assert names_in("Anna Muster, Der Standard") == ["Anna Muster"]


def test_the_merged_anchor_search_finds_each_anchor_and_nothing_else():
    for anchor in _infix_anchors():
        assert anchor_search()(f"x {anchor} y")
    assert not anchor_search()("heute regnet es")
