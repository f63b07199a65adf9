"""The fast mojibake repair must give exactly what ftfy gives, line for line."""
import random

import ftfy
import pytest

from lagebild.errors import BinaryInput
from lagebild.ingest.decode import FTFY_CONFIG, decode_text, repair

LINES = [
    "Die Bürgermeisterin äußerte sich „zufrieden“ über die Brücke – 12 °C, 3 € pro Stück.",
    "Le maire a dit : « très bien » à la réunion, café à côté.",
    "Straße, Weiß\xadwein und Maß\xadnahmen: weiche Trennstriche bleiben.",
    "Сообщение агентства: «всё спокойно» — так сказал он.",
    "Tin theo khu vực: thông báo mới nhất.",
    "The council&#8217;s report &amp; the mayor&apos;s reply ﬁnally arrived.",
    "Windows line\r\nand a C1 control \x85 and \x96 inside.",
    "<p>Markup keeps &amp; as it is</p>",
    "After markup: &amp; stays too.",
    "Plain ASCII line with nothing to repair.",
]


def _mojibake(line: str, encoding: str) -> str:
    try:
        return line.encode("utf-8").decode(encoding)
    except UnicodeError:
        return line


@pytest.mark.parametrize("seed", range(20))
def test_repair_matches_ftfy_on_mixed_mojibake(seed):
    rng = random.Random(seed)
    encodings = ["latin-1", "sloppy-windows-1252", "sloppy-windows-1251", "macroman", "cp437", "iso-8859-2"]
    lines = [
        _mojibake(line, rng.choice(encodings)) if rng.random() < 0.5 else line
        for line in rng.sample(LINES, len(LINES))
    ]
    text = "\n".join(lines)
    assert repair(text, "t.txt") == ftfy.fix_text(text, config=FTFY_CONFIG)


def test_repair_restores_utf8_read_as_windows_1252_and_keeps_curly_quotes():
    original = "„Müller“ sagte: ‚Gut‘ – and “fine” at 5 €."
    broken = original.encode("utf-8").decode("sloppy-windows-1252")
    assert broken != original
    assert repair(f"{original}\n{broken}\n", "t.txt") == f"{original}\n{original}\n"


def test_soft_hyphen_after_sharp_s_is_not_taken_for_mojibake():
    assert repair("Weiß\xadwein\n", "t.txt") == "Weiß\xadwein\n"


def test_control_characters_make_a_file_binary():
    with pytest.raises(BinaryInput):
        decode_text(b"ab\x01\x02\x03\x04cd" * 10, "x.bin")
    assert decode_text(b"tab\there\fand form feed\n", "ok.txt") == "tab\there\fand form feed\n"


def test_repair_matches_ftfy_on_text_longer_than_its_segment_limit(monkeypatch):
    """ftfy fixes a line longer than `max_decode_length` in pieces of that length; the gated repair
    must cut the same pieces (the limit is lowered here so the text stays small)."""
    import lagebild.ingest.decode as decode

    config = FTFY_CONFIG._replace(max_decode_length=300)
    monkeypatch.setattr(decode, "FTFY_CONFIG", config)
    broken = _mojibake("Grüße aus Köln – schön. ", "sloppy-windows-1252")
    straddling = "x" * (config.max_decode_length - 1) + _mojibake("ü", "latin-1") + " Ende"
    text = ("Kurze Zeile.\n" + "".join(broken if i % 7 == 0 else "Wort für Wort. " for i in range(120))
            + "\n" + straddling + "\nEnde ä.\n")
    assert len(text) > 5 * config.max_decode_length
    assert decode.repair(text, "t.txt") == ftfy.fix_text(text, config=config)


TOUCHED_BY_OTHER_FIXERS = [
    "Sie sagte „ja“ &amp; ging – ohne Mojibake.",
    "Der Preis: 5 &euro; je Stück und &#8220;mehr&#8221;.",
    "Die Aufﬂage der Zeitung stieg, sagt Müller.",
    "Müller\x85 sagte es – mit NEL.",
    "Müller sagte es – mit C1 \x96 darin.",
    "Zeile mit Wagenrücklauf – \r und mehr.",
    "Trennung – \u2028 Zeilentrenner.",
    "Farbe – \x1b[31mrot\x1b[0m im Terminal.",
    "Steuerzeichen – \x07 Glocke.",
    "Ersatzzeichen – \ufffd bleibt.",
    "Zerlegt: Mu\u0308ller – nicht NFC.",
    "Griechisches Fragezeichen &amp\u037e – NFC macht ein Semikolon daraus.",
    "Kelvin \u212a und Ohm \u2126 – NFC ändert sie.",
]


