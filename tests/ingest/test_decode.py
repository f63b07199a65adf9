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
