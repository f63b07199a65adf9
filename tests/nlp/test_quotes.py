"""Quotation extraction on invented German and English sentences, plus a quality gate on a
slice of the Wikinews quotation dev set."""
from datetime import date

import pytest

from lagebild.model import Mention, Quote
from lagebild.nlp.quotes import extract
from lagebild.nlp.sentences import split

DCT = date(2024, 3, 7)


def quotes(text: str, lang: str = "de", mentions: list[Mention] | None = None) -> list[Quote]:
    sentences, tokens = split(text, lang)
    return extract(text, sentences, tokens, mentions or [], lang, DCT)


def content(text: str, quote: Quote) -> str:
    return " ".join(span.of(text) for span in quote.spans)


def only(text: str, lang: str = "de", mentions: list[Mention] | None = None) -> Quote:
    found = quotes(text, lang, mentions)
    assert len(found) == 1, [content(text, q) for q in found]
    return found[0]


def mention(text: str, name: str, label: str = "PER", entity_id: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, entity_id=entity_id)


@pytest.mark.parametrize("opening, closing", [
    ("„", "“"), ("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("‚", "‘"), ("'", "'"),
])
def test_each_quote_mark_convention_with_frame_after(opening, closing):
    text = f"{opening}Die Brücke bleibt bis Ende Mai gesperrt{closing}, sagte die Bürgermeisterin."
    quote = only(text)
    assert quote.type == "Direct"
    assert content(text, quote) == f"{opening}Die Brücke bleibt bis Ende Mai gesperrt{closing}"
    assert quote.speaker.text == "die Bürgermeisterin"
    assert quote.cue.text == "sagte"


def test_multi_sentence_direct_quote_is_one_quotation():
    text = "„Wir haben alles versucht. Am Ende fehlte das Geld. Das tut uns leid“, sagte Vereinschef Tom Berger."
    quote = only(text)
    assert content(text, quote).startswith("„Wir haben") and content(text, quote).endswith("leid“")
    assert quote.speaker.text == "Vereinschef Tom Berger"


def test_frame_before_with_colon():
    text = "Die Ministerin erklärte am Abend: „Wir werden die Schulen nicht schließen.“"
    quote = only(text)
    assert quote.type == "Direct" and quote.speaker.text == "Die Ministerin"
    assert quote.cue.text == "erklärte"


def test_quote_split_by_its_frame_is_one_quotation_with_two_spans():
    text = "„Das Wasser steigt“, sagte der Pegelwart, „und es wird noch zwei Tage steigen.“"
    quote = only(text)
    assert len(quote.spans) == 2 and quote.speaker.text == "der Pegelwart"


def test_continuation_quote_inherits_the_previous_speaker():
    text = ("„Die Ernte ist gerettet“, sagte die Landwirtin Eva Roth. "
            "„Ohne den Regen im April wäre alles verdorrt. Jetzt können wir aufatmen.“")
    first, second = quotes(text)
    assert second.type == "Direct" and second.speaker == first.speaker


def test_continuation_does_not_cross_a_newly_named_person():
    text = ("„Die Ernte ist gerettet“, sagte die Landwirtin Eva Roth. Nachbar Paul Kern sieht das anders. "
            "„Ohne den Regen im April wäre alles verdorrt und die Preise wären gestiegen.“")
    found = quotes(text, mentions=[mention(text, "Eva Roth"), mention(text, "Paul Kern")])
    last = [q for q in found if q.type == "Direct"][-1]
    assert last.speaker is None or "Roth" not in last.speaker.text


def test_indirect_speech_with_subjunctive():
    text = "Der Sprecher sagte, die Lieferung sei bereits in der vergangenen Woche eingetroffen."
    quote = only(text)
    assert quote.type == "Indirect"
    assert content(text, quote) == "die Lieferung sei bereits in der vergangenen Woche eingetroffen"
    assert quote.speaker.text == "Der Sprecher"


def test_dass_clause_after_separable_cue():
    text = "Die Stadtverwaltung teilte am Montag mit, dass die Schwimmhalle im Herbst öffnet."
    quote = only(text)
    assert quote.type == "Indirect" and content(text, quote).startswith("dass die Schwimmhalle")
    assert quote.speaker.text == "Die Stadtverwaltung"


@pytest.mark.parametrize("text, speaker, cue, words", [
    ("Laut Feuerwehr wurden bei dem Brand zwei Menschen leicht verletzt.", "Feuerwehr", "Laut",
     "wurden bei dem Brand zwei Menschen leicht verletzt"),
    ("Dem Wetterdienst zufolge wird es am Wochenende deutlich kälter.", "Dem Wetterdienst", "zufolge",
     "wird es am Wochenende deutlich kälter"),
    ("Nach Angaben von Augenzeugen stürzte der Kran gegen Mittag auf die Straße.", "Augenzeugen", "Nach Angaben",
     "stürzte der Kran gegen Mittag auf die Straße"),
    ("Nach ersten Angaben der Polizei wurde bei dem Unfall niemand verletzt.", "der Polizei", "Nach ersten Angaben",
     "wurde bei dem Unfall niemand verletzt"),
])
def test_source_phrase_names_the_source(text, speaker, cue, words):
    quote = only(text)
    assert quote.type == "Indirect" and quote.speaker.text == speaker and quote.cue.text == cue
    assert content(text, quote) == words


def test_meinung_nach_names_its_owner():
    text = "Der Meinung des Gutachters nach ist das Gebäude nicht mehr zu retten."
    assert "Gutachters" in only(text).speaker.text


def test_adverbial_clause_before_a_cue_is_not_content():
    text = "Während die Gespräche noch andauerten, forderte die Opposition den Rücktritt des Ministers."
    assert all(q.type != "Indirect" for q in quotes(text))


def test_wie_clause_frame_before_and_after():
    before = "Wie die Polizei mitteilte, wurde niemand verletzt."
    after = "Der Verdächtige sei inzwischen wieder auf freiem Fuß, wie die Staatsanwaltschaft mitteilte."
    assert only(before).speaker.text == "die Polizei"
    assert content(before, only(before)) == "wurde niemand verletzt"
    assert only(after).speaker.text == "die Staatsanwaltschaft"


def test_demonstrative_frame_attributes_the_sentence_before():
    text = "Die Proben waren mit dem Erreger belastet, der als besonders gefährlich gilt. Das erklärte gestern eine Sprecherin des Landesamts."
    quote = only(text)
    assert content(text, quote).startswith("Die Proben") and quote.speaker.text == "eine Sprecherin des Landesamts"
    assert quote.said_on == "2024-03-06"


def test_pronoun_speaker_resolves_to_the_last_person_named():
    text = "Kanzlerin Maria Vogt besuchte das Werk. Sie sagte, die Arbeitsplätze seien sicher."
    found = quotes(text, mentions=[mention(text, "Maria Vogt", entity_id="a:1")])
    indirect = [q for q in found if q.type == "Indirect"][0]
    assert indirect.speaker.text == "Sie" and indirect.speaker_entity == "a:1"


def test_object_first_sentence_takes_the_named_subject_after_the_verb():
    text = "Die Anwendung der neuen Regel stellte der Vorsitzende Karl Ebner klar: „Ausnahmen gibt es nicht.“"
    quote = only(text, mentions=[mention(text, "Karl Ebner", entity_id="a:3")])
    assert quote.speaker.text == "der Vorsitzende Karl Ebner" and quote.speaker_entity == "a:3"


def test_speaker_entity_from_a_name_inside_the_speaker():
    text = "„Wir bleiben hier“, sagte der Gewerkschafter Jan Hoff."
    quote = only(text, mentions=[mention(text, "Jan Hoff", entity_id="a:7")])
    assert quote.speaker_entity == "a:7"


def test_channel_auf_and_medium_writing_for_schrieb():
    text = "„Wir lassen niemanden zurück“, schrieb der Minister auf Telegram."
    quote = only(text)
    assert quote.medium == "Writing"
    assert quote.channel is not None and quote.channel.text == "auf Telegram"


def test_addressee_gegenueber():
    text = "„Die Verhandlungen sind gescheitert“, sagte ein Sprecher des Verbands gegenüber der Lokalzeitung."
    quote = only(text)
    assert quote.addressee.text == "der Lokalzeitung"
    assert quote.speaker.text == "ein Sprecher des Verbands"


def test_single_word_scare_quote_is_not_a_quotation():
    text = "Das Museum zeigt diesmal 'exotischere' Stücke aus privaten Sammlungen."
    assert quotes(text) == []


def test_quoted_title_is_not_a_quotation():
    text = "Der Bericht erschien zuerst in der „Nordsee Rundschau“ am Dienstag."
    assert [q for q in quotes(text) if q.type == "Direct"] == []


def test_reported_speech_without_content_clause():
    text = "Die Bundesregierung kündigte neue Sanktionen an."
    quote = only(text)
    assert quote.type == "Reported" and quote.speaker.text == "Die Bundesregierung"


@pytest.mark.parametrize("text", ["Die Reederei bestätigte den Vorfall.", "Der Verein wies die Vorwürfe zurück."])
def test_answering_a_claim_without_content_is_not_reported_speech(text):
    assert quotes(text) == []


def test_free_indirect_continues_the_speaker_of_an_indirect_quote():
    text = "Der Bürgermeister sagte, die Straße werde erneuert. Die Kosten lägen bei zwei Millionen Euro, das sei vertretbar."
    first, second = quotes(text)
    assert second.type == "FreeIndirect" and second.speaker == first.speaker


def test_said_on_from_the_frame():
    text = "„Wir sind vorbereitet“, sagte der Trainer am 5. März 2024."
    assert only(text).said_on == "2024-03-05"


def test_english_frames():
    text = ('"We will rebuild the bridge," the mayor said. "It will take a year," said Anna Holt. '
            "The minister told reporters that the plant would close. According to the police, two men were arrested.")
    found = quotes(text, "en")
    speakers = [q.speaker.text for q in found]
    assert speakers == ["the mayor", "Anna Holt", "The minister", "the police"]
    assert found[2].addressee.text == "reporters"
    assert [q.type for q in found] == ["Direct", "Direct", "Indirect", "Indirect"]


def test_english_reports_without_that_and_with_a_relative_clause():
    text = ("Police said two men had been arrested on Sunday. Smith, who led the inquiry, said the report was flawed. "
            '"It is over," he told Reuters.')
    police, smith, told = quotes(text, "en")
    assert content(text, police) == "two men had been arrested on Sunday" and police.speaker.text == "Police"
    assert content(text, smith) == "the report was flawed" and smith.speaker.text == "Smith"
    assert told.speaker.text == "he" and told.addressee.text == "Reuters"


def test_english_curly_quotes_and_writing():
    text = "“This is a dark day for science,” she wrote on X after the vote."
    quote = only(text, "en")
    assert quote.medium == "Writing" and quote.speaker.text == "she"


def test_listing_groups_quotations_of_one_entity_across_articles():
    from lagebild.model import Article, Source
    from lagebild.nlp.quotes.listing import quotation_rows

    articles = []
    for n, text in enumerate(["„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lena Brandt.",
                              "Lena Brandt sagte, die Brücke werde im Mai fertig."]):
        sentences, tokens = split(text, "de")
        names = [mention(text, "Lena Brandt", entity_id="ent:brandt")]
        article = Article(id=f"a{n}", source=Source(outlet=f"outlet{n}"), raw=text, body=text, language="de",
                          sentences=sentences, tokens=tokens, entities=names)
        article.quotes = extract(text, sentences, tokens, names, "de", DCT)
        articles.append(article)
    rows = quotation_rows(articles, {"ent:brandt": "Lena Brandt"})
    assert [row["speaker"] for row in rows] == ["Lena Brandt", "Lena Brandt"]
    assert {row["article"] for row in rows} == {"a0", "a1"}
    assert quotation_rows(articles, {"ent:brandt": "Lena Brandt"}, speaker="nobody") == []


def test_passive_agent_speaks_not_the_time_before_it():
    text = "Wie im Frühjahr 2022 von der Lokalzeitung Bote berichtet, soll der Hafen ausgebaut werden."
    quote = only(text)
    assert quote.speaker.text == "der Lokalzeitung Bote"


def test_adverbial_prefield_leaves_the_subject_after_the_verb():
    text = "Wenige Stunden vor der Abstimmung versicherte die Fraktionschefin, die Mehrheit stehe."
    quote = only(text)
    assert quote.speaker.text == "die Fraktionschefin"


def test_accusative_prefield_is_not_the_speaker():
    text = "Den Vorschlag des Bauamts lehnte der Stadtrat ab: „Dafür fehlt uns schlicht das Geld.“"
    quote = only(text)
    assert quote.speaker.text == "der Stadtrat"


@pytest.mark.parametrize("text, speaker", [
    ("Nach Angaben niederländischer und belgischer Ermittler sei der Frachter leck geschlagen.",
     "niederländischer und belgischer Ermittler"),
    ("Grüne und Linke erklärten, der Haushalt sei nicht tragfähig.", "Grüne und Linke"),
])
def test_coordinated_speakers_are_whole(text, speaker):
    assert only(text).speaker.text == speaker


def test_plural_verb_keeps_the_plural_subject_before_it():
    text = "Die Ermittler werfen Erik Lund Betrug vor."
    quote = only(text, mentions=[mention(text, "Erik Lund")])
    assert quote.speaker.text == "Die Ermittler"


def test_pronoun_speaker_is_listed_under_its_antecedent():
    from lagebild.model import Article, Source
    from lagebild.nlp.quotes.listing import quotation_rows

    text = "Die Ministerin Greta Falk besuchte die Klinik. Sie forderte, die Löhne müssten steigen."
    sentences, tokens = split(text, "de")
    names = [mention(text, "Greta Falk", entity_id="ent:falk")]
    article = Article(id="a", source=Source(outlet="o"), raw=text, body=text, language="de",
                      sentences=sentences, tokens=tokens, entities=names)
    article.quotes = extract(text, sentences, tokens, names, "de", DCT)
    assert [q.speaker_entity for q in article.quotes] == ["ent:falk"]
    assert [row["speaker"] for row in quotation_rows([article], {"ent:falk": "Greta Falk"})] == ["Greta Falk"]


@pytest.mark.parametrize("text, speaker", [
    ("Laut dem Sender Radio Nord kündigte der Landrat an, die Fähre werde eingestellt.", "dem Sender Radio Nord"),
    ("Der Landrat kündigte nach Angaben der Kreiszeitung an, die Fähre werde eingestellt.", "der Kreiszeitung"),
])
def test_source_phrase_in_the_frame_names_the_source(text, speaker):
    assert only(text).speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Anfang Mai 2021 erklärte der Verband, die Beiträge würden steigen.",
                 "der Verband", id="speaker_is_never_a_time_expression"),
    pytest.param("Brandt, der das Amt seit Mai führt, sagte am Abend, die Kasse sei leer.",
                 "Brandt", id="relative_clause_between_speaker_and_cue"),
    pytest.param("Die Sprecherin der Werft, Ida Holm, kritisierte: „Das Angebot ist eine Zumutung.“",
                 "Die Sprecherin der Werft, Ida Holm", id="apposition_between_speaker_and_cue"),
    pytest.param("Hier sparte die Ministerin nicht mit Kritik: „Das Angebot ist eine Zumutung.“",
                 "die Ministerin", id="colon_frame_after_an_adverbial_takes_the_subject_after_the_verb"),
    pytest.param("Den Ärger der Anwohner über den Lärm brachte die Ortsvorsteherin zum Ausdruck: „So geht es nicht weiter.“",
                 "die Ortsvorsteherin", id="colon_frame_with_object_first_and_no_cue"),
    pytest.param("Die Leiterin des Bauamts, Jana Roth, hat am Montag gefordert, dass die Brücke gesperrt wird.",
                 "Die Leiterin des Bauamts, Jana Roth", id="apposition_then_auxiliary_before_the_cue"),
    pytest.param("Wie die Banca d'Italia in Rom bekannt gab, sollen die Zinsen im Herbst steigen.",
                 "die Banca d'Italia in Rom", id="name_with_elided_article_stays_whole"),
    pytest.param("Wie die „Abendpost“-Redaktion am Montag berichtete, ist die Fähre wieder in Betrieb.",
                 "die „Abendpost“-Redaktion", id="quoted_name_joined_to_its_noun_by_a_hyphen"),
    pytest.param("In einem Bericht des Wetterdienstes wurde vermutet, dass der Sturm am Abend abflaut.",
                 "einem Bericht des Wetterdienstes", id="passive_cue_gives_the_report_as_speaker"),
    pytest.param("Die Schließung der alten Brücke forderte der Innenminister am Montag.",
                 "der Innenminister", id="office_after_the_verb_speaks_when_the_phrase_before_is_a_thing"),
    pytest.param("Dieser bestätigte, dass die Verhandlungen am Freitag weitergehen.",
                 "Dieser", id="demonstrative_alone_before_the_verb_is_the_speaker"),
    pytest.param("Im Streit um die Maut, der seit Monaten geführt wird, hat Verkehrsministerin Eva Brandt gefordert, die Gebühr zu senken.",
                 "Verkehrsministerin Eva Brandt", id="auxiliary_nearest_the_cue_leads_to_the_subject"),
    pytest.param("Sogar die Opposition hatte erklärt, dass der Haushalt solide sei.",
                 "die Opposition", id="focus_particle_before_the_subject"),
    pytest.param("Die Vorsitzende Eva Brandt, zuständig für den Haushalt, hatte am Montag angekündigt, die Gebühren zu senken.",
                 "Die Vorsitzende Eva Brandt", id="subject_with_a_comma_set_insertion_before_the_auxiliary"),
    pytest.param("Eine Reporterin des Senders war am Hafen und berichtete, dass die Fähre bereits abgelegt habe.",
                 "Eine Reporterin des Senders", id="coordinated_cue_shares_the_subject_of_its_clause"),
    pytest.param("Die Regierung wird fordern, dass die Steuern im Herbst sinken.",
                 "Die Regierung", id="future_with_a_cue_infinitive_keeps_its_subject"),
    pytest.param("Der Rat tagte lange, die Vorsitzende der Kommission verließ den Saal und sagte, sie sei enttäuscht.",
                 "die Vorsitzende der Kommission", id="coordinated_verb_after_a_new_clause_does_not_share_the_first_subject"),
    pytest.param("Letzten Monat besichtigte er die Werke des Landes, lobte die neuen Maschinen und sagte, das Land sei stark.",
                 "er", id="adverbial_time_phrase_before_the_first_verb_leaves_the_subject_after_it"),
    pytest.param("Eine nordkoreanische Quelle bestätigt, dass der Besuch stattfinden wird.",
                 "Eine nordkoreanische Quelle", id="a_source_confirming_is_a_speaker_not_a_finding"),
    pytest.param("Von den Behörden wird angenommen, dass Schmuggler den Zwischenfall auslösten.",
                 "den Behörden", id="agent_fronted_before_a_passive_cue_speaks"),
    pytest.param("Aus Regierungskreisen hieß es, das Vorgehen sei ein Bruch des Abkommens.",
                 "Regierungskreisen", id="impersonal_report_names_where_it_comes_from"),
    pytest.param("Er hält es jedoch für möglich, dass der Vorstand nichts wusste.",
                 "Er", id="pronoun_holds_the_verdict_it_opens"),
    pytest.param("Der Bericht des Ministeriums bestätigt, dass die Kosten gestiegen sind.",
                 "Der Bericht des Ministeriums", id="evidence_verb_with_a_speaker_or_a_text_for_subject_is_a_quotation_1"),
    pytest.param("Ein Sprecher der Stadt bestätigte, dass die Brücke gesperrt bleibt.",
                 "Ein Sprecher der Stadt", id="evidence_verb_with_a_speaker_or_a_text_for_subject_is_a_quotation_2"),
    pytest.param("Dieser bestätigte, dass die Brücke gesperrt bleibt.",
                 "Dieser", id="evidence_verb_with_a_speaker_or_a_text_for_subject_is_a_quotation_3"),
    pytest.param("Die Anwohner haben protestiert, da sie befürchten, der Lärm werde weiter zunehmen.",
                 "sie", id="subordinate_clause_holding_the_cue_has_its_own_subject_1"),
    pytest.param("Der Bürgermeister widersprach, indem er sagte, die Kosten seien gedeckt.",
                 "er", id="subordinate_clause_holding_the_cue_has_its_own_subject_2"),
    pytest.param("Während die Ministerin ankündigte, den Plan zu prüfen, blieb die Opposition skeptisch.",
                 "die Ministerin", id="subordinate_clause_holding_the_cue_has_its_own_subject_3"),
    pytest.param("Der Innenminister zeigte sich besorgt, dass die Gewalt zunehme.",
                 "Der Innenminister", id="stance_shown_with_a_reflexive_verb_frames_a_quotation_1"),
    pytest.param("Nach dem Spiel zeigte sich der Trainer zufrieden: „Wir haben gut verteidigt.“",
                 "der Trainer", id="stance_shown_with_a_reflexive_verb_frames_a_quotation_2"),
    pytest.param("Ein Fernsehsender zitierte den Minister mit den Worten: „Wir brauchen mehr Zeit.“",
                 "den Minister", id="the_one_quoted_speaks_not_who_quotes_1"),
    pytest.param("„Wir wurden dort nicht gern gesehen“, zitierte man die Reporterin Eva Lind.",
                 "die Reporterin Eva Lind", id="the_one_quoted_speaks_not_who_quotes_2"),
    pytest.param("Der Minister wird von der Agentur mit den Worten zitiert, es habe viele Fragen gegeben.",
                 "Der Minister", id="the_one_quoted_speaks_not_who_quotes_3"),
])
def test_speaker_of_the_only_quotation(text, speaker):
    assert only(text).speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ergänzend fügte die Sprecherin hinzu, der Termin stehe fest.", "die Sprecherin"),
    ("Angesichts der Zahlen räumte der Vorstand ein, das Ziel sei verfehlt.", "der Vorstand"),
    ("Nachdem die Frist verstrichen war, erklärte das Amt, der Antrag sei ungültig.", "das Amt"),
])
def test_adverbs_and_clauses_in_the_prefield_are_not_speakers(text, speaker):
    assert only(text).speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Wie die Stadtwerke am Morgen bekannt gaben, wird das Netz bis Juni erneuert.", "die Stadtwerke"),
    ("Wie nord-kurier.de berichtet, wird das Netz bis Juni erneuert.", "nord-kurier.de"),
    ("Die taz schreibt, dass das Netz bis Juni erneuert werde.", "Die taz"),
])
def test_speakers_the_tokens_hide(text, speaker):
    assert only(text).speaker.text == speaker


