import re

import pytest

from lagebild.clean.first_char import alternatives, first_char_class, items
from lagebild.clean.patterns import (ANCHOR_MIN_LENGTH, FURNITURE_LANGUAGES, PATTERN_LANGUAGES, SLIDING, Branch,
                                     FurniturePatterns, _anchor, _openings, factored, furniture_kind,
                                     furniture_patterns, literal_trie, teaser_labels)
from lagebild.resources import json_data

LINES = [
    "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Akzeptieren",
    "We use cookies to improve your experience on our site.",
    "Melden Sie sich für unseren Newsletter an",
    "Sign up",
    "Der Gemeinderat hat am Montag den Haushalt beschlossen, sagte die Bürgermeisterin.",
    "Startseite",
    "12.03.2024, 14:30 Uhr",
    "Foto: Erika Muster",
    "x" * 300 + " cookies",
    "Von Erika Muster",
    "dpa",
    "(AFP)",
    "3 Kommentare",
    "© Agentur 2024",
    "»",
    "Ärger im Rathaus: was jetzt passiert",
]

def test_openings_are_the_literal_start_of_every_alternative():
    assert _openings(r"(?:cookies?|transparenz-?hinweis|mit \* gekennzeichnete? links?)") == (
        "cookie", "transparenz", "mit * gekennzeichnet")

def test_openings_are_none_when_an_alternative_starts_with_no_literal():
    assert _openings(r"(?:\d+ cookies|cookie)") is None

def _full_alternation() -> tuple[re.Pattern[str], list[str]]:
    """Every pattern in one alternation, one group per kind in checking order."""
    by_kind: dict[str, list[str]] = {}
    for name in ("common", *PATTERN_LANGUAGES):
        for kind, regexes in json_data(name, "clean_furniture").items():
            if not kind.startswith("_"):
                by_kind.setdefault(kind, []).extend(regexes)
    kinds = list(furniture_patterns().kinds)
    groups = ("|".join(f"(?:{r})" for r in by_kind[kind]) for kind in kinds)
    return re.compile("|".join(f"({g})" for g in groups)), kinds

def test_gated_match_finds_the_same_kind_as_the_full_alternation():
    full, kinds = _full_alternation()
    patterns = furniture_patterns()
    for line in LINES + [line.upper() for line in LINES] + [line.lower() for line in LINES]:
        m = full.fullmatch(line)
        expected = kinds[m.lastindex - 1] if m else None
        assert patterns.kind(line) == expected, line

def test_first_characters_starting_no_branch_get_only_the_ungated_alternation():
    """The one test against all first-character classes must agree with testing them one by one."""
    regexes = [("nav", r"(?i:home|hilfe)"), ("date", r"\d{1,2}\.\d{1,2}\.\d{4}"), ("comment", r"\d+ Kommentare"),
               ("share", r"[A-ZÄÖÜ]\w+ teilen"), ("other", r".{0,3}Impressum")]
    branches = [Branch(kind, regex, first_char_class(regex), False) for kind, regex in regexes]
    patterns = FurniturePatterns(branches, openings=None, reach=0)
    for first in "hH5ÄäZ»(é漢 ":
        starts = any(b.first is not None and (b.first.fullmatch(first) or b.first.fullmatch(first.swapcase()))
                     for b in branches)
        alternations = patterns._for_first(first)
        assert alternations[-1] == patterns.ungated and (len(alternations) == 2) == starts, first
    assert patterns.kind("HILFE") == "nav" and patterns.kind("12 Kommentare") == "comment"
    assert patterns.kind("» Impressum") == "other" and patterns.kind("Ärger teilen") == "share"


def test_alternatives_split_only_the_top_level():
    assert alternatives(r"(?i:ab|c[|]d|(?:e|f)g)") == ["(?i:ab)", "(?i:c[|]d)", "(?i:(?:e|f)g)"]
    assert alternatives(r"a\|b|c") == [r"a\|b", "c"]
    assert alternatives(r"(?i:a)b|c") == ["(?i:a)b", "c"]
    assert alternatives(r"(?i)a|b") == [r"(?i)a|b"]

def test_first_character_class_follows_optional_and_case_insensitive_starts():
    first = first_char_class(r"\(?(?i:dpa|afp)")
    assert all(first.fullmatch(c) for c in "(dDaA")
    assert not any(first.fullmatch(c) for c in "xX1 ")
    assert first_char_class(r"(?i:.{0,80}cookie)") is None
    assert first_char_class(r"\bfoo").fullmatch("f")

