from lagebild.meta.byline_words import names_in
from lagebild.meta.names import bare_name, is_title, leading_name


def test_titles_before_a_name_are_dropped_from_it():
    assert names_in("Prof. Dr. Anna Muster und Dr Ben Beispiel") == ["Anna Muster", "Ben Beispiel"]
    assert names_in("Dipl.-Ing. Anna Muster") == ["Anna Muster"]
    assert bare_name("Dr. Anna Muster") == "Anna Muster"
    assert leading_name("Dr. Anna Muster | 3. Mai 2021") == "Anna Muster"


def test_a_title_that_is_also_a_first_name_counts_only_with_its_dot():
    assert is_title("Phil.") and not is_title("Phil")
    assert names_in("Phil Beispiel") == ["Phil Beispiel"]


def test_common_first_names_of_the_languages_read_make_a_bare_name():
    for first in ("Malte", "Sönke", "Olivier", "Matti", "Przemysław", "Volkan", "Zoran", "Urs", "Declan", "Rhys", "Rahul",
                  "Youssef", "Chinedu", "Hiroshi", "Mykhailo"):
        assert bare_name(f"{first} Beispiel") == f"{first} Beispiel"
    assert bare_name("Aktuelle Meldungen") is None


def test_the_first_name_list_holds_capitalised_single_names_once():
    from lagebild.resources import word_list

    entries = word_list("common", "meta_first_names")
    assert len(entries) == len(set(entries))
    assert all(entry[0].isupper() and " " not in entry for entry in entries)


def test_a_role_before_or_after_the_name_is_no_part_of_it():
    from lagebild.meta.names import name_after_role, name_before_role

    assert name_after_role("Wirtschaftsredakteurin Anna Muster") == "Anna Muster"
    assert name_after_role("Senior Political Editor Anna Muster") == "Anna Muster"
    assert name_after_role("Online-Experte Anna Muster") == "Anna Muster"
    assert name_after_role("Neue Radwege Anna Muster") is None
    assert name_before_role("Anna Muster Wirtschaftskorrespondentin") == "Anna Muster"


def test_a_first_name_written_without_its_accents_is_known():
    assert bare_name("Francois Exemple") == "Francois Exemple"
    assert bare_name("Jurgen Beispiel") == "Jurgen Beispiel"


def test_list_entries_that_are_mostly_words_or_places_open_no_name():
    for line in ("King Charles", "China Daily", "Le Monde", "Summer Sale", "Prince Harry"):
        assert bare_name(line) is None
    assert bare_name("Mark Beispiel") == "Mark Beispiel"


def test_words_in_the_worldwide_first_names_open_no_name_even_under_a_byline_label():
    from lagebild.meta.names import is_first_name

    assert not is_first_name("Mai", vouched=True)
    assert is_first_name("Anna", vouched=True)


def test_a_name_shaped_line_is_two_to_four_capitalised_words_before_a_comma():
    from lagebild.meta.names import name_shaped

    assert name_shaped("Ben Beispiel, Autor")
    assert not name_shaped("Ben")
    assert not name_shaped("Ben Beispiel schreibt hier")


def test_a_name_found_again_is_added_once_in_the_order_found():
    from lagebild.meta.names import add_names

    names = ["Anna Muster"]
    add_names(names, ["Ben Beispiel", "Anna Muster", "Ben Beispiel"])
    assert names == ["Anna Muster", "Ben Beispiel"]


def test_the_words_beside_a_role_whatever_the_first_name():
    from lagebild.meta.names import words_beside_role

    assert words_beside_role("Zorvek Muster Political editor") == "Zorvek Muster"
    assert words_beside_role("Redakteurin Zorvek Muster") == "Zorvek Muster"
    assert words_beside_role("Zorvek Muster Radwege") is None


def test_a_particle_joined_to_the_surname_belongs_to_the_name():
    assert leading_name("Samir al-Sayed | 3. Mai 2021") == "Samir al-Sayed"
    assert leading_name("Samir al-sayed | 3. Mai 2021") is None
