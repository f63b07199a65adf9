from pathlib import Path

import pytest

from lagebild.clean import clean_article
from lagebild.meta import extract_meta
from lagebild.meta.bylines import find_credits
from lagebild.meta.layout import Layout
from lagebild.model import Article, Furniture, Source
from lagebild.settings import Settings


def test_byline_with_two_authors_gives_names_without_von(dump):
    article = extract_meta(dump("labelled_de.txt"), Settings())
    assert article.authors == ["Anna Beispiel", "Jonas Muster"]


def test_agency_marker_at_the_end_of_the_body(dump):
    assert extract_meta(dump("labelled_de.txt"), Settings()).agency == "dpa"


def test_english_byline_dateline_agency_and_translator(dump):
    article = extract_meta(dump("english_byline.txt", language="en"), Settings())
    assert article.authors == ["Mary Example", "Tom Sample"]
    assert article.dateline == "PORTVILLE"
    assert article.agency == "Reuters"
    assert article.translators == ["Lena Demo"]


def test_byline_under_a_headline_far_above_the_body_is_read(dump):
    article = dump("labelled_de.txt")
    lines = article.raw.splitlines()
    headline = lines.index("Stadtrat stimmt für Brückenneubau am Nordkai")
    byline = lines.index("Von Anna Beispiel und Jonas Muster")
    moved = lines[:headline + 1] + ["Gepostet am 14. März 2023 by Lea Probe"]
    moved += [f"Bild {i} von 30" for i in range(30)] + lines[headline + 1:byline] + lines[byline + 1:]
    article.raw = "\n".join(moved)
    article.furniture = [Furniture(lines[headline], "title", headline)]
    assert extract_meta(article, Settings()).authors == ["Lea Probe"]


def test_short_line_with_a_byline_word_inside_names_a_two_word_author(dump):
    article = dump("labelled_de.txt")
    article.raw = article.raw.replace("Von Anna Beispiel und Jonas Muster", "Ein Interview von Lea Probe")
    assert extract_meta(article, Settings()).authors == ["Lea Probe"]
    article = dump("labelled_de.txt")
    article.raw = article.raw.replace("Von Anna Beispiel und Jonas Muster", "Ein Bild von Seehafen")
    assert extract_meta(article, Settings()).authors == []


def test_dateline_cut_off_a_glued_first_word_is_the_place_alone():
    raw = (Path(__file__).resolve().parents[1] / "fixtures" / "clean" / "de_short_story.txt").read_text(encoding="utf-8")
    article = clean_article(Article(id="short", source=Source(), raw=raw), Settings())
    assert extract_meta(article, Settings()).dateline == "Hollerbeck"


def test_authors_named_by_the_page_metadata_win_over_the_text():
    raw = "Neuer Deich\nVon Otto Falk\nDer Stadtrat hat am Montag den Bau eines neuen Deiches beschlossen, sagte er.\n"
    article = Article(id="a", source=Source(given_authors=["Ina Roth"]), raw=raw, language="de")
    assert extract_meta(article, Settings()).authors == ["Ina Roth"]
    article = Article(id="b", source=Source(), raw=raw, language="de")
    assert extract_meta(article, Settings()).authors == ["Otto Falk"]


def _blog(header: str) -> Article:
    body = ("Am Wochenende war ich wieder mit dem Rad unterwegs, diesmal entlang des Flusses bis zur alten "
            "Mühle, wo es den besten Kuchen der ganzen Gegend gibt.\n") * 3
    return Article(id="b", source=Source(), raw=f"Menü\nRadtour zur Mühle\n{header}\n{body}", language="de")


def test_a_user_name_after_a_byline_word_on_a_dated_line_is_the_author():
    article = extract_meta(_blog("Veröffentlicht am 3. Mai 2021 von radler_42 | 2 Kommentare"), Settings())
    assert article.authors == ["radler_42"]


def test_a_date_after_a_byline_word_is_no_user_name():
    assert extract_meta(_blog("Bericht vom 3.5.2021 | Radtouren"), Settings()).authors == []


def test_a_bare_name_beside_the_date_under_the_headline_is_the_author():
    assert extract_meta(_blog("Jürgen Beispiel\n3. Mai 2021"), Settings()).authors == ["Jürgen Beispiel"]
    assert extract_meta(_blog("Aktuelle Meldungen\n3. Mai 2021"), Settings()).authors == []


def test_a_name_inside_the_date_line_is_the_author():
    article = extract_meta(_blog("3. Mai 2021 | 14:10 Uhr | Uta Probe | 2 Kommentare"), Settings())
    assert article.authors == ["Uta Probe"]


def test_a_byline_word_alone_on_its_line_labels_the_name_below():
    assert extract_meta(_blog("3. Mai 2021\nAutor:\nClaudia Muster"), Settings()).authors == ["Claudia Muster"]
    assert extract_meta(_blog("Von:\nSuche"), Settings()).authors == []


def test_a_byline_word_glued_to_the_name_is_read():
    assert extract_meta(_blog("Veröffentlicht vonLena Probe 3. Mai 2021"), Settings()).authors == ["Lena Probe"]


def test_names_beside_dates_in_a_list_are_comments_not_bylines():
    listing = "\n".join(f"{name}\n{day}. Mai 2021" for day, name in enumerate(
        ("Anna Probe", "Karl Muster", "Petra Beispiel"), start=3))
    assert extract_meta(_blog(listing), Settings()).authors == []


