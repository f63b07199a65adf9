"""The URL slug's words and the page lines that echo them."""
from lagebild.meta.slug import SlugOverlaps, fold, own_slug_words, slug_match, slug_words, squashed_echoes


def test_slug_words_of_the_article_part_leave_out_the_section_parts():
    assert slug_words("https://example.org/politik/inland/marktplatz-wird-umgebaut.html", last=True) == {
        "marktplatz", "wird", "umgebaut"}
    assert "politik" in slug_words("https://example.org/politik/inland/marktplatz-wird-umgebaut.html")


def test_the_own_part_of_the_path_is_its_wordiest_and_its_last_worded_part_without_ids():
    assert own_slug_words("https://example.org/wohnen/angenehmes-raumklima/kondenswasser.html") == {
        "angenehmes", "raumklima", "kondenswasser"}
    assert own_slug_words("https://example.org/rezepte/apfelkuchen-vom-blech/c4d3-9f1a-77b2") == {
        "apfelkuchen", "vom", "blech"}
    assert own_slug_words(None) == set()


def test_folding_spells_umlauts_out_or_drops_them_as_slugs_do():
    assert fold("Größere Brücke") == "groessere bruecke"
    assert fold("Brücke über den Fluss", spell_umlauts=False) == "brucke uber den fluss"


def test_a_line_matches_a_slug_in_either_spelling_of_its_umlauts():
    slug = slug_words("https://example.org/stadt/bruecke-wird-gesperrt", last=True)
    assert slug_match("Brücke wird gesperrt", slug) == 1.0
    assert slug_match("Brücke wird gesperrt", set()) == 0.0
    assert slug_match("Wetter am Wochenende", slug) == 0.0


def test_echoes_are_the_lines_overlapping_the_slug_enough():
    lines = ["Startseite", "Die Brücke wird gesperrt", "Brückenfest", "Wetter am Wochenende"]
    overlaps = SlugOverlaps(lines, slug_words("https://example.org/bruecke-wird-gesperrt.html", last=True), 220)
    assert overlaps.echoes == {1}


def test_a_slug_run_together_is_found_in_the_line_it_squashes():
    lines = ["Menü", "Bielersee-Winterhechte gefangen", "Wetter"]
    assert squashed_echoes(lines, "https://example.org/bielerseewinterhechtegefangen") == {1}
