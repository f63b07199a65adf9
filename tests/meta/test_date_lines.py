from datetime import date

import pytest

from lagebild.meta import extract_meta
from lagebild.meta.date_lines import heads_a_title, in_breadcrumb
from lagebild.meta.dates import find_dates
from lagebild.meta.layout import layout_of
from lagebild.meta.published import CONFIDENCE, choose_dates
from lagebild.settings import Settings


def test_the_signature_date_of_an_embedded_tweet_is_not_the_article_date(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines[lines.index("07/01/2024")] = "— Anna Muster (@amuster) 7. Januar 2024"
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published is None


def test_a_date_deep_inside_a_header_sentence_is_not_a_date_line(dump):
    assert extract_meta(dump("prose_date.txt"), Settings()).published is None


def test_a_date_opening_a_header_sentence_still_counts(dump):
    article = dump("prose_date.txt")
    article.raw = article.raw.replace("Der nächste Stammtisch findet am Mi. 12. Juni 2024 ab 19 Uhr im Gasthaus statt.",
                                      "12. Juni 2024 · von Anna Beispiel · Lesezeit: zwei Minuten für diesen Beitrag.")
    assert extract_meta(article, Settings()).published.value == date(2024, 6, 12)


def test_date_after_an_event_preposition_is_not_the_publication_date(dump):
    article = extract_meta(dump("event_date.txt"), Settings())
    assert article.published.value == date(2024, 2, 12)


def test_date_closing_a_range_is_not_the_publication_date():
    from lagebild.meta.dates import find_dates
    from lagebild.meta.date_lines import names_an_event

    for line, event in (("Wochenbericht 3. - 9. März 2023", True), ("Gültig bis 2. Oktober 2017", True),
                        ("Nachricht vom 06.11.2023", False), ("09:15 14.03.2023", False)):
        assert names_an_event(line, find_dates(line)[-1]) is event, line


def test_dates_of_embedded_posts_and_comments_are_not_the_articles():
    from lagebild.meta.date_lines import dates_another_post

    assert dates_another_post("A post shared by Jane Doe (@jane) on Mar 3, 2024 at 9:12am PST")
    assert dates_another_post("Max Muster 4. März 2024 um 10:15 · Antworten")
    assert not dates_another_post("Veröffentlicht am 4. März 2024 um 10:15")


@pytest.mark.parametrize("line", [
    "Anna Muster (@amuster) 7. Januar 2018", "4. März 2024 · ANTWORTEN", "Posted 3/3/2024 · REPLY",
    "Ein BEITRAG GETEILT VON Anna am 4. März 2024", "A Post  Shared By Jane on Mar 3, 2024",
    "Beitrag vom 4. März 2024", "Antwortende am 4. März 2024", "Veröffentlicht am 4. März 2024",
])
def test_the_literal_gate_on_other_posts_agrees_with_the_markers(line):
    """The gate skips the marker patterns where none of their words is on the line; it must never
    skip a line they match, whatever its case."""
    from lagebild.meta.date_lines import _other_post_literals, _other_post_pattern, dates_another_post

    assert _other_post_literals()
    assert dates_another_post(line) is bool(_other_post_pattern().search(line))


def test_page_dated_only_by_an_embedded_post_and_a_comment_has_no_date(dump):
    assert extract_meta(dump("embedded_post.txt"), Settings()).published is None


@pytest.mark.parametrize("line, role", [
    ("Updated 2:05 PM EDT, Wed June 12, 2024", "updated"),
    ("Published 10:15 a.m. ET, Wed June 12, 2024", "published"),
    ("Letztes Update: 12.06.2024", "updated"),
    ("Erschienen in der Ausgabe vom 12.06.2024", "published"),
    ("Online seit 12.06.2024", "published"),
    ("Erscheinungsdatum: 12.06.2024", "published"),
    ("Eingestellt am 12.06.2024", "published"),
    ("Verfasst am 12.06.2024", "published"),
    ("Aktualisierung: 12.06.2024", "updated"),
    ("Last reviewed on June 12, 2024", "updated"),
])
def test_labels_with_time_and_weekday_between_or_several_words(dump, line, role):
    article = dump("glued_label.txt")
    lines = article.raw.splitlines()
    lines[2] = line
    article.raw = "\n".join(lines[:2] + ["Ministerin eröffnet Zentrum"] + lines[2:])
    found = extract_meta(article, Settings())
    dated = found.updated if role == "updated" else found.published
    assert dated.value.isoformat()[:10] == "2024-06-12"
    assert dated.provenance == "explicit"


def test_two_words_between_label_and_date_are_not_a_label(dump):
    article = dump("glued_label.txt")
    lines = article.raw.splitlines()
    lines[2] = "Datum der Veranstaltung 12.06.2024"
    article.raw = "\n".join(lines[:2] + ["Ministerin eröffnet Zentrum"] + lines[2:])
    assert extract_meta(article, Settings()).published.provenance != "explicit"


@pytest.mark.parametrize("under, expected", [(1, date(2022, 1, 26)), (2, None)])
def test_a_label_deep_in_the_headline_line_counts_where_the_line_under_it_passed_for_the_headline(dump, under, expected):
    article = dump("glued_label.txt")
    lines = article.raw.splitlines()
    article.raw = "\n".join(lines[:3] + ["Vierzig Fachleute erforschen das Niedrigwasser", "Von der Pressestelle"] + lines[3:])
    layout = layout_of(article)
    glued = next(i for i, line in enumerate(layout.lines) if "Datum:" in line)
    published = choose_dates(layout, glued + under, "de", None, None).published
    assert (published and published.value) == expected


@pytest.mark.parametrize("published_label, updated_label", [
    ("Publié le", "Mis à jour le"), ("Publicado el", "Actualizado el"), ("Pubblicato il", "Aggiornato il"),
    ("Publicado em", "Atualizado em"), ("Gepubliceerd op", "Bijgewerkt op"), ("Opublikowano:", "Zaktualizowano:"),
    ("Опубликовано:", "Обновлено:"), ("Publicerad", "Uppdaterad"), ("Julkaistu", "Päivitetty"),
    ("Yayınlanma tarihi:", "Güncellenme tarihi:"), ("Δημοσιεύθηκε:", "Ενημερώθηκε:"), ("Diterbitkan", "Diperbarui"),
    ("Publicēts", "Atjaunots"), ("Paskelbta", "Atnaujinta"), ("Objavljeno", "Ažurirano"), ("Objavljeno:", "Posodobljeno:"),
    ("Publikované", "Aktualizované"), ("Publicat el", "Actualitzat el"), ("Fecha:", "Última modificación:"),
    ("Pubblicato il", "Ultima modifica:"), ("Publié le", "MAJ le"), ("Publish date:", "Date modified:"),
    ("Datum der Veröffentlichung:", "Letzte Bearbeitung:"), ("Geplaatst op", "Gewijzigd op"),
    ("Data publikacji:", "Data aktualizacji:"), ("Publicerad", "Senast ändrad"), ("Publiceret", "Sidst opdateret"),
    ("Publisert", "Sist endret"), ("Julkaistu", "Muokattu"), ("Datum publikace:", "Aktualizováno:"),
    ("Publicat pe", "Modificat pe"), ("Postado em", "Modificado em"),
])
def test_publication_and_update_labels_of_each_language_tell_the_two_dates_apart(dump, published_label, updated_label):
    article = dump("labelled_de.txt")
    lines = article.raw.splitlines()
    lines[lines.index("Publiziert: 14.03.2023 um 09:15 Uhr")] = f"{updated_label} 15.03.2023"
    lines[lines.index("Aktualisiert: 15.03.2023 um 18:40 Uhr")] = f"{published_label} 14.03.2023"
    article.raw = "\n".join(lines)
    found = extract_meta(article, Settings())
    assert found.published.value == date(2023, 3, 14)
    assert found.updated.value == date(2023, 3, 15)


def test_a_label_alone_on_the_line_above_the_date_labels_it(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    at = lines.index("07/01/2024")
    lines[at:at + 1] = ["Erschienen am:", "05.01.2024", "Zuletzt geändert am:", "09.01.2024"]
    article.raw = "\n".join(lines)
    article = extract_meta(article, Settings())
    assert article.published.value == date(2024, 1, 5)
    assert article.published.provenance == "explicit"
    assert article.updated.value == date(2024, 1, 9)


def test_a_long_line_ending_in_a_label_word_does_not_label_the_next_line(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    at = lines.index("07/01/2024")
    lines.insert(at, "Mehr zu den Festen der Region, aktualisiert am")
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.provenance == "bare"


@pytest.mark.parametrize("sentence", ["Die Frist endet am 30.01.2024.", "Applications close on 30 January 2024.",
                                      "L'inscription se termine le 30 janvier 2024."])
def test_a_short_sentence_about_a_date_under_the_headline_is_no_date_line(dump, sentence):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.insert(lines.index("Ein Dorf feiert sein Fest") + 1, sentence)
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 7)


def test_a_sentence_saying_when_the_page_appeared_is_a_closing_date_line(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines.append("This entry was posted on 3 January 2024 and is filed under news.")
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 3)


@pytest.mark.parametrize("today", ["Heute ist Freitag, 12. Januar 2024", "Today is Friday, January 12, 2024",
                                   "Nous sommes le vendredi 12 janvier 2024"])
def test_a_sites_today_line_is_not_the_article_date(dump, today):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines.insert(0, today)
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published is None


@pytest.mark.parametrize("comment", [["Anna K. sagt:", "9. Januar 2024 um 09:12"], ["mike_77 says:", "January 9, 2024 at 9:12 am"],
                                     ["Peter schrieb am 9. Januar 2024:"]])
def test_a_reader_comments_date_is_not_the_article_date(dump, comment):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines[lines.index("Kultur") + 1:lines.index("Kultur") + 1] = comment + ["Schöner Bericht, danke!"]
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published is None


@pytest.mark.parametrize("headline", ["Konzert im Dom am 16. März 2024 mit Chor und Orchester",
                                      "Rückblick auf den 16. März 2024: Konzert im Dom mit Chor und Orchester",
                                      "Konzert im Dom mit Chor und Orchester (16.03.2024)"])
def test_a_date_among_the_headlines_words_is_the_day_it_is_about_not_a_date_line(dump, headline):
    article = dump("dated_headline.txt", url="https://example.org/konzert-im-dom-mit-chor-und-orchester")
    lines = article.raw.splitlines()
    lines[2:4] = [headline]
    article.raw = "\n".join(lines)
    published = extract_meta(article, Settings()).published
    assert published is None or published.confidence <= CONFIDENCE["elsewhere"]


@pytest.mark.parametrize("period", ["Termin: 14.03.2024 – 17.03.2024", "Wann: 14. März bis 17. März 2024",
                                    "March 14, 2024 to March 17, 2024 | Exhibition Centre", "Du 14 mars 2024 au 17 mars 2024"])
def test_either_end_of_a_period_is_an_events_day_not_the_articles(dump, period):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines.insert(lines.index("Kultur") + 1, period)
    article.raw = "\n".join(lines)
    published = extract_meta(article, Settings()).published
    assert published is None or published.confidence <= CONFIDENCE["elsewhere"]


def test_created_and_changed_side_by_side_are_no_period(dump):
    article = dump("bare_ambiguous.txt")
    article.raw = article.raw.replace("07/01/2024", "14.03.2024 Stand 17.03.2024")
    assert extract_meta(article, Settings()).published.value == date(2024, 3, 14)


@pytest.mark.parametrize("visit", ["Gedruckt am 12. Januar 2024", "Printed on January 12, 2024", "Abgerufen am 12.01.2024",
                                   "Retrieved 12 January 2024", "Consulté le 12 janvier 2024", "Afgedrukt op 12 januari 2024"])
def test_the_day_a_page_was_printed_or_retrieved_is_not_the_article_date(dump, visit):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines.append(visit)
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published is None


@pytest.mark.parametrize("trail, expected", [("Startseite › Kultur › Ausgabe vom 9. Januar 2024", True),
                                             ("Home » News » 2024 » 9 January 2024", True),
                                             ("Home / Kultur / Archiv / 09.01.2024", True),
                                             ("Von Anna Muster / dpa / 09.01.2024", False),
                                             ("09.01.2024 › Kultur › Region", False)])
def test_a_date_at_the_end_of_a_navigation_path_is_a_breadcrumbs(trail, expected):
    assert in_breadcrumb(trail, find_dates(trail)[0]) is expected


def test_a_breadcrumb_date_above_the_headline_loses_to_the_date_line_under_it_and_dates_a_page_without_one(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines[lines.index("07/01/2024")] = "5. Januar 2024"
    lines.insert(lines.index("Ein Dorf feiert sein Fest"), "Startseite › Kultur › Ausgabe vom 6. Januar 2024")
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 5)
    lines.remove("5. Januar 2024")
    article.raw = "\n".join(lines)
    published = extract_meta(article, Settings()).published
    assert published.value == date(2024, 1, 6) and published.confidence == CONFIDENCE["elsewhere"]


@pytest.mark.parametrize("line, expected", [("24.10.2019: Bericht aus dem Grenzgebiet", True),
                                            ("Storm hits the coast overnight (May 3, 2021)", True),
                                            ("12.03.2021: Anna Muster", False),
                                            ("12.03.2021 | Politik | Ausland", False),
                                            ("Looking back at Oct 11, 2023 and beyond", False),
                                            ("Rückblick auf den 12. März 2021: Was vom Fest blieb", True),
                                            ("Looking back at Oct 11, 2023: the storm and its cost", True),
                                            ("Von Anna Muster, 12.03.2021: 3 Kommentare", False),
                                            ("Berlin, 12.03.2021: Der Stadtrat hat am Abend nach langer Debatte den neuen "
                                             "Haushalt beschlossen, wie eine Sprecherin mitteilte.", False)])
def test_a_date_opening_a_title_after_a_colon_or_closing_it_in_parentheses_heads_a_title(line, expected):
    assert heads_a_title(line, find_dates(line)) is expected


def test_a_title_about_a_day_above_the_headline_is_not_the_article_date(dump):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines.remove("07/01/2024")
    lines.insert(0, "3. Januar 2023: Rückblick auf das Fest im Dorf")
    lines.append("Zuletzt geändert: 5. Januar 2024")
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 5)


@pytest.mark.parametrize("title", ["3. Januar 2023: Rückblick auf das Fest im Dorf",
                                   "Rückblick auf den 3. Januar 2023: Was vom Fest blieb"])
def test_a_title_about_a_day_beside_the_date_line_makes_no_list_with_it(dump, title):
    article = dump("bare_ambiguous.txt")
    lines = article.raw.splitlines()
    lines[lines.index("Redaktion")] = title
    lines[lines.index("07/01/2024")] = "5. Januar 2024"
    article.raw = "\n".join(lines)
    assert extract_meta(article, Settings()).published.value == date(2024, 1, 5)


def test_of_a_date_line_and_a_later_one_under_a_label_no_list_knows_the_earlier_is_the_articles(dump):
    assert extract_meta(dump("date_pair.txt"), Settings()).published.value == date(2023, 3, 12)


def test_two_date_lines_alone_side_by_side_are_two_teaser_boxes_not_a_date_and_its_change(dump):
    article = dump("date_pair.txt")
    article.raw = article.raw.replace("Nachgereicht 14.03.2023", "14.03.2023")
    assert extract_meta(article, Settings()).published is None


def test_a_label_and_a_later_date_between_the_headline_and_the_date_line_is_a_change_not_the_first_appearance(dump):
    article = dump("date_pair.txt")
    article.raw = article.raw.replace("12.03.2023\nNachgereicht 14.03.2023\nChor probt für das Jubiläumskonzert\n",
                                      "Chor probt für das Jubiläumskonzert\nNachgereicht 14.03.2023\nvon Anna Beispiel, 12.03.2023\n")
    assert extract_meta(article, Settings()).published.value == date(2023, 3, 12)