def test_a_bare_name_beside_a_relative_date_is_the_author():
    assert extract_meta(_blog("Stefan Beispiel\nPubliziert vor 3 Stunden"), Settings()).authors == ["Stefan Beispiel"]


def test_a_byline_crediting_the_newsroom_names_it():
    assert extract_meta(_blog("Von Redaktion | 3. Mai 2021"), Settings()).authors == ["Redaktion"]


def test_the_longest_byline_label_wins():
    assert extract_meta(_blog("Text & Fotos: Maria Probe"), Settings()).authors == ["Maria Probe"]
    assert extract_meta(_blog("3. Mai 2021\nAUTOR/IN\nJulia Muster"), Settings()).authors == ["Julia Muster"]


def test_a_user_name_after_a_byline_word_under_the_headline():
    article = _blog("von radler_42")
    article.furniture = [Furniture("Radtour zur Mühle", "title", 1)]
    assert extract_meta(article, Settings()).authors == ["radler_42"]


def test_a_bare_name_may_carry_its_role_after_a_comma():
    article = extract_meta(_blog("Sandra Beispiel, Staff Attorney\n3. Mai 2021"), Settings())
    assert article.authors == ["Sandra Beispiel"]


def test_an_author_box_far_below_the_body_is_read_when_nothing_nearer_names_anyone():
    article = _blog("3. Mai 2021")
    article.raw += "\n".join(f"Kommentar {i}: schöner Ausflug!" for i in range(20)) + "\nÜber den Autor\nKlaus Beispiel\n"
    assert extract_meta(article, Settings()).authors == ["Klaus Beispiel"]
    article = _blog("Von Maria Probe")
    article.raw += "\n".join(f"Kommentar {i}: schöner Ausflug!" for i in range(20)) + "\nÜber den Autor\nKlaus Beispiel\n"
    assert extract_meta(article, Settings()).authors == ["Maria Probe"]


def _far_box(*box: str) -> list[str]:
    article = _blog("3. Mai 2021")
    article.raw += "\n".join(f"Kommentar {i}: schöner Ausflug!" for i in range(20)) + "\n" + "\n".join(box) + "\n"
    return extract_meta(article, Settings()).authors


BIO = "Er schreibt seit vielen Jahren über Radwege, Brücken und den Verkehr in der Stadt."


def test_an_author_box_is_read_past_its_link_lines_between_label_and_name():
    assert _far_box("Über den Autor", "Alle Artikel anzeigen", "Klaus Beispiel", BIO) == ["Klaus Beispiel"]
    assert _far_box("Über den Autor", "Website", "Profil", "Klaus Beispiel", BIO) == ["Klaus Beispiel"]
    assert _far_box("Über den Autor", "Alle Artikel anzeigen", BIO, "Klaus Beispiel") == []


def test_an_author_box_label_of_another_language_is_read():
    for label in ("À propos de l'auteur", "Sobre el autor", "Over de auteur", "O autorze", "Sobre o autor", "Yazar hakkında"):
        assert _far_box(label, "Klaus Beispiel", BIO) == ["Klaus Beispiel"], label


def _with_far_date_lines(dump, *dated: str) -> Article:
    """The fixture page with lines the cleaner marked as dates far below the body."""
    article = dump("glued_label.txt")
    lines = article.raw.splitlines() + [f"Menüpunkt {n}" for n in range(12)] + list(dated)
    article.raw = "\n".join(lines)
    article.furniture = [Furniture(line, "date", len(lines) - len(dated) + k) for k, line in enumerate(dated)]
    return article


def test_a_byline_on_the_cleaners_date_line_far_from_the_body_is_read(dump):
    article = _with_far_date_lines(dump, "Posted by Anna Muster at 2:33 PM")
    assert extract_meta(article, Settings()).authors == ["Anna Muster"]


def test_bylines_on_a_list_of_date_lines_are_other_posts(dump):
    names = ("Anna Muster", "Ben Beispiel", "Carla Probe")
    article = _with_far_date_lines(dump, *(f"Posted by {name} at 2:3{n} PM" for n, name in enumerate(names)))
    assert extract_meta(article, Settings()).authors == []


def test_a_name_above_a_biography_that_opens_with_it_is_the_author_when_nothing_else_names_anyone():
    bio = "Klaus Beispiel ist Redakteur im Ressort Lokales und schreibt über Verkehr und Stadtplanung."
    article = _blog("3. Mai 2021")
    article.raw += "\n".join(f"Menüpunkt {i}" for i in range(20)) + f"\nKlaus Beispiel\n{bio}\n"
    assert extract_meta(article, Settings()).authors == ["Klaus Beispiel"]
    article = _blog("Von Maria Probe")
    article.raw += f"\nKlaus Beispiel\n{bio}\n"
    assert extract_meta(article, Settings()).authors == ["Maria Probe"]


def test_blank_lines_between_the_name_and_its_biography_keep_them_a_pair():
    bio = "Klaus Beispiel ist Redakteur im Ressort Lokales und schreibt über Verkehr und Stadtplanung."
    article = _blog("3. Mai 2021")
    article.raw += f"\nKlaus Beispiel\n\n   \n{bio}\n"
    assert extract_meta(article, Settings()).authors == ["Klaus Beispiel"]
    article = _blog("3. Mai 2021")
    article.raw += f"\nKlaus Beispiel\n\nMenüpunkt\n{bio}\n"
    assert extract_meta(article, Settings()).authors == []