def test_content_opening_with_an_article_is_not_a_relative_clause():
    text = "Der Landrat erklärte, die neu zu bauende Brücke werde den Verkehr entlasten."
    quote = only(text)
    assert quote.type == "Indirect" and quote.speaker.text == "Der Landrat"


def test_quoted_name_inside_the_speaker_is_not_a_quotation():
    text = "Eva Lind von der „Initiative Grüner Hafen“ sagte, der Ausbau gefährde das Watt."
    quote = only(text)
    assert quote.type == "Indirect" and quote.speaker.text.startswith("Eva Lind")


def test_quoted_words_in_the_content_do_not_hide_the_clause():
    text = "Die Sprecherin äußerte sich dahingehend, das Treffen „sei ruhig verlaufen“."
    found = quotes(text)
    assert any(q.type == "Indirect" and q.speaker.text == "Die Sprecherin" for q in found)


@pytest.mark.parametrize("text", [
    "Die Schleuse sei, so die Hafenmeisterin, seit Jahren marode.",
    "Die Schleuse sei – so die Hafenmeisterin – seit Jahren marode.",
])
def test_so_frame_inside_the_sentence(text):
    quote = only(text)
    assert quote.type == "Indirect" and quote.speaker.text == "die Hafenmeisterin" and len(quote.spans) == 2