def test_cookie_notice_is_found_through_the_gate():
    assert furniture_kind("We use cookies to improve your experience on our site.") == "nav"

def test_first_characters_of_literals_and_classes():
    assert first_char_class(r"(?i:home|hilfe)").fullmatch("H")
    first = first_char_class(r"[A-Z]\w+ ist Redakteur")
    assert first.fullmatch("Q") and not first.fullmatch("1")
    assert first_char_class(r".{0,80}cookie") is None


def test_every_sliding_pattern_names_its_literal_openings():
    """One sliding pattern without a literal opening would send every line through all of them."""
    assert furniture_patterns().openings is not None


def test_every_sliding_opening_holds_an_anchor():
    """The anchors are looked for before the openings, so a text holding an opening must hold an
    anchor: each anchor is the end of an opening, found in the opening itself."""
    anchors = furniture_patterns().anchors
    openings = [opening for name in ("common", *FURNITURE_LANGUAGES)
                for regexes in json_data(name, "clean_furniture").values() if isinstance(regexes, list)
                for regex in regexes if (sliding := SLIDING.fullmatch(regex))
                for opening in _openings(sliding.group(2))]
    assert openings and anchors is not None
    for opening in openings:
        assert opening.endswith(_anchor(opening)) and len(_anchor(opening)) >= min(ANCHOR_MIN_LENGTH, len(opening))
        assert anchors.search(f"x {opening} y") is not None, opening


def test_every_sliding_kind_needs_a_literal():
    """A kind whose sliding branches need no literal would be tried on every line with an opening."""
    assert all(literals is not None for _, _, literals in furniture_patterns().sliding)


def test_sliding_kinds_are_tried_in_checking_order():
    """Phrases of two sliding kinds on one line: the earlier kind in checking order wins, as in one
    alternation of all sliding branches."""
    patterns = FurniturePatterns([Branch("nav", "(?i:.{0,40}browser.{0,40})", None, True),
                                  Branch("ad", "(?i:.{0,40}sponsored.{0,40})", None, True)],
                                 openings=re.compile("browser|sponsored"), reach=50)
    assert patterns.kind("Sponsored: a browser you will like") == "nav"
    assert patterns.kind("Sponsored: a new phone you will like") == "ad"
    assert patterns.kind("A new phone you will like") is None


@pytest.mark.parametrize("line, kind", [
    ("Erika Muster is a Professor of Maritime Law at the University of Examplestadt.", "other"),
    ("If you enjoyed reading this article, please consider supporting our work. Thanks!", "other"),
    ("SUGGESTED CITATION Muster, Erika: Ferries in the fog, Exampleblog, 2024/3/14.", "other"),
    ("Zitiervorschlag: Muster, Erika: Fähren im Nebel, Beispielblog, 14.03.2024.", "other"),
    ("Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unsere Arbeit.", "other"),
    ("Join thousands of readers who get our best stories delivered to their inbox every week.", "newsletter"),
    ("Die besten Geschichten der Woche jeden Freitag in Ihr Postfach.", "newsletter"),
    ("Jetzt das Magazin vier Wochen gratis testen und digital lesen!", "newsletter"),
])
def test_promotions_bios_and_citations_have_a_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The professor told reporters on Monday that the ferry would run again in spring.",
    "Die Fähre fährt wieder, teilte der Betreiber mit, und die Fahrgäste können aufatmen.",
    "The views of residents differ widely, the survey found.",
])
def test_ordinary_sentences_have_no_furniture_kind(line):
    assert furniture_kind(line) is None


def test_comment_form_heading_is_a_comment():
    assert furniture_kind("Schreibe einen Kommentar") == "comment"
    assert furniture_kind("Schreib einen Kommentar") == "comment"


@pytest.mark.parametrize("line", ["Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02",
                                  "Publié le 3 mars 2021 à 10h15", "Publicado el 5 de mayo de 2022"])
def test_publication_labels_of_other_languages_mark_date_lines(line):
    assert furniture_kind(line) == "date"


def test_literal_trie_finds_exactly_the_words():
    words = ["gratis lesen", "gratis testen", "cookie", "cookies", "co", "a.b"]
    trie = re.compile(literal_trie(words))
    for text in ["jetzt gratis testen", "cookies", "eco", "x a.b"]:
        assert trie.search(text), text
    for text in ["gratis", "ratis lesen", "axb", "c o"]:
        assert not trie.search(text), text