def test_a_list_of_comments_or_a_caption_is_no_biography():
    comments = _blog("3. Mai 2021")
    comments.raw += "\nKlaus Beispiel bei Die neue Brücke! – Teil 2\nKlaus Beispiel bei Die neue Brücke! – Teil 2\n"
    assert extract_meta(comments, Settings()).authors == []
    no_sentence = _blog("3. Mai 2021")
    no_sentence.raw += "\nKlaus Beispiel\nKlaus Beispiel schreibt über Verkehr und Stadtplanung in der Region\n"
    assert extract_meta(no_sentence, Settings()).authors == []


def test_a_line_the_cleaner_marked_as_byline_needs_a_first_name_or_a_date_beside_it():
    def marked(line: str) -> Layout:
        lines = ["Menü", "Radtour zur Mühle", line, *_blog("").raw.splitlines()[3:]]
        return Layout(lines, kinds={0: "nav", 2: "byline"}, body_start=3, body_end=5)

    assert find_credits(marked("Fahrrad Reparatur"), "", (1,)).authors == []
    assert find_credits(marked("Anna Muster"), "", (1,)).authors == ["Anna Muster"]


def test_an_author_box_under_tags_and_buttons_beats_a_teaser_byline_further_down():
    body = _blog("").raw.splitlines()[3:6]
    lines = ["Menü", "Radtour zur Mühle", *body, *(f"Schlagwort {n}" for n in range(7)),
             "Kommentar von", "Anna Muster", *(f"Weitere Artikel {n}" for n in range(15)), "von Ben Beispiel"]
    layout = Layout(lines, kinds={0: "nav", len(lines) - 1: "byline"}, body_start=2, body_end=4)
    assert find_credits(layout, "", (1,)).authors[0] == "Anna Muster"


def test_under_a_byline_label_first_names_of_many_countries_count():
    from lagebild.meta.names import first_names, is_first_name, worldwide_first_names

    wider = sorted(worldwide_first_names() - first_names())
    if not wider:
        pytest.skip("the gazetteer's worldwide first names are not installed")
    name = next(n for n in wider if n.isalpha() and n[0].isupper() and len(n) > 4)
    assert not is_first_name(name) and is_first_name(name, vouched=True)
    article = _blog(f"Von\n{name} Muster")
    assert extract_meta(article, Settings()).authors == [f"{name} Muster"]
    assert extract_meta(_blog("Von\nSuche Eingeben"), Settings()).authors == []


def test_a_name_with_its_role_after_it_beside_the_date_is_the_author():
    from lagebild.meta.names import name_before_role

    assert name_before_role("Anna Muster Education editor") == "Anna Muster"
    assert name_before_role("Anna Muster Education policy") is None
    article = Article(id="g", source=Source(), language="en", raw="Menu\nCouncil votes to rebuild the market square\n"
                      "Anna Muster Local government correspondent\nMon 20 Jan 2020 06.05 GMT\n" + (
                          "The council voted on Monday to rebuild the old market square next year, after a long debate "
                          "about the cost of the works and the traders who will lose their pitches for a year.\n") * 3)
    assert extract_meta(article, Settings()).authors == ["Anna Muster"]


def test_a_byline_the_cleaner_took_for_a_caption_is_read_but_a_caption_is_not():
    body = _blog("").raw.splitlines()[3:6]

    def captioned(line: str) -> Layout:
        lines = ["Menü", "Radtour zur Mühle", line, *body]
        return Layout(lines, kinds={0: "nav"}, caption_lines=frozenset({2}), body_start=3, body_end=5)

    assert find_credits(captioned("Von Anna Muster Foto: Ben Bild"), "", (1,)).authors == ["Anna Muster"]
    assert find_credits(captioned("Anna Muster / 3.5.2021 / Foto: privat"), "", (1,)).authors == ["Anna Muster"]
    assert find_credits(captioned("Anna Muster eröffnet am 3.5.2021 die Mühle. Foto: privat"), "", (1,)).authors == []


def test_a_link_to_the_authors_other_articles_names_the_author_when_nothing_else_does():
    body = _blog("").raw.splitlines()[3:6]

    def linked(link: str) -> Layout:
        lines = ["Menü", "Radtour zur Mühle", *body, "Teilen", "Über uns", link, "Impressum"]
        return Layout(lines, kinds={0: "nav", 7: "related"}, body_start=2, body_end=4)

    assert find_credits(linked("Alle Artikel von Anna Muster"), "", (1,)).authors == ["Anna Muster"]
    assert find_credits(linked("Latest posts by Anna Muster (see all)"), "", (1,)).authors == ["Anna Muster"]
    assert find_credits(linked("More from the Daily Example"), "", (1,)).authors == []
    assert find_credits(linked("Mehr von Radtouren Nord"), "", (1,)).authors == []
    first = _unknown_first_name()
    assert find_credits(linked(f"Mehr von {first} Ricker"), "", (1,)).authors == []
    lines = [*linked(f"Mehr von {first} Ricker").lines, f"{first} Ricker", f"{first} Ricker schreibt über Radwege."]
    layout = Layout(lines, kinds={0: "nav", 7: "related"}, body_start=2, body_end=4)
    assert find_credits(layout, "", (1,)).authors == [f"{first} Ricker"]