@pytest.mark.parametrize("text, speaker", [
    ("Die Stollen dienten nach polnischen Angaben dem Schmuggel von Zigaretten.", "polnischen Angaben"),
    ("Nach Angaben dänischer Behörden seien zwei Fähren ausgefallen.", "dänischer Behörden"),
])
def test_source_noun_owner_is_a_genitive_not_the_clause_after_it(text, speaker):
    assert only(text).speaker.text == speaker


def test_speaker_stops_before_the_object_article():
    text = "In einem Brief an den Rat fordert Bürgermeisterin Eva Brandt ein Ende der Bauarbeiten."
    quote = only(text)
    assert quote.type == "Reported" and quote.speaker.text == "Bürgermeisterin Eva Brandt"


def test_object_after_the_verb_is_never_the_speaker():
    text = "Der Verband bezeichnete den Entwurf als völlig unbrauchbar für die Praxis."
    quote = only(text, mentions=[mention("Der Verband bezeichnete den Entwurf als", "Entwurf", "ORG")])
    assert quote.speaker.text == "Der Verband"


@pytest.mark.parametrize("text, speaker, words", [
    ("Es gibt eine Schätzung, wonach im Winter rund 300 Stellen wegfallen.", "eine Schätzung",
     "im Winter rund 300 Stellen wegfallen"),
    ("Demnach sollen die Bauarbeiten erst im Mai beginnen.", "Demnach",
     "sollen die Bauarbeiten erst im Mai beginnen"),
])
def test_anaphoric_source_speaks_for_the_clause_it_opens(text, speaker, words):
    quote = only(text)
    assert quote.speaker.text == speaker and content(text, quote) == words