def test_literal_trie_takes_the_longest_word_where_one_opens_another():
    """Month names and byline anchors rely on it: "Juni" is read whole, not as "Jun"."""
    trie = re.compile(literal_trie(["Jun", "Juni", "June", "Mai", "März"]))
    assert [trie.match(word).group() for word in ("Juni", "June", "Jun 3", "März")] == ["Juni", "June", "Jun", "März"]


@pytest.mark.parametrize("line, kind", [
    ("Gefällt mir:", "share"), ("Gefällt mir Wird geladen …", "share"), ("Liken Lade …", "share"),
    ("LikenLiken", "share"), ("Teilen Sie dies mit:", "share"), ("Like this:", "share"),
    ("Like Loading...", "share"), ("Share this:", "share"), ("Share this with Messenger", "share"),
    ("Loading...", "share"), ("Ähnliche Beiträge", "related"),
])
def test_blog_like_and_share_widgets_have_a_kind(line, kind):
    """Blog platforms put a like button and a share prompt under every post; announced by a colon,
    they would otherwise pass for a list header and its items."""
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["Mir gefällt das neue Rathaus.", "Share this story with a friend who cares."])
def test_sentences_about_liking_and_sharing_are_no_widget(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line, kind", [
    ("Proudly powered by WordPress", "other"), ("Powered by Blogger.", "other"),
    ("Designed by Example Themes | Powered by WordPress", "other"),
    ("Erstelle eine kostenlose Website oder Blog – auf WordPress.com.", "other"),
    ("Bloggen auf WordPress.com.", "other"),
    ("Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )", "comment"),
    ("You are commenting using your WordPress.com account. ( Log Out / Change )", "comment"),
    ("Folgen Sie uns auf Facebook", "share"), ("Follow us on social", "share"),
    ("Unterstützen Sie unsere Arbeit mit einem monatlichen Beitrag.", "other"),
    ("Wir finanzieren uns durch Spenden und Abos.", "other"),
    ("Please consider supporting independent journalism with a small monthly gift.", "other"),
    ("Photo Source: Example Images.", "photo_credit"),
])
def test_platform_footers_follow_prompts_and_support_appeals_have_a_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The new ferry is powered by a hybrid engine, the operator said.",
    "Die Stadt will die Vereine unterstützen, sagte der Bürgermeister.",
    "Residents who follow the council closely were not surprised.",
])
def test_sentences_near_those_prompts_have_no_kind(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", ["(Foto: Erika Muster)", "(Quelle: Beispielagentur/Muster)", "[Photo: Example Images]"])
def test_credit_lines_in_brackets_are_photo_credits(line):
    """Credits set in brackets on a line of their own under a picture are credits all the same."""
    assert furniture_kind(line) == "photo_credit"


@pytest.mark.parametrize("line, kind", [
    ("Copyright 2024 Example Media Inc. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed.", "other"),
    ("Beispielverlag 2024. Alle Rechte vorbehalten.", "other"),
    ("Story continues below advertisement", "ad"), ("Advertisement - Scroll to continue", "ad"),
    ("Weiterlesen nach der Anzeige", "ad"), ("Der Artikel wird unter der Anzeige fortgesetzt", "ad"),
    ("Related: Council approves the new ferry budget", "related"),
])
def test_rights_notices_ad_breaks_and_related_links_have_a_kind(line, kind):
    assert furniture_kind(line) == kind


def test_a_sentence_about_a_related_matter_is_no_related_link():
    assert furniture_kind("Related matters were discussed at the council meeting on Monday.") is None


@pytest.mark.parametrize("line", [
    "Du verwendest einen veralteten Browser. Einige Funktionen dieser Seite werden nicht richtig angezeigt.",
    "Dein Browser ist leider veraltet.", "You are using an outdated browser. Please upgrade to improve your experience.",
])
def test_outdated_browser_notices_are_removed_even_as_sentences(line):
    """Kind "other" is removed inside the article too: a browser notice reads like a sentence."""
    assert furniture_kind(line) == "other"


@pytest.mark.parametrize("line", [
    "Sign in to your account using your customer number or postal code.", "Already have an account? Log in",
    "Forgot your password?", "Please enter your email address to reset your password.",
    "Bitte loggen Sie sich mit Ihren Zugangsdaten ein.", "Sie haben bereits ein Abo?",
    "Passwort vergessen?", "Jetzt kostenloses Konto anlegen",
])
def test_account_prompts_are_nav(line):
    assert furniture_kind(line) == "nav"


@pytest.mark.parametrize("line", [
    "She signed in to the hotel under a false name, the police said.",
    "Wer sich beim Amt anmelden will, braucht einen Termin, sagte die Sprecherin.",
])
def test_sentences_about_signing_in_are_no_account_prompts(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", ["3 / 28", "2/28 photos © Erika Muster", "Photo 2 of 10: The harbour at dawn",
                                  "Bild 3 von 12", "5 von 9 Bildern", "Foto 4/12"])