def test_a_name_alone_under_the_body_signs_it_unless_the_body_speaks_of_that_person_or_a_list_follows():
    body = _blog("").raw.splitlines()[3:6]

    def signed(*below: str, text: list[str] = body) -> list[str]:
        lines = ["Menü", "Radtour zur Mühle", *text, *below, "Impressum"]
        return find_credits(Layout(lines, kinds={0: "nav"}, body_start=2, body_end=4), "", (1,)).authors

    assert signed("Anna Muster", "Pressesprecherin des Radvereins") == ["Anna Muster"]
    assert signed("Anna Muster", "Ben Beispiel, Radverein", "Lea Probe") == []
    assert signed("Anna Muster", text=[*body[:2], "Anna erzählt uns von ihrer Tour zur Mühle und zurück, am Fluss entlang."]) == []


def test_under_a_byline_label_a_name_needs_no_known_first_name_but_the_shape_of_one():
    article = _blog("Über den Autor\nQuorbin Zettelmeier\nQuorbin Zettelmeier schreibt seit Jahren über Radwege.")
    assert extract_meta(article, Settings()).authors == ["Quorbin Zettelmeier"]
    assert extract_meta(_blog("Über den Autor\nQuorbin Zettelmeier"), Settings()).authors == ["Quorbin Zettelmeier"]
    assert extract_meta(_blog("Über den Autor\nRad Unterwegs"), Settings()).authors == []


def test_a_personal_copyright_notice_in_the_footer_names_the_author_when_nothing_else_does():
    def footer(notice: str) -> list[str]:
        body = _blog("").raw.splitlines()[3:6]
        lines = ["Menü", "Radtour zur Mühle", *body, "Impressum", notice]
        return find_credits(Layout(lines, kinds={0: "nav"}, body_start=2, body_end=4), "", (1,)).authors

    assert footer("© 2021 Anna Muster") == ["Anna Muster"]
    assert footer("Copyright (c) 2015-2021 Anna Muster. All rights reserved.") == ["Anna Muster"]
    assert footer("© 2021 Anna Muster Verlag GmbH") == []
    assert footer("© Anna Muster") == []


def test_names_credited_with_their_agency_are_the_authors():
    article = extract_meta(_blog("Anna Muster und Ben Beispiel, dpa"), Settings())
    assert (article.authors, article.agency) == (["Anna Muster", "Ben Beispiel"], "dpa")
    assert extract_meta(_blog("Neue Radwege im Norden, dpa"), Settings()).authors == []


def test_a_reporter_reporting_from_a_place_is_the_author():
    assert extract_meta(_blog("Anna Muster berichtet aus Kiew"), Settings()).authors == ["Anna Muster"]
    assert extract_meta(_blog("Anna Muster wohnt in Kiew"), Settings()).authors == []


def test_more_kinds_of_article_name_the_author_after_their_byline_word():
    for line in ("Eine Analyse von Anna Muster", "Ein Gastkommentar von Anna Muster"):
        assert extract_meta(_blog(line), Settings()).authors == ["Anna Muster"]
    english = Article(id="e", source=Source(), language="en", raw="Menu\nCouncil votes to rebuild the square\n"
                      "Analysis by Mary Example\n" + ("The council voted on Monday to rebuild the old market square "
                                                     "next year, after a long debate about the cost.\n") * 3)
    assert extract_meta(english, Settings()).authors == ["Mary Example"]


def test_an_agency_in_parentheses_after_the_byline_names_the_agency():
    article = extract_meta(_blog("Von Anna Muster (dpa)"), Settings())
    assert (article.authors, article.agency) == (["Anna Muster"], "dpa")


def test_every_author_listed_under_a_byline_label_is_read_past_their_handles():
    article = _blog("By\nAnna Muster\n@annamuster\nMary Example\n3. Mai 2021")
    assert extract_meta(article, Settings()).authors == ["Anna Muster", "Mary Example"]
    assert extract_meta(_blog("By\nAnna Muster\nRadtouren im Norden"), Settings()).authors == ["Anna Muster"]


def _signed_below(*below: str) -> list[str]:
    body = _blog("").raw.splitlines()[3:6]
    lines = ["Menü", "Radtour zur Mühle", *body, *below, "Impressum"]
    return find_credits(Layout(lines, kinds={0: "nav"}, body_start=2, body_end=4), "", (1,)).authors


def test_a_bare_name_beside_a_date_right_under_the_body_signs_it():
    assert _signed_below("Teilen auf Twitter", "3. Mai 2021", "Anna Muster") == ["Anna Muster"]
    assert _signed_below("Teilen auf Twitter", "Anna Muster") == []
    assert _signed_below(*[f"Link {i}" for i in range(6)], "3. Mai 2021", "Anna Muster") == []


def test_a_name_in_parentheses_after_the_last_sentence_signs_the_text():
    assert _signed_below("Der Stadtrat entscheidet im Mai darüber. (Anna Muster)") == ["Anna Muster"]
    assert _signed_below("Der Stadtrat entscheidet im Mai darüber. (Neue Radwege)") == []
    first = _unknown_first_name()
    assert _signed_below(f"Der Stadtrat entscheidet im Mai darüber. ({first} P. Ricker)") == [f"{first} P. Ricker"]


def test_a_byline_crediting_an_agency_makes_it_the_author():
    article = extract_meta(_blog("Von: det/dpa | 3. Mai 2021"), Settings())
    assert (article.authors, article.agency) == (["det/dpa"], "dpa")
    assert extract_meta(_blog("Von: Radtouren im Norden"), Settings()).authors == []


def test_a_name_after_its_role_beside_the_date_is_the_author():
    assert extract_meta(_blog("Gastautorin Anna Muster\n3. Mai 2021"), Settings()).authors == ["Anna Muster"]


