import pytest

from lagebild.clean.patterns import _compiled, _openings, furniture_kind

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
]


def test_openings_are_the_literal_start_of_every_alternative():
    assert _openings(r"(?:cookies?|transparenz-?hinweis|mit \* gekennzeichnete? links?)") == (
        "cookie", "transparenz", "mit * gekennzeichnet")


def test_openings_are_none_when_an_alternative_starts_with_no_literal():
    assert _openings(r"(?:\d+ cookies|cookie)") is None


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_gated_match_finds_the_same_kind_as_the_full_alternation(lang):
    patterns = _compiled(lang)
    for line in LINES:
        m = patterns.full.fullmatch(line)
        expected = patterns.kinds[m.lastindex - 1] if m else None
        assert patterns.kind(line) == expected, line


def test_cookie_notice_is_found_through_the_gate():
    assert furniture_kind("We use cookies to improve your experience on our site.", "en") == "nav"
