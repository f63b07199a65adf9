"""The literal prefilters rule out only lines that no pattern of their family can match."""
from __future__ import annotations

import re
import string

from lagebild.clean.literals import fold, minimal_literals, required_literals
from lagebild.clean.patterns import inline_credits
from lagebild.clean.repair import split_inline_credit


def test_required_literals_follow_alternatives_and_skip_optional_parts():
    assert required_literals(re.compile(r"(?i:by|written by)\s+[A-Z]")) == {"by", "written by"}
    assert required_literals(re.compile(r"a?bc\d")) == {"bc"}
    assert required_literals(re.compile(r"(?:Foto|Bild)+:")) == {"foto", "bild"}
    assert required_literals(re.compile(r"(?:\d+|cookie) notice")) == {" notice"}


def test_no_literal_where_a_match_needs_none():
    assert required_literals(re.compile(r"\d{1,3}")) is None
    assert required_literals(re.compile(r"(?:foto)?\s*\w+")) is None
    assert required_literals(re.compile(r"(?:\d+|cookie)")) is None


def test_literals_with_an_odd_case_partner_are_cut():
    """"µ" also matches the Greek "μ" under IGNORECASE, which lowers to itself."""
    assert required_literals(re.compile("(?i)abµwxyz")) == {"wxyz"}
    assert required_literals(re.compile("(?i)abcdµxyz")) == {"abcd"}


def test_minimal_literals_drop_those_holding_another():
    assert minimal_literals({"foto", "fotos", "symbolfoto", "bild"}) == ["bild", "foto"]


def test_fold_shows_every_case_insensitive_match_of_an_ascii_letter():
    """Over all of Unicode: whatever `re` lets match a letter under IGNORECASE folds to it."""
    everything = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        for char in re.findall(letter, everything, re.IGNORECASE):
            assert fold(char) == letter, (letter, char)


def test_credit_prefilter_keeps_every_credit():
    lines = [
        "Ein Schiff im Hafen. | © Agentur/Name",
        "Ein Schiff im Hafen. | COPYRIGHT Agentur",
        "Ein Schiff im Hafen. FOTO: Erika Muster",
        "Der Hafen am Abend. Foto: Agentur ſtein",
        "Der Hafen am Abend. İmage: Erika Muster",
        "Der Hafen am Abend. Photo: Erika Muster",
        "Ein Bild vom Hafen (Symbolbild).",
        "Der Hafen – Getty Images/Erika Muster",
        "Der Hafen (Foto: Erika Muster)",
        "Der Hafen im Winter CC BY-SA 4.0",
        "Der Gemeinderat hat am Montag den Haushalt beschlossen.",
        "x" * 200 + " Foto: Erika Muster",
    ]
    for line in lines:
        expected = (line, None)
        for pattern in inline_credits():
            m = pattern.search(line, max(0, len(line) - 120))
            if m and m.start() > 0:
                expected = (line[:m.start()].rstrip(), m.group(1).strip())
                break
        assert split_inline_credit(line) == expected, line
    assert split_inline_credit(lines[0])[1] == "Agentur/Name"