@pytest.mark.parametrize("line", ["Verfasserin: Anna Muster", "Fotos und Text: Anna Muster", "Contributed by Mary Example",
                                  "Écrit par Jean Exemple", "Escrito por Ana Ejemplo", "Scritto da Marco Esempio",
                                  "Autorka: Anna Przykład", "Door Anna de Vries", "Zur Autorin: Anna Muster",
                                  "Author bio: Mary Example"])
def test_byline_words_of_every_language_read_open_a_byline(line):
    from lagebild.meta.bylines import opens_byline

    assert opens_byline(line)


def test_a_newsroom_credit_under_the_outlets_name_names_the_newsroom():
    assert extract_meta(_blog("Von Beispiel Kurier Redaktion | 3. Mai 2021"), Settings()).authors == ["Beispiel Kurier Redaktion"]
    assert extract_meta(_blog("Beispiel Staff Report by Beispiel Staff Report"), Settings()).authors == ["Beispiel Staff Report"]
    assert extract_meta(_blog("Von der neuen Redaktion | 3. Mai 2021"), Settings()).authors == []


def test_a_user_name_before_the_date_after_a_preposition_is_the_author():
    assert extract_meta(_blog("Gespeichert von radler_42 am 3. Mai 2021"), Settings()).authors == ["radler_42"]
    assert extract_meta(_blog("Gespeichert von Regeln am Fluss 2021"), Settings()).authors == []


def test_a_signature_is_no_person_spoken_of_when_its_name_is_only_part_of_a_body_word():
    body = _blog("").raw.splitlines()[3:5] + ["Maximal drei Räder passen in den Zug, sagte der Schaffner am Bahnhof."]
    lines = ["Menü", "Radtour zur Mühle", *body, "Max Muster", "Impressum"]
    assert find_credits(Layout(lines, kinds={0: "nav"}, body_start=2, body_end=4), "", (1,)).authors == ["Max Muster"]


def test_an_abbreviated_desk_credit_under_the_body_names_no_author_but_the_newsroom_spelt_out_does():
    body = _blog("").raw.splitlines()[3:6] * 2

    def authors(credit: str) -> list[str]:
        lines = ["Menü", "Radtour zur Mühle", "3. Mai 2021", *body, credit, "Druckversion"]
        return find_credits(Layout(lines, kinds={0: "nav"}, body_start=3, body_end=3 + len(body)), "", (1,)).authors

    assert authors("Autor: red") == []
    assert authors("Autor: Redaktion") == ["Redaktion"]


@pytest.mark.parametrize("header, authors", [
    ("Von unserer Redakteurin Anna Muster", ["Anna Muster"]),
    ("Von unserem Korrespondenten Ben Beispiel", ["Ben Beispiel"]),
    ("Von Anna Muster (Text) und Ben Beispiel (Fotos)", ["Anna Muster", "Ben Beispiel"]),
    ("Anna Muster folgen\n3. Mai 2021", ["Anna Muster"]),
    ("Anna Muster und Ben Beispiel\n3. Mai 2021", ["Anna Muster", "Ben Beispiel"]),
    ("Neue Radwege und Alte Brücken\n3. Mai 2021", []),
    ("Anna Muster\nPolitical Editor\n@annamuster\n3. Mai 2021", ["Anna Muster"]),
    ("Anna Muster\nRedakteurin\nanna.muster@example.org\n3. Mai 2021", ["Anna Muster"]),
    ("Anna Muster\nRadtouren im Norden\nNeue Wege\n3. Mai 2021", []),
    ("mh 3. Mai 2021", ["mh"]),
    ("03.05.2021 14:10 anna_m", ["anna_m"]),
    ("3. Mai 2021 aktualisiert", []),
    ("3. Mai 2021 14:10 cet", []),
    ("Eingestellt von der Radler um 21:11", ["der Radler"]),
    ("Posted by admin at 9:11 PM", ["admin"]),
    ("Von der Radtour am Fluss", []),
    ("Posted on 3. Mai 2021 by LD", ["LD"]),
])
def test_more_header_byline_forms(header, authors):
    assert extract_meta(_blog(header), Settings()).authors == authors


def test_an_agency_written_out_after_the_name_is_the_agency():
    article = extract_meta(_blog("Mary Example, Associated Press"), Settings())
    assert (article.authors, article.agency) == (["Mary Example"], "Associated Press")


def test_newsroom_credits_of_english_pages():
    assert extract_meta(_blog("By Staff Writer | 3. Mai 2021"), Settings()).authors == ["Staff Writer"]
    assert extract_meta(_blog("Von Lokalredaktion | 3. Mai 2021"), Settings()).authors == ["Lokalredaktion"]


def _worldwide_only_first_name() -> str:
    """A first name that only the first names of 54 countries know, not the census list or ours."""
    from lagebild.meta.names import is_first_name, worldwide_first_names

    return next(name for name in sorted(worldwide_first_names())
                if name.isalpha() and name[1:].islower() and len(name) > 4 and not is_first_name(name))