def test_free_indirect_without_earlier_quote_takes_the_named_subject_before():
    text = ("Landrätin Eva Brandt würdigte die Helfer als Rückgrat der Gemeinde. "
            "Ohne sie sei der Winter kaum zu bewältigen gewesen.")
    found = quotes(text, mentions=[mention(text, "Eva Brandt")])
    free = [q for q in found if q.type == "FreeIndirect"]
    assert len(free) == 1 and free[0].speaker.text == "Landrätin Eva Brandt"


def test_free_indirect_ignores_a_pronoun_subject_before():
    text = "Sie würdigte die Helfer als Rückgrat der Gemeinde. Ohne sie sei der Winter kaum zu bewältigen gewesen."
    free = [q for q in quotes(text) if q.type == "FreeIndirect"]
    assert len(free) == 1 and free[0].speaker is None


@pytest.mark.parametrize("text, cue", [
    ("Das Landgericht entschied, die Klage der Anwohner sei unbegründet.", "entschied"),
    ("Die Prüfung ergab, dass die Brücke noch zehn Jahre halten kann.", "ergab"),
    ("Wie am Montag bekannt gegeben wurde, schließt das Werk im Sommer.", "bekannt"),
    ("Bei der Prüfung stellte sich heraus, dass die Leitung undicht war.", "stellte"),
])
def test_decision_and_finding_verbs_introduce_content(text, cue):
    assert only(text).cue.text == cue