@pytest.mark.parametrize("line", TOUCHED_BY_OTHER_FIXERS)
@pytest.mark.parametrize("after_markup", [False, True])
def test_gate_never_skips_what_any_ftfy_fixer_changes(line, after_markup):
    """Lines that do not look like mojibake but that one of ftfy's other fixers (HTML entities,
    ligatures, control characters, line breaks, terminal escapes, NFC) acts on: the gated repair
    must still hand them to ftfy."""
    text = ("<b>Markup</b>\n" if after_markup else "") + line + "\n"
    assert repair(text, "t.txt") == ftfy.fix_text(text, config=FTFY_CONFIG)


@pytest.mark.parametrize("encoding", ["latin-1", "sloppy-windows-1252", "sloppy-windows-1251",
                                      "sloppy-windows-1250", "iso-8859-2", "macroman", "cp437"])
def test_gate_never_skips_a_mojibake_line(encoding):
    """Every line of a text read in the wrong single-byte encoding that ftfy changes, the gated
    repair changes the same way, clean lines around it untouched."""
    clean = [line for line in LINES if "&" not in line and "\r" not in line and "\x85" not in line]
    broken = [_mojibake(line, encoding) for line in clean]
    text = "\n".join(line for pair in zip(clean, broken) for line in pair) + "\n"
    expected = ftfy.fix_text(text, config=FTFY_CONFIG)
    assert expected != text
    assert repair(text, "t.txt") == expected


BEYOND_PLAIN_REDECODING = [
    "voil\u00c3 le travail, d\u00c3\u00a9j\u00c3 fait",
    "Mixed: caf\u00c3\u00a9 and correct café in one line",
    "l\u00e2\u20ac\u2122\u00c3\u00a9tat and l’état side by side",
    "caf\u00c3\u00a9 &amp; th\u00c3\u00a9",
    "caf\u00c3\u00a9 with a ligature \ufb01ne",
    "caf\u00c3\u00a9 with a control \x07 char",
    "Mu\u0308ller und caf\u00c3\u00a9 zerlegt",
    "CESU-8 emoji caf\u00c3\u00a9 " + b"\xed\xa0\xbd\xed\xb8\x80".decode("latin-1"),
    "Java's zero byte caf\u00c3\u00a9 \u00c0\u0080 and more",
    "Lost bytes: \u00e2\u20ac\u0153 like this \u00e2\u20ac\ufffd, caf\u00c3\u00a9",
    "Cyrillic read as Windows-1251: " + "Привет, мир".encode("utf-8").decode("sloppy-windows-1251"),
    "MacRoman: " + "Grüße aus Köln".encode("utf-8").decode("macroman"),
]


@pytest.mark.parametrize("line", BEYOND_PLAIN_REDECODING)
def test_repair_matches_ftfy_where_the_encoding_fix_is_not_a_plain_redecoding(line):
    """Lines that need ftfy's byte-A0 restoring, lost-byte marking or inconsistent-UTF-8 repair, or
    another encoding than Latin-1, or hold something a later ftfy fixer changes: the mirrored
    encoding step must agree with ftfy."""
    text = f"Erste Zeile.\n{line}\n"
    assert repair(text, "t.txt") == ftfy.fix_text(text, config=FTFY_CONFIG)


@pytest.mark.parametrize("control", ["\x01", "\x1b", "\x7f", "\x85", "\x9f"])
def test_control_share_counts_ascii_and_c1_controls_of_utf8_text(control):
    """UTF-8 controls are counted on the bytes: a C1 control is two bytes there, one character."""
    with pytest.raises(BinaryInput):
        decode_text(("Wörter " * 13 + control * 6).encode("utf-8"), "x.txt")
    assert decode_text(("Wörter " * 13 + control * 4).encode("utf-8"), "ok.txt").endswith(control * 4)