def test_a_name_whose_first_name_only_the_worldwide_list_knows_is_read_beside_the_date():
    first = _worldwide_only_first_name()
    assert extract_meta(_blog(f"{first} Ricker\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"3. Mai 2021 // {first} von Ricker"), Settings()).authors == [f"{first} von Ricker"]
    assert extract_meta(_blog(f"3. Mai 2021 | {first} Ricker | 2 Kommentare"), Settings()).authors == [f"{first} Ricker"]


def test_an_unlisted_name_is_no_name_when_the_page_writes_its_word_in_lower_case_or_alone():
    first = _worldwide_only_first_name()
    assert extract_meta(_blog(f"{first} Unterwegs\n3. Mai 2021"), Settings()).authors == []
    assert extract_meta(_blog(f"Ricker\n{first} Ricker\n3. Mai 2021"), Settings()).authors == []
    assert extract_meta(_blog(f"{first} Ricker Blog\n3. Mai 2021"), Settings()).authors == []


def test_a_first_name_alone_beside_the_date_signs_a_blog_post_but_a_month_does_not():
    assert extract_meta(_blog("Benni\n3. Mai 2021"), Settings()).authors == ["Benni"]
    assert extract_meta(_blog("August\n3. Mai 2021"), Settings()).authors == []
    assert extract_meta(_blog("Benni"), Settings()).authors == []


def _unknown_first_name() -> str:
    from lagebild.meta.names import is_first_name

    name = "Zorvek"
    assert not is_first_name(name, vouched=True)
    return name


def test_a_name_no_list_knows_is_read_beside_the_date_when_the_page_prints_it_again():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} Ricker\nVideo\n3. Mai 2021"), Settings()).authors == []
    article = _blog(f"{first} Ricker\nVideo\n3. Mai 2021")
    article.raw += f"Teilen\n{first} Ricker\n{first} Ricker schreibt über Radtouren.\n"
    assert extract_meta(article, Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"{first} Ricker {first} Ricker\nVideo\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]


def test_a_name_no_list_knows_is_read_as_the_whole_part_right_before_the_date():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} Ricker · 3. Mai 2021 · 4 Min. Lesezeit"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"{first} Ricker | 3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    # Words before the name, or a month, make the part no name.
    assert extract_meta(_blog(f"Rezepte {first} Ricker · 3. Mai 2021"), Settings()).authors == []
    assert extract_meta(_blog("Radtouren Juni · 3. Mai 2021"), Settings()).authors == []


def test_a_name_no_list_knows_is_read_before_the_place_it_was_filed_from():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} Ricker, Hamburg\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    # After the comma a word that is no place vouches for nothing.
    assert extract_meta(_blog(f"{first} Ricker, Rezepte\n3. Mai 2021"), Settings()).authors == []


@pytest.mark.parametrize("words", ["Radsport Schweiz", "Ort Lübeck", "Share This", "Stars Insider"])
def test_a_section_or_site_name_printed_again_is_no_name_no_list_knows(words):
    """The same page as above, with a place, a function word or a German common noun among the
    words where the unknown first name stood: a section, site or button label printed twice."""
    article = _blog(f"{words}\nVideo\n3. Mai 2021")
    article.raw += f"Teilen\n{words}\n{words} schreibt über Radtouren.\n"
    assert extract_meta(article, Settings()).authors == []


def test_a_name_repeated_only_in_identical_post_cards_is_no_author():
    first = _unknown_first_name()
    article = _blog(f"Nutzer\n{first} Ricker\n3. Mai 2021")
    article.raw += f"Nutzer\n{first} Ricker\n4. Mai 2021\nDanke für den Tipp mit der Mühle.\n"
    assert extract_meta(article, Settings()).authors == []


def test_a_role_or_handle_beside_a_name_no_list_knows_vouches_for_it():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} Ricker Political editor\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"Redakteurin {first} Ricker\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"{first} Ricker\nChefredakteur\n@zorvek_r\n3. Mai 2021"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"{first} Ricker\nNeue Radwege\n3. Mai 2021"), Settings()).authors == []


def test_a_byline_label_alone_vouches_for_a_name_no_list_knows_on_the_next_line():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"3. Mai 2021\nAutor:\n{first} Ricker/SP-X"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog("3. Mai 2021\nVon\nMenü"), Settings()).authors == []
    assert extract_meta(_blog(f"3. Mai 2021\nAutor:\n{first} Ricker Blog"), Settings()).authors == []


def test_a_line_the_cleaner_marked_as_byline_vouches_for_a_name_no_list_knows_beside_the_date():
    first = _unknown_first_name()
    body = _blog("").raw.splitlines()[3:6]

    def authors(marked: str) -> list[str]:
        lines = ["Menü", "Radtour zur Mühle", marked, "3. Mai 2021", *body]
        return find_credits(Layout(lines, kinds={0: "nav", 2: "byline"}, body_start=4, body_end=6), "", (1,)).authors

    assert authors(f"{first} Ricker") == [f"{first} Ricker"]
    assert authors("Rad Unterwegs") == []


def test_the_name_right_after_the_date_of_a_short_header_line_needs_no_known_first_name():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"3. Mai 2021 {first} Ricker 2 Kommentare"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"3. Mai 2021 , {first} Ricker"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"3. Mai 2021 {first} Ricker Schreibe einen Kommentar"), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog("3. Mai 2021 | Tour Tipps, Mühle Kuchen, Wald Pfade, Hütte Brot"), Settings()).authors == []


def test_a_name_no_list_knows_right_beside_a_header_date_is_the_byline_but_not_two_lines_off():
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} von Ricker\nam 3. Mai 2021 um 11:23"), Settings()).authors == [f"{first} von Ricker"]
    assert extract_meta(_blog(f"{first} Ricker\nVideo\n3. Mai 2021"), Settings()).authors == []


def test_a_name_word_in_a_handle_or_link_is_not_the_word_written_in_lower_case():
    first = _unknown_first_name()
    header = f"{first} Ricker\nChefredakteur\n@ricker\n3. Mai 2021"
    assert extract_meta(_blog(header), Settings()).authors == [f"{first} Ricker"]
    assert extract_meta(_blog(f"{first} Ricker\nChefredakteur\nricker und mehr\n3. Mai 2021"), Settings()).authors == []