def test_single_quoted_word_with_a_cue_is_a_partial_quotation():
    text = "Die Gewerkschaft nannte den Sparplan „verantwortungslos“ und kündigte Proteste an."
    partial = [q for q in quotes(text) if q.type == "Direct"]
    assert len(partial) == 1 and content(text, partial[0]) == "„verantwortungslos“"
    assert partial[0].speaker.text == "Die Gewerkschaft"


def test_content_may_open_with_a_prepositional_phrase():
    text = "Bis zum Herbst sei die Strecke wieder frei, so eine Sprecherin der Bahn."
    quote = only(text)
    assert quote.speaker.text == "eine Sprecherin der Bahn"
    assert content(text, quote) == "Bis zum Herbst sei die Strecke wieder frei"


def test_content_never_opens_with_an_adverbial_clause():
    text = "Bis er kam, sei alles ruhig gewesen, so der Wirt."
    assert all(not content(text, q).startswith("Bis") or q.type == "FreeIndirect" for q in quotes(text))


def test_relative_clause_after_a_cue_is_not_content():
    text = "Der Bürgermeister nannte die Helfer, die seit Tagen im Einsatz waren, als Vorbild."
    assert all(not content(text, q).startswith("die seit") for q in quotes(text))


def test_relative_clause_in_the_subjunctive_is_reported_content():
    text = "Die Forscher warnten vor einem Erreger, der sich rasch ausgebreitet habe."
    assert any(content(text, q).startswith("der sich rasch") for q in quotes(text))