def test_slide_counters_are_gallery_lines(line):
    assert furniture_kind(line) == "gallery"


@pytest.mark.parametrize("line", ["1/2 teaspoon ground ginger", "Photo 2 of the series shows the harbour."])
def test_amounts_and_sentences_are_no_slide_counters(line):
    assert furniture_kind(line) != "gallery"


@pytest.mark.parametrize("line", ["• Publiziert vor einer Stunde", "vor zwei Tagen", "vor 3 Stunden", "5 Minuten her"])
def test_relative_times_in_words_or_figures_are_date_lines(line):
    assert furniture_kind(line) == "date"


@pytest.mark.parametrize("line", ["Zwei Tage", "Eine Woche im Schnee"])
def test_a_span_of_time_without_vor_is_no_date_line(line):
    assert furniture_kind(line) != "date"


@pytest.mark.parametrize("line", ["• Published an hour ago", "Updated two days ago", "3 hours ago"])
def test_english_relative_times_are_date_lines(line):
    assert furniture_kind(line) == "date"


@pytest.mark.parametrize("line", ["Keep reading", "Don't miss:", "You might also like", "Siehe auch", "Mehr dazu:",
                                  "Ähnliche Artikel", "Lesen Sie auch"])
def test_teaser_labels_of_both_languages_are_known(line):
    assert teaser_labels().fullmatch(line)


BIO_AND_BYLINE_LINES = {
    "Erika Muster ist Redakteurin im Ressort Politik.": "other",
    "Max Mustermann lehrt Geschichte an der Universität Musterstadt.": "other",
    "Jane Doe is a staff writer covering city hall.": "other",
    "John Q. Roe was the senior political correspondent of the paper.": "other",
    "Von Erika Muster und Max Mann": "byline",
    "By Jane Doe and John Roe, Staff Writers": "byline",
    "Der Bundeskanzler Olaf Muster sagte am Montag, dass er kommt.": None,
    "Erika Muster-Beispiel ist heute nicht im Büro": None,
}


def test_name_words_taken_whole_match_as_before():
    """Name words in the bio and byline patterns are possessive ("[\\w.'\\-]++"): a space or the
    line's end must follow them, so giving back letters can never help and only costs time. The
    patterns must match exactly what their backtracking forms match."""
    possessive = [regex for name in ("common", *PATTERN_LANGUAGES)
                  for kind, regexes in json_data(name, "clean_furniture").items() if not kind.startswith("_")
                  for regex in regexes if "++" in regex]
    assert possessive
    lines = [*BIO_AND_BYLINE_LINES, *LINES]
    for regex in possessive:
        taken_whole, backtracking = re.compile(regex), re.compile(regex.replace("++", "+"))
        for line in lines + [line.replace(" ", "  ") for line in lines] + [line + "." for line in lines]:
            assert (taken_whole.fullmatch(line) is None) == (backtracking.fullmatch(line) is None), (regex, line)
    for line, kind in BIO_AND_BYLINE_LINES.items():
        assert furniture_kind(line) == kind, line


@pytest.mark.parametrize("line", [
    "This website uses cookies. By continuing to browse you agree to our cookie policy.",
    "Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du zu.",
    "Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Richtlinie",
    "Manage cookies",
    "Cookie-Einstellungen",
    "Indem Sie mit dem Besuch der Seite fortfahren, akzeptieren Sie die Verwendung von Cookies.",
])
def test_cookie_notices_are_navigation(line):
    assert furniture_kind(line) == "nav"