def _header_credits(header: list[str], headline: int) -> list[str]:
    body = _blog("").raw.splitlines()[3:6]
    lines = ["Menü", *header, *body]
    return find_credits(Layout(lines, kinds={0: "nav"}, body_start=len(header) + 1, body_end=len(lines)), "",
                        (headline,)).authors


def test_a_byline_repeated_under_other_titles_signs_story_cards_and_yields_to_the_articles_own():
    cards = ["Kuchen ohne Ei backen", "von Jonas Muster", "Brot im Topf backen", "von Jonas Muster"]
    assert _header_credits([*cards, "Tomaten richtig schneiden", "von Anna Beispiel"], 5) == ["Anna Beispiel"]
    assert _header_credits([*cards, "Tomaten richtig schneiden"], 5) == ["Jonas Muster"]


def test_a_row_of_story_cards_above_the_headline_names_no_one_but_its_last_byline_may_be_the_articles():
    cards = ["Beliebt", "Kuchen ohne Ei backen", "Von Jonas Muster", "Brot im Topf backen", "Von Lea Probe"]
    headline = len(cards) + 1
    # The article's byline further down wins over every card's.
    assert _header_credits([*cards, "Radtour zur Mühle", "3. Mai 2021", "Von Anna Beispiel"], headline) == ["Anna Beispiel"]
    # Right under the headline, after the cards, the last byline of the row is the article's.
    assert _header_credits([*cards, "Radtour zur Mühle", "Von Anna Beispiel"], headline) == ["Anna Beispiel"]
    # Bylines a card's length apart but under no title (two authors, one per line) are no cards.
    assert _header_credits(["Radtour zur Mühle", "Von Anna Beispiel", "und", "Von Jonas Muster"], 1) == [
        "Anna Beispiel", "Jonas Muster"]


def test_bare_names_listed_right_above_the_text_sign_it_without_a_date():
    listed = "Anna Beispiel und Jonas Muster"
    assert _header_credits(["Radtour zur Mühle", "Gut zu wissen", listed], 1) == ["Anna Beispiel", "Jonas Muster"]
    # Taken for the headline, the list is still a byline, not the article's subjects.
    assert _header_credits(["Gut zu wissen", listed], 2) == ["Anna Beispiel", "Jonas Muster"]
    # Far above the text, among menu lines, the same list names no one.
    assert _header_credits([listed, "Start", "Rubriken", "Archiv", "Kontakt", "Radtour zur Mühle"], 6) == []


def test_a_bare_name_the_headline_holds_is_its_subject_unless_the_headline_opens_with_it():
    header = ["Anna Beispiel", "3. Mai 2021"]
    assert _header_credits(["Zu Besuch bei der Malerin Anna Beispiel", *header], 1) == []
    assert _header_credits(["Anna Beispiel: Warum ich male", *header], 1) == ["Anna Beispiel"]


def test_bylines_of_teasers_below_the_body_name_no_one_but_the_articles_own_there_does():
    body = _blog("").raw.splitlines()[3:6] * 2

    def authors(below: list[str]) -> list[str]:
        lines = ["Menü", "Radtour zur Mühle", "3. Mai 2021", *body, *below]
        return find_credits(Layout(lines, kinds={0: "nav"}, body_start=3, body_end=3 + len(body)), "", (1,)).authors

    assert authors(["Von Anna Beispiel", "Mehr zum Thema", "Kuchen ohne Ei"]) == ["Anna Beispiel"]
    assert authors(["Mehr zum Thema", "Kuchen ohne Ei", "Von Anna Beispiel", "Brot im Topf", "Von Jonas Muster"]) == []
    # Under no title of its own, a byline right after the teasers is the article's.
    assert authors(["Mehr zum Thema", "Kuchen ohne Ei", "Von Anna Beispiel", "Brot im Topf", "Von Jonas Muster",
                    "Teilen", "Text: Lea Probe"]) == ["Lea Probe"]


def test_a_user_name_in_lower_case_yields_to_a_full_name_in_the_header():
    posted = "Gespeichert von radler_42 am 3. Mai 2021 - 18:44"
    assert _header_credits([posted, "Radtour zur Mühle", "Von Anna Beispiel"], 2) == ["Anna Beispiel"]
    assert _header_credits([posted, "Radtour zur Mühle"], 2) == ["radler_42"]


def test_bylines_the_cleaner_marked_in_a_river_of_stories_below_the_body_name_no_one():
    body = _blog("").raw.splitlines()[3:6] * 2

    def authors(cards: list[tuple[str, str]]) -> list[str]:
        lines = ["Menü", "Radtour zur Mühle", "3. Mai 2021", *body]
        marked = {}
        for title, byline in cards:
            lines += [title, byline, *(f"Vorschautext {n} zu {title}" for n in range(6))]
            marked[len(lines) - 7] = "byline"
        layout = Layout(lines, kinds={0: "nav", **marked}, body_start=3, body_end=3 + len(body))
        return find_credits(layout, "", (1,)).authors

    stories = [("Kuchen ohne Ei backen", "Von Jonas Muster"), ("Brot im Topf backen", "Von Lea Probe"),
               ("Tomaten richtig schneiden", "Von Ben Beispiel und Anna Beispiel")]
    assert authors(stories[:1]) == ["Jonas Muster"]
    assert authors(stories) == []