def test_purpose_clause_is_not_content():
    text = "Die Feuerwehr rückte am Abend aus, um den Brand in der Scheune zu löschen."
    assert all(not content(text, q).startswith("um ") for q in quotes(text))


def test_passive_relative_clause_leaves_the_reporting_verb_active():
    text = "Die Firma kündigte ein neues Modell an, das im Frühjahr vorgestellt werden soll."
    quote = only(text)
    assert quote.type == "Reported" and quote.speaker.text == "Die Firma"


def test_passive_report_with_an_agent_is_reported_speech():
    text = "Die Schließung der Filiale wurde am Montag von der Geschäftsführung angekündigt."
    quote = only(text)
    assert quote.type == "Reported" and quote.speaker.text == "der Geschäftsführung"


def test_passive_without_agent_is_no_quotation():
    assert quotes("Die Schließung der Filiale wurde am Montag angekündigt.") == []


def test_estimate_verb_reports_speech():
    quote = only("Die Versicherer bezifferten den Schaden auf rund zwei Millionen Euro.")
    assert quote.type == "Reported" and quote.speaker.text == "Die Versicherer"


def test_partial_quotation_without_cue_takes_its_sentence_subject():
    text = "Der Verband feierte die Entscheidung als „großen Sieg für alle Pendler“."
    quote = only(text)
    assert quote.type == "Direct" and quote.speaker.text == "Der Verband"


def test_speaker_named_again_in_a_so_frame_carries_to_the_next_quotation():
    text = "„Wir bauen weiter“, so Brandt. „Die Brücke wird im Mai fertig sein.“"
    found = quotes(text, mentions=[mention(text, "Brandt", entity_id="brandt")])
    assert [q.speaker.text if q.speaker else None for q in found] == ["Brandt", "Brandt"]


@pytest.mark.parametrize("text", [
    "Das berichtete das Portal „nachrichten.de“ am Montag.",
    "Laut „abendblatt“ ist der Streit beigelegt.",
])
def test_lower_case_name_in_quotation_marks_is_no_partial_quotation(text):
    assert all(q.type != "Direct" for q in quotes(text))


def test_free_indirect_follows_a_newly_named_subject_over_an_older_quotation():
    text = ("„Wir bauen weiter“, sagte Bürgermeister Jan Roth. Landrätin Eva Brandt besuchte am Abend die Helfer. "
            "Ohne sie sei der Winter kaum zu bewältigen gewesen.")
    mentions = [mention(text, "Jan Roth"), mention(text, "Eva Brandt")]
    free = [q for q in quotes(text, mentions=mentions) if q.type == "FreeIndirect"]
    assert len(free) == 1 and free[0].speaker.text == "Landrätin Eva Brandt"


def test_two_quoted_words_with_nobody_speaking_are_a_term():
    text = "Die Kampagne warb auf Plakaten für „sicheres Radeln“ in der Innenstadt."
    assert all(q.type != "Direct" for q in quotes(text))


def test_sollen_continues_a_report_but_does_not_start_one():
    text = "Der Rat beschloss, die Gebühren würden gesenkt. Auch sollen die Busse öfter fahren."
    found = quotes(text)
    assert [q.type for q in found] == ["Indirect", "FreeIndirect"]
    assert quotes("Auch sollen die Busse künftig öfter fahren.") == []


def test_subordinating_conjunction_is_never_a_speaker():
    text = "Nachdem er die Akten geprüft und zurückgewiesen hatte, sei der Antrag neu gestellt worden."
    assert all(q.speaker is None or q.speaker.text != "Nachdem" for q in quotes(text))


def test_free_indirect_after_demnach_looks_further_back():
    text = ("Das Magazin berichtete, die Ermittler hätten neue Spuren. Demnach wurde der Wagen in Kassel gefunden. "
            "Der Fahrer sei aber weiter flüchtig.")
    free = [q for q in quotes(text) if q.type == "FreeIndirect"]
    assert len(free) == 1 and free[0].speaker.text == "Das Magazin"