@pytest.mark.parametrize("line", [
    "Let the cookies cool on the tray for ten minutes before you move them to a rack.",
    "Why did the cookie cross the road?",
    "Bake a batch of cookies and let them cool before you pack them.",
    "The court ruled that the patients had not given their consent to the second operation.",
])
def test_prose_about_cookies_or_consent_is_no_cookie_notice(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line, kind", [
    ("« Article précédent", "prev_next"),
    ("» Nächster Beitrag", "prev_next"),
    ("« Le projet ne passera pas », a déclaré la ministre devant les députés.", None),
    ("« Nous demandons un vrai débat public sur ce sujet »", None),
])
def test_a_guillemet_opens_a_pager_link_unless_it_opens_a_quotation(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten",
    "İSTANBUL: Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten",
    "ΣΗΜΕΡΑ Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten",
    "Die Brücke über den Fluss soll im Herbst fertig werden",
    "x" * 215 + " Cookie-Einstellungen",
])
def test_a_line_lowered_by_the_caller_gets_the_kind_of_the_line_alone(line):
    patterns = furniture_patterns()
    assert patterns.kind(line, line.lower()) == patterns.kind(line)


def test_items_split_a_branch_at_its_top_level_with_quantifiers_and_the_wrapping_flag():
    assert items(r"[A-Z]\w++(?: [a-z]+){1,3} x?") == [
        ("[A-Z]", ""), (r"\w++", ""), ("(?: [a-z]+){1,3}", ""), (" ", ""), ("x?", "")]
    assert items("(?i:ab{2})") == [("a", "i"), ("b{2}", "i")]
    assert items("a|b") is None
    assert items(r"\u00e4x") is None


@pytest.mark.parametrize("line", [
    "home", "HOMEPAGE", "Help", "Anna Muster is a writer", "Anna Muster is a professor", "Anna Muster is",
    "ä", "", "aab", "aac", "aa", "x",
])
def test_factored_alternation_matches_what_one_of_its_branches_matches(line):
    branches = [r"(?i:home)", r"(?i:homepage)", r"(?i:help)", r"[A-Z]\w++ \w++ is a writer",
                r"[A-Z]\w++ \w++ is a professor", r"\u00e4", "", r"a{2}b", r"a{2}c"]
    combined = re.compile(factored(branches))
    assert (combined.fullmatch(line) is not None) == any(re.fullmatch(b, line) for b in branches)


@pytest.mark.parametrize("line, kind", [
    ("Notify me of new comments via email.", "comment"),
    ("Benachrichtige mich über neue Kommentare per E-Mail.", "comment"),
    ("Speichere meinen Namen", None),
    ("Meinen Namen, meine E-Mail-Adresse und Website in diesem Browser speichern, bis ich wieder kommentiere.", "comment"),
    ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.", "comment"),
    ("Bitte aktiviere JavaScript, damit die Karte angezeigt wird.", "other"),
    ("Your browser does not support the audio element.", "other"),
    ("Klicke auf einen Stern, um ihn zu bewerten!", "other"),
    ("Average rating 4.2 / 5. Vote count: 17", "other"),
    ("Lesezeit: 6 Minuten", "other"),
    ("7 min read", "other"),
    ("Tiempo de lectura: 5 minutos", "other"),
    ("Suche nach:", "nav"),
    ("Type your search and hit enter", "nav"),
    ("Printer-friendly version", "share"),
    ("Dieser Beitrag wurde ausgedruckt unter der Adresse: https://example.org/a/1", "share"),
    ("Erlauben Sie uns, Ihnen Push-Benachrichtigungen zu senden?", "newsletter"),
    ("Mehr dazu lesen Sie in unserer aktuellen Ausgabe, ab Donnerstag am Kiosk.", "newsletter"),
    ("Grab your free checklist and start planning today.", "newsletter"),
    ("Die Autorin ist Historikerin an der Universität Basel und forscht zur Stadtgeschichte.", "other"),
    ("The author is a senior fellow at a policy institute in Washington.", "other"),
    ("Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.", "other"),
])
def test_fixed_site_notices_of_every_furniture_language_get_their_kind(line, kind):
    """Comment forms, browser notices, rating and search widgets, reading times, print links, push
    prompts, print-issue and lead-magnet promotions, author notes, disclaimers and donation appeals:
    wordings written for this test, in the languages whose furniture is looked for on every page."""
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Die Autorin ist eine Meisterin der leisen Töne, ihr Roman spielt in einem Dorf am Rhein.",
    "The author is at her best when she describes the river and its floods.",
    "Die App schickt Ihnen Benachrichtigungen, sobald der Zug Verspätung hat.",
    "Search for survivors continued on Monday after the landslide.",
    "Rating agencies downgraded the city's bonds last year.",
    "Please wait for the doors to open before you leave the train.",
    "Die Spenden der Bürger sollen an die Tafel gehen.",
    "Facebook, Twitter and YouTube removed the video within hours.",
])
def test_sentences_that_borrow_a_notice_word_stay_prose(line):
    assert furniture_kind(line) is None
