from lagebild.meta.bare_names import _card_line, listed_bare_names, lone_first_name, names_beside_dates
from lagebild.meta.dates import find_dates


def test_a_first_name_alone_may_sign_but_a_month_or_a_word_in_capitals_does_not():
    assert lone_first_name("Benni")
    assert not lone_first_name("August")
    assert not lone_first_name("BENNI")


def test_bare_names_listed_with_a_conjunction_are_read_only_when_every_part_is_a_name():
    assert listed_bare_names("Anna Muster und Ben Beispiel") == ["Anna Muster", "Ben Beispiel"]
    assert listed_bare_names("Neue Radwege und Alte Brücken") == []
    assert listed_bare_names("Anna Muster, Ben Beispiel") == []


def test_the_parts_of_a_dated_line_around_its_dates_that_open_with_a_name():
    line = "3. Mai 2021 | Anna Muster | 2 Kommentare"
    assert names_beside_dates(line, find_dates(line)) == ["Anna Muster"]
    line = "03.05.2021 14:10 anna_m"
    assert names_beside_dates(line, find_dates(line)) == ["anna_m"]
    line = "3. Mai 2021 aktualisiert"
    assert names_beside_dates(line, find_dates(line)) == []


def test_load_reads_the_name_lexicons_before_any_article():
    from lagebild.meta import load
    from lagebild.nlp.ner.gazetteer import lexicon_nouns, places

    lexicon_nouns.cache_clear()
    places.cache_clear()
    load()
    assert lexicon_nouns.cache_info().currsize == 1
    assert places.cache_info().currsize == 1


def test_an_authors_card_line_is_a_role_with_its_beat_but_no_byline_label():
    assert _card_line("Korrespondentin für Osteuropa")
    assert _card_line("Political Editor")
    assert not _card_line("Autorin:")
    assert not _card_line("Radtouren im Norden")