def test_subjunctive_auxiliary_ends_the_noun_phrase():
    text = "Die Zeitung berichtete, die Ermittler hätten neue Spuren."
    quote = only(text)
    assert quote.type == "Indirect" and content(text, quote) == "die Ermittler hätten neue Spuren"


def test_subject_of_a_passive_cue_is_not_the_speaker():
    text = "Die Anwohner wurden aufgefordert, ihre Fenster geschlossen zu halten."
    assert only(text).speaker is None


def test_quality_gate_on_dev_slice():
    from lagebild.errors import SharedDataMissing
    from lagebild.eval import quotes as quote_eval

    try:
        result = quote_eval.evaluate(limit=30, split="dev")
    except SharedDataMissing:
        pytest.skip("Wikinews quotation set not in ../shared")
    # Measured on these 30 articles: quotation F1 0.798; speaker F1 0.84 on matched pairs, 0.68 end
    # to end, with the entity model. The floors leave room for small changes elsewhere in the pipeline.
    assert result["quotes"]["f1"] >= 0.74
    assert result["speaker"]["f1"] >= 0.77
    assert result["speaker_end_to_end"]["f1"] >= 0.61


def test_main_clause_after_a_fronted_cue_clause_is_not_content():
    text = "Nachdem der Verein den Wechsel bekannt gegeben hatte, trat er noch am selben Abend zurück."
    assert all(q.type != "Indirect" for q in quotes(text))
    reported = "Die Sprecherin gab bekannt, er trete noch am selben Abend zurück."
    assert only(reported).type == "Indirect"


def test_judging_verb_with_an_als_verdict_is_reported_speech():
    verdict = "Der Verband wertete die Einigung mit dem Vorstand als großen Erfolg."
    found = only(verdict)
    assert found.type == "Reported" and found.speaker.text == "Der Verband"
    stance = "Der Verband kritisierte die Einigung mit dem Vorstand."
    assert all(q.type != "Reported" for q in quotes(stance))


@pytest.mark.parametrize("text, speaker", [
    ("Die Beobachter gehen jedoch davon aus, dass der Streit noch lange dauern wird.", "Die Beobachter"),
    ("Die Forscher kamen zu dem Schluss, dass die Proben verunreinigt gewesen sind.", "Die Forscher"),
])
def test_plural_separable_cue_and_conclusion_noun_introduce_a_that_clause(text, speaker):
    found = only(text)
    assert found.type == "Indirect" and content(text, found).startswith("dass") and found.speaker.text == speaker


def test_verdict_after_fuer_introduces_a_that_clause_held_by_the_subject():
    text = "Die Behörde hält es für unwahrscheinlich, dass sich der Erreger weiter ausbreitet."
    found = only(text)
    assert content(text, found).startswith("dass") and found.speaker.text == "Die Behörde"
    assert quotes("Es ist möglich, dass sich der Erreger weiter ausbreitet.") == []


def test_plural_present_form_equal_to_the_infinitive_is_a_cue():
    text = "Die Kläger bemängeln, dass die Regierung den Rat übergangen habe."
    found = only(text)
    assert found.type == "Indirect" and found.speaker.text == "Die Kläger"


def test_passive_informing_verb_reports_even_without_an_agent_but_naming_does_not():
    found = only("Als Ursache des Ausfalls wurde ein Defekt an der Leitung angegeben.")
    assert found.type == "Reported" and found.speaker is None
    assert quotes("Die Verbindung darf ab jetzt offiziell Ehe genannt werden.") == []


def test_nennen_giving_a_name_is_not_reported_speech():
    assert quotes("Seit dem Umzug nennt sich der Verein Blau-Weiß Hafenstadt.") == []
    assert only("Die Kommission nannte den Entwurf unausgewogen.").type == "Reported"


@pytest.mark.parametrize("text, speaker, cue", [
    ("Die Ministerin besuchte am Montag das Werk, lobte die neuen Maschinen und sagte, die Region habe Zukunft.",
     "Die Ministerin", "sagte"),
    ("Am Montag besuchte die Ministerin das Werk und betonte, die Region habe Zukunft.", "die Ministerin", "betonte"),
    ("Auch der Landrat sprach sich gegen den Plan aus und sagte, die Kosten seien zu hoch.", "der Landrat", "sagte"),
    ("Die Gewerkschaften bestätigten den Streik, teilten jedoch mit, es gebe noch Gespräche.", "Die Gewerkschaften",
     "teilten"),
])
def test_verb_coordinated_with_an_earlier_one_shares_its_subject_not_the_object_after_it(text, speaker, cue):
    quote = only(text)
    assert quote.speaker.text == speaker
    assert quote.cue.text == cue


def test_inserted_frame_after_reported_content_keeps_its_own_subject():
    text = "Die Brücke werde, sagte der Bürgermeister, im Mai wieder geöffnet."
    assert only(text).speaker.text == "der Bürgermeister"


@pytest.mark.parametrize("text", [
    "Die wachsende Bedeutung der Drohnen für die Armee unterstreicht, dass sich die Kriegsführung verändert hat.",
    "Die neuen Messergebnisse bestätigten die Tragfähigkeit der Brücke.",
])
def test_evidence_verb_with_a_fact_for_subject_states_a_finding_not_a_quotation(text):
    assert quotes(text) == []


def test_name_in_the_genitive_before_a_source_noun_is_the_source():
    text = "Nach Merkels Angaben sei die Einigung in greifbarer Nähe."
    quote = only(text, mentions=[mention(text, "Merkels")])
    assert quote.speaker.text == "Merkels Angaben"
    assert content(text, quote).startswith("sei die Einigung")