@pytest.mark.parametrize("surname", ["Kılıçdağ", "Wąsowicz", "Dvořák", "Țăranu", "McAllister", "O'Sullivan", "al-Sayed"])
def test_a_name_no_list_knows_is_read_whatever_the_letters_of_its_language(surname):
    """Capitals and small letters beyond Latin-1, a prefix that keeps its capital, a particle
    joined by a hyphen: the shape of names of other languages."""
    first = _unknown_first_name()
    assert extract_meta(_blog(f"{first} {surname} · 3. Mai 2021 · 4 Min. Lesezeit"), Settings()).authors == [f"{first} {surname}"]


def test_a_first_name_no_list_knows_may_open_with_a_capital_beyond_latin_1():
    assert extract_meta(_blog("Łorvek Ricker | 3. Mai 2021"), Settings()).authors == ["Łorvek Ricker"]
    assert extract_meta(_blog("Şorvek Ricker | 3. Mai 2021"), Settings()).authors == ["Şorvek Ricker"]


def test_a_header_that_prints_its_date_twice_names_the_author_after_both():
    first = _unknown_first_name()
    header = f"3. Mai 20213. Mai 2021 {first} Ricker 1 Kommentar Radtouren, Kuchen"
    assert extract_meta(_blog(header), Settings()).authors == [f"{first} Ricker"]


def test_full_names_listed_with_a_conjunction_vouch_for_names_no_list_knows():
    first = _unknown_first_name()
    header = f"{first} Ricker und Łorvek Wąsowicz\n3. Mai 2021"
    assert extract_meta(_blog(header), Settings()).authors == [f"{first} Ricker", "Łorvek Wąsowicz"]
    # The words of a heading listed the same way are common nouns.
    assert extract_meta(_blog("Neue Radwege und Alte Brücken\n3. Mai 2021"), Settings()).authors == []


@pytest.mark.parametrize("header, authors", [
    ("By Anna Muster March 12, 2024", ["Anna Muster"]),
    ("By Mary Example and Tom Sample November 8, 2023 6:03 pm", ["Mary Example", "Tom Sample"]),
])
def test_a_date_right_after_the_names_of_a_byline_ends_them(header, authors):
    assert extract_meta(_blog(header), Settings()).authors == authors


@pytest.mark.parametrize("header", [
    "{first} Ricker, Korrespondentin für Osteuropa, Nordkurier\n3. Mai 2021",
    "{first} Ricker, Senior Political Correspondent, The Daily Example\n3. Mai 2021",
    "{first} Ricker, Reporter\n3. Mai 2021",
    "{first} Ricker\nKorrespondentin für Osteuropa\n3. Mai 2021",
])
def test_a_role_after_a_comma_or_opening_the_next_line_vouches_for_a_name_no_list_knows(header):
    first = _unknown_first_name()
    assert extract_meta(_blog(header.format(first=first)), Settings()).authors == [f"{first} Ricker"]


def test_a_role_does_not_make_a_name_of_a_phrase_of_common_nouns():
    assert extract_meta(_blog("Neue Radwege, Reporterin vor Ort\n3. Mai 2021"), Settings()).authors == []


def test_a_lone_word_under_a_byline_label_is_the_author_when_the_page_links_to_the_authors_articles():
    first = _unknown_first_name()

    def authors(tail: str) -> list[str]:
        article = _blog(f"Von\n{first}\n3. Mai 2021")
        article.raw += tail
        return extract_meta(article, Settings()).authors

    assert authors(f"Mehr Artikel von {first}\nImpressum\n") == [first]
    assert authors("Impressum\n") == []
    assert authors(f"Alle {first}\nImpressum\n") == []


@pytest.mark.parametrize("role", ["Staff Attorney, Civil Rights Program", "Chief Economist, Example Bank", "Direktorin des Instituts"])
def test_roles_beyond_the_newsroom_vouch_for_a_name_no_list_knows(role):
    name = f"{_unknown_first_name()} Ricker"
    assert extract_meta(_blog(f"{name}, {role}\n3. Mai 2021"), Settings()).authors == [name]


@pytest.mark.parametrize("header", ["Piše: {name}", "Napisała {name}", "Avtor: {name}", "Autorius: {name}", "Autors: {name}",
                                    "Napísal {name}", "Írta: {name}"])
def test_byline_words_of_more_languages(header):
    name = f"{_unknown_first_name()} Ricker"
    assert extract_meta(_blog(header.format(name=name) + " | 3. Mai 2021"), Settings()).authors == [name]


def test_a_lone_word_beside_the_date_is_the_author_when_the_page_links_to_the_authors_articles():
    first = _unknown_first_name()
    article = _blog(f"{first}\n3. Mai 2021")
    article.raw += f"Mehr Artikel von {first} →\nImpressum\n"
    assert extract_meta(article, Settings()).authors == [first]
    # Without the link, or for a common noun whatever link follows it, the word names no one.
    assert extract_meta(_blog(f"{first}\n3. Mai 2021"), Settings()).authors == []
    article = _blog("Archiv\n3. Mai 2021")
    article.raw += "Mehr Artikel von Archiv →\nImpressum\n"
    assert extract_meta(article, Settings()).authors == []


def test_a_user_name_after_an_author_link_is_the_author_when_printed_alone_too():
    assert _far_box("kuchenfee77", "Weitere Rezepte von kuchenfee77") == ["kuchenfee77"]
    assert _far_box("Weitere Rezepte von kuchenfee77") == []
    assert _far_box("uns", "Mehr von uns") == []