def test_object_owned_by_a_name_in_the_genitive_does_not_outrank_the_subject():
    text = "Die Bürgerinitiative kritisierte Müllers Plan als unbezahlbar."
    quote = only(text, mentions=[mention(text, "Müllers")])
    assert quote.speaker.text == "Die Bürgerinitiative"


def test_main_clause_after_a_comma_names_its_own_subject_with_apposition():
    text = ("Die Ministerin wies den Vorwurf zurück, die Sprecherin der Fraktion, Lena Beispiel (Grüne), "
            "erklärte: „Diese Debatte hilft niemandem.“")
    quote = only(text)
    assert quote.speaker.text.startswith("die Sprecherin der Fraktion, Lena Beispiel")


@pytest.mark.parametrize("pronoun", ["er", "letztere"])
def test_so_with_a_pronoun_after_a_quotation_names_the_one_mentioned_before(pronoun):
    text = f"Die Tierärztin Eva Lind stand vor dem Gehege. „Das Leiden geht weiter“, so {pronoun}."
    quote = only(text, mentions=[mention(text, "Eva Lind", entity_id="e1")])
    assert quote.speaker.text == pronoun
    assert quote.speaker_entity == "e1"


@pytest.mark.parametrize("text", [
    "„Die Lage ist ernst“, sagte der Sprecher des Ministeriums, Jan Roth (60), am Dienstag.",
    "Der Sprecher des Ministeriums, Jan Roth (60), sagte am Dienstag, die Lage sei ernst.",
])
def test_age_in_brackets_is_trimmed_from_an_apposed_speaker(text):
    assert only(text).speaker.text.lower() == "der sprecher des ministeriums, jan roth"


@pytest.mark.parametrize("text", [
    "Er zeigte, dass er kämpfen kann.",
    "Die Ministerin zeigte den Gästen die neue Halle.",
    "Die Märkte zeigten sich unbeeindruckt, dass die Zinsen steigen.",
])
def test_showing_without_the_reflexive_or_by_a_fact_is_no_quotation(text):
    assert quotes(text) == []


def test_clause_with_a_second_verb_after_und_is_no_frame_set_off_by_commas():
    text = ("Letzten Monat besichtigte er die Werke des Landes, lobte die neuen Maschinen und zeigte den Gästen "
            "die Lager, die bald erweitert würden.")
    assert all(q.speaker is None or q.speaker.text != "die neuen Maschinen" for q in quotes(text))


def test_quotation_that_is_a_sentence_of_its_own_quotes_the_subject_of_the_sentence_before():
    text = ("Die Abgeordnete Eva Lind verurteilte die Haltung der Regierung. „Diese Regierung hat Erfolge, "
            "aber ihre Politik in der Region ist falsch.“")
    quote = only(text, mentions=[mention(text, "Eva Lind", entity_id="e1")])
    assert quote.type == "Direct"
    assert quote.speaker.text == "Die Abgeordnete Eva Lind"
    assert quote.speaker_entity == "e1"


@pytest.mark.parametrize("text, speaker, cue", [
    ("„Wir bitten um Geduld“, heißt es in einer am Morgen veröffentlichten Erklärung.",
     "einer am Morgen veröffentlichten Erklärung", "heißt"),
    ("In einer Erklärung der Minister hatte es geheißen: „Es gibt keine schnelle Lösung.“",
     "einer Erklärung der Minister", "geheißen"),
    ("Auf der Homepage heißt es zur Begründung, warum man dieses Bild gewählt hat: „Die Striche sind einfach und klar.“",
     "der Homepage", "heißt"),
])
def test_impersonal_frame_names_the_text_even_past_an_attribute_or_a_subordinate_verb(text, speaker, cue):
    quote = only(text)
    assert quote.speaker.text == speaker
    assert quote.cue.text == cue


@pytest.mark.parametrize("text", [
    "Nach dem Unfall (wir berichteten) wurde die Brücke „bis auf Weiteres“ gesperrt.",
    "Nach dem Absturz (die Zeitung berichtete) wurde die Strecke „bis auf Weiteres“ gesperrt.",
])
def test_bracketed_pointer_to_earlier_news_frames_nothing(text):
    assert all(q.cue is None or q.cue.text != "berichtete" and q.cue.text != "berichteten" for q in quotes(text))


def test_speaker_mention_lookups_agree_with_a_scan():
    import random

    from lagebild.nlp.quotes.document import Mentions

    rng = random.Random(11)
    mentions = []
    for n in range(80):
        start = rng.randrange(0, 400)
        mentions.append(Mention(start, start + rng.randrange(1, 15), f"m{n}", rng.choice(("PER", "ORG", "LOC")),
                                deriv=rng.random() < 0.2))
    index = Mentions(mentions)
    speakers = sorted((m for m in mentions if m.label != "LOC"), key=lambda m: m.start)
    assert index.items == speakers
    for _ in range(200):
        start = rng.randrange(-5, 420)
        end = start + rng.randrange(1, 30)
        assert index.overlapping(start, end) == [m for m in speakers if m.start < end and m.end > start]
        assert index.starting_in(start, end) == [m for m in speakers if start <= m.start < end]
        for labels in (("PER",), ("PER", "ORG")):
            earlier = [m for m in speakers if m.start < start and m.label in labels and not m.deriv]
            assert index.last_named_before(start, labels) == (earlier[-1] if earlier else None)
